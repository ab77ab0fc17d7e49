#include <gtest/gtest.h>

#include <sstream>

#include "events/dates.h"

namespace dyad::events {
namespace {

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string resolve(const std::string& lang, const std::string& doc_date, const std::string& sentence) {
  std::string error;
  auto rules = DateRules::load(std::filesystem::path(DYAD_SOURCE_DIR) / "data/lang" / lang / "dates.txt", &error);
  EXPECT_TRUE(rules) << error;
  auto d = rules->resolve(parse_iso_date(doc_date), words(sentence));
  return d ? d->iso() : "null";
}

TEST(Dates, English) {
  EXPECT_EQ(resolve("en", "2018-03-17", "they signed it today"), "2018-03-17");
  EXPECT_EQ(resolve("en", "2018-03-17", "they met yesterday"), "2018-03-16");
  EXPECT_EQ(resolve("en", "2018-03-01", "they met yesterday"), "2018-02-28");
  EXPECT_EQ(resolve("en", "2018-11-30", "on 22 november , they signed"), "2018-11-22");
  EXPECT_EQ(resolve("en", "2018-11-30", "on november 22 they signed"), "2018-11-22");
  EXPECT_EQ(resolve("en", "2018-03-17", "they met last month"), "2018-02");
  EXPECT_EQ(resolve("en", "2018-01-17", "they met last month"), "2017-12");
  EXPECT_EQ(resolve("en", "2018-03-17", "barely a month after they pledged"), "2018-02");
  EXPECT_EQ(resolve("en", "2018-03-17", "three days ago"), "2018-03-14");
  EXPECT_EQ(resolve("en", "2018-03-17", "earlier this year"), "2018");
  EXPECT_EQ(resolve("en", "2018-03-17", "on tuesday they met"), "2018-03-13");  // 17 March 2018 was a Saturday
  EXPECT_EQ(resolve("en", "2018-03-17", "the minister may visit"), "2018-03-17");  // "may" is not May
  EXPECT_EQ(resolve("en", "2018-03", "they met yesterday"), "null");  // never invent a day
  EXPECT_EQ(resolve("en", "", "they met yesterday"), "null");
}

TEST(Dates, Dutch) {
  EXPECT_EQ(resolve("nl", "2018-11", "vandaag tekenden zij"), "2018-11");
  EXPECT_EQ(resolve("nl", "2018-11-20", "gisteren"), "2018-11-19");
  EXPECT_EQ(resolve("nl", "2018-11", "eerder dit jaar afgesproken"), "2018");
  EXPECT_EQ(resolve("nl", "2018-11-22", "op dinsdag"), "2018-11-20");  // a Thursday
  EXPECT_EQ(resolve("nl", "2018-11-22", "op 3 oktober"), "2018-10-03");
  EXPECT_EQ(resolve("nl", "2018-11-22", "vorige maand"), "2018-10");
}

TEST(Dates, MalformedLineNamesFileAndLine) {
  DateRules rules;
  std::string error;
  EXPECT_FALSE(rules.add_text("month january 1\nmonth foo 13\n", "d.txt", &error));
  EXPECT_EQ(error.rfind("d.txt:2:", 0), 0u) << error;
  EXPECT_FALSE(rules.add_text("sometimes now\n", "d.txt", &error));
}

}  // namespace
}  // namespace dyad::events
