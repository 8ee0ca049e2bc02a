// govplan/render/calendar.hpp — a calendar year as CSV and as iCalendar (library target
// govplan::render; iCalendar is written with libical).
//
//   auto summary = govplan::WorkCalendar::vietnam().summarize(2025);
//   std::string csv = govplan::render::calendar_csv(summary);              // Vietnamese headers
//   std::string ics = govplan::render::calendar_ics(summary, govplan::Lang::vi,
//                                                   govplan::Date(2025, 1, 1));
#pragma once

#include <string>

#include "govplan/calendar.hpp"
#include "govplan/lang.hpp"

namespace govplan::render {

/// RFC 4180 CSV, one row per day off or worked weekend day of the year, in date order: date,
/// weekday, kind, occasion, name, working day (1/0), paired day, source document, its date,
/// issuer and status. Headers and names in `lang`; dates ISO 8601.
std::string calendar_csv(const YearSummary& summary, Lang lang = Lang::vi);

/// RFC 5545 iCalendar with one all-day event per day off or worked weekend day: SUMMARY is the
/// day's name, DESCRIPTION its kind and source, CATEGORIES its kind; worked days are
/// TRANSPARENT. `generated_on` becomes every event's DTSTAMP (the library reads no clock).
std::string calendar_ics(const YearSummary& summary, Lang lang, Date generated_on);

}  // namespace govplan::render
