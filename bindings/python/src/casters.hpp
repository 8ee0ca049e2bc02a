// Type casters shared by the binding files: govplan::Date <-> datetime.date, and govplan's enums
// <-> real Python enum.Enum classes (whose values are the enumerators' names, the spelling JSON
// uses too).
#pragma once

#include <datetime.h>
#include <pybind11/pybind11.h>

#include <string>
#include <utility>
#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/date.hpp"
#include "govplan/document.hpp"
#include "govplan/finding.hpp"
#include "govplan/lang.hpp"
#include "govplan/compliance.hpp"
#include "govplan/events.hpp"
#include "govplan/lunar.hpp"
#include "govplan/plan.hpp"
#include "govplan/portfolio.hpp"
#include "govplan/timeframe.hpp"

namespace govplan_py {

namespace py = pybind11;

/// The record of a status row, as Evaluation.to_records() gives it (register_compliance.cpp).
py::dict row_record(const govplan::StatusRow& row, govplan::Lang lang = govplan::Lang::vi);

inline void ensure_datetime() {
  if (!PyDateTimeAPI) {
    PyDateTime_IMPORT;
  }
}

/// The Python enum class bound for the C++ enum E, and its members in declaration order.
template <class E>
struct EnumRegistry {
  static inline PyObject* cls = nullptr;  // a deliberate strong reference, kept for the process
  static inline std::vector<std::pair<E, std::string>> members;
};

/// Creates `enum.Enum` subclass `name` in `m` whose members are `values`, named and valued by
/// govplan::to_string(value).
template <class E>
void bind_enum(py::module_& m, const char* name, std::initializer_list<E> values,
               const char* doc) {
  py::list members;
  for (E v : values) {
    const std::string id(govplan::to_string(v));
    members.append(py::make_tuple(id, id));
    EnumRegistry<E>::members.emplace_back(v, id);
  }
  py::object cls =
      py::module_::import("enum").attr("Enum")(name, members, py::arg("module") = "govplan._core");
  cls.attr("__doc__") = doc;
  cls.attr("__qualname__") = name;
  m.attr(name) = cls;
  EnumRegistry<E>::cls = cls.release().ptr();
}

template <class E>
struct enum_caster {
  bool load_enum(py::handle src, E& value) {
    PyObject* cls = EnumRegistry<E>::cls;
    if (cls == nullptr || !py::isinstance(src, py::handle(cls))) return false;
    const std::string id = py::str(src.attr("value"));
    for (const auto& [v, name] : EnumRegistry<E>::members) {
      if (name == id) {
        value = v;
        return true;
      }
    }
    return false;
  }
  static py::handle cast_enum(E value) {
    const std::string id(govplan::to_string(value));
    py::object member = py::handle(EnumRegistry<E>::cls).attr(id.c_str());
    return member.release();
  }
};

}  // namespace govplan_py

#define GOVPLAN_PY_ENUM_CASTER(Type, Name)                                              \
  namespace pybind11::detail {                                                          \
  template <>                                                                           \
  struct type_caster<Type> : govplan_py::enum_caster<Type> {                            \
    PYBIND11_TYPE_CASTER(Type, const_name(Name));                                       \
    bool load(handle src, bool) { return this->load_enum(src, value); }                 \
    static handle cast(Type v, return_value_policy, handle) { return cast_enum(v); }    \
  };                                                                                    \
  }

namespace pybind11::detail {

template <>
struct type_caster<govplan::Date> {
  PYBIND11_TYPE_CASTER(govplan::Date, const_name("datetime.date"));

  bool load(handle src, bool) {
    govplan_py::ensure_datetime();
    // A datetime is a date too, but taking one would silently drop its time of day.
    if (!src || !PyDate_Check(src.ptr()) || PyDateTime_Check(src.ptr())) return false;
    value = govplan::Date(PyDateTime_GET_YEAR(src.ptr()), PyDateTime_GET_MONTH(src.ptr()),
                          PyDateTime_GET_DAY(src.ptr()));
    return true;
  }

  static handle cast(govplan::Date d, return_value_policy, handle) {
    govplan_py::ensure_datetime();
    const govplan::YearMonthDay ymd = d.ymd();
    return PyDate_FromDate(ymd.year, ymd.month, ymd.day);
  }
};

}  // namespace pybind11::detail

GOVPLAN_PY_ENUM_CASTER(govplan::Lang, "Lang")
GOVPLAN_PY_ENUM_CASTER(govplan::Severity, "Severity")
GOVPLAN_PY_ENUM_CASTER(govplan::DateStyle, "DateStyle")
GOVPLAN_PY_ENUM_CASTER(govplan::Weekday, "Weekday")
GOVPLAN_PY_ENUM_CASTER(govplan::DocumentType, "DocumentType")
GOVPLAN_PY_ENUM_CASTER(govplan::NumberStyle, "NumberStyle")
GOVPLAN_PY_ENUM_CASTER(govplan::AdministrativeLevel, "AdministrativeLevel")
GOVPLAN_PY_ENUM_CASTER(govplan::SignatureAuthority, "SignatureAuthority")
GOVPLAN_PY_ENUM_CASTER(govplan::LunarReckoning, "LunarReckoning")
GOVPLAN_PY_ENUM_CASTER(govplan::Sector, "Sector")
GOVPLAN_PY_ENUM_CASTER(govplan::Occasion, "Occasion")
GOVPLAN_PY_ENUM_CASTER(govplan::DayKind, "DayKind")
GOVPLAN_PY_ENUM_CASTER(govplan::SourceStatus, "SourceStatus")
GOVPLAN_PY_ENUM_CASTER(govplan::Roll, "Roll")
GOVPLAN_PY_ENUM_CASTER(govplan::TimeUnit, "TimeUnit")
GOVPLAN_PY_ENUM_CASTER(govplan::PeriodPoint, "PeriodPoint")
GOVPLAN_PY_ENUM_CASTER(govplan::PartyKind, "PartyKind")
GOVPLAN_PY_ENUM_CASTER(govplan::TimeframeKind, "TimeframeKind")
GOVPLAN_PY_ENUM_CASTER(govplan::DueRelation, "DueRelation")
GOVPLAN_PY_ENUM_CASTER(govplan::PeriodKind, "PeriodKind")
GOVPLAN_PY_ENUM_CASTER(govplan::Cadence, "Cadence")
GOVPLAN_PY_ENUM_CASTER(govplan::TriggerKind, "TriggerKind")
GOVPLAN_PY_ENUM_CASTER(govplan::ResolutionState, "ResolutionState")
GOVPLAN_PY_ENUM_CASTER(govplan::CutoffPolicy, "CutoffPolicy")
GOVPLAN_PY_ENUM_CASTER(govplan::FundingSource, "FundingSource")
GOVPLAN_PY_ENUM_CASTER(govplan::EventKind, "EventKind")
GOVPLAN_PY_ENUM_CASTER(govplan::Status, "Status")
GOVPLAN_PY_ENUM_CASTER(govplan::TrackerClass, "TrackerClass")
GOVPLAN_PY_ENUM_CASTER(govplan::RowKind, "RowKind")
GOVPLAN_PY_ENUM_CASTER(govplan::RollUpBy, "RollUpBy")
GOVPLAN_PY_ENUM_CASTER(govplan::CascadeMatch, "CascadeMatch")
