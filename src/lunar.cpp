// The Vietnamese lunisolar calendar: see include/govplan/lunar.hpp for the rules and sources.
//
// Implementation outline (written from the rules, not from any existing calendar program):
//   1. For every new moon k between October 1898 and March 2201, compute its instant with Meeus
//      ch. 49 (in TT), convert to UT with ΔT, and take the local day (UTC+7 or UTC+8) that
//      contains it: that day starts a lunar month.
//   2. At the local midnight that starts each month, compute the sun's apparent longitude and
//      unwrap it into a non-decreasing angle. A month contains a principal term iff the 30°
//      sector index grows between its first day and the next month's first day; it contains the
//      winter solstice iff the sector index passes a value ≡ 9 (mod 12), i.e. 270°.
//   3. Months containing the winter solstice are month 11. Between two of them lie 12 or 13
//      months; with 13, the first month after month 11 without a principal term is leap.
//   4. A month numbered 11 or 12 (or leap 11/12) belongs to the lunar year before the Tết that
//      follows it; months 1–10 belong to the Gregorian year in which they begin.
// The table is built once per reckoning on first use (thread-safe static initialisation) and
// never changes afterwards.

#include "govplan/lunar.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <numbers>
#include <sstream>
#include <vector>

#include "govplan/error.hpp"

namespace govplan {

namespace astro {

namespace {
constexpr double deg = std::numbers::pi / 180.0;
double sin_deg(double x) noexcept { return std::sin(x * deg); }
}  // namespace

// Espenak & Meeus, "Polynomial expressions for Delta T" (NASA Eclipse web site, 2006).
double delta_t_seconds(double y) noexcept {
  if (y < 1860.0) {
    const double u = (y - 1820.0) / 100.0;
    return -20.0 + 32.0 * u * u;
  }
  if (y < 1900.0) {
    const double t = y - 1860.0;
    return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * t * t * t -
           0.0004473624 * t * t * t * t + t * t * t * t * t / 233174.0;
  }
  if (y < 1920.0) {
    const double t = y - 1900.0;
    return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t -
           0.000197 * t * t * t * t;
  }
  if (y < 1941.0) {
    const double t = y - 1920.0;
    return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
  }
  if (y < 1961.0) {
    const double t = y - 1950.0;
    return 29.07 + 0.407 * t - t * t / 233.0 + t * t * t / 2547.0;
  }
  if (y < 1986.0) {
    const double t = y - 1975.0;
    return 45.45 + 1.067 * t - t * t / 260.0 - t * t * t / 718.0;
  }
  if (y < 2005.0) {
    const double t = y - 2000.0;
    return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t +
           0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
  }
  if (y < 2050.0) {
    const double t = y - 2000.0;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const double u = (y - 1820.0) / 100.0;
  if (y < 2150.0) return -20.0 + 32.0 * u * u - 0.5628 * (2150.0 - y);
  return -20.0 + 32.0 * u * u;
}

// Meeus, Astronomical Algorithms, 2nd ed., ch. 49 "Phases of the Moon", new moon.
double new_moon_jde(long k_int) noexcept {
  const double k = static_cast<double>(k_int);
  const double t = k / 1236.85;
  const double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
  double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 +
               0.00000000073 * t4;
  const double e = 1.0 - 0.002516 * t - 0.0000074 * t2;
  const double m = 2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const double mp =
      201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const double f =
      160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const double om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

  jde += -0.40720 * sin_deg(mp) + 0.17241 * e * sin_deg(m) + 0.01608 * sin_deg(2 * mp) +
         0.01039 * sin_deg(2 * f) + 0.00739 * e * sin_deg(mp - m) -
         0.00514 * e * sin_deg(mp + m) + 0.00208 * e * e * sin_deg(2 * m) -
         0.00111 * sin_deg(mp - 2 * f) - 0.00057 * sin_deg(mp + 2 * f) +
         0.00056 * e * sin_deg(2 * mp + m) - 0.00042 * sin_deg(3 * mp) +
         0.00042 * e * sin_deg(m + 2 * f) + 0.00038 * e * sin_deg(m - 2 * f) -
         0.00024 * e * sin_deg(2 * mp - m) - 0.00017 * sin_deg(om) -
         0.00007 * sin_deg(mp + 2 * m) + 0.00004 * sin_deg(2 * mp - 2 * f) +
         0.00004 * sin_deg(3 * m) + 0.00003 * sin_deg(mp + m - 2 * f) +
         0.00003 * sin_deg(2 * mp + 2 * f) - 0.00003 * sin_deg(mp + m + 2 * f) +
         0.00003 * sin_deg(mp - m + 2 * f) - 0.00002 * sin_deg(mp - m - 2 * f) -
         0.00002 * sin_deg(3 * mp + m) + 0.00002 * sin_deg(4 * mp);

  // Additional corrections from the planetary arguments A1–A14.
  constexpr std::array<std::array<double, 3>, 14> planetary{{
      {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165},
      {251.83, 26.651886, 0.000164}, {349.42, 36.412478, 0.000126},
      {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
      {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056},
      {34.52, 27.261239, 0.000047}, {207.19, 0.121824, 0.000042},
      {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
      {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
  }};
  for (std::size_t i = 0; i < planetary.size(); ++i) {
    double a = planetary[i][0] + planetary[i][1] * k;
    if (i == 0) a -= 0.009173 * t2;
    jde += planetary[i][2] * sin_deg(a);
  }
  return jde;
}

// Meeus ch. 25 "Solar Coordinates", low accuracy, apparent longitude (eqs. 25.2–25.5, 25.8).
double sun_apparent_longitude(double jde) noexcept {
  const double t = (jde - 2451545.0) / 36525.0;
  const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const double m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin_deg(m) +
                   (0.019993 - 0.000101 * t) * sin_deg(2 * m) + 0.000289 * sin_deg(3 * m);
  const double omega = 125.04 - 1934.136 * t;
  double lambda = l0 + c - 0.00569 - 0.00478 * sin_deg(omega);
  lambda = std::fmod(lambda, 360.0);
  if (lambda < 0) lambda += 360.0;
  return lambda;
}

}  // namespace astro

namespace {

constexpr double unix_epoch_jd = 2440587.5;  // JD of 1970-01-01 00:00 UT

double decimal_year_of_jd(double jd) noexcept { return 2000.0 + (jd - 2451545.0) / 365.25; }

// One lunar month of the table.
struct Month {
  std::int32_t first_day;  // days since 1970-01-01
  std::int16_t year;
  std::int8_t number;
  bool leap;
};

struct YearIndex {
  std::int32_t first_month;  // index of month 1 in the month table
  std::int8_t leap_month;    // 0 if none
  std::int8_t month_count;
};

class Table {
 public:
  std::vector<Month> months;           // consecutive, ascending
  std::vector<YearIndex> years;        // lunar_min_year … lunar_max_year
  std::int32_t first_supported = 0;    // Tết lunar_min_year
  std::int32_t last_supported = 0;     // last day of lunar_max_year

  const YearIndex& year(int y) const { return years[static_cast<std::size_t>(y - lunar_min_year)]; }

  std::size_t month_index_of_day(std::int32_t day) const noexcept {
    // Estimate from the mean synodic month, then correct (months are 29 or 30 days).
    const double est = (day - months.front().first_day) / 29.530588861;
    auto i = static_cast<std::ptrdiff_t>(est);
    const auto n = static_cast<std::ptrdiff_t>(months.size());
    i = std::clamp<std::ptrdiff_t>(i, 0, n - 1);
    while (i + 1 < n && months[static_cast<std::size_t>(i + 1)].first_day <= day) ++i;
    while (i > 0 && months[static_cast<std::size_t>(i)].first_day > day) --i;
    return static_cast<std::size_t>(i);
  }
};

// The new moons and sector indices for one time zone (hours east of Greenwich).
struct Lunation {
  std::int32_t first_day;
  long sector;  // floor(unwrapped apparent solar longitude / 30°) at the first day's midnight
};

std::vector<Lunation> lunations(double zone_hours) {
  // k for October 1898 and March 2201 (k = 0 is 2000-01-06).
  constexpr long k_first = -1256;
  constexpr long k_last = 2487;
  std::vector<Lunation> out;
  out.reserve(static_cast<std::size_t>(k_last - k_first + 1));
  double previous_raw = -1.0;
  double turns = 0.0;
  for (long k = k_first; k <= k_last; ++k) {
    const double jde = astro::new_moon_jde(k);
    const double jd_ut = jde - astro::delta_t_seconds(decimal_year_of_jd(jde)) / 86400.0;
    // The local civil day containing the instant: days since the epoch at local midnight.
    const auto day = static_cast<std::int32_t>(std::floor(jd_ut - unix_epoch_jd + zone_hours / 24.0));
    // Local midnight starting that day, in UT, then in TT for the solar longitude.
    const double midnight_ut = unix_epoch_jd + day - zone_hours / 24.0;
    const double midnight_tt =
        midnight_ut + astro::delta_t_seconds(decimal_year_of_jd(midnight_ut)) / 86400.0;
    const double raw = astro::sun_apparent_longitude(midnight_tt);
    if (previous_raw >= 0.0 && raw < previous_raw) turns += 360.0;
    previous_raw = raw;
    out.push_back({day, static_cast<long>(std::floor((raw + turns) / 30.0))});
  }
  return out;
}

long floor_div(long a, long b) noexcept { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Number the months of a lunation list by the four rules.
std::vector<Month> number_months(const std::vector<Lunation>& lun) {
  const std::size_t n = lun.size();
  // Months that contain the winter solstice (sector index passes 9 mod 12).
  std::vector<std::size_t> elevens;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (floor_div(lun[i + 1].sector - 9, 12) > floor_div(lun[i].sector - 9, 12)) {
      elevens.push_back(i);
    }
  }
  std::vector<Month> months;
  for (std::size_t e = 0; e + 1 < elevens.size(); ++e) {
    const std::size_t a = elevens[e];
    const std::size_t b = elevens[e + 1];
    std::size_t leap_at = 0;  // 0: no leap month in this span
    if (b - a == 13) {
      for (std::size_t j = a + 1; j < b; ++j) {
        if (lun[j + 1].sector == lun[j].sector) {
          leap_at = j;
          break;
        }
      }
    }
    int number = 11;
    for (std::size_t j = a; j < b; ++j) {
      bool leap = false;
      if (j == a) {
        number = 11;
      } else if (leap_at != 0 && j == leap_at) {
        leap = true;  // repeats the previous number
      } else {
        number = number % 12 + 1;
      }
      const YearMonthDay start = Date::from_days_since_epoch(lun[j].first_day).ymd();
      int year = start.year;
      if (number >= 11 && start.month < 6) year -= 1;
      months.push_back({lun[j].first_day, static_cast<std::int16_t>(year),
                        static_cast<std::int8_t>(number), leap});
    }
  }
  return months;
}

Table build_table(const std::vector<Month>& months) {
  Table t;
  t.months = months;
  for (int y = lunar_min_year; y <= lunar_max_year; ++y) {
    const auto first = std::find_if(t.months.begin(), t.months.end(), [y](const Month& m) {
      return m.year == y && m.number == 1 && !m.leap;
    });
    YearIndex yi{static_cast<std::int32_t>(first - t.months.begin()), 0, 0};
    for (auto it = first; it != t.months.end() && it->year == y; ++it) {
      ++yi.month_count;
      if (it->leap) yi.leap_month = it->number;
    }
    t.years.push_back(yi);
  }
  t.first_supported = t.months[static_cast<std::size_t>(t.years.front().first_month)].first_day;
  const YearIndex& last = t.years.back();
  t.last_supported =
      t.months[static_cast<std::size_t>(last.first_month + last.month_count)].first_day - 1;
  return t;
}

const Table& table(LunarReckoning reckoning) {
  switch (reckoning) {
    case LunarReckoning::vietnam: {
      static const Table t = build_table(number_months(lunations(7.0)));
      return t;
    }
    case LunarReckoning::china: {
      static const Table t = build_table(number_months(lunations(8.0)));
      return t;
    }
    case LunarReckoning::vietnam_historical: {
      static const Table t = [] {
        // UTC+8 for months that began before 1967-08-08, UTC+7 from the first UTC+7 month that
        // begins on or after it. The two reckonings number the months around the switch alike
        // (checked by the test suite), so the sequence stays consecutive.
        const std::int32_t switch_day = Date(1967, 8, 8).days_since_epoch();
        const std::vector<Month> old = number_months(lunations(8.0));
        const std::vector<Month> now = number_months(lunations(7.0));
        std::vector<Month> merged;
        for (const Month& m : old) {
          if (m.first_day < switch_day) merged.push_back(m);
        }
        for (const Month& m : now) {
          if (m.first_day >= switch_day) merged.push_back(m);
        }
        return build_table(merged);
      }();
      return t;
    }
  }
  std::abort();
}

void check_year(int year) {
  if (year < lunar_min_year || year > lunar_max_year) {
    throw ValidationError("lunar.year_range",
                          "a lunar year from " + std::to_string(lunar_min_year) + " to " +
                              std::to_string(lunar_max_year),
                          std::to_string(year));
  }
}

int length_of(const Table& t, std::size_t index) {
  return t.months[index + 1].first_day - t.months[index].first_day;
}

std::size_t month_index(const Table& t, int year, int month, bool leap) {
  const YearIndex& yi = t.year(year);
  int offset = month - 1;
  if (yi.leap_month != 0 && (month > yi.leap_month || (month == yi.leap_month && leap))) {
    ++offset;
  }
  return static_cast<std::size_t>(yi.first_month + offset);
}

constexpr std::array<std::string_view, 10> stems{"Giáp", "Ất",  "Bính", "Đinh", "Mậu",
                                                 "Kỷ",   "Canh", "Tân", "Nhâm", "Quý"};
constexpr std::array<std::string_view, 12> branches{"Tý",  "Sửu", "Dần",  "Mão",
                                                    "Thìn", "Tỵ", "Ngọ",  "Mùi",
                                                    "Thân", "Dậu", "Tuất", "Hợi"};

}  // namespace

std::string_view to_string(LunarReckoning reckoning) noexcept {
  switch (reckoning) {
    case LunarReckoning::vietnam: return "vietnam";
    case LunarReckoning::vietnam_historical: return "vietnam_historical";
    case LunarReckoning::china: return "china";
  }
  return "vietnam";
}

LunarReckoning parse_lunar_reckoning(std::string_view text) {
  for (auto r : {LunarReckoning::vietnam, LunarReckoning::vietnam_historical,
                 LunarReckoning::china}) {
    if (text == to_string(r)) return r;
  }
  throw ParseError("lunar.reckoning", "one of vietnam, vietnam_historical, china",
                   quote(text));
}

LunarDate::LunarDate(int year, int month, int day, bool leap, LunarReckoning reckoning)
    : LunarDate(Unchecked{}, year, month, day, leap, reckoning) {
  check_year(year);
  if (month < 1 || month > 12) {
    throw ValidationError("lunar.month", "a lunar month from 1 to 12", std::to_string(month));
  }
  const Table& t = table(reckoning);
  const YearIndex& yi = t.year(year);
  if (leap && yi.leap_month != month) {
    throw ValidationError(
        "lunar.leap_month",
        yi.leap_month == 0
            ? "a regular month: lunar year " + std::to_string(year) + " has no leap month"
            : "the leap month of lunar year " + std::to_string(year) + ", month " +
                  std::to_string(yi.leap_month),
        "leap month " + std::to_string(month));
  }
  const int length = length_of(t, month_index(t, year, month, leap));
  if (day < 1 || day > length) {
    throw ValidationError("lunar.day",
                          "a day from 1 to " + std::to_string(length) + " (month " +
                              std::to_string(month) + (leap ? " leap" : "") + " of " +
                              std::to_string(year) + " has " + std::to_string(length) + " days)",
                          std::to_string(day));
  }
}

LunarDate LunarDate::from_date(Date date, LunarReckoning reckoning) {
  const Table& t = table(reckoning);
  const std::int32_t d = date.days_since_epoch();
  if (d < t.first_supported || d > t.last_supported) {
    throw ValidationError("lunar.date_range",
                          "a day from " + Date::from_days_since_epoch(t.first_supported).to_string() +
                              " to " + Date::from_days_since_epoch(t.last_supported).to_string() +
                              " (lunar years " + std::to_string(lunar_min_year) + "–" +
                              std::to_string(lunar_max_year) + ")",
                          date.to_string());
  }
  const Month& m = t.months[t.month_index_of_day(d)];
  return LunarDate(Unchecked{}, m.year, m.number, d - m.first_day + 1, m.leap, reckoning);
}

Date LunarDate::to_date() const {
  const Table& t = table(reckoning_);
  return Date::from_days_since_epoch(t.months[month_index(t, year_, month_, leap_)].first_day +
                                     day_ - 1);
}

int LunarDate::month_length() const {
  const Table& t = table(reckoning_);
  return length_of(t, month_index(t, year_, month_, leap_));
}

std::string LunarDate::to_string() const {
  std::string out = std::to_string(year_) + '-';
  if (month_ < 10) out += '0';
  out += std::to_string(month_);
  if (leap_) out += 'L';
  out += '-';
  if (day_ < 10) out += '0';
  out += std::to_string(day_);
  return out;
}

std::string LunarDate::format(Lang lang) const {
  if (lang == Lang::en) {
    std::string out = "day " + std::to_string(day_) + " of month " + std::to_string(month_);
    if (leap_) out += " (leap)";
    return out + ", year " + can_chi(year_) + " (" + std::to_string(year_) + ")";
  }
  std::string out = std::to_string(day_) + '/' + std::to_string(month_);
  if (leap_) out += " nhuận";
  return out + " năm " + can_chi(year_);
}

std::strong_ordering operator<=>(const LunarDate& a, const LunarDate& b) noexcept {
  if (auto c = a.year_ <=> b.year_; c != 0) return c;
  if (auto c = a.month_ <=> b.month_; c != 0) return c;
  if (auto c = a.leap_ <=> b.leap_; c != 0) return c;
  if (auto c = a.day_ <=> b.day_; c != 0) return c;
  return a.reckoning_ <=> b.reckoning_;
}

LunarDate parse_lunar_date(std::string_view text, LunarReckoning reckoning) {
  // YYYY-MM[L]-DD
  auto fail = [&] {
    throw ParseError("lunar.syntax", "a lunar date written YYYY-MM-DD or YYYY-MML-DD (leap month)",
                     quote(text), Location::in_text(1, 1));
  };
  auto digits = [&](std::size_t pos, std::size_t count) {
    if (pos + count > text.size()) fail();
    int v = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
      if (text[i] < '0' || text[i] > '9') fail();
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  const int year = digits(0, 4);
  if (text.size() < 10 || text[4] != '-') fail();
  const int month = digits(5, 2);
  std::size_t pos = 7;
  bool leap = false;
  if (pos < text.size() && text[pos] == 'L') {
    leap = true;
    ++pos;
  }
  if (pos >= text.size() || text[pos] != '-') fail();
  const int day = digits(pos + 1, 2);
  if (pos + 3 != text.size()) fail();
  return LunarDate(year, month, day, leap, reckoning);
}

LunarYear lunar_year(int year, LunarReckoning reckoning) {
  check_year(year);
  const Table& t = table(reckoning);
  const YearIndex& yi = t.year(year);
  const auto first = static_cast<std::size_t>(yi.first_month);
  const auto next = first + static_cast<std::size_t>(yi.month_count);
  return {year, Date::from_days_since_epoch(t.months[first].first_day),
          Date::from_days_since_epoch(t.months[next].first_day - 1), yi.leap_month,
          yi.month_count};
}

std::string can_chi(int year) {
  const long long y = year;
  const auto s = static_cast<std::size_t>(((y + 6) % 10 + 10) % 10);
  const auto b = static_cast<std::size_t>(((y + 8) % 12 + 12) % 12);
  return std::string(stems[s]) + ' ' + std::string(branches[b]);
}

}  // namespace govplan
