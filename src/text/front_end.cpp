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

std::optional<SegmentedDocument> TextFrontEnd::process(Document&& doc, const DiagnosticSink& diagnostics) {
  const std::string where = doc.origin.empty() ? doc.id : doc.origin;
  auto report = [&](Severity severity, std::string message) {
    diagnostics(Diagnostic{severity, where, std::move(message)});
  };
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    report(Severity::kWarning, "document '" + doc.id + "' is empty");
    return SegmentedDocument{std::move(doc), {}};
  }
  if (doc.lang.empty()) {
    const LanguageGuess guess = detect_language(doc.text);
    if (guess.code.empty()) {
      report(Severity::kError, "document '" + doc.id + "': language could not be identified; skipped (use --lang)");
      return std::nullopt;
    }
    doc.lang = guess.code;
  }
  std::string error;
  const Segmenter* seg = segmenter(doc.lang, &error);
  if (!seg) {
    report(Severity::kError, "document '" + doc.id + "': language '" + doc.lang + "' is not supported; skipped (" +
                                 error + ")");
    return std::nullopt;
  }
  if (!doc.date) doc.date = find_dateline(doc.text);
  SegmentedDocument out{std::move(doc), {}};
  out.sentences = seg->segment(out.document.text);
  return out;
}

}  // namespace dyad
