// Calendar years as CSV and iCalendar: see include/govplan/render/calendar.hpp.

#include "govplan/render/calendar.hpp"

#include <algorithm>
#include <vector>

#include "support.hpp"

namespace govplan::render {

namespace {

using detail::csv_field;

std::string_view weekday_name(Weekday w, Lang lang) {
  constexpr std::string_view vi[] = {"Thứ Hai", "Thứ Ba",  "Thứ Tư",  "Thứ Năm",
                                     "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
  constexpr std::string_view en[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};
  const auto i = static_cast<std::size_t>(w) - 1;
  return lang == Lang::en ? en[i] : vi[i];
}

std::vector<CalendarDay> all_days(const YearSummary& s) {
  std::vector<CalendarDay> days = s.days_off;
  days.insert(days.end(), s.working_weekend_days.begin(), s.working_weekend_days.end());
  std::stable_sort(days.begin(), days.end(),
                   [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
  return days;
}

std::string source_line(const LegalSource& s, Lang lang) {
  std::string out = s.document;
  if (s.date) out += (lang == Lang::en ? " of " : " ngày ") + format_date(*s.date, DateStyle::numeric);
  if (!s.issuer.empty()) out += " (" + s.issuer + ")";
  return out;
}

}  // namespace

namespace detail {

icalcomponent* day_event(const CalendarDay& d, Sector sector, Lang lang, icaltimetype stamp) {
  icalcomponent* ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  const std::string uid = "govplan-" + d.date.to_string() + '-' + std::string(to_string(d.kind)) + '-' +
                          std::string(to_string(sector));
  icalcomponent_add_property(ev, icalproperty_new_uid(uid.c_str()));
  icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
  icalcomponent_add_property(ev, icalproperty_new_dtstart(ical_date(d.date)));
  icalcomponent_add_property(ev, icalproperty_new_dtend(ical_date(d.date.add_days(1))));
  icalcomponent_add_property(ev, icalproperty_new_summary(d.name(lang).c_str()));
  std::string description = std::string(day_kind_name(d.kind, lang)) + ". " +
                            (lang == Lang::en ? "Source: " : "Căn cứ: ") + source_line(d.source, lang);
  if (d.source.status != SourceStatus::statute && d.source.status != SourceStatus::decided) {
    description += " [" + std::string(to_string(d.source.status)) + "]";
  }
  icalcomponent_add_property(ev, icalproperty_new_description(description.c_str()));
  icalcomponent_add_property(ev, icalproperty_new_categories(std::string(to_string(d.kind)).c_str()));
  icalcomponent_add_property(
      ev, icalproperty_new_transp(d.is_working_day() ? ICAL_TRANSP_TRANSPARENT : ICAL_TRANSP_OPAQUE));
  if (!d.source.url.empty()) icalcomponent_add_property(ev, icalproperty_new_url(d.source.url.c_str()));
  return ev;
}

}  // namespace detail

std::string calendar_csv(const YearSummary& summary, Lang lang) {
  const bool en = lang == Lang::en;
  std::string out =
      en ? "date,weekday,kind,occasion,name,working_day,paired_with,source,source_date,issuer,status\r\n"
         : "ngày,thứ,loại,dịp,tên,ngày làm việc,ngày đối ứng,văn bản,ngày văn bản,cơ quan ban hành,"
           "tình trạng\r\n";
  for (const CalendarDay& d : all_days(summary)) {
    out += d.date.to_string() + ',' + csv_field(weekday_name(d.date.weekday(), lang)) + ',' +
           csv_field(day_kind_name(d.kind, lang)) + ',' + csv_field(occasion_name(d.occasion, lang)) +
           ',' + csv_field(d.name(lang)) + ',' + (d.is_working_day() ? "1" : "0") + ',' +
           (d.paired_with ? d.paired_with->to_string() : "") + ',' + csv_field(d.source.document) +
           ',' + (d.source.date ? d.source.date->to_string() : "") + ',' +
           csv_field(d.source.issuer) + ',' + std::string(to_string(d.source.status)) + "\r\n";
  }
  return out;
}

std::string calendar_ics(const YearSummary& summary, Lang lang, Date generated_on) {
  const bool en = lang == Lang::en;
  const std::string name =
      (en ? "Working calendar " : "Lịch làm việc ") + std::to_string(summary.year) +
      (summary.sector == Sector::civil_service ? (en ? " (civil service)" : " (cán bộ, công chức)")
                                               : (en ? " (all employees)" : " (người lao động)"));
  detail::ComponentPtr cal = detail::new_calendar(name, lang);
  const icaltimetype stamp = detail::ical_stamp(generated_on);
  for (const CalendarDay& d : all_days(summary)) {
    icalcomponent_add_component(cal.get(), detail::day_event(d, summary.sector, lang, stamp));
  }
  return detail::ical_text(cal.get());
}

}  // namespace govplan::render
