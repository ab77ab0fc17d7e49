#include <iostream>
#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "actors/recognizer.h"
#include "actors/registry.h"
#include "base/data_dir.h"
#include "base/utf8.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/parallel.h"
#include "events/cameo.h"
#include "pipeline/annotate.h"
#include "pipeline/code_document.h"
#include "pipeline/implied.h"
#include "pipeline/language_kit.h"
#include "text/front_end.h"

namespace dyad::cli {
namespace {

// Registries are loaded once per language, on first use.
class Recognizers {
 public:
  const Recognizer* get(const std::string& lang, const DiagnosticSink& diagnostics) {
    auto it = loaded_.find(lang);
    if (it == loaded_.end()) {
      Entry entry;
      std::string error;
      std::vector<std::string> warnings;
      entry.registry = Registry::load(data_dir(), lang, &error, &warnings);
      for (const auto& w : warnings) diagnostics({Severity::kWarning, "", "actor registry: " + w});
      if (!entry.registry) {
        diagnostics({Severity::kError, "", "actor registry for '" + lang + "': " + error});
      } else {
        entry.recognizer = std::make_unique<Recognizer>(*entry.registry);
      }
      it = loaded_.emplace(lang, std::move(entry)).first;
    }
    return it->second.recognizer.get();
  }

 private:
  struct Entry {
    std::unique_ptr<Registry> registry;
    std::unique_ptr<Recognizer> recognizer;
  };
  std::map<std::string, Entry> loaded_;
};

nlohmann::json or_null(const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); }

void write_jsonl(std::ostream& out, const Document& doc, const std::vector<Mention>& mentions) {
  const utf8::CodePointIndex cp(doc.text);
  for (const Mention& m : mentions) {
    const Mention* ref = m.antecedent && *m.antecedent < mentions.size() ? &mentions[*m.antecedent] : nullptr;
    nlohmann::json j{{"doc", doc.id},
                     {"sentence", m.sentence},
                     {"span", {cp.to_code_points(m.span.begin), cp.to_code_points(m.span.end)}},
                     {"text", m.text},
                     {"kind", to_string(m.kind)},
                     {"code", m.actor.code},
                     {"country", or_null(m.actor.country)},
                     {"org", or_null(m.actor.org)},
                     {"sector", or_null(m.actor.sector)},
                     {"name", or_null(m.actor.name)},
                     {"base", or_null(m.actor.base)},
                     {"body", or_null(m.actor.body)},
                     {"confidence", m.confidence}};
    if (m.antecedent) j["antecedent"] = *m.antecedent;
    if (ref) j["ref"] = {cp.to_code_points(ref->span.begin), cp.to_code_points(ref->span.end)};
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

void write_table(std::ostream& out, const Document& doc, const std::vector<Mention>& mentions) {
  const utf8::CodePointIndex cp(doc.text);
  for (const Mention& m : mentions) {
    std::string text = m.text;
    for (char& c : text) {
      if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    }
    out << doc.id << "\t" << m.sentence << "\t" << cp.to_code_points(m.span.begin) << "-"
        << cp.to_code_points(m.span.end) << "\t" << m.actor.code << "\t" << to_string(m.kind) << "\t" << text;
    if (!m.actor.name.empty() && m.actor.name != m.text) out << "\t(" << m.actor.name << ")";
    out << "\n";
  }
}

}  // namespace

Command add_actors(CLI::App& app) {
  auto* cmd = app.add_subcommand("actors", "Recognise actor mentions and resolve them to CAMEO-style codes");
  auto opts = std::make_shared<InputOptions>();
  auto out_format = std::make_shared<std::string>("table");
  auto names_only = std::make_shared<bool>(false);
  add_input_options(*cmd, *opts);
  add_coding_options(*cmd, *opts);
  cmd->add_option("--format,-f", *out_format, "Output format: table (doc, sentence, span, code, kind, text) or jsonl")
      ->check(CLI::IsMember({"table", "jsonl"}))
      ->capture_default_str();
  cmd->add_flag("--names-only", *names_only,
                "Only the mentions the recogniser reads off the text, without parsing and coding: no stand-ins "
                "(\"the delegation\") and no implied parties of events; faster");
  return {cmd, [opts, out_format, names_only]() -> int {
    ReadOptions read;
    if (int rc = to_read_options(*opts, read); rc != kOk) return rc;
    TextFrontEnd front_end(data_dir());
    DiagnosticReporter reporter;
    const bool jsonl = *out_format == "jsonl";
    auto write = [jsonl](std::ostream& out, const Document& doc, const std::vector<Mention>& mentions) {
      if (jsonl) {
        write_jsonl(out, doc, mentions);
      } else {
        write_table(out, doc, mentions);
      }
    };
    if (*names_only) {
      Recognizers recognizers;
      const ReadStats stats = read_segmented(*opts, read, front_end, reporter, [&](SegmentedDocument&& segmented) {
        const Recognizer* recognizer = recognizers.get(segmented.document.lang, reporter.sink());
        if (!recognizer) return;
        write(std::cout, segmented.document, recognizer->recognize(segmented.document, segmented.sentences));
        check_output();
      });
      return reporter.finish(stats);
    }
    // Every mention the events are read with, and the parties events imply:
    // the document is parsed and coded as `dyad code` does, in parts.
    std::string error;
    const auto cameo = events::CameoTable::load(data_dir() / "cameo", &error);
    if (!cameo) {
      std::cerr << "dyad: " << error << "\n";
      return kFatal;
    }
    pipeline::LanguageKits kits(data_dir(), *cameo);
    agreements::Extractors extractors(data_dir());
    SharedKits shared(kits, extractors);
    const ReadStats stats = read_in_parts(
        *opts, read, front_end, reporter, kCodingPartBytes, [&](DocumentOutput& out) -> PartHandler {
          return [&](SegmentedDocument& part, std::size_t first, bool, DocumentClock& clock) {
            const pipeline::LanguageKit* kit = clock.outside([&] { return shared.kit(part.document.lang, out); });
            if (!kit) {
              out.sink()({Severity::kError, part.document.id, "skipped: language '" + part.document.lang + "' cannot be read"});
              return;
            }
            auto annotated = pipeline::annotate(std::move(part), *kit->annotator, *kit->recognizer, kit->dates.get(), [&] { clock.check(); });
            std::vector<Mention> mentions;
            std::vector<events::Event> reports;  // every report: its parties stand where it is told
            kit->coder->code(annotated, nullptr, &mentions, &reports);
            mentions = pipeline::with_implied_parties(annotated, std::move(mentions), reports);
            for (Mention& m : mentions) m.sentence += first;
            write(out.out(), annotated.segmented.document, mentions);
            part = std::move(annotated.segmented);
            out.flush();
          };
        });
    return reporter.finish(stats);
  }};
}

}  // namespace dyad::cli
