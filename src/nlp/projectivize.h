// Pseudo-projective parsing (Nivre & Nilsson 2005), "head" encoding: training
// trees are made projective by lifting crossing arcs to the head's head, and
// a lifted word's relation records the relation of its true head
// ("obj^xcomp"). After parsing, such a word is moved back down to the
// nearest node under its new head that carries that relation.
#pragma once
#include <vector>

#include "nlp/conllu.h"

namespace dyad::nlp {

// Separates a relation from the relation of the head it was lifted from.
constexpr char kLiftMark = '^';

// Lifts arcs of `words` (heads set, a tree) until no arc crosses another;
// returns the number of lifts.
int projectivize(std::vector<AnnotatedWord>& words);

// Undoes the encoding of labelled words: lowers lifted words and strips the marks.
void deprojectivize(std::vector<AnnotatedWord>& words);

}  // namespace dyad::nlp
