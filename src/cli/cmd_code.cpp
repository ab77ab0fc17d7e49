#include <iostream>
#include <memory>

#include "actors/recognizer.h"
#include "agreements/extractor.h"
#include "agreements/output.h"
#include "base/data_dir.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/parallel.h"
#include "cli/petrarch_options.h"
#include "events/cameo.h"
#include "events/output.h"
#include "nlp/annotator.h"
#include "pipeline/annotate.h"
#include "pipeline/code_document.h"
#include "pipeline/language_kit.h"
#include "text/front_end.h"

namespace dyad::cli {

Command add_code(CLI::App& app) {
  auto* cmd = app.add_subcommand("code", "Code political events (CAMEO: who did what to whom, when) as JSONL or TSV");
  auto opts = std::make_shared<InputOptions>();
  auto out_format = std::make_shared<std::string>("jsonl");
  auto show_parses = std::make_shared<bool>(false);
  auto explain = std::make_shared<bool>(false);
  add_input_options(*cmd, *opts);
  add_coding_options(*cmd, *opts);
  auto petrarch = std::make_shared<PetrarchOptions>();
  add_petrarch_options(*cmd, *petrarch);
  cmd->add_flag("--show-parses", *show_parses, "Also write each parsed sentence (CoNLL-U) to stderr, to see why an event was or was not coded");
  cmd->add_flag("--explain", *explain,
                "Instead of events, write per sentence the parse, the actor mentions (with what they refer to), each "
                "predicate considered and why each candidate event was kept or dropped");
  cmd->add_option("--format,-f", *out_format, "Output format: jsonl (one event per line), tsv (same fields as columns) or agreements (one "
                  "agreement per line: kind, parties, signatories, date, place, topics, sentences)")
      ->check(CLI::IsMember({"jsonl", "tsv", "agreements"}))
      ->capture_default_str();
  return {cmd, [opts, out_format, show_parses, explain, petrarch]() -> int {
    ReadOptions read;
    if (int rc = to_read_options(*opts, read); rc != kOk) return rc;
    // With PETRARCH dictionaries, coding reads a data directory made from
    // dyad's and theirs; segmentation keeps dyad's own.
    std::unique_ptr<PetrarchData> petr;
    int petrarch_rc = kOk;
    if (petrarch->any()) {
      petrarch_rc = PetrarchData::prepare(*petrarch, petr);
      if (petrarch_rc == kFatal) return kFatal;
    }
    const std::filesystem::path coding_data = petr ? petr->data_dir() : data_dir();
    // A data directory written by `dyad import petrarch` (DYAD_DATA=DIR)
    // carries PETRARCH's discards and issues; dyad's own data has none.
    petrarch::Report filter_report;
    const petrarch::Filters data_filters = petr ? petrarch::Filters() : petrarch::Filters::load(coding_data, filter_report);
    print_report(filter_report);
    const petrarch::Filters& filters = petr ? petr->filters() : data_filters;
    std::string error;
    const auto cameo = events::CameoTable::load(coding_data / "cameo", &error);
    if (!cameo) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    TextFrontEnd front_end(data_dir());
    DiagnosticReporter reporter;
    pipeline::LanguageKits kits(coding_data, *cameo);
    const bool tsv = *out_format == "tsv";
    const bool list_agreements = *out_format == "agreements";
    agreements::Extractors extractors(data_dir());
    if (tsv && !*explain) events::write_events_tsv_header(std::cout);
    SharedKits shared(kits, extractors);
    // Documents are coded in parts (read_in_parts): memory stays bounded
    // however large a document is; sentence indexes count from the
    // document's start, as if it were one part.
    const ReadStats stats = read_in_parts(
        *opts, read, front_end, reporter, kCodingPartBytes, [&](DocumentOutput& out) -> PartHandler {
          return [&](SegmentedDocument& part, std::size_t first, bool, DocumentClock& clock) {
            const pipeline::LanguageKit* kit = clock.outside([&] { return shared.kit(part.document.lang, out); });
            if (!kit) {
              out.sink()({Severity::kError, part.document.id, "skipped: language '" + part.document.lang + "' cannot be coded"});
              return;
            }
            auto annotated = pipeline::annotate(std::move(part), *kit->annotator, *kit->recognizer, kit->dates.get(), [&] { clock.check(); });
            if (*show_parses) {
              for (std::size_t i = 0; i < annotated.sentences.size(); ++i) {
                out.err() << "# sent " << first + i << "\n";
                for (const Mention& m : annotated.mentions)
                  if (m.sentence == i) out.err() << "# actor " << m.actor.code << " = " << m.text << "\n";
                nlp::write_conllu(out.err(), annotated.sentences[i].parsed);
              }
            }
            if (*explain) {
              if (first == 0) {
                out.out() << "# document " << annotated.segmented.document.id << " ("
                          << annotated.segmented.document.lang << ")\n";
              }
              kit->coder->code(annotated, &out.out());
            } else {
              auto events = kit->coder->code(annotated);
              petrarch_discard(filters, annotated.segmented.document.text, events);
              std::vector<agreements::Agreement> found;
              const agreements::Extractor* x =
                  list_agreements ? shared.extractor(annotated.segmented.document.lang, out) : nullptr;
              if (x) found = x->extract(annotated, events, kit->dates.get(), kit->registry.get());
              for (events::Event& e : events) {
                e.sentence += first;
                for (std::size_t& s : e.sentences) s += first;
              }
              if (list_agreements) {
                for (auto& a : found) agreements::offset_sentences(a, first);
                agreements::write_agreements_jsonl(out.out(), annotated.segmented.document, found);
              } else if (tsv) {
                events::write_events_tsv(out.out(), annotated.segmented.document, events);
              } else if (filters.has_issues()) {
                write_with_issues(out.out(), filters, annotated.segmented.document, events);
              } else {
                events::write_events_jsonl(out.out(), annotated.segmented.document, events);
              }
            }
            part = std::move(annotated.segmented);
            out.flush();
          };
        });
    return std::max(reporter.finish(stats), petrarch_rc);
  }};
}

}  // namespace dyad::cli
