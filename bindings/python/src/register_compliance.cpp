// events.hpp and compliance.hpp in Python.
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "casters.hpp"
#include "govplan/compliance.hpp"
#include "govplan/error.hpp"
#include "govplan/events.hpp"
#include "govplan/json.hpp"
#include "govplan/render/report.hpp"

namespace govplan_py {

namespace {

std::string read_events_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) throw govplan::NotFound("python.file", "a readable file", path);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}


// The text itself, or None after writing it atomically to `path` (OSError when that fails).
std::optional<std::string> text_or_write(std::string text, const std::optional<std::filesystem::path>& path) {
  if (!path) return text;
  try {
    py::gil_scoped_release release;
    govplan::render::write_file_atomically(*path, text);
  } catch (const std::filesystem::filesystem_error& e) {
    py::object error = py::module_::import("builtins")
                           .attr("OSError")(e.code().value(), e.code().message(), e.path1().string());
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(error.ptr())), error.ptr());
    throw py::error_already_set();
  }
  return std::nullopt;
}

// Today in Vietnam (UTC+7), as the CLI stamps its files.
govplan::Date today_in_vietnam() {
  const auto now = std::chrono::system_clock::now() + std::chrono::hours(7);
  const auto days = std::chrono::floor<std::chrono::days>(now.time_since_epoch()).count();
  return govplan::Date::from_days_since_epoch(static_cast<std::int32_t>(days));
}

}  // namespace

// One record per row: the keys of `govplan status --format json` (declared in casters.hpp).
py::dict row_record(const govplan::StatusRow& r, govplan::Lang lang) {
  py::dict d;
  d["id"] = r.id;
  d["kind"] = std::string(govplan::to_string(r.kind));
  d["occurrence"] = r.occurrence;
  d["status"] = std::string(govplan::to_string(r.status));
  const auto tracker = r.kind == govplan::RowKind::task ? govplan::tracker_class(r.status) : std::nullopt;
  d["tracker"] = tracker ? py::cast(std::string(govplan::to_string(*tracker))) : py::none();
  d["due"] = r.due ? py::cast(*r.due) : py::none();
  d["period_from"] = r.period ? py::cast(r.period->first()) : py::none();
  d["period_to"] = r.period ? py::cast(r.period->last()) : py::none();
  d["done"] = r.done ? py::cast(*r.done) : py::none();
  d["working_days"] = r.working_days ? py::cast(*r.working_days) : py::none();
  d["responsible"] = r.responsible ? py::cast(r.responsible->name) : py::none();
  d["reason"] = r.reason(lang);
  d["reason_vi"] = r.reason_vi;
  d["reason_en"] = r.reason_en;
  return d;
}

void register_compliance(py::module_& m) {
  using govplan::EventLog;
  using govplan::Evaluation;
  using govplan::StatusRow;

  bind_enum(m, "EventKind",
            {govplan::EventKind::trigger, govplan::EventKind::schedule_announced,
             govplan::EventKind::task_progress, govplan::EventKind::task_completed,
             govplan::EventKind::report_submitted, govplan::EventKind::plan_amended,
             govplan::EventKind::plan_cancelled},
            "What an event records.");
  bind_enum(m, "Status",
            {govplan::Status::not_yet_due, govplan::Status::due_soon, govplan::Status::within_deadline,
             govplan::Status::done_on_time, govplan::Status::done_late, govplan::Status::overdue,
             govplan::Status::ongoing, govplan::Status::awaiting_trigger,
             govplan::Status::trigger_never_came, govplan::Status::no_evidence,
             govplan::Status::on_request, govplan::Status::unresolved, govplan::Status::cancelled,
             govplan::Status::due, govplan::Status::submitted_on_time, govplan::Status::submitted_late,
             govplan::Status::missing, govplan::Status::submitted, govplan::Status::due_date_unknown},
            "The status of a task occurrence or a report instance as of a day.");
  bind_enum(m, "TrackerClass",
            {govplan::TrackerClass::done_on_time, govplan::TrackerClass::done_late,
             govplan::TrackerClass::within_deadline, govplan::TrackerClass::overdue},
            "The four classes of the government's task tracker.");
  bind_enum(m, "RowKind", {govplan::RowKind::task, govplan::RowKind::report}, "A task row or a report row.");
  m.def("status_name", &govplan::status_name, py::arg("status"), py::arg("lang") = govplan::Lang::vi);
  m.def("tracker_class", &govplan::tracker_class, py::arg("status"));

  py::class_<EventLog>(m, "EventLog", "The facts recorded after a plan was issued; append-only.")
      .def(py::init<>())
      .def_static("loads", &govplan::load_events, py::arg("text"), "Reads a govplan/1 event log.")
      .def_static(
          "load", [](const std::string& path) { return govplan::load_events(read_events_file(path)); },
          py::arg("path"))
      .def("dumps", &govplan::dump_events)
      .def("to_dict", [](const EventLog& l) { return py::module_::import("json").attr("loads")(govplan::dump_events(l)); })
      .def("__len__", &EventLog::size)
      .def(py::self == py::self);

  py::class_<StatusRow>(m, "StatusRow", "One task occurrence or report instance as of the day.")
      .def_readonly("kind", &StatusRow::kind)
      .def_readonly("id", &StatusRow::id)
      .def_readonly("occurrence", &StatusRow::occurrence)
      .def_readonly("period", &StatusRow::period)
      .def_readonly("due", &StatusRow::due)
      .def_readonly("done", &StatusRow::done)
      .def_readonly("status", &StatusRow::status)
      .def_readonly("working_days", &StatusRow::working_days)
      .def_readonly("responsible", &StatusRow::responsible)
      .def_readonly("reason_vi", &StatusRow::reason_vi)
      .def_readonly("reason_en", &StatusRow::reason_en)
      .def("reason", [](const StatusRow& r, govplan::Lang l) { return r.reason(l); }, py::arg("lang") = govplan::Lang::vi)
      .def("to_record", &row_record, py::arg("lang") = govplan::Lang::vi)
      .def("__repr__", [](const StatusRow& r) {
        return "StatusRow('" + r.id + "', " + std::string(govplan::to_string(r.status)) + ")";
      })
      .def(py::self == py::self);

  py::class_<Evaluation>(m, "Evaluation", "The state of a plan as of a day.")
      .def_readonly("as_of", &Evaluation::as_of)
      .def_readonly("rows", &Evaluation::rows)
      .def_readonly("findings", &Evaluation::findings)
      .def_property_readonly("has_problems", &Evaluation::has_problems)
      .def("to_json", [](const Evaluation& e, govplan::Lang lang) { return govplan::to_json(e, 2, lang); },
           py::arg("lang") = govplan::Lang::vi)
      .def(
          "to_records",
          [](const Evaluation& e, govplan::Lang lang) {
            py::list out;
            for (const StatusRow& r : e.rows) out.append(row_record(r, lang));
            return out;
          },
          py::arg("lang") = govplan::Lang::vi,
          "One dict per task occurrence / report instance (the keys of `govplan status --format json`), "
          "ready for pandas.DataFrame.")
      .def(
          "to_columns",
          [](const Evaluation& e) {
            // One list per column: cheap to hand to pandas.DataFrame or numpy for many rows.
            py::list id, kind, occurrence, status, due, done, working_days;
            for (const StatusRow& r : e.rows) {
              id.append(r.id);
              kind.append(std::string(govplan::to_string(r.kind)));
              occurrence.append(r.occurrence);
              status.append(std::string(govplan::to_string(r.status)));
              due.append(r.due ? py::cast(*r.due) : py::none());
              done.append(r.done ? py::cast(*r.done) : py::none());
              working_days.append(r.working_days ? py::cast(*r.working_days) : py::none());
            }
            py::dict d;
            d["id"] = id;
            d["kind"] = kind;
            d["occurrence"] = occurrence;
            d["status"] = status;
            d["due"] = due;
            d["done"] = done;
            d["working_days"] = working_days;
            return d;
          },
          "The rows as a dict of columns.")
      .def(
          "to_ics",
          [](const Evaluation& e, const govplan::Plan& plan, std::optional<govplan::WorkCalendar> calendar,
             govplan::Lang lang, std::optional<govplan::Date> generated_on,
             std::optional<std::filesystem::path> path) {
            const govplan::WorkCalendar cal = calendar ? *calendar : govplan::WorkCalendar::vietnam();
            const govplan::Date stamp = generated_on ? *generated_on : today_in_vietnam();
            return text_or_write(govplan::render::evaluation_ics(plan, e, cal, lang, stamp), path);
          },
          py::arg("plan"), py::arg("calendar") = py::none(), py::arg("lang") = govplan::Lang::vi,
          py::arg("generated_on") = py::none(), py::arg("path") = py::none(),
          "An iCalendar (RFC 5545): one VTODO per row (stable UID, DUE, STATUS, Vietnamese or English "
          "SUMMARY and DESCRIPTION, RELATED-TO the plan) and one VEVENT per day off in the plan's window. "
          "`generated_on` is the DTSTAMP (default: today in Vietnam). Returns the text, or writes it "
          "atomically to `path` and returns None.")
      .def(
          "to_csv",
          [](const Evaluation& e, govplan::Lang lang, std::optional<std::filesystem::path> path) {
            return text_or_write(govplan::render::evaluation_csv(e, lang), path);
          },
          py::arg("lang") = govplan::Lang::vi, py::arg("path") = py::none(),
          "RFC 4180 CSV in UTF-8 with a byte-order mark (for Excel), with the columns and values of "
          "to_records(lang). Returns the text, or writes it atomically to `path` and returns None.")
      .def(
          "to_markdown",
          [](const Evaluation& e, const govplan::Plan& plan, govplan::Lang lang,
             std::optional<std::filesystem::path> path) {
            return text_or_write(govplan::render::evaluation_markdown(plan, e, lang), path);
          },
          py::arg("plan"), py::arg("lang") = govplan::Lang::vi, py::arg("path") = py::none(),
          "A Markdown report: the plan's identity, counts by colour and status, a table of rows, the "
          "findings. Returns the text, or writes it atomically to `path` and returns None.")
      .def(
          "to_html",
          [](const Evaluation& e, const govplan::Plan& plan, std::optional<EventLog> events,
             std::optional<govplan::WorkCalendar> calendar, govplan::Lang lang,
             std::optional<std::filesystem::path> path) {
            const govplan::WorkCalendar cal = calendar ? *calendar : govplan::WorkCalendar::vietnam();
            const EventLog log = events ? *events : EventLog{};
            return text_or_write(govplan::render::evaluation_html(plan, log, e, cal, lang), path);
          },
          py::arg("plan"), py::arg("events") = py::none(), py::arg("calendar") = py::none(),
          py::arg("lang") = govplan::Lang::vi, py::arg("path") = py::none(),
          "One self-contained HTML page (no network, no external assets; also well-formed XML) with the "
          "plan's identity, a summary in the e-office colours, an SVG timeline and the table of rows. "
          "Returns the text, or writes it atomically to `path` and returns None.")
      .def(py::self == py::self);

  m.def(
      "evaluate",
      [](const govplan::Plan& plan, std::optional<EventLog> events, std::optional<govplan::WorkCalendar> calendar,
         govplan::Date as_of, int horizon) {
        if (horizon < 0 || horizon > 365) {
          throw govplan::ValidationError("compliance.horizon", "a horizon from 0 to 365 working days",
                                         std::to_string(horizon));
        }
        govplan::EvaluationOptions options;
        options.horizon = horizon;
        const EventLog log = events ? *events : EventLog{};
        const govplan::WorkCalendar cal = calendar ? *calendar : govplan::WorkCalendar::vietnam();
        py::gil_scoped_release release;
        return govplan::evaluate(plan, log, cal, as_of, options);
      },
      py::arg("plan"), py::arg("events") = py::none(), py::arg("calendar") = py::none(), py::kw_only(),
      py::arg("as_of"), py::arg("horizon") = 5,
      "The status of every task occurrence and report instance of a plan as of a day (the GIL is "
      "released while evaluating).");
}

}  // namespace govplan_py
