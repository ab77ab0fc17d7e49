#include "text/quotations.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

std::vector<std::string> inner(const std::string& text) {
  std::vector<std::string> out;
  for (const Quotation& q : find_quotations(text)) {
    out.push_back(text.substr(q.inner.begin, q.inner.size()) + (q.closed ? "" : "|open"));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(Quotations, PairsTheMarksOfEachStyle) {
  EXPECT_EQ(inner("“We will help,” she said. \"No,\" he said."), (V{"We will help,", "No,"}));
  EXPECT_EQ(inner("„Wij helpen”, zei ze. „Nee“, zei hij."), (V{"Wij helpen", "Nee"}));
  EXPECT_EQ(inner("«Enviaremos ayuda», dijo."), (V{"Enviaremos ayuda"}));
}

TEST(Quotations, NestedAndStrayMarksStayInside) {
  EXPECT_EQ(inner("“He called it ‘a farce’ today,” she said."), (V{"He called it ‘a farce’ today,"}));
  EXPECT_EQ(inner("a stray ” mark, then “a quote”"), (V{"a quote"}));
}

TEST(Quotations, AQuoteEndsAtABlankLine) {
  const std::string t = "“We will act. We will not wait.\n\nThe minister left.";
  EXPECT_EQ(inner(t), (V{"We will act. We will not wait.|open"}));
  const auto q = find_quotations(t);
  EXPECT_TRUE(quotation_at(q, t.find("not")));
  EXPECT_FALSE(quotation_at(q, t.find("minister")));
}

TEST(Quotations, AnEmbeddedPostIsQuotedUpToItsSignature) {
  const std::string t = "Terrible news today. I called the president. — Ivo Marsh (@ivomarsh) May 2, 2024\nMore text.";
  EXPECT_EQ(inner(t), (V{"Terrible news today. I called the president."}));
  const auto q = find_quotations(t);
  EXPECT_EQ(t.substr(q[0].close_end, 5), " Ivo ");
  // A dash without a handle is no signature.
  EXPECT_TRUE(inner("The talks — held in Nairobi — ended.").empty());
}

TEST(Quotations, ApostrophesAreNotQuotes) {
  EXPECT_TRUE(inner("Kenya’s minister said the talks’ outcome was ‘undesirable’.").empty());
}

}  // namespace
}  // namespace dyad
