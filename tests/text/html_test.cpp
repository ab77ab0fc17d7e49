#include "text/html.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace dyad {
namespace {

bool has(const std::string& text, std::string_view needle) { return text.find(needle) != std::string::npos; }

// A story long enough to count as an article rather than a teaser.
constexpr const char* kStory =
    "<p>The Kenyan and the Dutch governments today signed a declaration of intent to counter violent "
    "extremism between the two countries.</p>"
    "<p>The pact signed by Foreign Affairs Cabinet Secretary Amina Mohammed and Dutch Foreign minister "
    "Bert Koenders will concentrate on intelligence sharing and capacity building.</p>";

TEST(Html, KeepsArticleAndDropsPageFurniture) {
  const std::string page = std::string(
      "<!DOCTYPE html><html lang=\"en-GB\"><head><title>Pact signed | News site</title>"
      "<script>var x = '<p>not text</p>';</script><style>p { color: red }</style></head><body>"
      "<header><a href=\"/\">News site</a><p>Tagline of the site</p></header>"
      "<nav><ul><li><a href=\"/a\">World</a></li><li><a href=\"/b\">Politics</a></li></ul></nav>"
      "<div class=\"cookie-banner\"><p>This website uses cookies to improve your experience.</p></div>"
      "<article><header><h1>Kenya and the Netherlands sign pact</h1></header>") +
      kStory +
      "<div class=\"share-buttons\"><p>Share on Facebook</p></div>"
      "<noscript><p>Enable JavaScript</p></noscript></article>"
      "<aside><p>Most read: something else entirely</p></aside>"
      "<footer><p>Copyright 2016 News site</p></footer></body></html>";
  const HtmlArticle a = extract_article(page);
  EXPECT_TRUE(has(a.text, "Kenya and the Netherlands sign pact\n\nThe Kenyan and the Dutch")) << a.text;
  EXPECT_TRUE(has(a.text, "between the two countries.\n\nThe pact signed")) << a.text;
  for (const char* furniture : {"not text", "color", "Tagline", "World", "Politics", "cookies", "Share on",
                                "JavaScript", "Most read", "Copyright"}) {
    EXPECT_FALSE(has(a.text, furniture)) << furniture << " in: " << a.text;
  }
  EXPECT_EQ(a.lang, "en");
  EXPECT_EQ(a.title, "Pact signed | News site");
}

TEST(Html, DropsCommentSectionAndCommentFormBoilerplate) {
  const std::string page = std::string("<html><body><div class=\"post\">") + kStory +
                           "<h3>Leave a Reply <small><a href=\"#\">Cancel reply</a></small></h3>"
                           "<p>Your email address will not be published. Required fields are marked *</p>"
                           "<p>I disagree with this article completely, says a commenter.</p>"
                           "</div></body></html>";
  const HtmlArticle a = extract_article(page);
  EXPECT_TRUE(has(a.text, "intelligence sharing")) << a.text;
  EXPECT_FALSE(has(a.text, "Leave a Reply")) << a.text;
  EXPECT_FALSE(has(a.text, "email address")) << a.text;
  EXPECT_FALSE(has(a.text, "commenter")) << a.text;
}

TEST(Html, DropsFurnitureByClassIdAndRole) {
  const std::string page = std::string("<html><body><main>") + kStory +
                           "<div id=\"comments\"><p>Great article, thanks for writing it up so well.</p></div>"
                           "<div class=\"breadcrumbs\"><span>Home</span> / <span>World</span></div>"
                           "<div class=\"related-articles\"><p>Another story about something.</p></div>"
                           "<div class=\"newsletter-signup\"><p>Get our daily mail in your inbox.</p></div>"
                           "<div role=\"navigation\"><p>Page 1 2 3</p></div>"
                           "<div style=\"display: none\"><p>Hidden promo text</p></div>"
                           "<div class=\"sidebar\"><p>Weather in Nairobi today</p></div>"
                           "<p class=\"byline\">By Example News staff</p>"
                           "</main></body></html>";
  const HtmlArticle a = extract_article(page);
  EXPECT_TRUE(has(a.text, "Bert Koenders")) << a.text;
  for (const char* furniture : {"Great article", "Home", "Another story", "daily mail", "Page 1", "Hidden promo",
                                "Weather", "staff"}) {
    EXPECT_FALSE(has(a.text, furniture)) << furniture << " in: " << a.text;
  }
}

TEST(Html, ClassNamesMatchWholePartsNotSubstrings) {
  // "canvas-wrapper" contains "nav"; "shadow" contains "ad": neither is furniture.
  const std::string page = std::string("<html><body><div class=\"canvas-wrapper shadow\">") + kStory +
                           "</div></body></html>";
  EXPECT_TRUE(has(extract_article(page).text, "Bert Koenders"));
}

TEST(Html, PageWrapperWithFurnitureNameIsKept) {
  // WordPress themes put "has-sidebar" on the wrapper of the whole page.
  const std::string page = std::string("<html><body><div id=\"page\" class=\"site has-sidebar\">") + kStory +
                           "</div></body></html>";
  EXPECT_TRUE(has(extract_article(page).text, "Bert Koenders"));
}

TEST(Html, DensityHeuristicFindsTheStoryWithoutArticleTags) {
  const std::string page =
      std::string(
          "<html><body>"
          "<div class=\"top\"><a href=\"/1\">Home</a> <a href=\"/2\">About us and our mission</a> "
          "<a href=\"/3\">Contact</a></div>"
          "<div class=\"links\"><p><a href=\"/x\">A long list of links to other stories on the site</a></p>"
          "<p><a href=\"/y\">Another long link to yet another story on this site</a></p></div>"
          "<h1>Kenya and the Netherlands sign pact</h1>"
          "<div class=\"story\">") +
      kStory +
      "<p>Mohammed said the two countries have had longstanding and deep relations, and that the pact "
      "builds on them.</p></div>"
      "<div class=\"bottom\"><p>Short</p></div></body></html>";
  const HtmlArticle a = extract_article(page);
  EXPECT_TRUE(a.text.rfind("Kenya and the Netherlands sign pact\n\n", 0) == 0) << a.text;
  EXPECT_TRUE(has(a.text, "longstanding and deep relations")) << a.text;
  EXPECT_FALSE(has(a.text, "long list of links")) << a.text;
  EXPECT_FALSE(has(a.text, "About us")) << a.text;
}

TEST(Html, LinkHeavyBlocksInsideTheArticleAreDropped) {
  const std::string page = std::string("<html><body><article>") + kStory +
                           "<ul><li><a href=\"/a\">Related: Kenya elections 2017</a></li></ul>"
                           "<p>The deal, <a href=\"/k\">reported earlier</a>, was welcomed by both sides.</p>"
                           "</article></body></html>";
  const HtmlArticle a = extract_article(page);
  EXPECT_FALSE(has(a.text, "Kenya elections")) << a.text;
  EXPECT_TRUE(has(a.text, "The deal, reported earlier, was welcomed by both sides.")) << a.text;
}

TEST(Html, BlocksBecomeParagraphsAndInlineElementsKeepSpacing) {
  const HtmlArticle a = extract_article(
      "<body><h2>Head line</h2><p>One <b>bold</b> and <i>it</i>alic<br>Second   line</p>"
      "<ul><li>first item</li><li>second item</li></ul>"
      "<table><tr><td>cell one</td><td>cell two</td></tr></table><blockquote>quoted</blockquote></body>");
  EXPECT_EQ(a.text,
            "Head line\n\nOne bold and italic\n\nSecond line\n\nfirst item\n\nsecond item\n\ncell one\n\n"
            "cell two\n\nquoted");
}

TEST(Html, DecodesEntities) {
  const HtmlArticle a =
      extract_article("<p>Caf&eacute; &amp; Co &ndash; &#8220;quoted&#x201D;&nbsp;text &lt;tag&gt;</p>");
  EXPECT_EQ(a.text, "Caf\u00e9 & Co \u2013 \u201cquoted\u201d\u00a0text <tag>");
}

TEST(Html, MetadataFromMetaTags) {
  const HtmlArticle a = extract_article(
      "<html lang=\"NL\"><head><title>Fallback title</title>"
      "<meta property=\"og:title\" content=\" Akkoord   gesloten \">"
      "<meta property=\"article:published_time\" content=\"2018-11-22T10:00:00+01:00\">"
      "<meta name=\"date\" content=\"2017-01-01\">"
      "<link rel=\"canonical\" href=\"https://example.nl/akkoord\">"
      "<meta property=\"og:url\" content=\"https://example.nl/og\"></head><body><p>Tekst.</p></body></html>");
  EXPECT_EQ(a.title, "Akkoord gesloten");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->iso(), "2018-11-22");
  EXPECT_EQ(a.lang, "nl");
  EXPECT_EQ(a.url, "https://example.nl/akkoord");
}

TEST(Html, MetadataFallbacks) {
  const HtmlArticle a = extract_article(
      "<html><head><meta name=\"DC.date\" content=\"bogus\"><meta property=\"og:url\" content=\"https://e.org/x\">"
      "<meta property=\"og:locale\" content=\"nl_NL\"></head><body><article><h1>Titel</h1>"
      "<time datetime=\"2019-04-03\">3 april</time><p>Tekst.</p></article></body></html>");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->iso(), "2019-04-03");
  EXPECT_EQ(a.url, "https://e.org/x");
  EXPECT_EQ(a.lang, "nl");
  EXPECT_EQ(a.title, "");

  const HtmlArticle b = extract_article("<html lang=\"x\"><body><p>No metadata here.</p></body></html>");
  EXPECT_FALSE(b.date);
  EXPECT_EQ(b.lang, "");
  EXPECT_EQ(b.url, "");
}

TEST(Html, BrokenMarkupYieldsWhatCanBeRecovered) {
  EXPECT_EQ(extract_article("").text, "");
  EXPECT_EQ(extract_article("plain text, no tags").text, "plain text, no tags");
  const HtmlArticle a = extract_article("<html><body><p>Unclosed <b>bold <p>next</div></span><td>cell<");
  EXPECT_TRUE(has(a.text, "Unclosed bold")) << a.text;
  EXPECT_TRUE(has(a.text, "next")) << a.text;
  EXPECT_TRUE(utf8::is_valid(extract_article("<p>bad \xFF\xFE bytes \xC3</p>").text));
  EXPECT_NO_THROW(extract_article("<<<>>><!-- unterminated comment <script>"));
  EXPECT_NO_THROW(extract_article(std::string("<p>\0nul\0</p>", 12)));
}

TEST(Html, DeepNestingDoesNotExhaustTheStack) {
  std::string page;
  for (int i = 0; i < 100000; ++i) page += "<div><span>";
  page += "deep text";
  const HtmlArticle a = extract_article(page);
  EXPECT_TRUE(has(a.text, "deep text"));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// Fuzz finding: gumbo turned an out-of-range character reference in <title>
// into a stray byte; every string taken from the page must be valid UTF-8.
TEST(Html, OutOfRangeCharacterReferenceInTitleStaysValidUtf8) {
  const HtmlArticle a = extract_article(
      "<html><head><title>a&#xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;b</title></head>"
      "<body><p>Kenya and the Netherlands signed a pact.</p></body></html>");
  EXPECT_TRUE(utf8::is_valid(a.title)) << a.title;
  EXPECT_EQ(a.title, "a\uFFFD" "b");
}

}  // namespace
}  // namespace dyad
