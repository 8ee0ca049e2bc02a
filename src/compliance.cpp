// Compliance as of a day: see include/govplan/compliance.hpp for the rules.

#include "govplan/compliance.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <span>
#include <string_view>
#include <tuple>
#include <utility>

#include "govplan/error.hpp"
#include "id_hash.hpp"
#include "resolution.hpp"
#include "text.hpp"

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
  std::uint32_t task = 0;  // index in plan.tasks
  Date date;
  std::optional<Date> occurrence;
  const std::string* evidence = nullptr;
  bool used = false;
  std::size_t event = 0;
};

// `in` grouped by task, keeping the order within each task (a counting sort: two passes, where
// sorting moves each element log n times): out[starts[t], starts[t + 1]) are task t's.
template <class T, class TaskOf>
void group_by_task(const std::vector<T>& in, std::size_t tasks, TaskOf&& task_of, std::vector<T>& out,
                   std::vector<std::uint32_t>& starts, std::vector<std::uint32_t>& next) {
  starts.assign(tasks + 1, 0);
  for (const T& x : in) ++starts[task_of(x) + 1];
  for (std::size_t t = 0; t < tasks; ++t) starts[t + 1] += starts[t];
  next.assign(starts.begin(), starts.end() - 1);
  out.resize(in.size());
  for (const T& x : in) out[next[task_of(x)]++] = x;
}

using Texts = std::pair<std::string, std::string>;

Finding event_finding(std::string code, Severity severity, std::size_t index, std::string vi, std::string en) {
  return Finding(std::move(code), severity, detail::concat({"events/", std::to_string(index)}), Location{}, "",
                 std::move(vi), std::move(en));
}

std::int32_t day_or_none(const std::optional<Date>& d) {
  return d ? d->days_since_epoch() : CompactRow::none;
}

std::optional<Date> day_of(std::int32_t day) {
  if (day == CompactRow::none) return std::nullopt;
  return Date::from_days_since_epoch(day);
}

// A row before its text, as the compact evaluation keeps it (days counted from the epoch,
// CompactRow::none when there is none): the full evaluation turns it back into dates.
struct RowCore : CompactRow {
  void set_period(const std::optional<DateRange>& p) {
    period_first = p ? p->first().days_since_epoch() : none;
    period_last = p ? p->last().days_since_epoch() : none;
  }
};

Texts cancelled_text(Date on) {
  return {"Kế hoạch bị hủy ngày " + numeric(on), "The plan was cancelled on " + on.to_string()};
}

// A report instance dated by an event the log records (ReportDue::after_event): the first trigger
// event naming the rule's event (matched as party names are, Party::key), dated by `as_of` and
// inside the instance's period, starts the time limit, counted as the Civil Code counts it
// (time_limit, Arts. 147–148). The instance is returned with that due date when it is earlier than
// the one the other rules give; nothing when no event dates it.
std::optional<ReportInstance> dated_by_event(const ReportInstance& owed, const std::vector<ReportDue>& dues,
                                             const std::vector<Event>& events,
                                             const std::vector<std::uint32_t>& fact_events,
                                             const WorkCalendar& cal, bool explain) {
  std::optional<ReportInstance> out;
  for (const ReportDue& d : dues) {
    if (!d.after_event) continue;
    const std::string key = Party{PartyKind::body, d.after_event->event}.key();
    // The first such event in the period (by date, then by its place in the log) starts the limit.
    const Event* first = nullptr;
    for (const std::uint32_t i : fact_events) {
      const auto* t = std::get_if<TriggerEvent>(&events[i].what);
      if (t == nullptr || !t->event || !owed.period.contains(events[i].date)) continue;
      if (first != nullptr && !(events[i].date < first->date)) continue;
      if (Party{PartyKind::body, *t->event}.key() != key) continue;
      first = &events[i];
    }
    if (first == nullptr) continue;
    const Date on = first->date;
    const int amount = std::max(0, d.after_event->offset.amount);
    const TimeLimit limit = time_limit_dates(on, amount, d.after_event->offset.unit, cal);
    const std::optional<Date> sooner = out ? out->due : owed.due;
    if (!sooner || limit.end < *sooner) {
      if (!out) out = owed;
      out->nominal_due = limit.nominal_end;
      out->due = limit.end;
      if (explain) {
        out->rule_vi = d.after_event->description(Lang::vi) + " ngày " + numeric(on);
        out->rule_en = d.after_event->description(Lang::en) + " on " + on.to_string();
      }
    }
  }
  return out;
}

// The one evaluation. `emit(core, why)` receives each row in order; `why()` builds its reason in
// Vietnamese and English and is called only by consumers that want text, so a compact evaluation
// of millions of rows formats nothing. `explain` is passed on to resolve() for the same reason.
template <class Emit>
void evaluate_rows(const Plan& plan, const EventLog& log, const WorkCalendar& cal, Date as_of,
                   const EvaluationOptions& options, bool explain, std::vector<Finding>& findings,
                   Emit&& emit) {
  // The plan's first possible day: its day of issue, or the first day of its month or year.
  const Date plan_start = plan.issue_date.range().first();

  // Scratch space reused from plan to plan on this thread: a portfolio of millions of tasks
  // allocates it once.
  struct Scratch {
    detail::IdTable task_index;
    std::vector<Completion> completion_list;                  // in the log's order
    std::vector<std::pair<std::uint32_t, Date>> progress_list;  // (task, day), in the log's order
    std::vector<Completion> completions;                      // grouped by task
    std::vector<std::pair<std::uint32_t, Date>> progress;     // grouped by task
    std::vector<std::uint32_t> completion_starts, progress_starts, next;
    std::vector<std::pair<std::int32_t, std::uint32_t>> submission_order;  // (day, index)
    std::vector<std::uint32_t> fact_events;
    std::vector<std::pair<std::pair<std::int32_t, std::uint32_t>, std::uint32_t>> finding_order;
    std::vector<Finding> reordered;
    std::vector<std::vector<std::pair<DateRange, Date>>> submissions;
    std::vector<std::optional<std::vector<ReportInstance>>> instances_of;
    std::vector<Completion*> matched;
    Resolution resolution;
  };
  thread_local Scratch scratch;
  // Tasks by the hash of their id (the first of duplicate ids, as find_task).
  auto& task_index = scratch.task_index;
  task_index.reset(plan.tasks.size());
  for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
    const std::string& id = plan.tasks[i].id;
    task_index.insert(detail::id_hash(id), static_cast<std::uint32_t>(i),
                      [&](std::uint32_t k) { return plan.tasks[k].id == id; });
  }
  auto find_task = [&](std::string_view id) {
    return task_index.find(detail::id_hash(id), [&](std::uint32_t k) { return plan.tasks[k].id == id; });
  };
  // Completions and progress of every task in one array each, grouped by task afterwards.
  auto& completion_list = scratch.completion_list;
  auto& progress_list = scratch.progress_list;
  completion_list.clear();
  progress_list.clear();
  auto& submissions = scratch.submissions;
  auto& instances_of = scratch.instances_of;
  submissions.resize(plan.reporting.size());
  instances_of.resize(plan.reporting.size());
  for (std::size_t k = 0; k < plan.reporting.size(); ++k) {
    submissions[k].clear();
    instances_of[k].reset();
  }
  auto instances = [&](std::size_t duty, DateRange fallback) -> const std::vector<ReportInstance>& {
    auto& slot = instances_of[duty];
    if (!slot) slot = report_instances(plan.reporting[duty], plan.window.value_or(fallback), cal, explain);
    return *slot;
  };
  std::optional<Date> cancelled_on;
  // One pass over the log, in its order: each event is read once, however large it is. What
  // depends on the order of dates — the earliest submission of a report is the one that counts,
  // a task's completions are matched oldest first, the findings are listed by date — is sorted
  // afterwards, on small lists of (day, index) pairs.
  const auto& events = log.events();
  const std::int32_t last_day = as_of.days_since_epoch();
  // The events that are facts for resolve() (triggers, announced schedules), in the log's order,
  // as EventLog::facts_as_of() adds them.
  auto& fact_events = scratch.fact_events;
  fact_events.clear();
  auto& submission_order = scratch.submission_order;
  submission_order.clear();
  // The findings about events go straight to the caller's list, with the date and place of
  // their event, and are put in that order afterwards if they were not written in it.
  auto& finding_order = scratch.finding_order;
  finding_order.clear();
  const std::size_t first_event_finding = findings.size();
  auto event_finding_at = [&](std::int32_t day, std::size_t i, std::string code, Severity severity, std::string vi,
                              std::string en) {
    finding_order.emplace_back(std::make_pair(day, static_cast<std::uint32_t>(i)),
                               static_cast<std::uint32_t>(findings.size() - first_event_finding));
    findings.push_back(event_finding(std::move(code), severity, i, std::move(vi), std::move(en)));
  };
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i];
    const std::int32_t day = e.date.days_since_epoch();
    if (day > last_day) continue;
    switch (e.kind()) {
      case EventKind::trigger:
      case EventKind::schedule_announced: fact_events.push_back(static_cast<std::uint32_t>(i)); break;
      case EventKind::task_progress:
      case EventKind::task_completed: {
        const auto* c = std::get_if<TaskCompletedEvent>(&e.what);
        const std::string& task_id = c != nullptr ? c->task : std::get<TaskProgressEvent>(e.what).task;
        const std::optional<std::uint32_t> found = find_task(task_id);
        if (!found) {
          event_finding_at(
              day, i, "events.unknown_task", Severity::error,
              detail::concat({"Sự kiện ngày ", numeric(e.date), " nói về nhiệm vụ \"", task_id, "\" không có trong kế hoạch"}),
              detail::concat({"The event of ", e.date.to_string(), " is about a task \"", task_id, "\" the plan does not have"}));
          break;
        }
        if (e.date < plan_start) {
          event_finding_at(day, i, "events.before_plan", Severity::warning,
                           detail::concat({"Sự kiện ngày ", numeric(e.date), " xảy ra trước khi ban hành kế hoạch"}),
                           detail::concat({"The event of ", e.date.to_string(), " is dated before the plan was issued"}));
        }
        if (c != nullptr) {
          completion_list.push_back(Completion{*found, e.date, c->occurrence, &c->evidence, false, i});
        } else {
          progress_list.emplace_back(*found, e.date);
        }
        break;
      }
      case EventKind::report_submitted: submission_order.emplace_back(day, static_cast<std::uint32_t>(i)); break;
      case EventKind::plan_cancelled:
        if (!cancelled_on || e.date < *cancelled_on) cancelled_on = e.date;
        break;
      case EventKind::plan_amended: break;
    }
  }
  // Submissions in date order (the log's order among equal dates): the earliest one counts.
  if (!std::is_sorted(submission_order.begin(), submission_order.end())) {
    std::sort(submission_order.begin(), submission_order.end());
  }
  for (const auto& [day, index] : submission_order) {
    const std::size_t i = index;
    const Event& e = events[i];
    const auto& r = std::get<ReportSubmittedEvent>(e.what);
    std::optional<std::size_t> duty;
    for (std::size_t k = 0; k < plan.reporting.size(); ++k) {
      if (plan.reporting[k].id == r.obligation) duty = k;
    }
    if (!duty) {
      event_finding_at(day, i, "events.unknown_report", Severity::error,
                       detail::concat({"Báo cáo \"", r.obligation, "\" không có trong kế hoạch"}),
                       detail::concat({"The plan has no reporting duty \"", r.obligation, "\""}));
      continue;
    }
    const auto& owed = instances(*duty, r.period);
    const bool exists = std::any_of(owed.begin(), owed.end(),
                                    [&](const ReportInstance& x) { return x.period == r.period; });
    if (!exists) {
      event_finding_at(day, i, "events.unknown_period", Severity::error,
                       detail::concat({"Báo cáo \"", r.obligation, "\" không có kỳ ", r.period.to_string()}),
                       detail::concat({"The reporting duty \"", r.obligation, "\" has no period ", r.period.to_string()}));
      continue;
    }
    auto& list = submissions[*duty];
    const bool duplicate = std::any_of(list.begin(), list.end(),
                                       [&](const auto& s) { return s.first == r.period; });
    if (duplicate) {
      event_finding_at(day, i, "events.duplicate_submission", Severity::warning,
                       detail::concat({"Báo cáo \"", r.obligation, "\" kỳ ", r.period.to_string(),
                                       " được ghi nhận gửi lần nữa ngày ", numeric(e.date)}),
                       detail::concat({"The report \"", r.obligation, "\" for ", r.period.to_string(),
                                       " is recorded as sent again on ", e.date.to_string()}));
      continue;  // the first submission counts
    }
    list.emplace_back(r.period, e.date);
  }
  // The findings about events, by the events' dates (one finding per event at most): in a log
  // recorded in date order they already are.
  if (!std::is_sorted(finding_order.begin(), finding_order.end())) {
    std::sort(finding_order.begin(), finding_order.end());
    auto& reordered = scratch.reordered;
    reordered.clear();
    for (const auto& [key, k] : finding_order) reordered.push_back(std::move(findings[first_event_finding + k]));
    std::move(reordered.begin(), reordered.end(), findings.begin() + static_cast<std::ptrdiff_t>(first_event_finding));
    reordered.clear();
  }

  Facts facts;
  for (std::uint32_t i : fact_events) add_fact(events[i], facts);
  // Each task's completions in date order (the log's order among equal dates: a log recorded
  // in date order needs no sorting within a task); progress is only searched for its latest
  // date, so its order within a task does not matter.
  auto& completions = scratch.completions;
  auto& progress = scratch.progress;
  group_by_task(completion_list, plan.tasks.size(), [](const Completion& c) { return c.task; }, completions,
                scratch.completion_starts, scratch.next);
  group_by_task(progress_list, plan.tasks.size(), [](const auto& p) { return p.first; }, progress,
                scratch.progress_starts, scratch.next);
  const auto by_date = [](const Completion& a, const Completion& b) {
    return a.date != b.date ? a.date < b.date : a.event < b.event;
  };
  for (std::size_t t = 0; t < plan.tasks.size(); ++t) {
    const auto first = completions.begin() + scratch.completion_starts[t];
    const auto last = completions.begin() + scratch.completion_starts[t + 1];
    if (last - first > 1 && !std::is_sorted(first, last, by_date)) std::sort(first, last, by_date);
  }

  // A row due on `due`, with the working days left until it (negative: how late it is).
  auto set_due = [&](RowCore& row, Date due) {
    row.due = due.days_since_epoch();
    row.working_days = cal.working_days_between(as_of, due);
  };

  for (std::size_t ti = 0; ti < plan.tasks.size(); ++ti) {
    const Task& task = plan.tasks[ti];
    const Resolution& res = scratch.resolution;
    // The task's occurrences are the first ones of the scratch resolution (the rest is storage).
    const std::size_t count = detail::resolve_reusing(task.timeframe, facts, cal, plan.window, explain, scratch.resolution);
    const std::span<const Occurrence> occurrences(res.occurrences.data(), count);
    // The task's completions and progress.
    const std::span<Completion> done(completions.data() + scratch.completion_starts[ti],
                                     scratch.completion_starts[ti + 1] - scratch.completion_starts[ti]);
    const std::size_t progress_begin = scratch.progress_starts[ti], progress_end = scratch.progress_starts[ti + 1];
    RowCore base;
    base.kind = RowKind::task;
    base.item = static_cast<std::uint32_t>(ti);

    if (!occurrences.empty()) {
      // Completions to occurrences, in four passes: one naming the occurrence (by its due date);
      // then one without a name, to the occurrence whose period contains its date; then the
      // rest, in date order, to the earliest open occurrence whose period had begun (or that has
      // no period) — a March report does not close January's, but late work closes the oldest.
      // Last, work done ahead of its period closes the earliest still open.
      auto& matched = scratch.matched;
      matched.assign(occurrences.size(), nullptr);
      for (std::size_t k = 0; k < occurrences.size(); ++k) {
        const Occurrence& o = occurrences[k];
        for (Completion& c : done) {
          if (!c.used && c.occurrence && (*c.occurrence == o.due || *c.occurrence == o.nominal_due)) {
            c.used = true;
            matched[k] = &c;
            break;
          }
        }
      }
      auto assign_unnamed = [&](auto fits) {
        for (Completion& c : done) {
          if (c.used || c.occurrence) continue;
          for (std::size_t k = 0; k < occurrences.size(); ++k) {
            if (matched[k] == nullptr && fits(occurrences[k], c)) {
              c.used = true;
              matched[k] = &c;
              break;
            }
          }
        }
      };
      assign_unnamed([](const Occurrence& o, const Completion& c) { return o.period && o.period->contains(c.date); });
      assign_unnamed([](const Occurrence& o, const Completion& c) { return !o.period || o.period->first() <= c.date; });
      // Work done before its period began (ahead of time) still counts, for the earliest open one.
      assign_unnamed([](const Occurrence&, const Completion&) { return true; });
      int index = 0;
      for (const Occurrence& o : occurrences) {
        RowCore row = base;
        row.occurrence = static_cast<std::uint32_t>(index);
        row.set_period(o.period);
        row.due = o.due.days_since_epoch();
        Completion* match = matched[static_cast<std::size_t>(index++)];
        auto due_text = [&o] {
          return Texts("hạn " + numeric(o.due) + " (" + o.rule_vi + ")", "due " + o.due.to_string() + " (" + o.rule_en + ")");
        };
        if (match != nullptr) {
          row.done = match->date.days_since_epoch();
          row.status = match->date <= o.due ? Status::done_on_time : Status::done_late;
          row.working_days = cal.working_days_between(match->date, o.due);
          const Completion& m = *match;
          emit(row, [&] {
            const auto [due_vi, due_en] = due_text();
            return Texts("Hoàn thành ngày " + numeric(m.date) + ", " + due_vi +
                             (m.evidence->empty() ? "" : "; minh chứng: " + *m.evidence),
                         "Completed on " + m.date.to_string() + ", " + due_en +
                             (m.evidence->empty() ? "" : "; evidence: " + *m.evidence));
          });
        } else if (cancelled_on && *cancelled_on <= o.due) {
          row.status = Status::cancelled;
          emit(row, [&] { return cancelled_text(*cancelled_on); });
        } else if (as_of > o.due) {
          row.status = Status::overdue;
          set_due(row, o.due);
          emit(row, [&] {
            const auto [due_vi, due_en] = due_text();
            return Texts("Chưa hoàn thành, quá " + due_vi, "Not done, past " + due_en);
          });
        } else if (o.period && as_of < o.period->first()) {
          row.status = Status::not_yet_due;
          set_due(row, o.due);
          emit(row, [&] {
            const auto [due_vi, due_en] = due_text();
            return Texts("Kỳ bắt đầu ngày " + numeric(o.period->first()) + "; " + due_vi,
                         "The period starts on " + o.period->first().to_string() + "; " + due_en);
          });
        } else {
          set_due(row, o.due);
          row.status = row.working_days <= options.horizon ? Status::due_soon : Status::within_deadline;
          const int left = row.working_days;
          emit(row, [&] {
            const auto [due_vi, due_en] = due_text();
            return Texts("Chưa hoàn thành, còn " + std::to_string(left) + " ngày làm việc; " + due_vi,
                         "Not done, " + std::to_string(left) + " working days left; " + due_en);
          });
        }
      }
      // A completion that names an occurrence the task does not have, or one more than the task
      // has occurrences, is reported, not dropped.
      for (const Completion& c : done) {
        if (!c.used && !c.occurrence) {
          findings.push_back(event_finding(
              "events.extra_completion", Severity::info, c.event,
              "Nhiệm vụ " + task.id + " đã được ghi nhận hoàn thành đủ các lần; lần ghi nhận ngày " +
                  numeric(c.date) + " không ứng với lần thực hiện nào",
              "Task " + task.id + " is already complete for every occurrence; the completion of " +
                  c.date.to_string() + " matches none"));
        }
        if (!c.used && c.occurrence) {
          findings.push_back(event_finding(
              "events.unknown_occurrence", Severity::warning, c.event,
              "Nhiệm vụ " + task.id + " không có lần thực hiện hạn " + numeric(*c.occurrence),
              "Task " + task.id + " has no occurrence due " + c.occurrence->to_string()));
        }
      }
      // A composite that is still waiting on another body also gets its waiting row.
      if (res.state != ResolutionState::pending) continue;
    }

    RowCore row = base;
    if (cancelled_on && *cancelled_on <= as_of && res.state != ResolutionState::scheduled) {
      const bool done_before = std::any_of(done.begin(), done.end(),
                                           [&](const Completion& c) { return c.date <= *cancelled_on; });
      if (!done_before) {
        row.status = Status::cancelled;
        emit(row, [&] { return cancelled_text(*cancelled_on); });
        continue;
      }
    }
    row.set_period(res.window);
    switch (res.state) {
      case ResolutionState::ongoing: {
        std::optional<Date> last;
        for (std::size_t k = progress_begin; k < progress_end; ++k) {
          const Date d = progress[k].second;
          if (!res.window || res.window->contains(d)) last = last ? std::max(*last, d) : d;
        }
        for (const Completion& c : done) {
          if (!res.window || res.window->contains(c.date)) last = last ? std::max(*last, c.date) : c.date;
        }
        if (res.window && as_of < res.window->first()) {
          row.status = Status::not_yet_due;
          emit(row, [&] {
            return Texts("Thực hiện thường xuyên từ ngày " + numeric(res.window->first()),
                         "Ongoing work from " + res.window->first().to_string());
          });
        } else if (!res.window || as_of <= res.window->last()) {
          row.status = Status::ongoing;
          emit(row, [&] {
            return Texts("Thực hiện thường xuyên" +
                             (res.window ? " đến hết ngày " + numeric(res.window->last()) : std::string()) +
                             (last ? "; minh chứng gần nhất ngày " + numeric(*last) : "; chưa có minh chứng"),
                         "Ongoing work" + (res.window ? " until " + res.window->last().to_string() : std::string()) +
                             (last ? "; latest evidence " + last->to_string() : "; no evidence yet"));
          });
        } else if (last) {
          row.status = Status::done_on_time;
          row.done = last->days_since_epoch();
          emit(row, [&] {
            return Texts("Đã thực hiện trong kỳ; minh chứng ngày " + numeric(*last),
                         "Carried out in its window; evidence of " + last->to_string());
          });
        } else {
          row.status = Status::no_evidence;
          set_due(row, res.window->last());
          emit(row, [&] {
            return Texts("Hết thời gian thực hiện (" + numeric(res.window->last()) + ") mà không có minh chứng",
                         "The window ended (" + res.window->last().to_string() + ") without evidence");
          });
        }
        break;
      }
      case ResolutionState::pending:
        if (res.window && as_of > res.window->last()) {
          row.status = Status::trigger_never_came;
          emit(row, [&] {
            return Texts(res.reason_vi + "; đến hết ngày " + numeric(res.window->last()) +
                             " vẫn chưa có — không phải do cơ quan thực hiện kế hoạch",
                         res.reason_en + "; none came by " + res.window->last().to_string() +
                             " — not a failure of the plan's own bodies");
          });
        } else {
          row.status = Status::awaiting_trigger;
          emit(row, [&] { return Texts(res.reason_vi, res.reason_en); });
        }
        break;
      case ResolutionState::on_request:
        if (!done.empty()) {
          row.status = Status::done_on_time;
          row.done = done.front().date.days_since_epoch();
          emit(row, [&] {
            return Texts("Đã thực hiện khi có yêu cầu, ngày " + numeric(done.front().date),
                         "Done on request on " + done.front().date.to_string());
          });
        } else {
          row.status = Status::on_request;
          emit(row, [&] { return Texts(res.reason_vi, res.reason_en); });
        }
        break;
      default:
        row.status = Status::unresolved;
        emit(row, [&] { return Texts(res.reason_vi, res.reason_en); });
        break;
    }
  }

  // Reports: their periods are counted in the plan's window.
  if (!plan.window && !plan.reporting.empty()) {
    findings.push_back(Finding("compliance.no_window", Severity::warning, "window", Location{}, "",
                               "Kế hoạch không ghi thời gian thực hiện nên không xác định được các kỳ báo cáo",
                               "The plan has no window, so its report periods cannot be counted"));
  }
  if (!plan.window) return;
  for (std::size_t k = 0; k < plan.reporting.size(); ++k) {
    const auto& sent = submissions[k];
    int index = 0;
    const ReportingObligation& duty = plan.reporting[k];
    const std::vector<ReportDue>& dues = duty.integrated_into ? duty.integrated_into->due : duty.due;
    const bool event_rules = std::any_of(dues.begin(), dues.end(), [](const ReportDue& d) { return d.after_event.has_value(); });
    for (const ReportInstance& owed : instances(k, *plan.window)) {
      const std::optional<ReportInstance> dated =
          event_rules ? dated_by_event(owed, dues, events, fact_events, cal, explain) : std::nullopt;
      const ReportInstance& inst = dated ? *dated : owed;
      RowCore row;
      row.kind = RowKind::report;
      row.item = static_cast<std::uint32_t>(k);
      row.occurrence = static_cast<std::uint32_t>(index++);
      row.set_period(inst.period);
      row.due = day_or_none(inst.due);
      std::optional<Date> sent_on;
      for (const auto& [period, date] : sent) {
        if (period == inst.period) sent_on = date;
      }
      auto label = [&inst, &dated] {
        if (dated) return Texts("Báo cáo " + inst.label_vi + " (hạn: " + inst.rule_vi + ")", "Report for " + inst.label_en + " (due " + inst.rule_en + ")");
        return Texts("Báo cáo " + inst.label_vi, "Report for " + inst.label_en);
      };
      if (sent_on) {
        row.done = sent_on->days_since_epoch();
        if (inst.due) {
          row.status = *sent_on <= *inst.due ? Status::submitted_on_time : Status::submitted_late;
          row.working_days = cal.working_days_between(*sent_on, *inst.due);
          emit(row, [&] {
            const auto [vi, en] = label();
            return Texts(vi + " gửi ngày " + numeric(*sent_on) + ", hạn " + numeric(*inst.due),
                         en + " sent on " + sent_on->to_string() + ", due " + inst.due->to_string());
          });
        } else {
          row.status = Status::submitted;
          emit(row, [&] {
            const auto [vi, en] = label();
            return Texts(vi + " gửi ngày " + numeric(*sent_on) + "; " + inst.rule_vi,
                         en + " sent on " + sent_on->to_string() + "; " + inst.rule_en);
          });
        }
      } else if (cancelled_on && (!inst.due || *cancelled_on <= *inst.due)) {
        row.status = Status::cancelled;
        emit(row, [&] { return cancelled_text(*cancelled_on); });
      } else if (!inst.due) {
        row.status = as_of <= inst.period.last() ? Status::not_yet_due : Status::due_date_unknown;
        emit(row, [&] {
          const auto [vi, en] = label();
          return Texts(vi + ": " + inst.rule_vi, en + ": " + inst.rule_en);
        });
      } else if (as_of > *inst.due) {
        row.status = Status::missing;
        set_due(row, *inst.due);
        emit(row, [&] {
          const auto [vi, en] = label();
          return Texts(vi + " chưa gửi, quá hạn " + numeric(*inst.due),
                       en + " not sent, past its due date " + inst.due->to_string());
        });
      } else if (!dated && as_of < inst.period.last() && (!inst.cutoff || as_of < inst.cutoff->last())) {
        row.status = Status::not_yet_due;
        set_due(row, *inst.due);
        emit(row, [&] {
          const auto [vi, en] = label();
          return Texts(vi + ": kỳ chưa kết thúc; hạn " + numeric(*inst.due),
                       en + ": the period has not ended; due " + inst.due->to_string());
        });
      } else {
        row.status = Status::due;
        set_due(row, *inst.due);
        emit(row, [&] {
          const auto [vi, en] = label();
          return Texts(vi + " đến hạn gửi " + numeric(*inst.due), en + " is due on " + inst.due->to_string());
        });
      }
    }
  }
}

// Asks the processor for each task's timeframe (held behind a pointer) before reading any: the
// loads then overlap instead of waiting one after another. The plan's arrays of tasks and events
// are left to the processor's own prefetcher, which follows them; hinting them too was measured
// slower (the hints fill the processor's queue of loads in flight).
void prefetch_timeframes(const Plan& plan) {
  for (const Task& t : plan.tasks) t.timeframe.prefetch();
}

}  // namespace

Evaluation evaluate(const Plan& plan, const EventLog& log, const WorkCalendar& cal, Date as_of,
                    const EvaluationOptions& options) {
  Evaluation ev;
  ev.as_of = as_of;
  ev.findings = validate(plan);
  evaluate_rows(plan, log, cal, as_of, options, true, ev.findings, [&](const RowCore& c, auto&& why) {
    StatusRow row;
    row.kind = c.kind;
    if (c.kind == RowKind::task) {
      row.id = plan.tasks[c.item].id;
      row.responsible = plan.tasks[c.item].lead;
    } else {
      row.id = plan.reporting[c.item].id;
      row.responsible = plan.reporting[c.item].reporter;
    }
    row.occurrence = static_cast<int>(c.occurrence);
    if (c.period_first != CompactRow::none) {
      row.period = DateRange(Date::from_days_since_epoch(c.period_first), Date::from_days_since_epoch(c.period_last));
    }
    row.due = day_of(c.due);
    row.done = day_of(c.done);
    row.status = c.status;
    if (c.working_days != CompactRow::none) row.working_days = c.working_days;
    std::tie(row.reason_vi, row.reason_en) = why();
    ev.rows.push_back(std::move(row));
  });
  return ev;
}

void evaluate_compact(const Plan& plan, const EventLog& log, const WorkCalendar& cal, Date as_of,
                      const EvaluationOptions& options, std::uint32_t plan_index,
                      std::vector<CompactRow>& rows, std::vector<Finding>& findings) {
  prefetch_timeframes(plan);
  for (Finding& f : validate(plan)) findings.push_back(std::move(f));
  evaluate_rows(plan, log, cal, as_of, options, false, findings, [&](const RowCore& c, auto&&) {
    CompactRow& row = rows.emplace_back(c);
    row.plan = plan_index;
  });
}

}  // namespace govplan
