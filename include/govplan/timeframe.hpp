// govplan/timeframe.hpp — when a task must be done, as plans say it, and what that means on the
// working calendar given the facts known so far.
//
// A Timeframe is a closed sum type; every kind keeps the original Vietnamese text:
//   regular            "Thường xuyên trong năm"                 ongoing through a window
//   due                "Trước ngày 30/6/2024"                   by a fixed date
//   within             "Quý II/2024", "6 tháng đầu năm 2024"     inside a period, due at its end
//   recurring          "Trước ngày 15/12 hằng năm"              a cadence with a day rule
//                      "Thứ Sáu hằng tuần", "định kỳ 05 năm"
//   upstream_schedule  "Theo kế hoạch của … (tại Phụ lục kèm theo Kế hoạch số 30/KH-UBND …)"
//   after_event        "Trong năm 2024, sau khi có hướng dẫn của Sở Tư pháp, Phòng Tư pháp thành phố"
//   on_request         "Khi có yêu cầu"
//   composite          several clauses, each a timeframe
//   unparsed           kept verbatim with a diagnostic, never dropped
//
// resolve() answers, for a timeframe, the facts known so far and a calendar: its occurrences (due
// dates, possibly several), or that it is pending and why ("awaiting guidance from Sở Tư pháp or
// Phòng Tư pháp thành phố"), and the window it must fall in.
//
// Due-date conventions (stated here because the texts do not): "trước ngày D" (before D) means the
// last allowed day is the day before D; "chậm nhất ngày D" / "đến ngày D" (by D) means D itself. A
// last allowed day that is not a working day moves, for "by", to the next working day (as the Civil
// Code does for time limits, Art. 148(5)) and, for "before", to the previous working day (the
// deadline is before D). A period's end ("Quý II/2024" → 30/06/2024) is a "by" deadline.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/date.hpp"
#include "govplan/document.hpp"
#include "govplan/heap_optional.hpp"
#include "govplan/lang.hpp"

namespace govplan {

// ---- parties -------------------------------------------------------------------------------------

/// What kind of party a name is.
enum class PartyKind : std::uint8_t {
  body,      ///< an agency or unit: "Phòng Tư pháp", "Sở Tư pháp", "UBND phường"
  official,  ///< an official's role: "Công chức Tư pháp-Hộ tịch"
  group,     ///< several bodies: "các tổ chức chính trị - xã hội phường"
};
std::string_view to_string(PartyKind value) noexcept;
PartyKind parse_party_kind(std::string_view text);

/// A body, an official or a group named in a plan.
struct Party {
  PartyKind kind = PartyKind::body;
  std::string name;  ///< as the plan writes it

  /// The name folded for matching: lower case, one space, the two tone-mark placements and
  /// "-"/" - " unified ("Tư pháp-Hộ tịch" and "Tư pháp - hộ tịch" match).
  std::string key() const;
  bool same_as(const Party& other) const { return name == other.name || key() == other.key(); }
  bool operator==(const Party&) const = default;
};

// ---- timeframes ----------------------------------------------------------------------------------

enum class TimeframeKind : std::uint8_t {
  regular, due, within, recurring, upstream_schedule, after_event, on_request, composite, unparsed,
};
std::string_view to_string(TimeframeKind value) noexcept;
TimeframeKind parse_timeframe_kind(std::string_view text);

/// How a deadline day relates to the allowed days (see the conventions above).
enum class DueRelation : std::uint8_t {
  before,  ///< "trước ngày D": the last allowed day is D − 1
  by,      ///< "chậm nhất ngày D", "đến ngày D": D itself
};
std::string_view to_string(DueRelation value) noexcept;
DueRelation parse_due_relation(std::string_view text);

/// What period a window is, for display and for reports.
enum class PeriodKind : std::uint8_t {
  range, day, month, quarter, half_year, nine_months, year, years,
};
std::string_view to_string(PeriodKind value) noexcept;
PeriodKind parse_period_kind(std::string_view text);

/// A cadence of recurring tasks and of reports. `five_yearly` is the cycle of five-year plans
/// ("kế hoạch 05 năm", "định kỳ 05 năm"): its periods are five whole calendar years counted from
/// the year a window starts (see periods_of).
enum class Cadence : std::uint8_t {
  once, weekly, monthly, quarterly, half_yearly, nine_months, yearly, five_yearly, ad_hoc,
};
std::string_view to_string(Cadence value) noexcept;
Cadence parse_cadence(std::string_view text);

/// The day rule of a recurring deadline: which day of each period (or near it) is the deadline.
/// A rule names its day in exactly one of these ways:
///   - a day of a month of the period (`day` with `month_of_period`): "trước ngày 20 hằng tháng"
///     = {before, day 20}; "ngày 25 của tháng cuối quý" = {by, 25}; "trước ngày 15 của tháng đầu
///     quý" = {before, 15, month_of_period 1}; "trước ngày 10 của tháng tiếp theo" = {before, 10,
///     month_of_period −1}. `month_of_period` counts from the period's first month (1 = that
///     month, 2 = the next …) and may pass the period's end: "trước ngày 15/02 của năm sau" under a
///     yearly cadence = {before, 15, month_of_period 14}. 0 is the period's last month, −1 the
///     month after it;
///   - a fixed month of the year (`day` with `month`; yearly rules only): "trước ngày 15/12 hằng
///     năm" = {before, 15, month 12};
///   - a month before the period (`day` with `months_before_period` n ≥ 1: the nth month before
///     the period's first month): "trước ngày 15 của tháng liền kề trước quý" under a quarterly
///     cadence = {before, 15, months_before_period 1}; "trước ngày 31 tháng 12 của năm trước năm
///     kế hoạch" under a yearly cadence = {before, 31, months_before_period 1} (December of the
///     year before); "30/6 của năm trước" = {…, 30, months_before_period 7};
///   - days of the week (`weekdays`; weekly rules only): "thứ Sáu hằng tuần" = {by, weekdays
///     {friday}}; "03 lần/tuần vào các ngày thứ Ba, thứ Năm và Chủ nhật" = {by, weekdays {tuesday,
///     thursday, sunday}}: one deadline on each of these days of every week. `day` is unused
///     (left at 1).
/// A day a month lacks is that month's last day. Weekly rules need weekdays, and weekdays need a
/// weekly cadence; resolve() reports any other mix as unresolved, and the JSON reader refuses it.
struct DayRule {
  DueRelation relation = DueRelation::by;
  int day = 1;                    ///< 1–31; a month without that day uses its last day
  std::optional<int> month{};     ///< yearly rules: the month (1–12)
  int month_of_period = 0;        ///< 0: the last month of the period; 1…: nth month; −1: the next
  int months_before_period = 0;   ///< n ≥ 1: the nth month before the period's first month
  std::vector<Weekday> weekdays{};  ///< weekly rules: the days of each week, Monday first, each once
  bool operator==(const DayRule&) const = default;
};

/// What starts an after_event timeframe.
enum class TriggerKind : std::uint8_t { guidance, approval, issuance, request, other };
std::string_view to_string(TriggerKind value) noexcept;
TriggerKind parse_trigger_kind(std::string_view text);

/// An offset after (or, negative, before) an event. In hours ("trong thời hạn 12 giờ"), the due
/// date is the last day the limit can end on, as time_limit() (calendar.hpp) derives it.
struct Offset {
  int amount = 0;
  TimeUnit unit = TimeUnit::days;
  bool operator==(const Offset&) const = default;
};

class Timeframe;

/// The data of each kind.
struct RegularTimeframe { std::optional<DateRange> window; bool operator==(const RegularTimeframe&) const = default; };
struct DueTimeframe { Date date; DueRelation relation = DueRelation::by; bool operator==(const DueTimeframe&) const = default; };
struct WithinTimeframe {
  DateRange window{Date(2000, 1, 1), Date(2000, 1, 1)};
  PeriodKind period = PeriodKind::range;
  bool operator==(const WithinTimeframe&) const = default;
};
struct RecurringTimeframe {
  Cadence cadence = Cadence::yearly;
  std::optional<DayRule> day_rule;      ///< absent: due at each period's end
  std::optional<DateRange> window;      ///< absent: the plan's window
  bool operator==(const RecurringTimeframe&) const = default;
};
struct UpstreamScheduleTimeframe {
  std::vector<Party> source_bodies;
  /// With its part ("Phụ lục") if named; held on the heap (HeapOptional) so that every
  /// timeframe stays small, whatever its kind.
  HeapOptional<DocumentRef> source_document;
  std::optional<DateRange> window;
  bool operator==(const UpstreamScheduleTimeframe&) const = default;
};
struct AfterEventTimeframe {
  TriggerKind trigger = TriggerKind::other;
  std::vector<Party> trigger_by;       ///< any of them may trigger it
  std::optional<Offset> offset;        ///< absent: due at the end of the window
  std::optional<DateRange> window;     ///< bounding window ("Trong năm 2024")
  bool operator==(const AfterEventTimeframe&) const = default;
};
struct OnRequestTimeframe { std::vector<Party> requested_by; bool operator==(const OnRequestTimeframe&) const = default; };
struct CompositeTimeframe { std::vector<Timeframe> parts; bool operator==(const CompositeTimeframe&) const; };
struct UnparsedTimeframe { std::string diagnostic; bool operator==(const UnparsedTimeframe&) const = default; };

/// A timeframe: one of the kinds above plus the original text.
class Timeframe {
 public:
  Timeframe();  ///< unparsed, empty text
  Timeframe(std::string text, RegularTimeframe data);
  Timeframe(std::string text, DueTimeframe data);
  Timeframe(std::string text, WithinTimeframe data);
  Timeframe(std::string text, RecurringTimeframe data);
  Timeframe(std::string text, UpstreamScheduleTimeframe data);
  Timeframe(std::string text, AfterEventTimeframe data);
  Timeframe(std::string text, OnRequestTimeframe data);
  Timeframe(std::string text, CompositeTimeframe data);
  Timeframe(std::string text, UnparsedTimeframe data);
  Timeframe(const Timeframe&);
  Timeframe(Timeframe&&) noexcept;
  Timeframe& operator=(const Timeframe&);
  Timeframe& operator=(Timeframe&&) noexcept;
  ~Timeframe();

  TimeframeKind kind() const noexcept;
  const std::string& text() const noexcept;

  /// The data of the kind; throws NotFound (id timeframe.kind) when asked for another kind.
  const RegularTimeframe& regular() const;
  const DueTimeframe& due() const;
  const WithinTimeframe& within() const;
  const RecurringTimeframe& recurring() const;
  const UpstreamScheduleTimeframe& upstream_schedule() const;
  const AfterEventTimeframe& after_event() const;
  const OnRequestTimeframe& on_request() const;
  const CompositeTimeframe& composite() const;
  const UnparsedTimeframe& unparsed() const;

  /// The window the timeframe names, if any (the due date's day for `due`).
  std::optional<DateRange> window() const;

  bool operator==(const Timeframe& other) const;

  /// Hints the processor to start loading the timeframe's data, which is held on the heap, ahead
  /// of its use: an evaluation of many plans asks this for every task of a plan before reading
  /// any, so that the loads overlap instead of waiting one after another. No effect otherwise.
  void prefetch() const noexcept {
#if defined(__GNUC__)
    // The data is a text and a small variant: two cache lines.
    const char* p = reinterpret_cast<const char*>(data_.get());
    __builtin_prefetch(p);
    __builtin_prefetch(p + 64);
#endif
  }

  struct Data;

 private:
  const Data& data() const noexcept;
  std::unique_ptr<Data> data_;
};

// ---- facts and resolution ------------------------------------------------------------------------

/// A trigger that happened: guidance issued, a plan approved, a request received.
struct TriggerFact {
  TriggerKind kind = TriggerKind::guidance;
  Party by;
  Date date;
  std::optional<DocumentRef> document;
  bool operator==(const TriggerFact&) const = default;
};

/// An upstream body's schedule, once announced: the dates of its items. An announcement is the
/// schedule as it then stands, so one announced again replaces the earlier: of the announcements
/// that match a task, resolve() uses only the latest (by `announced`; among equal or unknown days,
/// the later in Facts) — a moved date moves the task's due date instead of adding one.
struct UpstreamScheduleFact {
  std::optional<Party> body;
  std::optional<DocumentRef> document;   ///< matched on its number when both have one
  std::vector<Date> dates;
  std::optional<Date> announced{};       ///< the day it was announced (the event's date), if known
  bool operator==(const UpstreamScheduleFact&) const = default;
};

/// What is known after the plan was issued (the event log of compliance feeds this).
struct Facts {
  std::vector<TriggerFact> triggers;
  std::vector<UpstreamScheduleFact> upstream_schedules;
};

/// One due date of a timeframe.
struct Occurrence {
  std::optional<DateRange> period;  ///< the period it belongs to (a quarter, a year …), if any
  Date nominal_due;                 ///< the deadline as written or computed
  Date due;                         ///< the last allowed working day
  std::string rule_vi, rule_en;     ///< how the due date was reached
  bool operator==(const Occurrence&) const = default;
};

enum class ResolutionState : std::uint8_t {
  scheduled,   ///< has due dates
  ongoing,     ///< regular work through a window, no single due date
  pending,     ///< awaiting a trigger or an upstream schedule
  on_request,  ///< only when asked
  unresolved,  ///< the text could not be read
};
std::string_view to_string(ResolutionState value) noexcept;

/// What a timeframe means today.
struct Resolution {
  ResolutionState state = ResolutionState::unresolved;
  std::vector<Occurrence> occurrences;
  std::optional<DateRange> window;      ///< the window the work must fall in
  std::string reason_vi, reason_en;     ///< for pending/on_request/unresolved: why, readable
  const std::string& reason(Lang lang) const noexcept { return lang == Lang::en ? reason_en : reason_vi; }
};

/// Resolves a timeframe. `default_window` (the plan's window) bounds kinds that name none
/// (recurring without a window, regular without one). A composite is pending while any part is,
/// and carries the occurrences its scheduled parts already have. A trigger dated after the window
/// closed does not start the work; a negative offset (before the event) is unresolved, not
/// guessed. A recurring rule that does not fit its cadence (see DayRule) is unresolved; a weekly
/// rule gives the days of its weekdays inside the window (a window's first and last weeks are
/// usually partial). With `explain` false the texts (reasons, each occurrence's rule) are left empty and
/// nothing else changes: evaluating millions of rows builds no text until a person asks for it.
Resolution resolve(const Timeframe& timeframe, const Facts& facts, const WorkCalendar& calendar,
                   const std::optional<DateRange>& default_window = std::nullopt, bool explain = true);
/// The same, into `out` (every field replaced), reusing its storage: a loop over millions of
/// timeframes allocates nothing once `out` has grown.
void resolve(const Timeframe& timeframe, const Facts& facts, const WorkCalendar& calendar,
             const std::optional<DateRange>& default_window, bool explain, Resolution& out);

/// The last allowed working day for a deadline day (see the conventions above).
Date deadline_on_calendar(Date day, DueRelation relation, const WorkCalendar& calendar);

/// The periods of a cadence that fall inside a window: the ISO weeks (Monday–Sunday), months,
/// quarters, halves, nine-month spans (January–September) or years overlapping it. Five-year
/// periods are whole calendar years counted in fives from the year the window starts: a window
/// from 15/03/2021 to 2030 gives 2021–2025 and 2026–2030 (plans run by calendar years, and a
/// five-year plan names its first year). `once` and `ad_hoc` give none.
std::vector<DateRange> periods_of(Cadence cadence, DateRange window);

/// The nominal deadline days a day rule gives in one period of a cadence, before the calendar
/// moves them off days off: one day, or one per weekday of a weekly rule (those of the whole
/// week, even outside a window; resolve() keeps the ones inside its window). Empty when the rule
/// does not fit the cadence (weekdays without a weekly cadence, a weekly rule without weekdays,
/// a month named two ways, `once` or `ad_hoc`).
///   rule_days(DayRule{DueRelation::before, 15, std::nullopt, 0, 1}, Cadence::quarterly,
///             DateRange::quarter(2024, 3));                 // {2024-06-15}
std::vector<Date> rule_days(const DayRule& rule, Cadence cadence, DateRange period);

/// The kind of period a cadence counts in (monthly → month, quarterly → quarter, … five-yearly →
/// years); weekly, once and ad hoc have no named period: range.
PeriodKind period_kind_of(Cadence cadence) noexcept;

/// "Quý I/2024", "6 tháng đầu năm 2024", "Tháng 3/2024", "Năm 2024" — or in English.
std::string period_label(DateRange period, PeriodKind kind, Lang lang = Lang::vi);

}  // namespace govplan
