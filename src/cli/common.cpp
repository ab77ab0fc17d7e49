#include "cli/common.h"

#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <chrono>
#include <iostream>
#include <new>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "cli/commands.h"

namespace dyad::cli {
namespace {

std::string seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  return buf;
}

// CLI::Range lets "nan" through (every comparison with NaN is false), and a
// NaN time budget would never run out.
std::string finite_number(const std::string& text) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  return end != text.c_str() && *end == '\0' && std::isfinite(v) ? "" : "Value " + text + " is not a finite number";
}

}  // namespace

void add_input_options(CLI::App& cmd, InputOptions& opts) {
  cmd.add_option("paths", opts.paths, "Files or directories to read (recursively); '-' or nothing reads stdin");
  cmd.add_option("--input-format,-i", opts.input_format,
                 "Input format: auto (by extension, then content), text, html or jsonl")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl"}))
      ->capture_default_str();
  cmd.add_option("--lang,-l", opts.lang, "Language of every document (en, nl); default: detect per document");
  cmd.add_option("--date", opts.date, "Publication date of every document (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd.add_option("--max-doc-bytes", opts.max_doc_bytes,
                 "Largest document (or JSONL line) read, in bytes (suffixes k, M, G: 1024-based); larger ones are "
                 "reported and skipped")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 40))
      ->capture_default_str();
}

std::optional<PartialDate> parse_date_option(std::string_view text) {
  auto date = parse_iso_date(text);
  if (!date || date->iso() != text) return std::nullopt;
  return date;
}

void add_coding_options(CLI::App& cmd, InputOptions& opts) {
  cmd.add_option("--max-doc-seconds", opts.max_doc_seconds,
                 "Time budget per document; a document still being coded after it is reported and the rest of it "
                 "skipped (0: no limit)")
      ->check(CLI::Validator(finite_number, "", "finite"))
      ->check(CLI::Range(0.0, 1e9))
      ->capture_default_str();
  cmd.add_option("--jobs,-j", opts.jobs,
                 "Documents coded at once, one per thread (default: every core); the output is the same for any "
                 "number")
      ->check(CLI::Range(1u, 4096u));
  // Small parts let tests cut a small document many times.
  cmd.add_option("--coding-part-bytes", opts.part_bytes)
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 30))
      ->group("");
}

int to_read_options(const InputOptions& opts, ReadOptions& read) {
  read.format = *parse_input_format(opts.input_format);
  read.lang = opts.lang;
  read.max_document_bytes = opts.max_doc_bytes;
  if (!opts.date.empty()) {
    read.date = parse_date_option(opts.date);
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

DocumentClock::DocumentClock(double budget_seconds)
    : budget_(budget_seconds), start_(std::chrono::steady_clock::now()) {}

void DocumentClock::check() const {
  if (budget_ > 0 && std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count() > budget_) {
    throw OutOfTime{};
  }
}

void code_in_parts(Document&& doc, const InputOptions& opts, TextFrontEnd& front_end, const DiagnosticSink& diagnostics,
                   std::size_t part_bytes, const PartHandler& on_part, const std::function<void()>& settling,
                   const std::function<void()>& settled) {
  if (opts.part_bytes > 0) part_bytes = opts.part_bytes;
  const std::string where = doc.origin.empty() ? doc.id : doc.origin;
  const std::string id = doc.id;
  DocumentClock clock(opts.max_doc_seconds);
  try {
    std::vector<Sentence> pending;  // the part so far
    std::size_t first = 0;      // the part's first sentence in the document
    std::size_t paragraph = 0;  // the last sentence of the part that begins a paragraph (0: none)
    bool started = false;
    // The document moves into the part while the part is coded and
    // back after: the segmenter reads its text all along (the heap
    // buffer of a string stays where it is when the string moves).
    auto hand_on = [&](std::size_t count, bool last) {
      clock.check();
      SegmentedDocument out{std::move(doc), {}};
      const auto end = pending.begin() + static_cast<std::ptrdiff_t>(count);
      out.sentences.assign(std::make_move_iterator(pending.begin()), std::make_move_iterator(end));
      pending.erase(pending.begin(), end);
      on_part(out, first, last, clock);
      doc = std::move(out.document);
      first += count;
    };
    clock.outside(settling);
    const bool ok = front_end.process_each(
        doc, diagnostics,
        [&](const Document&) {
          settled();
          started = true;
        },
        [&](Sentence& s) {
          clock.check();
          bool begins_paragraph = false;
          if (!pending.empty() && s.span.begin > pending.back().span.end) {
            const std::size_t gap = pending.back().span.end;
            begins_paragraph =
                std::string_view(doc.text).substr(gap, s.span.begin - gap).find('\n') != std::string_view::npos;
          }
          while (!pending.empty() && s.span.end - pending.front().span.begin > part_bytes) {
            // Cut at the part's last paragraph break, else before s.
            hand_on(paragraph > 0 ? paragraph : pending.size(), false);
            paragraph = 0;  // no break left inside what remains
          }
          if (begins_paragraph && !pending.empty()) paragraph = pending.size();
          pending.push_back(std::move(s));
        });
    settled();
    if (!ok || !started || doc.lang.empty()) return;  // reported by the front end
    hand_on(pending.size(), true);
  } catch (const DocumentClock::OutOfTime&) {
    diagnostics({Severity::kError, where,
                 "document '" + id + "': not coded within " + seconds(opts.max_doc_seconds) +
                     " s (--max-doc-seconds); the rest of it is skipped"});
  } catch (const std::bad_alloc&) {
    diagnostics({Severity::kError, where, "document '" + id + "': out of memory; skipped (a smaller --max-doc-bytes helps)"});
  } catch (const std::length_error&) {  // a size beyond max_size(): the same
    diagnostics({Severity::kError, where, "document '" + id + "': out of memory; skipped (a smaller --max-doc-bytes helps)"});
  }
}

void check_output() {
  if (!std::cout) throw OutputError{};
}

int DiagnosticReporter::finish(const ReadStats& stats) const {
  return errors_ > 0 || stats.failed > 0 ? kSomeFailed : kOk;
}

}  // namespace dyad::cli
