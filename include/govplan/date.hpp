// govplan/date.hpp — calendar days, closed ranges of days, partial dates, and the ways
// Vietnamese documents write them.
//
// A Date is a day of the proleptic Gregorian calendar, stored as a count of days since
// 1970-01-01 and shown as year, month and day. It has no time of day and no time zone: a
// deadline "ngày 30/6/2024" is that whole day. Dates from 1400-01-01 to 9999-12-31 are
// supported; a computation that leaves that range throws ValidationError.
//
// A DateRange is a closed interval: both `first` and `last` are inside it. A PartialDate is a
// year with an optional month and an optional day, because a draft plan is dated
// "ngày   tháng 02 năm 2024" until it is signed and numbered (Decree 30/2020/NĐ-CP, Art. 15(2)).
//
//   govplan::Date d = govplan::parse_date("ngày 26 tháng 02 năm 2024");
//   d.to_string();                                   // "2024-02-26"
//   govplan::format_date(d);                         // "ngày 26 tháng 02 năm 2024"
//   govplan::format_date(d, govplan::DateStyle::numeric);  // "26/02/2024"
//   d.add_months(1).to_string();                     // "2024-03-26"
//   govplan::parse_partial_date("ngày   tháng 02 năm 2024").to_string();  // "2024-02"
//
// Month and year arithmetic never "snaps" to month ends: 31 January plus one month is the last
// day of February, and 28 February plus one month is 28 March (Civil Code 2015, Art. 148(3)).
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace govplan {

/// Days of the week, numbered as ISO 8601 does (Monday = 1 … Sunday = 7).
enum class Weekday : std::uint8_t {
  monday = 1,
  tuesday,
  wednesday,
  thursday,
  friday,
  saturday,
  sunday,
};

/// "monday" … "sunday".
std::string_view to_string(Weekday weekday) noexcept;
/// The inverse of to_string: "monday" … "sunday". Throws ParseError (id date.weekday) naming the
/// accepted values.
Weekday parse_weekday(std::string_view text);

/// True for a Gregorian leap year.
bool is_leap_year(int year) noexcept;

/// The number of days of a month (28–31). Throws ValidationError for a month outside 1–12.
int days_in_month(int year, int month);

/// A year, month and day, as returned by Date::ymd().
struct YearMonthDay {
  int year = 1970;
  int month = 1;
  int day = 1;
  bool operator==(const YearMonthDay&) const = default;
};

namespace detail {
/// The proleptic Gregorian day `days` after 1970-01-01, by the era arithmetic of H. Hinnant,
/// "chrono-Compatible Low-Level Date Algorithms" (civil_from_days): a 400-year era has 146,097
/// days and counting years from March puts the leap day last. Inline because every period and
/// deadline computed asks for a year or a month; tests check it against Boost day by day.
constexpr YearMonthDay civil_from_days(std::int32_t days) noexcept {
  const std::int32_t z = days + 719468;
  const std::int32_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int32_t doe = z - era * 146097;                                      // [0, 146096]
  const std::int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const std::int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               // [0, 365]
  const std::int32_t mp = (5 * doy + 2) / 153;                                    // [0, 11]
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400) + (m <= 2 ? 1 : 0), m, d};
}

/// The inverse of civil_from_days (Hinnant's days_from_civil), for a valid year-month-day.
constexpr std::int32_t days_from_civil(int y, int m, int d) noexcept {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;                                    // [0, 399]
  const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            // [0, 146096]
  return era * 146097 + doe - 719468;
}

/// The supported range, 1400-01-01 … 9999-12-31, as day counts.
inline constexpr int min_year = 1400, max_year = 9999;
inline constexpr std::int32_t min_days = days_from_civil(min_year, 1, 1);
inline constexpr std::int32_t max_days = days_from_civil(max_year, 12, 31);

constexpr int month_length(int year, int month) noexcept {  // month in 1–12
  constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

// The errors of the inline operations below, out of line (date.cpp).
[[noreturn]] void throw_invalid_date(int year, int month, int day);
[[noreturn]] void throw_out_of_range(std::string_view operation, std::int64_t days);
[[noreturn]] void throw_reversed_range(std::int32_t first, std::int32_t last);
}  // namespace detail

/// A calendar day. Default-constructed, it is 1970-01-01.
class Date {
 public:
  constexpr Date() noexcept = default;

  /// The day year-month-day. Throws ValidationError for a day the calendar does not have
  /// (2024-02-30, month 13) or a year outside 1400–9999, quoting the value.
  Date(int year, int month, int day) {
    if (year < detail::min_year || year > detail::max_year || month < 1 || month > 12 || day < 1 ||
        (day > 28 && day > detail::month_length(year, month))) {
      detail::throw_invalid_date(year, month, day);
    }
    days_ = detail::days_from_civil(year, month, day);
  }

  /// The day `days` days after 1970-01-01 (negative: before). Throws ValidationError outside
  /// the supported range.
  static Date from_days_since_epoch(std::int32_t days);

  /// The first and last supported days: 1400-01-01 and 9999-12-31.
  static Date min() noexcept;
  static Date max() noexcept;

  constexpr std::int32_t days_since_epoch() const noexcept { return days_; }

  constexpr YearMonthDay ymd() const noexcept { return detail::civil_from_days(days_); }
  int year() const noexcept { return ymd().year; }
  int month() const noexcept { return ymd().month; }
  int day() const noexcept { return ymd().day; }
  Weekday weekday() const noexcept;
  /// True on Saturday and Sunday, the civil service's weekly rest days (Decision 188/1999/QĐ-TTg,
  /// Art. 1). Whether a day is a working day is a question for a work calendar, not for Date.
  bool is_weekend() const noexcept;

  /// This day moved by `days` (negative: backwards). Throws ValidationError outside the range.
  Date add_days(std::int32_t days) const {
    const std::int64_t result = std::int64_t{days_} + days;
    if (result < detail::min_days || result > detail::max_days) detail::throw_out_of_range("adding days", result);
    return Date(static_cast<std::int32_t>(result));
  }
  /// This day moved by whole months; if the target month is too short the result is its last day
  /// (2024-01-31 + 1 month = 2024-02-29; Civil Code 2015, Art. 148(3)). Throws ValidationError
  /// outside the range.
  Date add_months(int months) const;
  /// This day moved by whole years; 29 February becomes 28 February in a common year. (The Civil
  /// Code, Art. 148(4), only says "the corresponding day and month"; the fallback mirrors the
  /// month rule and is a choice, see DOMAIN.md §5.) Throws ValidationError outside the range.
  Date add_years(int years) const;

  /// The first and last day of this day's month.
  Date first_of_month() const noexcept { return Date(days_ - (day() - 1)); }
  Date last_of_month() const noexcept {
    const YearMonthDay d = ymd();
    return Date(days_ + (detail::month_length(d.year, d.month) - d.day));
  }

  /// The number of days from this day to `other` (negative if `other` is earlier).
  constexpr std::int32_t days_until(Date other) const noexcept { return other.days_ - days_; }

  /// ISO 8601: "2024-02-26".
  std::string to_string() const;

  constexpr auto operator<=>(const Date&) const noexcept = default;

 private:
  friend class DateRange;
  constexpr explicit Date(std::int32_t days) noexcept : days_(days) {}
  std::int32_t days_ = 0;
};

/// Writes Date::to_string().
std::ostream& operator<<(std::ostream& os, Date date);

/// The days from `first` to `last`, both included. Default-constructed, it is the single day
/// 1970-01-01. Iterating visits every day in order:
///
///   for (govplan::Date d : govplan::DateRange::month(2024, 2)) { ... }  // 29 days
class DateRange {
 public:
  DateRange() = default;
  /// Throws ValidationError if `last` is before `first`.
  DateRange(Date first, Date last) : first_(first), last_(last) {
    if (last < first) detail::throw_reversed_range(first.days_since_epoch(), last.days_since_epoch());
  }

  /// A whole year, month, quarter (1–4) or half-year (1 = January–June, 2 = July–December).
  /// Throw ValidationError for a month, quarter or half out of range.
  static DateRange year(int year);
  static DateRange month(int year, int month);
  static DateRange quarter(int year, int quarter);
  static DateRange half_year(int year, int half);

  constexpr Date first() const noexcept { return first_; }
  constexpr Date last() const noexcept { return last_; }
  /// The number of days, at least 1.
  constexpr std::int32_t day_count() const noexcept { return first_.days_until(last_) + 1; }

  constexpr bool contains(Date day) const noexcept { return first_ <= day && day <= last_; }
  constexpr bool contains(const DateRange& other) const noexcept {
    return first_ <= other.first_ && other.last_ <= last_;
  }
  constexpr bool overlaps(const DateRange& other) const noexcept {
    return first_ <= other.last_ && other.first_ <= last_;
  }
  /// The days in both ranges, if any.
  std::optional<DateRange> intersection(const DateRange& other) const;

  /// ISO 8601 interval: "2024-01-01/2024-12-31".
  std::string to_string() const;

  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Date;
    using difference_type = std::ptrdiff_t;
    using pointer = const Date*;
    using reference = Date;

    iterator() = default;
    Date operator*() const noexcept { return Date(static_cast<std::int32_t>(day_)); }
    iterator& operator++() noexcept {
      ++day_;
      return *this;
    }
    iterator operator++(int) noexcept {
      iterator old = *this;
      ++day_;
      return old;
    }
    bool operator==(const iterator&) const = default;

   private:
    friend class DateRange;
    explicit iterator(std::int64_t day) noexcept : day_(day) {}
    std::int64_t day_ = 0;
  };
  iterator begin() const noexcept { return iterator(first_.days_since_epoch()); }
  iterator end() const noexcept { return iterator(std::int64_t{last_.days_since_epoch()} + 1); }

  bool operator==(const DateRange&) const = default;

 private:
  Date first_;
  Date last_;
};

std::ostream& operator<<(std::ostream& os, const DateRange& range);

/// A year with an optional month and an optional day: what a draft's date line says before the
/// document is signed. A day needs a month. Default-constructed, it is the year 1970.
class PartialDate {
 public:
  PartialDate() = default;
  /// Throws ValidationError for an impossible month or day, a day without a month, or a year
  /// outside 1400–9999.
  explicit PartialDate(int year, std::optional<int> month = std::nullopt,
                       std::optional<int> day = std::nullopt);
  /// The complete date `date`.
  explicit PartialDate(Date date) noexcept;

  int year() const noexcept { return year_; }
  std::optional<int> month() const noexcept { return month_; }
  std::optional<int> day() const noexcept { return day_; }

  bool is_complete() const noexcept { return day_.has_value(); }
  /// The date, when year, month and day are all known.
  std::optional<Date> date() const;
  /// Every day the partial date may denote: 2024-02 → 2024-02-01/2024-02-29.
  DateRange range() const;

  /// ISO 8601 at the precision known: "2024", "2024-02" or "2024-02-26".
  std::string to_string() const;

  bool operator==(const PartialDate&) const = default;

 private:
  int year_ = 1970;
  std::optional<int> month_;
  std::optional<int> day_;
};

std::ostream& operator<<(std::ostream& os, const PartialDate& date);

/// How a date is written.
enum class DateStyle {
  iso,         ///< "2024-02-05"
  numeric,     ///< "05/02/2024", as documents cite dates in running text
  vietnamese,  ///< "ngày 05 tháng 02 năm 2024", the form Decree 30/2020 prescribes for headers
};

/// "iso", "numeric", "vietnamese".
std::string_view to_string(DateStyle style) noexcept;

/// Writes `date` in `style`. The Vietnamese style follows Decree 30/2020/NĐ-CP, Appendix I,
/// §II.4.b: days below 10 and the months 1 and 2 take a leading zero, months 3–12 do not
/// ("ngày 05 tháng 02 năm 2024", "ngày 15 tháng 9 năm 2022"). Numeric pads day and month to two
/// digits ("05/02/2024").
std::string format_date(Date date, DateStyle style = DateStyle::vietnamese);

/// Writes a partial date; an unknown day or month is left blank as a draft leaves it
/// ("ngày    tháng 02 năm 2024", "  /02/2024"), or omitted in ISO ("2024-02").
std::string format_date(const PartialDate& date, DateStyle style = DateStyle::vietnamese);

/// Reads a complete date written as Vietnamese documents write it:
///   "26/02/2024", "26/2/2024", "26-02-2024", "26.02.2024" (day first, four-digit year),
///   "ngày 26 tháng 02 năm 2024" (any letter case, any run of spaces or line breaks), with or
///   without a leading "ngày" in the numeric forms, and ISO "2024-02-26".
/// Leading and trailing whitespace is ignored. Throws ParseError, quoting the input and giving
/// the column, for anything else: an impossible day ("30/02/2024"), a two-digit year, a date with
/// a blank day (use parse_partial_date), empty or over-long (> 200 bytes) input, invalid UTF-8.
Date parse_date(std::string_view text);

/// Reads a date that may lack its day, or its day and month, as drafts leave them:
/// "ngày   tháng 02 năm 2024", "ngày … tháng 02 năm 2024", "ngày .. tháng .. năm 2024",
/// "tháng 02 năm 2024", "năm 2024", "  /02/2024", "02/2024", plus every form parse_date reads.
/// Throws ParseError as parse_date does.
PartialDate parse_partial_date(std::string_view text);

}  // namespace govplan
