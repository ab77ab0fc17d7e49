// Writers for segmented documents. Offsets written out are Unicode code
// points of the document text, the unit UD's TokenRange and most readers use.
#pragma once
#include <ostream>
#include <vector>

#include "text/document.h"

namespace dyad {

// CoNLL-U: "# newdoc id", "# doc_id", "# sent_id = <doc>-<n>", "# text", one
// line per token (multi-word tokens as a range line followed by their words),
// MISC carries SpaceAfter=No and TokenRange=start:end.
void write_conllu(std::ostream& out, const Document& doc, const std::vector<Sentence>& sentences);

// One JSON object per sentence: doc, sentence, lang, date, text, span, tokens[{form, span, space_after}].
void write_segment_jsonl(std::ostream& out, const Document& doc, const std::vector<Sentence>& sentences);

}  // namespace dyad
