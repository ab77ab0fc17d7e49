// Every endpoint of the API against the examples database, and every
// documented error.
#include <set>

#include "serve/cursor.h"
#include "serve/posted_document.h"
#include "serve_fixture.h"

namespace dyad::serve::testing {
namespace {

// The code points of `text` from `begin` to `end`, as the API counts offsets.
std::string code_points(const std::string& text, std::size_t begin, std::size_t end) {
  std::string out;
  std::size_t cp = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts && i > 0) ++cp;
    if (cp >= begin && cp < end) out += text[i];
  }
  return out;
}

TEST_F(ServeTest, InfoCountsTheStore) {
  const json info = get("/api/info");
  EXPECT_GE(info["events"].get<int>(), 10);
  EXPECT_GE(info["documents"].get<int>(), 7);
  EXPECT_EQ(info["langs"], json::array({"en", "nl"}));
  EXPECT_FALSE(info["allow_ingest"].get<bool>());
  EXPECT_TRUE(info["first_day"].is_string());
}

TEST_F(ServeTest, PagesRunToTheEndInDateOrderWithNoEventTwice) {
  const int total = get("/api/info")["events"].get<int>();
  std::set<long long> seen;
  std::string path = "/api/events?limit=3";
  std::string last_date;
  bool undated = false;
  int pages = 0;
  for (;;) {
    const json page = get(path);
    ASSERT_TRUE(page["events"].is_array());
    ++pages;
    for (const json& e : page["events"]) {
      EXPECT_TRUE(seen.insert(e["id"].get<long long>()).second) << e["id"];
      if (e["date"].is_null()) {
        undated = true;
      } else {
        EXPECT_FALSE(undated) << "a dated event after an undated one";
        // Day precision sorts by its day, a month by its first day: compare the first 7 characters.
        EXPECT_LE(last_date.substr(0, 7), e["date"].get<std::string>().substr(0, 7));
        last_date = e["date"].get<std::string>();
      }
    }
    if (page["next"].is_null()) break;
    EXPECT_EQ(page["events"].size(), 3u);
    path = "/api/events?limit=3&cursor=" + page["next"].get<std::string>();
    ASSERT_LT(pages, 100);
  }
  EXPECT_EQ(static_cast<int>(seen.size()), total);
  EXPECT_GT(pages, 2);
}

TEST_F(ServeTest, FiltersNarrowEvents) {
  for (const json& e : member(get("/api/events?actor=NLD&limit=1000"), "events")) {
    const bool source = e["source"]["code"].get<std::string>().starts_with("NLD");
    const bool target = !e["target"].is_null() && e["target"]["code"].get<std::string>().starts_with("NLD");
    EXPECT_TRUE(source || target) << e.dump();
  }
  const json dyad = get("/api/events?actor=GHA&with=NLD");
  ASSERT_EQ(dyad["events"].size(), 2u);
  for (const json& e : dyad["events"]) EXPECT_EQ(e["code"], "057");
  EXPECT_EQ(get("/api/events?root=05&actor=GHA")["events"].size(), get("/api/events?code=05&actor=GHA")["events"].size());
  EXPECT_EQ(get("/api/events?code=057&root=04")["events"].size(), 0u);
  for (const json& e : member(get("/api/events?quad=1&limit=1000"), "events")) EXPECT_EQ(e["quad"], 1);
  for (const json& e : member(get("/api/events?lang=nl&limit=1000"), "events")) EXPECT_EQ(e["lang"], "nl");
  const json may = get("/api/events?since=2024-05&until=2024-05-31");
  ASSERT_FALSE(may["events"].empty());
  for (const json& e : may["events"]) EXPECT_TRUE(e["date"].get<std::string>().starts_with("2024-05")) << e.dump();
  const json words = get("/api/events?q=visserijakkoord");
  ASSERT_EQ(words["events"].size(), 1u);
  EXPECT_EQ(words["events"][0]["doc"], "cluster-nl");
  EXPECT_EQ(get("/api/events?q=100%25")["events"].size(), 0u);  // '%' is no wildcard
}

TEST_F(ServeTest, EventHasItsSpansAndItsBilingualCluster) {
  const json found = get("/api/events?actor=GHA&with=NLD&lang=en");
  ASSERT_EQ(found["events"].size(), 1u);
  const long long id = found["events"][0]["id"];
  const json one = get("/api/events/" + std::to_string(id));
  EXPECT_EQ(one["event"]["id"], id);
  EXPECT_EQ(one["event"]["trigger"]["text"], "signed");
  EXPECT_EQ(one["event"]["document"]["id"], "cluster-en");
  EXPECT_EQ(one["cluster"]["reports"], 2);
  EXPECT_EQ(one["cluster"]["langs"], json::array({"en", "nl"}));
  ASSERT_EQ(one["reports"].size(), 2u);
  std::set<std::string> langs;
  for (const json& r : one["reports"]) langs.insert(r["lang"].get<std::string>());
  EXPECT_EQ(langs, (std::set<std::string>{"en", "nl"}));
}

TEST_F(ServeTest, SpansPointIntoTheDocumentText) {
  // A coded example: its trigger, source and target spans are code points of the document.
  const json page = get("/api/events?lang=en&limit=1000");
  int checked = 0;
  for (const json& e : page["events"]) {
    if (e["doc"].get<std::string>().starts_with("cluster-")) continue;
    const json doc = get("/api/documents/" + e["doc"].get<std::string>());
    const std::string text = doc["document"]["text"];
    EXPECT_EQ(code_points(text, e["trigger"]["span"][0], e["trigger"]["span"][1]), e["trigger"]["text"]);
    EXPECT_EQ(code_points(text, e["span"][0], e["span"][1]), e["text"]);
    ++checked;
  }
  EXPECT_GT(checked, 2);
}

TEST_F(ServeTest, DocumentHasTextSentencesAndEvents) {
  const json d = get("/api/documents/sahel-summit");
  EXPECT_EQ(d["document"]["id"], "sahel-summit");
  EXPECT_EQ(d["document"]["lang"], "en");
  EXPECT_FALSE(d["document"]["text"].get<std::string>().empty());
  EXPECT_GT(d["document"]["sentences"].size(), 1u);
  ASSERT_FALSE(d["events"].empty());
  for (const json& e : d["events"]) EXPECT_EQ(e["doc"], "sahel-summit");
}

TEST_F(ServeTest, ActorsNetworkAndTimeline) {
  const json actors = get("/api/actors?q=nld");
  ASSERT_FALSE(actors["actors"].empty());
  for (const json& a : actors["actors"]) {
    EXPECT_TRUE(a["code"].get<std::string>().starts_with("NLD"));
    EXPECT_EQ(a["events"], a["as_source"].get<int>() + a["as_target"].get<int>());
  }
  EXPECT_FALSE(get("/api/actors")["actors"].empty());

  const json net = get("/api/network");
  ASSERT_FALSE(net["edges"].empty());
  std::set<std::string> nodes;
  for (const json& n : net["nodes"]) nodes.insert(n["id"].get<std::string>());
  bool bilingual = false;
  for (const json& e : net["edges"]) {
    EXPECT_TRUE(nodes.count(e["source"].get<std::string>()));
    EXPECT_TRUE(nodes.count(e["target"].get<std::string>()));
    EXPECT_EQ(e["events"], e["cooperation"].get<int>() + e["conflict"].get<int>());
    if (e["source"] == "GHA" && e["target"] == "NLD") bilingual = e["events"] == 2;
  }
  EXPECT_TRUE(bilingual);
  EXPECT_EQ(get("/api/network?limit=1")["edges"].size(), 1u);
  for (const json& e : member(get("/api/network?lang=nl&quad=1"), "edges")) EXPECT_EQ(e["conflict"], 0);

  for (const char* by : {"day", "week", "month", "year"}) {
    const json t = get(std::string("/api/timeline?by=") + by + "&actor=GHA");
    EXPECT_EQ(t["by"], by);
    ASSERT_FALSE(t["periods"].empty()) << by;
    for (const json& p : t["periods"]) {
      EXPECT_EQ(p["events"], p["cooperation"].get<int>() + p["conflict"].get<int>());
    }
  }
  const json week = get("/api/timeline?by=week&actor=GHA&with=NLD");
  ASSERT_EQ(week["periods"].size(), 1u);
  EXPECT_EQ(week["periods"][0]["period"], "2024-04-29");  // the Monday of 2024-05-02
  EXPECT_EQ(week["periods"][0]["events"], 2);
}

TEST_F(ServeTest, ApiDocumentsItself) {
  const json doc = get("/api");
  std::set<std::string> paths;
  for (const json& e : doc["endpoints"]) paths.insert(e["path"].get<std::string>());
  for (const char* p : {"/api/events", "/api/events/{id}", "/api/actors", "/api/network", "/api/timeline",
                        "/api/documents/{id}", "/api/info"}) {
    EXPECT_TRUE(paths.count(p)) << p;
  }
  EXPECT_TRUE(doc["errors"].contains("401"));
}

TEST_F(ServeTest, BadRequestsAre4xxWithAMessage) {
  for (const char* path :
       {"/api/events?actr=NLD", "/api/events?actor=NLD&actor=KEN", "/api/events?actor=nld%20x", "/api/events?code=05a",
        "/api/events?code=12345", "/api/events?root=5", "/api/events?quad=0", "/api/events?quad=5",
        "/api/events?quad=x", "/api/events?since=2018-13", "/api/events?until=yesterday", "/api/events?since=18",
        "/api/events?lang=english", "/api/events?limit=0", "/api/events?limit=1001", "/api/events?limit=-1",
        "/api/events?limit=99999999999999999999", "/api/events?cursor=abc", "/api/events?cursor=%00%01",
        "/api/events?cursor=djE6eDp5", "/api/events/abc", "/api/events/-1", "/api/events/0",
        "/api/events/99999999999999999999", "/api/timeline?by=hour", "/api/network?limit=5000",
        "/api/actors?q=" "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/api/info?x=1"}) {
    get(path, 400);
  }
  get("/api/events/999999999", 404);
  get("/api/documents/no-such-document", 404);
  get("/api/nothing", 404);
  get("/nothing.html", 404);

  auto c = server_->client();
  auto del = c.Delete("/api/events");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
  auto post = c.Post("/api/documents", R"({"text": "Ghana and the Netherlands signed a deal."})", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 403) << post->body;
  EXPECT_TRUE(json::parse(post->body).contains("error"));
}

TEST(ServeOptions, BindingBeyondLoopbackNeedsAToken) {
  ServeOptions o;
  EXPECT_EQ(check_options(o), "");
  o.bind = "0.0.0.0";
  EXPECT_NE(check_options(o), "");
  o.token = "secret";
  EXPECT_EQ(check_options(o), "");
  EXPECT_TRUE(is_loopback("127.0.0.1"));
  EXPECT_TRUE(is_loopback("::1"));
  EXPECT_FALSE(is_loopback("::"));
}

TEST(ServeCursor, RoundTripsAndRefusesForgeries) {
  store::EventCursor c;
  c.day = 19000;
  c.id = 42;
  const auto back = decode_cursor(encode_cursor(c));
  EXPECT_EQ(back.day, c.day);
  EXPECT_EQ(back.id, 42);
  c.day.reset();
  EXPECT_FALSE(decode_cursor(encode_cursor(c)).day);
  EXPECT_THROW(decode_cursor("!!"), std::exception);
  EXPECT_THROW(decode_cursor(std::string(100, 'A')), std::exception);
}

TEST(ServePostedDocument, JsonDepthIgnoresBracketsInStrings) {
  EXPECT_EQ(json_depth(R"({"a": "[[[[", "b": [1, {"c": 2}]})"), 3u);
  EXPECT_EQ(json_depth(std::string(100000, '[')), 100000u);
}

// Issue 19: the agreements register over the examples (a Dutch and an
// English report of the Polish-Ukrainian agreement among them).
TEST_F(ServeTest, AgreementsListOneWithItsReportsAndTheirNetwork) {
  const json all = get("/api/agreements");
  ASSERT_GE(all["agreements"].size(), 3u);
  EXPECT_TRUE(all["next"].is_null());
  const json pol = get("/api/agreements?party=pol&with=UKR");
  ASSERT_EQ(pol["agreements"].size(), 2u);
  const json one = get("/api/agreements/" + std::to_string(pol["agreements"][0]["id"].get<int>()));
  EXPECT_EQ(one["reports"].size(), 2u) << "the EN and NL reports are one agreement";
  std::set<std::string> langs;
  for (const json& r : one["reports"]) langs.insert(r["lang"].get<std::string>());
  EXPECT_EQ(langs, (std::set<std::string>{"en", "nl"}));
  EXPECT_EQ(get("/api/agreements?topic=maritime")["agreements"].size(), 1u);
  const json page = get("/api/agreements?limit=1");
  ASSERT_EQ(page["agreements"].size(), 1u);
  const json rest = get("/api/agreements?limit=1000&after=" + page["next"].get<std::string>());
  EXPECT_EQ(rest["agreements"].size() + 1, all["agreements"].size());
  const json net = get("/api/agreements/network");
  EXPECT_GE(net["edges"].size(), 3u);
  get("/api/agreements/999999", 404);
  get("/api/agreements?party=K%25", 400);
  get("/api/agreements?since=2024-13", 400);
  get("/api/agreements?color=red", 400);
}

}  // namespace
}  // namespace dyad::serve::testing
