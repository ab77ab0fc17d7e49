// Quoted stretches of a document's text: who speaks inside a quote is told
// by the attribution beside it ("…,” Tokayev said), and a name inside a quote
// is spoken about, not speaking — so coreference needs to know where quotes
// run.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "base/span.h"

namespace dyad {

struct Quotation {
  Span inner;          // the quoted words, without the marks
  bool closed = true;  // false when the paragraph ends first (news reopens a long quote per paragraph)
  std::size_t close_end = 0;  // just after the closing mark (inner.end when not closed)
};

// Quotations in document order. Double marks only — curly (“…”, „…”, „…“),
// angle (« … ») and straight ("…") — since a single ’ is mostly an
// apostrophe; a quote inside a quote, in single marks, is part of the outer
// one. A quotation does not run past a blank line. An embedded post signed
// "— Name (@handle)" counts as a quotation of its line.
std::vector<Quotation> find_quotations(std::string_view text);

// The quotation whose words contain byte `at`, if any.
std::optional<std::size_t> quotation_at(const std::vector<Quotation>& quotes, std::size_t at);

}  // namespace dyad
