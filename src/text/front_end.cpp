#include "text/front_end.h"

#include "text/dateline.h"
#include "text/langid.h"

namespace dyad {

const Segmenter* TextFrontEnd::segmenter(const std::string& lang, std::string* error) {
  if (auto it = segmenters_.find(lang); it != segmenters_.end()) return it->second.get();
  if (auto it = load_errors_.find(lang); it != load_errors_.end()) {
    if (error) *error = it->second;
    return nullptr;
  }
  std::string why;
  auto seg = load_segmenter(data_dir_, lang, &why);
  if (!seg) {
    load_errors_[lang] = why;
    if (error) *error = why;
    return nullptr;
  }
  return (segmenters_[lang] = std::move(seg)).get();
}

bool TextFrontEnd::prepare(Document& doc, const DiagnosticSink& diagnostics, const Segmenter** seg) {
  *seg = nullptr;
  const std::string where = doc.origin.empty() ? doc.id : doc.origin;
  auto report = [&](Severity severity, std::string message) {
    diagnostics(Diagnostic{severity, where, std::move(message)});
  };
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    report(Severity::kWarning, "document '" + doc.id + "' is empty");
    return true;
  }
  if (doc.lang.empty()) {
    const LanguageGuess guess = detect_language(doc.text);
    if (guess.code.empty()) {
      report(Severity::kError, "document '" + doc.id + "': language could not be identified; skipped (use --lang)");
      return false;
    }
    doc.lang = guess.code;
  }
  std::string error;
  *seg = segmenter(doc.lang, &error);
  if (!*seg) {
    report(Severity::kError, "document '" + doc.id + "': language '" + doc.lang + "' is not supported; skipped (" +
                                 error + ")");
    return false;
  }
  if (!doc.date) doc.date = find_dateline(doc.text);
  return true;
}

std::optional<SegmentedDocument> TextFrontEnd::process(Document&& doc, const DiagnosticSink& diagnostics) {
  const Segmenter* seg;
  if (!prepare(doc, diagnostics, &seg)) return std::nullopt;
  SegmentedDocument out{std::move(doc), {}};
  if (seg) out.sentences = seg->segment(out.document.text);
  return out;
}

bool TextFrontEnd::process_each(Document& doc, const DiagnosticSink& diagnostics,
                                const std::function<void(const Document&)>& on_document,
                                const std::function<void(Sentence&)>& on_sentence) {
  const Segmenter* seg;
  if (!prepare(doc, diagnostics, &seg)) return false;
  on_document(doc);
  if (seg) seg->segment_each(doc.text, on_sentence);
  return true;
}

}  // namespace dyad
