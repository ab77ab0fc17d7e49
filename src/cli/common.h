// Options and reporting shared by every command that reads documents.
#pragma once
#include <CLI/CLI.hpp>
#include <chrono>
#include <functional>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostic.h"
#include "text/front_end.h"
#include "text/reader.h"

namespace dyad::cli {

// Documents larger than this are reported and skipped (--max-doc-bytes):
// coding holds about 100 bytes of memory per byte of a document's part (see
// kCodingPartBytes in cli/common.cpp), the text itself a few times over.
inline constexpr std::size_t kDefaultMaxDocBytes = 16u << 20;

struct InputOptions {
  std::vector<std::string> paths;
  std::string input_format = "auto";
  std::string lang;
  std::string date;
  std::size_t max_doc_bytes = kDefaultMaxDocBytes;
  double max_doc_seconds = 600;  // coding time per document (code, ingest); 0: no limit
  std::size_t part_bytes = 0;    // coding part size (hidden --coding-part-bytes, for tests); 0: kCodingPartBytes
  unsigned jobs = 0;             // coding workers (code, ingest); 0: every core
};

void add_input_options(CLI::App& cmd, InputOptions& opts);

// --max-doc-seconds, --jobs (and the hidden --coding-part-bytes), for the commands
// that code (code, ingest).
void add_coding_options(CLI::App& cmd, InputOptions& opts);

// A date option's value: exactly YYYY, YYYY-MM or YYYY-MM-DD (no time part,
// no trailing words); nullopt otherwise.
std::optional<PartialDate> parse_date_option(std::string_view text);

// Validates the options; prints the problem and returns kUsage when invalid.
int to_read_options(const InputOptions& opts, ReadOptions& read);

// Prints diagnostics to stderr as they arrive ("dyad: path:line: error: ...")
// and turns the run's outcome into the exit code.
class DiagnosticReporter {
 public:
  DiagnosticSink sink();
  int finish(const ReadStats& stats) const;
  std::size_t errors() const { return errors_; }

 private:
  std::size_t errors_ = 0;
  std::size_t warnings_ = 0;
};

// Reads every input, settles language and date, segments, and hands each
// document the front end accepts to `on_document`; the others are reported
// through `reporter` and skipped. Returns the reader's counts for the exit code.
ReadStats read_segmented(const InputOptions& opts, const ReadOptions& read, TextFrontEnd& front_end,
                         DiagnosticReporter& reporter, const std::function<void(SegmentedDocument&&)>& on_document);

// Coding holds about 100 bytes of memory per byte of text it codes at once
// (tokens, parses, features), so a document is coded in parts of about this
// much text: a 16 MiB document then needs about 16 MiB x 3 for its text and
// some 100-150 MiB for the part, not 1.6 GiB.
inline constexpr std::size_t kCodingPartBytes = 1u << 20;

// The coding time a document has used, against --max-doc-seconds. Loading a
// language's models on its first document is not that document's coding.
class DocumentClock {
 public:
  struct OutOfTime {};
  explicit DocumentClock(double budget_seconds);
  // Throws OutOfTime when the budget (> 0) is spent.
  void check() const;
  // Runs `work` off the clock.
  template <class Work>
  auto outside(Work&& work) {
    const auto begin = std::chrono::steady_clock::now();
    struct Resume {
      DocumentClock& clock;
      std::chrono::steady_clock::time_point begin;
      ~Resume() { clock.start_ += std::chrono::steady_clock::now() - begin; }
    } resume{*this, begin};
    return work();
  }

 private:
  double budget_;
  std::chrono::steady_clock::time_point start_;
};

// One part of a document for coding: `part.document` is the whole document
// (spans are into its text), `part.sentences` the part's sentences, the
// first of them sentence `first_sentence` of the document; `last` marks the
// document's last part. The handler may move `part` into the pipeline but
// must move the document back into `part.document` before returning. It
// checks `clock` while it codes (pipeline::annotate's before_sentence), so
// one large part cannot run on past the budget.
using PartHandler =
    std::function<void(SegmentedDocument& part, std::size_t first_sentence, bool last, DocumentClock& clock)>;

// Codes one document in parts: it is segmented as a stream and handed on
// in parts of at most `part_bytes` of text, cut at a paragraph break when
// the part has one, else between sentences. A document under `part_bytes`
// is one part, as read_segmented gives it. An empty document (warned about
// by the front end) gives no part. The front end loads what a language
// needs while it settles language and date, so workers take turns there:
// `settling` is called (off the document's clock) before it starts,
// `settled` once it has settled them or given up, before any part.
// See read_in_parts (cli/parallel.h) for the failures reported here.
void code_in_parts(Document&& doc, const InputOptions& opts, TextFrontEnd& front_end, const DiagnosticSink& diagnostics,
                   std::size_t part_bytes, const PartHandler& on_part, const std::function<void()>& settling,
                   const std::function<void()>& settled);

// Output on stdout that cannot be written (a full disk, `> /dev/full`, a
// closed pipe) is an error: every command that writes there checks.
struct OutputError {};

// Throws OutputError when stdout has failed; commands call it after each
// document, so a failed write stops the run instead of coding on. The
// failure is reported by finish_output (cli/output.h).
void check_output();

}  // namespace dyad::cli
