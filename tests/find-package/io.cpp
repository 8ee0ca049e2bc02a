// Links the installed govplan::json and govplan::render (which brings libical) and writes the 2025
// civil-service calendar as JSON and iCalendar.
#include <govplan/calendar.hpp>
#include <govplan/json.hpp>
#include <govplan/render/calendar.hpp>

#include <iostream>

int main() {
  const auto summary = govplan::WorkCalendar::vietnam().summarize(2025);
  const std::string json = govplan::to_json(summary);
  const std::string ics = govplan::render::calendar_ics(summary, govplan::Lang::vi, govplan::Date(2025, 1, 1));
  const auto schedules = govplan::parse_holiday_schedules(govplan::to_json(govplan::HolidaySchedules::builtin()));
  std::cout << "io-consumer: " << summary.working_days << " working days, json "
            << (json.find("\"working_days\": 250") != std::string::npos ? "ok" : "bad") << ", ics "
            << (ics.rfind("BEGIN:VCALENDAR", 0) == 0 ? "ok" : "bad") << ", schedules "
            << (schedules == govplan::HolidaySchedules::builtin() ? "ok" : "bad") << '\n';
  return 0;
}
