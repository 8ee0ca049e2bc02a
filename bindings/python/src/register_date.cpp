// date.hpp and lang.hpp / finding.hpp in Python: datetime.date in and out.
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "casters.hpp"
#include "govplan/date.hpp"
#include "govplan/finding.hpp"
#include "govplan/lang.hpp"

namespace govplan_py {

namespace {

std::string date_repr(govplan::Date d) {
  const auto ymd = d.ymd();
  return "datetime.date(" + std::to_string(ymd.year) + ", " + std::to_string(ymd.month) + ", " +
         std::to_string(ymd.day) + ")";
}

}  // namespace

void register_date(py::module_& m) {
  using govplan::Date;
  using govplan::DateRange;
  using govplan::PartialDate;

  bind_enum(m, "Lang", {govplan::Lang::vi, govplan::Lang::en},
            "A language for user-facing text: vi (the default everywhere) or en.");
  bind_enum(m, "Severity",
            {govplan::Severity::info, govplan::Severity::warning, govplan::Severity::error},
            "How serious a finding is.");
  bind_enum(m, "DateStyle",
            {govplan::DateStyle::iso, govplan::DateStyle::numeric, govplan::DateStyle::vietnamese},
            "How a date is written: iso '2024-02-05', numeric '05/02/2024', vietnamese "
            "'ngày 05 tháng 02 năm 2024'.");

  py::class_<DateRange>(m, "DateRange",
                        "The days from first to last, both included. Iterating yields every "
                        "day as a datetime.date; len() is the number of days.")
      .def(py::init<Date, Date>(), py::arg("first"), py::arg("last"))
      .def_static("year", &DateRange::year, py::arg("year"))
      .def_static("month", &DateRange::month, py::arg("year"), py::arg("month"))
      .def_static("quarter", &DateRange::quarter, py::arg("year"), py::arg("quarter"))
      .def_static("half_year", &DateRange::half_year, py::arg("year"), py::arg("half"))
      .def_property_readonly("first", &DateRange::first)
      .def_property_readonly("last", &DateRange::last)
      .def_property_readonly("day_count", &DateRange::day_count)
      .def("__len__", [](const DateRange& r) { return static_cast<std::size_t>(r.day_count()); })
      .def("__contains__", [](const DateRange& r, Date d) { return r.contains(d); })
      .def("__contains__", [](const DateRange& r, const DateRange& o) { return r.contains(o); })
      .def("overlaps", &DateRange::overlaps, py::arg("other"))
      .def("intersection", &DateRange::intersection, py::arg("other"))
      .def(
          "__iter__",
          [](const DateRange& r) { return py::make_iterator(r.begin(), r.end()); },
          py::keep_alive<0, 1>())
      .def("__str__", &DateRange::to_string)
      .def("__repr__",
           [](const DateRange& r) {
             return "DateRange(" + date_repr(r.first()) + ", " + date_repr(r.last()) + ")";
           })
      .def("__hash__",
           [](const DateRange& r) {
             return py::hash(py::make_tuple(r.first().days_since_epoch(),
                                            r.last().days_since_epoch()));
           })
      .def(py::self == py::self);

  py::class_<PartialDate>(m, "PartialDate",
                          "A year with an optional month and day, as a draft's date line gives "
                          "it ('ngày   tháng 02 năm 2024').")
      .def(py::init<int, std::optional<int>, std::optional<int>>(), py::arg("year"),
           py::arg("month") = py::none(), py::arg("day") = py::none())
      .def(py::init<Date>(), py::arg("date"))
      .def_property_readonly("year", &PartialDate::year)
      .def_property_readonly("month", &PartialDate::month)
      .def_property_readonly("day", &PartialDate::day)
      .def_property_readonly("is_complete", &PartialDate::is_complete)
      .def_property_readonly("date", &PartialDate::date)
      .def_property_readonly("range", &PartialDate::range)
      .def("__str__", &PartialDate::to_string)
      .def("__repr__",
           [](const PartialDate& p) {
             std::string s = "PartialDate(" + std::to_string(p.year());
             if (p.month()) s += ", " + std::to_string(*p.month());
             if (p.day()) s += ", " + std::to_string(*p.day());
             return s + ")";
           })
      .def("__hash__", [](const PartialDate& p) { return py::hash(py::str(p.to_string())); })
      .def(py::self == py::self);

  m.def("parse_date", &govplan::parse_date, py::arg("text"),
        "Reads a complete date as documents write it ('26/02/2024', 'ngày 26 tháng 02 năm "
        "2024', '2024-02-26'); raises ParseError quoting the input otherwise.");
  m.def("parse_partial_date", &govplan::parse_partial_date, py::arg("text"),
        "Reads a date that may lack its day or month, as drafts leave it.");
  m.def(
      "format_date",
      [](Date d, govplan::DateStyle style) { return govplan::format_date(d, style); },
      py::arg("date"), py::arg("style") = govplan::DateStyle::vietnamese,
      "Writes a date; the Vietnamese style pads days below 10 and months 1-2 (Decree 30/2020).");
  m.def(
      "format_date",
      [](const PartialDate& d, govplan::DateStyle style) { return govplan::format_date(d, style); },
      py::arg("date"), py::arg("style") = govplan::DateStyle::vietnamese);

  py::class_<govplan::Finding>(m, "Finding",
                               "A problem found in a document, returned as data.")
      .def_property_readonly("code", &govplan::Finding::code)
      .def_property_readonly("severity", &govplan::Finding::severity)
      .def_property_readonly("subject", &govplan::Finding::subject)
      .def_property_readonly("where", &govplan::Finding::where)
      .def_property_readonly("rule", &govplan::Finding::rule)
      .def("message", &govplan::Finding::message, py::arg("lang") = govplan::Lang::vi)
      .def("__repr__",
           [](const govplan::Finding& f) {
             return "<Finding " + std::string(govplan::to_string(f.severity())) + " " + f.code() +
                    " at " + f.where().to_string() + ">";
           })
      .def(py::self == py::self);
}

}  // namespace govplan_py
