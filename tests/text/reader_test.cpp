#include "text/reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

#include "base/utf8.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = fs::temp_directory_path() / ("dyad-reader-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  std::string write(const std::string& name, std::string_view content) {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    return path.string();
  }

  ReadStats read(const std::vector<std::string>& paths, ReadOptions options = {}) {
    docs_.clear();
    diags_.clear();
    return read_inputs(
        paths, options, [&](Document&& d) { docs_.push_back(std::move(d)); },
        [&](const Diagnostic& d) { diags_.push_back(d); });
  }

  // The diagnostics of one severity, as "where: message" lines.
  std::string diagnostics(Severity severity) const {
    std::string out;
    for (const Diagnostic& d : diags_) {
      if (d.severity == severity) out += d.where + ": " + d.message + "\n";
    }
    return out;
  }

  fs::path dir_;
  std::vector<Document> docs_;
  std::vector<Diagnostic> diags_;
};

TEST_F(ReaderTest, TextFileBecomesOneDocumentNamedAfterTheFile) {
  const std::string path = write("kenya-pact.txt", "\xEF\xBB\xBFKenya and the Netherlands signed a pact.\n");
  const ReadStats stats = read({path});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(stats.documents, 1u);
  EXPECT_EQ(stats.failed, 0u);
  EXPECT_EQ(docs_[0].id, "kenya-pact");
  EXPECT_EQ(docs_[0].origin, path);
  EXPECT_EQ(docs_[0].text, "Kenya and the Netherlands signed a pact.\n");  // BOM gone
  EXPECT_EQ(docs_[0].lang, "");  // detection is the front end's job
  EXPECT_FALSE(docs_[0].date);
  EXPECT_TRUE(diags_.empty());
}

TEST_F(ReaderTest, InvalidUtf8IsRepairedWithAWarning) {
  const std::string path = write("broken.txt", "caf\xE9 and \xFF\xFE more");
  const ReadStats stats = read({path});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].text, "caf\uFFFD and \uFFFD\uFFFD more");
  EXPECT_TRUE(utf8::is_valid(docs_[0].text));
  EXPECT_EQ(stats.failed, 0u);
  const std::string warnings = diagnostics(Severity::kWarning);
  EXPECT_NE(warnings.find(path + ": 3 invalid UTF-8 byte(s) replaced"), std::string::npos) << warnings;
}

TEST_F(ReaderTest, BinaryFilesAreSkippedAndReadingContinues) {
  const std::string nul = write("a.txt", std::string("text\0with\0nul", 13));
  const std::string png = write("b.dat", "\x89PNG\r\n\x1A\n rest of image");
  const std::string pdf = write("c.txt", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
  std::string controls;
  for (int i = 0; i < 1000; ++i) controls += static_cast<char>(1 + i % 8);
  const std::string ctl = write("d.txt", controls);
  const std::string good = write("e.txt", "Fine text.");
  const ReadStats stats = read({nul, png, pdf, ctl, good});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "e");
  EXPECT_EQ(stats.failed, 4u);
  const std::string errors = diagnostics(Severity::kError);
  for (const std::string& p : {nul, png, pdf, ctl}) {
    EXPECT_NE(errors.find(p + ": binary file, skipped"), std::string::npos) << errors;
  }
}

TEST_F(ReaderTest, EmptyFileGivesOneEmptyDocument) {
  const ReadStats stats = read({write("empty.txt", "")});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "empty");
  EXPECT_EQ(docs_[0].text, "");
  EXPECT_EQ(stats.failed, 0u);
}

TEST_F(ReaderTest, EmptyJsonlFileGivesNoDocumentsAndAWarning) {
  const std::string path = write("empty.jsonl", "\n\n");
  const ReadStats stats = read({path});
  EXPECT_TRUE(docs_.empty());
  EXPECT_EQ(stats.failed, 0u);
  EXPECT_NE(diagnostics(Severity::kWarning).find(path + ": no documents"), std::string::npos);
}

// Speed is for bench/, not tests: this checks a 50 MB line arrives whole and repaired.
TEST_F(ReaderTest, FiftyMegabyteSingleLineDocumentIsReadWhole) {
  const std::string word = "Kenya signed a pact with the Netherlands ";
  std::string big;
  big.reserve(50u << 20);
  while (big.size() + word.size() <= (50u << 20)) big += word;
  big += "\xFF";  // one bad byte at the very end still gets repaired
  const std::string path = write("big.txt", big);
  const std::size_t size = big.size();
  big.clear();
  big.shrink_to_fit();
  read({path});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].text.size(), size + 2);  // the bad byte became a 3-byte U+FFFD
  EXPECT_TRUE(docs_[0].text.ends_with("Netherlands \uFFFD"));
}

TEST_F(ReaderTest, TooLargeFilesAndLinesAreSkipped) {
  ReadOptions options;
  options.max_document_bytes = 100;
  const std::string big = write("big.txt", std::string(101, 'x'));
  const std::string small = write("small.txt", std::string(100, 'y'));
  const std::string jsonl =
      write("lines.jsonl", "{\"text\":\"" + std::string(200, 'z') + "\"}\n{\"id\":\"ok\",\"text\":\"short\"}\n");
  const ReadStats stats = read({big, small, jsonl}, options);
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "small");
  EXPECT_EQ(docs_[1].id, "ok");
  EXPECT_EQ(stats.failed, 2u);
  const std::string errors = diagnostics(Severity::kError);
  EXPECT_NE(errors.find(big + ": larger than the maximum document size"), std::string::npos) << errors;
  EXPECT_NE(errors.find(jsonl + ":1: line longer than the maximum"), std::string::npos) << errors;
}

TEST_F(ReaderTest, BrokenHtmlFileYieldsItsText) {
  const std::string path = write("page.html",
                                 "<html lang='nl'><head><title>Akkoord</title><body><nav>Menu</nav>"
                                 "<p>Het kabinet <b>heeft een akkoord<p>gesloten</div></td><");
  const ReadStats stats = read({path});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "page");
  EXPECT_EQ(docs_[0].text, "Het kabinet heeft een akkoord\n\ngesloten<");  // a lone "<" is text
  EXPECT_EQ(docs_[0].title, "Akkoord");
  EXPECT_EQ(docs_[0].lang, "nl");
  EXPECT_EQ(stats.failed, 0u);
}

TEST_F(ReaderTest, MalformedJsonlLineIsReportedWithItsLineNumber) {
  const std::string path = write("feed.jsonl",
                                 "{\"id\":\"a\",\"text\":\"First.\",\"lang\":\"en\",\"date\":\"2016-11-22\"}\n"
                                 "{\"id\":\"b\",\"text\": broken\n"
                                 "\n"
                                 "{\"text\":\"No id.\"}\r\n"
                                 "[1,2]\n"
                                 "{\"id\":\"e\",\"text\":\"Last, no newline.\",\"date\":\"nonsense\"}");
  const ReadStats stats = read({path});
  ASSERT_EQ(docs_.size(), 3u);
  EXPECT_EQ(docs_[0].id, "a");
  EXPECT_EQ(docs_[0].origin, path + ":1");
  EXPECT_EQ(docs_[0].lang, "en");
  EXPECT_EQ(docs_[0].date->iso(), "2016-11-22");
  EXPECT_EQ(docs_[1].id, "feed:4");
  EXPECT_EQ(docs_[1].text, "No id.");
  EXPECT_EQ(docs_[2].id, "e");
  EXPECT_FALSE(docs_[2].date);
  EXPECT_EQ(stats.documents, 3u);
  EXPECT_EQ(stats.failed, 1u);  // one input, however many bad lines
  const std::string errors = diagnostics(Severity::kError);
  EXPECT_NE(errors.find(path + ":2: invalid JSON"), std::string::npos) << errors;
  EXPECT_NE(errors.find(path + ":5: expected a JSON object"), std::string::npos) << errors;
  EXPECT_NE(diagnostics(Severity::kWarning).find(path + ":6: invalid \"date\""), std::string::npos);
}

TEST_F(ReaderTest, JsonlInvalidUtf8IsRepairedWithAWarning) {
  const std::string path = write("bad.ndjson", "{\"id\":\"x\",\"text\":\"caf\xE9\"}\n");
  read({path});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].text, "caf\uFFFD");
  EXPECT_NE(diagnostics(Severity::kWarning).find(path + ":1: 1 invalid UTF-8"), std::string::npos);
}

TEST_F(ReaderTest, MissingAndUnreadablePathsAreErrorsAndReadingContinues) {
  const std::string missing = (dir_ / "nope.txt").string();
  const fs::path dangling = dir_ / "dangling.txt";
  fs::create_symlink(dir_ / "gone", dangling);
  const std::string good = write("good.txt", "ok");
  const ReadStats stats = read({missing, dangling.string(), good});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(stats.failed, 2u);
  const std::string errors = diagnostics(Severity::kError);
  EXPECT_NE(errors.find(missing + ": cannot read"), std::string::npos) << errors;
  EXPECT_NE(errors.find(dangling.string() + ": cannot read"), std::string::npos) << errors;
}

TEST_F(ReaderTest, UnreadableFileIsAnError) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: file permissions do not stop reading";
  const std::string path = write("secret.txt", "x");
  fs::permissions(path, fs::perms::none);
  const ReadStats stats = read({path});
  EXPECT_TRUE(docs_.empty());
  EXPECT_EQ(stats.failed, 1u);
  EXPECT_NE(diagnostics(Severity::kError).find(path + ": cannot open"), std::string::npos);
}

TEST_F(ReaderTest, DirectoriesAreWalkedRecursivelyInSortedOrderSkippingHiddenFiles) {
  write("corpus/b.txt", "b");
  write("corpus/a/z.txt", "z");
  write("corpus/a/c.html", "<p>c</p>");
  write("corpus/c.jsonl", "{\"id\":\"j1\",\"text\":\"j\"}\n");
  write("corpus/.hidden.txt", "hidden");
  write("corpus/.git/config.txt", "hidden too");
  const ReadStats stats = read({(dir_ / "corpus").string()});
  std::vector<std::string> ids;
  for (const Document& d : docs_) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"c", "z", "b", "j1"}));
  EXPECT_EQ(stats.documents, 4u);
  EXPECT_EQ(stats.failed, 0u);
  EXPECT_EQ(docs_[0].text, "c");
}

TEST_F(ReaderTest, FormatBySniffingWhenTheExtensionSaysNothing) {
  const std::string html = write("page", "  <!DOCTYPE html><html><body><p>From HTML.</p></body></html>");
  const std::string jsonl = write("feed", "{\"id\":\"s1\",\"text\":\"one\"}\n{\"id\":\"s2\",\"text\":\"two\"}\n");
  const std::string text = write("notes.md", "{curly} but not JSON\nsecond line");
  read({html, jsonl, text});
  ASSERT_EQ(docs_.size(), 4u);
  EXPECT_EQ(docs_[0].text, "From HTML.");
  EXPECT_EQ(docs_[1].id, "s1");
  EXPECT_EQ(docs_[2].id, "s2");
  EXPECT_EQ(docs_[3].text, "{curly} but not JSON\nsecond line");
}

TEST_F(ReaderTest, FormatOptionOverridesTheExtension) {
  const std::string path = write("markup.txt", "<p>Tagged</p>");
  ReadOptions options;
  options.format = InputFormat::kHtml;
  read({path}, options);
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].text, "Tagged");
  options.format = InputFormat::kText;
  read({path}, options);
  EXPECT_EQ(docs_[0].text, "<p>Tagged</p>");
}

TEST_F(ReaderTest, LanguageAndDateOverridesApplyToEveryDocument) {
  const std::string jsonl = write("f.jsonl", "{\"text\":\"x\",\"lang\":\"en\",\"date\":\"2016\"}\n");
  const std::string text = write("t.txt", "y");
  ReadOptions options;
  options.lang = "nl";
  options.date = PartialDate{2019, 4, 3};
  read({jsonl, text}, options);
  ASSERT_EQ(docs_.size(), 2u);
  for (const Document& d : docs_) {
    EXPECT_EQ(d.lang, "nl");
    EXPECT_EQ(d.date->iso(), "2019-04-03");
  }
}

TEST_F(ReaderTest, StandardInput) {
  const std::string path = write("stdin-content", "Read from standard input.");
  ASSERT_NE(std::freopen(path.c_str(), "rb", stdin), nullptr);
  read({"-"});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "stdin");
  EXPECT_EQ(docs_[0].text, "Read from standard input.");
}

TEST(InputFormat, ParsesNames) {
  EXPECT_EQ(parse_input_format("auto"), InputFormat::kAuto);
  EXPECT_EQ(parse_input_format("text"), InputFormat::kText);
  EXPECT_EQ(parse_input_format("html"), InputFormat::kHtml);
  EXPECT_EQ(parse_input_format("jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(parse_input_format("pdf"), std::nullopt);
}

TEST(ReaderSeeds, ReadsTheSharedSeedDirectory) {
  const fs::path seeds = fs::path(DYAD_SHARED_DIR) / "seeds";
  if (!fs::is_directory(seeds)) GTEST_SKIP() << "shared seed documents not found at " << seeds;
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  read_inputs({seeds.string()}, {}, [&](Document&& d) { docs.push_back(std::move(d)); },
              [&](const Diagnostic& d) { diags.push_back(d); });
  // Five text seeds plus the two metadata JSONL files' lines.
  std::size_t texts = 0;
  for (const Document& d : docs) {
    EXPECT_TRUE(utf8::is_valid(d.text));
    if (d.origin.ends_with(".txt")) ++texts;
  }
  EXPECT_EQ(texts, 5u);
}

}  // namespace
}  // namespace dyad
