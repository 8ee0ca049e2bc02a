// Tests of govplan/lunar.hpp: the Vietnamese lunar calendar computed at UTC+7, its traps against
// the Chinese calendar, the historical reckoning, and the full-range round trip.
#include <doctest/doctest.h>

#include <set>
#include <sstream>
#include <string>

#include "govplan/error.hpp"
#include "govplan/lunar.hpp"
#include "support.hpp"

using govplan::Date;
using govplan::LunarDate;
using govplan::LunarReckoning;

namespace {

Date iso(const std::string& text) {
  return Date(std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)),
              std::stoi(text.substr(8, 2)));
}

}  // namespace

TEST_CASE("the new moon of February 1977 is computed as Meeus' worked example 49.a gives it") {
  // Meeus, Astronomical Algorithms, example 49.a: k = -283, JDE = 2443192.65118.
  CHECK(govplan::astro::new_moon_jde(-283) == doctest::Approx(2443192.65118).epsilon(1e-11));
}

TEST_CASE("the sun's apparent longitude on 1992-10-13 matches Meeus' worked example 25.a") {
  // Meeus example 25.a: 1992 October 13.0 TD (JDE 2448908.5), apparent longitude 199.90895°
  // (low-accuracy solution, which is within 0.01° of the full theory's 199.907347°).
  CHECK(govplan::astro::sun_apparent_longitude(2448908.5) == doctest::Approx(199.90895).epsilon(2e-7));
}

TEST_CASE("delta T follows the Espenak–Meeus polynomials around 2000 and 1900") {
  CHECK(govplan::astro::delta_t_seconds(2000.0) == doctest::Approx(63.86));
  CHECK(govplan::astro::delta_t_seconds(1900.0) == doctest::Approx(-2.79));
  CHECK(govplan::astro::delta_t_seconds(2020.0) > 60.0);
}

TEST_CASE("Tết, Giỗ Tổ, the last day of the year and the leap month agree with the 1990–2050 table") {
  int rows = 0;
  for (const std::string& line :
       test_support::lines_of(test_support::data_file("calendar/tet-1990-2050.txt"))) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream in(line);
    int year = 0, last_length = 0, leap = 0;
    std::string tet, hung_kings;
    in >> year >> tet >> last_length >> hung_kings >> leap;
    REQUIRE_FALSE(in.fail());
    CAPTURE(year);
    const govplan::LunarYear ly = govplan::lunar_year(year);
    CHECK(ly.new_year == iso(tet));
    CHECK(LunarDate(year, 1, 1).to_date() == iso(tet));
    CHECK(LunarDate(year, 3, 10).to_date() == iso(hung_kings));
    CHECK(ly.leap_month == leap);
    CHECK(ly.month_count == (leap == 0 ? 12 : 13));
    const govplan::LunarYear previous = govplan::lunar_year(year - 1);
    CHECK(previous.last_day == iso(tet).add_days(-1));
    CHECK(LunarDate::from_date(previous.last_day).day() == last_length);
    CHECK(LunarDate::from_date(previous.last_day).month() == 12);
    ++rows;
  }
  CHECK(rows == 61);
}

TEST_CASE("the days named in official holiday notices have the lunar dates the notices give") {
  // Đắk Lắk 2020 notice: 23/01/2020 = 29 Chạp Kỷ Hợi.
  CHECK(LunarDate::from_date(Date(2020, 1, 23)) == LunarDate(2019, 12, 29));
  // 2022: 29/01 = 27 Chạp, 31/01 = 29 Chạp (the last day of the year).
  CHECK(LunarDate::from_date(Date(2022, 1, 29)) == LunarDate(2021, 12, 27));
  CHECK(govplan::lunar_year(2021).last_day == Date(2022, 1, 31));
  // 2024: 08/02 = 29 Chạp Quý Mão, 14/02 = mùng 5 Giáp Thìn.
  CHECK(LunarDate::from_date(Date(2024, 2, 8)) == LunarDate(2023, 12, 29));
  CHECK(LunarDate::from_date(Date(2024, 2, 14)) == LunarDate(2024, 1, 5));
  // 2026 (Thông báo 9441/TB-BNV): 14/02 = 27 Chạp Ất Tỵ, 16/02 = 29 Chạp (last), 22/02 = mùng 6.
  CHECK(LunarDate::from_date(Date(2026, 2, 14)) == LunarDate(2025, 12, 27));
  CHECK(govplan::lunar_year(2025).last_day == Date(2026, 2, 16));
  CHECK(LunarDate::from_date(Date(2026, 2, 22)) == LunarDate(2026, 1, 6));
}

TEST_CASE("solar to lunar conversion gives the published vectors, leap months included") {
  struct Row {
    Date solar;
    int year, month, day;
    bool leap;
  };
  const Row rows[] = {
      {Date(2024, 1, 1), 2023, 11, 20, false}, {Date(2024, 12, 31), 2024, 12, 1, false},
      {Date(2023, 3, 22), 2023, 2, 1, true},   {Date(2023, 4, 20), 2023, 3, 1, false},
      {Date(2025, 7, 25), 2025, 6, 1, true},   {Date(2025, 8, 23), 2025, 7, 1, false},
      {Date(2025, 1, 28), 2024, 12, 29, false}, {Date(2026, 11, 24), 2026, 10, 16, false},
  };
  for (const Row& r : rows) {
    CAPTURE(r.solar);
    const LunarDate l = LunarDate::from_date(r.solar);
    CHECK(l.year() == r.year);
    CHECK(l.month() == r.month);
    CHECK(l.day() == r.day);
    CHECK(l.leap() == r.leap);
    CHECK(LunarDate(r.year, r.month, r.day, r.leap).to_date() == r.solar);
  }
}

TEST_CASE("Tết differs from the Chinese calendar exactly in the known years of 1900–2100") {
  std::set<int> differing;
  for (int y = 1900; y <= 2100; ++y) {
    if (govplan::lunar_year(y).new_year != govplan::lunar_year(y, LunarReckoning::china).new_year) {
      differing.insert(y);
    }
  }
  CHECK(differing == std::set<int>{1903, 1916, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053});
  // 1985 is a whole month apart; 2007 and 2030 one day.
  CHECK(govplan::lunar_year(1985).new_year == Date(1985, 1, 21));
  CHECK(govplan::lunar_year(1985, LunarReckoning::china).new_year == Date(1985, 2, 20));
  CHECK(govplan::lunar_year(2007).new_year == Date(2007, 2, 17));
  CHECK(govplan::lunar_year(2007, LunarReckoning::china).new_year == Date(2007, 2, 18));
  CHECK(govplan::lunar_year(2030).new_year == Date(2030, 2, 2));
  CHECK(govplan::lunar_year(2030, LunarReckoning::china).new_year == Date(2030, 2, 3));
}

TEST_CASE("Giỗ Tổ differs from China's 10/3 exactly in the known years, and 2050 and 2083 fall right") {
  std::set<int> differing;
  for (int y = 1900; y <= 2100; ++y) {
    if (LunarDate(y, 3, 10).to_date() !=
        LunarDate(y, 3, 10, false, LunarReckoning::china).to_date()) {
      differing.insert(y);
    }
  }
  CHECK(differing ==
        std::set<int>{1916, 1917, 1939, 1975, 2009, 2037, 2038, 2085, 2086, 2095, 2100});
  CHECK(LunarDate(2050, 3, 10).to_date() == Date(2050, 4, 1));
  CHECK(LunarDate(2083, 3, 10).to_date() == Date(2083, 4, 26));
}

TEST_CASE("in a year with a leap third month Giỗ Tổ is on the regular third month") {
  // 1993, 2031 and 2050 have a leap month 3.
  for (int year : {1993, 2031, 2050}) {
    CAPTURE(year);
    REQUIRE(govplan::lunar_year(year).leap_month == 3);
    const Date regular = LunarDate(year, 3, 10).to_date();
    const Date leap = LunarDate(year, 3, 10, true).to_date();
    CHECK(regular < leap);
    CHECK(LunarDate::from_date(regular).leap() == false);
    CHECK(LunarDate::from_date(leap).leap() == true);
  }
  CHECK(LunarDate(2050, 3, 10).to_date() == Date(2050, 4, 1));
}

TEST_CASE("2033 has a leap eleventh month, after the month that holds the winter solstice") {
  const govplan::LunarYear y = govplan::lunar_year(2033);
  CHECK(y.leap_month == 11);
  const Date leap11 = LunarDate(2033, 11, 1, true).to_date();
  const Date regular11 = LunarDate(2033, 11, 1).to_date();
  CHECK(regular11 < Date(2033, 12, 21));  // month 11 contains the solstice (21/22 December)
  CHECK(leap11 > Date(2033, 12, 21));
  CHECK(leap11.days_until(LunarDate(2033, 12, 1).to_date()) >= 29);
}

TEST_CASE("every day of lunar years 1900–2199 converts to lunar and back, in every reckoning") {
  for (LunarReckoning r :
       {LunarReckoning::vietnam, LunarReckoning::china, LunarReckoning::vietnam_historical}) {
    CAPTURE(govplan::to_string(r));
    const Date first = govplan::lunar_year(1900, r).new_year;
    const Date last = govplan::lunar_year(2199, r).last_day;
    long days = 0, failures = 0;
    LunarDate previous = LunarDate::from_date(first, r);
    CHECK(previous == LunarDate(1900, 1, 1, false, r));
    for (Date d = first.add_days(1); d <= last; d = d.add_days(1)) {
      const LunarDate l = LunarDate::from_date(d, r);
      const LunarDate rebuilt(l.year(), l.month(), l.day(), l.leap(), r);
      if (rebuilt.to_date() != d || !(previous < l)) ++failures;
      if (l.day() == 1 && (previous.day() != 29 && previous.day() != 30)) ++failures;
      previous = l;
      ++days;
    }
    CHECK(failures == 0);
    CHECK(days == first.days_until(last));
    CHECK(previous == LunarDate(2199, 12, previous.day(), false, r));
  }
}

TEST_CASE("the historical reckoning uses UTC+8 before August 1967 and UTC+7 after") {
  const auto hist = LunarReckoning::vietnam_historical;
  CHECK(govplan::lunar_year(1965, hist).new_year == govplan::lunar_year(1965, LunarReckoning::china).new_year);
  CHECK(govplan::lunar_year(1965, hist).new_year != govplan::lunar_year(1965).new_year);
  // 1968: Tết was 29 January in the North (UTC+7), 30 January in the South (UTC+8).
  CHECK(govplan::lunar_year(1968, hist).new_year == Date(1968, 1, 29));
  CHECK(govplan::lunar_year(1968, LunarReckoning::china).new_year == Date(1968, 1, 30));
  for (int y = 1968; y <= 2199; ++y) {
    if (govplan::lunar_year(y, hist).new_year != govplan::lunar_year(y).new_year) {
      FAIL("historical and modern reckonings differ in " << y);
    }
  }
}

TEST_CASE("a lunar date that does not exist is a ValidationError, never corrected") {
  // 2024 has no leap month; 2023's leap month is 2, not 3.
  CHECK_THROWS_AS(LunarDate(2024, 5, 1, true), govplan::ValidationError);
  try {
    LunarDate(2023, 3, 1, true);
    FAIL("expected an error");
  } catch (const govplan::ValidationError& e) {
    CHECK(e.id() == "lunar.leap_month");
    CHECK(e.expected().find("month 2") != std::string::npos);
    CHECK(e.found() == "leap month 3");
  }
  // Month 12 of 2025 (Ất Tỵ) has 29 days: there is no "30 Tết" before Tết 2026.
  try {
    LunarDate(2025, 12, 30);
    FAIL("expected an error");
  } catch (const govplan::ValidationError& e) {
    CHECK(e.id() == "lunar.day");
    CHECK(e.expected().find("1 to 29") != std::string::npos);
    CHECK(e.found() == "30");
  }
  CHECK_NOTHROW(LunarDate(2024, 12, 29));
  CHECK_THROWS_AS(LunarDate(2024, 13, 1), govplan::ValidationError);
  CHECK_THROWS_AS(LunarDate(2024, 0, 1), govplan::ValidationError);
  CHECK_THROWS_AS(LunarDate(2024, 1, 0), govplan::ValidationError);
  CHECK_THROWS_AS(LunarDate(2024, 1, 31), govplan::ValidationError);
}

TEST_CASE("years and days outside 1900–2199 are rejected with the supported range in the error") {
  try {
    LunarDate(1899, 1, 1);
    FAIL("expected an error");
  } catch (const govplan::ValidationError& e) {
    CHECK(e.id() == "lunar.year_range");
    CHECK(e.expected() == "a lunar year from 1900 to 2199");
    CHECK(e.found() == "1899");
  }
  CHECK_THROWS_AS(govplan::lunar_year(2200), govplan::ValidationError);
  try {
    LunarDate::from_date(Date(1900, 1, 30));
    FAIL("expected an error");
  } catch (const govplan::ValidationError& e) {
    CHECK(e.id() == "lunar.date_range");
    CHECK(e.expected().find("1900-01-31") != std::string::npos);
  }
  CHECK(LunarDate::from_date(Date(1900, 1, 31)) == LunarDate(1900, 1, 1));
}

TEST_CASE("lunar dates print and parse back, and format in Vietnamese and English") {
  const LunarDate leap(2023, 2, 1, true);
  CHECK(leap.to_string() == "2023-02L-01");
  CHECK(govplan::parse_lunar_date("2023-02L-01") == leap);
  CHECK(LunarDate(2024, 3, 10).to_string() == "2024-03-10");
  CHECK(LunarDate(2024, 3, 10).format() == "10/3 năm Giáp Thìn");
  CHECK(leap.format() == "1/2 nhuận năm Quý Mão");
  CHECK(leap.format(govplan::Lang::en) == "day 1 of month 2 (leap), year Quý Mão (2023)");
  CHECK_THROWS_AS(govplan::parse_lunar_date("2023-2-01"), govplan::ParseError);
  CHECK_THROWS_AS(govplan::parse_lunar_date("2023-02X-01"), govplan::ParseError);
  CHECK_THROWS_AS(govplan::parse_lunar_date("2023-02-01 "), govplan::ParseError);
  CHECK_THROWS_AS(govplan::parse_lunar_date("2024-05L-01"), govplan::ValidationError);
  CHECK(govplan::parse_lunar_reckoning("china") == LunarReckoning::china);
  CHECK_THROWS_AS(govplan::parse_lunar_reckoning("utc+7"), govplan::ParseError);
}

TEST_CASE("the Can Chi names of years follow the sixty-year cycle") {
  CHECK(govplan::can_chi(2024) == "Giáp Thìn");
  CHECK(govplan::can_chi(2025) == "Ất Tỵ");
  CHECK(govplan::can_chi(2026) == "Bính Ngọ");
  CHECK(govplan::can_chi(1984) == "Giáp Tý");
  CHECK(govplan::can_chi(1984 + 60) == "Giáp Tý");
}

TEST_CASE("lunar dates order by year, month, leap month after the regular one, and day") {
  CHECK(LunarDate(2023, 2, 29) < LunarDate(2023, 2, 1, true));
  CHECK(LunarDate(2023, 2, 1, true) < LunarDate(2023, 3, 1));
  CHECK(LunarDate(2023, 12, 29) < LunarDate(2024, 1, 1));
  CHECK(LunarDate(2023, 2, 1, true).month_length() == 29);
}
