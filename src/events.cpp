// The event log: see include/govplan/events.hpp.

#include "govplan/events.hpp"

#include <array>

#include "govplan/error.hpp"

namespace govplan {

std::string_view to_string(EventKind v) noexcept {
  switch (v) {
    case EventKind::trigger: return "trigger";
    case EventKind::schedule_announced: return "schedule_announced";
    case EventKind::task_progress: return "task_progress";
    case EventKind::task_completed: return "task_completed";
    case EventKind::report_submitted: return "report_submitted";
    case EventKind::plan_amended: return "plan_amended";
    case EventKind::plan_cancelled: return "plan_cancelled";
  }
  return "trigger";
}

EventKind parse_event_kind(std::string_view text) {
  constexpr std::array kinds{EventKind::trigger, EventKind::schedule_announced,
                             EventKind::task_progress, EventKind::task_completed,
                             EventKind::report_submitted, EventKind::plan_amended,
                             EventKind::plan_cancelled};
  std::string accepted;
  for (EventKind k : kinds) {
    if (text == to_string(k)) return k;
    accepted += (accepted.empty() ? "" : ", ") + std::string(to_string(k));
  }
  throw ParseError("event.kind", "a kind of event: one of " + accepted, quote(text));
}

std::size_t EventLog::append(Event event) {
  events_.push_back(std::move(event));
  return events_.size() - 1;
}

void add_fact(const Event& e, Facts& facts) {
  if (const auto* t = std::get_if<TriggerEvent>(&e.what)) {
    facts.triggers.push_back({t->trigger, t->by, e.date, e.document.to_optional()});
  } else if (const auto* s = std::get_if<ScheduleAnnouncedEvent>(&e.what)) {
    UpstreamScheduleFact f;
    f.body = s->body;
    f.document = s->schedule.to_optional();
    for (const ScheduleItem& item : s->items) f.dates.push_back(item.date);
    f.announced = e.date;
    facts.upstream_schedules.push_back(std::move(f));
  }
}

Facts EventLog::facts_as_of(Date as_of) const {
  Facts facts;
  for (const Event& e : events_) {
    if (e.date <= as_of) add_fact(e, facts);
  }
  return facts;
}

}  // namespace govplan
