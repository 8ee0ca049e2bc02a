#include "govplan/date.hpp"

#include <algorithm>
#include <array>
#include <ostream>
#include <string>

#include "date_syntax.hpp"
#include "govplan/error.hpp"
#include "text.hpp"

namespace govplan {

namespace {

constexpr int kMinYear = detail::min_year;  // Boost.Date_Time's first supported year
constexpr int kMaxYear = detail::max_year;

// days_from_civil and civil_from_days (date.hpp, after H. Hinnant): Boost.Date_Time remains the
// reference both are tested against day by day (tests/cpp/test_date.cpp) and the type
// date_boost.hpp converts to.
using detail::days_from_civil;

static_assert(days_from_civil(1970, 1, 1) == 0);
static_assert(days_from_civil(2000, 3, 1) == 11017);
static_assert(detail::civil_from_days(11016).month == 2 && detail::civil_from_days(11016).day == 29);

constexpr std::int32_t min_days() { return detail::min_days; }
constexpr std::int32_t max_days() { return detail::max_days; }

// Digits written into the string being built: dates are formatted often (every reason and
// finding names one), so without the temporaries of std::to_string and operator+. `width` is the
// least number of digits (zeros in front).
void append_digits(std::string& out, int v, int width) {
  char buf[12];
  int n = 0;
  unsigned u = static_cast<unsigned>(v < 0 ? -v : v);
  do {
    buf[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0);
  while (n < width) buf[n++] = '0';
  if (v < 0) buf[n++] = '-';
  std::reverse(buf, buf + n);
  out.append(buf, static_cast<std::size_t>(n));
}

// Exactly `width` digits of 0 ≤ v < 10^width into `at`: the fixed fields of a date (a year is
// 1400–9999, see check_year).
void put_digits(char* at, int v, int width) {
  for (int k = width - 1; k >= 0; --k) {
    at[k] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
}

std::string two_digits(int v) {
  std::string s;
  append_digits(s, v, 2);
  return s;
}

void check_year(int year) {
  if (year < kMinYear || year > kMaxYear) {
    throw ValidationError("date.year_out_of_range", "a year from 1400 to 9999",
                          std::to_string(year));
  }
}

}  // namespace

namespace detail {

void throw_out_of_range(std::string_view operation, std::int64_t days) {
  throw ValidationError("date.out_of_range",
                        "a result from 1400-01-01 to 9999-12-31",
                        "a day " + std::to_string(days) + " days from 1970-01-01 (" +
                            std::string(operation) + ")");
}

void throw_invalid_date(int year, int month, int day) {
  check_year(year);
  const int last = days_in_month(year, month);  // throws for a month out of range
  throw ValidationError("date.day_out_of_range",
                        "a day from 1 to " + std::to_string(last) + " for " +
                            std::string(detail::month_name_en(month)) + " " + std::to_string(year),
                        std::to_string(day));
}

void throw_reversed_range(std::int32_t first, std::int32_t last) {
  throw ValidationError("date_range.reversed",
                        "a last day on or after the first day " + Date::from_days_since_epoch(first).to_string(),
                        Date::from_days_since_epoch(last).to_string());
}

}  // namespace detail

using detail::throw_out_of_range;

// ---- free functions ---------------------------------------------------------------------------

std::string_view to_string(Weekday weekday) noexcept {
  static constexpr std::array<std::string_view, 7> names = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  const auto i = static_cast<std::size_t>(weekday);
  return i >= 1 && i <= 7 ? names[i - 1] : std::string_view{};
}

Weekday parse_weekday(std::string_view text) {
  for (int i = 1; i <= 7; ++i) {
    const auto w = static_cast<Weekday>(i);
    if (text == to_string(w)) return w;
  }
  throw ParseError("date.weekday",
                   "a day of the week: monday, tuesday, wednesday, thursday, friday, saturday or "
                   "sunday",
                   quote(text));
}

bool is_leap_year(int year) noexcept {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) {
    throw ValidationError("date.month_out_of_range", "a month from 1 to 12",
                          std::to_string(month));
  }
  return month == 2 && is_leap_year(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

// ---- Date -------------------------------------------------------------------------------------

Date Date::from_days_since_epoch(std::int32_t days) {
  if (days < min_days() || days > max_days()) throw_out_of_range("the day count", days);
  return Date(days);
}

Date Date::min() noexcept { return Date(min_days()); }
Date Date::max() noexcept { return Date(max_days()); }


Weekday Date::weekday() const noexcept {
  // 1970-01-01 was a Thursday (ISO day 4).
  const std::int32_t r = ((days_ % 7) + 7 + 3) % 7;
  return static_cast<Weekday>(r + 1);
}

bool Date::is_weekend() const noexcept {
  const Weekday w = weekday();
  return w == Weekday::saturday || w == Weekday::sunday;
}

Date Date::add_months(int months) const {
  const YearMonthDay d = ymd();
  const std::int64_t index = std::int64_t{d.year} * 12 + (d.month - 1) + months;
  const std::int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
  if (year < kMinYear || year > kMaxYear) {
    throw ValidationError("date.out_of_range", "a result from 1400-01-01 to 9999-12-31",
                          "adding " + std::to_string(months) + " months to " + to_string() +
                              " reaches the year " + std::to_string(year));
  }
  const int y = static_cast<int>(year);
  const int m = static_cast<int>(index - year * 12) + 1;
  const int last = days_in_month(y, m);
  return Date(y, m, d.day < last ? d.day : last);
}

Date Date::add_years(int years) const {
  const YearMonthDay d = ymd();
  const std::int64_t year = std::int64_t{d.year} + years;
  if (year < kMinYear || year > kMaxYear) {
    throw ValidationError("date.out_of_range", "a result from 1400-01-01 to 9999-12-31",
                          "adding " + std::to_string(years) + " years to " + to_string() +
                              " reaches the year " + std::to_string(year));
  }
  const int y = static_cast<int>(year);
  const int last = days_in_month(y, d.month);
  return Date(y, d.month, d.day < last ? d.day : last);
}

std::string Date::to_string() const {
  const YearMonthDay d = ymd();
  char text[10] = {0, 0, 0, 0, '-', 0, 0, '-', 0, 0};
  put_digits(text, d.year, 4);
  put_digits(text + 5, d.month, 2);
  put_digits(text + 8, d.day, 2);
  return std::string(text, sizeof text);
}

std::ostream& operator<<(std::ostream& os, Date date) { return os << date.to_string(); }

// ---- DateRange --------------------------------------------------------------------------------

DateRange DateRange::year(int year) { return {Date(year, 1, 1), Date(year, 12, 31)}; }

DateRange DateRange::month(int year, int month) {
  const Date first(year, month, 1);
  return {first, first.last_of_month()};
}

DateRange DateRange::quarter(int year, int quarter) {
  if (quarter < 1 || quarter > 4) {
    throw ValidationError("date_range.quarter_out_of_range", "a quarter from 1 to 4",
                          std::to_string(quarter));
  }
  const int first_month = 3 * (quarter - 1) + 1;
  return {Date(year, first_month, 1), Date(year, first_month + 2, 1).last_of_month()};
}

DateRange DateRange::half_year(int year, int half) {
  if (half < 1 || half > 2) {
    throw ValidationError("date_range.half_out_of_range", "a half-year 1 or 2",
                          std::to_string(half));
  }
  return half == 1 ? DateRange(Date(year, 1, 1), Date(year, 6, 30))
                   : DateRange(Date(year, 7, 1), Date(year, 12, 31));
}

std::optional<DateRange> DateRange::intersection(const DateRange& other) const {
  if (!overlaps(other)) return std::nullopt;
  return DateRange(first_ < other.first_ ? other.first_ : first_,
                   last_ < other.last_ ? last_ : other.last_);
}

std::string DateRange::to_string() const { return first_.to_string() + "/" + last_.to_string(); }

std::ostream& operator<<(std::ostream& os, const DateRange& range) {
  return os << range.to_string();
}

// ---- PartialDate ------------------------------------------------------------------------------

PartialDate::PartialDate(int year, std::optional<int> month, std::optional<int> day)
    : year_(year), month_(month), day_(day) {
  check_year(year);
  if (day && !month) {
    throw ValidationError("partial_date.day_without_month", "a month when a day is given",
                          "day " + std::to_string(*day) + " without a month");
  }
  if (month) {
    const int last = days_in_month(year, *month);
    if (day && (*day < 1 || *day > last)) {
      throw ValidationError("date.day_out_of_range",
                            "a day from 1 to " + std::to_string(last) + " for " +
                                std::string(detail::month_name_en(*month)) + " " +
                                std::to_string(year),
                            std::to_string(*day));
    }
  }
}

PartialDate::PartialDate(Date date) noexcept {
  const YearMonthDay d = date.ymd();
  year_ = d.year;
  month_ = d.month;
  day_ = d.day;
}

std::optional<Date> PartialDate::date() const {
  if (!day_) return std::nullopt;
  return Date(year_, *month_, *day_);
}

DateRange PartialDate::range() const {
  if (day_) return {Date(year_, *month_, *day_), Date(year_, *month_, *day_)};
  if (month_) return DateRange::month(year_, *month_);
  return DateRange::year(year_);
}

std::string PartialDate::to_string() const {
  std::string s;
  append_digits(s, year_, 4);
  if (month_) {
    s += '-';
    append_digits(s, *month_, 2);
  }
  if (day_) {
    s += '-';
    append_digits(s, *day_, 2);
  }
  return s;
}

std::ostream& operator<<(std::ostream& os, const PartialDate& date) {
  return os << date.to_string();
}

// ---- formatting -------------------------------------------------------------------------------

std::string_view to_string(DateStyle style) noexcept {
  switch (style) {
    case DateStyle::iso: return "iso";
    case DateStyle::numeric: return "numeric";
    case DateStyle::vietnamese: return "vietnamese";
  }
  return {};
}

namespace {

// Decree 30/2020/NĐ-CP, Appendix I §II.4.b: days 1–9 and months 1–2 take a leading zero.
std::string decree30_day(int day) { return two_digits(day); }
std::string decree30_month(int month) {
  return month <= 2 ? two_digits(month) : std::to_string(month);
}

}  // namespace

std::string format_date(Date date, DateStyle style) {
  if (style == DateStyle::numeric) {  // dd/mm/yyyy, the most written
    const YearMonthDay d = date.ymd();
    char text[10] = {0, 0, '/', 0, 0, '/', 0, 0, 0, 0};
    put_digits(text, d.day, 2);
    put_digits(text + 3, d.month, 2);
    put_digits(text + 6, d.year, 4);
    return std::string(text, sizeof text);
  }
  return format_date(PartialDate(date), style);
}

std::string format_date(const PartialDate& date, DateStyle style) {
  std::string s;
  switch (style) {
    case DateStyle::iso:
      return date.to_string();
    case DateStyle::numeric:
      s.reserve(10);
      if (date.day()) append_digits(s, *date.day(), 2); else s += "  ";
      s += '/';
      if (date.month()) append_digits(s, *date.month(), 2); else s += "  ";
      s += '/';
      append_digits(s, date.year(), 4);
      return s;
    case DateStyle::vietnamese:
      s = "ngày ";
      s += date.day() ? decree30_day(*date.day()) : "  ";
      s += " tháng ";
      s += date.month() ? decree30_month(*date.month()) : "  ";
      s += " năm ";
      append_digits(s, date.year(), 4);
      return s;
  }
  return s;
}

// ---- parsing ----------------------------------------------------------------------------------

namespace detail {

std::string_view month_name_en(int month) noexcept {
  static constexpr std::array<std::string_view, 12> names = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? names[static_cast<std::size_t>(month - 1)]
                                   : std::string_view{};
}

namespace {

constexpr std::string_view kExpectedDate =
    "a date such as \"26/02/2024\", \"ngày 26 tháng 02 năm 2024\" or \"2024-02-26\"";

class DateReader {
 public:
  DateReader(std::string_view text, std::size_t offset) : text_(text), pos_(offset) {}

  DateSyntax read() {
    skip_space();
    const std::size_t start = pos_;
    DateSyntax s;
    if (word("ngày")) {
      skip_space();
      if (at_digit()) {
        DateFieldSyntax first = digits_field(2, "a day of one or two digits");
        const std::size_t after_digits = pos_;
        skip_space();
        if (at_separator()) {
          return numeric_after_first(s, first);
        }
        pos_ = after_digits;
        s.day = first;
      } else {
        DateFieldSyntax blank = blank_field();
        if (peek() == U'/' || peek() == U'-') return numeric_after_first(s, blank);
        s.day = blank;
      }
      return vietnamese_after_day(s);
    }
    if (peek_word("tháng")) return vietnamese_after_day(s);
    if (word("năm")) {
      s.style = DateStyle::vietnamese;
      skip_space();
      s.year = year_field();
      return finish(s);
    }
    if (at_digit()) {
      const std::size_t group_start = pos_;
      const std::string_view group = digit_run();
      if (group.size() == 4 && (at_end_after_space() || peek() == U'-')) {
        s.style = DateStyle::iso;
        s.year = make_field(group, group_start);
        if (peek() == U'-') {
          advance();
          s.month = exact_digits_field(2, "a two-digit month in ISO 8601 (\"2024-02-26\")");
          if (peek() == U'-') {
            advance();
            s.day = exact_digits_field(2, "a two-digit day in ISO 8601 (\"2024-02-26\")");
          }
        }
        return finish(s);
      }
      pos_ = group_start;
      DateFieldSyntax first = digits_field(2, "a day of one or two digits");
      skip_space();
      if (!at_separator()) fail(start);
      return numeric_after_first(s, first);
    }
    if (at_placeholder() || at_separator()) {
      DateFieldSyntax blank = blank_field();
      skip_space();
      if (!at_separator()) fail(start);
      return numeric_after_first(s, blank);
    }
    fail(start);
  }

 private:
  // After the first numeric group: "/MM/YYYY", or "/YYYY" when the first group was the month.
  DateSyntax numeric_after_first(DateSyntax& s, DateFieldSyntax first) {
    s.style = DateStyle::numeric;
    const char32_t sep = peek();
    advance();
    skip_space();
    const std::size_t second_start = pos_;
    DateFieldSyntax second;
    if (at_digit()) {
      const std::string_view group = digit_run();
      if (group.size() == 4 && first.value) {
        // "02/2024": month and year.
        s.month = first;
        s.year = make_field(group, second_start);
        return finish(s);
      }
      pos_ = second_start;
      second = digits_field(2, "a month of one or two digits");
    } else {
      second = blank_field();
    }
    skip_space();
    if (peek() != sep) {
      expected_here(sep == U'/' ? "\"/\" before the year"
                                : (sep == U'-' ? "\"-\" before the year" : "\".\" before the year"));
    }
    advance();
    skip_space();
    s.day = first;
    s.month = second;
    s.year = year_field();
    return finish(s);
  }

  DateSyntax vietnamese_after_day(DateSyntax& s) {
    s.style = DateStyle::vietnamese;
    skip_space();
    if (!word("tháng")) expected_here("\"tháng\" (the month)");
    skip_space();
    s.month = at_digit() ? digits_field(2, "a month of one or two digits") : blank_field();
    skip_space();
    if (!word("năm")) expected_here("\"năm\" (the year)");
    skip_space();
    s.year = year_field();
    return finish(s);
  }

  DateSyntax finish(DateSyntax& s) {
    skip_space();
    if (pos_ < text_.size()) {
      throw ParseError("date.trailing", "the end of the date", quote(text_.substr(pos_)),
                       location_of(text_, pos_));
    }
    return s;
  }

  DateFieldSyntax year_field() {
    if (!at_digit()) expected_here("a four-digit year");
    const std::size_t start = pos_;
    const std::string_view group = digit_run();
    if (group.size() != 4) {
      throw ParseError("date.year_digits", "a four-digit year", quote(group),
                       location_of(text_, start));
    }
    return make_field(group, start);
  }

  DateFieldSyntax digits_field(std::size_t max_digits, std::string_view expected) {
    const std::size_t start = pos_;
    const std::string_view group = digit_run();
    if (group.size() > max_digits) {
      throw ParseError("date.syntax", std::string(expected), quote(group),
                       location_of(text_, start));
    }
    return make_field(group, start);
  }

  DateFieldSyntax exact_digits_field(std::size_t digits, std::string_view expected) {
    const std::size_t start = pos_;
    const std::string_view group = digit_run();
    if (group.size() != digits) {
      throw ParseError("date.syntax", std::string(expected),
                       group.empty() ? std::string("nothing") : quote(group),
                       location_of(text_, start));
    }
    return make_field(group, start);
  }

  DateFieldSyntax make_field(std::string_view group, std::size_t start) const {
    DateFieldSyntax f;
    f.present = true;
    f.digits = group;
    f.offset = start;
    int v = 0;
    for (char c : group) v = v * 10 + (c - '0');
    f.value = v;
    return f;
  }

  // A field left blank: nothing, white space, or a run of placeholder dots, "…" or "_".
  DateFieldSyntax blank_field() {
    DateFieldSyntax f;
    f.present = true;
    f.offset = pos_;
    skip_space();
    while (at_placeholder()) {
      advance();
      skip_space();
    }
    return f;
  }

  std::string_view digit_run() {
    const std::size_t start = pos_;
    while (pos_ < text_.size() && is_digit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    return text_.substr(start, pos_ - start);
  }

  char32_t peek() const noexcept {
    return pos_ < text_.size() ? decode_at(text_, pos_).code_point : U'\0';
  }
  void advance() noexcept {
    if (pos_ < text_.size()) pos_ += decode_at(text_, pos_).length;
  }
  bool at_digit() const noexcept { return is_digit(peek()); }
  bool at_separator() const noexcept {
    const char32_t c = peek();
    return c == U'/' || c == U'-' || c == U'.';
  }
  bool at_placeholder() const noexcept {
    const char32_t c = peek();
    return c == U'.' || c == 0x2026 || c == U'_';
  }
  bool at_end_after_space() const noexcept {
    std::size_t p = pos_;
    while (p < text_.size()) {
      const Utf8Char c = decode_at(text_, p);
      if (!is_space(c.code_point)) return false;
      p += c.length;
    }
    return true;
  }
  void skip_space() noexcept {
    while (pos_ < text_.size()) {
      const Utf8Char c = decode_at(text_, pos_);
      if (!is_space(c.code_point)) break;
      pos_ += c.length;
    }
  }
  bool peek_word(std::string_view w) const noexcept {
    std::size_t length = 0;
    if (!starts_with_ignore_case(text_, pos_, w, length)) return false;
    // The word must end here: "năm" must not match the start of "nămx".
    return pos_ + length >= text_.size() || !is_letter(decode_at(text_, pos_ + length).code_point);
  }
  bool word(std::string_view w) noexcept {
    std::size_t length = 0;
    if (!peek_word(w)) return false;
    starts_with_ignore_case(text_, pos_, w, length);
    pos_ += length;
    return true;
  }

  [[noreturn]] void expected_here(std::string_view expected) const {
    const std::string found =
        pos_ < text_.size() ? quote(text_.substr(pos_), 20) : std::string("the end of the text");
    throw ParseError("date.syntax", std::string(expected), found, location_of(text_, pos_),
                     "reading " + quote(text_));
  }

  [[noreturn]] void fail(std::size_t start) const {
    throw ParseError("date.syntax", std::string(kExpectedDate), quote(text_.substr(start)),
                     location_of(text_, start));
  }

  std::string_view text_;
  std::size_t pos_;
};

}  // namespace

DateSyntax read_date_syntax(std::string_view text, std::size_t offset) {
  return DateReader(text, offset).read();
}

PartialDate to_partial_date(std::string_view text, const DateSyntax& s) {
  const int year = *s.year.value;
  if (year < kMinYear || year > kMaxYear) {
    throw ParseError("date.year_out_of_range", "a year from 1400 to 9999", std::to_string(year),
                     location_of(text, s.year.offset));
  }
  if (s.month.value && (*s.month.value < 1 || *s.month.value > 12)) {
    throw ParseError("date.impossible", "a month from 1 to 12", quote(trim(text)),
                     location_of(text, s.month.offset),
                     "there is no month " + std::to_string(*s.month.value));
  }
  if (s.day.value && !s.month.value) {
    throw ParseError("date.day_without_month", "a month when the day is given", quote(trim(text)),
                     location_of(text, s.month.offset));
  }
  if (s.day.value) {
    const int last = days_in_month(year, *s.month.value);
    if (*s.day.value < 1 || *s.day.value > last) {
      throw ParseError("date.impossible", "a real calendar date", quote(trim(text)),
                       location_of(text, s.day.offset),
                       *s.day.value < 1 ? std::string("days start at 1")
                                        : std::string(month_name_en(*s.month.value)) + " " +
                                              std::to_string(year) + " has " +
                                              std::to_string(last) + " days");
    }
  }
  return PartialDate(year, s.month.value, s.day.value);
}

}  // namespace detail

namespace {

constexpr std::size_t kMaxDateBytes = 200;

PartialDate parse_any(std::string_view text) {
  detail::require_max_length(text, kMaxDateBytes, "date");
  detail::require_utf8(text, "date");
  if (detail::trim(text).empty()) {
    throw ParseError("date.empty", std::string(detail::kExpectedDate),
                     text.empty() ? "an empty text" : "only white space " + quote(text),
                     Location::in_text(1, 1));
  }
  return detail::to_partial_date(text, detail::read_date_syntax(text, 0));
}

}  // namespace

Date parse_date(std::string_view text) {
  const PartialDate p = parse_any(text);
  if (!p.is_complete()) {
    throw ParseError("date.incomplete", "a complete date with day, month and year",
                     quote(detail::trim(text)), Location::in_text(1, 1),
                     "only " + p.to_string() + " is given; a draft's date is a partial date");
  }
  return *p.date();
}

PartialDate parse_partial_date(std::string_view text) { return parse_any(text); }

}  // namespace govplan
