#include "text/front_end.h"

#include <algorithm>
#include <iterator>

#include "text/dateline.h"
#include "text/langid.h"

namespace dyad {
namespace {

// Cuts `s` before its first token that begins at or after `offset` (the
// story after a dateline) and returns the second part; nothing when either
// part would be empty.
std::optional<Sentence> cut_before(Sentence& s, std::size_t offset) {
  if (offset <= s.span.begin || offset >= s.span.end) return std::nullopt;
  const auto it = std::find_if(s.tokens.begin(), s.tokens.end(), [&](const Token& t) { return t.span.begin >= offset; });
  if (it == s.tokens.begin() || it == s.tokens.end()) return std::nullopt;
  Sentence rest;
  rest.tokens.assign(std::make_move_iterator(it), std::make_move_iterator(s.tokens.end()));
  s.tokens.erase(it, s.tokens.end());
  s.span.end = s.tokens.back().span.end;
  rest.span = {rest.tokens.front().span.begin, rest.tokens.back().span.end};
  return rest;
}

// The segmenter's sentences, the one holding `story` (0: none) cut before it.
void segment_story(const Segmenter& seg, std::string_view text, std::size_t story,
                   const std::function<void(Sentence&)>& on_sentence) {
  if (!story) return seg.segment_each(text, on_sentence);
  seg.segment_each(text, [&](Sentence& s) {
    std::optional<Sentence> rest;
    if (story && s.span.end > story) {
      rest = cut_before(s, story);
      story = 0;  // only the sentence the story begins in is cut
    }
    on_sentence(s);
    if (rest) on_sentence(*rest);
  });
}

}  // namespace

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

bool TextFrontEnd::prepare(Document& doc, const DiagnosticSink& diagnostics, const Segmenter** seg,
                           std::size_t* story_begin) {
  *seg = nullptr;
  *story_begin = 0;
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
  if (const auto dateline = find_dateline_with_extent(doc.text)) {
    if (!doc.date && dateline->date) doc.date = dateline->date;
    *story_begin = dateline->story_begin;
  }
  return true;
}

std::optional<SegmentedDocument> TextFrontEnd::process(Document&& doc, const DiagnosticSink& diagnostics) {
  const Segmenter* seg;
  std::size_t story = 0;
  if (!prepare(doc, diagnostics, &seg, &story)) return std::nullopt;
  SegmentedDocument out{std::move(doc), {}};
  if (seg) segment_story(*seg, out.document.text, story, [&](Sentence& s) { out.sentences.push_back(std::move(s)); });
  return out;
}

bool TextFrontEnd::process_each(Document& doc, const DiagnosticSink& diagnostics,
                                const std::function<void(const Document&)>& on_document,
                                const std::function<void(Sentence&)>& on_sentence) {
  const Segmenter* seg;
  std::size_t story = 0;
  if (!prepare(doc, diagnostics, &seg, &story)) return false;
  on_document(doc);
  if (seg) segment_story(*seg, doc.text, story, on_sentence);
  return true;
}

}  // namespace dyad
