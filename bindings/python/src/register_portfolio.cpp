// portfolio.hpp in Python: Portfolio, PortfolioEvaluation (compact rows, columns for millions of
// rows, records with reasons for a few), RollUp and CascadeItem.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>

#include "casters.hpp"
#include "govplan/error.hpp"
#include "govplan/json.hpp"
#include "govplan/portfolio.hpp"

namespace govplan_py {

namespace {

using govplan::CompactRow;
using govplan::Portfolio;
using govplan::PortfolioEvaluation;
using govplan::RollUp;

py::dict roll_up_dict(const RollUp& r) {
  py::dict statuses;
  for (std::size_t i = 0; i < govplan::status_count; ++i) {
    if (r.by_status[i] > 0) statuses[py::str(std::string(govplan::to_string(static_cast<govplan::Status>(i))))] = r.by_status[i];
  }
  return statuses;
}

// The record of a row with its text, as Evaluation.to_records() gives it, the plan's index first.
py::dict record(const govplan::StatusRow& r, std::size_t plan, govplan::Lang lang) {
  py::dict d;
  d["plan"] = plan;
  d.attr("update")(row_record(r, lang));
  return d;
}

}  // namespace

void register_portfolio(py::module_& m) {
  bind_enum(m, "RollUpBy",
            {govplan::RollUpBy::plan, govplan::RollUpBy::body, govplan::RollUpBy::role, govplan::RollUpBy::level},
            "How a portfolio's rows are grouped.");
  bind_enum(m, "CascadeMatch",
            {govplan::CascadeMatch::none, govplan::CascadeMatch::explicit_, govplan::CascadeMatch::content},
            "How a downstream task was matched to an upstream one.");
  m.def("content_similarity", &govplan::content_similarity, py::arg("a"), py::arg("b"),
        "The share of words two task contents have in common (Dice coefficient, 0 to 1).");

  py::class_<govplan::PlanLink>(m, "PlanLink", "Plan `downstream` implements plan `upstream`.")
      .def_readonly("downstream", &govplan::PlanLink::downstream)
      .def_readonly("upstream", &govplan::PlanLink::upstream)
      .def_readonly("implements_index", &govplan::PlanLink::implements_index)
      .def("__repr__", [](const govplan::PlanLink& l) {
        return "PlanLink(downstream=" + std::to_string(l.downstream) + ", upstream=" + std::to_string(l.upstream) + ")";
      });

  py::class_<govplan::CascadeItem>(m, "CascadeItem",
                                   "An upstream task assigned to a downstream plan, and whether it is carried out.")
      .def_readonly("upstream_plan", &govplan::CascadeItem::upstream_plan)
      .def_readonly("upstream_task", &govplan::CascadeItem::upstream_task)
      .def_readonly("downstream_plan", &govplan::CascadeItem::downstream_plan)
      .def_readonly("assigned_to", &govplan::CascadeItem::assigned_to)
      .def_readonly("downstream_tasks", &govplan::CascadeItem::downstream_tasks)
      .def_readonly("match", &govplan::CascadeItem::match)
      .def_readonly("similarity", &govplan::CascadeItem::similarity)
      .def_property_readonly("covered", &govplan::CascadeItem::covered)
      .def("__repr__", [](const govplan::CascadeItem& c) {
        return "CascadeItem(" + std::to_string(c.upstream_plan) + ":" + c.upstream_task + " -> " +
               std::to_string(c.downstream_plan) + ", " + (c.covered() ? "covered" : "gap") + ")";
      });

  py::class_<RollUp>(m, "RollUp", "Counts of rows in one group.")
      .def_readonly("key", &RollUp::key)
      .def_readonly("label", &RollUp::label)
      .def_readonly("task_rows", &RollUp::task_rows)
      .def_readonly("report_rows", &RollUp::report_rows)
      .def("count", py::overload_cast<govplan::Status>(&RollUp::count, py::const_), py::arg("status"))
      .def("tracker_count", py::overload_cast<govplan::TrackerClass>(&RollUp::count, py::const_), py::arg("tracker"))
      .def_property_readonly("statuses", &roll_up_dict, "{status name: count} for the statuses present")
      .def_property_readonly("completion_rate", &RollUp::completion_rate,
                             "Done (on time or late) over tasks come due, as the government tracker computes it")
      .def_property_readonly("on_time_rate", &RollUp::on_time_rate)
      .def("__repr__", [](const RollUp& r) { return "RollUp('" + r.label + "', tasks=" + std::to_string(r.task_rows) + ")"; });

  py::class_<PortfolioEvaluation>(m, "PortfolioEvaluation",
                                  "Every plan of a portfolio as of a day: compact rows (reasons on demand), "
                                  "findings, the cascade and roll-ups.")
      .def_readonly("as_of", &PortfolioEvaluation::as_of)
      .def_readonly("cascade", &PortfolioEvaluation::cascade)
      .def("__len__", [](const PortfolioEvaluation& e) { return e.rows.size(); })
      .def_property_readonly("has_problems", &PortfolioEvaluation::has_problems)
      .def_property_readonly(
          "findings",
          [](const PortfolioEvaluation& e) {
            py::list out;
            for (const auto& f : e.findings) out.append(py::make_tuple(f.plan ? py::cast(*f.plan) : py::none(), f.finding));
            return out;
          },
          "(plan index or None, Finding) pairs")
      .def("roll_up", &PortfolioEvaluation::roll_up, py::arg("portfolio"), py::arg("by"),
           py::arg("lang") = govplan::Lang::vi)
      .def("total", &PortfolioEvaluation::total, py::arg("lang") = govplan::Lang::vi)
      .def(
          "detail",
          [](const PortfolioEvaluation& e, const Portfolio& p, std::size_t row, std::optional<govplan::WorkCalendar> cal) {
            return e.detail(p, cal ? *cal : govplan::WorkCalendar::vietnam(), row);
          },
          py::arg("portfolio"), py::arg("row"), py::arg("calendar") = py::none(), "Row `row` with its reason.")
      .def(
          "to_records",
          [](const PortfolioEvaluation& e, const Portfolio& p, std::optional<govplan::WorkCalendar> cal, govplan::Lang lang) {
            const govplan::WorkCalendar calendar = cal ? *cal : govplan::WorkCalendar::vietnam();
            py::list out;
            for (std::size_t plan = 0; plan + 1 < e.plan_first_row.size(); ++plan) {
              govplan::Evaluation detail;
              {
                py::gil_scoped_release release;
                detail = e.plan_detail(p, calendar, plan);
              }
              for (const auto& r : detail.rows) out.append(record(r, plan, lang));
            }
            return out;
          },
          py::arg("portfolio"), py::arg("calendar") = py::none(), py::arg("lang") = govplan::Lang::vi,
          "One dict per row with its reason (each plan evaluated again with text): the keys of "
          "Evaluation.to_records() plus 'plan'. For millions of rows use to_columns().")
      .def(
          "to_columns",
          [](const PortfolioEvaluation& e) {
            // numpy arrays, no Python object per row: plan, item, occurrence, kind and status codes,
            // dates as datetime64[D] (NaT when absent), working days as float (NaN when absent).
            const std::size_t n = e.rows.size();
            py::array_t<std::uint32_t> plan(n), item(n), occurrence(n);
            py::array_t<std::uint8_t> kind(n), status(n);
            py::array_t<std::int64_t> due(n), done(n), period_from(n), period_to(n);
            py::array_t<double> working_days(n);
            auto pl = plan.mutable_unchecked<1>(), it = item.mutable_unchecked<1>(), oc = occurrence.mutable_unchecked<1>();
            auto kd = kind.mutable_unchecked<1>(), st = status.mutable_unchecked<1>();
            auto du = due.mutable_unchecked<1>(), dn = done.mutable_unchecked<1>();
            auto pf = period_from.mutable_unchecked<1>(), pt = period_to.mutable_unchecked<1>();
            auto wd = working_days.mutable_unchecked<1>();
            {
              py::gil_scoped_release release;
              constexpr std::int64_t nat = INT64_MIN;
              auto day = [](std::int32_t d) { return d == CompactRow::none ? nat : std::int64_t{d}; };
              for (std::size_t i = 0; i < n; ++i) {
                const CompactRow& r = e.rows[i];
                const auto k = static_cast<py::ssize_t>(i);
                pl(k) = r.plan;
                it(k) = r.item;
                oc(k) = r.occurrence;
                kd(k) = static_cast<std::uint8_t>(r.kind);
                st(k) = static_cast<std::uint8_t>(r.status);
                du(k) = day(r.due);
                dn(k) = day(r.done);
                pf(k) = day(r.period_first);
                pt(k) = day(r.period_last);
                wd(k) = r.working_days == CompactRow::none ? std::numeric_limits<double>::quiet_NaN()
                                                           : static_cast<double>(r.working_days);
              }
            }
            py::list status_names, kind_names;
            for (std::size_t i = 0; i < govplan::status_count; ++i) {
              status_names.append(std::string(govplan::to_string(static_cast<govplan::Status>(i))));
            }
            kind_names.append("task");
            kind_names.append("report");
            py::dict d;
            d["plan"] = plan;
            d["item"] = item;
            d["occurrence"] = occurrence;
            d["kind"] = kind;
            d["status"] = status;
            d["due"] = due.attr("view")("datetime64[D]");
            d["done"] = done.attr("view")("datetime64[D]");
            d["period_from"] = period_from.attr("view")("datetime64[D]");
            d["period_to"] = period_to.attr("view")("datetime64[D]");
            d["working_days"] = working_days;
            d["status_names"] = status_names;
            d["kind_names"] = kind_names;
            return d;
          },
          "The rows as numpy arrays (codes index status_names / kind_names, e.g. "
          "pandas.Categorical.from_codes(cols['status'], cols['status_names'])).")
      .def(
          "to_json",
          [](const PortfolioEvaluation& e, const Portfolio& p, bool with_reasons, govplan::Lang lang) {
            return govplan::to_json(e, p, govplan::WorkCalendar::vietnam(), with_reasons, 2, lang);
          },
          py::arg("portfolio"), py::arg("with_reasons") = true, py::arg("lang") = govplan::Lang::vi);

  py::class_<Portfolio>(m, "Portfolio", "Many plans with their event logs, linked by what they implement.")
      .def(py::init<>())
      .def_static(
          "load",
          [](const std::vector<std::filesystem::path>& paths) {
            std::vector<std::string> p;
            for (const auto& x : paths) p.push_back(x.string());
            return govplan::load_portfolio(p);
          },
          py::arg("paths"),
          "Reads plan files, event logs (NAME.events.json with NAME.json) and directories of them.")
      .def(
          "add", [](Portfolio& p, govplan::Plan plan, std::optional<govplan::EventLog> events) {
            return p.add(std::move(plan), events ? std::move(*events) : govplan::EventLog{});
          },
          py::arg("plan"), py::arg("events") = py::none(), "Adds a plan and its events; returns its index.")
      .def("__len__", &Portfolio::size)
      .def("plan", &Portfolio::plan, py::arg("index"), py::return_value_policy::copy)
      .def("events", &Portfolio::events, py::arg("index"), py::return_value_policy::copy)
      .def("level", &Portfolio::level, py::arg("index"))
      .def("links", &Portfolio::links)
      .def("cascade", [](const Portfolio& p) { return p.cascade(); })
      .def(
          "evaluate",
          [](const Portfolio& p, std::optional<govplan::WorkCalendar> calendar, govplan::Date as_of, int horizon,
             unsigned threads) {
            if (horizon < 0 || horizon > 365) {
              throw govplan::ValidationError("compliance.horizon", "a horizon from 0 to 365 working days",
                                             std::to_string(horizon));
            }
            govplan::EvaluationOptions options;
            options.horizon = horizon;
            const govplan::WorkCalendar cal = calendar ? *calendar : govplan::WorkCalendar::vietnam();
            py::gil_scoped_release release;
            return p.evaluate(cal, as_of, options, threads);
          },
          py::arg("calendar") = py::none(), py::kw_only(), py::arg("as_of"), py::arg("horizon") = 5,
          py::arg("threads") = 0,
          "Every plan as of a day, on `threads` threads (0: one per core); the GIL is released.");
}

}  // namespace govplan_py
