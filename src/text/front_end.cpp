#include "text/front_end.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "text/dateline.h"
#include "text/langid.h"
#include "text/page_structure.h"

namespace dyad {
namespace {

// A supported language must hold this share of a page mostly in another
// language for its part to be processed (less is a menu or a quotation).
// CLD2's shares are of bytes: a script of two-byte letters weighs double.
constexpr int kMinSupportedShare = 10;

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

// The segmenter's sentences, cut where a line head begins and ends (the
// story after a dateline or a date label; a chrome line); a piece inside a
// metadata head (" date 2019-04", "Share this article") is no sentence and
// is left out, and so is a sentence that begins in a paragraph of another
// language. Title-case lines before the lead are marked as headlines.
void segment_story(const Segmenter& seg, std::string_view text, const PagePlan& plan,
                   const std::function<void(Sentence&)>& on_sentence) {
  // Heads are in text order and do not overlap: one index walks them, as
  // the sentences come in text order (a page of many chrome lines stays linear).
  const std::vector<LineHead>& heads = plan.heads;
  std::vector<std::size_t> cuts;
  for (const LineHead& h : heads) {
    cuts.push_back(h.span.begin);
    cuts.push_back(h.span.end);
  }
  std::sort(cuts.begin(), cuts.end());
  std::size_t next = 0;     // the first cut not yet passed
  std::size_t head = 0;     // the first head not yet passed
  std::size_t foreign = 0;  // the first foreign paragraph not yet passed
  bool lead_seen = false;
  auto emit = [&](Sentence& s) {
    while (head < heads.size() && heads[head].span.end <= s.span.begin) ++head;
    if (head < heads.size() && heads[head].metadata && s.span.begin >= heads[head].span.begin &&
        s.span.end <= heads[head].span.end) {
      return;  // furniture: no sentence
    }
    while (foreign < plan.foreign.size() && plan.foreign[foreign].end <= s.span.begin) ++foreign;
    if (foreign < plan.foreign.size() && plan.foreign[foreign].begin <= s.span.begin) return;
    s.headline = !lead_seen && is_title_case_line(text, s);
    if (!s.headline && is_prose(s)) lead_seen = true;
    on_sentence(s);
  };
  seg.segment_each(text, [&](Sentence& s) {
    while (next < cuts.size() && cuts[next] <= s.span.begin) ++next;
    // A sentence may hold several heads ("date 2019-04 VELMORA - ...").
    while (next < cuts.size() && cuts[next] < s.span.end) {
      std::optional<Sentence> rest = cut_before(s, cuts[next]);
      ++next;
      if (!rest) continue;
      emit(s);
      s = std::move(*rest);
    }
    emit(s);
  });
}

}  // namespace

const PageChrome* TextFrontEnd::page_chrome(const std::string& lang,
                                            const std::function<void(Severity, std::string)>& report) {
  if (auto it = chrome_.find(lang); it != chrome_.end()) return it->second.empty() ? nullptr : &it->second;
  PageChrome& chrome = chrome_[lang];
  std::string error;
  if (!chrome.load(data_dir_ / "lang" / lang / "chrome.txt", &error)) {
    report(Severity::kWarning, error + " (no page chrome recognised)");
    chrome = PageChrome{};
  }
  return chrome.empty() ? nullptr : &chrome;
}

const std::map<std::string, std::string>& TextFrontEnd::relatives() {
  if (relatives_) return *relatives_;
  relatives_.emplace();
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir_ / "lang", ec)) {
    std::ifstream in(entry.path() / "relatives.txt");
    std::string line;
    while (std::getline(in, line)) {
      const std::string code = line.substr(0, line.find('#'));
      const auto b = code.find_first_not_of(" \t\r"), e = code.find_last_not_of(" \t\r");
      if (b != std::string::npos) relatives_->emplace(code.substr(b, e - b + 1), entry.path().filename().string());
    }
  }
  return *relatives_;
}

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
                           PagePlan* plan) {
  *seg = nullptr;
  *plan = {};
  const std::string where = doc.origin.empty() ? doc.id : doc.origin;
  auto report = [&](Severity severity, std::string message) {
    diagnostics(Diagnostic{severity, where, std::move(message)});
  };
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    report(Severity::kWarning, "document '" + doc.id + "' is empty");
    return true;
  }
  if (!doc.lang.empty()) {
    // A language given by the page (HTML lang, JSONL lang) or --lang that
    // the text itself contradicts: coded as given, its events in the other
    // language are lost, so say so. (Paragraphs in another language are
    // reported by foreign_paragraphs below.)
    const LanguageGuess guess = detect_language(doc.text);
    if (guess.reliable && !guess.code.empty() && guess.code != doc.lang && !guess.shares.empty() &&
        guess.shares.front().percent >= 50 && segmenter(guess.code, nullptr)) {
      report(Severity::kWarning, "document '" + doc.id + "' is marked '" + doc.lang + "' but its text reads as '" +
                                     guess.code + "' (" + std::to_string(guess.shares.front().percent) +
                                     "%); it is processed as '" + doc.lang +
                                     "', so events in '" + guess.code + "' may be missed (--lang chooses)");
    }
  } else {
    const LanguageGuess guess = detect_language(doc.text);
    if (guess.code.empty()) {
      report(Severity::kError, "document '" + doc.id + "': language could not be identified; skipped (use --lang)");
      return false;
    }
    doc.lang = guess.code;
    // A short Dutch text read as Afrikaans is Dutch.
    if (!segmenter(doc.lang, nullptr))
      if (auto it = relatives().find(doc.lang); it != relatives().end()) doc.lang = it->second;
    // A page mostly in an unsupported language may still carry an article
    // in a supported one (a story with its translation beside it).
    if (!segmenter(doc.lang, nullptr)) {
      for (const LanguageShare& share : guess.shares) {
        if (share.percent < kMinSupportedShare || !segmenter(share.code, nullptr)) continue;
        report(Severity::kWarning, "document '" + doc.id + "' is mostly in '" + doc.lang + "'; its '" + share.code +
                                       "' part is processed");
        doc.lang = share.code;
        break;
      }
    }
  }
  std::string error;
  *seg = segmenter(doc.lang, &error);
  if (!*seg) {
    report(Severity::kError, "document '" + doc.id + "': language '" + doc.lang + "' is not supported; skipped (" +
                                 error + ")");
    return false;
  }
  if (!doc.date) doc.date = find_dateline(doc.text);
  plan->heads = find_line_heads(doc.text);
  if (const PageChrome* chrome = page_chrome(doc.lang, report)) {
    // A chrome line is furniture as a whole; a head found in it is dropped.
    std::vector<Span> labels;
    for (const LineHead& h : plan->heads)
      if (h.metadata) labels.push_back(h.span);
    const std::vector<Span> lines = chrome->find(doc.text, labels);
    std::size_t c = 0;  // both in text order: one walk
    std::erase_if(plan->heads, [&](const LineHead& h) {
      while (c < lines.size() && lines[c].end <= h.span.begin) ++c;
      return c < lines.size() && h.span.begin >= lines[c].begin;
    });
    for (const Span& c : lines) plan->heads.push_back(LineHead{c, true});
    std::sort(plan->heads.begin(), plan->heads.end(),
              [](const LineHead& a, const LineHead& b) { return a.span.begin < b.span.begin; });
  }
  std::vector<std::string> kin;
  for (const auto& [code, lang] : relatives())
    if (lang == doc.lang) kin.push_back(code);
  plan->foreign = foreign_paragraphs(doc.text, doc.lang, kin);
  if (!plan->foreign.empty()) {
    std::string codes;
    for (const ForeignParagraph& p : plan->foreign)
      if (codes.find("'" + p.code + "'") == std::string::npos) codes += (codes.empty() ? "'" : ", '") + p.code + "'";
    report(Severity::kWarning, "document '" + doc.id + "': " + std::to_string(plan->foreign.size()) +
                                   " paragraph(s) in another language (" + codes + ") skipped");
  }
  return true;
}

std::optional<SegmentedDocument> TextFrontEnd::process(Document&& doc, const DiagnosticSink& diagnostics) {
  const Segmenter* seg;
  PagePlan plan;
  if (!prepare(doc, diagnostics, &seg, &plan)) return std::nullopt;
  SegmentedDocument out{std::move(doc), {}};
  if (seg) segment_story(*seg, out.document.text, plan, [&](Sentence& s) { out.sentences.push_back(std::move(s)); });
  return out;
}

bool TextFrontEnd::process_each(Document& doc, const DiagnosticSink& diagnostics,
                                const std::function<void(const Document&)>& on_document,
                                const std::function<void(Sentence&)>& on_sentence) {
  const Segmenter* seg;
  PagePlan plan;
  if (!prepare(doc, diagnostics, &seg, &plan)) return false;
  on_document(doc);
  if (seg) segment_story(*seg, doc.text, plan, on_sentence);
  return true;
}

}  // namespace dyad
