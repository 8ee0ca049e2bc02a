// lunar.hpp, calendar.hpp, the calendar half of json.hpp and render/calendar.hpp in Python.
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "casters.hpp"
#include "govplan/calendar.hpp"
#include "govplan/error.hpp"
#include "govplan/json.hpp"
#include "govplan/lunar.hpp"
#include "govplan/render/calendar.hpp"


namespace govplan_py {

namespace {

using govplan::CalendarDay;
using govplan::Date;
using govplan::LunarDate;
using govplan::WorkCalendar;

// The dates of a Python sequence (or any iterable) of datetime.date, read under the GIL.
std::vector<Date> dates_from_sequence(py::handle obj) {
  ensure_datetime();
  py::object seq = py::reinterpret_steal<py::object>(
      PySequence_Fast(obj.ptr(), "expected an iterable of datetime.date"));
  if (!seq) throw py::error_already_set();
  const Py_ssize_t n = PySequence_Fast_GET_SIZE(seq.ptr());
  PyObject** items = PySequence_Fast_ITEMS(seq.ptr());
  std::vector<Date> out;
  out.reserve(static_cast<std::size_t>(n));
  for (Py_ssize_t i = 0; i < n; ++i) {
    PyObject* item = items[i];
    if (!PyDate_Check(item) || PyDateTime_Check(item)) {
      throw govplan::ValidationError(
          "python.date", "a datetime.date (not a datetime)",
          std::string(py::str(py::handle(item).get_type().attr("__name__"))), {},
          "item " + std::to_string(i));
    }
    out.push_back(Date(PyDateTime_GET_YEAR(item), PyDateTime_GET_MONTH(item),
                       PyDateTime_GET_DAY(item)));
  }
  return out;
}

bool is_numpy_array(py::handle obj) {
  const py::object type = py::type::of(obj);
  return py::hasattr(type, "__module__") && py::str(type.attr("__module__")).cast<std::string>() == "numpy" &&
         py::hasattr(obj, "dtype");
}

// dates: a sequence of datetime.date → list[bool]; a numpy datetime64 array → numpy bool array.
py::object is_working_day_many(const WorkCalendar& cal, const py::object& dates) {
  if (is_numpy_array(dates)) {
    py::module_ np = py::module_::import("numpy");
    py::object array = np.attr("asarray")(dates);
    // Only datetime64 arrays, and only whole days: numbers, strings or times of day are refused
    // rather than converted or truncated.
    if (py::str(array.attr("dtype").attr("kind")).cast<std::string>() != "M") {
      throw govplan::ValidationError("python.dates", "a numpy datetime64 array",
                                     "an array of dtype " + py::str(array.attr("dtype")).cast<std::string>());
    }
    py::object as_days = array.attr("astype")("datetime64[D]");
    if (!np.attr("array_equal")(as_days.attr("astype")(array.attr("dtype")), array).cast<bool>()) {
      throw govplan::ValidationError("python.dates", "whole days (datetime64 values at midnight)",
                                     "values with a time of day");
    }
    py::object shape = array.attr("shape");
    py::object days = np.attr("ascontiguousarray")(as_days.attr("reshape")(-1).attr("view")("int64"));
    py::buffer_info info = py::buffer(days).request();
    const auto* raw = static_cast<const std::int64_t*>(info.ptr);
    const auto n = static_cast<std::size_t>(info.size);
    std::vector<Date> converted(n);
    std::vector<std::uint8_t> out(n);
    {
      py::gil_scoped_release release;
      for (std::size_t i = 0; i < n; ++i) {
        if (raw[i] < INT32_MIN || raw[i] > INT32_MAX) {
          throw govplan::ValidationError("python.date", "a datetime64 day the calendar covers",
                                         std::to_string(raw[i]) + " days since 1970",
                                         {}, "item " + std::to_string(i));
        }
        converted[i] = Date::from_days_since_epoch(static_cast<std::int32_t>(raw[i]));
      }
      cal.is_working_day_many(converted, out);
    }
    py::object result = np.attr("frombuffer")(py::bytes(reinterpret_cast<const char*>(out.data()), n),
                                              "uint8");
    return result.attr("astype")("bool").attr("reshape")(shape);
  }
  const std::vector<Date> days = dates_from_sequence(dates);
  std::vector<std::uint8_t> out(days.size());
  {
    py::gil_scoped_release release;
    cal.is_working_day_many(days, out);
  }
  PyObject* list = PyList_New(static_cast<Py_ssize_t>(out.size()));
  if (list == nullptr) throw py::error_already_set();
  for (std::size_t i = 0; i < out.size(); ++i) {
    PyObject* b = out[i] ? Py_True : Py_False;
    Py_INCREF(b);
    PyList_SET_ITEM(list, static_cast<Py_ssize_t>(i), b);
  }
  return py::reinterpret_steal<py::object>(list);
}

std::string date_repr(Date d) {
  const auto ymd = d.ymd();
  return "datetime.date(" + std::to_string(ymd.year) + ", " + std::to_string(ymd.month) + ", " +
         std::to_string(ymd.day) + ")";
}

py::dict day_record(const CalendarDay& d) {
  py::dict r;
  r["date"] = d.date;
  r["weekday"] = std::string(govplan::to_string(d.date.weekday()));
  r["kind"] = std::string(govplan::to_string(d.kind));
  r["occasion"] = std::string(govplan::to_string(d.occasion));
  r["name_vi"] = d.name_vi;
  r["name_en"] = d.name_en;
  r["working_day"] = d.is_working_day();
  r["paired_with"] = d.paired_with ? py::cast(*d.paired_with) : py::none();
  r["source"] = d.source.document;
  r["source_date"] = d.source.date ? py::cast(*d.source.date) : py::none();
  r["issuer"] = d.source.issuer;
  r["status"] = std::string(govplan::to_string(d.source.status));
  return r;
}

std::string read_text_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw govplan::NotFound("python.file", "a readable file", path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw govplan::NotFound("python.file", "a readable file", path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

void register_calendar(py::module_& m) {
  using govplan::HolidaySchedules;
  using govplan::LegalSource;
  using govplan::ScheduleEntry;

  // ---- lunar ----
  bind_enum(m, "LunarReckoning",
            {govplan::LunarReckoning::vietnam, govplan::LunarReckoning::vietnam_historical,
             govplan::LunarReckoning::china},
            "The meridian of the lunar calendar: vietnam (UTC+7, default), vietnam_historical "
            "(UTC+8 for months before 1967-08-08), china (UTC+8).");
  m.attr("lunar_min_year") = govplan::lunar_min_year;
  m.attr("lunar_max_year") = govplan::lunar_max_year;

  py::class_<LunarDate>(m, "LunarDate",
                        "A day of the Vietnamese lunar calendar, computed for UTC+7. Invalid "
                        "dates (a leap month the year lacks, day 30 of a 29-day month) raise "
                        "ValidationError.")
      .def(py::init<int, int, int, bool, govplan::LunarReckoning>(), py::arg("year"),
           py::arg("month"), py::arg("day"), py::arg("leap") = false,
           py::arg("reckoning") = govplan::LunarReckoning::vietnam)
      .def_static("from_date", &LunarDate::from_date, py::arg("date"),
                  py::arg("reckoning") = govplan::LunarReckoning::vietnam,
                  "The lunar date of a solar day.")
      .def("to_date", &LunarDate::to_date, "The solar day of this lunar date.")
      .def_property_readonly("year", &LunarDate::year)
      .def_property_readonly("month", &LunarDate::month)
      .def_property_readonly("day", &LunarDate::day)
      .def_property_readonly("leap", &LunarDate::leap)
      .def_property_readonly("reckoning", &LunarDate::reckoning)
      .def_property_readonly("month_length", &LunarDate::month_length)
      .def("format", &LunarDate::format, py::arg("lang") = govplan::Lang::vi,
           "'10/3 năm Giáp Thìn' (vi) or 'day 10 of month 3, year Giáp Thìn (2024)' (en).")
      .def("__str__", &LunarDate::to_string)
      .def("__repr__",
           [](const LunarDate& l) {
             return "LunarDate(" + std::to_string(l.year()) + ", " + std::to_string(l.month()) +
                    ", " + std::to_string(l.day()) + (l.leap() ? ", leap=True" : "") + ")";
           })
      .def("__hash__", [](const LunarDate& l) { return py::hash(py::str(l.to_string())); })
      .def(py::self == py::self)
      .def(py::self < py::self)
      .def(py::self <= py::self);
  m.def("parse_lunar_date", &govplan::parse_lunar_date, py::arg("text"),
        py::arg("reckoning") = govplan::LunarReckoning::vietnam,
        "Reads '2024-03-10' or '2023-02L-01' (leap month).");

  py::class_<govplan::LunarYear>(m, "LunarYear", "Facts about one lunar year.")
      .def_readonly("year", &govplan::LunarYear::year)
      .def_readonly("new_year", &govplan::LunarYear::new_year, "Tết: day 1 of month 1.")
      .def_readonly("last_day", &govplan::LunarYear::last_day)
      .def_readonly("leap_month", &govplan::LunarYear::leap_month, "0 if none.")
      .def_readonly("month_count", &govplan::LunarYear::month_count)
      .def("__repr__", [](const govplan::LunarYear& y) {
        return "LunarYear(" + std::to_string(y.year) + ", new_year=" + date_repr(y.new_year) +
               ", leap_month=" + std::to_string(y.leap_month) + ")";
      });
  m.def("lunar_year", &govplan::lunar_year, py::arg("year"),
        py::arg("reckoning") = govplan::LunarReckoning::vietnam);
  m.def("can_chi", &govplan::can_chi, py::arg("lunar_year"),
        "The sexagenary name of a lunar year: 2024 → 'Giáp Thìn'.");

  // ---- calendar enums ----
  bind_enum(m, "Sector", {govplan::Sector::civil_service, govplan::Sector::all_employees},
            "Whom a calendar applies to.");
  bind_enum(m, "Occasion",
            {govplan::Occasion::none, govplan::Occasion::new_year,
             govplan::Occasion::lunar_new_year, govplan::Occasion::hung_kings,
             govplan::Occasion::reunification, govplan::Occasion::labour_day,
             govplan::Occasion::national_day, govplan::Occasion::culture_day,
             govplan::Occasion::other},
            "The occasion a day off belongs to.");
  bind_enum(m, "DayKind",
            {govplan::DayKind::working_day, govplan::DayKind::weekend, govplan::DayKind::holiday,
             govplan::DayKind::compensatory, govplan::DayKind::swapped_day_off,
             govplan::DayKind::make_up_working_day, govplan::DayKind::extra_day_off,
             govplan::DayKind::extra_working_day},
            "What kind of day a date is.");
  bind_enum(m, "SourceStatus",
            {govplan::SourceStatus::statute, govplan::SourceStatus::decided,
             govplan::SourceStatus::proposed, govplan::SourceStatus::assumed},
            "Where a day comes from: the statute, a decided notice, a proposal, or govplan's "
            "stated assumption until the days are announced.");
  bind_enum(m, "Roll",
            {govplan::Roll::unadjusted, govplan::Roll::following, govplan::Roll::preceding,
             govplan::Roll::modified_following, govplan::Roll::modified_preceding},
            "Business-day conventions.");
  bind_enum(m, "TimeUnit",
            {govplan::TimeUnit::hours, govplan::TimeUnit::days, govplan::TimeUnit::working_days,
             govplan::TimeUnit::weeks, govplan::TimeUnit::months, govplan::TimeUnit::years},
            "The unit of a time limit.");
  bind_enum(m, "PeriodPoint",
            {govplan::PeriodPoint::beginning, govplan::PeriodPoint::middle,
             govplan::PeriodPoint::end},
            "Đầu / giữa / cuối of a month or a year (Civil Code 2015, Art. 146(2)).");
  m.def("occasion_name", &govplan::occasion_name, py::arg("occasion"),
        py::arg("lang") = govplan::Lang::vi);
  m.def("day_kind_name", &govplan::day_kind_name, py::arg("kind"),
        py::arg("lang") = govplan::Lang::vi);

  // ---- sources and schedules ----
  py::class_<LegalSource>(m, "LegalSource", "The document (or article) a day or a rule comes from.")
      .def(py::init([](std::string document, std::optional<Date> date, std::string issuer,
                       govplan::SourceStatus status, std::string url, std::string note) {
             return LegalSource{std::move(document), date, std::move(issuer), status,
                                std::move(url), std::move(note)};
           }),
           py::arg("document"), py::arg("date") = py::none(), py::arg("issuer") = "",
           py::arg("status") = govplan::SourceStatus::decided, py::arg("url") = "",
           py::arg("note") = "")
      .def_readonly("document", &LegalSource::document)
      .def_readonly("date", &LegalSource::date)
      .def_readonly("issuer", &LegalSource::issuer)
      .def_readonly("status", &LegalSource::status)
      .def_readonly("url", &LegalSource::url)
      .def_readonly("note", &LegalSource::note)
      .def("__repr__", [](const LegalSource& s) { return "LegalSource('" + s.document + "')"; })
      .def(py::self == py::self);

  py::class_<ScheduleEntry>(m, "ScheduleEntry",
                            "One announced day: a Tết day, a day in lieu, a swapped day off or a "
                            "make-up working day.")
      .def(py::init([](Date date, govplan::DayKind kind, govplan::Occasion occasion,
                       int occasion_year, LegalSource source, govplan::Sector sector,
                       std::optional<Date> paired_with, std::string note) {
             return ScheduleEntry{date,   kind,        occasion,       occasion_year, sector,
                                  source, paired_with, std::move(note)};
           }),
           py::arg("date"), py::arg("kind"), py::arg("occasion"), py::arg("occasion_year"),
           py::arg("source"), py::arg("sector") = govplan::Sector::civil_service,
           py::arg("paired_with") = py::none(), py::arg("note") = "")
      .def_readonly("date", &ScheduleEntry::date)
      .def_readonly("kind", &ScheduleEntry::kind)
      .def_readonly("occasion", &ScheduleEntry::occasion)
      .def_readonly("occasion_year", &ScheduleEntry::occasion_year)
      .def_readonly("sector", &ScheduleEntry::sector)
      .def_readonly("source", &ScheduleEntry::source)
      .def_readonly("paired_with", &ScheduleEntry::paired_with)
      .def_readonly("note", &ScheduleEntry::note)
      .def("__repr__",
           [](const ScheduleEntry& e) {
             return "ScheduleEntry(" + date_repr(e.date) + ", " +
                    std::string(govplan::to_string(e.kind)) + ")";
           })
      .def(py::self == py::self);

  py::class_<HolidaySchedules>(m, "HolidaySchedules",
                               "Announced schedules with their sources: the compiled-in ones "
                               "(builtin()) or a govplan-holidays/1 JSON document.")
      .def(py::init<std::vector<ScheduleEntry>, Date>(), py::arg("entries"),
           py::arg("verified_through"))
      .def_static("builtin", &HolidaySchedules::builtin, py::return_value_policy::copy)
      .def_static("from_json", &govplan::parse_holiday_schedules, py::arg("text"),
                  "Reads a govplan-holidays/1 document; errors carry line/column or a JSON "
                  "pointer.")
      .def_static(
          "load", [](const std::string& path) {
            return govplan::parse_holiday_schedules(read_text_file(path));
          },
          py::arg("path"), "Reads a govplan-holidays/1 file.")
      .def("to_json", [](const HolidaySchedules& s) { return govplan::to_json(s); })
      .def_property_readonly("entries", &HolidaySchedules::entries)
      .def_property_readonly("verified_through", &HolidaySchedules::verified_through)
      .def("merged_with", &HolidaySchedules::merged_with, py::arg("overrides"))
      .def("__len__", [](const HolidaySchedules& s) { return s.entries().size(); })
      .def(py::self == py::self);

  py::class_<CalendarDay>(m, "CalendarDay", "What a day is, and why.")
      .def_readonly("date", &CalendarDay::date)
      .def_readonly("kind", &CalendarDay::kind)
      .def_readonly("occasion", &CalendarDay::occasion)
      .def_readonly("name_vi", &CalendarDay::name_vi)
      .def_readonly("name_en", &CalendarDay::name_en)
      .def_readonly("source", &CalendarDay::source)
      .def_readonly("paired_with", &CalendarDay::paired_with)
      .def_property_readonly("is_working_day", &CalendarDay::is_working_day)
      .def("name", [](const CalendarDay& d, govplan::Lang lang) { return d.name(lang); },
           py::arg("lang") = govplan::Lang::vi)
      .def("to_record", &day_record, "A flat dict of the day (for pandas).")
      .def("__repr__",
           [](const CalendarDay& d) {
             return "CalendarDay(" + date_repr(d.date) + ", " +
                    std::string(govplan::to_string(d.kind)) + ", '" + d.name_vi + "')";
           })
      .def(py::self == py::self);

  py::class_<govplan::YearSummary>(m, "YearSummary", "A year of a calendar at a glance.")
      .def_readonly("year", &govplan::YearSummary::year)
      .def_readonly("sector", &govplan::YearSummary::sector)
      .def_readonly("verified_through", &govplan::YearSummary::verified_through)
      .def_readonly("days_off", &govplan::YearSummary::days_off)
      .def_readonly("working_weekend_days", &govplan::YearSummary::working_weekend_days)
      .def_readonly("working_days_by_month", &govplan::YearSummary::working_days_by_month)
      .def_readonly("working_days", &govplan::YearSummary::working_days)
      .def_readonly("weekdays_off", &govplan::YearSummary::weekdays_off)
      .def("to_json", [](const govplan::YearSummary& s) { return govplan::to_json(s); })
      .def("to_csv", &govplan::render::calendar_csv, py::arg("lang") = govplan::Lang::vi)
      .def("to_ics", &govplan::render::calendar_ics, py::arg("lang"), py::arg("generated_on"))
      .def(
          "to_records",
          [](const govplan::YearSummary& s) {
            py::list out;
            for (const auto* list : {&s.days_off, &s.working_weekend_days}) {
              for (const CalendarDay& d : *list) out.append(day_record(d));
            }
            return out;
          },
          "Days off, then worked weekend days, as a list of dicts, ready for pandas.DataFrame.");

  // ---- the calendar ----
  py::class_<WorkCalendar>(m, "WorkCalendar",
                           "A Vietnamese working calendar 1995–2199: weekends, holidays by the "
                           "law of each year, days in lieu and the announced schedules. "
                           "Immutable.")
      .def_static(
          "vietnam",
          [](govplan::Sector sector, std::optional<HolidaySchedules> schedules,
             std::optional<std::vector<govplan::Weekday>> weekend, bool include_proposed) {
            govplan::CalendarOptions options;
            options.sector = sector;
            if (weekend) options.weekend = *weekend;
            options.include_proposed = include_proposed;
            return WorkCalendar::vietnam(options,
                                         schedules ? *schedules : HolidaySchedules::builtin());
          },
          py::arg("sector") = govplan::Sector::civil_service, py::arg("schedules") = py::none(),
          py::arg("weekend") = py::none(), py::arg("include_proposed") = false,
          "The civil-service calendar by default; other sectors, schedules (e.g. "
          "HolidaySchedules.builtin().merged_with(HolidaySchedules.load(path))), weekly rest "
          "days and proposed days by argument.")
      .def(
          "with_days_off",
          [](const WorkCalendar& c, const std::vector<Date>& days, std::string name_vi,
             std::string name_en, LegalSource source) {
            return c.with_days_off(days, std::move(name_vi), std::move(name_en), std::move(source));
          },
          py::arg("days"), py::arg("name_vi"), py::arg("name_en"), py::arg("source"))
      .def(
          "with_working_days",
          [](const WorkCalendar& c, const std::vector<Date>& days, std::string name_vi,
             std::string name_en, LegalSource source) {
            return c.with_working_days(days, std::move(name_vi), std::move(name_en),
                                       std::move(source));
          },
          py::arg("days"), py::arg("name_vi"), py::arg("name_en"), py::arg("source"))
      .def_property_readonly("range", &WorkCalendar::range)
      .def_property_readonly("sector", &WorkCalendar::sector)
      .def_property_readonly("verified_through", &WorkCalendar::verified_through)
      .def("same_as", &WorkCalendar::same_as, py::arg("other"),
           "True when `other` is this very calendar (a copy of it); calendars built separately are "
           "not the same even when their days agree.")
      .def("is_working_day", &WorkCalendar::is_working_day, py::arg("date"))
      .def("is_working_day_many", &is_working_day_many, py::arg("dates"),
           "is_working_day for many days in one call (the GIL is released while checking): a "
           "sequence of datetime.date gives a list of bool, a numpy datetime64 array a numpy "
           "bool array.")
      .def("describe", &WorkCalendar::describe, py::arg("date"))
      .def("next_working_day", &WorkCalendar::next_working_day, py::arg("date"))
      .def("previous_working_day", &WorkCalendar::previous_working_day, py::arg("date"))
      .def("adjust", &WorkCalendar::adjust, py::arg("date"),
           py::arg("roll") = govplan::Roll::following)
      .def("add_working_days", &WorkCalendar::add_working_days, py::arg("date"), py::arg("n"))
      .def(
          "count_working_days",
          [](const WorkCalendar& c, Date first, Date last) {
            return c.count_working_days(govplan::DateRange(first, last));
          },
          py::arg("first"), py::arg("last"), "Working days from first to last, both included.")
      .def("count_working_days", &WorkCalendar::count_working_days, py::arg("range"))
      .def("working_days_between", &WorkCalendar::working_days_between, py::arg("start"), py::arg("end"),
           "Working days after `start` up to and including `end` (days left until a due date, or "
           "how late a day is); negative when `end` is earlier, 0 on the same day.")
      .def("days_off", &WorkCalendar::days_off, py::arg("year"))
      .def("working_weekend_days", &WorkCalendar::working_weekend_days, py::arg("year"))
      .def("special_days", &WorkCalendar::special_days, py::arg("year"))
      .def("summarize", &WorkCalendar::summarize, py::arg("year"))
      .def("__repr__", [](const WorkCalendar& c) {
        return "WorkCalendar.vietnam(sector=Sector." + std::string(govplan::to_string(c.sector())) +
               ")";
      });
  m.attr("WorkCalendar").attr("first_year") = WorkCalendar::first_year;
  m.attr("WorkCalendar").attr("last_year") = WorkCalendar::last_year;

  // ---- time limits ----
  py::class_<govplan::AppliedRule>(m, "AppliedRule", "One rule applied to a time limit.")
      .def_readonly("article", &govplan::AppliedRule::article)
      .def_readonly("text_vi", &govplan::AppliedRule::text_vi)
      .def_readonly("text_en", &govplan::AppliedRule::text_en)
      .def("text", [](const govplan::AppliedRule& r, govplan::Lang l) { return r.text(l); },
           py::arg("lang") = govplan::Lang::vi)
      .def("__repr__", [](const govplan::AppliedRule& r) { return "AppliedRule('" + r.article + "')"; });
  py::class_<govplan::TimeLimit>(m, "TimeLimit", "The end of a time limit and how it was reached.")
      .def_readonly("start", &govplan::TimeLimit::start)
      .def_readonly("amount", &govplan::TimeLimit::amount)
      .def_readonly("unit", &govplan::TimeLimit::unit)
      .def_readonly("first_counted", &govplan::TimeLimit::first_counted)
      .def_readonly("nominal_end", &govplan::TimeLimit::nominal_end)
      .def_readonly("end", &govplan::TimeLimit::end)
      .def_readonly("rules", &govplan::TimeLimit::rules)
      .def("to_json", [](const govplan::TimeLimit& t) { return govplan::to_json(t); })
      .def("__repr__", [](const govplan::TimeLimit& t) {
        return "TimeLimit(end=" + date_repr(t.end) + ")";
      });
  m.def("time_limit", &govplan::time_limit, py::arg("start"), py::arg("amount"), py::arg("unit"),
        py::arg("calendar"),
        "A time limit counted as the Civil Code 2015 counts it (Arts. 147–148).");
  m.def("point_of_month", &govplan::point_of_month, py::arg("year"), py::arg("month"),
        py::arg("point"));
  m.def("point_of_year", &govplan::point_of_year, py::arg("year"), py::arg("point"));
}

}  // namespace govplan_py
