// Helpers the renderers share: escaping for CSV, XML and Markdown, libical plumbing, and the
// readable pieces of a plan (its heading, a row's title and content, an event in one line).
#pragma once

#include <libical/ical.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "govplan/calendar.hpp"
#include "govplan/compliance.hpp"
#include "govplan/events.hpp"
#include "govplan/lang.hpp"
#include "govplan/plan.hpp"
#include "labels.hpp"

namespace govplan::render::detail {

// ---- escaping ----------------------------------------------------------------------------------

/// An RFC 4180 field: quoted when it holds , " CR or LF; `formula_guard` prefixes ' to text that
/// begins with = + - @ (a spreadsheet would run it).
std::string csv_field(std::string_view text, bool formula_guard = true);

/// Text for XML content and attribute values: & < > " ' escaped; characters XML 1.0 forbids (C0
/// controls other than tab, LF and CR; U+FFFE, U+FFFF) and invalid UTF-8 bytes become U+FFFD.
std::string xml_escape(std::string_view text);

/// Text for a Markdown table cell: | \ * _ ` < > [ ] # escaped, line breaks as spaces.
std::string md_escape(std::string_view text);

// ---- libical -----------------------------------------------------------------------------------

struct ComponentDeleter {
  void operator()(icalcomponent* c) const noexcept { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

/// An all-day DATE value.
icaltimetype ical_date(Date d);
/// 00:00:00 UTC of a day (a DTSTAMP).
icaltimetype ical_stamp(Date d);
/// A VCALENDAR with VERSION, PRODID (naming `lang`), CALSCALE and X-WR-CALNAME `name`.
ComponentPtr new_calendar(const std::string& name, Lang lang);
/// The all-day VEVENT of a day off or worked weekend day, as calendar_ics() writes it.
icalcomponent* day_event(const CalendarDay& day, Sector sector, Lang lang, icaltimetype stamp);
/// The calendar as text.
std::string ical_text(icalcomponent* calendar);

// ---- readable pieces ---------------------------------------------------------------------------

/// "05/02/2024" in Vietnamese, "2024-02-05" in English.
std::string day_text(Date d, Lang lang);
/// "05/02/2024 – 30/06/2024".
std::string range_text(const DateRange& r, Lang lang);

/// "Kế hoạch số 43/KH-UBND ngày 26/02/2024 của UBND thành phố"; for a draft
/// "Kế hoạch (dự thảo, chưa có số: /KH-UBND) tháng 02/2024 của UBND phường Chánh Lộ".
std::string plan_heading(const Plan& plan, Lang lang);

/// The reporting duty with id `id`, if any.
const ReportingObligation* find_obligation(const Plan& plan, std::string_view id) noexcept;

/// "II.1" or "II.2 (lần 2)".
std::string row_title(const StatusRow& row, Lang lang);
/// The task's content, or the report's stream and period ("Báo cáo định kỳ — 6 tháng đầu năm 2024").
std::string row_content(const Plan& plan, const StatusRow& row, Lang lang);
/// The period of a report row as its cadence names it ("6 tháng đầu năm 2024"), else the range.
std::string period_text(const Plan& plan, const StatusRow& row, Lang lang);
/// The responsible party, and for tasks the coordinators: "Công chức Tư pháp-Hộ tịch; phối hợp: …".
std::string responsible_text(const Plan& plan, const StatusRow& row, Lang lang);
/// "thường xuyên", "sau sự kiện" …
std::string_view timeframe_kind_name(TimeframeKind kind, Lang lang) noexcept;
std::string_view event_kind_name(EventKind kind, Lang lang) noexcept;
std::string_view severity_name(Severity severity, Lang lang) noexcept;
/// One line on what an event records: "Có hướng dẫn — Sở Tư pháp", "Hoàn thành II.2: …".
std::string event_text(const Event& event, Lang lang);
/// The task or duty an event concerns ("II.1", "III.1"), if any.
std::optional<std::string> event_subject(const Event& event);

/// The days the plan's rows span: its window, else the hull of the rows' periods and due and
/// done dates; nothing for a plan with neither.
std::optional<DateRange> plan_span(const Plan& plan, const Evaluation& evaluation);

/// 64-bit FNV-1a of `text`, as 16 lower-case hex digits.
std::string fnv1a_hex(std::string_view text);

}  // namespace govplan::render::detail
