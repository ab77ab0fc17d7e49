#include "actors/registry.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dyad {
namespace {

namespace fs = std::filesystem;

const fs::path kData = fs::path(DYAD_SOURCE_DIR) / "data";

// A minimal registry on disk that each test breaks in one place.
class TinyRegistry : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_actors_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_ / "actors");
    fs::create_directories(dir_ / "lang" / "xx" / "actors");
    write("actors/countries.tsv", "# alpha3\talpha2\tname\nKEN\tKE\tKenya\nNLD\tNL\tNetherlands\n");
    write("actors/organisations.tsv", "UN\tIGOUNO\t-\tIGO\tigo\n");
    write("actors/persons.tsv", "KOENDERS\tBert Koenders\tNLD\tGOV\t-\t2014-10-17\t2017-10-26\tminister\n");
    write("lang/xx/actors/country-names.tsv", "Kenya\tKEN\nNetherlands\tNLD\n");
    write("lang/xx/actors/countries-extra.tsv", "Kenyan\tKEN\tadj\n");
    write("lang/xx/actors/places.tsv", "Mombasa\tKEN\tcity\n");
    write("lang/xx/actors/organisations.tsv", "UN\tUN\n");
    write("lang/xx/actors/roles.tsv", "minister\tGOV\ttitle\n");
    write("lang/xx/actors/words.tsv", "of\tof\t-\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write(const std::string& rel, const std::string& text) { std::ofstream(dir_ / rel) << text; }

  std::unique_ptr<Registry> load(std::string* error, std::vector<std::string>* warnings = nullptr) {
    return Registry::load(dir_, "xx", error, warnings);
  }

  fs::path dir_;
};

TEST_F(TinyRegistry, LoadsValidData) {
  std::string error;
  std::vector<std::string> warnings;
  auto r = load(&error, &warnings);
  ASSERT_TRUE(r) << error;
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(r->stats().countries, 2u);
  EXPECT_EQ(r->stats().persons, 1u);
}

TEST_F(TinyRegistry, WrongFieldCountNamesFileAndLine) {
  write("lang/xx/actors/places.tsv", "# comment\nMombasa\tKEN\tcity\nKristiansand\tNOR\n");
  std::string error;
  EXPECT_FALSE(load(&error));
  EXPECT_NE(error.find("places.tsv:3:"), std::string::npos) << error;
  EXPECT_NE(error.find("fields"), std::string::npos) << error;
}

TEST_F(TinyRegistry, UnknownCountryNamesFileAndLine) {
  write("lang/xx/actors/places.tsv", "Mombasa\tKEN\tcity\nKristiansand\tNOR\tcity\n");
  std::string error;
  EXPECT_FALSE(load(&error));
  EXPECT_NE(error.find("places.tsv:2: unknown country 'NOR'"), std::string::npos) << error;
}

TEST_F(TinyRegistry, EmptyFieldAndBadValuesAreErrors) {
  std::string error;
  write("lang/xx/actors/roles.tsv", "minister\t\ttitle\n");
  EXPECT_FALSE(load(&error));
  EXPECT_NE(error.find("roles.tsv:1:"), std::string::npos) << error;
  write("lang/xx/actors/roles.tsv", "minister\tGOV\tboss\n");
  EXPECT_FALSE(load(&error));
  EXPECT_NE(error.find("roles.tsv:1: unknown role type"), std::string::npos) << error;
  write("lang/xx/actors/roles.tsv", "minister\tGOV\ttitle\n");
  write("actors/persons.tsv", "X\tX Y\tNLD\tGOV\t-\t2014-13-01\t-\tminister\n");
  EXPECT_FALSE(load(&error));
  EXPECT_NE(error.find("persons.tsv:1: dates"), std::string::npos) << error;
}

TEST_F(TinyRegistry, MissingFileIsAnError) {
  fs::remove(dir_ / "lang/xx/actors/words.tsv");
  std::string error;
  EXPECT_FALSE(load(&error));
  EXPECT_NE(error.find("words.tsv"), std::string::npos) << error;
}

TEST_F(TinyRegistry, DuplicatesAndConflictsAreReported) {
  write("lang/xx/actors/places.tsv", "Mombasa\tKEN\tcity\nmombasa\tKEN\tcity\nMombasa\tNLD\tcity\n");
  std::string error;
  std::vector<std::string> warnings;
  ASSERT_TRUE(load(&error, &warnings)) << error;
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("places.tsv:2: duplicate entry 'mombasa'"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find("places.tsv:1"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[1].find("places.tsv:3: 'Mombasa' -> NLD conflicts with KEN"), std::string::npos) << warnings[1];
}

TEST_F(TinyRegistry, CapitalisedAcronymIsNotADuplicateOfTheWord) {
  write("lang/xx/actors/organisations.tsv", "UN\tUN\nUn\tUN\n");
  std::string error;
  std::vector<std::string> warnings;
  ASSERT_TRUE(load(&error, &warnings)) << error;
  EXPECT_TRUE(warnings.empty());
}

TEST(Registry, ShippedDataLoadsCleanly) {
  for (const std::string lang : {"en", "nl"}) {
    std::string error;
    std::vector<std::string> warnings;
    auto r = Registry::load(kData, lang, &error, &warnings);
    ASSERT_TRUE(r) << error;
    for (const auto& w : warnings) ADD_FAILURE() << w;
    EXPECT_GT(r->stats().countries, 240u);
    EXPECT_GT(r->stats().surfaces, 800u);
  }
}

TEST(Registry, PersonRoleFollowsTheDate) {
  std::string error;
  auto r = Registry::load(kData, "en", &error);
  ASSERT_TRUE(r) << error;
  const auto* ids = r->persons_by_surname("rutte");
  ASSERT_TRUE(ids);
  const Person& rutte = r->person(ids->front());
  PartialDate d2018{2018, 11, 0}, d2025{2025, 1, 0};
  EXPECT_EQ(rutte.role_at(&d2018).country, "NLD");
  EXPECT_EQ(rutte.role_at(&d2025).org, "NATO");
  // Undated: current news, the role still held; a title the text gives
  // ("premier Rutte", GOV) picks among the roles of its kind.
  EXPECT_EQ(rutte.role_at(nullptr).org, "NATO");
  EXPECT_EQ(rutte.role_at(nullptr, "GOV").country, "NLD");
  EXPECT_EQ(rutte.role_at(&d2025, "GOV").country, "NLD");
  EXPECT_EQ(rutte.role_at(&d2018, "IGO").org, "NATO");
  // No role in force: the latest begun by then ("former prime minister"),
  // not the first listed.
  const auto* johnson = r->persons_by_surname("johnson");
  ASSERT_TRUE(johnson);
  for (std::uint32_t id : *johnson) {
    const Person& p = r->person(id);
    if (p.name != "Boris Johnson") continue;
    PartialDate d2018{2018, 9, 0}, d2024{2024, 3, 0};
    EXPECT_EQ(p.role_at(&d2018).role, "foreign secretary");
    EXPECT_EQ(p.role_at(&d2024).role, "prime minister");
  }
}

}  // namespace
}  // namespace dyad
