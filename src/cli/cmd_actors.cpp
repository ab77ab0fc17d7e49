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
  add_input_options(*cmd, *opts);
  cmd->add_option("--format,-f", *out_format, "Output format: table (doc, sentence, span, code, kind, text) or jsonl")
      ->check(CLI::IsMember({"table", "jsonl"}))
      ->capture_default_str();
  return {cmd, [opts, out_format]() -> int {
    ReadOptions read;
    if (int rc = to_read_options(*opts, read); rc != kOk) return rc;
    TextFrontEnd front_end(data_dir());
    DiagnosticReporter reporter;
    Recognizers recognizers;
    const bool jsonl = *out_format == "jsonl";
    const ReadStats stats = read_segmented(*opts, read, front_end, reporter, [&](SegmentedDocument&& segmented) {
      const Recognizer* recognizer = recognizers.get(segmented.document.lang, reporter.sink());
      if (!recognizer) return;
      const auto mentions = recognizer->recognize(segmented.document, segmented.sentences);
      if (jsonl) {
        write_jsonl(std::cout, segmented.document, mentions);
      } else {
        write_table(std::cout, segmented.document, mentions);
      }
      check_output();
    });
    return reporter.finish(stats);
  }};
}

}  // namespace dyad::cli
