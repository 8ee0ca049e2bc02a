// Event logs and evaluations as JSON: see include/govplan/json.hpp.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

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
      o.allow_only({"kind", "date", "document", "text", "trigger", "by", "event"});
      TriggerEvent t{o.enumeration("trigger", &parse_trigger_kind), party_at(o.get("by"), o.at("by"))};
      if (o.has("event")) t.event = non_blank(o, "event", "the event as a plan names it");
      e.what = std::move(t);
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
      if (t->event) o["event"] = *t->event;
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

namespace {

ordered row_json(const StatusRow& r, Lang lang, std::optional<std::size_t> plan = std::nullopt) {
  ordered o;
  if (plan) o["plan"] = *plan;
  o["id"] = r.id;
  o["kind"] = to_string(r.kind);
  o["occurrence"] = r.occurrence;
  o["status"] = to_string(r.status);
  const std::optional<TrackerClass> tracker = r.kind == RowKind::task ? tracker_class(r.status) : std::nullopt;
  o["tracker"] = tracker ? ordered(to_string(*tracker)) : ordered(nullptr);
  o["due"] = r.due ? ordered(r.due->to_string()) : ordered(nullptr);
  o["period"] = r.period ? range_json(*r.period) : ordered(nullptr);
  o["done"] = r.done ? ordered(r.done->to_string()) : ordered(nullptr);
  o["working_days"] = r.working_days ? ordered(*r.working_days) : ordered(nullptr);
  o["responsible"] = r.responsible ? ordered(r.responsible->name) : ordered(nullptr);
  o["reason"] = r.reason(lang);
  o["reason_vi"] = r.reason_vi;
  o["reason_en"] = r.reason_en;
  return o;
}

ordered finding_json(const Finding& f, std::optional<std::size_t> plan = std::nullopt) {
  ordered o;
  if (plan) o["plan"] = *plan;
  o["code"] = f.code();
  o["severity"] = to_string(f.severity());
  o["subject"] = f.subject();
  o["message_vi"] = f.message(Lang::vi);
  o["message_en"] = f.message(Lang::en);
  return o;
}

ordered roll_up_json(const RollUp& r) {
  ordered o;
  o["key"] = r.key;
  o["label"] = r.label;
  o["task_rows"] = r.task_rows;
  o["report_rows"] = r.report_rows;
  ordered statuses = ordered::object();
  for (std::size_t i = 0; i < status_count; ++i) {
    if (r.by_status[i] > 0) statuses[std::string(to_string(static_cast<Status>(i)))] = r.by_status[i];
  }
  o["statuses"] = std::move(statuses);
  ordered tracker = ordered::object();
  for (TrackerClass c : {TrackerClass::done_on_time, TrackerClass::done_late, TrackerClass::within_deadline,
                         TrackerClass::overdue}) {
    tracker[std::string(to_string(c))] = r.count(c);
  }
  o["tracker"] = std::move(tracker);
  const auto rate = r.completion_rate();
  o["completion_rate"] = rate ? ordered(*rate) : ordered(nullptr);
  const auto on_time = r.on_time_rate();
  o["on_time_rate"] = on_time ? ordered(*on_time) : ordered(nullptr);
  return o;
}

}  // namespace

std::string to_json(const Evaluation& ev, int indent, Lang lang) {
  ordered doc;
  doc["as_of"] = ev.as_of.to_string();
  ordered rows = ordered::array();
  for (const StatusRow& r : ev.rows) rows.push_back(row_json(r, lang));
  doc["rows"] = std::move(rows);
  ordered findings = ordered::array();
  for (const Finding& f : ev.findings) findings.push_back(finding_json(f));
  doc["findings"] = std::move(findings);
  return doc.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string to_json(const PortfolioEvaluation& ev, const Portfolio& portfolio, const WorkCalendar& calendar,
                    bool with_reasons, int indent, Lang lang) {
  ordered doc;
  doc["as_of"] = ev.as_of.to_string();
  ordered plans = ordered::array();
  for (std::size_t p = 0; p < portfolio.size(); ++p) {
    const Plan& plan = portfolio.plan(p);
    ordered o;
    o["plan"] = p;
    o["issuer"] = plan.issuer;
    o["number"] = plan.number ? ordered(plan.number->to_string()) : ordered(nullptr);
    o["issue_date"] = plan.issue_date.to_string();
    const auto level = portfolio.level(p);
    o["level"] = level ? ordered(to_string(*level)) : ordered(nullptr);
    o["title"] = plan.title;
    plans.push_back(std::move(o));
  }
  doc["plans"] = std::move(plans);
  ordered rows = ordered::array();
  for (std::size_t p = 0; p + 1 < ev.plan_first_row.size(); ++p) {
    if (with_reasons) {
      for (const StatusRow& r : ev.plan_detail(portfolio, calendar, p).rows) rows.push_back(row_json(r, lang, p));
      continue;
    }
    const Plan& plan = portfolio.plan(p);
    for (std::size_t i = ev.plan_first_row[p]; i < ev.plan_first_row[p + 1]; ++i) {
      const CompactRow& c = ev.rows[i];
      StatusRow r;
      r.kind = c.kind;
      r.id = c.kind == RowKind::task ? plan.tasks[c.item].id : plan.reporting[c.item].id;
      r.responsible = c.kind == RowKind::task ? plan.tasks[c.item].lead : plan.reporting[c.item].reporter;
      r.occurrence = static_cast<int>(c.occurrence);
      r.status = c.status;
      auto day = [](std::int32_t d) {
        return d == CompactRow::none ? std::optional<Date>() : Date::from_days_since_epoch(d);
      };
      if (c.period_first != CompactRow::none) r.period = DateRange(*day(c.period_first), *day(c.period_last));
      r.due = day(c.due);
      r.done = day(c.done);
      if (c.working_days != CompactRow::none) r.working_days = c.working_days;
      ordered o = row_json(r, lang, p);
      o.erase("reason");
      o.erase("reason_vi");
      o.erase("reason_en");
      rows.push_back(std::move(o));
    }
  }
  doc["rows"] = std::move(rows);
  ordered findings = ordered::array();
  for (const PortfolioFinding& f : ev.findings) {
    findings.push_back(finding_json(f.finding, f.plan));
  }
  doc["findings"] = std::move(findings);
  ordered cascade = ordered::array();
  for (const CascadeItem& c : ev.cascade) {
    ordered o;
    o["upstream_plan"] = c.upstream_plan;
    o["upstream_task"] = c.upstream_task;
    o["downstream_plan"] = c.downstream_plan;
    o["assigned_to"] = c.assigned_to;
    o["downstream_tasks"] = c.downstream_tasks;
    o["match"] = to_string(c.match);
    o["similarity"] = c.similarity;
    cascade.push_back(std::move(o));
  }
  doc["cascade"] = std::move(cascade);
  ordered roll_ups;
  for (RollUpBy by : {RollUpBy::plan, RollUpBy::body, RollUpBy::role, RollUpBy::level}) {
    ordered list = ordered::array();
    for (const RollUp& r : ev.roll_up(portfolio, by, lang)) list.push_back(roll_up_json(r));
    roll_ups[std::string(to_string(by))] = std::move(list);
  }
  doc["roll_ups"] = std::move(roll_ups);
  doc["total"] = roll_up_json(ev.total(lang));
  return doc.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

namespace {

std::string read_whole_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw NotFound("portfolio.file", "a readable file", path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // a byte-order mark from Word
  return text;
}

bool ends_with(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The error `e` with the file's path in front of its location.
[[noreturn]] void rethrow_in(const std::filesystem::path& file, const Error& e) {
  if (const auto* p = dynamic_cast<const ParseError*>(&e)) {
    throw ParseError(p->id(), p->expected(), p->found(), p->where(), file.string() + ": " + p->note());
  }
  throw ValidationError(e.id(), e.expected(), e.found(), e.where(), file.string() + ": " + e.note());
}

}  // namespace

Portfolio load_portfolio(const std::vector<std::string>& paths, std::vector<std::string>* sources) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (const fs::directory_entry& e : fs::directory_iterator(p)) {
        if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
      }
    } else if (fs::is_regular_file(p, ec)) {
      files.push_back(p);
    } else {
      throw NotFound("portfolio.path", "a plan file, an event log or a directory of them", p);
    }
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  std::map<std::string, fs::path> plan_files, event_files;
  std::vector<std::string> names;
  for (const fs::path& f : files) {
    const std::string file = f.filename().string();
    if (ends_with(file, ".events.json")) {
      const std::string name = file.substr(0, file.size() - std::string_view(".events.json").size());
      if (!event_files.emplace(name, f).second) {
        throw ValidationError("portfolio.duplicate_name", "one event log per plan name", f.string());
      }
      continue;
    }
    const std::string name = f.stem().string();
    if (!plan_files.emplace(name, f).second) {
      throw ValidationError("portfolio.duplicate_name", "one plan per file name",
                            f.string() + " and " + plan_files[name].string());
    }
    names.push_back(name);
  }
  for (const auto& [name, f] : event_files) {
    if (plan_files.count(name) == 0) {
      throw ValidationError("portfolio.events_without_plan", "the plan file " + name + ".json among the inputs",
                            f.string());
    }
  }
  Portfolio portfolio;
  for (const std::string& name : names) {
    const fs::path& f = plan_files[name];
    Plan plan;
    EventLog log;
    try {
      plan = load_plan(read_whole_file(f));
    } catch (const NotFound&) {
      throw;
    } catch (const Error& e) {
      rethrow_in(f, e);
    }
    if (const auto it = event_files.find(name); it != event_files.end()) {
      try {
        log = load_events(read_whole_file(it->second));
      } catch (const NotFound&) {
        throw;
      } catch (const Error& e) {
        rethrow_in(it->second, e);
      }
    }
    portfolio.add(std::move(plan), std::move(log));
    if (sources != nullptr) sources->push_back(f.string());
  }
  return portfolio;
}

}  // namespace govplan
