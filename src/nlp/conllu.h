// Annotated sentences in CoNLL-U: the value types the morphosyntax layer
// reads, produces and hands on to the event coder.
#pragma once
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::nlp {

// One syntactic word. `head` is 0 for the root, -1 when not yet parsed.
struct AnnotatedWord {
  std::string form;
  std::string lemma = "_";
  std::string upos = "_";
  std::string xpos = "_";
  std::string feats = "_";
  int head = -1;
  std::string deprel = "_";
  std::string deps = "_";  // enhanced graph, passed through untouched
  std::string misc = "_";
};

// Lines that are not syntactic words (multi-word token ranges "3-4", empty
// nodes "5.1") are kept verbatim so a re-annotated file keeps its tokens.
struct ExtraLine {
  std::size_t before_word;  // index into words the line precedes
  std::string line;
};

// A dependency relation without its subtype: "nsubj:pass" -> "nsubj".
inline std::string_view universal_relation(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

struct ParsedSentence {
  std::vector<std::string> comments;  // without the leading "# "
  std::vector<AnnotatedWord> words;
  std::vector<ExtraLine> extra;
};

// Reads every sentence of a CoNLL-U stream. Returns false and sets `error`
// ("where:line: problem") on malformed input.
bool read_conllu(std::istream& in, const std::string& where, std::vector<ParsedSentence>& out,
                 std::string* error);
bool read_conllu_file(const std::string& path, std::vector<ParsedSentence>& out, std::string* error);
// Reads the files of a comma-separated list ("a.conllu,b.conllu") in order.
bool read_conllu_files(const std::string& paths, std::vector<ParsedSentence>& out, std::string* error);

// Moves every Nth sentence (indices N-1, 2N-1, …) of `train` to the end of
// `held`: the tuning slice `dyad train --dev-every N` holds out.
void hold_out_every(std::vector<ParsedSentence>& train, int every, std::vector<ParsedSentence>& held);

void write_conllu(std::ostream& out, const ParsedSentence& sentence);

}  // namespace dyad::nlp
