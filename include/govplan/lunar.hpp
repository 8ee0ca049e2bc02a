// govplan/lunar.hpp — the Vietnamese lunisolar calendar (âm lịch), computed from astronomy.
//
// The Vietnamese calendar follows four rules (Hồ Ngọc Đức, "Âm lịch Việt Nam", calrules_vn):
//   1. a month begins on the local day that contains the new moon (sóc);
//   2. a common year has 12 months, a leap year 13;
//   3. the winter solstice always falls in month 11;
//   4. in a 13-month span from one month 11 to the next, the first month after month 11 that
//      contains no principal solar term (trung khí: the sun's apparent longitude reaching a
//      multiple of 30°) is the leap month and repeats the number of the month before it;
// and reckons days at the meridian 105°E, i.e. UTC+7. The Chinese calendar uses the same rules at
// UTC+8, so the two differ when a new moon or a principal term falls between 23:00 and 24:00
// Vietnam time (Tết 1985 was 21 January in Vietnam, a month before China's).
//
// govplan computes new moons with the algorithm of Jean Meeus, *Astronomical Algorithms* (2nd
// ed., 1998), ch. 49 (all periodic and planetary terms), the sun's apparent longitude with ch. 25
// (the "low accuracy" solution, about 0.01°), and converts dynamical time to universal time with
// the ΔT polynomials of Espenak & Meeus (NASA, 2006). Nothing is taken from a table: the months
// of the supported range are computed once, on first use, and kept in an immutable table.
//
// Supported range: lunar years 1900–2199, i.e. the days from Tết 1900 (1900-01-31) to the last
// day of lunar year 2199. Outside it every function throws ValidationError.
//
// Time zone policy. The time zone is always an explicit argument, never the host's:
//   - LunarReckoning::vietnam (the default) computes every year at UTC+7, the reckoning the
//     Vietnamese government uses today. For years before 1968 this is the "astronomical
//     Vietnamese" date, which may differ by a day from the calendar printed at the time.
//   - LunarReckoning::vietnam_historical follows the calendar officially in use in (North)
//     Vietnam: UTC+8 for the months that began before 8 August 1967, UTC+7 from then on (the
//     switch decided in 1967; in 1968 Tết was 29 January in the North). The South kept UTC+8
//     until 1975; use LunarReckoning::china for that calendar.
//   - LunarReckoning::china computes at UTC+8 (120°E), the Chinese calendar's meridian.
//
//   auto tet = govplan::LunarDate(2024, 1, 1).to_date();               // 2024-02-10
//   auto l = govplan::LunarDate::from_date(govplan::Date(2023, 3, 22)); // 1/2 (leap) 2023
//   l.leap();                                                          // true
//   govplan::LunarDate(2024, 3, 10).to_date();                         // 2024-04-18 (Giỗ Tổ)
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "govplan/date.hpp"
#include "govplan/lang.hpp"

namespace govplan {

/// Which meridian the calendar is reckoned at (see the time zone policy above).
enum class LunarReckoning : std::uint8_t {
  vietnam,             ///< UTC+7 for every year (default)
  vietnam_historical,  ///< UTC+8 for months that began before 1967-08-08, UTC+7 after
  china,               ///< UTC+8 for every year
};

/// "vietnam", "vietnam_historical", "china".
std::string_view to_string(LunarReckoning reckoning) noexcept;
/// The inverse of to_string(LunarReckoning); throws ParseError naming the accepted values.
LunarReckoning parse_lunar_reckoning(std::string_view text);

/// The first and last lunar years supported.
inline constexpr int lunar_min_year = 1900;
inline constexpr int lunar_max_year = 2199;

/// A day of the lunar calendar: year, month (1–12), day (1–30) and whether the month is the leap
/// (nhuận) repetition of that month number. A LunarDate always exists: the constructor rejects a
/// leap month the year does not have and day 30 of a 29-day month with ValidationError.
class LunarDate {
 public:
  /// Throws ValidationError (ids lunar.year_range, lunar.month, lunar.day, lunar.leap_month) for
  /// a date that does not exist in the given reckoning; nothing is silently corrected.
  LunarDate(int year, int month, int day, bool leap = false,
            LunarReckoning reckoning = LunarReckoning::vietnam);

  /// The lunar date of a solar day. Throws ValidationError outside the supported range.
  static LunarDate from_date(Date date, LunarReckoning reckoning = LunarReckoning::vietnam);

  /// The solar day of this lunar date.
  Date to_date() const;

  int year() const noexcept { return year_; }
  int month() const noexcept { return month_; }
  int day() const noexcept { return day_; }
  bool leap() const noexcept { return leap_; }
  LunarReckoning reckoning() const noexcept { return reckoning_; }

  /// 29 or 30: the length of this date's month.
  int month_length() const;

  /// "2024-03-10", with "L" after a leap month: "2023-02L-01". Parsed back by parse_lunar_date.
  std::string to_string() const;
  /// For people: "10/3 năm Giáp Thìn", "1/2 nhuận năm Quý Mão" (vi);
  /// "10th day of month 3, Giáp Thìn year" … (en).
  std::string format(Lang lang = Lang::vi) const;

  /// Dates of the same reckoning compare in calendar order; a leap month comes after the regular
  /// month of the same number.
  friend bool operator==(const LunarDate&, const LunarDate&) = default;
  friend std::strong_ordering operator<=>(const LunarDate& a, const LunarDate& b) noexcept;

 private:
  struct Unchecked {};
  LunarDate(Unchecked, int year, int month, int day, bool leap, LunarReckoning reckoning) noexcept
      : year_(static_cast<std::int16_t>(year)), month_(static_cast<std::int8_t>(month)),
        day_(static_cast<std::int8_t>(day)), leap_(leap), reckoning_(reckoning) {}

  std::int16_t year_;
  std::int8_t month_;
  std::int8_t day_;
  bool leap_;
  LunarReckoning reckoning_;
};

/// Reads LunarDate::to_string()'s form ("2024-03-10", "2023-02L-01"). Throws ParseError for
/// malformed text and ValidationError for a date that does not exist.
LunarDate parse_lunar_date(std::string_view text,
                           LunarReckoning reckoning = LunarReckoning::vietnam);

/// Facts about one lunar year.
struct LunarYear {
  int year = 0;
  Date new_year;        ///< Tết: day 1 of month 1
  Date last_day;        ///< the day before the next Tết (29 or 30 tháng Chạp)
  int leap_month = 0;   ///< the number of the leap month, 0 if none
  int month_count = 12; ///< 12 or 13
};

/// The lunar year `year`; throws ValidationError outside lunar_min_year–lunar_max_year.
LunarYear lunar_year(int year, LunarReckoning reckoning = LunarReckoning::vietnam);

/// The sexagenary (Can Chi) name of a lunar year in Vietnamese: 2024 → "Giáp Thìn".
std::string can_chi(int lunar_year);

/// The astronomy behind the calendar, exposed for tests and for users who need it.
namespace astro {

/// ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus polynomials, 1860–2200+).
double delta_t_seconds(double year) noexcept;

/// The Julian Ephemeris Day (TT) of the true new moon number k (k = 0 is the new moon of
/// 2000-01-06; Meeus ch. 49, with all periodic and planetary-argument corrections).
double new_moon_jde(long k) noexcept;

/// The sun's apparent geocentric longitude in degrees [0, 360) at Julian Ephemeris Day `jde`
/// (Meeus ch. 25, low-accuracy solution with nutation and aberration).
double sun_apparent_longitude(double jde) noexcept;

}  // namespace astro

}  // namespace govplan
