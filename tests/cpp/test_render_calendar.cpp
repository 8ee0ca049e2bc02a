// Tests of govplan/render/calendar.hpp: a calendar year as CSV and as iCalendar. The iCalendar
// text is parsed back with libical to check that it is valid and complete.
#include <doctest/doctest.h>

#include <libical/ical.h>

#include <string>

#include "govplan/calendar.hpp"
#include "govplan/render/calendar.hpp"
#include "support.hpp"

using govplan::Date;

TEST_CASE("the CSV has a header and one row per day off or worked weekend day") {
  const auto summary = govplan::WorkCalendar::vietnam().summarize(2024);
  const std::string csv = govplan::render::calendar_csv(summary);
  const auto lines = test_support::lines_of(csv);
  // 2024: 17 days off (including Tết days on the weekend) + 1 make-up Saturday, plus the header
  // and the empty string after the last line break.
  CHECK(lines.size() == summary.days_off.size() + summary.working_weekend_days.size() + 2);
  CHECK(lines[0].rfind("ngày,thứ,loại,dịp,tên,", 0) == 0);
  CHECK(csv.find("2024-05-04,Thứ Bảy,làm bù,Ngày Chiến thắng,") != std::string::npos);
  const std::string en = govplan::render::calendar_csv(summary, govplan::Lang::en);
  CHECK(en.find("2024-04-29,Monday,swapped day off,Reunification Day,") != std::string::npos);
  CHECK(en.find("Công văn 2450/VPCP-KGVX,2024-04-12") != std::string::npos);
}

TEST_CASE("the iCalendar file parses back with one all-day event per special day") {
  const auto summary = govplan::WorkCalendar::vietnam().summarize(2025);
  const std::string ics = govplan::render::calendar_ics(summary, govplan::Lang::vi, Date(2025, 1, 2));
  CHECK(ics.rfind("BEGIN:VCALENDAR", 0) == 0);
  icalcomponent* cal = icalparser_parse_string(ics.c_str());
  REQUIRE(cal != nullptr);
  int events = 0;
  bool found_makeup = false;
  for (icalcomponent* ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
       ev != nullptr; ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
    ++events;
    const icaltimetype start = icalcomponent_get_dtstart(ev);
    CHECK(start.is_date == 1);
    if (start.year == 2025 && start.month == 4 && start.day == 26) {
      found_makeup = true;
      CHECK(std::string(icalcomponent_get_summary(ev)).find("Làm bù") != std::string::npos);
      CHECK(std::string(icalcomponent_get_description(ev)).find("6150/TB-BLĐTBXH") !=
            std::string::npos);
    }
  }
  icalcomponent_free(cal);
  CHECK(events == static_cast<int>(summary.days_off.size() + summary.working_weekend_days.size()));
  CHECK(found_makeup);
  CHECK(ics.find("DTSTAMP:20250102T000000Z") != std::string::npos);
}
