#include "cli/common.h"

#include <iostream>

#include "cli/commands.h"

namespace dyad::cli {

void add_input_options(CLI::App& cmd, InputOptions& opts) {
  cmd.add_option("paths", opts.paths, "Files or directories to read (recursively); '-' or nothing reads stdin");
  cmd.add_option("--input-format,-i", opts.input_format,
                 "Input format: auto (by extension, then content), text, html or jsonl")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl"}))
      ->capture_default_str();
  cmd.add_option("--lang,-l", opts.lang, "Language of every document (en, nl); default: detect per document");
  cmd.add_option("--date", opts.date, "Publication date of every document (YYYY, YYYY-MM or YYYY-MM-DD)");
}

int to_read_options(const InputOptions& opts, ReadOptions& read) {
  read.format = *parse_input_format(opts.input_format);
  read.lang = opts.lang;
  if (!opts.date.empty()) {
    read.date = parse_iso_date(opts.date);
    if (!read.date) {
      std::cerr << "dyad: --date '" << opts.date << "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n";
      return kUsage;
    }
  }
  return kOk;
}

DiagnosticSink DiagnosticReporter::sink() {
  return [this](const Diagnostic& d) {
    if (d.severity == Severity::kError) {
      ++errors_;
    } else {
      ++warnings_;
    }
    std::cerr << "dyad: " << (d.where.empty() ? "" : d.where + ": ")
              << (d.severity == Severity::kError ? "error: " : "warning: ") << d.message << "\n";
  };
}

ReadStats read_segmented(const InputOptions& opts, const ReadOptions& read, TextFrontEnd& front_end,
                         DiagnosticReporter& reporter, const std::function<void(SegmentedDocument&&)>& on_document) {
  return read_inputs(
      opts.paths, read,
      [&](Document&& doc) {
        if (auto segmented = front_end.process(std::move(doc), reporter.sink())) on_document(std::move(*segmented));
      },
      reporter.sink());
}

int DiagnosticReporter::finish(const ReadStats& stats) const {
  return errors_ > 0 || stats.failed > 0 ? kSomeFailed : kOk;
}

}  // namespace dyad::cli
