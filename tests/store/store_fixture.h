// A temporary database per test and builders for stored documents/events.
#pragma once
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "store/record.h"
#include "store/store.h"
#include "store/writer.h"

namespace dyad::store::testing {

namespace fs = std::filesystem;

inline StoredActor actor(const std::string& code, const std::string& country = "") {
  StoredActor a;
  a.code = code;
  a.country = country.empty() ? code.substr(0, 3) : country;
  a.text = code;
  return a;
}

inline StoredEvent event(const std::string& source, const std::string& code, const std::string& target,
                         const std::string& date, bool symmetric = false, const std::string& lang = "en") {
  StoredEvent e;
  e.sentence = 0;
  e.text = source + " " + code + " " + target;
  e.span = {0, e.text.size()};
  e.trigger = "did";
  e.code = code;
  e.root = code.substr(0, 2);
  e.name = "event " + code;
  e.quad = code < "06" ? 1 : code < "09" ? 2 : code < "15" ? 3 : 4;
  e.goldstein = code < "09" ? 5.0 : -5.0;
  e.source = actor(source);
  if (!target.empty()) e.target = actor(target);
  e.symmetric = symmetric;
  if (!date.empty()) e.date = parse_iso_date(date);
  e.lang = lang;
  e.confidence = 0.9;
  return e;
}

inline StoredDocument document(const std::string& id, const std::string& text, const std::string& lang = "en") {
  StoredDocument d;
  d.id = id;
  d.text = text;
  d.lang = lang;
  d.sentences = {{0, text.size()}};
  return d;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad-store-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = dir_ / "test.db";
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> open(OpenMode mode = OpenMode::kReadWrite) {
    std::string error;
    OpenOptions o;
    o.mode = mode;
    auto s = Store::open(path_, o, &error);
    EXPECT_TRUE(s) << error;
    return s;
  }

  IngestResult put(Store& s, const StoredDocument& d) {
    Writer w(s);
    w.begin();
    const IngestResult r = w.put(d);
    w.commit();
    return r;
  }

  fs::path dir_, path_;
};

}  // namespace dyad::store::testing
