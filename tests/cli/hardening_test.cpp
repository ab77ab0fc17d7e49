// Regression tests for issue 15 (hardening): what a hostile or unlucky user
// tried, and the clear error or report that each must now give instead of an
// abort or a silent loss. Each test failed before its fix.
#include <gtest/gtest.h>
#include "../store/cli_runner.h"
#include "store/postgres.h"
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

using dyad::store::testing::Result;
using dyad::store::testing::slurp;

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

class Hardening : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad-harden-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir_, ec);
  }

  fs::path write(const std::string& name, const std::string& content) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

  Result dyad(const std::string& args, const std::string& out_redirect = "", const std::string& env = "") {
    return dyad::store::testing::run_dyad(dir_, args, out_redirect, env);
  }

  static void sql(const fs::path& db, const std::string& statement) {
    sqlite3* h = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(h, statement.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(h);
    ASSERT_EQ(rc, SQLITE_OK) << message;
  }

  // A database of two coded documents.
  fs::path small_db() {
    const fs::path coded = write("coded.jsonl", coded_line("a", 0) + "\n" + coded_line("b", 0) + "\n");
    const fs::path db = dir_ / "x.db";
    const Result r = dyad("ingest --coded " + coded.string() + " --db " + db.string());
    EXPECT_EQ(r.status, 0) << r.err;
    return db;
  }

  // One event line of the output contract; `extra` replaces fields (",\"goldstein\": null").
  static std::string coded_line(const std::string& doc, std::size_t sentence, const std::string& extra = "") {
    std::string line = "{\"doc\":\"" + doc + "\",\"sentence\":" + std::to_string(sentence) +
                       ",\"text\":\"Kenya met Uganda.\",\"span\":[0,17],\"trigger\":{\"text\":\"met\",\"span\":[6,9]},"
                       "\"code\":\"040\",\"root\":\"04\",\"name\":\"Consult\",\"quad\":1,\"goldstein\":1.0,"
                       "\"source\":{\"code\":\"KEN\",\"text\":\"Kenya\",\"span\":[0,5]},"
                       "\"target\":{\"code\":\"UGA\",\"text\":\"Uganda\",\"span\":[10,16]},"
                       "\"symmetric\":false,\"lang\":\"en\",\"confidence\":0.5";
    return line + extra + "}";
  }

  fs::path dir_;
};

// --- crashes ---------------------------------------------------------------

TEST_F(Hardening, DamagedSchemaVersionIsAnErrorNotAnAbort) {
  const fs::path db = small_db();
  for (const char* bad : {"abc", "99999999999999999999999", "-5", "", "5x"}) {
    sql(db, std::string("UPDATE meta SET value = '") + bad + "' WHERE key = 'schema_version'");
    for (const char* command : {"events", "network", "export"}) {
      const Result r = dyad(std::string(command) + " --db " + db.string());
      EXPECT_EQ(r.status, 3) << command << " with version '" << bad << "': " << r.err;
      EXPECT_NE(r.err.find("schema version"), std::string::npos) << r.err;
    }
    const Result ingest = dyad("ingest --db " + db.string() + " --lang en " + write("d.txt", "Hello.").string());
    EXPECT_EQ(ingest.status, 3) << bad << ": " << ingest.err;
    EXPECT_NE(ingest.err.find("schema version"), std::string::npos) << ingest.err;
  }
}

std::int64_t scalar(const fs::path& db, const std::string& query) {
  sqlite3* h = nullptr;
  sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* st = nullptr;
  std::int64_t v = -1;
  if (sqlite3_prepare_v2(h, query.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
    v = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  sqlite3_close(h);
  return v;
}

TEST_F(Hardening, CodedLinesOfWrongTypesOrHugeIndexesAreReportedAndSkipped) {
  // Each bad line used to abort the run (a JSON type error, a sentence index
  // sizing a 10^12-entry vector) or take 3.9 GB (a span 2e9 characters in).
  const std::vector<std::string> bad = {
      coded_line("b", 0, ",\"goldstein\":null"),
      coded_line("c", 0, ",\"quad\":\"1\""),
      coded_line("d", 0, ",\"confidence\":[1]"),
      coded_line("e", 0, ",\"symmetric\":1"),
      coded_line("f", 1099511627776),
      coded_line("g", 0, ",\"span\":[2000000000,2000000005]"),
      coded_line("h", 0, ",\"quad\":1e300"),
      coded_line("i", 0, ",\"goldstein\":1e999"),
      coded_line("j", 0, ",\"source\":{\"code\":\"KEN\",\"span\":[5,1]}"),
      coded_line("k", 0, ",\"sentences\":[0,18446744073709551615]"),
      // Found in the audit: stored with the field dropped.
      coded_line("l", 0, ",\"trigger\":\"met\""),
      coded_line("m", 0, ",\"sentences\":\"0\""),
      coded_line("n", 0, ",\"sentence\":\"0\""),
      coded_line("o", 0, ",\"quad\":0"),  // 0 is what a line without a quad class is stored as
  };
  std::string input = coded_line("a", 0) + "\n";
  for (const std::string& line : bad) input += line + "\n";
  input += coded_line("z", 2) + "\n";
  const fs::path coded = write("coded.jsonl", input);
  const fs::path db = dir_ / "x.db";
  const Result r = dyad("ingest --coded " + coded.string() + " --db " + db.string());
  EXPECT_EQ(r.status, 1) << r.err;
  for (std::size_t line = 2; line < 2 + bad.size(); ++line) {
    EXPECT_NE(r.err.find(coded.string() + ":" + std::to_string(line) + ": error: "), std::string::npos)
        << "line " << line << ": " << r.err;
  }
  EXPECT_EQ(count(r.err, "error:"), bad.size()) << r.err;
  // A sentence index of the wrong type is not "missing".
  EXPECT_NE(r.err.find("field 'sentence' is not a sentence index"), std::string::npos) << r.err;
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM documents WHERE doc_id IN ('a', 'z')"), 2);
  // The same from stdin, named so.
  const Result piped = dyad("ingest --coded - --db " + (dir_ / "y.db").string() + " <" + coded.string());
  EXPECT_EQ(piped.status, 1);
  EXPECT_NE(piped.err.find("<stdin>:2: error: "), std::string::npos) << piped.err;
}

TEST_F(Hardening, CodedLineLongerThanTheDocumentLimitIsSkipped) {
  const std::string big = coded_line("big", 0, ",\"text\":\"" + std::string(5000, 'x') + "\"");
  const fs::path coded = write("coded.jsonl", coded_line("a", 0) + "\n" + big + "\n" + coded_line("z", 0) + "\n");
  const fs::path db = dir_ / "x.db";
  const Result r = dyad("ingest --max-doc-bytes 4k --coded " + coded.string() + " --db " + db.string());
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find(coded.string() + ":2: error: line longer than 4096 bytes"), std::string::npos) << r.err;
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM documents"), 2);
}

TEST_F(Hardening, ModelPathThatIsADirectoryIsAnError) {
  // DYAD_MODELS pointing at a folder with en.dyadmodel/ in it used to abort
  // (a directory opens as a stream of "size" 2^63).
  fs::create_directories(dir_ / "models" / "en.dyadmodel");
  const fs::path doc = write("doc.txt", "Kenya and Uganda signed a trade agreement on Tuesday.\n");
  const Result r = dyad("code --lang en " + doc.string(), "", "DYAD_MODELS=" + (dir_ / "models").string());
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("is a directory"), std::string::npos) << r.err;
}

TEST_F(Hardening, EmptyDocumentLooksForNoModel) {
  const fs::path empty = write("docs/empty.txt", "  \n");
  write("docs/kenya.txt", "Kenya and Uganda signed a trade agreement on Tuesday.\n");
  for (const std::string command : {std::string("code"), "ingest --db " + (dir_ / "x.db").string()}) {
    const Result r = dyad(std::string(command) + " " + (dir_ / "docs").string());
    EXPECT_EQ(r.status, 0) << command << ": " << r.err;
    EXPECT_EQ(r.err.find(".dyadmodel"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("is empty"), std::string::npos) << r.err;
  }
}

TEST_F(Hardening, FailedWritesOnStdoutAreErrors) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const fs::path db = small_db();
  const std::string examples = std::string(DYAD_SOURCE_DIR) + "/examples";
  for (const std::string& command :
       {"code " + examples, "segment " + examples, "events --db " + db.string(), "export --db " + db.string(),
        "network --db " + db.string(), "actor-counts --db " + db.string()}) {
    const Result r = dyad(command, ">/dev/full");
    EXPECT_EQ(r.status, 3) << command << ": " << r.err;
    EXPECT_NE(r.err.find("cannot write output"), std::string::npos) << command << ": " << r.err;
  }
}

TEST_F(Hardening, FailedWritesOfEveryCommandAreErrorsWithTheirCause) {
  // The evaluation reports (printf) and --help exited 0 on a full disk; the
  // store queries blamed "Bad file descriptor", the errno SQLite left after
  // the write had failed.
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const fs::path db = small_db();
  const std::string gold = std::string(DYAD_SOURCE_DIR) + "/fuzz/corpus/fuzz_conllu/two_sentences.conllu";
  for (const std::string& command :
       {"eval-segment --lang en " + gold, "eval-ud --lang en " + gold, std::string("--help"), std::string("--version"),
        std::string("events --help"), "events --db " + db.string(), "export --db " + db.string(),
        "network --db " + db.string(), "timeline --actor KEN --db " + db.string()}) {
    const Result r = dyad(command, ">/dev/full");
    EXPECT_EQ(r.status, 3) << command << ": " << r.err;
    EXPECT_NE(r.err.find("cannot write output: No space left on device"), std::string::npos)
        << command << ": " << r.err;
  }
}

// A long document of paragraphs, about `bytes` long, every paragraph with an event.
std::string long_document(std::size_t bytes) {
  const char* paragraphs[] = {
      "Kenya and Uganda signed a trade agreement on Tuesday. The two countries agreed to share intelligence.",
      "Police in Nairobi arrested twelve protesters after clashes near parliament.",
      "The European Union condemned the attack and called for restraint.",
  };
  std::string text;
  for (std::size_t i = 0; text.size() < bytes; ++i) text += std::string(paragraphs[i % 3]) + "\n\n";
  return text;
}

TEST_F(Hardening, DocumentsOverMaxDocBytesAreReportedAndTheRestCoded) {
  write("docs/a.txt", "Kenya and Uganda signed a trade agreement on Tuesday.\n");
  write("docs/b.txt", long_document(5000));
  write("docs/c.txt", "Uganda and Kenya signed a trade agreement on Monday.\n");
  const Result r = dyad("code --lang en --max-doc-bytes 4k " + (dir_ / "docs").string());
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("larger than the maximum document size of 4096 bytes"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"doc\":\"a\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"doc\":\"c\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"doc\":\"b\""), std::string::npos);
  const Result bad = dyad("code --max-doc-bytes 0 " + (dir_ / "docs").string());
  EXPECT_EQ(bad.status, 2) << bad.err;
}

TEST_F(Hardening, LargeDocumentIsCodedInPartsWithDocumentSentenceIndexes) {
  // Parts of 16 KiB here (1 MiB in use): events come from every part, with
  // sentence indexes and offsets of the whole document.
  const std::string text = long_document(100'000);
  const fs::path doc = write("big.txt", text);
  const Result r = dyad("code --lang en --coding-part-bytes 16k " + doc.string());
  ASSERT_EQ(r.status, 0) << r.err;
  std::size_t max_sentence = 0, events = 0;
  for (std::size_t at = r.out.find("\"sentence\":"); at != std::string::npos;
       at = r.out.find("\"sentence\":", at + 1)) {
    max_sentence = std::max<std::size_t>(max_sentence, std::stoul(r.out.substr(at + 11)));
    ++events;
  }
  // Deduplicated within a part only: each part reports its events again.
  EXPECT_GE(events, 2u * 6);  // two distinct events in each of about 7 parts
  // 4 sentences every 3 paragraphs of ~240 bytes: the last part's events are past 90 kB.
  EXPECT_GT(max_sentence, 90'000u / 240 * 4);
  for (std::size_t at = r.out.find("\"span\":["); at != std::string::npos; at = r.out.find("\"span\":[", at + 1)) {
    const std::size_t begin = std::stoul(r.out.substr(at + 8));
    const std::size_t comma = r.out.find(',', at);
    const std::size_t end = std::stoul(r.out.substr(comma + 1));
    ASSERT_LE(begin, end);
    ASSERT_LE(end, text.size());
  }
  // Stored the same way: sentences numbered through, events and mentions
  // pointing at them.
  const fs::path db = dir_ / "x.db";
  const Result ingest = dyad("ingest --lang en --coding-part-bytes 16k --db " + db.string() + " " + doc.string());
  ASSERT_EQ(ingest.status, 0) << ingest.err;
  // Coded in one part, the same document gives fewer events (one part
  // deduplicates them all) but the same sentences.
  const Result whole = dyad("code --lang en " + doc.string());
  EXPECT_LT(count(whole.out, "\"sentence\":"), events);
  const std::int64_t sentences = scalar(db, "SELECT count(*) FROM sentences");
  EXPECT_GT(sentences, static_cast<std::int64_t>(max_sentence));
  EXPECT_EQ(scalar(db, "SELECT max(idx) + 1 FROM sentences"), sentences);
  EXPECT_EQ(scalar(db, "SELECT count(*) FROM events"), static_cast<std::int64_t>(events));
  EXPECT_EQ(scalar(db, "SELECT max(sentence) FROM events"), static_cast<std::int64_t>(max_sentence));
  EXPECT_LT(scalar(db, "SELECT max(sentence) FROM mentions"), sentences);
}

TEST_F(Hardening, DocumentOverItsTimeBudgetIsReportedAndTheRestCoded) {
  write("docs/a.txt", long_document(800'000));
  write("docs/b.txt", "Uganda and Kenya signed a trade agreement on Monday.\n");
  const Result r = dyad("code --lang en --max-doc-seconds 0.15 " + (dir_ / "docs").string());
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("document 'a': not coded within 0.15 s"), std::string::npos) << r.err;
  const Result ingest =
      dyad("ingest --lang en --max-doc-seconds 0.15 --db " + (dir_ / "x.db").string() + " " + (dir_ / "docs").string());
  EXPECT_EQ(ingest.status, 1) << ingest.err;
  EXPECT_EQ(scalar(dir_ / "x.db", "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(dyad("code --max-doc-seconds -1 " + (dir_ / "docs").string()).status, 2);
}

// --- silent loss ------------------------------------------------------------

TEST_F(Hardening, JsonlOnStdinWithAMalformedLineStaysJsonl) {
  // One bad line in the first 8 KiB used to make the whole stream one
  // plain-text document, without a word.
  std::string input;
  for (int i = 0; i < 5; ++i) {
    input += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Kenya and Uganda signed a trade agreement.\",\"lang\":\"en\"}\n";
    if (i == 2) input += "{\"id\":\"broken\",\"text\": \n";
  }
  const fs::path file = write("stream", input);
  const Result r = dyad("segment -f jsonl - <" + file.string());
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("<stdin>:4: error"), std::string::npos) << r.err;
  for (int i = 0; i < 5; ++i) EXPECT_NE(r.out.find("\"d" + std::to_string(i) + "\""), std::string::npos) << i;
  // A stream whose lines are mostly not JSON is text, and a warning says so.
  const fs::path text = write("notes", "{not json}\nKenya and Uganda signed a trade agreement.\n");
  const Result t = dyad("segment --lang en - <" + text.string());
  EXPECT_EQ(t.status, 0) << t.err;
  EXPECT_NE(t.err.find("starts like JSONL"), std::string::npos) << t.err;
}

TEST_F(Hardening, JsonlOnStdinWhoseFirstLineIsMalformedStaysJsonl) {
  // A first line cut short (a truncated upload, a log rotated mid-line)
  // made the whole stream one plain-text document, its good lines too.
  std::string input = "{\"id\":\"broken\",\"text\": \n";
  for (int i = 0; i < 4; ++i) {
    input += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Kenya and Uganda signed a trade agreement.\",\"lang\":\"en\"}\n";
  }
  const fs::path file = write("stream", input);
  const Result r = dyad("segment -f jsonl - <" + file.string());
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("<stdin>:1: error"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("starts like JSONL"), std::string::npos) << r.err;
  for (int i = 0; i < 4; ++i) EXPECT_NE(r.out.find("\"doc\":\"d" + std::to_string(i) + "\""), std::string::npos) << r.out;
}

TEST_F(Hardening, BrokenLinksAndFifosInADirectoryAreReported) {
  write("docs/a.txt", "Kenya and Uganda signed a trade agreement.\n");
  fs::create_symlink(dir_ / "nowhere.txt", dir_ / "docs" / "broken.txt");
  ASSERT_EQ(::mkfifo((dir_ / "docs" / "pipe.txt").c_str(), 0600), 0);
  fs::create_directories(dir_ / "elsewhere");
  fs::create_directory_symlink(dir_ / "elsewhere", dir_ / "docs" / "linked");
  const Result r = dyad("segment --lang en " + (dir_ / "docs").string());
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("broken.txt: error: broken symbolic link"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("pipe.txt: error: named pipe"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("linked: warning: symbolic link to a directory"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("# newdoc id = a"), std::string::npos) << r.out;
}

TEST_F(Hardening, NulBytesAfterTheHeadAreReplacedWithAWarning) {
  std::string text(9000, ' ');
  text.replace(0, 43, "Kenya and Uganda signed a trade agreement.\n");
  text += std::string("Kenya met\0Uganda.\n", 18);
  const fs::path doc = write("nul.txt", text);
  const Result r = dyad("segment --lang en -f jsonl " + doc.string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("1 NUL byte(s) replaced"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("\\u0000"), std::string::npos) << r.out;
}

TEST_F(Hardening, PageLanguageThatTheTextContradictsIsReported) {
  // <html lang="en"> on a Dutch story: coded as English without a word before.
  const fs::path page = write(
      "page.html",
      "<html lang=\"en\"><head><title>Kabinet</title></head><body><article><p>Nederland en Kenia hebben dinsdag "
      "een intentieverklaring ondertekend. De twee landen gaan inlichtingen uitwisselen over terrorisme en "
      "georganiseerde misdaad, zo maakte het ministerie van Buitenlandse Zaken bekend.</p></article></body></html>");
  const Result r = dyad("segment " + page.string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("is marked 'en' but its text reads as 'nl'"), std::string::npos) << r.err;
}

TEST_F(Hardening, LexiconCodesMissingFromTheCameoTableFailAtLoad) {
  // A rule whose code the table lacks coded events that were then dropped
  // without a word.
  const fs::path data = dir_ / "data";
  fs::copy(std::string(DYAD_SOURCE_DIR) + "/data", data, fs::copy_options::recursive);
  const fs::path rules = data / "lang" / "en" / "events" / "03_cooperation.txt";
  const std::size_t line = count(slurp(rules), "\n") + 1;
  std::ofstream(rules, std::ios::app) << "verb pledge -> 999 sym\n";
  const fs::path doc = write("doc.txt", "Kenya and Uganda signed a trade agreement on Tuesday.\n");
  const Result r = dyad("code --lang en " + doc.string(), "",
                        "DYAD_DATA=" + data.string() + " DYAD_MODELS=" + DYAD_SOURCE_DIR + "/models");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find(rules.string() + ":" + std::to_string(line) + ": CAMEO code '999' is not in the CAMEO table"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(Hardening, CameoTableRowsOutOfRangeFailAtLoad) {
  // Quad 9, a NaN or junk Goldstein weight and a root that is not the
  // code's were taken as they came.
  const fs::path data = dir_ / "data";
  fs::copy(std::string(DYAD_SOURCE_DIR) + "/data", data, fs::copy_options::recursive);
  const fs::path table = data / "cameo" / "event_codes.tsv";
  const std::string original = slurp(table);
  const std::string row = "011\t01\t1\t-0.1\t";
  const std::size_t at = original.find("\n" + row);
  ASSERT_NE(at, std::string::npos);
  const std::size_t line = count(original.substr(0, at + 1), "\n") + 1;
  const fs::path doc = write("doc.txt", "Kenya and Uganda signed a trade agreement on Tuesday.\n");
  for (const std::string bad : {"011\t01\t9\t-0.1\t", "011\t01\t0\t-0.1\t", "011\t01\t1\tnan\t",
                                "011\t01\t1\tinf\t", "011\t01\t1\t-0.1junk\t", "011\t01\t1\t11\t",
                                "011\t02\t1\t-0.1\t"}) {
    std::string changed = original;
    changed.replace(at + 1, row.size(), bad);
    std::ofstream(table, std::ios::binary | std::ios::trunc) << changed;
    const Result r = dyad("code --lang en " + doc.string(), "", "DYAD_DATA=" + data.string());
    EXPECT_EQ(r.status, 3) << bad << ": " << r.err;
    EXPECT_NE(r.err.find(table.string() + ":" + std::to_string(line) + ": "), std::string::npos) << bad << ": " << r.err;
  }
}

// --- smaller ----------------------------------------------------------------

TEST_F(Hardening, NumericAndDateOptionsAreValidated) {
  const fs::path db = small_db();
  const fs::path doc = write("d.txt", "Kenya and Uganda signed a trade agreement.\n");
  for (const std::string& args :
       {"events --db " + db.string() + " --limit 18446744073709551615", "events --db " + db.string() + " --limit -1",
        "events --db " + db.string() + " --since '2020-01-01 junk'", "events --db " + db.string() + " --until 2020x",
        "code --date '2020-01-01 junk' " + doc.string(), "ingest --batch 0 --db " + (dir_ / "y.db").string() + " " + doc.string(),
        "code --max-doc-bytes 0 " + doc.string(), "code --max-doc-seconds nan " + doc.string(),
        "ingest --max-doc-seconds -nan --db " + (dir_ / "y.db").string() + " " + doc.string()}) {
    const Result r = dyad(args);
    EXPECT_EQ(r.status, 2) << args << ": " << r.err;
    EXPECT_EQ(r.err.find("datatype mismatch"), std::string::npos) << r.err;
  }
  EXPECT_EQ(dyad("events --db " + db.string() + " --limit 9223372036854775807").status, 0);
}

TEST_F(Hardening, PostgresPasswordsAreNeverShown) {
  using dyad::store::redact_uri;
  EXPECT_EQ(redact_uri("postgresql://u:pw@h:5432/db"), "postgresql://u:***@h:5432/db");
  EXPECT_EQ(redact_uri("postgresql://u@h/db?password=pw&sslmode=require"),
            "postgresql://u@h/db?password=***&sslmode=require");
  EXPECT_EQ(redact_uri("postgres://u:p@ss/w@h/db?sslpassword=k"), "postgres://u:***@h/db?sslpassword=***");
  EXPECT_EQ(redact_uri("postgresql://h:5432/db"), "postgresql://h:5432/db");
  EXPECT_EQ(dyad::store::redact_secrets("bad \"postgresql://u:top%20secret@h\"", "postgresql://u:top%20secret@h"),
            "bad \"postgresql://u:***@h\"");
  // Found by fuzz_pg_uri: passwords of '*'s, repeated, used to grow the
  // message exponentially (each "***" put in was searched again).
  std::string stars = "postgresql://u:**@h/db?x=1";
  for (int i = 0; i < 40; ++i) stars += "&password=**";
  const std::string redacted = dyad::store::redact_secrets("at " + stars, stars);
  EXPECT_LT(redacted.size(), 2 * stars.size());
  // Through the command line: an unreachable server, a malformed URI that
  // libpq echoes whole, a password as a parameter.
  for (const std::string uri : {"postgresql://u:Hunter2pw@127.0.0.1:1/db?password=Other9pw",
                                "postgresql://u:Hunter2 pw@127.0.0.1:1/db",
                                "postgresql://u@127.0.0.1:1/db?connect_timeout=2&password=Other9pw"}) {
    for (const std::string command : {"events", "network", "ingest --coded /dev/null"}) {
      const Result r = dyad(command + " --db '" + uri + "'");
      EXPECT_EQ(r.status, 3) << uri;
      EXPECT_EQ(r.err.find("Hunter2"), std::string::npos) << r.err;
      EXPECT_EQ(r.err.find("Other9"), std::string::npos) << r.err;
      EXPECT_NE(r.err.find("***"), std::string::npos) << r.err;
    }
  }
}

TEST_F(Hardening, PostgresKeyValueConnectionStrings) {
  // libpq's key=value form used to be taken for a file name: "no such
  // database" and the whole string, password and all, in the message.
  using dyad::store::is_postgres;
  EXPECT_TRUE(is_postgres("host=localhost dbname=x password=secret"));
  EXPECT_TRUE(is_postgres("  dbname = x"));
  EXPECT_TRUE(is_postgres("hostt=h password=secret"));  // a typo: libpq names the bad keyword
  EXPECT_TRUE(is_postgres("postgresql://h/db"));
  for (const char* file : {"dyad.db", "out/x.db", "x=1.db", "runs/date=2020/x.db", "my data.db", "a=b c=d"}) {
    EXPECT_FALSE(is_postgres(file)) << file;
  }
  using dyad::store::redact_uri;
  EXPECT_EQ(redact_uri("host=h dbname=x password=secret"), "host=h dbname=x password=***");
  EXPECT_EQ(redact_uri("password = 'a b\\'c' user=u sslpassword=k2"), "password = *** user=u sslpassword=***");
  EXPECT_EQ(redact_uri("host='h'password=pw"), "host='h'password=***");
  EXPECT_EQ(redact_uri("dbname=x password='unterminated"), "dbname=x password=***");
  EXPECT_EQ(redact_uri("out/x.db"), "out/x.db");
  // libpq's reading of a value (unquoted, unescaped) is hidden as well.
  EXPECT_EQ(dyad::store::redact_secrets("bad a b'c!", "host=h password='a b\\'c'"), "bad ***!");
  // Found by fuzz_pg_uri: one secret ("rd='") ending inside another's
  // start used to hide only itself and leave the other whole.
  const std::string both = "dbname=x password='Pw7 x\\'y' password=rd='";
  EXPECT_EQ(dyad::store::redact_secrets("at " + both, both), "at dbname=x passwo*** password=***");
  // Through the command line: recognised ones reach libpq (a closed port),
  // and a string libpq would refuse, taken for a file, shows no password.
  for (const std::string conninfo : {"host=127.0.0.1 port=1 dbname=x password=Hunter2pw connect_timeout=2",
                                     "host=127.0.0.1 port=1 password='Hunter2 pw' dbname=x",
                                     "hostt=127.0.0.1 password=Hunter2pw"}) {
    for (const std::string command : {"events", "network", "ingest --coded /dev/null"}) {
      const Result r = dyad(command + " --db \"" + conninfo + "\"");
      EXPECT_EQ(r.status, 3) << conninfo << ": " << r.err;
      EXPECT_NE(r.err.find("PostgreSQL"), std::string::npos) << r.err;
      EXPECT_EQ(r.err.find("no such database"), std::string::npos) << r.err;
      EXPECT_EQ(r.err.find("Hunter2"), std::string::npos) << r.err;
      EXPECT_NE(r.err.find("***"), std::string::npos) << r.err;
    }
  }
  const Result r = dyad("events --db \"localhost password=Hunter2pw\"");
  EXPECT_NE(r.status, 0);
  EXPECT_EQ(r.err.find("Hunter2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("localhost password=***"), std::string::npos) << r.err;
}

TEST_F(Hardening, QueriesByAnotherUserLeaveNoFilesBehind) {
  // A query by someone other than the owner used to create -wal and -shm
  // files of its own, which then kept the owner's ingest from the database.
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to give the database another owner";
  const fs::path db = small_db();
  ASSERT_FALSE(fs::exists(db.string() + "-wal"));
  ASSERT_EQ(::chown(db.c_str(), 4242, 4242), 0);
  const Result r = dyad("events --format jsonl --db " + db.string());
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(count(r.out, "\"code\":\"040\""), 2u) << r.out;
  EXPECT_FALSE(fs::exists(db.string() + "-wal"));
  EXPECT_FALSE(fs::exists(db.string() + "-shm"));
  // The owner (here root again) opens it as before, side files and all.
  ASSERT_EQ(::chown(db.c_str(), 0, 0), 0);
  EXPECT_EQ(dyad("events --db " + db.string()).status, 0);
}

TEST_F(Hardening, QueriesInADirectoryTheUserCannotWrite) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: directory permissions do not apply";
  fs::create_directories(dir_ / "ro");
  const fs::path db = dir_ / "ro" / "x.db";
  fs::copy_file(small_db(), db);
  fs::permissions(dir_ / "ro", fs::perms::owner_read | fs::perms::owner_exec);
  const Result r = dyad("events --db " + db.string());
  fs::permissions(dir_ / "ro", fs::perms::owner_all);
  EXPECT_EQ(r.status, 0) << r.err;
}

}  // namespace
