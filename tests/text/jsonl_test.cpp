#include "text/jsonl.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace dyad {
namespace {

Document parsed(std::string_view line, std::vector<std::string>* warnings = nullptr) {
  auto result = parse_jsonl_line(line, "file:7", warnings);
  if (auto* e = std::get_if<JsonlError>(&result)) {
    ADD_FAILURE() << "unexpected error: " << e->message;
    return {};
  }
  return std::get<Document>(std::move(result));
}

std::string error_of(std::string_view line) {
  auto result = parse_jsonl_line(line, "file:7");
  if (auto* e = std::get_if<JsonlError>(&result)) return e->message;
  return "no error";
}

TEST(Jsonl, ReadsAllFields) {
  const Document d = parsed(
      R"({"id":"ke-nl-1","text":"Kenya and the Netherlands signed a pact.","date":"2016-11-22","url":"https://x.org/a","title":"Pact","lang":"en"})");
  EXPECT_EQ(d.id, "ke-nl-1");
  EXPECT_EQ(d.text, "Kenya and the Netherlands signed a pact.");
  ASSERT_TRUE(d.date);
  EXPECT_EQ(d.date->iso(), "2016-11-22");
  EXPECT_EQ(d.url, "https://x.org/a");
  EXPECT_EQ(d.title, "Pact");
  EXPECT_EQ(d.lang, "en");
}

TEST(Jsonl, NumericIdAndFallbackId) {
  EXPECT_EQ(parsed(R"({"id":42,"text":"x"})").id, "42");
  EXPECT_EQ(parsed(R"({"text":"x"})").id, "file:7");
  EXPECT_EQ(parsed(R"({"id":null,"text":"x"})").id, "file:7");
  EXPECT_EQ(parsed(R"({"id":"","text":"x"})").id, "file:7");
}

TEST(Jsonl, PartialDatesAndLanguageTags) {
  EXPECT_EQ(parsed(R"({"text":"x","date":"2018-11"})").date->iso(), "2018-11");
  EXPECT_EQ(parsed(R"({"text":"x","date":"2018-11-22T10:00:00Z"})").date->iso(), "2018-11-22");
  EXPECT_EQ(parsed(R"({"text":"x","lang":"nl-NL"})").lang, "nl");
}

TEST(Jsonl, InvalidDateKeepsTheDocumentAndWarns) {
  std::vector<std::string> warnings;
  const Document d = parsed(R"({"id":"a","text":"Text survives.","date":"22/11/2018"})", &warnings);
  EXPECT_EQ(d.text, "Text survives.");
  EXPECT_FALSE(d.date);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("22/11/2018"), std::string::npos) << warnings[0];

  warnings.clear();
  EXPECT_FALSE(parsed(R"({"text":"x","date":2018})", &warnings).date);
  EXPECT_EQ(warnings.size(), 1u);
  EXPECT_FALSE(parsed(R"({"text":"x","date":"2018-02-30"})").date);
}

TEST(Jsonl, HtmlIsExtractedWithItsMetadataUnlessTheLineGivesIt) {
  const std::string html =
      R"(<html lang=\"nl\"><head><title>Paginatitel</title><meta property=\"article:published_time\" content=\"2019-04-03\"></head>)"
      R"(<body><nav>Menu</nav><p>Het kabinet heeft een akkoord gesloten.</p></body></html>)";
  const Document from_page = parsed(R"({"id":"h","html":")" + html + R"("})");
  EXPECT_EQ(from_page.text, "Het kabinet heeft een akkoord gesloten.");
  EXPECT_EQ(from_page.title, "Paginatitel");
  EXPECT_EQ(from_page.lang, "nl");
  EXPECT_EQ(from_page.date->iso(), "2019-04-03");

  const Document overridden =
      parsed(R"({"id":"h","html":")" + html + R"(","title":"Eigen titel","lang":"en","date":"2019-05"})");
  EXPECT_EQ(overridden.title, "Eigen titel");
  EXPECT_EQ(overridden.lang, "en");
  EXPECT_EQ(overridden.date->iso(), "2019-05");
}

TEST(Jsonl, TextWinsOverHtml) {
  EXPECT_EQ(parsed(R"({"text":"plain","html":"<p>markup</p>"})").text, "plain");
}

TEST(Jsonl, InvalidUtf8IsRepairedNotRejected) {
  std::vector<std::string> warnings;
  const Document d = parsed("{\"id\":\"u\",\"text\":\"caf\xE9 \xFF ok\"}", &warnings);
  EXPECT_TRUE(utf8::is_valid(d.text));
  EXPECT_EQ(d.text, "caf\uFFFD \uFFFD ok");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("2 invalid UTF-8"), std::string::npos) << warnings[0];
}

TEST(Jsonl, EscapedUnicodeIsDecoded) {
  EXPECT_EQ(parsed(R"({"text":"Caf\u00e9 \ud83d\ude00"})").text, "Caf\u00e9 \U0001F600");
}

TEST(Jsonl, ErrorsAreClear) {
  EXPECT_NE(error_of("not json").find("invalid JSON"), std::string::npos);
  EXPECT_EQ(error_of("not json").find("[json.exception"), std::string::npos);
  EXPECT_NE(error_of(R"({"text":"unterminated)").find("invalid JSON"), std::string::npos);
  EXPECT_NE(error_of("[1,2,3]").find("expected a JSON object, got array"), std::string::npos);
  EXPECT_NE(error_of(R"("just a string")").find("got string"), std::string::npos);
  EXPECT_NE(error_of(R"({"id":"x"})").find("neither a \"text\" nor an \"html\""), std::string::npos);
  EXPECT_NE(error_of(R"({"text":5})").find("\"text\" must be a string"), std::string::npos);
  EXPECT_NE(error_of(R"({"id":[1],"text":"x"})").find("\"id\" must be a string or a number"), std::string::npos);
  EXPECT_NE(error_of("").find("invalid JSON"), std::string::npos);
  EXPECT_NE(error_of(R"({"text":"a"} trailing)").find("invalid JSON"), std::string::npos);
}

TEST(Jsonl, DeeplyNestedJsonDoesNotCrash) {
  const std::string deep = R"({"text":"x","extra":)" + std::string(100000, '[') + std::string(100000, ']') + "}";
  EXPECT_EQ(parsed(deep).text, "x");
}

}  // namespace
}  // namespace dyad
