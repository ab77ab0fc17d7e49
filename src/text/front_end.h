// The text front end as one step: a read document gets its language and
// date settled and is split into sentences and tokens. Later stages (parse,
// code, ingest) start from what this returns.
#pragma once
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "text/dateline.h"
#include "text/langid.h"
#include "text/page_structure.h"
#include "text/document.h"
#include "text/segmenter.h"

namespace dyad {

// What the front end settles about a page before segmenting it.
struct PagePlan {
  std::vector<LineHead> heads;            // datelines and date labels glued to their story
  std::vector<ForeignParagraph> foreign;  // paragraphs in another language: no sentences
};

struct SegmentedDocument {
  Document document;
  std::vector<Sentence> sentences;
};

class TextFrontEnd {
 public:
  explicit TextFrontEnd(std::filesystem::path data_dir) : data_dir_(std::move(data_dir)) {}

  // Settles the language (as given, else detected: a page mostly in an
  // unsupported language is processed in a supported one it also holds) and
  // the date (as given, else from a dateline or date label), then segments.
  // The page's structure shapes the sentences: a date label glued to the
  // headline is dropped, a dateline is cut off its story, paragraphs in
  // another language give no sentences (a warning says so), and title-case
  // headlines before the lead are marked (Sentence::headline). Returns
  // nullopt with an error diagnostic when the document cannot be processed
  // (unsupported or unidentifiable language); an empty document yields zero
  // sentences and a warning.
  std::optional<SegmentedDocument> process(Document&& doc, const DiagnosticSink& diagnostics);

  // process() without collecting: settles language and date, then hands each
  // sentence to `on_sentence` as it is made (see Segmenter::segment_each),
  // so memory stays bounded by one sentence plus a few bytes per token.
  // `on_document` sees the settled document before its first sentence.
  // Returns false (nothing called) when process() would return nullopt.
  bool process_each(Document& doc, const DiagnosticSink& diagnostics,
                    const std::function<void(const Document&)>& on_document,
                    const std::function<void(Sentence&)>& on_sentence);

  // The segmenter for a language, loaded on first use; null when the
  // language has no data (the reason is in `error`).
  const Segmenter* segmenter(const std::string& lang, std::string* error);

 private:
  // Settles language and date; the segmenter to use, or null for an empty
  // document. Returns false when the document cannot be processed.
  bool prepare(Document& doc, const DiagnosticSink& diagnostics, const Segmenter** seg, PagePlan* plan);

  // The language's chrome phrases, loaded on first use; null when it has none.
  const PageChrome* page_chrome(const std::string& lang, const std::function<void(Severity, std::string)>& report);

  // Languages the detector confuses with a supported one on short texts
  // (data/lang/<code>/relatives.txt): relative → supported language. Read
  // on first use.
  const std::map<std::string, std::string>& relatives();

  std::filesystem::path data_dir_;
  std::optional<std::map<std::string, std::string>> relatives_;
  std::map<std::string, PageChrome> chrome_;
  std::map<std::string, std::unique_ptr<Segmenter>> segmenters_;
  std::map<std::string, std::string> load_errors_;
};

}  // namespace dyad
