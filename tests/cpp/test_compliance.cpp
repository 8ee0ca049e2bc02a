// Tests of govplan/events.hpp and govplan/compliance.hpp: the seed's year of events evaluated on
// four days against golden files, each status rule case by case, and bad event logs.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "govplan/compliance.hpp"
#include "govplan/error.hpp"
#include "govplan/json.hpp"
#include "seed_fixture.hpp"
#include "support.hpp"

using govplan::Date;
using govplan::DateRange;
using govplan::Event;
using govplan::EventLog;
using govplan::Plan;
using govplan::Status;

namespace {

using test_support::seed;
using test_support::seed_events;
using test_support::source;
const govplan::WorkCalendar& cal() { return test_support::vietnam(); }

const govplan::StatusRow& row(const govplan::Evaluation& ev, const std::string& id, int occurrence = 0) {
  for (const auto& r : ev.rows) {
    if (r.id == id && r.occurrence == occurrence) return r;
  }
  FAIL("no row " << id << "#" << occurrence);
  throw;
}

govplan::Party body(const char* name) { return govplan::Party{govplan::PartyKind::body, name}; }

// A ward's plan of 2024 (issued 02/01/2024) without tasks, and a task of it led by the ward's
// justice officer.
Plan ward_plan_2024() {
  Plan plan;
  plan.issuer = "UBND phường Chánh Lộ";
  plan.title = "Kế hoạch";
  plan.issue_date = govplan::PartialDate(2024, 1, 2);
  plan.window = DateRange::year(2024);
  return plan;
}

govplan::Task ward_task(std::string id, std::string content, govplan::Timeframe timeframe) {
  govplan::Task task;
  task.id = std::move(id);
  task.content = std::move(content);
  task.lead = body("Công chức Tư pháp-Hộ tịch");
  task.timeframe = std::move(timeframe);
  return task;
}

}  // namespace

TEST_CASE("the seed's year of events evaluates on four days exactly as the golden files say") {
  for (const char* day : {"2024-03-31", "2024-06-30", "2024-12-31", "2025-01-31"}) {
    CAPTURE(day);
    const auto ev = govplan::evaluate(seed(), seed_events(), cal(), govplan::parse_date(day));
    CHECK(govplan::to_json(ev) ==
          test_support::data_file(std::string("evaluations/chanh-lo-2024.") + day + ".json"));
  }
}

TEST_CASE("the seed's statuses read as an official would expect") {
  auto ev = govplan::evaluate(seed(), seed_events(), cal(), Date(2024, 3, 31));
  CHECK(row(ev, "II.1").status == Status::ongoing);
  CHECK(row(ev, "II.2").status == Status::awaiting_trigger);
  CHECK(row(ev, "II.3").status == Status::awaiting_trigger);
  ev = govplan::evaluate(seed(), seed_events(), cal(), Date(2024, 12, 31));
  CHECK(row(ev, "II.2", 0).status == Status::done_on_time);
  CHECK(row(ev, "II.2", 1).status == Status::done_late);
  CHECK(row(ev, "II.2", 1).due == Date(2024, 10, 21));  // 20/10 is a Sunday
  CHECK(row(ev, "II.3").status == Status::done_on_time);
  ev = govplan::evaluate(seed(), seed_events(), cal(), Date(2025, 1, 31));
  CHECK(row(ev, "II.1").status == Status::done_on_time);
  CHECK_FALSE(ev.has_problems());
}

TEST_CASE("without any events, the year ends with triggers that never came and no evidence") {
  const auto ev = govplan::evaluate(seed(), EventLog{}, cal(), Date(2025, 1, 31));
  CHECK(row(ev, "II.1").status == Status::no_evidence);
  CHECK(row(ev, "II.2").status == Status::trigger_never_came);
  const auto& r3 = row(ev, "II.3");
  CHECK(r3.status == Status::trigger_never_came);
  CHECK(r3.reason_en.find("not a failure of the plan's own bodies") != std::string::npos);
  CHECK(ev.has_problems());  // no evidence for the regular task
  CHECK(govplan::tracker_class(Status::no_evidence) == govplan::TrackerClass::overdue);
  CHECK_FALSE(govplan::tracker_class(Status::trigger_never_came).has_value());
}

TEST_CASE("a due date within the horizon is due soon; past it, overdue; events after the day are unknown") {
  EventLog log;
  log.append({Date(2024, 5, 10), govplan::TriggerEvent{govplan::TriggerKind::guidance, body("Sở Tư pháp")}, {}, ""});
  // II.3 is then due on 31/12/2024 (Tuesday).
  auto ev = govplan::evaluate(seed(), log, cal(), Date(2024, 12, 24));
  CHECK(row(ev, "II.3").status == Status::due_soon);
  CHECK(row(ev, "II.3").working_days == 5);
  ev = govplan::evaluate(seed(), log, cal(), Date(2024, 12, 23), govplan::EvaluationOptions{3});
  CHECK(row(ev, "II.3").status == Status::within_deadline);
  ev = govplan::evaluate(seed(), log, cal(), Date(2025, 1, 6));
  CHECK(row(ev, "II.3").status == Status::overdue);
  CHECK(row(ev, "II.3").working_days == -3);
  // The guidance is not known on a day before it.
  ev = govplan::evaluate(seed(), log, cal(), Date(2024, 5, 9));
  CHECK(row(ev, "II.3").status == Status::awaiting_trigger);
}

TEST_CASE("reports are on time, late, missing, due or not yet due") {
  Plan p = seed();
  govplan::ReportingObligation ob;
  ob.id = "R.q";
  ob.recipient = body("UBND tỉnh");
  ob.cadence = govplan::Cadence::quarterly;
  ob.due.push_back({govplan::DayRule{govplan::DueRelation::by, 20, std::nullopt, 0}, std::nullopt,
                    "chậm nhất ngày 20 của tháng cuối quý", std::nullopt});
  p.reporting = {ob};
  EventLog log;
  govplan::ReportSubmittedEvent q1{"R.q", DateRange::quarter(2024, 1), std::nullopt};
  govplan::ReportSubmittedEvent q2{"R.q", DateRange::quarter(2024, 2), std::nullopt};
  log.append({Date(2024, 3, 18), q1, {}, ""});
  log.append({Date(2024, 6, 25), q2, {}, ""});
  const auto ev = govplan::evaluate(p, log, cal(), Date(2024, 9, 25));
  CHECK(row(ev, "R.q", 0).status == Status::submitted_on_time);
  CHECK(row(ev, "R.q", 1).status == Status::submitted_late);  // due 20/06
  CHECK(row(ev, "R.q", 2).status == Status::missing);         // due 20/09
  CHECK(row(ev, "R.q", 3).status == Status::not_yet_due);
  CHECK(ev.has_problems());
  const auto ev2 = govplan::evaluate(p, log, cal(), Date(2024, 9, 16));
  CHECK(row(ev2, "R.q", 2).status == Status::due);  // the cut-off (14/09) has passed, due 20/09
}

TEST_CASE("events the plan cannot place become findings, and none is dropped silently") {
  EventLog log;
  log.append({Date(2024, 4, 1), govplan::TaskCompletedEvent{"IV.9", "", std::nullopt}, {}, ""});
  log.append({Date(2023, 12, 1), govplan::TaskProgressEvent{"II.1", "ảnh"}, {}, ""});
  log.append({Date(2024, 6, 12), govplan::ReportSubmittedEvent{"III.1", DateRange::quarter(2024, 1), std::nullopt}, {}, ""});
  log.append({Date(2024, 6, 12), govplan::ReportSubmittedEvent{"III.9", DateRange::half_year(2024, 1), std::nullopt}, {}, ""});
  log.append({Date(2024, 6, 12), govplan::ReportSubmittedEvent{"III.1", DateRange::half_year(2024, 1), std::nullopt}, {}, ""});
  log.append({Date(2024, 6, 13), govplan::ReportSubmittedEvent{"III.1", DateRange::half_year(2024, 1), std::nullopt}, {}, ""});
  const auto ev = govplan::evaluate(seed(), log, cal(), Date(2024, 7, 1));
  std::map<std::string, std::string> by_subject;
  for (const auto& f : ev.findings) by_subject[f.subject()] = f.code();
  CHECK(by_subject["events/0"] == "events.unknown_task");
  CHECK(by_subject["events/1"] == "events.before_plan");
  CHECK(by_subject["events/2"] == "events.unknown_period");
  CHECK(by_subject["events/3"] == "events.unknown_report");
  CHECK(by_subject["events/5"] == "events.duplicate_submission");
  CHECK(row(ev, "III.1", 0).done == Date(2024, 6, 12));  // the first submission counts
}

TEST_CASE("a plan without a window says its reports cannot be counted") {
  Plan p = seed();
  p.window.reset();
  const auto ev = govplan::evaluate(p, EventLog{}, cal(), Date(2024, 7, 1));
  bool found = false;
  for (const auto& f : ev.findings) found = found || f.code() == "compliance.no_window";
  CHECK(found);
  for (const auto& r : ev.rows) CHECK(r.kind == govplan::RowKind::task);
}

TEST_CASE("after the plan is cancelled, what was not done is cancelled") {
  EventLog log = seed_events();
  log.append({Date(2024, 7, 1), govplan::PlanCancelledEvent{}, {}, "Kế hoạch bị thay thế"});
  const auto ev = govplan::evaluate(seed(), log, cal(), Date(2024, 12, 31));
  CHECK(row(ev, "II.2", 0).status == Status::done_on_time);  // done before, still done
  CHECK(row(ev, "II.3").status == Status::done_on_time);
  CHECK(row(ev, "III.1", 1).status == Status::submitted);
  // Without events, a cancellation on 01/03 cancels everything still open.
  EventLog only_cancel;
  only_cancel.append({Date(2024, 3, 1), govplan::PlanCancelledEvent{}, {}, ""});
  const auto ev2 = govplan::evaluate(seed(), only_cancel, cal(), Date(2025, 1, 10));
  CHECK(row(ev2, "II.1").status == Status::cancelled);
  CHECK(row(ev2, "II.2").status == Status::cancelled);
  CHECK(row(ev2, "II.3").status == Status::cancelled);
  CHECK_FALSE(ev2.has_problems());
}

TEST_CASE("the earliest submission counts, and a completion of an unknown occurrence is reported") {
  EventLog log;
  const govplan::ReportSubmittedEvent h1{"III.1", DateRange::half_year(2024, 1), std::nullopt};
  log.append({Date(2024, 7, 20), h1, {}, ""});
  log.append({Date(2024, 6, 10), h1, {}, ""});
  log.append({Date(2024, 5, 10), govplan::TriggerEvent{govplan::TriggerKind::guidance, body("Sở Tư pháp")}, {}, ""});
  log.append({Date(2024, 6, 1), govplan::TaskCompletedEvent{"II.3", "", Date(2024, 3, 2)}, {}, ""});
  const auto ev = govplan::evaluate(seed(), log, cal(), Date(2024, 8, 1));
  CHECK(row(ev, "III.1", 0).done == Date(2024, 6, 10));
  bool duplicate = false, unknown_occurrence = false;
  for (const auto& f : ev.findings) {
    if (f.code() == "events.duplicate_submission") duplicate = f.subject() == "events/0";
    if (f.code() == "events.unknown_occurrence") unknown_occurrence = f.subject() == "events/3";
  }
  CHECK(duplicate);
  CHECK(unknown_occurrence);
}

TEST_CASE("an evaluation depends on the dates of events, not on the order they were recorded in") {
  // The seed's year plus events that become findings and a duplicate submission, recorded in
  // date order; then the same events recorded latest first (events of one day kept in their
  // order, which decides between them). Rows and findings must be the same, in the same order.
  EventLog dated = seed_events();
  const govplan::ReportSubmittedEvent h1{"III.1", DateRange::half_year(2024, 1), std::nullopt};
  dated.append({Date(2024, 8, 2), h1, {}, "gửi lại"});
  dated.append({Date(2024, 9, 3), govplan::TaskProgressEvent{"IV.9", ""}, {}, ""});
  dated.append({Date(2024, 9, 3), govplan::TaskCompletedEvent{"II.3", "", Date(2024, 3, 2)}, {}, ""});
  std::vector<Event> events = dated.events();
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.date < b.date; });
  std::vector<std::size_t> order(events.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return events[b].date < events[a].date; });
  std::vector<Event> reversed;
  for (std::size_t i : order) reversed.push_back(events[i]);
  REQUIRE(reversed.front().date > reversed.back().date);
  for (Date as_of : {Date(2024, 6, 30), Date(2024, 12, 31), Date(2025, 1, 31)}) {
    CAPTURE(as_of);
    const auto a = govplan::evaluate(seed(), EventLog(events), cal(), as_of);
    const auto b = govplan::evaluate(seed(), EventLog(reversed), cal(), as_of);
    CHECK(a.rows == b.rows);
    REQUIRE(a.findings.size() == b.findings.size());
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
      CHECK(a.findings[i].code() == b.findings[i].code());
      CHECK(a.findings[i].message(govplan::Lang::en) == b.findings[i].message(govplan::Lang::en));
    }
  }
  const auto late = govplan::evaluate(seed(), EventLog(reversed), cal(), Date(2024, 12, 31));
  std::size_t about_events = 0;
  for (const auto& f : late.findings) about_events += f.code().rfind("events.", 0) == 0 ? 1 : 0;
  CHECK(about_events == 3);  // the second submission, the unknown task, the unknown occurrence
}

TEST_CASE("an event keeps its documents on the heap, so a log of millions stays small") {
  // Two pointers' worth of optional documents instead of two DocumentRefs of about 300 bytes.
  CHECK(sizeof(Event) <= 160);
  govplan::HeapOptional<govplan::DocumentRef> none;
  CHECK_FALSE(none.has_value());
  CHECK(none == std::nullopt);
  CHECK_THROWS_AS((void)none.value(), std::bad_optional_access);
  CHECK_FALSE(none.to_optional().has_value());
  const govplan::DocumentRef ref = seed().implements.at(0).document;
  govplan::HeapOptional<govplan::DocumentRef> one = ref;
  REQUIRE(one);
  CHECK(*one == ref);
  CHECK(one->to_string(govplan::Lang::vi) == ref.to_string(govplan::Lang::vi));
  govplan::HeapOptional<govplan::DocumentRef> copy = one;  // a value: the copy is its own
  CHECK(copy == one);
  CHECK(&*copy != &*one);
  copy = std::nullopt;
  CHECK_FALSE(copy);
  CHECK(one);
  CHECK_FALSE(copy == one);
  copy = std::optional<govplan::DocumentRef>(ref);
  CHECK(copy.to_optional() == std::optional<govplan::DocumentRef>(ref));
  // Against std::optional and a value, both ways round, as two std::optionals compare.
  const std::optional<govplan::DocumentRef> empty, full(ref);
  CHECK(none == empty);
  CHECK(empty == none);
  CHECK_FALSE(none != empty);
  CHECK(copy == full);
  CHECK(full == copy);
  CHECK_FALSE(copy == empty);
  CHECK_FALSE(empty == copy);
  CHECK_FALSE(none == full);
  CHECK(copy == ref);
  CHECK(ref == copy);
  CHECK_FALSE(none == ref);
  govplan::HeapOptional<govplan::DocumentRef> moved = std::move(copy);
  CHECK(moved == ref);
  Event e{Date(2024, 5, 10), govplan::PlanAmendedEvent{}, ref, "sửa đổi"};
  CHECK(govplan::load_events(govplan::dump_events(EventLog({e}))).events().at(0) == e);
}

TEST_CASE("evaluation is deterministic and event logs round-trip exactly") {
  const auto a = govplan::evaluate(seed(), seed_events(), cal(), Date(2024, 10, 1));
  const auto b = govplan::evaluate(seed(), seed_events(), cal(), Date(2024, 10, 1));
  CHECK(a == b);
  CHECK(govplan::to_json(a) == govplan::to_json(b));
  const std::string text = source("examples/events/chanh-lo-2024.events.json");
  CHECK(govplan::dump_events(govplan::load_events(text)) == text);
  CHECK(govplan::load_events(govplan::dump_events(seed_events())) == seed_events());
}

TEST_CASE("bad event logs are ParseErrors at the JSON pointer") {
  auto error = [](const std::string& text) {
    try {
      (void)govplan::load_events(text);
    } catch (const govplan::ParseError& e) {
      return e;
    }
    FAIL("expected a ParseError");
    throw;
  };
  auto e = error(R"({"schema": "govplan/1", "events": [{"kind": "rumour", "date": "2024-01-01"}]})");
  CHECK(e.where().pointer() == "/events/0/kind");
  CHECK(e.id() == "event.kind");
  e = error(R"({"schema": "govplan/1", "events": [{"kind": "task_completed", "task": "II.1"}]})");
  CHECK(e.where().pointer() == "/events/0");
  CHECK(e.expected() == "a key \"date\"");
  e = error(R"({"schema": "govplan/1", "events": [{"kind": "task_completed", "date": "2024-02-30", "task": "II.1"}]})");
  CHECK(e.where().pointer() == "/events/0/date");
  e = error(R"({"schema": "govplan/1", "events": [{"kind": "task_completed", "date": "2024-02-03", "task": " "}]})");
  CHECK(e.where().pointer() == "/events/0/task");
  e = error(R"({"schema": "govplan/1", "events": [{"kind": "report_submitted", "date": "2024-02-03", "obligation": "R", "period": {"from": "2024-03-01", "to": "2024-01-01"}}]})");
  CHECK(e.where().pointer() == "/events/0/period/to");
  e = error(R"({"schema": "govplan/1", "events": [{"kind": "trigger", "date": "2024-02-03", "trigger": "guidance", "by": {"kind": "body", "name": "Sở"}, "color": 1}]})");
  CHECK(e.where().pointer() == "/events/0/color");
  e = error(R"({"schema": "govplan/1", "events": [{"kind": "schedule_announced", "date": "2024-02-03", "items": []}]})");
  CHECK(e.where().pointer() == "/events/0");
  e = error(R"({"schema": "govplan/1"})");
  CHECK(e.expected() == "a key \"events\"");
}

TEST_CASE("a completion without a named occurrence closes the occurrence of its own period") {
  Plan plan = ward_plan_2024();
  govplan::RecurringTimeframe r;
  r.cadence = govplan::Cadence::monthly;
  plan.tasks.push_back(ward_task("II.1", "Báo cáo hằng tháng", govplan::Timeframe("Hằng tháng", r)));
  EventLog log;
  log.append({Date(2024, 3, 20), govplan::TaskCompletedEvent{"II.1", "", std::nullopt}, {}, ""});
  log.append({Date(2024, 3, 25), govplan::TaskCompletedEvent{"II.1", "", std::nullopt}, {}, ""});
  const auto ev = govplan::evaluate(plan, log, cal(), Date(2024, 4, 10));
  // March's work closes March; the second March completion closes the oldest open month, late.
  CHECK(row(ev, "II.1", 2).status == Status::done_on_time);
  CHECK(row(ev, "II.1", 2).done == Date(2024, 3, 20));
  CHECK(row(ev, "II.1", 0).status == Status::done_late);
  CHECK(row(ev, "II.1", 0).done == Date(2024, 3, 25));
  CHECK(row(ev, "II.1", 1).status == Status::overdue);
}

TEST_CASE("work done before its period began counts, and a completion too many is reported") {
  Plan plan = ward_plan_2024();
  plan.tasks.push_back(ward_task("II.1", "Tổ chức hội nghị",
                                 govplan::Timeframe("Quý II/2024", govplan::WithinTimeframe{DateRange::quarter(2024, 2), govplan::PeriodKind::quarter})));
  EventLog log;
  log.append({Date(2024, 3, 28), govplan::TaskCompletedEvent{"II.1", "", std::nullopt}, {}, ""});
  log.append({Date(2024, 4, 5), govplan::TaskCompletedEvent{"II.1", "", std::nullopt}, {}, ""});
  const auto ev = govplan::evaluate(plan, log, cal(), Date(2024, 7, 10));
  CHECK(row(ev, "II.1").status == Status::done_on_time);
  CHECK(row(ev, "II.1").done == Date(2024, 4, 5));  // the one inside the quarter
  const bool reported = std::any_of(ev.findings.begin(), ev.findings.end(), [](const govplan::Finding& f) {
    return f.code() == "events.extra_completion" && f.subject() == "events/0";
  });
  CHECK(reported);
}

namespace {

// A plan whose one reporting duty is due 15 days after an event it names.
Plan plan_with_event_report(govplan::Cadence cadence) {
  Plan p = seed();
  govplan::ReportingObligation ob;
  ob.id = "R.event";
  ob.reporter = body("UBND phường");
  ob.recipient = body("UBND thành phố");
  ob.cadence = cadence;
  ob.cutoff = govplan::CutoffPolicy::none;
  govplan::ReportDue due;
  due.text = "chậm nhất sau 15 ngày kể từ khi kết thúc thiên tai";
  due.after_event = govplan::DueAfterEvent{"kết thúc thiên tai", govplan::Offset{15, govplan::TimeUnit::days}};
  ob.due.push_back(due);
  p.reporting = {ob};
  return p;
}

Event event_named(Date on, const std::string& name) {
  govplan::TriggerEvent t{govplan::TriggerKind::other, body("Ban Chỉ huy phòng, chống thiên tai thành phố")};
  t.event = name;
  return Event{on, t, {}, ""};
}

}  // namespace

TEST_CASE("a report due a time after an event waits for it, then is due from the trigger event that names it") {
  const Plan p = plan_with_event_report(govplan::Cadence::once);
  // No event yet: no due date, and the reason says what the report waits for.
  auto ev = govplan::evaluate(p, EventLog{}, cal(), Date(2024, 6, 1));
  CHECK(row(ev, "R.event").status == Status::not_yet_due);
  CHECK_FALSE(row(ev, "R.event").due.has_value());
  CHECK(row(ev, "R.event").reason_vi.find("15 ngày kể từ khi kết thúc thiên tai") != std::string::npos);
  CHECK(row(ev, "R.event").reason_en.find("15 days after \"kết thúc thiên tai\"") != std::string::npos);
  ev = govplan::evaluate(p, EventLog{}, cal(), Date(2025, 1, 10));
  CHECK(row(ev, "R.event").status == Status::due_date_unknown);
  // The event, named with other case and spacing: 15 days from Friday 20/09/2024 end on Saturday
  // 05/10, moved to Monday 07/10 (Civil Code Art. 148(5)). Owed from the event on.
  EventLog log;
  log.append(event_named(Date(2024, 9, 20), "Kết thúc  thiên tai"));
  ev = govplan::evaluate(p, log, cal(), Date(2024, 9, 25));
  CHECK(row(ev, "R.event").status == Status::due);
  CHECK(row(ev, "R.event").due == Date(2024, 10, 7));
  CHECK(row(ev, "R.event").working_days == 8);
  CHECK(row(ev, "R.event").reason_vi.find("kết thúc thiên tai ngày 20/09/2024") != std::string::npos);
  CHECK(row(ev, "R.event").reason_en.find("\"kết thúc thiên tai\" on 2024-09-20") != std::string::npos);
  ev = govplan::evaluate(p, log, cal(), Date(2024, 10, 8));
  CHECK(row(ev, "R.event").status == Status::missing);
  // An event recorded after the day of evaluation is not known yet.
  ev = govplan::evaluate(p, log, cal(), Date(2024, 9, 19));
  CHECK(row(ev, "R.event").status == Status::not_yet_due);
  CHECK_FALSE(row(ev, "R.event").due.has_value());
  // Sent in time.
  log.append({Date(2024, 10, 4), govplan::ReportSubmittedEvent{"R.event", DateRange::year(2024), std::nullopt}, {}, ""});
  ev = govplan::evaluate(p, log, cal(), Date(2024, 12, 31));
  CHECK(row(ev, "R.event").status == Status::submitted_on_time);
  CHECK(row(ev, "R.event").due == Date(2024, 10, 7));
}

TEST_CASE("only a trigger event naming the same event, inside the report's period, dates the report") {
  const Plan p = plan_with_event_report(govplan::Cadence::once);
  EventLog log;
  log.append(event_named(Date(2023, 11, 2), "kết thúc thiên tai"));  // before the plan's window
  log.append(event_named(Date(2024, 3, 1), "kết thúc hội thi"));     // another event
  log.append({Date(2024, 3, 4), govplan::TriggerEvent{govplan::TriggerKind::other, body("UBND tỉnh")}, {}, "kết thúc thiên tai"});
  auto ev = govplan::evaluate(p, log, cal(), Date(2024, 6, 1));
  CHECK_FALSE(row(ev, "R.event").due.has_value());
  // The first one in the period counts.
  log.append(event_named(Date(2024, 8, 1), "kết thúc thiên tai"));
  log.append(event_named(Date(2024, 7, 1), "kết thúc thiên tai"));
  ev = govplan::evaluate(p, log, cal(), Date(2024, 12, 1));
  CHECK(row(ev, "R.event").due == Date(2024, 7, 16));
  // The compact evaluation agrees.
  std::vector<govplan::CompactRow> rows;
  std::vector<govplan::Finding> findings;
  govplan::evaluate_compact(p, log, cal(), Date(2024, 12, 1), {}, 0, rows, findings);
  const auto report = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r.kind == govplan::RowKind::report; });
  REQUIRE(report != rows.end());
  CHECK(report->due == Date(2024, 7, 16).days_since_epoch());
  CHECK(report->status == Status::missing);
}

TEST_CASE("a trigger event names its event in JSON, and a blank name is refused") {
  EventLog log;
  log.append(event_named(Date(2024, 9, 20), "kết thúc thiên tai"));
  const std::string text = govplan::dump_events(log);
  CHECK(text.find("\"event\": \"kết thúc thiên tai\"") != std::string::npos);
  CHECK(govplan::load_events(text) == log);
  CHECK(govplan::dump_events(govplan::load_events(text)) == text);
  try {
    (void)govplan::load_events(R"({"schema": "govplan/1", "events": [{"kind": "trigger", "date": "2024-02-03", "trigger": "other", "by": {"kind": "body", "name": "Sở"}, "event": " "}]})");
    FAIL("expected a ParseError");
  } catch (const govplan::ParseError& e) {
    CHECK(e.id() == "json.empty");
    CHECK(e.where().pointer() == "/events/0/event");
  }
}

TEST_CASE("in a plan of hundreds of tasks each event reaches its own task, and each repeated id is reported once") {
  // Tasks are found by the hash of their id; a repeated id (across tasks and sections) is reported
  // once with how many parts use it, and an event finds the first task of that id.
  Plan plan = ward_plan_2024();
  govplan::Section section;
  section.id = "T42";
  section.title = "Nhiệm vụ";
  plan.sections.push_back(section);
  EventLog log;
  for (int i = 1; i <= 300; ++i) {
    const govplan::Task& task = plan.tasks.emplace_back(
        ward_task("T" + std::to_string(i), "Việc " + std::to_string(i),
                  govplan::Timeframe("31/12/2024", govplan::DueTimeframe{Date(2024, 12, 31), govplan::DueRelation::by})));
    // Task Ti is done on day i of the year.
    log.append({Date(2024, 1, 1).add_days(i - 1), govplan::TaskCompletedEvent{task.id, "", std::nullopt}, {}, ""});
  }
  govplan::Task again = plan.tasks[6];  // T7, twice more, never completed by an event of its own
  again.timeframe = govplan::Timeframe("30/06/2024", govplan::DueTimeframe{Date(2024, 6, 30), govplan::DueRelation::by});
  plan.tasks.push_back(again);
  plan.tasks.push_back(again);
  log.append({Date(2024, 12, 1), govplan::TaskCompletedEvent{"T301", "", std::nullopt}, {}, ""});
  const auto ev = govplan::evaluate(plan, log, cal(), Date(2024, 12, 31));
  std::map<std::string, int> seen;
  for (const auto& r : ev.rows) {
    if (r.kind != govplan::RowKind::task) continue;
    const int i = std::stoi(r.id.substr(1));
    CAPTURE(r.id);
    if (seen[r.id]++ > 0) {
      CHECK(r.id == "T7");  // a repeat of T7: its own due date, and no completion of its own
      CHECK(r.status == Status::overdue);
      continue;
    }
    CHECK(r.status == Status::done_on_time);
    CHECK(r.done == Date(2024, 1, 1).add_days(i - 1));
  }
  CHECK(seen.size() == 300);
  CHECK(seen["T7"] == 3);
  std::vector<std::string> repeated;
  bool unknown = false;
  for (const auto& f : ev.findings) {
    if (f.code() == "plan.duplicate_id") repeated.push_back(f.subject() + ": " + f.message(govplan::Lang::en));
    if (f.code() == "events.unknown_task") unknown = f.subject() == "events/300";
  }
  CHECK(repeated == std::vector<std::string>{"T42: The id \"T42\" is used by 2 parts", "T7: The id \"T7\" is used by 3 parts"});
  CHECK(unknown);
}
