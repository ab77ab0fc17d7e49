// dyad code/ingest -j N (issue 18): the same input gives the same stdout,
// stderr, exit status and store for any number of workers, bad documents
// included; and inputs sharded over separate processes give the events of
// one process.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../store/cli_runner.h"
#include "../store/store_fixture.h"

namespace {

namespace fs = std::filesystem;
using dyad::store::testing::Result;
using dyad::store::testing::run_dyad;
using dyad::store::testing::slurp;

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

std::vector<std::string> sorted_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

// StoreTest for its temporary directory a test.
class ParallelTest : public dyad::store::testing::StoreTest {
 protected:
  fs::path write(const std::string& name, const std::string& content) {
    const fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  Result dyad(const std::string& args) { return run_dyad(dir_, args); }

  // The project's example and seed texts as JSONL news documents, each
  // twice under distinct ids, and the wire examples as they are: a few
  // dozen documents in English and Dutch.
  std::string corpus() {
    std::vector<fs::path> texts;
    for (const fs::path& dir : {fs::path(DYAD_SOURCE_DIR) / "examples", fs::path(DYAD_SHARED_DIR) / "seeds"}) {
      if (!fs::is_directory(dir)) continue;
      for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".txt") texts.push_back(e.path());
    }
    std::sort(texts.begin(), texts.end());
    std::string jsonl;
    for (int copy = 0; copy < 2; ++copy) {
      for (const fs::path& p : texts) {
        jsonl += "{\"id\": " + json_string(p.stem().string() + "-" + std::to_string(copy)) +
                 ", \"date\": \"2024-03-0" + std::to_string(copy + 1) + "\", \"text\": " + json_string(slurp(p)) +
                 "}\n";
      }
      jsonl += slurp(fs::path(DYAD_SOURCE_DIR) / "examples" / "wire.jsonl");
    }
    return jsonl;
  }

};

TEST_F(ParallelTest, CodeOutputIsTheSameForAnyNumberOfJobs) {
  const fs::path input = write("docs.jsonl", corpus());
  const std::string examples = (fs::path(DYAD_SOURCE_DIR) / "examples").string();
  for (const std::string& args : {"code " + input.string() + " " + examples, "code --format tsv " + input.string(),
                                  "code --format agreements " + examples}) {
    const Result one = dyad(args + " -j 1");
    EXPECT_EQ(one.status, 0) << one.err;
    EXPECT_NE(one.out, "");
    for (const char* jobs : {" -j 2", " --jobs 3"}) {
      const Result many = dyad(args + jobs);
      EXPECT_EQ(many.status, one.status) << args << jobs;
      EXPECT_EQ(many.out, one.out) << args << jobs;
      EXPECT_EQ(many.err, one.err) << args << jobs;
    }
  }
  // Read from stdin, as under Spark's rdd.pipe, with its small parts cut
  // many times, and with the parses on stderr.
  for (const std::string args : {"code --coding-part-bytes 200 -i jsonl -", "code --show-parses -i jsonl -"}) {
    const Result one = dyad(args + " -j 1 <" + input.string());
    const Result two = dyad(args + " -j 2 <" + input.string());
    EXPECT_EQ(one.status, 0) << one.err;
    EXPECT_EQ(two.status, one.status) << args;
    EXPECT_EQ(two.out, one.out) << args;
    EXPECT_EQ(two.err, one.err) << args;
  }
}

TEST_F(ParallelTest, BadDocumentsAreReportedInInputOrderForAnyNumberOfJobs) {
  const std::string good = corpus();
  std::string jsonl;
  std::istringstream lines(good);
  int n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    jsonl += line + "\n";
    if (n == 1) jsonl += "{\"id\": \"broken\", \"text\": \"no closing brace\"\n";
    if (n == 3) jsonl += "{\"id\": \"huge\", \"lang\": \"en\", \"text\": \"" + std::string(9000, 'a') + "\"}\n";
    if (n == 4) jsonl += "{\"id\": \"empty\", \"lang\": \"en\", \"text\": \"   \"}\n";
    if (n == 5) jsonl += "{\"id\": \"unknown\", \"text\": \"12345 67890 +++ ### 42\"}\n";
    if (n == 6) jsonl += "{\"id\": \"klingon\", \"lang\": \"tlh\", \"text\": \"Qapla' batlh Daqawlu'taH.\"}\n";
  }
  jsonl += "not json at all\n";
  const fs::path input = write("mixed.jsonl", jsonl);
  const Result one = dyad("code --max-doc-bytes 8k -j 1 " + input.string());
  EXPECT_EQ(one.status, 1) << one.err;
  EXPECT_NE(one.err.find("mixed.jsonl:3:"), std::string::npos) << one.err;  // the broken line
  EXPECT_NE(one.err.find("mixed.jsonl:6:"), std::string::npos) << one.err;  // the huge one
  EXPECT_NE(one.err.find("'empty' is empty"), std::string::npos) << one.err;
  EXPECT_NE(one.err.find("'unknown'"), std::string::npos) << one.err;
  EXPECT_NE(one.err.find("'klingon'"), std::string::npos) << one.err;
  EXPECT_NE(one.out.find("wire-001"), std::string::npos);
  for (const char* jobs : {" -j 2", " -j 3"}) {
    const Result many = dyad("code --max-doc-bytes 8k " + input.string() + jobs);
    EXPECT_EQ(many.status, one.status) << jobs;
    EXPECT_EQ(many.out, one.out) << jobs;
    EXPECT_EQ(many.err, one.err) << jobs;
  }
  // The same as separate good documents: nothing else is lost.
  const Result alone = dyad("code -j 2 " + write("good.jsonl", good).string());
  EXPECT_EQ(alone.out, one.out);
}

TEST_F(ParallelTest, IngestStoresTheSameForAnyNumberOfJobs) {
  const fs::path input = write("docs.jsonl", corpus());
  const std::string examples = (fs::path(DYAD_SOURCE_DIR) / "examples").string();
  std::vector<std::string> outputs;
  for (const char* jobs : {"1", "2"}) {
    const std::string db = (dir_ / (std::string("j") + jobs + ".db")).string();
    // Small batches: several transactions, and some end while workers code.
    const Result r = dyad("ingest --batch 3 -j " + std::string(jobs) + " --db " + db + " " + input.string() + " " + examples);
    EXPECT_EQ(r.status, 0) << r.err;
    // Again: nothing changes (idempotence).
    EXPECT_EQ(dyad("ingest -j " + std::string(jobs) + " --db " + db + " " + input.string()).status, 0);
    std::string all;
    for (const char* report : {"events -f jsonl", "events --clusters -f jsonl", "export", "actor-counts -f tsv"}) {
      const Result q = dyad(std::string(report) + " --db " + db);
      EXPECT_EQ(q.status, 0) << report << q.err;
      all += q.out;
    }
    EXPECT_NE(all.find("wire-001"), std::string::npos);
    outputs.push_back(all);
  }
  EXPECT_EQ(outputs[0], outputs[1]);
}

TEST_F(ParallelTest, ShardsCodedInSeparateProcessesGiveTheEventsOfOne) {
  const std::string jsonl = corpus();
  std::string shards[3];
  std::istringstream lines(jsonl);
  int n = 0;
  for (std::string line; std::getline(lines, line); ++n) shards[n % 3] += line + "\n";
  for (int i = 0; i < 3; ++i) write("shard" + std::to_string(i) + ".jsonl", shards[i]);
  const fs::path input = write("all.jsonl", jsonl);
  const Result single = dyad("code -j 1 " + input.string());
  ASSERT_EQ(single.status, 0) << single.err;
  // Three processes at once, each reading its shard on stdin as Hadoop
  // Streaming or GNU parallel --pipe would feed it. (-i jsonl: sniffing
  // takes a stream whose first lines hold an "html" field for HTML.)
  const std::string xargs = "cd " + dir_.string() +
                            " && ls shard*.jsonl | xargs -P 3 -I{} sh -c '\"$0\" code -j 1 -i jsonl - <{} >{}.out' " +
                            DYAD_BINARY;
  ASSERT_EQ(std::system(xargs.c_str()), 0);
  std::string sharded;
  for (int i = 0; i < 3; ++i) sharded += slurp(dir_ / ("shard" + std::to_string(i) + ".jsonl.out"));
  EXPECT_FALSE(single.out.empty());
  const auto got = sorted_lines(sharded), want = sorted_lines(single.out);
  EXPECT_EQ(got.size(), want.size());
  EXPECT_TRUE(got == want);
}

}  // namespace
