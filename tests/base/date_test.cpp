#include "base/date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Date, ParsesIsoDatesAtEachPrecision) {
  EXPECT_EQ(parse_iso_date("2018")->iso(), "2018");
  EXPECT_EQ(parse_iso_date("2018-11")->precision(), DatePrecision::kMonth);
  EXPECT_EQ(parse_iso_date("2018-11-22")->iso(), "2018-11-22");
  EXPECT_EQ(parse_iso_date("2018-11-22T10:00:00Z")->iso(), "2018-11-22");
}

TEST(Date, RejectsImpossibleDates) {
  EXPECT_FALSE(parse_iso_date("2018-13"));
  EXPECT_FALSE(parse_iso_date("2019-02-29"));
  EXPECT_TRUE(parse_iso_date("2020-02-29"));
  EXPECT_FALSE(parse_iso_date("20181"));
  EXPECT_FALSE(parse_iso_date("next week"));
}

}  // namespace
}  // namespace dyad
