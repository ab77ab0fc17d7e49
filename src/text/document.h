// The value types that leave the text front end: a document, its sentences
// and its tokens, every one anchored in the document's text by byte spans.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/span.h"

namespace dyad {

struct Token {
  Span span;                       // bytes of Document::text
  std::string form;                // the surface text exactly as in the document
  std::string norm;                // normalised form (NFC, unified quotes/dashes) for lookups
  bool space_after = true;         // false when the next token follows without whitespace
  // Syntactic words when the token is a contraction that UD splits into a
  // multi-word token ("don't" -> "do", "n't"); empty otherwise.
  std::vector<std::string> words;
};

struct Sentence {
  Span span;                       // from the first token's begin to the last token's end
  std::vector<Token> tokens;
  // A title-case headline before the lead (TextFrontEnd; is_title_case_line):
  // tagged and parsed with its common words lowercased.
  bool headline = false;
};

struct Document {
  std::string id;                  // JSONL id, else the file name without extension
  std::string origin;              // where it came from: "path" or "path:line"
  std::string text;                // valid UTF-8; for HTML the extracted article text
  std::string lang;                // ISO 639-1 ("en", "nl"), empty when unknown
  std::optional<PartialDate> date; // publication date when known
  std::string url;
  std::string title;
};

}  // namespace dyad
