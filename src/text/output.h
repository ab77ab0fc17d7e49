// Writers for segmented documents. Offsets written out are Unicode code
// points of the document text, the unit UD's TokenRange and most readers use.
#pragma once
#include <ostream>
#include <vector>

#include "base/utf8.h"
#include "text/document.h"

namespace dyad {

// CoNLL-U: "# newdoc id", "# doc_id", "# sent_id = <doc>-<n>", "# text", one
// line per token (multi-word tokens as a range line followed by their words),
// MISC carries SpaceAfter=No and TokenRange=start:end.
void write_conllu(std::ostream& out, const Document& doc, const std::vector<Sentence>& sentences);

// One JSON object per sentence: doc, sentence, lang, date, text, span, tokens[{form, span, space_after}].
void write_segment_jsonl(std::ostream& out, const Document& doc, const std::vector<Sentence>& sentences);

// Writes one document's sentences as they are made, in either format above,
// so a document's sentences never need to be held at once (dyad segment on
// a 50 MB document). The document must outlive the writer.
class SentenceWriter {
 public:
  enum class Format { kConllu, kJsonl };
  // Writes the document header (CoNLL-U "# newdoc id").
  SentenceWriter(std::ostream& out, const Document& doc, Format format);
  void write(const Sentence& sentence);

 private:
  std::ostream& out_;
  const Document& doc_;
  Format format_;
  utf8::CodePointIndex cp_;
  std::size_t index_ = 0;  // sentences written
};

}  // namespace dyad
