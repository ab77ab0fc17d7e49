#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "events/cameo.h"
#include "events/output.h"

namespace dyad::events {
namespace {

TEST(Output, JsonlIsValidForControlCharactersAndBadUtf8) {
  std::string error;
  auto cameo = CameoTable::load(std::filesystem::path(DYAD_SOURCE_DIR) / "data/cameo", &error);
  ASSERT_TRUE(cameo) << error;
  Document doc;
  doc.id = "d\x01";
  doc.lang = "en";
  doc.text = "K\xC3\xA9nya\x02 signed \xFF\tit.";
  Event e;
  e.doc = doc.id;
  e.sentence_span = {0, doc.text.size()};
  e.trigger = "signed";
  e.trigger_span = {8, 14};
  e.code = cameo->find("057");
  e.source = {Actor{"KEN", "KEN", "", "", ""}, "K\xC3\xA9nya\x02", {0, 7}};
  e.symmetric = true;
  e.date = PartialDate{2018, 11, 0};
  e.confidence = 0.8;
  std::ostringstream out;
  write_events_jsonl(out, doc, {e});
  const auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["code"], "057");
  EXPECT_EQ(j["root"], "05");
  EXPECT_EQ(j["quad"], 1);
  EXPECT_EQ(j["plover"], "AGREE");
  EXPECT_EQ(j["date"], "2018-11");
  EXPECT_EQ(j["date_precision"], "month");
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_EQ(j["source"]["country"], "KEN");
  EXPECT_EQ(j["trigger"]["span"][0], 7);  // code points: é is one
  std::ostringstream tsv;
  write_events_tsv_header(tsv);
  write_events_tsv(tsv, doc, {e});
  std::string header, row;
  std::istringstream lines(tsv.str());
  std::getline(lines, header);
  std::getline(lines, row);
  EXPECT_EQ(std::count(header.begin(), header.end(), '\t'), std::count(row.begin(), row.end(), '\t'));
}

}  // namespace
}  // namespace dyad::events
