// timeframe.hpp, plan.hpp and the plan half of json.hpp in Python.
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "casters.hpp"
#include "govplan/error.hpp"
#include "govplan/json.hpp"
#include "govplan/plan.hpp"
#include "govplan/timeframe.hpp"

namespace govplan_py {

namespace {

std::string read_file(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw govplan::NotFound("python.file", "a readable file", path);
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

py::object json_loads(const std::string& text) {
  return py::module_::import("json").attr("loads")(text);
}

// A timeframe as the plan document writes it.
py::object timeframe_dict(const govplan::Timeframe& t) {
  govplan::Plan p;
  govplan::Task task;
  task.id = "t";
  task.content = "-";
  task.timeframe = t;
  p.tasks.push_back(task);
  py::object doc = json_loads(govplan::dump_plan(p));
  return doc["tasks"][py::int_(0)]["timeframe"];
}

// A report's due rule as the plan document writes it.
py::object due_dict(const govplan::ReportDue& d) {
  govplan::Plan p;
  govplan::ReportingObligation ob;
  ob.id = "r";
  ob.due.push_back(d);
  p.reporting.push_back(ob);
  py::object doc = json_loads(govplan::dump_plan(p));
  return doc["reporting"][py::int_(0)]["due"][py::int_(0)];
}

}  // namespace

void register_plan(py::module_& m) {
  using govplan::Party;
  using govplan::Plan;
  using govplan::Timeframe;

  bind_enum(m, "PartyKind", {govplan::PartyKind::body, govplan::PartyKind::official, govplan::PartyKind::group},
            "A body, an official's role, or a group of bodies.");
  bind_enum(m, "TimeframeKind",
            {govplan::TimeframeKind::regular, govplan::TimeframeKind::due, govplan::TimeframeKind::within,
             govplan::TimeframeKind::recurring, govplan::TimeframeKind::upstream_schedule,
             govplan::TimeframeKind::after_event, govplan::TimeframeKind::on_request,
             govplan::TimeframeKind::composite, govplan::TimeframeKind::unparsed},
            "The kinds of timeframe a plan uses.");
  bind_enum(m, "DueRelation", {govplan::DueRelation::before, govplan::DueRelation::by},
            "'trước ngày D' (before: D − 1) or 'chậm nhất ngày D' (by: D).");
  bind_enum(m, "PeriodKind",
            {govplan::PeriodKind::range, govplan::PeriodKind::day, govplan::PeriodKind::month,
             govplan::PeriodKind::quarter, govplan::PeriodKind::half_year, govplan::PeriodKind::nine_months,
             govplan::PeriodKind::year, govplan::PeriodKind::years},
            "What period a window is.");
  bind_enum(m, "Cadence",
            {govplan::Cadence::once, govplan::Cadence::weekly, govplan::Cadence::monthly,
             govplan::Cadence::quarterly, govplan::Cadence::half_yearly, govplan::Cadence::nine_months,
             govplan::Cadence::yearly, govplan::Cadence::five_yearly, govplan::Cadence::ad_hoc},
            "How often a task recurs or a report is due.");
  bind_enum(m, "TriggerKind",
            {govplan::TriggerKind::guidance, govplan::TriggerKind::approval, govplan::TriggerKind::issuance,
             govplan::TriggerKind::request, govplan::TriggerKind::other},
            "What starts an after-event timeframe.");
  bind_enum(m, "ResolutionState",
            {govplan::ResolutionState::scheduled, govplan::ResolutionState::ongoing,
             govplan::ResolutionState::pending, govplan::ResolutionState::on_request,
             govplan::ResolutionState::unresolved},
            "What a timeframe means today.");
  bind_enum(m, "CutoffPolicy",
            {govplan::CutoffPolicy::decree_09, govplan::CutoffPolicy::period, govplan::CutoffPolicy::none},
            "How a report's data cut-off window is set.");
  bind_enum(m, "FundingSource",
            {govplan::FundingSource::state_budget, govplan::FundingSource::mobilised,
             govplan::FundingSource::integrated_programmes, govplan::FundingSource::other_lawful},
            "Where a plan's money comes from.");

  py::class_<Party>(m, "Party", "A body, an official or a group named in a plan.")
      .def(py::init([](govplan::PartyKind kind, std::string name) { return Party{kind, std::move(name)}; }),
           py::arg("kind"), py::arg("name"))
      .def_readonly("kind", &Party::kind)
      .def_readonly("name", &Party::name)
      .def("key", &Party::key, "The name folded for matching.")
      .def("same_as", &Party::same_as, py::arg("other"))
      .def("__repr__", [](const Party& p) {
        return "Party(PartyKind." + std::string(govplan::to_string(p.kind)) + ", '" + p.name + "')";
      })
      .def("__hash__", [](const Party& p) { return py::hash(py::make_tuple(std::string(govplan::to_string(p.kind)), p.name)); })
      .def(py::self == py::self);

  py::class_<Timeframe>(m, "Timeframe", "When a task must be done, as the plan says it.")
      .def_property_readonly("kind", &Timeframe::kind)
      .def_property_readonly("text", &Timeframe::text, "The original Vietnamese text.")
      .def_property_readonly("window", &Timeframe::window, "The window it names (.first, .last), if any")
      .def_property_readonly(
          "due",
          [](const Timeframe& t) { return t.kind() == govplan::TimeframeKind::due ? std::optional(t.due().date) : std::nullopt; },
          "For a 'due' timeframe, the day as written; otherwise None")
      .def_property_readonly(
          "parts",
          [](const Timeframe& t) {
            return t.kind() == govplan::TimeframeKind::composite ? t.composite().parts : std::vector<Timeframe>{};
          },
          "For a composite, its parts in text order; otherwise []")
      .def_property_readonly(
          "diagnostic",
          [](const Timeframe& t) {
            return t.kind() == govplan::TimeframeKind::unparsed ? std::optional(t.unparsed().diagnostic) : std::nullopt;
          },
          "For an unparsed timeframe, what could not be read; otherwise None")
      .def("to_dict", &timeframe_dict, "The timeframe as the govplan/1 document writes it.")
      .def(
          "resolve",
          [](const Timeframe& t, const govplan::Facts& facts, const govplan::WorkCalendar& calendar,
             std::optional<govplan::DateRange> default_window) {
            return govplan::resolve(t, facts, calendar, default_window);
          },
          py::arg("facts"), py::arg("calendar"), py::arg("default_window") = py::none(),
          "Its due dates, or that it is pending and why, given the facts and a calendar.")
      .def("__repr__", [](const Timeframe& t) {
        return "Timeframe(" + std::string(govplan::to_string(t.kind())) + ", '" + t.text() + "')";
      })
      .def(py::self == py::self);

  py::class_<govplan::TriggerFact>(m, "TriggerFact", "A trigger that happened: guidance, approval, a request.")
      .def(py::init([](govplan::TriggerKind kind, Party by, govplan::Date date, std::optional<govplan::DocumentRef> document) {
             return govplan::TriggerFact{kind, std::move(by), date, std::move(document)};
           }),
           py::arg("kind"), py::arg("by"), py::arg("date"), py::arg("document") = py::none())
      .def_readonly("kind", &govplan::TriggerFact::kind)
      .def_readonly("by", &govplan::TriggerFact::by)
      .def_readonly("date", &govplan::TriggerFact::date)
      .def_readonly("document", &govplan::TriggerFact::document);
  py::class_<govplan::UpstreamScheduleFact>(m, "UpstreamScheduleFact", "An upstream schedule, once announced.")
      .def(py::init([](std::vector<govplan::Date> dates, std::optional<Party> body, std::optional<govplan::DocumentRef> document,
                       std::optional<govplan::Date> announced) {
             return govplan::UpstreamScheduleFact{std::move(body), std::move(document), std::move(dates), announced};
           }),
           py::arg("dates"), py::arg("body") = py::none(), py::arg("document") = py::none(),
           py::arg("announced") = py::none())
      .def_readonly("body", &govplan::UpstreamScheduleFact::body)
      .def_readonly("document", &govplan::UpstreamScheduleFact::document)
      .def_readonly("dates", &govplan::UpstreamScheduleFact::dates)
      .def_readonly("announced", &govplan::UpstreamScheduleFact::announced,
                    "The day it was announced; a later announcement replaces an earlier one.");
  py::class_<govplan::Facts>(m, "Facts", "What is known after the plan was issued.")
      .def(py::init([](std::vector<govplan::TriggerFact> triggers, std::vector<govplan::UpstreamScheduleFact> upstream) {
             return govplan::Facts{std::move(triggers), std::move(upstream)};
           }),
           py::arg("triggers") = std::vector<govplan::TriggerFact>{},
           py::arg("upstream_schedules") = std::vector<govplan::UpstreamScheduleFact>{})
      .def_readonly("triggers", &govplan::Facts::triggers)
      .def_readonly("upstream_schedules", &govplan::Facts::upstream_schedules);

  py::class_<govplan::Occurrence>(m, "Occurrence", "One due date of a timeframe.")
      .def_readonly("period", &govplan::Occurrence::period)
      .def_readonly("nominal_due", &govplan::Occurrence::nominal_due)
      .def_readonly("due", &govplan::Occurrence::due)
      .def_readonly("rule_vi", &govplan::Occurrence::rule_vi)
      .def_readonly("rule_en", &govplan::Occurrence::rule_en)
      .def("__repr__", [](const govplan::Occurrence& o) { return "Occurrence(due=" + o.due.to_string() + ")"; })
      .def(py::self == py::self);
  py::class_<govplan::Resolution>(m, "Resolution", "What a timeframe means today.")
      .def_readonly("state", &govplan::Resolution::state)
      .def_readonly("occurrences", &govplan::Resolution::occurrences)
      .def_readonly("window", &govplan::Resolution::window)
      .def_readonly("reason_vi", &govplan::Resolution::reason_vi)
      .def_readonly("reason_en", &govplan::Resolution::reason_en)
      .def("reason", [](const govplan::Resolution& r, govplan::Lang l) { return r.reason(l); },
           py::arg("lang") = govplan::Lang::vi)
      .def("__repr__", [](const govplan::Resolution& r) {
        return "Resolution(" + std::string(govplan::to_string(r.state)) + ", " + std::to_string(r.occurrences.size()) + " due dates)";
      });

  py::class_<govplan::Section>(m, "Section", "A numbered part of the plan's text.")
      .def_readonly("id", &govplan::Section::id)
      .def_readonly("title", &govplan::Section::title)
      .def_readonly("text", &govplan::Section::text)
      .def(py::self == py::self);
  py::class_<govplan::Task>(m, "Task", "A task: content, lead, coordinators, timeframe, outputs.")
      .def_readonly("id", &govplan::Task::id)
      .def_readonly("section", &govplan::Task::section)
      .def_readonly("content", &govplan::Task::content)
      .def_readonly("lead", &govplan::Task::lead)
      .def_readonly("coordinators", &govplan::Task::coordinators)
      .def_readonly("timeframe", &govplan::Task::timeframe)
      .def_readonly("outputs", &govplan::Task::outputs)
      .def("__repr__", [](const govplan::Task& t) { return "Task('" + t.id + "')"; })
      .def(py::self == py::self);

  py::class_<govplan::ReportInstance>(m, "ReportInstance", "One report owed: period, cut-off window, due date.")
      .def_readonly("obligation", &govplan::ReportInstance::obligation)
      .def_readonly("period", &govplan::ReportInstance::period)
      .def_readonly("label_vi", &govplan::ReportInstance::label_vi)
      .def_readonly("label_en", &govplan::ReportInstance::label_en)
      .def_readonly("cutoff", &govplan::ReportInstance::cutoff)
      .def_readonly("nominal_due", &govplan::ReportInstance::nominal_due)
      .def_readonly("due", &govplan::ReportInstance::due)
      .def_readonly("rule_vi", &govplan::ReportInstance::rule_vi)
      .def_readonly("rule_en", &govplan::ReportInstance::rule_en)
      .def("__repr__", [](const govplan::ReportInstance& r) { return "ReportInstance('" + r.label_vi + "')"; })
      .def(py::self == py::self);
  py::class_<govplan::Offset>(m, "Offset", "An amount of a time unit after an event ('15 ngày làm việc').")
      .def(py::init([](int amount, govplan::TimeUnit unit) { return govplan::Offset{amount, unit}; }),
           py::arg("amount"), py::arg("unit"))
      .def_readonly("amount", &govplan::Offset::amount)
      .def_readonly("unit", &govplan::Offset::unit)
      .def("__repr__", [](const govplan::Offset& o) {
        return "Offset(" + std::to_string(o.amount) + ", TimeUnit." + std::string(govplan::to_string(o.unit)) + ")";
      })
      .def(py::self == py::self);
  py::class_<govplan::DueAfterEvent>(m, "DueAfterEvent",
                                     "A time limit after an event the plan names but cannot date "
                                     "('chậm nhất sau 15 ngày kể từ khi kết thúc thiên tai').")
      .def(py::init([](std::string event, govplan::Offset offset) {
             return govplan::DueAfterEvent{std::move(event), offset};
           }),
           py::arg("event"), py::arg("offset"))
      .def_readonly("event", &govplan::DueAfterEvent::event, "The event as written ('kết thúc thiên tai')")
      .def_readonly("offset", &govplan::DueAfterEvent::offset)
      .def("description", &govplan::DueAfterEvent::description, py::arg("lang") = govplan::Lang::vi,
           "'15 ngày kể từ khi kết thúc thiên tai', or in English")
      .def("__repr__", [](const govplan::DueAfterEvent& a) {
        return "DueAfterEvent('" + a.event + "', " + std::to_string(a.offset.amount) + " " +
               std::string(govplan::to_string(a.offset.unit)) + ")";
      })
      .def(py::self == py::self);
  py::class_<govplan::ReportDue>(m, "ReportDue",
                                 "When a report is due: a day rule, a time after the data cut-off, a fixed "
                                 "date, or a time after a named event (exactly one).")
      .def_readonly("text", &govplan::ReportDue::text, "The rule as written.")
      .def_readonly("after_cutoff", &govplan::ReportDue::after_cutoff)
      .def_readonly("after_event", &govplan::ReportDue::after_event)
      .def_property_readonly(
          "date", [](const govplan::ReportDue& d) { return d.on_date ? std::optional(d.on_date->date) : std::nullopt; },
          "For a fixed date, the day as written; otherwise None")
      .def("to_dict", &due_dict, "The rule as the govplan/1 document writes it (day rules included).")
      .def("__repr__", [](const govplan::ReportDue& d) { return "ReportDue('" + d.text + "')"; })
      .def(py::self == py::self);
  py::class_<govplan::ReportStream>(m, "ReportStream", "A report stream an obligation is folded into.")
      .def_readonly("name", &govplan::ReportStream::name)
      .def_readonly("cadence", &govplan::ReportStream::cadence)
      .def_readonly("due", &govplan::ReportStream::due)
      .def_readonly("regime", &govplan::ReportStream::regime)
      .def(py::self == py::self);
  py::class_<govplan::ReportingObligation>(m, "ReportingObligation", "A duty to report.")
      .def_readonly("id", &govplan::ReportingObligation::id)
      .def_readonly("text", &govplan::ReportingObligation::text)
      .def_readonly("reporter", &govplan::ReportingObligation::reporter)
      .def_readonly("recipient", &govplan::ReportingObligation::recipient)
      .def_readonly("intermediary", &govplan::ReportingObligation::intermediary)
      .def_readonly("cadence", &govplan::ReportingObligation::cadence)
      .def_readonly("due", &govplan::ReportingObligation::due, "Its due rules (ignored when integrated_into is set)")
      .def_readonly("cutoff", &govplan::ReportingObligation::cutoff)
      .def_readonly("integrated_into", &govplan::ReportingObligation::integrated_into)
      .def_property_readonly("effective_cadence", &govplan::ReportingObligation::effective_cadence)
      .def(
          "instances",
          [](const govplan::ReportingObligation& o, const govplan::DateRange& window, const govplan::WorkCalendar& cal) {
            return govplan::report_instances(o, window, cal);
          },
          py::arg("window"), py::arg("calendar"), "The reports owed for the periods overlapping the window.")
      .def(py::self == py::self);
  py::class_<govplan::Funding>(m, "Funding", "Who arranges the money, and from which sources.")
      .def_readonly("arranged_by", &govplan::Funding::arranged_by)
      .def_readonly("sources", &govplan::Funding::sources)
      .def_readonly("text", &govplan::Funding::text)
      .def(py::self == py::self);

  m.def("decree_09_cutoff", &govplan::decree_09_cutoff, py::arg("cadence"), py::arg("period"),
        "The Decree 09/2019/NĐ-CP Art. 12 data cut-off window of a period.");

  py::class_<Plan>(m, "Plan",
                   "A plan (Kế hoạch): identity, what it implements, window, tasks, reporting, funding. "
                   "Read it with Plan.load(path) or Plan.loads(text) (schema govplan/1).")
      .def_static("loads", &govplan::load_plan, py::arg("text"), "Reads a govplan/1 document.")
      .def_static(
          "load", [](const std::string& path) { return govplan::load_plan(read_file(path)); }, py::arg("path"),
          "Reads a govplan/1 file.")
      .def("dumps", &govplan::dump_plan, "The canonical govplan/1 text.")
      .def(
          "dump",
          [](const Plan& p, const std::string& path) {
            std::ofstream out(path, std::ios::binary);
            if (!out) throw govplan::NotFound("python.file", "a writable file", path);
            out << govplan::dump_plan(p);
          },
          py::arg("path"))
      .def("to_dict", [](const Plan& p) { return json_loads(govplan::dump_plan(p)); })
      .def("validate", [](const Plan& p) { return govplan::validate(p); },
           "Findings on the plan itself: missing leads, unparsed timeframes, the draft state …")
      .def_readonly("type", &Plan::type)
      .def_readonly("number", &Plan::number)
      .def_readonly("issuer", &Plan::issuer)
      .def_readonly("place", &Plan::place)
      .def_readonly("issue_date", &Plan::issue_date)
      .def_readonly("date_line", &Plan::date_line)
      .def_readonly("title", &Plan::title)
      .def_readonly("signer", &Plan::signer)
      .def_readonly("recipients", &Plan::recipients)
      .def_readonly("archive", &Plan::archive)
      .def_property_readonly("implements", [](const Plan& p) {
        std::vector<govplan::DocumentRef> out;
        for (const auto& i : p.implements) out.push_back(i.document);
        return out;
      })
      .def_readonly("window", &Plan::window)
      .def_readonly("purpose", &Plan::purpose)
      .def_readonly("requirements", &Plan::requirements)
      .def_readonly("sections", &Plan::sections)
      .def_readonly("tasks", &Plan::tasks)
      .def_readonly("reporting", &Plan::reporting)
      .def_readonly("funding", &Plan::funding)
      .def_property_readonly("extensions", [](const Plan& p) { return json_loads(p.extensions); })
      .def(
          "task", [](const Plan& p, const std::string& id) -> const govplan::Task& {
            const govplan::Task* t = p.find_task(id);
            if (t == nullptr) throw govplan::NotFound("plan.task", "the id of a task of the plan", id);
            return *t;
          },
          py::arg("id"), py::return_value_policy::copy)
      .def("__repr__", [](const Plan& p) {
        return "Plan('" + (p.number ? p.number->to_string() : std::string()) + "', " +
               std::to_string(p.tasks.size()) + " tasks)";
      })
      .def(py::self == py::self);
  m.def("load_plans_jsonl", &govplan::load_plans_jsonl, py::arg("text"), py::call_guard<py::gil_scoped_release>(),
        "Reads a JSON Lines text of plans, one govplan/1 document per line.");
}

}  // namespace govplan_py
