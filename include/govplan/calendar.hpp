// govplan/calendar.hpp — the Vietnamese working calendar: weekly rest days, public holidays by the
// law in force each year, compensatory days, the schedules the Government announces each year
// (Tết days, the second National Day day, swapped days off and make-up Saturdays), and the
// arithmetic of working days and of the Civil Code's time limits.
//
// The rules (sources in DOMAIN notes §3 and §5; each rule cites its article where implemented):
//   - Public holidays by the Labour Code in force in each year: Labour Code 1994 (Art. 73, in force
//     1995; amended by Law 35/2002/QH10 from 2003 — Tết 4 days; by Law 84/2007/QH11 from 2007 —
//     Giỗ Tổ Hùng Vương), Labour Code 2012 (Art. 115; Tết 5 days from 2013), Labour Code 2019
//     (Art. 112; a second National Day day from 2021).
//   - A holiday that falls on a weekly rest day is made up on the next working day (Labour Code
//     2019 Art. 111(3); 2012 Art. 115(3); 1994 Art. 73).
//   - Civil servants work Monday to Friday (Decision 188/1999/QĐ-TTg, Art. 1).
//   - The concrete Tết days and the second National Day day are fixed every year by the Prime
//     Minister (Labour Code 2019 Art. 112(3)); notices also swap working days for the civil
//     service. These announcements are data with provenance (HolidaySchedules): compiled in for
//     the years govplan could source, loadable from JSON at run time (govplan/json.hpp).
//   - For a year whose Tết days have not been announced, govplan *assumes* the last day of the
//     lunar year and the following days (the pattern of most notices) and says so: such days carry
//     SourceStatus::assumed. Nothing is defaulted silently.
//
// WorkCalendar is an immutable value: every "with_…" function returns a new calendar, and copies
// share nothing mutable. Every day answers why it is or is not a working day (describe()).
//
//   auto cal = govplan::WorkCalendar::vietnam();
//   cal.is_working_day(govplan::Date(2024, 4, 29));               // false: swapped day off
//   cal.is_working_day(govplan::Date(2024, 5, 4));                // true: make-up Saturday
//   cal.add_working_days(govplan::Date(2025, 4, 25), 2);         // 2025-04-28
//   govplan::time_limit(govplan::Date(2024, 4, 20), 10, govplan::TimeUnit::days, cal).end;
//                                                                 // 2024-05-02 (Art. 148(5))
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/date.hpp"
#include "govplan/lang.hpp"

namespace govplan {

/// Whom a calendar or an announced schedule applies to.
enum class Sector : std::uint8_t {
  civil_service,  ///< cán bộ, công chức, viên chức: Mon–Fri week, bound by announced swaps
  all_employees,  ///< every employee under the Labour Code: statutory days only, no swaps
};

/// The occasion a day off belongs to.
enum class Occasion : std::uint8_t {
  none,            ///< an ordinary day
  new_year,        ///< Tết Dương lịch, 1 January
  lunar_new_year,  ///< Tết Nguyên đán
  hung_kings,      ///< Giỗ Tổ Hùng Vương, 10/3 lunar
  reunification,   ///< Ngày Chiến thắng, 30 April
  labour_day,      ///< Ngày Quốc tế Lao động, 1 May
  national_day,    ///< Quốc khánh, 2 September (and an adjacent day from 2021)
  culture_day,     ///< Ngày Văn hóa Việt Nam, 24 November (proposed from 2026; see calendar.cpp)
  other,           ///< a caller's own decision
};

/// What kind of day a date is.
enum class DayKind : std::uint8_t {
  working_day,          ///< an ordinary working day
  weekend,              ///< a weekly rest day
  holiday,              ///< a public holiday (ngày nghỉ lễ, Tết)
  compensatory,         ///< nghỉ bù: a holiday fell on a weekly rest day
  swapped_day_off,      ///< nghỉ hoán đổi: a working day moved off, worked on a weekend day
  make_up_working_day,  ///< làm bù: a weekend day worked in exchange for a swapped day off
  extra_day_off,        ///< a day off the caller declared (a ministry's or province's decision)
  extra_working_day,    ///< a working day the caller declared
};

/// Where a rule or a day comes from.
enum class SourceStatus : std::uint8_t {
  statute,   ///< the law itself (an article of a code or decision)
  decided,   ///< an announced decision or notice
  proposed,  ///< a draft or proposal not yet decided (not applied unless asked)
  assumed,   ///< govplan's stated assumption until the days are announced
};

std::string_view to_string(Sector value) noexcept;
std::string_view to_string(Occasion value) noexcept;
std::string_view to_string(DayKind value) noexcept;
std::string_view to_string(SourceStatus value) noexcept;
/// Inverses of to_string; throw ParseError naming the accepted values.
Sector parse_sector(std::string_view text);
Occasion parse_occasion(std::string_view text);
DayKind parse_day_kind(std::string_view text);
SourceStatus parse_source_status(std::string_view text);

/// The occasion's name: "Tết Nguyên đán" / "Lunar New Year (Tết)".
std::string_view occasion_name(Occasion value, Lang lang = Lang::vi) noexcept;
/// The kind's name: "nghỉ bù" / "day off in lieu".
std::string_view day_kind_name(DayKind value, Lang lang = Lang::vi) noexcept;

/// The document (or article) a day or a rule comes from.
struct LegalSource {
  std::string document;       ///< "Thông báo 6150/TB-BLĐTBXH", "Bộ luật Lao động 2019, Điều 112"
  std::optional<Date> date;   ///< the document's date, when it has one
  std::string issuer;         ///< "Bộ Lao động - Thương binh và Xã hội"
  SourceStatus status = SourceStatus::statute;
  std::string url;            ///< where the text (or a report of it) was read; may be empty
  std::string note;           ///< caveats, e.g. "confirmed by one secondary source only"
  bool operator==(const LegalSource&) const = default;
};

/// One announced day: a Tết day, a day in lieu, a swapped day off or a make-up working day.
struct ScheduleEntry {
  Date date;
  DayKind kind = DayKind::holiday;  ///< holiday, compensatory, swapped_day_off, make_up_working_day
  Occasion occasion = Occasion::other;
  int occasion_year = 0;            ///< the year of the occasion (Tết 2024 → 2024)
  Sector sector = Sector::civil_service;
  LegalSource source;
  std::optional<Date> paired_with;  ///< the other day of a swap, or the holiday a day makes up for
  std::string note;                 ///< e.g. "29 tháng Chạp"
  bool operator==(const ScheduleEntry&) const = default;
};

/// The announced schedules: a set of entries and the day up to which they were checked against
/// the published notices. An immutable value.
class HolidaySchedules {
 public:
  /// Validates the entries: kinds must be announced kinds (holiday, compensatory, swapped day off,
  /// make-up working day), an occasion must be named, its year within a year of the date, and no
  /// two entries of the same status may give the same day for the same sector. Throws
  /// ValidationError naming the entry ("entry 3 (2027-02-05)", numbered from 0 in input order).
  HolidaySchedules(std::vector<ScheduleEntry> entries, Date verified_through);

  /// The schedules compiled into this release (2010–2026 where sourced; see calendar_data.cpp).
  static const HolidaySchedules& builtin();

  const std::vector<ScheduleEntry>& entries() const noexcept { return entries_; }
  Date verified_through() const noexcept { return verified_through_; }

  /// These schedules with `overrides` applied: every (occasion, occasion year, sector) group that
  /// `overrides` mentions replaces the same group here; the later verified_through wins.
  HolidaySchedules merged_with(const HolidaySchedules& overrides) const;

  bool operator==(const HolidaySchedules&) const = default;

 private:
  std::vector<ScheduleEntry> entries_;
  Date verified_through_;
};

/// Everything govplan knows about one day of a calendar.
struct CalendarDay {
  Date date;
  DayKind kind = DayKind::working_day;
  Occasion occasion = Occasion::none;
  std::string name_vi;              ///< "Tết Nguyên đán (mùng 1)", "Nghỉ bù Giỗ Tổ Hùng Vương"
  std::string name_en;
  LegalSource source;               ///< the rule or document that makes it so
  std::optional<Date> paired_with;  ///< swap partner, or the holiday a day off makes up for

  bool is_working_day() const noexcept {
    return kind == DayKind::working_day || kind == DayKind::make_up_working_day ||
           kind == DayKind::extra_working_day;
  }
  const std::string& name(Lang lang) const noexcept { return lang == Lang::en ? name_en : name_vi; }
  bool operator==(const CalendarDay&) const = default;
};

/// Business-day conventions (QuantLib's vocabulary).
enum class Roll : std::uint8_t {
  unadjusted,          ///< keep the day
  following,           ///< the next working day
  preceding,           ///< the previous working day
  modified_following,  ///< the next working day unless it is in the next month; then preceding
  modified_preceding,  ///< the previous working day unless it is in the previous month
};
std::string_view to_string(Roll value) noexcept;
Roll parse_roll(std::string_view text);

/// How to build a Vietnamese calendar.
struct CalendarOptions {
  Sector sector = Sector::civil_service;
  /// The weekly rest days. The civil service rests on Saturday and Sunday; an employer under the
  /// Labour Code may choose others (Art. 111(1)).
  std::vector<Weekday> weekend{Weekday::saturday, Weekday::sunday};
  /// Apply schedule entries whose status is `proposed` as well as decided ones.
  bool include_proposed = false;
};

/// One year of a calendar at a glance: what `govplan calendar YEAR` prints.
struct YearSummary {
  int year = 0;
  Sector sector = Sector::civil_service;
  Date verified_through;                        ///< of the schedules the calendar was built from
  std::vector<CalendarDay> days_off;            ///< as WorkCalendar::days_off(year)
  std::vector<CalendarDay> working_weekend_days;///< as WorkCalendar::working_weekend_days(year)
  std::array<int, 12> working_days_by_month{};  ///< January … December
  int working_days = 0;                         ///< in the whole year
  int weekdays_off = 0;                         ///< days off that are not weekly rest days
};

/// A working calendar over a supported range of years. Immutable; cheap to copy.
class WorkCalendar {
 public:
  /// The first and last years a Vietnamese calendar covers: from the Labour Code 1994's entry into
  /// force to the end of the lunar calendar's range.
  static constexpr int first_year = 1995;
  static constexpr int last_year = 2199;

  /// The Vietnamese calendar for a sector, with the compiled-in announced schedules.
  static WorkCalendar vietnam(Sector sector = Sector::civil_service);
  /// The Vietnamese calendar with the given options and schedules (e.g. builtin() merged with a
  /// JSON file of newer notices).
  static WorkCalendar vietnam(const CalendarOptions& options, const HolidaySchedules& schedules);

  /// This calendar with extra days off (a ministry's own decision), each explained by `name_vi`,
  /// `name_en` and `source`. Throws ValidationError for a day outside the range.
  WorkCalendar with_days_off(std::span<const Date> days, std::string name_vi, std::string name_en,
                             LegalSource source) const;
  /// This calendar with extra working days (e.g. a Saturday a province makes a working day).
  WorkCalendar with_working_days(std::span<const Date> days, std::string name_vi,
                                 std::string name_en, LegalSource source) const;

  /// The days this calendar can answer for; outside it every query throws ValidationError.
  DateRange range() const noexcept;
  Sector sector() const noexcept;
  /// The last day the announced schedules were checked against published notices.
  Date verified_through() const noexcept;

  /// True when `other` is this very calendar: a copy of it, or the calendar itself (calendars
  /// are immutable values sharing their days). Calendars built separately are not the same,
  /// even when their days agree. For caches of results computed on a calendar.
  bool same_as(const WorkCalendar& other) const noexcept { return impl_ == other.impl_; }

  bool is_working_day(Date date) const;
  /// is_working_day for many days at once; out[i] is 1 for a working day, 0 otherwise. `out`
  /// must be as long as `dates`. Throws ValidationError naming the first day outside the range.
  void is_working_day_many(std::span<const Date> dates, std::span<std::uint8_t> out) const;

  /// What the day is and why.
  CalendarDay describe(Date date) const;

  /// The first working day after `date` (not `date` itself).
  Date next_working_day(Date date) const;
  /// The last working day before `date`.
  Date previous_working_day(Date date) const;
  /// `date` moved to a working day by a convention; a working day is returned unchanged.
  Date adjust(Date date, Roll roll) const;
  /// The n-th working day after `date` (n > 0) or before it (n < 0); `date` itself is not
  /// counted, as the Civil Code does not count the first day (Art. 147). n = 0 returns `date`.
  Date add_working_days(Date date, int n) const;
  /// The number of working days in a closed range.
  int count_working_days(DateRange range) const;
  /// The working days after `from` up to and including `to` — how many working days are left
  /// until a due date, or how late a day is — negative when `to` is earlier (the working days
  /// after `to` up to and including `from`), 0 when they are the same day. The inverse of
  /// add_working_days going forward: add_working_days(from, working_days_between(from, to)) == to
  /// when `to` is a working day after `from`. Only the days counted (after the earlier of the two, up to the later) must
  /// be in the calendar; otherwise throws ValidationError.
  int working_days_between(Date from, Date to) const;

  /// Every day off of a year other than an ordinary weekly rest day: holidays (also those on a
  /// weekend), days in lieu, swapped and extra days off — each with its reason and source.
  std::vector<CalendarDay> days_off(int year) const;
  /// The weekend days of a year that are working days (make-up and extra working days).
  std::vector<CalendarDay> working_weekend_days(int year) const;
  /// days_off and working_weekend_days together, in date order.
  std::vector<CalendarDay> special_days(int year) const;
  /// The year at a glance: days off, worked weekend days, working days per month and in all.
  YearSummary summarize(int year) const;

  struct Impl;

 private:
  explicit WorkCalendar(std::shared_ptr<const Impl> impl) noexcept : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

// ---- Civil Code time limits --------------------------------------------------------------------

/// The unit of a time limit.
enum class TimeUnit : std::uint8_t {
  hours,         ///< "giờ": counted from the moment of the event (Civil Code Art. 147(1))
  days,          ///< calendar days (Civil Code Art. 147–148)
  working_days,  ///< "ngày làm việc": days of the calendar that are working days
  weeks,
  months,
  years,
};
std::string_view to_string(TimeUnit value) noexcept;
/// Accepts "hours", "days", "working-days"/"working_days", "weeks", "months", "years".
TimeUnit parse_time_unit(std::string_view text);

/// One rule applied while computing a time limit.
struct AppliedRule {
  std::string article;  ///< "Bộ luật Dân sự 2015, Điều 147 khoản 2"
  std::string text_vi;
  std::string text_en;
  const std::string& text(Lang lang) const noexcept { return lang == Lang::en ? text_en : text_vi; }
  bool operator==(const AppliedRule&) const = default;
};

/// The end of a time limit and how it was reached.
struct TimeLimit {
  Date start;              ///< the day of the event (not counted)
  int amount = 0;
  TimeUnit unit = TimeUnit::days;
  Date first_counted;      ///< the day counting starts (the day after `start`)
  Date nominal_end;        ///< the last day before Art. 148(5) moves it off a day off
  Date end;                ///< the day the limit ends (at 24:00)
  std::vector<AppliedRule> rules;
};

/// A time limit of `amount` units counted from the event on `start`, as the Civil Code 2015
/// counts it (Arts. 147–148); a limit in working days counts the calendar's working days.
/// `amount` must be ≥ 0 (ValidationError otherwise).
///
/// Hours. A limit in hours starts at the moment of the event, not the next day (Art. 147(1)),
/// and ends that many hours later. A Date has no time of day, so govplan gives the last day the
/// limit can end on, whatever the hour of the event: `start` plus ⌈amount / 24⌉ days (12 hours
/// from an event late on 20/05 end on 21/05; 24 hours end on 21/05; 25 hours on 22/05). Then
/// `first_counted` is `start` itself, and the end is not moved off a day off: Art. 148(5) moves
/// the last *day* of a limit counted in days, weeks, months or years (Art. 148(1)–(4)); a limit
/// in hours ends at an hour, and an urgent limit ("trong thời hạn 12 giờ") is not stretched over
/// a weekend. That last point is govplan's reading of Art. 148, stated in the rules it returns.
///
///   govplan::time_limit(govplan::Date(2024, 5, 24), 12, govplan::TimeUnit::hours, cal).end;
///                                                                 // 2024-05-25 (a Saturday)
TimeLimit time_limit(Date start, int amount, TimeUnit unit, const WorkCalendar& calendar);
/// The same limit without its explanation (`rules` empty): what evaluating millions of deadlines
/// needs. Same dates, same errors.
TimeLimit time_limit_dates(Date start, int amount, TimeUnit unit, const WorkCalendar& calendar);

/// "Đầu / giữa / cuối" of a month or a year (Civil Code 2015, Art. 146(2)).
enum class PeriodPoint : std::uint8_t { beginning, middle, end };
std::string_view to_string(PeriodPoint value) noexcept;
/// Accepts "beginning", "middle", "end" and the Vietnamese "đầu", "giữa", "cuối".
PeriodPoint parse_period_point(std::string_view text);
/// "đầu tháng" → day 1, "giữa tháng" → day 15, "cuối tháng" → the last day.
Date point_of_month(int year, int month, PeriodPoint point);
/// "đầu năm" → 1 January, "giữa năm" → 30 June, "cuối năm" → 31 December.
Date point_of_year(int year, PeriodPoint point);

}  // namespace govplan
