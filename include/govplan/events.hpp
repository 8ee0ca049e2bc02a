// govplan/events.hpp — what happened after a plan was issued: triggers (guidance issued, approvals,
// requests), upstream schedules announced, task progress and completion with evidence, reports
// submitted, the plan amended or cancelled. An EventLog only grows: events are appended, never
// edited or removed, so an evaluation as of a past day can always be repeated.
//
//   govplan::EventLog log;
//   log.append({govplan::Date(2024, 5, 10),
//               govplan::TriggerEvent{govplan::TriggerKind::guidance, so_tu_phap}});
//   govplan::Facts facts = log.facts_as_of(Date(2024, 6, 30));   // feeds resolve()
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "govplan/date.hpp"
#include "govplan/document.hpp"
#include "govplan/heap_optional.hpp"
#include "govplan/timeframe.hpp"

namespace govplan {

/// A trigger happened: guidance issued, an approval, an issuing document, a request. `event`
/// names what happened as a reporting duty names it when its due date is counted from it
/// ("kết thúc thiên tai", ReportDue::after_event in plan.hpp); it is matched to that name
/// ignoring case, spacing and tone-mark placement, as party names are (Party::key).
struct TriggerEvent {
  TriggerKind trigger = TriggerKind::guidance;
  Party by;
  std::optional<std::string> event{};  ///< "kết thúc thiên tai"; absent for plain triggers
  bool operator==(const TriggerEvent&) const = default;
};

/// One item of an announced schedule (a draft policy to communicate by a date).
struct ScheduleItem {
  Date date;
  std::string text;
  bool operator==(const ScheduleItem&) const = default;
};

/// An upstream body announced its schedule.
struct ScheduleAnnouncedEvent {
  std::optional<Party> body;
  HeapOptional<DocumentRef> schedule;  ///< the document whose schedule it is (30/KH-UBND …)
  std::vector<ScheduleItem> items;
  bool operator==(const ScheduleAnnouncedEvent&) const = default;
};

/// Work on a task, with evidence (a document, a photo, a link, described in text).
struct TaskProgressEvent {
  std::string task;
  std::string evidence;
  bool operator==(const TaskProgressEvent&) const = default;
};

/// A task (or one occurrence of it) was completed.
struct TaskCompletedEvent {
  std::string task;
  std::string evidence;
  std::optional<Date> occurrence;  ///< the due date of the occurrence completed; absent: the earliest open one
  bool operator==(const TaskCompletedEvent&) const = default;
};

/// A report was sent.
struct ReportSubmittedEvent {
  std::string obligation;
  DateRange period{Date(2000, 1, 1), Date(2000, 1, 1)};  ///< the period the report covers
  std::optional<Party> to;
  bool operator==(const ReportSubmittedEvent&) const = default;
};

/// The plan was amended (kept as a record) or cancelled (nothing is owed after the day).
struct PlanAmendedEvent { bool operator==(const PlanAmendedEvent&) const = default; };
struct PlanCancelledEvent { bool operator==(const PlanCancelledEvent&) const = default; };

enum class EventKind : std::uint8_t {
  trigger, schedule_announced, task_progress, task_completed, report_submitted, plan_amended,
  plan_cancelled,
};
std::string_view to_string(EventKind value) noexcept;
EventKind parse_event_kind(std::string_view text);

/// One event: what, when, on what authority, and a note. An event is kept small (144 bytes on
/// 64-bit Linux; logs of millions are read whole by an evaluation): the documents it may cite
/// are held on the heap (HeapOptional), only when there is one.
struct Event {
  Date date;
  std::variant<TriggerEvent, ScheduleAnnouncedEvent, TaskProgressEvent, TaskCompletedEvent,
               ReportSubmittedEvent, PlanAmendedEvent, PlanCancelledEvent>
      what;
  HeapOptional<DocumentRef> document;  ///< the source document, if any
  std::string text;                     ///< free text

  EventKind kind() const noexcept { return static_cast<EventKind>(what.index()); }
  bool operator==(const Event&) const = default;
};

/// Adds what `event` tells resolve() to `facts`: a trigger, or an announced schedule's dates.
/// Other kinds add nothing. EventLog::facts_as_of() is this over the log, in its order.
void add_fact(const Event& event, Facts& facts);

/// An append-only list of events, kept in the order they were recorded.
class EventLog {
 public:
  EventLog() = default;
  explicit EventLog(std::vector<Event> events) : events_(std::move(events)) {}

  /// Appends an event and returns its index. Events are never edited or removed.
  std::size_t append(Event event);

  const std::vector<Event>& events() const noexcept { return events_; }
  std::size_t size() const noexcept { return events_.size(); }

  /// The facts that resolve() needs, from the events dated on or before `as_of`.
  Facts facts_as_of(Date as_of) const;

  bool operator==(const EventLog&) const = default;

 private:
  std::vector<Event> events_;
};

}  // namespace govplan
