#include <atomic>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "actors/recognizer.h"
#include "agreements/extractor.h"
#include "agreements/output.h"
#include "events/coder.h"
#include "base/data_dir.h"
#include "base/utf8.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/parallel.h"
#include "cli/ingest_coded.h"
#include "cli/progress.h"
#include "events/cameo.h"
#include "nlp/annotator.h"
#include "pipeline/annotate.h"
#include "pipeline/code_document.h"
#include "pipeline/language_kit.h"
#include "store/fingerprint.h"
#include "store/writer.h"
#include "text/front_end.h"

namespace dyad::cli {
namespace {

// The store keeps the output contract's code-point offsets.
struct Offsetter {
  explicit Offsetter(const std::string& text) : index(text) {}
  store::Offsets operator()(const Span& s) const { return {index.to_code_points(s.begin), index.to_code_points(s.end)}; }
  utf8::CodePointIndex index;
};

store::StoredActor stored_actor(const Actor& a, const std::string& text, const store::Offsets& span) {
  return {a.code, a.country, a.org, a.sector, a.name, text, span};
}

std::string slice(const std::string& text, const Span& s) {
  if (s.begin > s.end || s.end > text.size()) return {};
  return text.substr(s.begin, s.size());
}

store::StoredDocument metadata(const Document& d) {
  store::StoredDocument out;
  out.id = d.id;
  out.url = d.url;
  out.title = d.title;
  out.lang = d.lang;
  out.date = d.date;
  out.text = d.text;
  return out;
}

void add_agreements(store::StoredDocument& out, const Document& d, const std::vector<agreements::Agreement>& found,
                    std::size_t first) {
  const Offsetter cp(d.text);
  for (agreements::Agreement a : found) {
    agreements::offset_sentences(a, first);
    store::StoredAgreement s;
    s.sentence = a.sentence;
    s.sentences = a.sentences;
    s.text = slice(d.text, a.sentence_span);
    s.span = cp(a.sentence_span);
    s.kind = a.kind;
    s.kind_text = a.kind_text;
    s.name = a.name;
    for (const auto& p : a.parties) s.parties.push_back(events::principal(p.actor));
    s.topics = a.topics;
    const auto j = agreements::to_json(d, a);
    nlohmann::json detail = nlohmann::json::object();
    for (const char* key : {"parties", "signatories", "implemented_by", "builds_on", "referred_by"}) detail[key] = j[key];
    s.detail = detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    s.date = a.date;
    s.day_without_year = a.day_without_year;
    s.place = a.place;
    s.lang = a.lang;
    s.confidence = a.confidence;
    out.agreements.push_back(std::move(s));
  }
}

// Adds one part of a document (read_in_parts), whose first sentence is
// sentence `first` of the document.
void add_coded(store::StoredDocument& out, const pipeline::AnnotatedDocument& doc,
               const std::vector<events::Event>& coded, std::size_t first) {
  const Document& d = doc.segmented.document;
  const Offsetter cp(d.text);
  for (const Sentence& s : doc.segmented.sentences) out.sentences.push_back(cp(s.span));
  for (const Mention& m : doc.mentions) {
    out.mentions.push_back(
        {first + m.sentence, cp(m.span), m.text, to_string(m.kind), stored_actor(m.actor, m.text, cp(m.span))});
  }
  for (const events::Event& e : coded) {
    if (!e.code) continue;
    store::StoredEvent s;
    s.sentence = first + e.sentence;
    s.sentences = e.sentences;
    for (std::size_t& i : s.sentences) i += first;
    s.text = slice(d.text, e.sentence_span);
    s.span = cp(e.sentence_span);
    s.trigger = e.trigger;
    s.trigger_span = cp(e.trigger_span);
    s.code = e.code->code;
    s.root = e.code->root;
    s.name = e.code->name;
    s.quad = e.code->quad;
    s.goldstein = e.code->goldstein;
    s.plover = e.code->plover;
    s.source = stored_actor(e.source.actor, e.source.text, cp(e.source.span));
    if (e.target) s.target = stored_actor(e.target->actor, e.target->text, cp(e.target->span));
    s.symmetric = e.symmetric;
    s.date = e.date;
    s.lang = d.lang;
    s.confidence = e.confidence;
    out.events.push_back(std::move(s));
  }
}

}  // namespace

Command add_ingest(CLI::App& app) {
  auto* cmd = app.add_subcommand("ingest", "Code documents and store them, their sentences, actors and events in a database");
  auto opts = std::make_shared<InputOptions>();
  auto db = std::make_shared<std::string>("dyad.db");
  auto batch = std::make_shared<std::size_t>(100);
  add_input_options(*cmd, *opts);
  add_coding_options(*cmd, *opts);
  cmd->add_option("--db", *db, "Database: a file (created when missing), postgresql://user@host/name or 'host=... dbname=...'")
      ->capture_default_str();
  // Coded documents cost nothing to make, so --coded commits ten times as
  // many per transaction: 10k events per commit instead of 1k doubles as
  // ingest speed goes (about 19k -> 26k events/s on 100k events).
  constexpr std::size_t kCodedBatch = 1000;
  auto* batch_opt = cmd->add_option("--batch", *batch,
                                    "Documents per transaction (a crash loses at most one batch); default 100, "
                                    "1000 with --coded")
                        ->check(CLI::Range(std::size_t{1}, std::size_t{1'000'000}));
  auto coded = std::make_shared<std::string>();
  cmd->add_option("--coded", *coded,
                  "Store events coded earlier (dyad code --format jsonl output; - for stdin) instead of coding documents");
  return {cmd, [opts, db, batch, batch_opt, coded]() -> int {
    if (!coded->empty()) {
      if (!opts->paths.empty()) {
        std::cerr << "dyad: ingest --coded takes no document paths\n";
        return kUsage;
      }
      return ingest_coded(*coded, *db, batch_opt->count() ? *batch : kCodedBatch, opts->max_doc_bytes);
    }
    ReadOptions read;
    if (int rc = to_read_options(*opts, read); rc != kOk) return rc;
    std::string error;
    const auto cameo = events::CameoTable::load(data_dir() / "cameo", &error);
    if (!cameo) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    auto store = store::Store::open(*db, {}, &error);
    if (!store) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    TextFrontEnd front_end(data_dir());
    DiagnosticReporter reporter;
    pipeline::LanguageKits kits(data_dir(), *cameo);
    agreements::Extractors extractors(data_dir());
    Progress progress;
    std::size_t docs = 0, events = 0, unchanged = 0;
    std::vector<store::StoredDocument> pending;
    std::string store_error;
    // Set by in-order work, read by workers: after a failed batch nothing
    // more is coded or stored.
    std::atomic<bool> store_failed = false;
    SharedKits shared(kits, extractors);
    try {
      store::Writer writer(*store);
      // Coding happens outside the transaction so the write lock is held
      // only while a batch is written.
      auto flush = [&] {
        if (pending.empty()) return;
        writer.begin();
        for (const auto& d : pending) {
          if (writer.put(d) == store::IngestResult::kUnchanged) ++unchanged;
          events += d.events.size();
        }
        writer.commit();
        docs += pending.size();
        pending.clear();
        progress.update(docs, events);
      };
      const ReadStats stats = read_in_parts(
          *opts, read, front_end, reporter, kCodingPartBytes, [&](DocumentOutput& out) -> PartHandler {
            // The document being coded, part by part.
            auto stored = std::make_shared<std::optional<store::StoredDocument>>();
            return [&, stored](SegmentedDocument& part, std::size_t first, bool last, DocumentClock& clock) {
              if (store_failed) return;
              if (first == 0) {
                *stored = metadata(part.document);
                // The store is read between batches, never while one is written.
                if (out.exclusive([&] { return writer.has_content(store::content_hash(**stored)); })) {
                  out.in_order([&](const DiagnosticSink&) { ++unchanged; });
                  stored->reset();
                }
              }
              if (!*stored) return;  // unchanged, or its language cannot be coded
              const pipeline::LanguageKit* kit = clock.outside([&] { return shared.kit(part.document.lang, out); });
              if (!kit) {
                out.sink()({Severity::kError, part.document.id,
                            "skipped: language '" + part.document.lang + "' cannot be coded"});
                stored->reset();
                return;
              }
              auto annotated =
                  pipeline::annotate(std::move(part), *kit->annotator, *kit->recognizer, kit->dates.get(), [&] { clock.check(); });
              const auto coded = kit->coder->code(annotated);
              add_coded(**stored, annotated, coded, first);
              if (const auto* x = shared.extractor(annotated.segmented.document.lang, out))
                add_agreements(**stored, annotated.segmented.document,
                               x->extract(annotated, coded, kit->dates.get(), kit->registry.get()), first);
              part = std::move(annotated.segmented);
              if (!last) return;
              out.in_order([&, doc = std::make_shared<store::StoredDocument>(std::move(**stored))](const DiagnosticSink&) {
                if (store_failed) return;
                pending.push_back(std::move(*doc));
                try {
                  if (pending.size() >= *batch) flush();
                } catch (const store::StoreError& e) {
                  store_error = e.what();
                  store_failed = true;
                  writer.rollback();
                }
              });
              stored->reset();
            };
          });
      if (store_error.empty()) flush();
      if (store_error.empty() && writer.events_written() > 0) writer.analyze();
      progress.update(docs, events, true);
      if (!store_error.empty()) throw store::StoreError(store_error);
      return reporter.finish(stats);
    } catch (const store::StoreError& e) {
      std::cerr << "\ndyad: " << store::display_name(*db) << ": " << store::redacted(*db, e.what()) << " (batches committed before this are kept)\n";
      return kFatal;
    }
  }};
}

}  // namespace dyad::cli
