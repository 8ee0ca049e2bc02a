// govplan._core: the compiled half of the govplan Python package. One register_*.cpp per header.
#include <pybind11/pybind11.h>

namespace py = pybind11;

namespace govplan_py {
void register_errors(py::module_& m);
void register_date(py::module_& m);
void register_document(py::module_& m);
void register_calendar(py::module_& m);
void register_plan(py::module_& m);
void register_compliance(py::module_& m);
void register_portfolio(py::module_& m);
void register_import(py::module_& m);
}  // namespace govplan_py

PYBIND11_MODULE(_core, m) {
  m.doc() = "govplan's compiled core; import the names from the govplan package instead.";
  m.attr("__version__") = GOVPLAN_VERSION;
  govplan_py::register_errors(m);
  govplan_py::register_date(m);
  govplan_py::register_document(m);
  govplan_py::register_calendar(m);
  govplan_py::register_plan(m);
  govplan_py::register_compliance(m);
  govplan_py::register_portfolio(m);
  govplan_py::register_import(m);
}
