// `dyad import petrarch` writes PETRARCH's dictionaries as a dyad data
// directory; coding with that directory (DYAD_DATA) must give the same
// events on the validation records as loading the PETRARCH files directly.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

namespace {

namespace fs = std::filesystem;
const fs::path kPetrarch = fs::path(DYAD_SHARED_DIR) / "petrarch";

int run(const std::string& command, std::string& out) {
  out.clear();
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return -1;
  std::array<char, 65536> buffer{};
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(PetrarchRoundTrip, ImportedDataCodesAsTheDictionaries) {
  const fs::path records = kPetrarch / "validation/PETR2_GSR_validation.xml";
  if (!fs::exists(records)) GTEST_SKIP() << "no " << records;
  const fs::path d = kPetrarch / "dictionaries";
  const fs::path out = fs::temp_directory_path() / ("dyad-petrarch-import-" + std::to_string(::getpid()));
  fs::remove_all(out);
  const std::string bin = DYAD_BINARY;
  const std::string dicts = " --petrarch-verbs " + (d / "CAMEO.2.0.txt").string() + " --petrarch-actors " +
                            (d / "Phoenix.Countries.actors.txt").string() + "," +
                            (d / "Phoenix.International.actors.txt").string() + "," +
                            (d / "Phoenix.MilNonState.actors.txt").string() + " --petrarch-agents " +
                            (d / "Phoenix.agents.txt").string() + " --petrarch-discards " +
                            (d / "Phoenix.discards.txt").string() + " --petrarch-issues " +
                            (d / "Phoenix.IssueCoding.txt").string();
  std::string direct, imported, ignored;
  // Exit 1: the Phoenix files have malformed lines (reported, skipped).
  ASSERT_LE(run(bin + " validate -f jsonl " + records.string() + dicts + " 2>/dev/null", direct), 1);
  ASSERT_LE(run(bin + " import petrarch --out " + out.string() + dicts + " 2>/dev/null", ignored), 1);
  ASSERT_TRUE(fs::exists(out / "lang/en/events/95_petrarch.txt"));
  ASSERT_LE(run("DYAD_DATA=" + out.string() + " DYAD_MODELS=" + (fs::path(DYAD_SOURCE_DIR) / "models").string() + " " + bin + " validate --dyad-data-only -f jsonl " + records.string() +
                    " 2>/dev/null",
                imported),
            1);
  EXPECT_GT(direct.size(), 1000u);
  EXPECT_EQ(direct, imported);
  fs::remove_all(out);
}

}  // namespace

namespace {

// `dyad code` with a PETRARCH actor file: its names code as its codes, and
// the input after a comma-separated list is an input, not another file.
TEST(PetrarchCode, ActorFileNamesCodeAsItsCodes) {
  const fs::path actors = kPetrarch / "dictionaries/PETR.Validate.actors.txt";
  if (!fs::exists(actors)) GTEST_SKIP() << "no " << actors;
  const fs::path text = fs::temp_directory_path() / ("dyad-petrarch-code-" + std::to_string(::getpid()) + ".txt");
  std::FILE* f = std::fopen(text.c_str(), "w");
  ASSERT_TRUE(f);
  std::fputs("Arnor attacked Gondor on Tuesday.\n", f);
  std::fclose(f);
  std::string out;
  const int rc = run(std::string(DYAD_BINARY) + " code --lang en --petrarch-actors " + actors.string() + "," +
                         actors.string() + " " + text.string() + " 2>/dev/null",
                     out);
  fs::remove(text);
  EXPECT_LE(rc, 1);
  EXPECT_NE(out.find("\"code\":\"ARN\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"code\":\"GON\""), std::string::npos) << out;
}

}  // namespace
