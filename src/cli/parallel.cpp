#include "cli/parallel.h"

#include <algorithm>
#include <iostream>
#include <optional>
#include <thread>

namespace dyad::cli {

std::size_t InOrder::open() {
  std::unique_lock lock(mutex_);
  room_.wait(lock, [&] { return slots_.size() < window_ || failure_; });
  slots_.emplace_back();
  return head_ + slots_.size() - 1;
}

void InOrder::publish(std::size_t slot, std::vector<InOrderWork>&& work, bool done) {
  std::lock_guard lock(mutex_);
  if (failure_) return;
  Slot& s = slots_[slot - head_];
  if (slot != head_) {
    s.work.insert(s.work.end(), std::make_move_iterator(work.begin()), std::make_move_iterator(work.end()));
    s.done = done;
    return;
  }
  run(work);
  s.done = done;
  while (!failure_ && !slots_.empty() && slots_.front().done) {
    slots_.pop_front();
    ++head_;
    if (!slots_.empty()) run(slots_.front().work);
  }
  room_.notify_all();
}

void InOrder::run(std::vector<InOrderWork>& work) {
  try {
    for (const InOrderWork& w : work) w(report_);
  } catch (...) {
    failure_ = std::current_exception();
  }
  work.clear();
}

bool InOrder::stopped() const {
  std::lock_guard lock(mutex_);
  return failure_ != nullptr;
}

void InOrder::rethrow() const {
  std::exception_ptr failure;
  {
    std::lock_guard lock(mutex_);
    failure = failure_;
  }
  if (failure) std::rethrow_exception(failure);
}

DiagnosticSink DocumentOutput::sink() {
  return [this](const Diagnostic& d) {
    take_text();
    work_.push_back([d](const DiagnosticSink& report) { report(d); });
  };
}

void DocumentOutput::take_text() {
  if (err_.tellp() > 0) {
    work_.push_back([text = err_.str()](const DiagnosticSink&) { std::cerr << text; });
    err_.str({});
  }
}

void DocumentOutput::in_order(InOrderWork work) {
  take_text();
  work_.push_back(std::move(work));
}

void DocumentOutput::flush() {
  take_text();
  if (out_.tellp() > 0) {
    work_.push_back([text = out_.str()](const DiagnosticSink&) { std::cout << text; });
    out_.str({});
  }
  // What is coded is out before the next part: a later failure (memory, a
  // kill) cannot take it along, and a reader at the other end of a pipe
  // (Spark, Hadoop Streaming) has each document's events when it is done.
  work_.push_back([](const DiagnosticSink&) {
    std::cout.flush();
    check_output();
  });
  order_.publish(slot_, std::move(work_), false);
  work_.clear();
}

void DocumentOutput::fail(std::exception_ptr error) {
  work_.push_back([error](const DiagnosticSink&) { std::rethrow_exception(error); });
}

void DocumentOutput::finish() {
  take_text();
  if (out_.tellp() > 0) work_.push_back([text = out_.str()](const DiagnosticSink&) { std::cout << text; });
  order_.publish(slot_, std::move(work_), true);
  work_.clear();
}

void Turnstile::Turn::wait() {
  if (waited_) return;
  std::unique_lock lock(gate_.mutex_);
  gate_.turn_.wait(lock, [&] { return gate_.next_ == number_; });
  waited_ = true;
}

void Turnstile::Turn::pass() {
  if (passed_) return;
  wait();
  {
    std::lock_guard lock(gate_.mutex_);
    ++gate_.next_;
  }
  gate_.turn_.notify_all();
  passed_ = true;
}

template <class Get>
auto SharedKits::get(std::map<std::string, std::unique_ptr<Asked>>& asked, const std::string& lang,
                     DocumentOutput& out, const Get& load) {
  std::vector<Diagnostic> said;
  const DiagnosticSink keep = [&](const Diagnostic& d) { said.push_back(d); };
  std::lock_guard lock(mutex_);
  const auto* got = load(lang, keep);
  auto& slot = asked[lang];
  const bool loaded_here = !slot;
  if (loaded_here) slot = std::make_unique<Asked>(Asked{said, {}, false});
  Asked* a = slot.get();
  // One thread reports a load with the first document that asks and then,
  // for a language LanguageKits does not keep, with every later one. The
  // first document in input order need not be the one that loaded: it
  // reports the load, and the one that loaded reports what a later call
  // does (which the first one, having come later, has seen).
  out.in_order([a, loaded_here, said = std::move(said)](const DiagnosticSink& report) {
    const std::vector<Diagnostic>* what = &said;
    if (!a->reported) {
      what = &a->first;
      a->reported = true;
      if (!loaded_here) a->repeat = said;
    } else if (loaded_here) {
      what = &a->repeat;
    }
    for (const Diagnostic& d : *what) report(d);
  });
  return got;
}

const pipeline::LanguageKit* SharedKits::kit(const std::string& lang, DocumentOutput& out) {
  return get(kit_asked_, lang, out, [&](const std::string& l, const DiagnosticSink& s) { return kits_.get(l, s); });
}

const agreements::Extractor* SharedKits::extractor(const std::string& lang, DocumentOutput& out) {
  return get(extractor_asked_, lang, out,
             [&](const std::string& l, const DiagnosticSink& s) { return extractors_.get(l, s); });
}

namespace {

struct Job {
  Document doc;
  std::size_t slot;
  std::size_t number;  // among documents
};

// The documents read and not yet taken by a worker; InOrder's window bounds it.
class Jobs {
 public:
  void push(Job job) {
    {
      std::lock_guard lock(mutex_);
      jobs_.push_back(std::move(job));
    }
    ready_.notify_one();
  }
  void close() {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
    }
    ready_.notify_all();
  }
  // In input order; nullopt once closed and empty.
  std::optional<Job> pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return closed_ || !jobs_.empty(); });
    if (jobs_.empty()) return std::nullopt;
    Job job = std::move(jobs_.front());
    jobs_.pop_front();
    return job;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Job> jobs_;
  bool closed_ = false;
};

}  // namespace

ReadStats read_in_parts(const InputOptions& opts, const ReadOptions& read, TextFrontEnd& front_end,
                        DiagnosticReporter& reporter, std::size_t part_bytes, const DocumentHandler& on_document) {
  const unsigned jobs = opts.jobs > 0 ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());
  // Two documents a worker: one being coded, one waiting (or written out
  // late because an earlier, longer one is still being coded).
  InOrder order(2 * std::size_t{jobs}, reporter.sink());
  Turnstile settling;
  auto code = [&](Job job) {
    DocumentOutput out(order, job.slot);
    Turnstile::Turn turn(settling, job.number);
    try {
      if (!order.stopped()) {
        const PartHandler on_part = on_document(out);
        code_in_parts(std::move(job.doc), opts, front_end, out.sink(), part_bytes, on_part, [&] { turn.wait(); },
                      [&] { turn.pass(); });
      }
    } catch (...) {
      out.fail(std::current_exception());
    }
    turn.pass();
    out.finish();
  };
  // The reader's own reports (a malformed line, a document too large) take
  // a slot of their own between the documents around them.
  const DiagnosticSink reader_sink = [&](const Diagnostic& d) {
    order.publish(order.open(), {[d](const DiagnosticSink& report) { report(d); }}, true);
  };
  std::size_t documents = 0;
  ReadStats stats;
  if (jobs == 1) {
    stats = read_inputs(
        opts.paths, read,
        [&](Document&& doc) {
          code(Job{std::move(doc), order.open(), documents++});
          order.rethrow();
        },
        reader_sink);
  } else {
    Jobs queue;
    std::vector<std::jthread> workers;
    // Closing the queue lets the workers finish what is queued and stop,
    // also when reading stops on a failure.
    struct Close {
      Jobs& queue;
      ~Close() { queue.close(); }
    };
    for (unsigned i = 0; i < jobs; ++i) {
      workers.emplace_back([&] {
        while (auto job = queue.pop()) code(std::move(*job));
      });
    }
    {
      const Close close{queue};
      stats = read_inputs(
          opts.paths, read,
          [&](Document&& doc) {
            order.rethrow();
            const std::size_t slot = order.open();
            queue.push(Job{std::move(doc), slot, documents++});
          },
          reader_sink);
    }
    workers.clear();  // joins
  }
  order.rethrow();
  return stats;
}

}  // namespace dyad::cli
