// Event logs and evaluations as JSON: see include/govplan/json.hpp.

#include "govplan/error.hpp"
#include "govplan/json.hpp"
#include "json_support.hpp"

namespace govplan {

using namespace json_support;

namespace {

std::string non_blank(const Object& o, std::string_view key, std::string_view what) {
  std::string s = o.string(key);
  if (s.find_first_not_of(" \t\r\n") == std::string::npos) {
    invalid(o.at(key), "json.empty", std::string(what), quote(s));
  }
  return s;
}

Event event_at(const json& v, const std::string& pointer) {
  const Object o(v, pointer, "an event");
  const EventKind kind = o.enumeration("kind", &parse_event_kind);
  Event e;
  e.date = o.date("date");
  if (o.has("document")) e.document = ref_at(o.get("document"), o.at("document"));
  e.text = o.string_or("text", "");
  switch (kind) {
    case EventKind::trigger: {
      o.allow_only({"kind", "date", "document", "text", "trigger", "by"});
      e.what = TriggerEvent{o.enumeration("trigger", &parse_trigger_kind), party_at(o.get("by"), o.at("by"))};
      break;
    }
    case EventKind::schedule_announced: {
      o.allow_only({"kind", "date", "document", "text", "body", "schedule", "items"});
      ScheduleAnnouncedEvent s;
      if (o.has("body")) s.body = party_at(o.get("body"), o.at("body"));
      if (o.has("schedule")) s.schedule = ref_at(o.get("schedule"), o.at("schedule"));
      if (!s.body && !s.schedule) invalid(pointer, "json.missing_key", "a key \"body\" or \"schedule\"", "neither");
      const json& items = o.array("items");
      for (std::size_t i = 0; i < items.size(); ++i) {
        const Object it(items[i], o.at("items") + "/" + std::to_string(i), "a schedule item");
        it.allow_only({"date", "text"});
        s.items.push_back({it.date("date"), it.string_or("text", "")});
      }
      e.what = std::move(s);
      break;
    }
    case EventKind::task_progress:
      o.allow_only({"kind", "date", "document", "text", "task", "evidence"});
      e.what = TaskProgressEvent{non_blank(o, "task", "a task id"), o.string_or("evidence", "")};
      break;
    case EventKind::task_completed: {
      o.allow_only({"kind", "date", "document", "text", "task", "evidence", "occurrence"});
      TaskCompletedEvent c{non_blank(o, "task", "a task id"), o.string_or("evidence", ""), std::nullopt};
      if (o.has("occurrence")) c.occurrence = o.date("occurrence");
      e.what = std::move(c);
      break;
    }
    case EventKind::report_submitted: {
      o.allow_only({"kind", "date", "document", "text", "obligation", "period", "to"});
      ReportSubmittedEvent r;
      r.obligation = non_blank(o, "obligation", "a reporting duty's id");
      const Object p(o.get("period"), o.at("period"), "a period {\"from\": …, \"to\": …}");
      p.allow_only({"from", "to"});
      const Date from = p.date("from"), to = p.date("to");
      if (to < from) invalid(p.at("to"), "json.range", "a last day on or after " + from.to_string(), to.to_string());
      r.period = DateRange(from, to);
      if (o.has("to")) r.to = party_at(o.get("to"), o.at("to"));
      e.what = std::move(r);
      break;
    }
    case EventKind::plan_amended:
      o.allow_only({"kind", "date", "document", "text"});
      e.what = PlanAmendedEvent{};
      break;
    case EventKind::plan_cancelled:
      o.allow_only({"kind", "date", "document", "text"});
      e.what = PlanCancelledEvent{};
      break;
  }
  return e;
}

ordered range_json(DateRange r) {
  ordered o;
  o["from"] = r.first().to_string();
  o["to"] = r.last().to_string();
  return o;
}

}  // namespace

EventLog load_events(std::string_view json_text) {
  const json doc = parse_text(json_text);
  const Object root(doc, "", "an event log");
  root.allow_only({"schema", "events"});
  const std::string schema = root.string("schema");
  if (schema != plan_schema) invalid(root.at("schema"), "json.schema", quote(plan_schema), quote(schema));
  const json& events = root.array("events");
  EventLog log;
  for (std::size_t i = 0; i < events.size(); ++i) log.append(event_at(events[i], root.at("events") + "/" + std::to_string(i)));
  return log;
}

std::string dump_events(const EventLog& log) {
  ordered doc;
  doc["schema"] = plan_schema;
  ordered events = ordered::array();
  for (const Event& e : log.events()) {
    ordered o;
    o["kind"] = to_string(e.kind());
    o["date"] = e.date.to_string();
    if (const auto* t = std::get_if<TriggerEvent>(&e.what)) {
      o["trigger"] = to_string(t->trigger);
      o["by"] = party_json(t->by);
    } else if (const auto* s = std::get_if<ScheduleAnnouncedEvent>(&e.what)) {
      if (s->body) o["body"] = party_json(*s->body);
      if (s->schedule) o["schedule"] = ref_json(*s->schedule);
      ordered items = ordered::array();
      for (const ScheduleItem& it : s->items) {
        ordered j;
        j["date"] = it.date.to_string();
        if (!it.text.empty()) j["text"] = it.text;
        items.push_back(std::move(j));
      }
      o["items"] = std::move(items);
    } else if (const auto* p = std::get_if<TaskProgressEvent>(&e.what)) {
      o["task"] = p->task;
      if (!p->evidence.empty()) o["evidence"] = p->evidence;
    } else if (const auto* c = std::get_if<TaskCompletedEvent>(&e.what)) {
      o["task"] = c->task;
      if (!c->evidence.empty()) o["evidence"] = c->evidence;
      if (c->occurrence) o["occurrence"] = c->occurrence->to_string();
    } else if (const auto* r = std::get_if<ReportSubmittedEvent>(&e.what)) {
      o["obligation"] = r->obligation;
      o["period"] = range_json(r->period);
      if (r->to) o["to"] = party_json(*r->to);
    }
    if (e.document) o["document"] = ref_json(*e.document);
    if (!e.text.empty()) o["text"] = e.text;
    events.push_back(std::move(o));
  }
  doc["events"] = std::move(events);
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string to_json(const Evaluation& ev, int indent) {
  ordered doc;
  doc["as_of"] = ev.as_of.to_string();
  ordered rows = ordered::array();
  for (const StatusRow& r : ev.rows) {
    ordered o;
    o["id"] = r.id;
    o["kind"] = to_string(r.kind);
    o["occurrence"] = r.occurrence;
    o["status"] = to_string(r.status);
    o["due"] = r.due ? ordered(r.due->to_string()) : ordered(nullptr);
    o["period"] = r.period ? range_json(*r.period) : ordered(nullptr);
    o["done"] = r.done ? ordered(r.done->to_string()) : ordered(nullptr);
    o["working_days"] = r.working_days ? ordered(*r.working_days) : ordered(nullptr);
    o["responsible"] = r.responsible ? ordered(r.responsible->name) : ordered(nullptr);
    o["reason_vi"] = r.reason_vi;
    o["reason_en"] = r.reason_en;
    rows.push_back(std::move(o));
  }
  doc["rows"] = std::move(rows);
  ordered findings = ordered::array();
  for (const Finding& f : ev.findings) {
    ordered o;
    o["code"] = f.code();
    o["severity"] = to_string(f.severity());
    o["subject"] = f.subject();
    o["message_vi"] = f.message(Lang::vi);
    o["message_en"] = f.message(Lang::en);
    findings.push_back(std::move(o));
  }
  doc["findings"] = std::move(findings);
  return doc.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace govplan
