// govplan/json.hpp — reading and writing govplan's JSON documents (library target govplan::json).
//
// The domain core has no JSON dependency; this layer (built on nlohmann/json, used inside src/
// only) reads and writes the documents. Every error is located: a syntax error by line and
// column, a wrong value by JSON pointer ("/days/3/kind").
//
// Holiday schedules ("format": "govplan-holidays/1") let a user add a year's notice without a
// new release:
//
//   {
//     "format": "govplan-holidays/1",
//     "verified_through": "2027-12-31",
//     "documents": {
//       "tb-2027": {"document": "Thông báo 1234/TB-BNV", "date": "2026-10-15",
//                   "issuer": "Bộ Nội vụ", "status": "decided", "url": "https://…"}
//     },
//     "days": [
//       {"date": "2027-02-05", "kind": "holiday", "occasion": "lunar_new_year",
//        "occasion_year": 2027, "document": "tb-2027", "note": "29 tháng Chạp"},
//       {"date": "2027-02-10", "kind": "compensatory", "occasion": "lunar_new_year",
//        "occasion_year": 2027, "document": "tb-2027", "paired_with": "2027-02-06"}
//     ]
//   }
//
// "sector" (default "civil_service"), "paired_with" and "note" are optional; in documents, only
// "document" and "status" are required. Unknown keys are errors, so a typo is never ignored.
// Merge the result into the compiled-in schedules with HolidaySchedules::merged_with.
#pragma once

#include <string>
#include <string_view>

#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/compliance.hpp"
#include "govplan/events.hpp"
#include "govplan/finding.hpp"
#include "govplan/plan.hpp"
#include "govplan/portfolio.hpp"

namespace govplan {

/// The format tag of a holiday schedules document.
inline constexpr std::string_view holiday_schedules_format = "govplan-holidays/1";

/// Reads a holiday schedules document. Throws ParseError for malformed JSON (with line and
/// column) and ValidationError for a wrong or missing value (with its JSON pointer).
HolidaySchedules parse_holiday_schedules(std::string_view json_text);

/// Writes holiday schedules as a "govplan-holidays/1" document that parse_holiday_schedules
/// reads back to an equal value.
std::string to_json(const HolidaySchedules& schedules, int indent = 2);

/// A year of a calendar as JSON: days off and worked weekend days (each with names in Vietnamese
/// and English, kind, occasion and source), working days per month and in the year.
std::string to_json(const YearSummary& summary, int indent = 2);

/// A time limit as JSON: start, amount, unit, first counted day, nominal end, end and the rules
/// applied (article and text in Vietnamese and English).
std::string to_json(const TimeLimit& limit, int indent = 2);

// ---- plans ("schema": "govplan/1") ------------------------------------------------------------
//
// The schema is documented and shipped as schema/govplan-1.schema.json. Reading is strict: a
// missing required key, an unknown key, a value of the wrong type, an unknown enum string, a bad
// date, nesting deeper than 64 levels or a string over 1 MiB is a ParseError naming the JSON
// pointer (or, for malformed JSON, the line and column). Data of other tools goes under
// "extensions" (an object, any content) and is kept. Writing is canonical: keys in schema order,
// absent optional values omitted, two-space indentation, so that load → dump → load → dump gives
// byte-identical text.
//
// Day rules (timeframe.hpp, DayRule) are checked against their cadence, as resolve() reads them:
//
//   {"relation": "before", "day": 20}                         monthly: "trước ngày 20 hằng tháng"
//   {"relation": "before", "day": 15, "month": 12}            yearly only: "trước ngày 15/12"
//   {"relation": "before", "day": 15, "month_of_period": 14}  yearly: 15/02 of the next year
//   {"relation": "before", "day": 15, "months_before_period": 1}
//                                            quarterly: "trước ngày 15 của tháng liền kề trước quý"
//   {"relation": "by", "weekdays": ["tuesday", "thursday", "sunday"]}
//                                            weekly only: "vào các ngày thứ Ba, thứ Năm và Chủ nhật"
//
// A rule names its month one way at most ("month", "month_of_period" or "months_before_period");
// a weekly rule has "weekdays" (in week order, each once) and no "day"; other cadences have a
// "day" and no "weekdays". "month_of_period" runs from -1 to the period's months (a yearly rule:
// to 24). Any other mix is a ParseError (id json.day_rule or json.range) at the rule's pointer.
// Offsets may be in "hours" ("trong thời hạn 12 giờ"), counted as time_limit() says.
//
// A report's due rule (plan.hpp, ReportDue) has exactly one of "day_rule", "after_cutoff", "date"
// (with "relation") and "after_event", beside an optional "text"; a rule counted from an event
// the plan names keeps the event as written:
//
//   {"text": "chậm nhất sau 15 ngày kể từ khi kết thúc thiên tai",
//    "after_event": {"event": "kết thúc thiên tai", "offset": {"amount": 15, "unit": "days"}}}
//
// A blank "event" is a ParseError (json.empty), none or several kinds one with id json.due.

/// The schema tag of a plan document.
inline constexpr std::string_view plan_schema = "govplan/1";

/// Reads a plan document.
Plan load_plan(std::string_view json_text);

/// Writes a plan document in canonical form (ends with a newline).
std::string dump_plan(const Plan& plan);

/// Reads a JSON Lines file of plans, one document per line (blank lines skipped). An error names
/// the line in its note ("line 12") besides the pointer inside that line's document; with several
/// errors, the first in the file. Texts over a few megabytes are read by one thread per core.
std::vector<Plan> load_plans_jsonl(std::string_view text);

/// Reads an event log: {"schema": "govplan/1", "events": [{"kind": "trigger", "date": …}, …]}.
/// Kinds and their keys: trigger (trigger, by, event — the event as a reporting duty names it,
/// TriggerEvent::event), schedule_announced (body, schedule, items [{date,
/// text}]), task_progress (task, evidence), task_completed (task, evidence, occurrence),
/// report_submitted (obligation, period {from, to}, to), plan_amended, plan_cancelled; every event
/// has "date" and may have "document" and "text". Strict like load_plan (ParseError at a pointer).
EventLog load_events(std::string_view json_text);
/// Writes an event log canonically (load_events reads it back to an equal log).
std::string dump_events(const EventLog& log);

/// An evaluation as JSON: as_of, "rows" (one object per task occurrence / report instance with
/// id, kind, occurrence, status, tracker (the government tracker's class or null), due, period,
/// done, working_days, responsible, reason (in `lang`), reason_vi, reason_en) and findings. The
/// keys of a row are those of Python's Evaluation.to_records().
std::string to_json(const Evaluation& evaluation, int indent = 2, Lang lang = Lang::vi);

/// A timeframe as a plan document writes it ({"kind": "within", "text": …, "window": …}).
std::string to_json(const Timeframe& timeframe, int indent = 2);

/// Reads a portfolio from files and directories. A directory contributes its *.json files (not
/// its subdirectories); files named NAME.events.json are event logs and belong to the plan file
/// NAME.json given anywhere among the inputs; every other file is a plan. Plans are added in the
/// order of their paths (sorted), so the same inputs give the same portfolio. Errors name the
/// file: NotFound for a missing path, ParseError (with the file and the JSON pointer) for a bad
/// document, ValidationError "portfolio.events_without_plan" for an event log without its plan
/// and "portfolio.duplicate_name" for two plans of the same NAME. `sources`, when given,
/// receives each plan's file path.
Portfolio load_portfolio(const std::vector<std::string>& paths, std::vector<std::string>* sources = nullptr);

/// A portfolio's evaluation as JSON: as_of; "plans" (index, issuer, number, level, file-free
/// identity); "rows" as in an evaluation plus "plan" (the plan's index) — with reasons when
/// `with_reasons` (each plan evaluated again with text), else without; "findings" with "plan";
/// "cascade" (upstream_plan, upstream_task, downstream_plan, assigned_to, downstream_tasks,
/// match, similarity); "roll_ups" by plan, body, role and level, and "total" (key, label,
/// task_rows, report_rows, statuses {status: count}, tracker {class: count}, completion_rate,
/// on_time_rate).
std::string to_json(const PortfolioEvaluation& evaluation, const Portfolio& portfolio,
                    const WorkCalendar& calendar, bool with_reasons = true, int indent = 2,
                    Lang lang = Lang::vi);

/// Findings as a JSON array: code, severity, subject, rule, message_vi, message_en.
std::string to_json(const std::vector<Finding>& findings, int indent = 2);

}  // namespace govplan
