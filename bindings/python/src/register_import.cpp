// import.hpp and vntext.hpp in Python: reading Vietnamese text — timeframe phrases, citations,
// reporting sentences — and the text keys used to match names.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "casters.hpp"
#include "govplan/import.hpp"
#include "govplan/vntext.hpp"

namespace govplan_py {

void register_import(py::module_& m) {
  m.def(
      "parse_timeframe",
      [](const std::string& text, int year, std::optional<govplan::Date> document_date,
         std::optional<govplan::DateRange> plan_window) {
        govplan::PhraseContext context;
        context.year = year;
        context.document_date = document_date;
        context.plan_window = plan_window;
        return govplan::parse_timeframe(text, context);
      },
      py::arg("text"), py::kw_only(), py::arg("year"), py::arg("document_date") = py::none(),
      py::arg("plan_window") = py::none(),
      "Reads a timeframe phrase ('Quý II/2024', 'Trước ngày 15/11/2024', 'Thường xuyên') in the "
      "context of the document's year. What it cannot read is an 'unparsed' Timeframe with a "
      "diagnostic; it never guesses.");

  py::class_<govplan::ReferenceMatch>(m, "ReferenceMatch", "A citation found in a text, with where it was found.")
      .def_readonly("reference", &govplan::ReferenceMatch::reference)
      .def_readonly("offset", &govplan::ReferenceMatch::offset, "Byte offset in the UTF-8 text")
      .def_readonly("length", &govplan::ReferenceMatch::length)
      .def_readonly("text", &govplan::ReferenceMatch::text)
      .def_property_readonly("type", [](const govplan::ReferenceMatch& r) { return r.reference.type(); })
      .def_property_readonly("number", [](const govplan::ReferenceMatch& r) { return r.reference.number(); })
      .def_property_readonly("date", [](const govplan::ReferenceMatch& r) { return r.reference.date(); })
      .def_property_readonly("issuer", [](const govplan::ReferenceMatch& r) { return r.reference.issuer(); })
      .def("__repr__", [](const govplan::ReferenceMatch& r) { return "ReferenceMatch('" + r.text + "')"; });

  m.def("find_references", &govplan::find_references, py::arg("text"),
        "Every citation of a document in the text, in text order (each with .type, .number, .date, "
        ".issuer and the DocumentRef as .reference).");

  m.def(
      "parse_reporting_duty",
      [](const std::string& text, int year) {
        govplan::PhraseContext context;
        context.year = year;
        return govplan::parse_reporting_duty(text, context);
      },
      py::arg("text"), py::kw_only(), py::arg("year"),
      "Reads a reporting sentence into a ReportingObligation, or None when it states no duty.");

  py::class_<govplan::ImportResult>(m, "ImportResult", "A plan read from text, and what the importer has to say.")
      .def_readonly("plan", &govplan::ImportResult::plan)
      .def_readonly("diagnostics", &govplan::ImportResult::diagnostics,
                    "Findings with codes import.*, each located at a line and column of the text")
      .def_property_readonly("has_errors", &govplan::ImportResult::has_errors);

  m.def(
      "import_text",
      [](const std::string& text) {
        py::gil_scoped_release release;
        return govplan::import_plan_text(text);
      },
      py::arg("text"),
      "Reads a whole plan's text (header, title, legal basis, sections, tasks and task tables, "
      "reporting, funding, recipients, signature) into .plan; every sentence it could not place is "
      "in .diagnostics. Raises ParseError only for text that is not UTF-8.");

  py::module_ vn = m.def_submodule("vntext", "Vietnamese text: NFC, case folding, matching keys, abbreviations.");
  vn.def("nfc", &govplan::vntext::nfc, py::arg("text"));
  vn.def("fold_case", &govplan::vntext::fold_case, py::arg("text"));
  vn.def("match_key", &govplan::vntext::match_key, py::arg("text"));
  vn.def("expand_abbreviations", &govplan::vntext::expand_abbreviations, py::arg("text"));
  vn.def("abbreviate", &govplan::vntext::abbreviate, py::arg("text"));
  vn.def("party_key", &govplan::vntext::party_key, py::arg("name"));
  vn.def("same_party", &govplan::vntext::same_party, py::arg("a"), py::arg("b"));
}

}  // namespace govplan_py
