// Compliance as of a day: see include/govplan/compliance.hpp for the rules.

#include "govplan/compliance.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "govplan/error.hpp"

namespace govplan {

namespace {

constexpr std::array all_statuses{
    Status::not_yet_due, Status::due_soon, Status::within_deadline, Status::done_on_time,
    Status::done_late, Status::overdue, Status::ongoing, Status::awaiting_trigger,
    Status::trigger_never_came, Status::no_evidence, Status::on_request, Status::unresolved,
    Status::cancelled, Status::due, Status::submitted_on_time, Status::submitted_late,
    Status::missing, Status::submitted, Status::due_date_unknown};

std::string numeric(Date d) { return format_date(d, DateStyle::numeric); }

}  // namespace

std::string_view to_string(Status v) noexcept {
  switch (v) {
    case Status::not_yet_due: return "not_yet_due";
    case Status::due_soon: return "due_soon";
    case Status::within_deadline: return "within_deadline";
    case Status::done_on_time: return "done_on_time";
    case Status::done_late: return "done_late";
    case Status::overdue: return "overdue";
    case Status::ongoing: return "ongoing";
    case Status::awaiting_trigger: return "awaiting_trigger";
    case Status::trigger_never_came: return "trigger_never_came";
    case Status::no_evidence: return "no_evidence";
    case Status::on_request: return "on_request";
    case Status::unresolved: return "unresolved";
    case Status::cancelled: return "cancelled";
    case Status::due: return "due";
    case Status::submitted_on_time: return "submitted_on_time";
    case Status::submitted_late: return "submitted_late";
    case Status::missing: return "missing";
    case Status::submitted: return "submitted";
    case Status::due_date_unknown: return "due_date_unknown";
  }
  return "unresolved";
}

Status parse_status(std::string_view text) {
  std::string accepted;
  for (Status s : all_statuses) {
    if (text == to_string(s)) return s;
    accepted += (accepted.empty() ? "" : ", ") + std::string(to_string(s));
  }
  throw ParseError("compliance.status", "a status: one of " + accepted, quote(text));
}

std::string_view status_name(Status v, Lang lang) noexcept {
  const bool en = lang == Lang::en;
  switch (v) {
    case Status::not_yet_due: return en ? "not yet due" : "chưa đến kỳ";
    case Status::due_soon: return en ? "due soon" : "sắp đến hạn";
    case Status::within_deadline: return en ? "within deadline" : "chưa hoàn thành, còn trong hạn";
    case Status::done_on_time: return en ? "done on time" : "hoàn thành đúng hạn";
    case Status::done_late: return en ? "done late" : "hoàn thành quá hạn";
    case Status::overdue: return en ? "overdue" : "chưa hoàn thành, quá hạn";
    case Status::ongoing: return en ? "ongoing" : "đang thực hiện thường xuyên";
    case Status::awaiting_trigger: return en ? "awaiting trigger" : "chờ cơ quan khác";
    case Status::trigger_never_came: return en ? "trigger never came" : "cơ quan khác chưa triển khai";
    case Status::no_evidence: return en ? "no evidence" : "không có minh chứng";
    case Status::on_request: return en ? "on request" : "khi có yêu cầu";
    case Status::unresolved: return en ? "unresolved" : "không xác định được thời hạn";
    case Status::cancelled: return en ? "cancelled" : "đã hủy";
    case Status::due: return en ? "due" : "đến kỳ báo cáo";
    case Status::submitted_on_time: return en ? "submitted on time" : "gửi đúng hạn";
    case Status::submitted_late: return en ? "submitted late" : "gửi quá hạn";
    case Status::missing: return en ? "missing" : "chưa gửi, quá hạn";
    case Status::submitted: return en ? "submitted" : "đã gửi";
    case Status::due_date_unknown: return en ? "due date unknown" : "chưa rõ hạn gửi";
  }
  return "";
}

std::optional<TrackerClass> tracker_class(Status s) noexcept {
  switch (s) {
    case Status::done_on_time: return TrackerClass::done_on_time;
    case Status::done_late: return TrackerClass::done_late;
    case Status::within_deadline:
    case Status::due_soon: return TrackerClass::within_deadline;
    case Status::overdue:
    case Status::no_evidence: return TrackerClass::overdue;
    default: return std::nullopt;
  }
}

std::string_view to_string(TrackerClass v) noexcept {
  switch (v) {
    case TrackerClass::done_on_time: return "done_on_time";
    case TrackerClass::done_late: return "done_late";
    case TrackerClass::within_deadline: return "within_deadline";
    case TrackerClass::overdue: return "overdue";
  }
  return "overdue";
}

std::string_view to_string(RowKind v) noexcept { return v == RowKind::task ? "task" : "report"; }

bool Evaluation::has_problems() const noexcept {
  return std::any_of(rows.begin(), rows.end(), [](const StatusRow& r) {
    return r.status == Status::overdue || r.status == Status::missing || r.status == Status::no_evidence;
  });
}

namespace {

struct Completion {
  Date date;
  std::optional<Date> occurrence;
  std::string evidence;
  bool used = false;
  std::size_t event = 0;
};

Finding event_finding(std::string code, Severity severity, std::size_t index, std::string vi, std::string en) {
  return Finding(std::move(code), severity, "events/" + std::to_string(index), Location{}, "",
                 std::move(vi), std::move(en));
}

// Working days from `from` to `to` (positive: `to` is later), counted on the calendar.
int working_days_between(const WorkCalendar& cal, Date from, Date to) {
  if (from == to) return 0;
  if (from < to) return cal.count_working_days(DateRange(from.add_days(1), to));
  return -cal.count_working_days(DateRange(to.add_days(1), from));
}

}  // namespace

Evaluation evaluate(const Plan& plan, const EventLog& log, const WorkCalendar& cal, Date as_of,
                    const EvaluationOptions& options) {
  Evaluation ev;
  ev.as_of = as_of;
  ev.findings = validate(plan);

  // The plan's first possible day: its day of issue, or the first day of its month or year.
  const Date plan_start = plan.issue_date.range().first();

  // Events known on `as_of`, checked.
  std::map<std::string, std::vector<Completion>> completions;
  std::map<std::string, std::vector<Date>> progress;
  std::map<std::string, std::vector<std::pair<DateRange, Date>>> submissions;
  std::optional<Date> cancelled_on;
  // Events in date order (the log's order among equal dates), so that the earliest submission of
  // a report is the one that counts.
  std::vector<std::size_t> order(log.events().size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return log.events()[a].date < log.events()[b].date;
  });
  for (std::size_t i : order) {
    const Event& e = log.events()[i];
    if (e.date > as_of) continue;
    const std::string* task_id = nullptr;
    if (const auto* c = std::get_if<TaskCompletedEvent>(&e.what)) task_id = &c->task;
    if (const auto* p = std::get_if<TaskProgressEvent>(&e.what)) task_id = &p->task;
    if (task_id != nullptr) {
      if (plan.find_task(*task_id) == nullptr) {
        ev.findings.push_back(event_finding(
            "events.unknown_task", Severity::error, i,
            "Sự kiện ngày " + numeric(e.date) + " nói về nhiệm vụ \"" + *task_id + "\" không có trong kế hoạch",
            "The event of " + e.date.to_string() + " is about a task \"" + *task_id + "\" the plan does not have"));
        continue;
      }
      if (e.date < plan_start) {
        ev.findings.push_back(event_finding(
            "events.before_plan", Severity::warning, i,
            "Sự kiện ngày " + numeric(e.date) + " xảy ra trước khi ban hành kế hoạch",
            "The event of " + e.date.to_string() + " is dated before the plan was issued"));
      }
      if (const auto* c = std::get_if<TaskCompletedEvent>(&e.what)) {
        completions[c->task].push_back({e.date, c->occurrence, c->evidence, false, i});
      } else {
        progress[*task_id].push_back(e.date);
      }
    } else if (const auto* r = std::get_if<ReportSubmittedEvent>(&e.what)) {
      const ReportingObligation* ob = nullptr;
      for (const auto& o : plan.reporting) {
        if (o.id == r->obligation) ob = &o;
      }
      if (ob == nullptr) {
        ev.findings.push_back(event_finding(
            "events.unknown_report", Severity::error, i,
            "Báo cáo \"" + r->obligation + "\" không có trong kế hoạch",
            "The plan has no reporting duty \"" + r->obligation + "\""));
        continue;
      }
      const auto instances = report_instances(*ob, plan.window.value_or(r->period), cal);
      const bool exists = std::any_of(instances.begin(), instances.end(),
                                      [&](const ReportInstance& x) { return x.period == r->period; });
      if (!exists) {
        ev.findings.push_back(event_finding(
            "events.unknown_period", Severity::error, i,
            "Báo cáo \"" + r->obligation + "\" không có kỳ " + r->period.to_string(),
            "The reporting duty \"" + r->obligation + "\" has no period " + r->period.to_string()));
        continue;
      }
      auto& list = submissions[r->obligation];
      const bool duplicate = std::any_of(list.begin(), list.end(),
                                         [&](const auto& s) { return s.first == r->period; });
      if (duplicate) {
        ev.findings.push_back(event_finding(
            "events.duplicate_submission", Severity::warning, i,
            "Báo cáo \"" + r->obligation + "\" kỳ " + r->period.to_string() + " được ghi nhận gửi lần nữa ngày " + numeric(e.date),
            "The report \"" + r->obligation + "\" for " + r->period.to_string() + " is recorded as sent again on " + e.date.to_string()));
        continue;  // the first submission counts
      }
      list.emplace_back(r->period, e.date);
    } else if (std::holds_alternative<PlanCancelledEvent>(e.what)) {
      if (!cancelled_on || e.date < *cancelled_on) cancelled_on = e.date;
    }
  }

  const Facts facts = log.facts_as_of(as_of);

  auto set_left = [&](StatusRow& row) {
    if (row.due) row.working_days = working_days_between(cal, as_of, *row.due);
  };

  for (const Task& task : plan.tasks) {
    const Resolution res = resolve(task.timeframe, facts, cal, plan.window);
    auto& done = completions[task.id];
    std::sort(done.begin(), done.end(), [](const Completion& a, const Completion& b) { return a.date < b.date; });
    StatusRow base;
    base.kind = RowKind::task;
    base.id = task.id;
    base.responsible = task.lead;

    if (!res.occurrences.empty()) {
      int index = 0;
      for (const Occurrence& o : res.occurrences) {
        StatusRow row = base;
        row.occurrence = index++;
        row.period = o.period;
        row.due = o.due;
        // The completion naming this occurrence, else the earliest unused one.
        Completion* match = nullptr;
        for (Completion& c : done) {
          if (!c.used && c.occurrence && (*c.occurrence == o.due || *c.occurrence == o.nominal_due)) {
            match = &c;
            break;
          }
        }
        if (match == nullptr) {
          for (Completion& c : done) {
            if (!c.used && !c.occurrence) {
              match = &c;
              break;
            }
          }
        }
        const std::string due_vi = "hạn " + numeric(o.due) + " (" + o.rule_vi + ")";
        const std::string due_en = "due " + o.due.to_string() + " (" + o.rule_en + ")";
        if (match != nullptr) {
          match->used = true;
          row.done = match->date;
          row.status = match->date <= o.due ? Status::done_on_time : Status::done_late;
          row.working_days = working_days_between(cal, match->date, o.due);
          row.reason_vi = "Hoàn thành ngày " + numeric(match->date) + ", " + due_vi +
                          (match->evidence.empty() ? "" : "; minh chứng: " + match->evidence);
          row.reason_en = "Completed on " + match->date.to_string() + ", " + due_en +
                          (match->evidence.empty() ? "" : "; evidence: " + match->evidence);
        } else if (cancelled_on && *cancelled_on <= o.due) {
          row.status = Status::cancelled;
          row.reason_vi = "Kế hoạch bị hủy ngày " + numeric(*cancelled_on);
          row.reason_en = "The plan was cancelled on " + cancelled_on->to_string();
        } else if (as_of > o.due) {
          row.status = Status::overdue;
          set_left(row);
          row.reason_vi = "Chưa hoàn thành, quá " + due_vi;
          row.reason_en = "Not done, past " + due_en;
        } else if (o.period && as_of < o.period->first()) {
          row.status = Status::not_yet_due;
          set_left(row);
          row.reason_vi = "Kỳ bắt đầu ngày " + numeric(o.period->first()) + "; " + due_vi;
          row.reason_en = "The period starts on " + o.period->first().to_string() + "; " + due_en;
        } else {
          set_left(row);
          row.status = *row.working_days <= options.horizon ? Status::due_soon : Status::within_deadline;
          row.reason_vi = "Chưa hoàn thành, còn " + std::to_string(*row.working_days) + " ngày làm việc; " + due_vi;
          row.reason_en = "Not done, " + std::to_string(*row.working_days) + " working days left; " + due_en;
        }
        ev.rows.push_back(std::move(row));
      }
      // A completion that names an occurrence the task does not have is reported, not dropped.
      for (const Completion& c : done) {
        if (!c.used && c.occurrence) {
          ev.findings.push_back(event_finding(
              "events.unknown_occurrence", Severity::warning, c.event,
              "Nhiệm vụ " + task.id + " không có lần thực hiện hạn " + numeric(*c.occurrence),
              "Task " + task.id + " has no occurrence due " + c.occurrence->to_string()));
        }
      }
      // A composite that is still waiting on another body also gets its waiting row.
      if (res.state != ResolutionState::pending) continue;
    }

    StatusRow row = base;
    if (cancelled_on && *cancelled_on <= as_of && res.state != ResolutionState::scheduled) {
      const bool done_before = std::any_of(done.begin(), done.end(),
                                           [&](const Completion& c) { return c.date <= *cancelled_on; });
      if (!done_before) {
        row.status = Status::cancelled;
        row.reason_vi = "Kế hoạch bị hủy ngày " + numeric(*cancelled_on);
        row.reason_en = "The plan was cancelled on " + cancelled_on->to_string();
        ev.rows.push_back(std::move(row));
        continue;
      }
    }
    row.period = res.window;
    switch (res.state) {
      case ResolutionState::ongoing: {
        const auto& evidence = progress[task.id];
        std::optional<Date> last;
        for (Date d : evidence) {
          if (!res.window || res.window->contains(d)) last = last ? std::max(*last, d) : d;
        }
        for (const Completion& c : done) {
          if (!res.window || res.window->contains(c.date)) last = last ? std::max(*last, c.date) : c.date;
        }
        if (res.window && as_of < res.window->first()) {
          row.status = Status::not_yet_due;
          row.reason_vi = "Thực hiện thường xuyên từ ngày " + numeric(res.window->first());
          row.reason_en = "Ongoing work from " + res.window->first().to_string();
        } else if (!res.window || as_of <= res.window->last()) {
          row.status = Status::ongoing;
          row.reason_vi = "Thực hiện thường xuyên" +
                          (res.window ? " đến hết ngày " + numeric(res.window->last()) : std::string()) +
                          (last ? "; minh chứng gần nhất ngày " + numeric(*last) : "; chưa có minh chứng");
          row.reason_en = "Ongoing work" + (res.window ? " until " + res.window->last().to_string() : std::string()) +
                          (last ? "; latest evidence " + last->to_string() : "; no evidence yet");
        } else if (last) {
          row.status = Status::done_on_time;
          row.done = last;
          row.reason_vi = "Đã thực hiện trong kỳ; minh chứng ngày " + numeric(*last);
          row.reason_en = "Carried out in its window; evidence of " + last->to_string();
        } else {
          row.status = Status::no_evidence;
          row.due = res.window->last();
          set_left(row);
          row.reason_vi = "Hết thời gian thực hiện (" + numeric(res.window->last()) + ") mà không có minh chứng";
          row.reason_en = "The window ended (" + res.window->last().to_string() + ") without evidence";
        }
        break;
      }
      case ResolutionState::pending:
        if (res.window && as_of > res.window->last()) {
          row.status = Status::trigger_never_came;
          row.reason_vi = res.reason_vi + "; đến hết ngày " + numeric(res.window->last()) +
                          " vẫn chưa có — không phải do cơ quan thực hiện kế hoạch";
          row.reason_en = res.reason_en + "; none came by " + res.window->last().to_string() +
                          " — not a failure of the plan's own bodies";
        } else {
          row.status = Status::awaiting_trigger;
          row.reason_vi = res.reason_vi;
          row.reason_en = res.reason_en;
        }
        break;
      case ResolutionState::on_request:
        if (!done.empty()) {
          row.status = Status::done_on_time;
          row.done = done.front().date;
          row.reason_vi = "Đã thực hiện khi có yêu cầu, ngày " + numeric(done.front().date);
          row.reason_en = "Done on request on " + done.front().date.to_string();
        } else {
          row.status = Status::on_request;
          row.reason_vi = res.reason_vi;
          row.reason_en = res.reason_en;
        }
        break;
      default:
        row.status = Status::unresolved;
        row.reason_vi = res.reason_vi;
        row.reason_en = res.reason_en;
        break;
    }
    ev.rows.push_back(std::move(row));
  }

  // Reports: their periods are counted in the plan's window.
  if (!plan.window && !plan.reporting.empty()) {
    ev.findings.push_back(Finding("compliance.no_window", Severity::warning, "window", Location{}, "",
                                  "Kế hoạch không ghi thời gian thực hiện nên không xác định được các kỳ báo cáo",
                                  "The plan has no window, so its report periods cannot be counted"));
  }
  if (plan.window) {
    for (const ReportingObligation& ob : plan.reporting) {
      const auto instances = report_instances(ob, *plan.window, cal);
      const auto& sent = submissions[ob.id];
      int index = 0;
      for (const ReportInstance& inst : instances) {
        StatusRow row;
        row.kind = RowKind::report;
        row.id = ob.id;
        row.occurrence = index++;
        row.period = inst.period;
        row.due = inst.due;
        row.responsible = ob.reporter;
        std::optional<Date> sent_on;
        for (const auto& [period, date] : sent) {
          if (period == inst.period) sent_on = date;
        }
        const std::string label_vi = "Báo cáo " + inst.label_vi;
        const std::string label_en = "Report for " + inst.label_en;
        if (sent_on) {
          row.done = sent_on;
          if (inst.due) {
            row.status = *sent_on <= *inst.due ? Status::submitted_on_time : Status::submitted_late;
            row.working_days = working_days_between(cal, *sent_on, *inst.due);
            row.reason_vi = label_vi + " gửi ngày " + numeric(*sent_on) + ", hạn " + numeric(*inst.due);
            row.reason_en = label_en + " sent on " + sent_on->to_string() + ", due " + inst.due->to_string();
          } else {
            row.status = Status::submitted;
            row.reason_vi = label_vi + " gửi ngày " + numeric(*sent_on) + "; " + inst.rule_vi;
            row.reason_en = label_en + " sent on " + sent_on->to_string() + "; " + inst.rule_en;
          }
        } else if (cancelled_on && (!inst.due || *cancelled_on <= *inst.due)) {
          row.status = Status::cancelled;
          row.reason_vi = "Kế hoạch bị hủy ngày " + numeric(*cancelled_on);
          row.reason_en = "The plan was cancelled on " + cancelled_on->to_string();
        } else if (!inst.due) {
          row.status = as_of <= inst.period.last() ? Status::not_yet_due : Status::due_date_unknown;
          row.reason_vi = label_vi + ": " + inst.rule_vi;
          row.reason_en = label_en + ": " + inst.rule_en;
        } else if (as_of > *inst.due) {
          row.status = Status::missing;
          set_left(row);
          row.reason_vi = label_vi + " chưa gửi, quá hạn " + numeric(*inst.due);
          row.reason_en = label_en + " not sent, past its due date " + inst.due->to_string();
        } else if (as_of < inst.period.last() && (!inst.cutoff || as_of < inst.cutoff->last())) {
          row.status = Status::not_yet_due;
          set_left(row);
          row.reason_vi = label_vi + ": kỳ chưa kết thúc; hạn " + numeric(*inst.due);
          row.reason_en = label_en + ": the period has not ended; due " + inst.due->to_string();
        } else {
          row.status = Status::due;
          set_left(row);
          row.reason_vi = label_vi + " đến hạn gửi " + numeric(*inst.due);
          row.reason_en = label_en + " is due on " + inst.due->to_string();
        }
        ev.rows.push_back(std::move(row));
      }
    }
  }
  return ev;
}

}  // namespace govplan
