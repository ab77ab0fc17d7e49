#include "cli/ingest_coded.h"

#include <fstream>
#include <iostream>
#include <vector>

#include "cli/commands.h"
#include "cli/progress.h"
#include "store/coded_jsonl.h"
#include "store/writer.h"

namespace dyad::cli {

int ingest_coded(const std::string& file, const std::string& db, std::size_t batch, std::size_t max_doc_bytes) {
  std::ifstream opened;
  if (file != "-") {
    opened.open(file, std::ios::binary);
    if (!opened) {
      std::cerr << "dyad: " << file << ": cannot open\n";
      return kFatal;
    }
  }
  std::istream& in = file == "-" ? std::cin : opened;
  std::string error;
  auto store = store::Store::open(db, {}, &error);
  if (!store) {
    std::cerr << "dyad: " << error << "\n";
    return kFatal;
  }
  const std::string name = file == "-" ? std::string("<stdin>") : file;
  Progress progress;
  std::size_t docs = 0, events = 0, skipped = 0;
  std::vector<store::StoredDocument> pending;
  try {
    store::Writer writer(*store);
    auto flush = [&] {
      if (pending.empty()) return;
      writer.begin();
      for (const auto& d : pending) {
        writer.put(d);
        events += d.events.size();
      }
      writer.commit();
      docs += pending.size();
      pending.clear();
      progress.update(docs, events);
    };
    store::CodedLimits limits;
    limits.max_line_bytes = limits.max_text = max_doc_bytes;
    store::read_coded_documents(
        in,
        [&](store::StoredDocument&& d) {
          pending.push_back(std::move(d));
          if (pending.size() >= batch) flush();
        },
        [&](std::size_t line, const std::string& message) {
          ++skipped;
          progress.clear();
          std::cerr << "dyad: " << name << ":" << line << ": error: " << message << "\n";
        },
        limits);
    flush();
    if (writer.events_written() > 0) writer.analyze();
    progress.update(docs, events, true);
  } catch (const store::StoreError& e) {
    std::cerr << "\ndyad: " << name << " -> " << store::display_name(db) << ": " << store::redacted(db, e.what())
              << " (batches committed before this are kept)\n";
    return kFatal;
  }
  return skipped > 0 ? kSomeFailed : kOk;
}

}  // namespace dyad::cli
