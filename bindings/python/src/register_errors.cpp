// govplan::Error and its subclasses as Python exceptions that are also ValueError / KeyError, and
// Location.
#include <pybind11/pybind11.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include "casters.hpp"
#include "govplan/error.hpp"

namespace govplan_py {

namespace {

PyObject* error_class = nullptr;
PyObject* parse_error_class = nullptr;
PyObject* validation_error_class = nullptr;
PyObject* not_found_class = nullptr;

PyObject* make_class(const char* name, const char* doc, py::tuple bases) {
  PyObject* cls = PyErr_NewExceptionWithDoc(name, doc, bases.ptr(), nullptr);
  if (cls == nullptr) throw py::error_already_set();
  return cls;
}

void raise(PyObject* cls, const govplan::Error& e) {
  py::object instance = py::reinterpret_borrow<py::object>(cls)(e.what());
  instance.attr("id") = e.id();
  instance.attr("expected") = e.expected();
  instance.attr("found") = e.found();
  instance.attr("note") = e.note();
  instance.attr("where") = py::cast(e.where());
  PyErr_SetObject(cls, instance.ptr());
}

}  // namespace

void register_errors(py::module_& m) {
  py::class_<govplan::Location>(m, "Location",
                                "Where in an input something was found: a line and column in a "
                                "text, or a JSON pointer.")
      .def_property_readonly("line", &govplan::Location::line)
      .def_property_readonly("column", &govplan::Location::column)
      .def_property_readonly("pointer", &govplan::Location::pointer)
      .def_property_readonly("is_known", &govplan::Location::is_known)
      .def("__str__", &govplan::Location::to_string)
      .def("__repr__", [](const govplan::Location& l) { return "<Location " + l.to_string() + ">"; })
      .def(py::self == py::self);

  error_class = make_class("govplan._core.Error",
                           "The root of govplan's exceptions. Attributes: id, expected, found, "
                           "note, where.",
                           py::make_tuple(py::handle(PyExc_Exception)));
  parse_error_class = make_class("govplan._core.ParseError",
                                 "Text or JSON that does not have the expected form.",
                                 py::make_tuple(py::handle(error_class),
                                                py::handle(PyExc_ValueError)));
  validation_error_class = make_class("govplan._core.ValidationError",
                                      "A well-formed value that is not allowed.",
                                      py::make_tuple(py::handle(error_class),
                                                     py::handle(PyExc_ValueError)));
  not_found_class = make_class("govplan._core.NotFound", "A lookup that found nothing.",
                               py::make_tuple(py::handle(error_class),
                                              py::handle(PyExc_KeyError)));
  m.add_object("Error", py::handle(error_class));
  m.add_object("ParseError", py::handle(parse_error_class));
  m.add_object("ValidationError", py::handle(validation_error_class));
  m.add_object("NotFound", py::handle(not_found_class));

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const govplan::ParseError& e) {
      raise(parse_error_class, e);
    } catch (const govplan::ValidationError& e) {
      raise(validation_error_class, e);
    } catch (const govplan::NotFound& e) {
      raise(not_found_class, e);
    } catch (const govplan::Error& e) {
      raise(error_class, e);
    }
  });
}

}  // namespace govplan_py
