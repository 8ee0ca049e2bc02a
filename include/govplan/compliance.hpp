// govplan/compliance.hpp — as of a day, what is done on time, done late, still within its deadline,
// overdue, waiting on another body, or never triggered; and which reports are due.
//
// evaluate(plan, events, calendar, as_of) is a pure function: only events dated on or before
// `as_of` count (later ones were not known that day), and the same inputs give the same rows.
//
// The rules, timeframe kind by timeframe kind (each row's reason names the rule and the event used):
//   - scheduled work (due, within, recurring, and after_event / upstream_schedule once triggered):
//     one row per occurrence. Completions are matched to occurrences: the one they name (by its
//     due date); else the open occurrence whose period contains the completion's date; else the
//     earliest open occurrence whose period had begun by then (or that has none). Done by the due date: done_on_time; after it: done_late. Not done: before
//     the occurrence's period starts not_yet_due; due date passed overdue; at most `horizon`
//     working days left due_soon; otherwise within_deadline.
//   - regular: ongoing while its window is open; when the window has closed, done_on_time if there
//     is evidence (progress or completion) dated inside the window, else no_evidence.
//   - after_event and upstream_schedule before their trigger: awaiting_trigger while the window is
//     open; trigger_never_came once it has closed without one — a fact about the upstream body,
//     not a failure of the plan's own bodies, and the reason says so.
//   - on_request: on_request (done_on_time once completed); unparsed: unresolved.
//   - after a plan_cancelled event, occurrences not yet done are cancelled.
// Reports: one row per instance (report_instances over the plan's window): submitted_on_time,
// submitted_late, missing (due date passed), due (owed, not late yet), not_yet_due (its period has
// not ended), or, when the plan gives no due date, submitted / due_date_unknown. A report due a
// time after an event the plan names (ReportDue::after_event: "chậm nhất sau 15 ngày kể từ khi
// kết thúc thiên tai") is dated by the first trigger event naming it (TriggerEvent::event) inside
// the report's period: due = the end of the time limit from that day (time_limit, Civil Code
// Arts. 147–148), owed (due) from the event on, and the reason names the event and its day. Until
// such an event is recorded the report has no due date (not_yet_due while its period lasts, then
// due_date_unknown), and the reason says which event it waits for.
#pragma once

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/events.hpp"
#include "govplan/finding.hpp"
#include "govplan/plan.hpp"

namespace govplan {

enum class Status : std::uint8_t {
  not_yet_due, due_soon, within_deadline, done_on_time, done_late, overdue, ongoing,
  awaiting_trigger, trigger_never_came, no_evidence, on_request, unresolved, cancelled,
  // reports
  due, submitted_on_time, submitted_late, missing, submitted, due_date_unknown,
};
std::string_view to_string(Status value) noexcept;
Status parse_status(std::string_view text);
/// "quá hạn" / "overdue" …
std::string_view status_name(Status value, Lang lang = Lang::vi) noexcept;

/// The four classes of the government's task tracker, for a task row (none for reports and for
/// rows that are not the tracker's concern, such as ongoing or awaiting a trigger).
enum class TrackerClass : std::uint8_t { done_on_time, done_late, within_deadline, overdue };
std::string_view to_string(TrackerClass value) noexcept;
std::optional<TrackerClass> tracker_class(Status status) noexcept;

enum class RowKind : std::uint8_t { task, report };
std::string_view to_string(RowKind value) noexcept;

/// One task occurrence or report instance, as of the day.
struct StatusRow {
  RowKind kind = RowKind::task;
  std::string id;                      ///< the task's or the reporting duty's id
  int occurrence = 0;                  ///< 0, 1, … within the task or duty
  std::optional<DateRange> period;
  std::optional<Date> due;
  std::optional<Date> done;            ///< completion or submission date
  Status status = Status::unresolved;
  std::optional<int> working_days;     ///< left (positive) or late (negative), when a due date is known
  std::optional<Party> responsible;    ///< the lead, or the reporter
  std::string reason_vi, reason_en;
  const std::string& reason(Lang lang) const noexcept { return lang == Lang::en ? reason_en : reason_vi; }
  bool operator==(const StatusRow&) const = default;
};

struct EvaluationOptions {
  int horizon = 5;  ///< working days ahead that count as "due soon"
};

/// The state of a plan as of a day.
struct Evaluation {
  Date as_of;
  std::vector<StatusRow> rows;          ///< tasks in plan order, then reports
  std::vector<Finding> findings;        ///< validate(plan) plus findings on the events
  bool operator==(const Evaluation&) const = default;

  /// True when a row is overdue, missing or without evidence at its window's end (what a script
  /// gating on `govplan status` wants to know).
  bool has_problems() const noexcept;
};

Evaluation evaluate(const Plan& plan, const EventLog& events, const WorkCalendar& calendar,
                    Date as_of, const EvaluationOptions& options = {});

/// A row without text, for evaluations of millions of rows (32 bytes). Dates are days since
/// 1970-01-01 (Date::days_since_epoch), `none` when absent. `item` indexes the plan's tasks (task
/// rows) or its reporting duties (report rows); `plan` is the plan's index in a portfolio.
struct CompactRow {
  static constexpr std::int32_t none = INT32_MIN;
  std::uint32_t plan = 0;
  std::uint32_t item = 0;
  std::uint32_t occurrence = 0;
  RowKind kind = RowKind::task;
  Status status = Status::unresolved;
  std::int32_t period_first = none, period_last = none;
  std::int32_t due = none, done = none;
  std::int32_t working_days = none;
  bool operator==(const CompactRow&) const = default;
};

/// The same evaluation as evaluate(), appended to `rows` without text (each row's `plan` set to
/// `plan_index`) with validate(plan) and the event findings appended to `findings`. The rows come
/// in the same order as evaluate()'s and agree with them field by field; a row's reason is the
/// reason of that row in evaluate() on the same inputs (built only when asked for).
void evaluate_compact(const Plan& plan, const EventLog& events, const WorkCalendar& calendar,
                      Date as_of, const EvaluationOptions& options, std::uint32_t plan_index,
                      std::vector<CompactRow>& rows, std::vector<Finding>& findings);

}  // namespace govplan
