// Coding documents on several threads (dyad code/ingest -j N) with the
// output of one: every document's output is held until the documents read
// before it are out, so stdout, stderr and the store see the same bytes in
// the same order for any N.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include "agreements/extractor.h"
#include "base/diagnostic.h"
#include "cli/common.h"
#include "pipeline/language_kit.h"

namespace dyad::cli {

// Work that must run in input order: it writes to stdout/stderr, reports a
// diagnostic (through the one reporter, which counts) or stores a document.
using InOrderWork = std::function<void(const DiagnosticSink& report)>;

// The reorder buffer. Each document (or diagnostic of the reader) takes a
// slot; the work published for the oldest slot runs at once, the rest when
// the slots before it are done. A failure in that work (a write error, an
// exception a document raised) stops the run at that point of the input:
// later work is dropped, rethrow() passes the failure on.
class InOrder {
 public:
  InOrder(std::size_t window, DiagnosticSink report) : window_(window), report_(std::move(report)) {}

  // A new slot; blocks while `window` slots are not done, which bounds
  // memory: at most that many documents are read and not yet written.
  std::size_t open();
  void publish(std::size_t slot, std::vector<InOrderWork>&& work, bool done);
  // Runs `f` while no in-order work runs (a store read between batches).
  template <class F>
  auto exclusive(F&& f) {
    std::lock_guard lock(mutex_);
    return f();
  }
  bool stopped() const;
  // Throws what stopped the run, if anything did.
  void rethrow() const;

 private:
  struct Slot {
    std::vector<InOrderWork> work;
    bool done = false;
  };
  void run(std::vector<InOrderWork>& work);  // with mutex_ held

  std::size_t window_;
  DiagnosticSink report_;
  mutable std::mutex mutex_;
  std::condition_variable room_;
  std::deque<Slot> slots_;  // slots_[0] is slot head_
  std::size_t head_ = 0;
  std::exception_ptr failure_;
};

// What one document writes while a worker codes it, kept for InOrder.
// Diagnostics and stderr text go out before the stdout text of the same
// part, as they did when the one thread wrote stderr unbuffered.
class DocumentOutput {
 public:
  DocumentOutput(InOrder& order, std::size_t slot) : order_(order), slot_(slot) {}
  DocumentOutput(const DocumentOutput&) = delete;
  DocumentOutput& operator=(const DocumentOutput&) = delete;

  DiagnosticSink sink();
  std::ostream& out() { return out_; }
  std::ostream& err() { return err_; }
  void in_order(InOrderWork work);
  // The end of a part: what it wrote goes out (stdout flushed) as soon as
  // the documents before are out; a long document streams part by part.
  void flush();
  // The document raised `error`; it stops the run where the document is.
  void fail(std::exception_ptr error);
  // The document is done.
  void finish();
  template <class F>
  auto exclusive(F&& f) {
    return order_.exclusive(std::forward<F>(f));
  }
  bool stopped() const { return order_.stopped(); }

 private:
  void take_text();

  InOrder& order_;
  std::size_t slot_;
  std::vector<InOrderWork> work_;
  std::ostringstream out_, err_;
};

// Lets documents through one at a time in input order (the text front end
// loads segmenters and page chrome on first use, and must report the load
// with the same document as a single thread would).
class Turnstile {
 public:
  class Turn {
   public:
    Turn(Turnstile& gate, std::size_t number) : gate_(gate), number_(number) {}
    ~Turn() { pass(); }
    Turn(const Turn&) = delete;
    Turn& operator=(const Turn&) = delete;
    // Blocks until every earlier number has passed.
    void wait();
    void pass();

   private:
    Turnstile& gate_;
    std::size_t number_;
    bool waited_ = false, passed_ = false;
  };

 private:
  std::mutex mutex_;
  std::condition_variable turn_;
  std::size_t next_ = 0;
};

// LanguageKits and Extractors shared by the workers. They load on first use
// and are read-only after, so loading is serialised here; what a load
// reports (a missing model) goes out with the first document in input order
// that asked, as with one thread, whichever worker happened to load.
class SharedKits {
 public:
  SharedKits(pipeline::LanguageKits& kits, agreements::Extractors& extractors)
      : kits_(kits), extractors_(extractors) {}
  const pipeline::LanguageKit* kit(const std::string& lang, DocumentOutput& out);
  const agreements::Extractor* extractor(const std::string& lang, DocumentOutput& out);

 private:
  struct Asked {
    std::vector<Diagnostic> first;   // reported by the call that loaded
    std::vector<Diagnostic> repeat;  // reported by a later call (a lang LanguageKits never caches)
    bool reported = false;           // in InOrder's order; touched only by in-order work
  };
  template <class Get>
  auto get(std::map<std::string, std::unique_ptr<Asked>>& asked, const std::string& lang, DocumentOutput& out,
           const Get& load);

  std::mutex mutex_;
  pipeline::LanguageKits& kits_;
  agreements::Extractors& extractors_;
  std::map<std::string, std::unique_ptr<Asked>> kit_asked_, extractor_asked_;
};

// Makes the part handler of one document, which writes only to `out`.
using DocumentHandler = std::function<PartHandler(DocumentOutput& out)>;

// Reads every input and codes each document in parts (see PartHandler),
// on opts.jobs workers (1: on this thread). A document that runs out of
// memory, or still has text left when `opts.max_doc_seconds` have passed
// (checked between sentences, also while a part is coded), is reported and
// the rest of it skipped (its last part is never handed on); the others go
// on. Whatever the number of workers, handlers' output and diagnostics come
// out in input order, as one thread writes them.
ReadStats read_in_parts(const InputOptions& opts, const ReadOptions& read, TextFrontEnd& front_end,
                        DiagnosticReporter& reporter, std::size_t part_bytes, const DocumentHandler& on_document);

}  // namespace dyad::cli
