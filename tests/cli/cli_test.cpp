// End-to-end tests of the dyad command: what a user sees for good and bad
// input, and that one bad input never stops the others being processed.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

namespace fs = std::filesystem;

struct Result {
  int status = -1;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path write(const std::string& name, const std::string& content) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

  Result dyad(const std::string& args) {
    const fs::path out = dir_ / "stdout.txt", err = dir_ / "stderr.txt";
    const std::string cmd = std::string(DYAD_BINARY) + " " + args + " >" + out.string() + " 2>" + err.string();
    Result r;
    const int raw = std::system(cmd.c_str());
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  static std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

  fs::path dir_;
};

const char* kEnglish =
    "Kenya and the Netherlands signed a declaration of intent on Tuesday. "
    "The two countries agreed to share intelligence.\n";
const char* kDutch =
    "Nederland en Kenia hebben dinsdag een intentieverklaring ondertekend. "
    "De twee landen gaan inlichtingen uitwisselen.\n";

TEST_F(CliTest, VersionAndHelp) {
  EXPECT_EQ(dyad("--version").status, 0);
  const Result help = dyad("segment --help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("--format"), std::string::npos);
  EXPECT_EQ(dyad("no-such-command").status, 2);
}

TEST_F(CliTest, SegmentsEnglishAndDutchToConllu) {
  write("docs/en.txt", kEnglish);
  write("docs/nl.txt", kDutch);
  const Result r = dyad("segment " + (dir_ / "docs").string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("# newdoc id = en"), std::string::npos);
  EXPECT_NE(r.out.find("# newdoc id = nl"), std::string::npos);
  EXPECT_NE(r.out.find("# lang = nl"), std::string::npos);
  EXPECT_NE(r.out.find("# text = The two countries agreed to share intelligence."), std::string::npos);
  EXPECT_NE(r.out.find("TokenRange=0:5"), std::string::npos);  // "Kenya"
}

TEST_F(CliTest, BadInputsAreReportedAndTheRestIsProcessed) {
  write("in/good.txt", kEnglish);
  write("in/binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) + std::string(4096, '\0'));
  write("in/broken-utf8.txt", "Kenya and the Netherlands \xff\xfe signed a declaration of intent on Tuesday.\n");
  write("in/empty.txt", "");
  write("in/german.txt",
        "Die Bundesregierung hat am Dienstag ein neues Abkommen mit Kenia unterzeichnet. Beide Länder wollen "
        "enger zusammenarbeiten und Informationen austauschen.\n");
  write("in/lines.jsonl", std::string("{\"id\": \"a\", \"text\": \"") + "Kenya signed the pact." +
                              "\"}\n{not json\n{\"id\": \"c\", \"text\": \"Nederland tekende het akkoord niet.\", "
                              "\"lang\": \"nl\"}\n");
  const Result r = dyad("segment " + (dir_ / "in").string() + " " + (dir_ / "missing.txt").string());
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.out.find("# newdoc id = good"), std::string::npos);
  EXPECT_NE(r.out.find("# newdoc id = broken-utf8"), std::string::npos);
  EXPECT_NE(r.out.find("# newdoc id = a"), std::string::npos);
  EXPECT_NE(r.out.find("# newdoc id = c"), std::string::npos);
  EXPECT_EQ(r.out.find("# newdoc id = binary"), std::string::npos);
  EXPECT_EQ(r.out.find("# newdoc id = german"), std::string::npos);
  EXPECT_NE(r.err.find("binary"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("lines.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("'de'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("broken-utf8"), std::string::npos) << r.err;
}

TEST_F(CliTest, ReadsStdinAndHonoursLangAndDate) {
  const fs::path in = write("stdin.txt", kDutch);
  const Result r = dyad("segment --format jsonl --lang nl --date 2018-11-22 - < " + in.string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"doc\":\"stdin\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"date\":\"2018-11-22\""), std::string::npos) << r.out;
  EXPECT_EQ(dyad("segment --date yesterday " + in.string()).status, 2);
}

TEST_F(CliTest, HtmlKeepsTheArticleAndDropsTheClutter) {
  const Result r = dyad("segment " + std::string(DYAD_SOURCE_DIR) + "/examples/sahel-summit.html");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("met in Niamey on Wednesday"), std::string::npos);
  EXPECT_EQ(r.out.find("Required fields"), std::string::npos);
  EXPECT_EQ(r.out.find("cookies"), std::string::npos);
  EXPECT_EQ(r.out.find("All rights reserved"), std::string::npos);
}

TEST_F(CliTest, UnknownLanguageOverrideIsReportedPerDocument) {
  const fs::path in = write("x.txt", kEnglish);
  const Result r = dyad("segment --lang xx " + in.string());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("'xx'"), std::string::npos) << r.err;
}

}  // namespace

// The actor layer states every party of an event where the event is: a
// participle or second verb shares its subject with the first ("…,
// accusing X"), and a noun for an earlier act names its doer.
TEST_F(CliTest, ActorsNameTheImpliedPartiesOfEvents) {
  write("in/en.txt",
        "Estonia recalled its envoy from Minsk on Monday, accusing Belarus of harbouring saboteurs. "
        "North Korea fired a ballistic missile over the sea on Sunday. Japan strongly condemned the launch.\n");
  write("in/nl.txt",
        "Polen heeft donderdag zijn ambassadeur in Minsk teruggeroepen en beschuldigde Wit-Rusland van spionage.\n");
  const Result r = dyad("actors --format jsonl " + (dir_ / "in").string());
  ASSERT_EQ(r.status, 0) << r.err;
  auto has = [&](const std::string& text, const std::string& code) {
    const std::string needle = "\"text\":\"" + text + "\"";
    for (std::size_t at = r.out.find(needle); at != std::string::npos; at = r.out.find(needle, at + 1)) {
      const std::size_t b = r.out.rfind('\n', at) + 1, e = r.out.find('\n', at);
      const std::string line = r.out.substr(b, e - b);
      if (line.find("\"kind\":\"implied\"") != std::string::npos &&
          line.find("\"code\":\"" + code + "\"") != std::string::npos && line.find("\"ref\":") != std::string::npos)
        return true;
    }
    return false;
  };
  EXPECT_TRUE(has("accusing", "EST")) << r.out;
  EXPECT_TRUE(has("condemned", "PRK")) << r.out;
  EXPECT_TRUE(has("beschuldigde", "POL")) << r.out;
  EXPECT_FALSE(has("accusing", "BLR")) << r.out;  // the object is named in the clause
  const Result names = dyad("actors --names-only --format jsonl " + (dir_ / "in").string());
  ASSERT_EQ(names.status, 0) << names.err;
  EXPECT_EQ(names.out.find("\"implied\""), std::string::npos);
  EXPECT_NE(names.out.find("\"Wit-Rusland\""), std::string::npos);
}
