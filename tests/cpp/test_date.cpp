// Tests of govplan/date.hpp (and date_boost.hpp): calendar days, ranges of days, partial dates,
// and the ways Vietnamese documents write dates (Decree 30/2020/NĐ-CP, Appendix I §II.4).
#include <doctest/doctest.h>

#include <algorithm>
#include <concepts>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <limits>
#include <optional>
#include <ranges>
#include <regex>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include "govplan/date.hpp"
#include "govplan/date_boost.hpp"
#include "govplan/error.hpp"
#include "support.hpp"

using govplan::Date;
using govplan::DateRange;
using govplan::DateStyle;
using govplan::PartialDate;
using govplan::Weekday;
using govplan::YearMonthDay;

namespace {

// ---- regularity, proven at compile time -------------------------------------------------------

static_assert(std::regular<Date>);
static_assert(std::totally_ordered<Date>);
static_assert(std::is_trivially_copyable_v<Date>);
static_assert(sizeof(Date) == 4, "a Date is a count of days and nothing else");
static_assert(std::is_nothrow_default_constructible_v<Date>);
static_assert(Date{}.days_since_epoch() == 0, "a default Date is 1970-01-01");
static_assert(Date{} == Date{});
static_assert(Date{}.days_until(Date{}) == 0);
// A day count is not a date: building one from a count is explicit (from_days_since_epoch).
static_assert(!std::is_constructible_v<Date, std::int32_t>);
static_assert(!std::is_convertible_v<int, Date>);
static_assert(!std::is_convertible_v<const char*, Date>);
// Nonsense does not compile: a date plus a number, a date plus a date.
template <class T>
concept adds_a_number = requires(T t) { t + 1; };
template <class T>
concept adds_itself = requires(T a, T b) { a + b; };
static_assert(!adds_a_number<Date>);
static_assert(!adds_itself<Date>);

static_assert(std::regular<DateRange>);
static_assert(std::regular<PartialDate>);
static_assert(std::regular<YearMonthDay>);
static_assert(DateRange{}.day_count() == 1, "a default range is the single day 1970-01-01");
static_assert(std::forward_iterator<DateRange::iterator>);
static_assert(std::ranges::forward_range<DateRange>);

// ---- an independent calendar, to check the library against --------------------------------

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil), written here so the tests do not trust the library's own arithmetic.
constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  if (m <= 2) --y;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}
static_assert(days_from_civil(1970, 1, 1) == 0);
static_assert(days_from_civil(2000, 3, 1) == 11017);

// ISO weekday (Monday = 1) of a Boost date; Boost numbers Sunday 0.
int iso_weekday(const boost::gregorian::date& b) {
  const int w = b.day_of_week().as_number();
  return w == 0 ? 7 : w;
}

}  // namespace

TEST_SUITE("date") {
  // ---- Date: construction and fields ----------------------------------------------------------

  TEST_CASE("a default-constructed date is 1970-01-01") {
    const Date d;
    CHECK(d.to_string() == "1970-01-01");
    CHECK(d.ymd() == YearMonthDay{1970, 1, 1});
    CHECK(d == Date(1970, 1, 1));
    CHECK(YearMonthDay{} == YearMonthDay{1970, 1, 1});
  }

  TEST_CASE("a date shows its year, month and day") {
    const Date d(2024, 2, 26);
    CHECK(d.year() == 2024);
    CHECK(d.month() == 2);
    CHECK(d.day() == 26);
    CHECK(d.ymd() == YearMonthDay{2024, 2, 26});
    CHECK(d.to_string() == "2024-02-26");
    CHECK(d.days_since_epoch() == days_from_civil(2024, 2, 26));
    std::ostringstream os;
    os << d;
    CHECK(os.str() == "2024-02-26");
  }

  TEST_CASE("dates compare in calendar order and count the days between them") {
    const Date a(2024, 2, 28);
    const Date b(2024, 3, 1);
    CHECK(a < b);
    CHECK(b > a);
    CHECK(a != b);
    CHECK(a.days_until(b) == 2);  // 2024 is a leap year: 29 February lies between
    CHECK(b.days_until(a) == -2);
    CHECK(Date(2023, 2, 28).days_until(Date(2023, 3, 1)) == 1);
  }

  TEST_CASE("the supported days run from 1400-01-01 to 9999-12-31") {
    CHECK(Date::min() == Date(1400, 1, 1));
    CHECK(Date::max() == Date(9999, 12, 31));
    CHECK(Date::min().to_string() == "1400-01-01");
    CHECK(Date::min().days_since_epoch() == days_from_civil(1400, 1, 1));
    CHECK(Date::max().days_since_epoch() == days_from_civil(9999, 12, 31));
    CHECK(Date::from_days_since_epoch(0) == Date());
    CHECK(Date::from_days_since_epoch(-1) == Date(1969, 12, 31));
    CHECK(Date::from_days_since_epoch(Date::max().days_since_epoch()) == Date::max());
  }

  TEST_CASE("a day the calendar does not have is a ValidationError that quotes the value") {
    CHECK_THROWS_WITH_AS(Date(2024, 2, 30),
                         "[govplan.validation_error.date.day_out_of_range] expected a day from 1 "
                         "to 29 for February 2024, found 30",
                         govplan::ValidationError);
    CHECK_THROWS_WITH_AS(Date(2024, 13, 1),
                         "[govplan.validation_error.date.month_out_of_range] expected a month "
                         "from 1 to 12, found 13",
                         govplan::ValidationError);
    CHECK_THROWS_WITH_AS(Date(1399, 12, 31),
                         "[govplan.validation_error.date.year_out_of_range] expected a year from "
                         "1400 to 9999, found 1399",
                         govplan::ValidationError);
    CHECK_THROWS_AS(Date(2023, 2, 29), govplan::ValidationError);
    CHECK_THROWS_AS(Date(2024, 4, 31), govplan::ValidationError);
    CHECK_THROWS_AS(Date(2024, 1, 0), govplan::ValidationError);
    CHECK_THROWS_AS(Date(2024, 0, 1), govplan::ValidationError);
    CHECK_THROWS_AS(Date(10000, 1, 1), govplan::ValidationError);
    CHECK_NOTHROW(Date(2024, 2, 29));
    CHECK_NOTHROW(Date(2000, 2, 29));
    CHECK_THROWS_AS(Date(1900, 2, 29), govplan::ValidationError);
  }

  TEST_CASE("a day count outside the supported range is a ValidationError") {
    const std::int32_t first = Date::min().days_since_epoch();
    const std::int32_t last = Date::max().days_since_epoch();
    CHECK_THROWS_AS(Date::from_days_since_epoch(first - 1), govplan::ValidationError);
    CHECK_THROWS_AS(Date::from_days_since_epoch(last + 1), govplan::ValidationError);
    CHECK_THROWS_AS(Date::from_days_since_epoch(std::numeric_limits<std::int32_t>::min()),
                    govplan::ValidationError);
    CHECK_THROWS_AS(Date::from_days_since_epoch(std::numeric_limits<std::int32_t>::max()),
                    govplan::ValidationError);
    try {
      (void)Date::from_days_since_epoch(last + 1);
    } catch (const govplan::ValidationError& e) {
      CHECK(e.id() == "date.out_of_range");
    }
  }

  TEST_CASE("leap years follow the Gregorian rule") {
    CHECK(govplan::is_leap_year(2024));
    CHECK(govplan::is_leap_year(2000));
    CHECK(govplan::is_leap_year(1600));
    CHECK_FALSE(govplan::is_leap_year(2023));
    CHECK_FALSE(govplan::is_leap_year(1900));
    CHECK_FALSE(govplan::is_leap_year(2100));
    CHECK(govplan::days_in_month(2024, 2) == 29);
    CHECK(govplan::days_in_month(2023, 2) == 28);
    CHECK(govplan::days_in_month(2024, 4) == 30);
    CHECK(govplan::days_in_month(2024, 12) == 31);
    CHECK_THROWS_AS(govplan::days_in_month(2024, 0), govplan::ValidationError);
    CHECK_THROWS_AS(govplan::days_in_month(2024, 13), govplan::ValidationError);
  }

  // ---- weekdays, and agreement with Boost ----------------------------------------------------

  TEST_CASE("weekdays are numbered as ISO 8601 numbers them") {
    CHECK(Date().weekday() == Weekday::thursday);  // 1970-01-01
    CHECK(Date(2024, 2, 26).weekday() == Weekday::monday);
    CHECK(Date(2020, 3, 5).weekday() == Weekday::thursday);  // Decree 30/2020 was signed
    CHECK(Date(2025, 7, 1).weekday() == Weekday::tuesday);
    CHECK(Date(1969, 12, 31).weekday() == Weekday::wednesday);
    CHECK(static_cast<int>(Weekday::monday) == 1);
    CHECK(static_cast<int>(Weekday::sunday) == 7);
    CHECK(govplan::to_string(Weekday::monday) == "monday");
    CHECK(govplan::to_string(Weekday::sunday) == "sunday");
  }

  TEST_CASE("weekday names parse back, and other words are refused with the accepted names") {
    for (int i = 1; i <= 7; ++i) {
      const auto w = static_cast<Weekday>(i);
      CHECK(govplan::parse_weekday(govplan::to_string(w)) == w);
    }
    try {
      (void)govplan::parse_weekday("Friday");
      FAIL("expected a ParseError");
    } catch (const govplan::ParseError& e) {
      CHECK(e.id() == "date.weekday");
      CHECK(e.expected().find("monday, tuesday") != std::string::npos);
    }
    CHECK_THROWS_AS(govplan::parse_weekday(""), govplan::ParseError);
  }

  TEST_CASE("Saturday and Sunday are the weekly rest days") {
    CHECK(Date(2024, 2, 24).is_weekend());  // Saturday
    CHECK(Date(2024, 2, 25).is_weekend());  // Sunday
    CHECK_FALSE(Date(2024, 2, 26).is_weekend());
    CHECK_FALSE(Date(2024, 2, 23).is_weekend());
  }

  TEST_CASE("weekdays agree with Boost from 1400 to 9999") {
    int mismatches = 0;
    std::string first_mismatch;
    for (std::int32_t n = Date::min().days_since_epoch(); n <= Date::max().days_since_epoch();
         n += 97) {
      const Date d = Date::from_days_since_epoch(n);
      const boost::gregorian::date b = govplan::to_boost(d);
      if (static_cast<int>(d.weekday()) != iso_weekday(b) ||
          d.days_since_epoch() != days_from_civil(d.year(), static_cast<unsigned>(d.month()),
                                                  static_cast<unsigned>(d.day()))) {
        if (mismatches++ == 0) first_mismatch = d.to_string();
      }
    }
    INFO("first mismatch: " << first_mismatch);
    CHECK(mismatches == 0);
  }

  TEST_CASE("every day from 1400 to 9999 has the year, month and day Boost gives, both ways") {
    int mismatches = 0;
    std::string first_mismatch;
    for (std::int32_t n = Date::min().days_since_epoch(); n <= Date::max().days_since_epoch(); ++n) {
      const Date d = Date::from_days_since_epoch(n);
      const YearMonthDay ymd = d.ymd();
      // Boost's own day arithmetic from its epoch, not through govplan's conversion.
      const boost::gregorian::date b = boost::gregorian::date(1970, 1, 1) + boost::gregorian::date_duration(n);
      if (b.year() != ymd.year || b.month() != ymd.month || b.day() != ymd.day ||
          Date(ymd.year, ymd.month, ymd.day) != d) {
        if (mismatches++ == 0) first_mismatch = std::to_string(n);
      }
    }
    INFO("first mismatch at day " << first_mismatch);
    CHECK(mismatches == 0);
  }

  TEST_CASE("every day from 1900 to 2200 converts to Boost and back unchanged") {
    const DateRange span(Date(1900, 1, 1), Date(2200, 12, 31));
    const boost::gregorian::date boost_epoch(1970, 1, 1);
    int mismatches = 0;
    int days = 0;
    std::string first_mismatch;
    for (const Date d : span) {
      ++days;
      const YearMonthDay ymd = d.ymd();
      const boost::gregorian::date b = govplan::to_boost(d);
      const bool same =
          govplan::from_boost(b) == d && b.year() == ymd.year && b.month() == ymd.month &&
          b.day() == ymd.day && (b - boost_epoch).days() == d.days_since_epoch() &&
          iso_weekday(b) == static_cast<int>(d.weekday()) &&
          days_from_civil(ymd.year, static_cast<unsigned>(ymd.month),
                          static_cast<unsigned>(ymd.day)) == d.days_since_epoch() &&
          Date(ymd.year, ymd.month, ymd.day) == d;
      if (!same && mismatches++ == 0) first_mismatch = d.to_string();
    }
    INFO("first mismatch: " << first_mismatch);
    CHECK(mismatches == 0);
    CHECK(days == span.day_count());
    CHECK(days == days_from_civil(2201, 1, 1) - days_from_civil(1900, 1, 1));
  }

  TEST_CASE("the first and last supported days convert to Boost and back") {
    CHECK(govplan::from_boost(govplan::to_boost(Date::min())) == Date::min());
    CHECK(govplan::from_boost(govplan::to_boost(Date::max())) == Date::max());
    CHECK(govplan::to_boost(Date(2024, 2, 26)) == boost::gregorian::date(2024, 2, 26));
    CHECK(govplan::from_boost(boost::gregorian::date(2024, 2, 26)) == Date(2024, 2, 26));
  }

  TEST_CASE("Boost's special values have no govplan counterpart") {
    using boost::gregorian::date;
    CHECK_THROWS_WITH_AS(govplan::from_boost(date(boost::date_time::not_a_date_time)),
                         "[govplan.validation_error.date.boost_special] expected a calendar day, "
                         "found boost's not_a_date_time",
                         govplan::ValidationError);
    CHECK_THROWS_AS(govplan::from_boost(date(boost::date_time::pos_infin)),
                    govplan::ValidationError);
    CHECK_THROWS_AS(govplan::from_boost(date(boost::date_time::neg_infin)),
                    govplan::ValidationError);
  }

  // ---- arithmetic (Civil Code 2015, Art. 148) -------------------------------------------------

  TEST_CASE("adding days moves across months and years") {
    CHECK(Date(2024, 2, 28).add_days(1) == Date(2024, 2, 29));
    CHECK(Date(2024, 2, 29).add_days(1) == Date(2024, 3, 1));
    CHECK(Date(2023, 12, 31).add_days(1) == Date(2024, 1, 1));
    CHECK(Date(2024, 1, 1).add_days(-1) == Date(2023, 12, 31));
    CHECK(Date(2024, 1, 1).add_days(366) == Date(2025, 1, 1));
    CHECK(Date(2024, 2, 26).add_days(0) == Date(2024, 2, 26));
  }

  TEST_CASE("31 January plus one month is the last day of February") {
    CHECK(Date(2025, 1, 31).add_months(1) == Date(2025, 2, 28));
    CHECK(Date(2024, 1, 31).add_months(1) == Date(2024, 2, 29));
    CHECK(Date(2024, 3, 31).add_months(1) == Date(2024, 4, 30));
    CHECK(Date(2024, 3, 31).add_months(-1) == Date(2024, 2, 29));
    CHECK(Date(2024, 1, 31).add_months(13) == Date(2025, 2, 28));
  }

  TEST_CASE("28 February plus one month is 28 March: month ends do not snap") {
    CHECK(Date(2025, 2, 28).add_months(1) == Date(2025, 3, 28));
    CHECK(Date(2024, 2, 28).add_months(1) == Date(2024, 3, 28));
    CHECK(Date(2024, 2, 29).add_months(1) == Date(2024, 3, 29));
    CHECK(Date(2024, 4, 30).add_months(1) == Date(2024, 5, 30));
  }

  TEST_CASE("adding months one at a time is not the same as adding them at once") {
    // The documented consequence of clamping: each step clamps on its own.
    CHECK(Date(2025, 1, 31).add_months(1).add_months(1) == Date(2025, 3, 28));
    CHECK(Date(2025, 1, 31).add_months(2) == Date(2025, 3, 31));
  }

  TEST_CASE("adding months crosses years in both directions") {
    CHECK(Date(2024, 11, 15).add_months(2) == Date(2025, 1, 15));
    CHECK(Date(2024, 1, 15).add_months(-1) == Date(2023, 12, 15));
    CHECK(Date(2024, 1, 15).add_months(-13) == Date(2022, 12, 15));
    CHECK(Date(2024, 1, 15).add_months(-24) == Date(2022, 1, 15));
    CHECK(Date(2024, 1, 15).add_months(0) == Date(2024, 1, 15));
    CHECK(Date(2024, 1, 15).add_months(120) == Date(2034, 1, 15));
  }

  TEST_CASE("29 February plus one year is 28 February") {
    CHECK(Date(2024, 2, 29).add_years(1) == Date(2025, 2, 28));
    CHECK(Date(2024, 2, 29).add_years(4) == Date(2028, 2, 29));
    CHECK(Date(2024, 2, 29).add_years(-1) == Date(2023, 2, 28));
    CHECK(Date(2024, 2, 28).add_years(1) == Date(2025, 2, 28));
    CHECK(Date(2024, 2, 26).add_years(0) == Date(2024, 2, 26));
    CHECK(Date(2024, 12, 31).add_years(1) == Date(2025, 12, 31));
  }

  TEST_CASE("arithmetic that leaves 1400-01-01 to 9999-12-31 is a ValidationError") {
    CHECK_THROWS_AS(Date::max().add_days(1), govplan::ValidationError);
    CHECK_THROWS_AS(Date::min().add_days(-1), govplan::ValidationError);
    CHECK_THROWS_AS(Date::max().add_months(1), govplan::ValidationError);
    CHECK_THROWS_AS(Date::min().add_months(-1), govplan::ValidationError);
    CHECK_THROWS_AS(Date::max().add_years(1), govplan::ValidationError);
    CHECK_THROWS_AS(Date::min().add_years(-1), govplan::ValidationError);
    // Extreme arguments are reported, not overflowed.
    CHECK_THROWS_AS(Date(2024, 1, 1).add_days(std::numeric_limits<std::int32_t>::max()),
                    govplan::ValidationError);
    CHECK_THROWS_AS(Date(2024, 1, 1).add_days(std::numeric_limits<std::int32_t>::min()),
                    govplan::ValidationError);
    CHECK_THROWS_AS(Date(2024, 1, 1).add_months(std::numeric_limits<int>::max()),
                    govplan::ValidationError);
    CHECK_THROWS_AS(Date(2024, 1, 1).add_months(std::numeric_limits<int>::min()),
                    govplan::ValidationError);
    CHECK_THROWS_AS(Date(2024, 1, 1).add_years(std::numeric_limits<int>::max()),
                    govplan::ValidationError);
    CHECK_THROWS_AS(Date(2024, 1, 1).add_years(std::numeric_limits<int>::min()),
                    govplan::ValidationError);
    // The edges themselves are reachable.
    CHECK(Date(9999, 12, 30).add_days(1) == Date::max());
    CHECK(Date(9999, 11, 30).add_months(1) == Date(9999, 12, 30));
    CHECK(Date(1400, 2, 1).add_months(-1) == Date::min());
    try {
      (void)Date::max().add_months(1);
    } catch (const govplan::ValidationError& e) {
      CHECK(e.id() == "date.out_of_range");
    }
  }

  TEST_CASE("a date knows the first and last day of its month") {
    CHECK(Date(2024, 2, 26).first_of_month() == Date(2024, 2, 1));
    CHECK(Date(2024, 2, 26).last_of_month() == Date(2024, 2, 29));
    CHECK(Date(2023, 2, 1).last_of_month() == Date(2023, 2, 28));
    CHECK(Date(2024, 12, 31).first_of_month() == Date(2024, 12, 1));
    CHECK(Date::max().last_of_month() == Date::max());
    CHECK(Date::min().first_of_month() == Date::min());
  }

  // ---- DateRange ----------------------------------------------------------------------------

  TEST_CASE("a date range is closed: both its first and last day are in it") {
    const DateRange r(Date(2024, 2, 1), Date(2024, 2, 29));
    CHECK(r.first() == Date(2024, 2, 1));
    CHECK(r.last() == Date(2024, 2, 29));
    CHECK(r.day_count() == 29);
    CHECK(r.contains(Date(2024, 2, 1)));
    CHECK(r.contains(Date(2024, 2, 29)));
    CHECK_FALSE(r.contains(Date(2024, 1, 31)));
    CHECK_FALSE(r.contains(Date(2024, 3, 1)));
    CHECK(r.to_string() == "2024-02-01/2024-02-29");
    std::ostringstream os;
    os << r;
    CHECK(os.str() == "2024-02-01/2024-02-29");
  }

  TEST_CASE("a default-constructed range is the single day 1970-01-01") {
    const DateRange r;
    CHECK(r.first() == Date());
    CHECK(r.last() == Date());
    CHECK(r.day_count() == 1);
    CHECK(r.to_string() == "1970-01-01/1970-01-01");
  }

  TEST_CASE("a range of one day has one day") {
    const DateRange r(Date(2024, 2, 26), Date(2024, 2, 26));
    CHECK(r.day_count() == 1);
    std::vector<Date> days(r.begin(), r.end());
    REQUIRE(days.size() == 1);
    CHECK(days[0] == Date(2024, 2, 26));
  }

  TEST_CASE("a range whose last day precedes its first is a ValidationError") {
    CHECK_THROWS_WITH_AS(DateRange(Date(2024, 2, 2), Date(2024, 2, 1)),
                         "[govplan.validation_error.date_range.reversed] expected a last day on "
                         "or after the first day 2024-02-02, found 2024-02-01",
                         govplan::ValidationError);
  }

  TEST_CASE("iterating a range visits every day in order") {
    std::vector<Date> days;
    for (const Date d : DateRange::month(2024, 2)) days.push_back(d);
    REQUIRE(days.size() == 29);
    CHECK(days.front() == Date(2024, 2, 1));
    CHECK(days.back() == Date(2024, 2, 29));
    bool consecutive = true;
    for (std::size_t i = 1; i < days.size(); ++i) {
      consecutive = consecutive && days[i - 1].days_until(days[i]) == 1;
    }
    CHECK(consecutive);
    CHECK(std::ranges::distance(DateRange::year(2024)) == 366);
    CHECK(std::ranges::distance(DateRange::year(2023)) == 365);
    auto it = DateRange::month(2024, 2).begin();
    CHECK(*it++ == Date(2024, 2, 1));
    CHECK(*it == Date(2024, 2, 2));
  }

  TEST_CASE("a range reaching the last supported day can still be iterated to its end") {
    const DateRange r(Date(9999, 12, 30), Date::max());
    CHECK(std::ranges::distance(r) == 2);
  }

  TEST_CASE("whole years, months, quarters and half-years are ranges") {
    CHECK(DateRange::year(2024) == DateRange(Date(2024, 1, 1), Date(2024, 12, 31)));
    CHECK(DateRange::month(2024, 2).to_string() == "2024-02-01/2024-02-29");
    CHECK(DateRange::month(2023, 2).day_count() == 28);
    CHECK(DateRange::month(2024, 12).to_string() == "2024-12-01/2024-12-31");
    CHECK(DateRange::quarter(2024, 1).to_string() == "2024-01-01/2024-03-31");
    CHECK(DateRange::quarter(2024, 1).day_count() == 91);
    CHECK(DateRange::quarter(2023, 1).day_count() == 90);
    CHECK(DateRange::quarter(2024, 2).to_string() == "2024-04-01/2024-06-30");
    CHECK(DateRange::quarter(2024, 3).to_string() == "2024-07-01/2024-09-30");
    CHECK(DateRange::quarter(2024, 4).to_string() == "2024-10-01/2024-12-31");
    CHECK(DateRange::half_year(2024, 1).to_string() == "2024-01-01/2024-06-30");
    CHECK(DateRange::half_year(2024, 2).to_string() == "2024-07-01/2024-12-31");
    CHECK(DateRange::half_year(2024, 1).day_count() + DateRange::half_year(2024, 2).day_count() ==
          366);
  }

  TEST_CASE("a month, quarter or half-year out of range is a ValidationError") {
    CHECK_THROWS_AS(DateRange::month(2024, 0), govplan::ValidationError);
    CHECK_THROWS_AS(DateRange::month(2024, 13), govplan::ValidationError);
    CHECK_THROWS_WITH_AS(DateRange::quarter(2024, 5),
                         "[govplan.validation_error.date_range.quarter_out_of_range] expected a "
                         "quarter from 1 to 4, found 5",
                         govplan::ValidationError);
    CHECK_THROWS_AS(DateRange::quarter(2024, 0), govplan::ValidationError);
    CHECK_THROWS_AS(DateRange::half_year(2024, 3), govplan::ValidationError);
    CHECK_THROWS_AS(DateRange::half_year(2024, 0), govplan::ValidationError);
    CHECK_THROWS_AS(DateRange::year(1399), govplan::ValidationError);
  }

  TEST_CASE("the intersection of two ranges is the days in both") {
    const DateRange q1 = DateRange::quarter(2024, 1);
    const DateRange march_to_june(Date(2024, 3, 1), Date(2024, 6, 30));
    CHECK(q1.overlaps(march_to_june));
    CHECK(q1.intersection(march_to_june) == DateRange::month(2024, 3));
    CHECK(march_to_june.intersection(q1) == DateRange::month(2024, 3));
    CHECK(q1.intersection(q1) == q1);
    CHECK(DateRange::year(2024).intersection(DateRange::month(2024, 2)) ==
          DateRange::month(2024, 2));
  }

  TEST_CASE("ranges that share one day intersect in that day") {
    const DateRange a(Date(2024, 1, 1), Date(2024, 3, 31));
    const DateRange b(Date(2024, 3, 31), Date(2024, 4, 30));
    CHECK(a.overlaps(b));
    CHECK(a.intersection(b) == DateRange(Date(2024, 3, 31), Date(2024, 3, 31)));
  }

  TEST_CASE("disjoint ranges have no intersection") {
    const DateRange q1 = DateRange::quarter(2024, 1);
    const DateRange q2 = DateRange::quarter(2024, 2);
    CHECK_FALSE(q1.overlaps(q2));
    CHECK_FALSE(q1.intersection(q2).has_value());
    CHECK_FALSE(q2.intersection(q1).has_value());
  }

  TEST_CASE("a range contains another range when it holds all of its days") {
    const DateRange y = DateRange::year(2024);
    CHECK(y.contains(DateRange::quarter(2024, 4)));
    CHECK(y.contains(y));
    CHECK_FALSE(DateRange::quarter(2024, 4).contains(y));
    CHECK_FALSE(y.contains(DateRange(Date(2024, 12, 31), Date(2025, 1, 1))));
  }

  // ---- PartialDate ----------------------------------------------------------------------------

  TEST_CASE("a default-constructed partial date is the year 1970") {
    const PartialDate p;
    CHECK(p.year() == 1970);
    CHECK_FALSE(p.month().has_value());
    CHECK_FALSE(p.day().has_value());
    CHECK_FALSE(p.is_complete());
    CHECK(p.to_string() == "1970");
  }

  TEST_CASE("a draft's date has a year and a month but no day") {
    const PartialDate p(2024, 2);
    CHECK(p.year() == 2024);
    CHECK(p.month() == 2);
    CHECK_FALSE(p.day().has_value());
    CHECK_FALSE(p.is_complete());
    CHECK_FALSE(p.date().has_value());
    CHECK(p.to_string() == "2024-02");
    CHECK(p.range() == DateRange(Date(2024, 2, 1), Date(2024, 2, 29)));
    std::ostringstream os;
    os << p;
    CHECK(os.str() == "2024-02");
  }

  TEST_CASE("a partial date with only a year may be any day of that year") {
    const PartialDate p(2024);
    CHECK(p.to_string() == "2024");
    CHECK(p.range() == DateRange::year(2024));
    CHECK_FALSE(p.date().has_value());
  }

  TEST_CASE("a partial date with a day is complete and is that date") {
    const PartialDate p(2024, 2, 26);
    CHECK(p.is_complete());
    CHECK(p.date() == Date(2024, 2, 26));
    CHECK(p.to_string() == "2024-02-26");
    CHECK(p.range() == DateRange(Date(2024, 2, 26), Date(2024, 2, 26)));
    CHECK(PartialDate(Date(2024, 2, 26)) == p);
  }

  TEST_CASE("an impossible partial date is a ValidationError") {
    CHECK_THROWS_WITH_AS(PartialDate(2024, std::nullopt, 5),
                         "[govplan.validation_error.partial_date.day_without_month] expected a "
                         "month when a day is given, found day 5 without a month",
                         govplan::ValidationError);
    CHECK_THROWS_AS(PartialDate(2023, 2, 29), govplan::ValidationError);
    CHECK_THROWS_AS(PartialDate(2024, 13), govplan::ValidationError);
    CHECK_THROWS_AS(PartialDate(2024, 0), govplan::ValidationError);
    CHECK_THROWS_AS(PartialDate(2024, 2, 0), govplan::ValidationError);
    CHECK_THROWS_AS(PartialDate(1399), govplan::ValidationError);
    CHECK_THROWS_AS(PartialDate(10000), govplan::ValidationError);
  }

  // ---- formatting -----------------------------------------------------------------------------

  TEST_CASE("dates are written as yyyy-mm-dd and dd/mm/yyyy across the whole range") {
    // Written digit by digit; checked against printf's formatting of the same fields.
    int checked = 0;
    for (Date d = Date::min(); d < Date::max(); d = d.add_days(std::min(997, Date::max().days_since_epoch() - d.days_since_epoch()))) {
      char iso[40], numeric[40];
      std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", d.year(), d.month(), d.day());
      std::snprintf(numeric, sizeof numeric, "%02d/%02d/%04d", d.day(), d.month(), d.year());
      CAPTURE(iso);
      CHECK(d.to_string() == iso);
      CHECK(govplan::format_date(d, DateStyle::iso) == iso);
      CHECK(govplan::format_date(d, DateStyle::numeric) == numeric);
      CHECK(govplan::format_date(PartialDate(d), DateStyle::numeric) == numeric);
      ++checked;
    }
    CHECK(checked > 3000);
    CHECK(Date::max().to_string() == "9999-12-31");
    CHECK(govplan::format_date(Date(2024, 1, 5), DateStyle::numeric) == "05/01/2024");
    CHECK(govplan::format_date(PartialDate(2024, 3), DateStyle::numeric) == "  /03/2024");
    CHECK(PartialDate(2024, 3).to_string() == "2024-03");
  }

  TEST_CASE("a day below 10 takes a leading zero in the Vietnamese style") {
    CHECK(govplan::format_date(Date(2024, 2, 5)) == "ngày 05 tháng 02 năm 2024");
    CHECK(govplan::format_date(Date(2024, 12, 9)) == "ngày 09 tháng 12 năm 2024");
    CHECK(govplan::format_date(Date(2020, 1, 5)) == "ngày 05 tháng 01 năm 2020");
  }

  TEST_CASE("months 1 and 2 take a leading zero in the Vietnamese style, months 3 to 12 do not") {
    // The test vectors of DOMAIN.md §1.4, from Decree 30/2020/NĐ-CP, Appendix I §II.4.b.
    struct Vector {
      Date date;
      const char* vietnamese;
    };
    const Vector vectors[] = {
        {Date(2024, 2, 5), "ngày 05 tháng 02 năm 2024"},
        {Date(2024, 2, 26), "ngày 26 tháng 02 năm 2024"},
        {Date(2022, 9, 15), "ngày 15 tháng 9 năm 2022"},
        {Date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"},
        {Date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"},
        {Date(2024, 12, 9), "ngày 09 tháng 12 năm 2024"},
    };
    for (const Vector& v : vectors) {
      CAPTURE(v.date);
      CHECK(govplan::format_date(v.date) == v.vietnamese);
      CHECK(govplan::format_date(v.date, DateStyle::vietnamese) == v.vietnamese);
      // What is written reads back as the same day.
      CHECK(govplan::parse_date(v.vietnamese) == v.date);
    }
    for (int month = 3; month <= 12; ++month) {
      CAPTURE(month);
      CHECK(govplan::format_date(Date(2024, month, 10)) ==
            "ngày 10 tháng " + std::to_string(month) + " năm 2024");
    }
  }

  TEST_CASE("the numeric style pads day and month to two digits") {
    CHECK(govplan::format_date(Date(2024, 2, 5), DateStyle::numeric) == "05/02/2024");
    CHECK(govplan::format_date(Date(2022, 9, 15), DateStyle::numeric) == "15/09/2022");
    CHECK(govplan::format_date(Date(2024, 2, 26), DateStyle::numeric) == "26/02/2024");
    CHECK(govplan::format_date(Date(2019, 6, 29), DateStyle::numeric) == "29/06/2019");
    CHECK(govplan::format_date(Date(2024, 12, 9), DateStyle::numeric) == "09/12/2024");
  }

  TEST_CASE("the ISO style is the date's to_string") {
    CHECK(govplan::format_date(Date(2024, 2, 5), DateStyle::iso) == "2024-02-05");
    CHECK(govplan::format_date(Date(2022, 9, 15), DateStyle::iso) == "2022-09-15");
    CHECK(govplan::format_date(Date::min(), DateStyle::iso) == "1400-01-01");
  }

  TEST_CASE("a partial date is written with its unknown parts left blank") {
    const PartialDate draft(2024, 2);
    CHECK(govplan::format_date(draft, DateStyle::numeric) == "  /02/2024");
    CHECK(govplan::format_date(draft, DateStyle::iso) == "2024-02");
    CHECK(govplan::format_date(PartialDate(2024), DateStyle::iso) == "2024");
    CHECK(govplan::format_date(PartialDate(2024), DateStyle::numeric) == "  /  /2024");
    CHECK(govplan::format_date(PartialDate(2024, 2, 5), DateStyle::vietnamese) ==
          "ngày 05 tháng 02 năm 2024");
    // The Vietnamese form leaves spaces where the day will be written, as the header shows.
    const std::string vi = govplan::format_date(draft);
    CHECK(vi == "ngày    tháng 02 năm 2024");
    CHECK(govplan::format_date(PartialDate(2024)) == "ngày    tháng    năm 2024");
    CHECK(govplan::parse_partial_date(vi) == draft);
    CHECK(govplan::parse_partial_date(govplan::format_date(draft, DateStyle::numeric)) == draft);
  }

  TEST_CASE("date styles have names") {
    CHECK(govplan::to_string(DateStyle::iso) == "iso");
    CHECK(govplan::to_string(DateStyle::numeric) == "numeric");
    CHECK(govplan::to_string(DateStyle::vietnamese) == "vietnamese");
  }

  TEST_CASE("the example of date.hpp's opening comment holds") {
    const Date d = govplan::parse_date("ngày 26 tháng 02 năm 2024");
    CHECK(d.to_string() == "2024-02-26");
    CHECK(govplan::format_date(d) == "ngày 26 tháng 02 năm 2024");
    CHECK(govplan::format_date(d, DateStyle::numeric) == "26/02/2024");
    CHECK(d.add_months(1).to_string() == "2024-03-26");
    CHECK(govplan::parse_partial_date("ngày   tháng 02 năm 2024").to_string() == "2024-02");
  }

  // ---- parsing complete dates -----------------------------------------------------------------

  TEST_CASE("parse_date reads every form the header lists") {
    struct Form {
      const char* text;
      Date date;
    };
    const Form forms[] = {
        // Numeric, day first, four-digit year; as the seed plan cites documents.
        {"26/02/2024", Date(2024, 2, 26)},
        {"26/2/2024", Date(2024, 2, 26)},
        {"15/9/2022", Date(2022, 9, 15)},
        {"05/02/2024", Date(2024, 2, 5)},
        {"26-02-2024", Date(2024, 2, 26)},
        {"26.02.2024", Date(2024, 2, 26)},
        {"5/2/2024", Date(2024, 2, 5)},
        // With a leading "ngày" in the numeric forms.
        {"ngày 26/02/2024", Date(2024, 2, 26)},
        {"ngày 15/9/2022", Date(2022, 9, 15)},
        {"ngày 26-02-2024", Date(2024, 2, 26)},
        // The full Vietnamese form, in any letter case.
        {"ngày 26 tháng 02 năm 2024", Date(2024, 2, 26)},
        {"Ngày 26 Tháng 02 Năm 2024", Date(2024, 2, 26)},
        {"NGÀY 26 THÁNG 02 NĂM 2024", Date(2024, 2, 26)},
        {"ngày 15 tháng 9 năm 2022", Date(2022, 9, 15)},
        {"ngày 5 tháng 1 năm 2020", Date(2020, 1, 5)},
        // Any run of spaces or line breaks.
        {"ngày  26 \t tháng\n02\r\nnăm   2024", Date(2024, 2, 26)},
        // ISO 8601.
        {"2024-02-26", Date(2024, 2, 26)},
        // Leading and trailing white space is ignored.
        {"  26/02/2024\n", Date(2024, 2, 26)},
        {"\t2024-02-26 ", Date(2024, 2, 26)},
        // The edges of the supported range.
        {"01/01/1400", Date::min()},
        {"31/12/9999", Date::max()},
        {"29/02/2000", Date(2000, 2, 29)},
    };
    for (const Form& f : forms) {
      CAPTURE(f.text);
      CHECK(govplan::parse_date(f.text) == f.date);
    }
  }

  TEST_CASE("parse_date reads dates as real documents write them") {
    // The seed plan of UBND phường Chánh Lộ cites documents "ngày 26/02/2024", "ngày 15/9/2022"
    // and "ngày 05/02/2024".
    const std::string seed = test_support::data_file("seed-chanh-lo-2024.txt");
    for (const char* cited : {"26/02/2024", "15/9/2022", "05/02/2024"}) {
      CAPTURE(cited);
      CHECK(seed.find(std::string("ngày ") + cited) != std::string::npos);
    }
    CHECK(govplan::parse_date("26/02/2024") == Date(2024, 2, 26));
    CHECK(govplan::parse_date("15/9/2022") == Date(2022, 9, 15));
    CHECK(govplan::parse_date("05/02/2024") == Date(2024, 2, 5));
    // Corpus: a date line broken by a PDF conversion (documents/008.txt), and citations.
    CHECK(govplan::parse_date("ngày 21\ntháng 01 năm 2024") == Date(2024, 1, 21));
    CHECK(govplan::parse_date("ngày 13 tháng 11 năm 2020") == Date(2020, 11, 13));
    CHECK(govplan::parse_date("ngày 24 tháng 02 năm 2023") == Date(2023, 2, 24));
    CHECK(govplan::parse_date("NGÀY 14/8/2023") == Date(2023, 8, 14));
  }

  TEST_CASE("the date line of corpus document 008, broken over two lines, reads as one date") {
    const std::vector<std::string> lines =
        test_support::lines_of(test_support::data_file("corpus/documents/008.txt"));
    REQUIRE(lines.size() > 15);
    REQUIRE(lines[13].starts_with("Sơn La, "));
    const std::string joined = lines[13] + "\n" + lines[14];
    const std::string date_part = joined.substr(joined.find("ngày"));
    CHECK(date_part == "ngày 21\ntháng 01 năm 2024");
    CHECK(govplan::parse_date(date_part) == Date(2024, 1, 21));
  }

  TEST_CASE("every dated citation of the corpus reads as its labelled date") {
    // references.jsonl labels each citation with its date; the date as the citation writes it
    // follows "ngày" in the text (numeric or in full).
    const std::regex written(
        "(?:ngày|NGÀY) ([0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{1,2} tháng [0-9]{1,2} năm "
        "[0-9]{4})");
    int checked = 0;
    for (const auto& entry : test_support::read_json_lines("corpus/references.jsonl")) {
      const std::size_t line = entry.line;
      const test_support::Json& record = entry.value;
      const test_support::Json* label = record.get("label");
      REQUIRE(label != nullptr);
      const std::optional<std::string> iso = label->string_at("date");
      const std::optional<std::string> text = record.string_at("text");
      REQUIRE(text.has_value());
      std::smatch m;
      if (!iso || !std::regex_search(*text, m, written)) continue;
      CAPTURE(line);
      CAPTURE(*text);
      const std::string phrase = m[0].str();
      CHECK(govplan::parse_date(phrase).to_string() == *iso);
      if (m[1].str().find('/') != std::string::npos) {
        // The numeric forms read with or without their "ngày".
        CHECK(govplan::parse_date(m[1].str()).to_string() == *iso);
      }
      CHECK(govplan::parse_partial_date(phrase).to_string() == *iso);
      ++checked;
    }
    CHECK(checked >= 80);
  }

  // ---- parsing partial dates ------------------------------------------------------------------

  TEST_CASE("parse_partial_date reads a draft's date line with its day left blank") {
    // "Chánh Lộ, ngày tháng 02 năm 2024": the seed's date line, as the draft leaves it.
    const std::string seed = test_support::data_file("seed-chanh-lo-2024.txt");
    const std::string line = test_support::lines_of(seed).at(4);
    REQUIRE(line == "Chánh Lộ, ngày tháng 02 năm 2024");
    const std::string date_part = line.substr(line.find("ngày"));
    const PartialDate p = govplan::parse_partial_date(date_part);
    CHECK(p == PartialDate(2024, 2));
    CHECK(p.to_string() == "2024-02");
    CHECK_FALSE(p.is_complete());
  }

  TEST_CASE("parse_partial_date reads every form the header lists") {
    struct Form {
      const char* text;
      PartialDate date;
    };
    const Form forms[] = {
        {"ngày tháng 02 năm 2024", PartialDate(2024, 2)},
        {"ngày   tháng 02 năm 2024", PartialDate(2024, 2)},
        {"ngày … tháng 02 năm 2024", PartialDate(2024, 2)},
        {"ngày ... tháng 02 năm 2024", PartialDate(2024, 2)},
        {"ngày __ tháng 02 năm 2024", PartialDate(2024, 2)},
        {"ngày .. tháng .. năm 2024", PartialDate(2024)},
        {"ngày    tháng    năm 2024", PartialDate(2024)},
        {"tháng 02 năm 2024", PartialDate(2024, 2)},
        {"Tháng 9 năm 2022", PartialDate(2022, 9)},
        {"năm 2024", PartialDate(2024)},
        {"NĂM 2024", PartialDate(2024)},
        {"  /02/2024", PartialDate(2024, 2)},
        {"02/2024", PartialDate(2024, 2)},
        {"2024-02", PartialDate(2024, 2)},
        {"2024", PartialDate(2024)},
        // Every complete form parse_date reads.
        {"26/02/2024", PartialDate(2024, 2, 26)},
        {"15/9/2022", PartialDate(2022, 9, 15)},
        {"ngày 26 tháng 02 năm 2024", PartialDate(2024, 2, 26)},
        {"ngày 21\ntháng 01 năm 2024", PartialDate(2024, 1, 21)},
        {"2024-02-26", PartialDate(2024, 2, 26)},
    };
    for (const Form& f : forms) {
      CAPTURE(f.text);
      CHECK(govplan::parse_partial_date(f.text) == f.date);
    }
  }

  // ---- bad input ------------------------------------------------------------------------------

  TEST_CASE("parse_date rejects bad input with a located ParseError") {
    struct Bad {
      std::string text;
      const char* id;
      std::size_t line;
      std::size_t column;
    };
    const std::vector<Bad> bad = {
        {"", "date.empty", 1, 1},
        {"   \t\n ", "date.empty", 1, 1},
        {"garbage", "date.syntax", 1, 1},
        {"30/02/2024", "date.impossible", 1, 1},
        {"29/02/2023", "date.impossible", 1, 1},
        {"31/04/2024", "date.impossible", 1, 1},
        {"00/02/2024", "date.impossible", 1, 1},
        {"15/13/2024", "date.impossible", 1, 4},
        {"15/00/2024", "date.impossible", 1, 4},
        {"ngày 15 tháng 13 năm 2024", "date.impossible", 1, 15},
        {"26/02/24", "date.year_digits", 1, 7},
        {"ngày 26 tháng 02 năm 24", "date.year_digits", 1, 22},
        {"26/02/20245", "date.year_digits", 1, 7},
        {"26/02/2024 abc", "date.trailing", 1, 12},
        {"ngày 26 tháng 02 năm 2024 của UBND", "date.trailing", 1, 27},
        {std::string(10000, '1'), "date.too_long", 1, 1},
        {"26/02/\xFF" "2024", "date.invalid_utf8", 1, 7},
        {"ngày 26 th\xC3" "ang 02 năm 2024", "date.invalid_utf8", 1, 11},
        {"ngày tháng 02 năm 2024", "date.incomplete", 1, 1},
        {"ngày   tháng 02 năm 2024", "date.incomplete", 1, 1},
        {"02/2024", "date.incomplete", 1, 1},
        {"năm 2024", "date.incomplete", 1, 1},
        {"26/02/1399", "date.year_out_of_range", 1, 7},
        {"ngày 26 tháng 02 năm 1399", "date.year_out_of_range", 1, 22},
        {"26/02-2024", "date.syntax", 1, 6},
        {"ngày 26 tháng 02", "date.syntax", 1, 17},
        {"ngày 26 năm 2024", "date.syntax", 1, 9},
        {"123/02/2024", "date.syntax", 1, 1},
        {"ngày 26\ntháng 02\nnăm 2024 x", "date.trailing", 3, 10},
    };
    for (const Bad& b : bad) {
      CAPTURE(b.text.substr(0, 60));
      bool threw = false;
      try {
        (void)govplan::parse_date(b.text);
      } catch (const govplan::ParseError& e) {
        threw = true;
        CHECK(e.id() == b.id);
        CHECK(e.where() == govplan::Location::in_text(b.line, b.column));
        CHECK_FALSE(e.expected().empty());
        CHECK_FALSE(e.found().empty());
      }
      CHECK(threw);
    }
  }

  TEST_CASE("a date error message says what was expected, what was found and where") {
    CHECK_THROWS_WITH_AS(govplan::parse_date(""),
                         "[govplan.parse_error.date.empty] at line 1, column 1: expected a date "
                         "such as \"26/02/2024\", \"ngày 26 tháng 02 năm 2024\" or \"2024-02-26\", "
                         "found an empty text",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(govplan::parse_date("garbage"),
                         "[govplan.parse_error.date.syntax] at line 1, column 1: expected a date "
                         "such as \"26/02/2024\", \"ngày 26 tháng 02 năm 2024\" or \"2024-02-26\", "
                         "found \"garbage\"",
                         govplan::ParseError);
    // The example of error.hpp's opening comment.
    CHECK_THROWS_WITH_AS(govplan::parse_date("30/02/2024"),
                         "[govplan.parse_error.date.impossible] at line 1, column 1: expected a "
                         "real calendar date, found \"30/02/2024\" (February 2024 has 29 days)",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(govplan::parse_date("29/02/2023"),
                         "[govplan.parse_error.date.impossible] at line 1, column 1: expected a "
                         "real calendar date, found \"29/02/2023\" (February 2023 has 28 days)",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(govplan::parse_date("15/13/2024"),
                         "[govplan.parse_error.date.impossible] at line 1, column 4: expected a "
                         "month from 1 to 12, found \"15/13/2024\" (there is no month 13)",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(govplan::parse_date("26/02/24"),
                         "[govplan.parse_error.date.year_digits] at line 1, column 7: expected a "
                         "four-digit year, found \"24\"",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(govplan::parse_date("26/02/2024 abc"),
                         "[govplan.parse_error.date.trailing] at line 1, column 12: expected the "
                         "end of the date, found \"abc\"",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(govplan::parse_date(std::string(10000, '1')),
                         "[govplan.parse_error.date.too_long] at line 1, column 1: expected at "
                         "most 200 bytes, found 10000 bytes starting "
                         "\"1111111111111111111111111111111111111111…\"",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(govplan::parse_date("26/02/\xFF" "2024"),
                         "[govplan.parse_error.date.invalid_utf8] at line 1, column 7: expected "
                         "UTF-8 text, found the byte 0xFF",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(govplan::parse_date("ngày tháng 02 năm 2024"),
                         "[govplan.parse_error.date.incomplete] at line 1, column 1: expected a "
                         "complete date with day, month and year, found \"ngày tháng 02 năm "
                         "2024\" (only 2024-02 is given; a draft's date is a partial date)",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(govplan::parse_date("26/02/1399"),
                         "[govplan.parse_error.date.year_out_of_range] at line 1, column 7: "
                         "expected a year from 1400 to 9999, found 1399",
                         govplan::ParseError);
  }

  TEST_CASE("a date of up to 200 bytes is read, a longer one is refused") {
    std::string padded = "26/02/2024";
    padded.resize(200, ' ');
    CHECK(govplan::parse_date(padded) == Date(2024, 2, 26));
    padded.push_back(' ');
    CHECK_THROWS_AS(govplan::parse_date(padded), govplan::ParseError);
  }

  TEST_CASE("parse_partial_date rejects bad input as parse_date does") {
    struct Bad {
      std::string text;
      const char* id;
      std::size_t column;  // 0: a blank field, located somewhere in its gap
    };
    const std::vector<Bad> bad = {
        {"", "date.empty", 1},
        {"garbage", "date.syntax", 1},
        {"13/2024", "date.impossible", 1},
        {"tháng 13 năm 2024", "date.impossible", 7},
        {"năm 1399", "date.year_out_of_range", 5},
        {"năm 24", "date.year_digits", 5},
        {"ngày 05 tháng   năm 2024", "date.day_without_month", 0},
        {"30/02/2024", "date.impossible", 1},
        {"năm 2024 x", "date.trailing", 10},
        {"\xC3", "date.invalid_utf8", 1},
        {std::string(201, ' '), "date.too_long", 1},
    };
    for (const Bad& b : bad) {
      CAPTURE(b.text);
      bool threw = false;
      try {
        (void)govplan::parse_partial_date(b.text);
      } catch (const govplan::ParseError& e) {
        threw = true;
        CHECK(e.id() == b.id);
        CHECK(e.where().line() == 1u);
        if (b.column != 0) CHECK(e.where().column() == b.column);
      }
      CHECK(threw);
    }
  }

  TEST_CASE("every date from 1900 to 2100 written in any style reads back as itself") {
    int mismatches = 0;
    std::string first_mismatch;
    for (const Date d : DateRange(Date(1900, 1, 1), Date(2100, 12, 31))) {
      if (d.day() % 7 != 1 && d.day() < 28) continue;  // a sample of each month, and its end
      for (DateStyle style : {DateStyle::iso, DateStyle::numeric, DateStyle::vietnamese}) {
        const std::string written = govplan::format_date(d, style);
        if (govplan::parse_date(written) != d && mismatches++ == 0) first_mismatch = written;
      }
    }
    INFO("first mismatch: " << first_mismatch);
    CHECK(mismatches == 0);
  }

  TEST_CASE("an ISO 8601 date needs two-digit months and days") {
    CHECK(govplan::parse_date("2024-02-26") == govplan::Date(2024, 2, 26));
    CHECK_THROWS_AS((void)govplan::parse_date("2024-2-26"), govplan::ParseError);
    CHECK_THROWS_AS((void)govplan::parse_date("2024-02-6"), govplan::ParseError);
  }
}
