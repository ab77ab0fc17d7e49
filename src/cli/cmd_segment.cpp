#include <iostream>
#include <memory>
#include <optional>

#include "base/data_dir.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "text/front_end.h"
#include "text/output.h"

namespace dyad::cli {

Command add_segment(CLI::App& app) {
  auto* cmd = app.add_subcommand("segment", "Split documents into sentences and tokens (CoNLL-U or JSONL)");
  auto opts = std::make_shared<InputOptions>();
  auto out_format = std::make_shared<std::string>("conllu");
  add_input_options(*cmd, *opts);
  cmd->add_option("--format,-f", *out_format, "Output format: conllu or jsonl")
      ->check(CLI::IsMember({"conllu", "jsonl"}))
      ->capture_default_str();
  return {cmd, [opts, out_format]() -> int {
    ReadOptions read;
    if (int rc = to_read_options(*opts, read); rc != kOk) return rc;
    TextFrontEnd front_end(data_dir());
    DiagnosticReporter reporter;
    const bool conllu = *out_format == "conllu";
    // Sentences are written as they are made: a huge document never has all
    // its tokens in memory at once (see TextFrontEnd::process_each).
    const auto format = conllu ? SentenceWriter::Format::kConllu : SentenceWriter::Format::kJsonl;
    const ReadStats stats = read_inputs(
        opts->paths, read,
        [&](Document&& doc) {
          std::optional<SentenceWriter> writer;
          front_end.process_each(
              doc, reporter.sink(), [&](const Document& d) { writer.emplace(std::cout, d, format); },
              [&](Sentence& s) { writer->write(s); });
          std::cout.flush();
          check_output();
        },
        reporter.sink());
    return reporter.finish(stats);
  }};
}

}  // namespace dyad::cli
