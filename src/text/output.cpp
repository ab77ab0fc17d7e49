#include "text/output.h"

#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace dyad {
namespace {

// CoNLL-U fields may not hold tabs or newlines; the token form never does
// after tokenisation, but a defensive replacement keeps the file parseable.
std::string field(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out.empty() ? "_" : out;
}

// "# text" is the sentence's surface on one line.
std::string sentence_text(const Document& doc, const Sentence& s) {
  std::string text = doc.text.substr(s.span.begin, s.span.size());
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return text;
}

}  // namespace

SentenceWriter::SentenceWriter(std::ostream& out, const Document& doc, Format format)
    : out_(out), doc_(doc), format_(format), cp_(doc.text) {
  if (format_ == Format::kConllu) out_ << "# newdoc id = " << doc_.id << "\n";
}

void SentenceWriter::write(const Sentence& s) {
  const Document& doc = doc_;
  const utf8::CodePointIndex& cp = cp_;
  const std::size_t si = index_++;
  if (format_ == Format::kConllu) {
    std::ostream& out = out_;
    out << "# doc_id = " << doc.id << "\n";
    out << "# sent_id = " << doc.id << "-" << (si + 1) << "\n";
    if (!doc.lang.empty()) out << "# lang = " << doc.lang << "\n";
    out << "# text = " << sentence_text(doc, s) << "\n";
    std::size_t word = 1;
    for (const Token& t : s.tokens) {
      std::string misc;
      if (!t.space_after) misc = "SpaceAfter=No|";
      misc += "TokenRange=" + std::to_string(cp.to_code_points(t.span.begin)) + ":" +
              std::to_string(cp.to_code_points(t.span.end));
      if (t.words.size() > 1) {
        out << word << "-" << (word + t.words.size() - 1) << "\t" << field(t.form) << "\t_\t_\t_\t_\t_\t_\t_\t"
            << misc << "\n";
        for (const std::string& w : t.words) {
          out << word++ << "\t" << field(w) << "\t_\t_\t_\t_\t_\t_\t_\t_\n";
        }
      } else {
        out << word++ << "\t" << field(t.form) << "\t_\t_\t_\t_\t_\t_\t_\t" << misc << "\n";
      }
    }
    out << "\n";
    return;
  }
  nlohmann::json j;
  j["doc"] = doc.id;
  j["sentence"] = si;
  j["lang"] = doc.lang;
  j["date"] = doc.date ? nlohmann::json(doc.date->iso()) : nlohmann::json(nullptr);
  j["text"] = doc.text.substr(s.span.begin, s.span.size());
  if (s.headline) j["headline"] = true;  // a title-case headline, parsed lowercased (present only when true)
  j["span"] = {cp.to_code_points(s.span.begin), cp.to_code_points(s.span.end)};
  auto& tokens = j["tokens"] = nlohmann::json::array();
  for (const Token& t : s.tokens) {
    nlohmann::json tj{{"form", t.form},
                      {"span", {cp.to_code_points(t.span.begin), cp.to_code_points(t.span.end)}},
                      {"space_after", t.space_after}};
    if (t.words.size() > 1) tj["words"] = t.words;
    tokens.push_back(std::move(tj));
  }
  out_ << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void write_conllu(std::ostream& out, const Document& doc, const std::vector<Sentence>& sentences) {
  SentenceWriter writer(out, doc, SentenceWriter::Format::kConllu);
  for (const Sentence& s : sentences) writer.write(s);
}

void write_segment_jsonl(std::ostream& out, const Document& doc, const std::vector<Sentence>& sentences) {
  SentenceWriter writer(out, doc, SentenceWriter::Format::kJsonl);
  for (const Sentence& s : sentences) writer.write(s);
}

}  // namespace dyad
