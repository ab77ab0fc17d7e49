// Shared by the coder's tests: the shipped lexicons, hand-built UD trees
// and hand-placed actors, so each rule is tested without a parser model.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "base/data_dir.h"
#include "events/cameo.h"
#include "events/coder.h"
#include "events/lexicon.h"

namespace dyad::events::coder_testing {

struct Fixture {
  std::unique_ptr<CameoTable> cameo;
  std::unique_ptr<Lexicon> en, nl;
};

inline const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture f;
    std::string error;
    const std::filesystem::path data = std::filesystem::path(DYAD_SOURCE_DIR) / "data";
    f.cameo = CameoTable::load(data / "cameo", &error);
    EXPECT_TRUE(f.cameo) << error;
    f.en = Lexicon::load(data / "lang/en/events", &error);
    EXPECT_TRUE(f.en) << error;
    f.nl = Lexicon::load(data / "lang/nl/events", &error);
    EXPECT_TRUE(f.nl) << error;
    return f;
  }();
  return f;
}

// One word per line: "form lemma UPOS head deprel [feats]".
inline nlp::ParsedSentence tree(const std::string& spec) {
  nlp::ParsedSentence s;
  std::istringstream in(spec);
  for (std::string line; std::getline(in, line);) {
    std::istringstream f(line);
    nlp::AnnotatedWord w;
    if (!(f >> w.form >> w.lemma >> w.upos >> w.head >> w.deprel)) continue;
    if (!(f >> w.feats)) w.feats = "_";
    s.words.push_back(w);
  }
  return s;
}

constexpr std::size_t kIdBase = 100;

struct Actors {
  std::vector<Actor> store;
  std::vector<ArgActor> args;
  // Reserve first: ArgActor points into `store`.
  Actors() { store.reserve(16); }
  Actors& add(std::size_t begin, std::size_t end, const std::string& country, const std::string& org = "") {
    store.push_back(Actor{country.empty() ? "IGO" + org : country, country, org, "", ""});
    args.push_back({begin, end, &store.back(), kIdBase + store.size() - 1});  // ids are the caller's, not indexes
    return *this;
  }
};

// "SRC TGT CODE" per event, sorted.
inline std::vector<std::string> code(const Lexicon& lex, const nlp::ParsedSentence& s, const Actors& a) {
  Coder coder(lex, *fixture().cameo);
  std::vector<std::string> out;
  for (const CodedEvent& e : coder.code(s, a.args)) {
    // An attack without a doer is an event only once a later claim gives one
    // (code_document.cpp); coder_test.cpp checks those candidates itself.
    if (e.unclaimed) continue;
    // "?": a source the story is to supply (CodedEvent::implicit_source).
    std::string src = e.source ? principal(a.store[*e.source - kIdBase]) : "?";
    std::string tgt = e.target ? principal(a.store[*e.target - kIdBase]) : "---";
    if (e.symmetric && tgt < src) std::swap(src, tgt);  // a joint act has no direction
    std::string line = src + " " + tgt + " " + e.code;
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<std::string>;

}  // namespace dyad::events::coder_testing
