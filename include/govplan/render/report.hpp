// govplan/render/report.hpp — an evaluation as the files people use: an iCalendar of to-dos for
// their calendar, a CSV for Excel, a Markdown report to paste into a message, and one
// self-contained HTML page with a timeline (library target govplan::render).
//
//   const govplan::Evaluation ev = govplan::evaluate(plan, log, cal, govplan::Date(2024, 12, 31));
//   std::string ics  = govplan::render::evaluation_ics(plan, ev, cal, govplan::Lang::vi,
//                                                      govplan::Date(2025, 1, 2));
//   std::string csv  = govplan::render::evaluation_csv(ev);           // UTF-8 with a BOM
//   std::string md   = govplan::render::evaluation_markdown(plan, ev);
//   std::string html = govplan::render::evaluation_html(plan, log, ev, cal);
//   govplan::render::write_file_atomically("ward-2024.html", html);
//
// Conventions shared by every renderer:
//   - Labels (headings, statuses, kinds) come in Vietnamese by default and in English with
//     Lang::en, from one table of pairs (src/render/labels.hpp; status names from status_name()).
//   - Vietnamese output writes dates as documents cite them in running text ("05/02/2024");
//     English output writes ISO 8601 ("2024-02-05"). Machine fields (CSV values, iCalendar DUE)
//     are always ISO / RFC 5545.
//   - Renderers read no clock: the day an iCalendar file is stamped with is an argument, and the
//     "as of" day is the evaluation's.
//   - The HTML page and the SVG timeline only show events dated on or before the evaluation's
//     day, as the evaluation itself only counts those.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "govplan/calendar.hpp"
#include "govplan/compliance.hpp"
#include "govplan/events.hpp"
#include "govplan/lang.hpp"
#include "govplan/plan.hpp"

namespace govplan::render {

// ---- identity ----------------------------------------------------------------------------------

/// A stable identifier of a plan, "govplan-plan-" + 16 hex digits: an FNV-1a 64-bit hash of
///   - for a numbered plan: its type, its number and symbol ("43/KH-UBND"), the year of its issue
///     date and its issuer — a number is unique per issuer and year (Decree 30/2020/NĐ-CP,
///     Art. 15(1));
///   - for a draft without a number ("/KH-UBND"): its type, its symbol, its (partial) issue date,
///     its issuer and its title.
/// The issuer and title are folded as Party::key() folds names, so "Ủy" and "Uỷ" give the same
/// identifier. Signing a draft gives it a number and therefore a new identifier: re-export the
/// signed plan and delete the draft's calendar.
std::string plan_uid(const Plan& plan);

/// The identifier of one row: "govplan-" + the plan's hash + "-" + task|report + "-" + the row's
/// id (bytes other than letters, digits, '.', '-' and '_' written %XX) + "-" + its occurrence,
/// e.g. "govplan-1a2b…-task-II.1-0". The same plan and row give the same identifier in every
/// export, so re-importing an iCalendar file updates its to-dos instead of duplicating them.
std::string row_uid(const Plan& plan, const StatusRow& row);

// ---- colours -----------------------------------------------------------------------------------

/// The five colours e-office task trackers use for a status, and the statuses in each:
///   done_on_time  green  #2e7d32  done_on_time, submitted_on_time, submitted
///   in_progress   blue   #1565c0  within_deadline, due_soon, ongoing, due
///   done_late     amber  #ef6c00  done_late, submitted_late
///   overdue       red    #c62828  overdue, missing, no_evidence
///   waiting       grey   #757575  not_yet_due, awaiting_trigger, trigger_never_came, on_request,
///                                 unresolved, due_date_unknown, cancelled
/// (no_evidence is red because the government's tracker counts it as overdue: tracker_class.)
enum class Tone : std::uint8_t { done_on_time, in_progress, done_late, overdue, waiting };
std::string_view to_string(Tone tone) noexcept;
Tone tone(Status status) noexcept;
/// "#2e7d32" …
std::string_view tone_colour(Tone tone) noexcept;
/// "Hoàn thành đúng hạn" / "Done on time" …
std::string_view tone_name(Tone tone, Lang lang = Lang::vi) noexcept;

// ---- iCalendar ----------------------------------------------------------------------------------

/// The RFC 5545 STATUS of a row's to-do:
///   COMPLETED     done_on_time, done_late, submitted_on_time, submitted_late, submitted
///   IN-PROCESS    ongoing, within_deadline, due_soon, due (the window is open and the clock runs)
///   CANCELLED     cancelled (RFC 5545 §3.8.1.11 allows it for a VTODO)
///   NEEDS-ACTION  everything else: not_yet_due, overdue, missing, no_evidence, awaiting_trigger,
///                 trigger_never_came, on_request, unresolved, due_date_unknown
std::string_view ical_status(Status status) noexcept;

/// An RFC 5545 iCalendar (written with libical): one VTODO per row of `evaluation` (task
/// occurrence or report instance) with UID row_uid(), DTSTAMP `generated_on` (00:00 UTC), DUE
/// (an all-day date) when the row has a due date, DTSTART when its period starts on or before
/// that, STATUS ical_status() (and PERCENT-COMPLETE 100 when completed), SUMMARY (id, occurrence
/// and the task's content or the report's period), DESCRIPTION (content, lead and coordinators or
/// reporter and recipient, the timeframe as written, due and done dates, status and reason),
/// CATEGORIES (kind, status) and RELATED-TO;RELTYPE=PARENT plan_uid(); and one all-day VEVENT per
/// day off of `calendar` inside the plan's window (or, for a plan without one, the days its rows
/// span), with the UIDs calendar_ics() gives the same days. Text in `lang`.
std::string evaluation_ics(const Plan& plan, const Evaluation& evaluation, const WorkCalendar& calendar,
                           Lang lang, Date generated_on);

// ---- CSV and Markdown --------------------------------------------------------------------------

/// RFC 4180 CSV (CRLF line ends) in UTF-8 with a byte-order mark, so that Excel reads the
/// Vietnamese text: a header and one line per row with the columns of Python's
/// Evaluation.to_records(): id, kind, occurrence, status, tracker, due, period_from, period_to,
/// done, working_days, responsible, reason (in `lang`), reason_vi, reason_en. Values are those of
/// to_records(): identifiers for kind, status and tracker, ISO 8601 dates, empty for none. A text
/// cell that begins with = + - or @ is prefixed with ' so that a spreadsheet does not run it as a
/// formula.
std::string evaluation_csv(const Evaluation& evaluation, Lang lang = Lang::vi);

/// A Markdown report to share: the plan's identity and title, its window and the day of the
/// evaluation, counts by colour and by status, a table of every row (id, occurrence, kind, status,
/// due, done, responsible, reason) and the findings. Table cells escape | \ * _ ` < > [ ].
std::string evaluation_markdown(const Plan& plan, const Evaluation& evaluation, Lang lang = Lang::vi);

// ---- HTML --------------------------------------------------------------------------------------

/// One self-contained HTML5 page, also well-formed XML (it parses as XHTML): no network, no
/// external assets, readable without JavaScript (a small inline script only sorts the table when
/// a heading is clicked). It shows the plan's identity, a summary in the colours of Tone, an
/// inline SVG timeline — the plan's window with month ticks, one lane per task and per reporting
/// duty (the timeframe's window, each occurrence's period as a bar and its due date as a diamond
/// in its colour, done dates as rings, progress and submissions as ticks), a lane of events
/// (triggers, schedules announced, amendments), days off shaded, a dashed line on the day of the
/// evaluation — then the table of rows, the events, the findings and the days off. Print CSS lays
/// it out on A4 landscape. All text is escaped.
std::string evaluation_html(const Plan& plan, const EventLog& events, const Evaluation& evaluation,
                            const WorkCalendar& calendar, Lang lang = Lang::vi);

// ---- files -------------------------------------------------------------------------------------

/// Writes `bytes` to `path` atomically: into a new temporary file in the same directory, flushed
/// to disk, then renamed over `path`, so a reader never sees half a file. The file gets mode 0644.
/// Throws std::filesystem::filesystem_error (with the path and the system's error) when the
/// directory cannot be written or `path` is a directory; the temporary file is then removed.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace govplan::render
