#include "cli/ingest_coded.h"

#include <fstream>
#include <iostream>
#include <vector>

#include "cli/commands.h"
#include "cli/progress.h"
#include "store/coded_jsonl.h"
#include "store/writer.h"

namespace dyad::cli {

int ingest_coded(const std::string& file, const std::string& db, std::size_t batch) {
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
  Progress progress;
  std::size_t docs = 0, events = 0;
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
    store::read_coded_documents(in, [&](store::StoredDocument&& d) {
      pending.push_back(std::move(d));
      if (pending.size() >= batch) flush();
    });
    flush();
    if (writer.events_written() > 0) writer.analyze();
    progress.update(docs, events, true);
  } catch (const store::StoreError& e) {
    std::cerr << "\ndyad: " << (file == "-" ? std::string("<stdin>") : file) << " -> " << store::display_name(db) << ": " << e.what()
              << " (batches committed before this are kept)\n";
    return kFatal;
  }
  return kOk;
}

}  // namespace dyad::cli
