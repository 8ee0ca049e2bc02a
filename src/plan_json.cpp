// Plans as "govplan/1" JSON: see include/govplan/json.hpp and schema/govplan-1.schema.json.

#include <algorithm>
#include <charconv>
#include <exception>
#include <iterator>
#include <system_error>
#include <thread>

#include "govplan/error.hpp"
#include "govplan/json.hpp"
#include "json_support.hpp"

namespace govplan {

using namespace json_support;

namespace json_support {

// ---- parts shared by the plan and event readers and writers ------------------------------------

Party party_at(const json& v, const std::string& pointer) {
  const Object o(v, pointer, "a party");
  o.allow_only({"kind", "name"});
  Party p;
  p.kind = o.enumeration("kind", &parse_party_kind);
  p.name = o.string("name");
  if (p.name.find_first_not_of(" \t\r\n") == std::string::npos) {
    invalid(o.at("name"), "json.empty", "a name", quote(p.name));
  }
  return p;
}

DocumentRef ref_at(const json& v, const std::string& pointer) {
  const Object o(v, pointer, "a document reference");
  o.allow_only({"type", "number", "date", "issuer", "title", "part", "year"});
  std::optional<DocumentType> type;
  if (o.has("type")) type = o.enumeration("type", &parse_document_type);
  std::optional<DocumentNumber> number;
  if (o.has("number")) {
    try {
      number = DocumentNumber::parse(o.string("number"));
    } catch (const Error& e) {
      invalid(o.at("number"), "json.number", "a document number such as 43/KH-UBND",
              quote(o.string("number")), e.what());
    }
  }
  std::optional<Date> date;
  if (o.has("date")) date = o.date("date");
  std::optional<int> year;
  if (o.has("year")) year = static_cast<int>(o.integer("year", 1400, 9999));
  try {
    return DocumentRef(type, number, date, o.optional_string("issuer"), o.optional_string("title"),
                       o.optional_string("part"), year);
  } catch (const Error& e) {
    invalid(pointer, e.id(), e.expected(), e.found(), e.note());
  }
}

ordered party_json(const Party& p) {
  ordered o;
  o["kind"] = to_string(p.kind);
  o["name"] = p.name;
  return o;
}

ordered ref_json(const DocumentRef& r) {
  ordered o = ordered::object();
  if (r.type()) o["type"] = to_string(*r.type());
  if (r.number()) o["number"] = r.number()->to_string();
  if (r.date()) o["date"] = r.date()->to_string();
  if (!r.date() && r.year()) {
    // A year given without a date ("năm 2013") and not implied by the number.
    if (!r.number() || !r.number()->year() || *r.number()->year() != *r.year()) o["year"] = *r.year();
  }
  if (r.issuer()) o["issuer"] = *r.issuer();
  if (r.title()) o["title"] = *r.title();
  if (r.part()) o["part"] = *r.part();
  return o;
}

}  // namespace json_support

namespace {

// ---- reading -------------------------------------------------------------------------------------

// A partial date written "YYYY", "YYYY-MM" or "YYYY-MM-DD".
PartialDate partial_date_at(const json& v, const std::string& pointer) {
  if (!v.is_string()) invalid(pointer, "json.type", "a date written YYYY, YYYY-MM or YYYY-MM-DD", type_name(v));
  const std::string& t = v.get_ref<const std::string&>();
  auto number = [&](std::size_t pos, std::size_t len) -> int {
    int out = 0;
    const char* first = t.data() + pos;
    const auto [ptr, ec] = std::from_chars(first, first + len, out);
    if (ec != std::errc() || ptr != first + len) {
      invalid(pointer, "json.date", "a date written YYYY, YYYY-MM or YYYY-MM-DD", quote(t));
    }
    return out;
  };
  try {
    if (t.size() == 4) return PartialDate(number(0, 4));
    if (t.size() == 7 && t[4] == '-') return PartialDate(number(0, 4), number(5, 2));
    if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
      return PartialDate(number(0, 4), number(5, 2), number(8, 2));
    }
  } catch (const ValidationError& e) {
    invalid(pointer, "json.date", "a real date written YYYY, YYYY-MM or YYYY-MM-DD", quote(t), e.note());
  }
  invalid(pointer, "json.date", "a date written YYYY, YYYY-MM or YYYY-MM-DD", quote(t));
}

DateRange range_at(const json& v, const std::string& pointer) {
  const Object o(v, pointer, "a window {\"from\": …, \"to\": …}");
  o.allow_only({"from", "to"});
  const Date from = o.date("from");
  const Date to = o.date("to");
  if (to < from) {
    invalid(o.at("to"), "json.range", "a last day on or after " + from.to_string(), to.to_string());
  }
  return DateRange(from, to);
}


std::vector<Party> parties_at(const Object& o, std::string_view key) {
  std::vector<Party> out;
  if (!o.has(key)) return out;
  const json& a = o.array(key);
  for (std::size_t i = 0; i < a.size(); ++i) out.push_back(party_at(a[i], o.at(key) + "/" + std::to_string(i)));
  return out;
}

std::vector<std::string> strings_at(const Object& o, std::string_view key) {
  std::vector<std::string> out;
  if (!o.has(key)) return out;
  const json& a = o.array(key);
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!a[i].is_string()) invalid(o.at(key) + "/" + std::to_string(i), "json.type", "a string", type_name(a[i]));
    out.push_back(a[i].get<std::string>());
  }
  return out;
}


// How many months a period of the cadence has (for month_of_period).
int months_of(Cadence c) {
  switch (c) {
    case Cadence::monthly: return 1;
    case Cadence::quarterly: return 3;
    case Cadence::half_yearly: return 6;
    case Cadence::nine_months: return 9;
    case Cadence::yearly: return 12;
    case Cadence::five_yearly: return 60;
    default: return 0;
  }
}

// A day rule (timeframe.hpp, DayRule): its month named one way, weekdays only in weekly rules.
DayRule day_rule_at(const json& v, const std::string& pointer, Cadence cadence) {
  const Object o(v, pointer, "a day rule");
  o.allow_only({"relation", "day", "month", "month_of_period", "months_before_period", "weekdays"});
  DayRule r;
  r.relation = o.enumeration("relation", &parse_due_relation);
  const std::string in_rule = "in a " + std::string(to_string(cadence)) + " rule";
  if (o.has("weekdays")) {
    if (cadence != Cadence::weekly) {
      invalid(o.at("weekdays"), "json.day_rule", "days of the week only in a weekly rule",
              "days of the week " + in_rule);
    }
    for (std::string_view key : {"day", "month", "month_of_period", "months_before_period"}) {
      if (o.has(key)) {
        invalid(o.at(key), "json.day_rule", "no " + quote(key) + " beside \"weekdays\"", quote(key));
      }
    }
    const json& a = o.array("weekdays");
    if (a.empty()) invalid(o.at("weekdays"), "json.size", "one or more days of the week", "none");
    for (std::size_t i = 0; i < a.size(); ++i) {
      const std::string at = o.at("weekdays") + "/" + std::to_string(i);
      const Weekday w = Object::enum_at(a[i], at, &parse_weekday);
      if (!r.weekdays.empty() && w <= r.weekdays.back()) {
        invalid(at, "json.day_rule", "days of the week in week order (Monday first), each once",
                quote(to_string(w)) + " after " + quote(to_string(r.weekdays.back())));
      }
      r.weekdays.push_back(w);
    }
    return r;
  }
  if (cadence == Cadence::weekly) {
    invalid(pointer, "json.day_rule", "a weekly rule with its \"weekdays\"", "a rule without them");
  }
  r.day = static_cast<int>(o.integer("day", 1, 31));
  if (o.has("month")) {
    if (cadence != Cadence::yearly) {
      invalid(o.at("month"), "json.day_rule", "no fixed month except in a yearly rule",
              "a month " + in_rule);
    }
    r.month = static_cast<int>(o.integer("month", 1, 12));
  }
  if (o.has("month_of_period")) {
    // A yearly rule may name a month of the next year: "15/02 của năm sau" is month 14.
    const int months = std::max(1, months_of(cadence)) + (cadence == Cadence::yearly ? 12 : 0);
    r.month_of_period = static_cast<int>(o.integer("month_of_period", -1, months));
  }
  if (o.has("months_before_period")) {
    r.months_before_period = static_cast<int>(o.integer("months_before_period", 1, 12));
  }
  if ((o.has("month") ? 1 : 0) + (o.has("month_of_period") ? 1 : 0) + (o.has("months_before_period") ? 1 : 0) > 1) {
    invalid(pointer, "json.day_rule",
            "the month named one way: \"month\", \"month_of_period\" or \"months_before_period\"",
            "several");
  }
  return r;
}

Offset offset_at(const json& v, const std::string& pointer) {
  const Object o(v, pointer, "an offset");
  o.allow_only({"amount", "unit"});
  Offset off;
  off.amount = static_cast<int>(o.integer("amount", 0, 36500));
  off.unit = o.enumeration("unit", &parse_time_unit);
  return off;
}

Timeframe timeframe_at(const json& v, const std::string& pointer) {
  const Object o(v, pointer, "a timeframe");
  const TimeframeKind kind = o.enumeration("kind", &parse_timeframe_kind);
  std::string text = o.string("text");
  auto window = [&]() -> std::optional<DateRange> {
    if (!o.has("window")) return std::nullopt;
    return range_at(o.get("window"), o.at("window"));
  };
  switch (kind) {
    case TimeframeKind::regular:
      o.allow_only({"kind", "text", "window"});
      return Timeframe(std::move(text), RegularTimeframe{window()});
    case TimeframeKind::due:
      o.allow_only({"kind", "text", "date", "relation"});
      return Timeframe(std::move(text), DueTimeframe{o.date("date"), o.enumeration("relation", &parse_due_relation)});
    case TimeframeKind::within: {
      o.allow_only({"kind", "text", "window", "period"});
      return Timeframe(std::move(text), WithinTimeframe{range_at(o.get("window"), o.at("window")),
                                                        o.enumeration("period", &parse_period_kind)});
    }
    case TimeframeKind::recurring: {
      o.allow_only({"kind", "text", "cadence", "day_rule", "window"});
      RecurringTimeframe r;
      r.cadence = o.enumeration("cadence", &parse_cadence);
      if (r.cadence == Cadence::once || r.cadence == Cadence::ad_hoc) {
        invalid(o.at("cadence"), "json.cadence", "a recurring cadence: weekly, monthly, quarterly, half_yearly, "
                "nine_months, yearly or five_yearly", quote(std::string(to_string(r.cadence))));
      }
      if (o.has("day_rule")) r.day_rule = day_rule_at(o.get("day_rule"), o.at("day_rule"), r.cadence);
      r.window = window();
      return Timeframe(std::move(text), r);
    }
    case TimeframeKind::upstream_schedule: {
      o.allow_only({"kind", "text", "source_bodies", "source_document", "window"});
      UpstreamScheduleTimeframe u;
      u.source_bodies = parties_at(o, "source_bodies");
      if (o.has("source_document")) u.source_document = ref_at(o.get("source_document"), o.at("source_document"));
      u.window = window();
      if (u.source_bodies.empty() && !u.source_document) {
        invalid(pointer, "json.missing_key", "a key \"source_bodies\" or \"source_document\"", "neither");
      }
      return Timeframe(std::move(text), u);
    }
    case TimeframeKind::after_event: {
      o.allow_only({"kind", "text", "trigger", "trigger_by", "offset", "window"});
      AfterEventTimeframe a;
      a.trigger = o.enumeration("trigger", &parse_trigger_kind);
      a.trigger_by = parties_at(o, "trigger_by");
      if (o.has("offset")) a.offset = offset_at(o.get("offset"), o.at("offset"));
      a.window = window();
      return Timeframe(std::move(text), a);
    }
    case TimeframeKind::on_request:
      o.allow_only({"kind", "text", "requested_by"});
      return Timeframe(std::move(text), OnRequestTimeframe{parties_at(o, "requested_by")});
    case TimeframeKind::composite: {
      o.allow_only({"kind", "text", "parts"});
      const json& parts = o.array("parts");
      if (parts.size() < 2) invalid(o.at("parts"), "json.size", "two or more parts", std::to_string(parts.size()));
      CompositeTimeframe c;
      for (std::size_t i = 0; i < parts.size(); ++i) {
        c.parts.push_back(timeframe_at(parts[i], o.at("parts") + "/" + std::to_string(i)));
      }
      return Timeframe(std::move(text), std::move(c));
    }
    case TimeframeKind::unparsed:
      o.allow_only({"kind", "text", "diagnostic"});
      return Timeframe(std::move(text), UnparsedTimeframe{o.string_or("diagnostic", "")});
  }
  invalid(pointer, "json.kind", "a kind of timeframe", "none");
}

// A time limit after a named event (plan.hpp, DueAfterEvent): {"event": …, "offset": {…}}.
DueAfterEvent due_after_event_at(const json& v, const std::string& pointer) {
  const Object o(v, pointer, "a time limit after an event");
  o.allow_only({"event", "offset"});
  DueAfterEvent a;
  a.event = o.string("event");
  if (a.event.find_first_not_of(" \t\r\n") == std::string::npos) {
    invalid(o.at("event"), "json.empty", "the event as the plan names it", quote(a.event));
  }
  a.offset = offset_at(o.get("offset"), o.at("offset"));
  return a;
}

ReportDue report_due_at(const json& v, const std::string& pointer, Cadence cadence) {
  const Object o(v, pointer, "a due rule");
  o.allow_only({"text", "day_rule", "after_cutoff", "date", "relation", "after_event"});
  ReportDue d;
  d.text = o.string_or("text", "");
  if (o.has("day_rule")) d.day_rule = day_rule_at(o.get("day_rule"), o.at("day_rule"), cadence);
  if (o.has("after_cutoff")) d.after_cutoff = offset_at(o.get("after_cutoff"), o.at("after_cutoff"));
  if (o.has("date")) d.on_date = DueTimeframe{o.date("date"), o.enumeration("relation", &parse_due_relation)};
  if (o.has("after_event")) d.after_event = due_after_event_at(o.get("after_event"), o.at("after_event"));
  const int kinds = (d.day_rule ? 1 : 0) + (d.after_cutoff ? 1 : 0) + (d.on_date ? 1 : 0) + (d.after_event ? 1 : 0);
  if (kinds != 1) {
    invalid(pointer, "json.due",
            "exactly one of \"day_rule\", \"after_cutoff\", \"date\" and \"after_event\"",
            kinds == 0 ? "none" : "several");
  }
  if (!d.on_date && o.has("relation")) {
    invalid(o.at("relation"), "json.unknown_key", "\"relation\" only beside \"date\"", "\"relation\"");
  }
  return d;
}

std::vector<ReportDue> dues_at(const Object& o, std::string_view key, Cadence cadence) {
  std::vector<ReportDue> out;
  if (!o.has(key)) return out;
  const json& a = o.array(key);
  for (std::size_t i = 0; i < a.size(); ++i) out.push_back(report_due_at(a[i], o.at(key) + "/" + std::to_string(i), cadence));
  return out;
}

ReportingObligation reporting_at(const json& v, const std::string& pointer) {
  const Object o(v, pointer, "a reporting obligation");
  o.allow_only({"id", "text", "reporter", "recipient", "intermediary", "cadence", "due", "cutoff",
                "integrated_into"});
  ReportingObligation r;
  r.id = o.string("id");
  r.text = o.string_or("text", "");
  if (o.has("reporter")) r.reporter = party_at(o.get("reporter"), o.at("reporter"));
  if (o.has("recipient")) r.recipient = party_at(o.get("recipient"), o.at("recipient"));
  if (o.has("intermediary")) r.intermediary = party_at(o.get("intermediary"), o.at("intermediary"));
  if (o.has("cadence")) r.cadence = o.enumeration("cadence", &parse_cadence);
  r.due = dues_at(o, "due", r.cadence);
  r.cutoff = o.enumeration("cutoff", &parse_cutoff_policy);
  if (o.has("integrated_into")) {
    const Object s(o.get("integrated_into"), o.at("integrated_into"), "a report stream");
    s.allow_only({"name", "cadence", "due", "regime"});
    ReportStream stream;
    stream.name = s.string("name");
    stream.cadence = s.enumeration("cadence", &parse_cadence);
    stream.due = dues_at(s, "due", stream.cadence);
    if (s.has("regime")) stream.regime = ref_at(s.get("regime"), s.at("regime"));
    r.integrated_into = std::move(stream);
    // The stream sets the cadence and due dates: the duty's own would be ignored, so refuse them.
    for (std::string_view key : {"cadence", "due"}) {
      if (o.has(key)) {
        invalid(o.at(key), "json.conflict", "no \"" + std::string(key) + "\" beside \"integrated_into\"",
                "both", "the report stream's cadence and due dates apply");
      }
    }
  } else if (!o.has("cadence")) {
    invalid(pointer, "json.missing_key", "a key \"cadence\" (or \"integrated_into\")", "none");
  }
  return r;
}

Signer signer_at(const json& v, const std::string& pointer) {
  const Object o(v, pointer, "a signer");
  o.allow_only({"authority_lines", "position", "name", "acting"});
  std::vector<SignatureLine> lines;
  if (o.has("authority_lines")) {
    const json& a = o.array("authority_lines");
    for (std::size_t i = 0; i < a.size(); ++i) {
      const Object l(a[i], o.at("authority_lines") + "/" + std::to_string(i), "an authority line");
      l.allow_only({"authority", "text"});
      lines.push_back({l.enumeration("authority", &parse_signature_authority), l.string("text")});
    }
  }
  try {
    return Signer(std::move(lines), o.string("position"), o.optional_string("name"),
                  o.boolean_or("acting", false));
  } catch (const ValidationError& e) {
    invalid(pointer, e.id(), e.expected(), e.found(), e.note());
  }
}

Plan plan_at(const json& doc, const std::string& base) {
  const Object root(doc, base, "a plan document");
  root.allow_only({"schema", "type", "number", "issuer", "level", "place", "issue_date", "date_line", "title",
                   "signer", "recipients", "archive", "implements", "window", "purpose",
                   "requirements", "sections", "tasks", "reporting", "funding", "extensions"});
  const std::string schema = root.string("schema");
  if (schema != plan_schema) invalid(root.at("schema"), "json.schema", quote(plan_schema), quote(schema));
  Plan p;
  p.type = root.enumeration("type", &parse_document_type);
  if (root.has("number")) {
    try {
      p.number = DocumentNumber::parse(root.string("number"));
    } catch (const Error& e) {
      invalid(root.at("number"), "json.number", "a document number such as 43/KH-UBND or /KH-UBND",
              quote(root.string("number")), e.what());
    }
  }
  p.issuer = root.string("issuer");
  if (p.issuer.find_first_not_of(" \t\r\n") == std::string::npos) {
    invalid(root.at("issuer"), "json.empty", "the issuing body", quote(p.issuer));
  }
  if (root.has("level")) p.level = root.enumeration("level", &parse_administrative_level);
  p.place = root.string_or("place", "");
  p.issue_date = partial_date_at(root.get("issue_date"), root.at("issue_date"));
  p.date_line = root.optional_string("date_line");
  p.title = root.string("title");
  if (p.title.find_first_not_of(" \t\r\n") == std::string::npos) {
    invalid(root.at("title"), "json.empty", "a title", quote(p.title));
  }
  if (root.has("signer")) p.signer = signer_at(root.get("signer"), root.at("signer"));
  p.recipients = strings_at(root, "recipients");
  p.archive = strings_at(root, "archive");
  if (root.has("implements")) {
    const json& a = root.array("implements");
    for (std::size_t i = 0; i < a.size(); ++i) {
      p.implements.push_back({ref_at(a[i], root.at("implements") + "/" + std::to_string(i))});
    }
  }
  if (root.has("window")) p.window = range_at(root.get("window"), root.at("window"));
  p.purpose = root.string_or("purpose", "");
  p.requirements = root.string_or("requirements", "");
  if (root.has("sections")) {
    const json& a = root.array("sections");
    for (std::size_t i = 0; i < a.size(); ++i) {
      const Object s(a[i], root.at("sections") + "/" + std::to_string(i), "a section");
      s.allow_only({"id", "title", "text"});
      p.sections.push_back({s.string("id"), s.string_or("title", ""), s.string_or("text", "")});
    }
  }
  const json& tasks = root.array("tasks");
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    const Object t(tasks[i], root.at("tasks") + "/" + std::to_string(i), "a task");
    t.allow_only({"id", "section", "content", "lead", "coordinators", "timeframe", "outputs", "upstream_task"});
    Task task;
    task.id = t.string("id");
    task.section = t.string_or("section", "");
    task.content = t.string("content");
    if (t.has("lead")) task.lead = party_at(t.get("lead"), t.at("lead"));
    task.coordinators = parties_at(t, "coordinators");
    task.timeframe = timeframe_at(t.get("timeframe"), t.at("timeframe"));
    task.outputs = strings_at(t, "outputs");
    task.upstream_task = t.optional_string("upstream_task");
    p.tasks.push_back(std::move(task));
  }
  if (root.has("reporting")) {
    const json& a = root.array("reporting");
    for (std::size_t i = 0; i < a.size(); ++i) {
      p.reporting.push_back(reporting_at(a[i], root.at("reporting") + "/" + std::to_string(i)));
    }
  }
  if (root.has("funding")) {
    const json& a = root.array("funding");
    for (std::size_t i = 0; i < a.size(); ++i) {
      const Object f(a[i], root.at("funding") + "/" + std::to_string(i), "a funding provision");
      f.allow_only({"arranged_by", "sources", "text"});
      Funding funding;
      if (f.has("arranged_by")) funding.arranged_by = party_at(f.get("arranged_by"), f.at("arranged_by"));
      if (f.has("sources")) {
        const json& s = f.array("sources");
        for (std::size_t k = 0; k < s.size(); ++k) {
          funding.sources.push_back(Object::enum_at(s[k], f.at("sources") + "/" + std::to_string(k),
                                                    &parse_funding_source));
        }
      }
      funding.text = f.string_or("text", "");
      p.funding.push_back(std::move(funding));
    }
  }
  if (root.has("extensions")) {
    const json& e = root.get("extensions");
    if (!e.is_object()) invalid(root.at("extensions"), "json.type", "an object", type_name(e));
    p.extensions = e.dump();
  }
  return p;
}

// ---- writing -------------------------------------------------------------------------------------

ordered range_json(DateRange r) {
  ordered o;
  o["from"] = r.first().to_string();
  o["to"] = r.last().to_string();
  return o;
}


ordered parties_json(const std::vector<Party>& ps) {
  ordered a = ordered::array();
  for (const Party& p : ps) a.push_back(party_json(p));
  return a;
}


// A weekday rule has no day (DayRule leaves it at 1); one that has is written as it is, and the
// reader refuses it.
ordered day_rule_json(const DayRule& r) {
  ordered o;
  o["relation"] = to_string(r.relation);
  if (r.weekdays.empty() || r.day != 1) o["day"] = r.day;
  if (r.month) o["month"] = *r.month;
  if (r.month_of_period != 0) o["month_of_period"] = r.month_of_period;
  if (r.months_before_period != 0) o["months_before_period"] = r.months_before_period;
  if (!r.weekdays.empty()) {
    ordered a = ordered::array();
    for (Weekday w : r.weekdays) a.push_back(to_string(w));
    o["weekdays"] = std::move(a);
  }
  return o;
}

ordered offset_json(const Offset& off) {
  ordered o;
  o["amount"] = off.amount;
  o["unit"] = to_string(off.unit);
  return o;
}

ordered timeframe_json(const Timeframe& t) {
  ordered o;
  o["kind"] = to_string(t.kind());
  o["text"] = t.text();
  switch (t.kind()) {
    case TimeframeKind::regular:
      if (t.regular().window) o["window"] = range_json(*t.regular().window);
      break;
    case TimeframeKind::due:
      o["date"] = t.due().date.to_string();
      o["relation"] = to_string(t.due().relation);
      break;
    case TimeframeKind::within:
      o["window"] = range_json(t.within().window);
      o["period"] = to_string(t.within().period);
      break;
    case TimeframeKind::recurring:
      o["cadence"] = to_string(t.recurring().cadence);
      if (t.recurring().day_rule) o["day_rule"] = day_rule_json(*t.recurring().day_rule);
      if (t.recurring().window) o["window"] = range_json(*t.recurring().window);
      break;
    case TimeframeKind::upstream_schedule:
      o["source_bodies"] = parties_json(t.upstream_schedule().source_bodies);
      if (t.upstream_schedule().source_document) o["source_document"] = ref_json(*t.upstream_schedule().source_document);
      if (t.upstream_schedule().window) o["window"] = range_json(*t.upstream_schedule().window);
      break;
    case TimeframeKind::after_event:
      o["trigger"] = to_string(t.after_event().trigger);
      o["trigger_by"] = parties_json(t.after_event().trigger_by);
      if (t.after_event().offset) o["offset"] = offset_json(*t.after_event().offset);
      if (t.after_event().window) o["window"] = range_json(*t.after_event().window);
      break;
    case TimeframeKind::on_request:
      o["requested_by"] = parties_json(t.on_request().requested_by);
      break;
    case TimeframeKind::composite: {
      ordered parts = ordered::array();
      for (const Timeframe& p : t.composite().parts) parts.push_back(timeframe_json(p));
      o["parts"] = std::move(parts);
      break;
    }
    case TimeframeKind::unparsed:
      if (!t.unparsed().diagnostic.empty()) o["diagnostic"] = t.unparsed().diagnostic;
      break;
  }
  return o;
}

ordered dues_json(const std::vector<ReportDue>& dues) {
  ordered a = ordered::array();
  for (const ReportDue& d : dues) {
    ordered o;
    if (!d.text.empty()) o["text"] = d.text;
    if (d.day_rule) o["day_rule"] = day_rule_json(*d.day_rule);
    if (d.after_cutoff) o["after_cutoff"] = offset_json(*d.after_cutoff);
    if (d.on_date) {
      o["date"] = d.on_date->date.to_string();
      o["relation"] = to_string(d.on_date->relation);
    }
    if (d.after_event) {
      ordered e;
      e["event"] = d.after_event->event;
      e["offset"] = offset_json(d.after_event->offset);
      o["after_event"] = std::move(e);
    }
    a.push_back(std::move(o));
  }
  return a;
}

ordered strings_json(const std::vector<std::string>& v) {
  ordered a = ordered::array();
  for (const std::string& s : v) a.push_back(s);
  return a;
}

ordered plan_json(const Plan& p) {
  ordered o;
  o["schema"] = plan_schema;
  o["type"] = to_string(p.type);
  if (p.number) o["number"] = p.number->to_string();
  o["issuer"] = p.issuer;
  if (p.level) o["level"] = to_string(*p.level);
  if (!p.place.empty()) o["place"] = p.place;
  o["issue_date"] = p.issue_date.to_string();
  if (p.date_line) o["date_line"] = *p.date_line;
  o["title"] = p.title;
  if (p.signer) {
    ordered s;
    ordered lines = ordered::array();
    for (const SignatureLine& l : p.signer->authority_lines()) {
      ordered line;
      line["authority"] = to_string(l.authority);
      line["text"] = l.text;
      lines.push_back(std::move(line));
    }
    s["authority_lines"] = std::move(lines);
    s["position"] = p.signer->position();
    if (p.signer->name()) s["name"] = *p.signer->name();
    if (p.signer->is_acting()) s["acting"] = true;
    o["signer"] = std::move(s);
  }
  o["recipients"] = strings_json(p.recipients);
  o["archive"] = strings_json(p.archive);
  ordered impl = ordered::array();
  for (const Implements& i : p.implements) impl.push_back(ref_json(i.document));
  o["implements"] = std::move(impl);
  if (p.window) o["window"] = range_json(*p.window);
  if (!p.purpose.empty()) o["purpose"] = p.purpose;
  if (!p.requirements.empty()) o["requirements"] = p.requirements;
  ordered sections = ordered::array();
  for (const Section& s : p.sections) {
    ordered j;
    j["id"] = s.id;
    if (!s.title.empty()) j["title"] = s.title;
    if (!s.text.empty()) j["text"] = s.text;
    sections.push_back(std::move(j));
  }
  o["sections"] = std::move(sections);
  ordered tasks = ordered::array();
  for (const Task& t : p.tasks) {
    ordered j;
    j["id"] = t.id;
    if (!t.section.empty()) j["section"] = t.section;
    j["content"] = t.content;
    if (t.lead) j["lead"] = party_json(*t.lead);
    j["coordinators"] = parties_json(t.coordinators);
    j["timeframe"] = timeframe_json(t.timeframe);
    j["outputs"] = strings_json(t.outputs);
    if (t.upstream_task) j["upstream_task"] = *t.upstream_task;
    tasks.push_back(std::move(j));
  }
  o["tasks"] = std::move(tasks);
  ordered reporting = ordered::array();
  for (const ReportingObligation& r : p.reporting) {
    ordered j;
    j["id"] = r.id;
    if (!r.text.empty()) j["text"] = r.text;
    if (r.reporter) j["reporter"] = party_json(*r.reporter);
    if (r.recipient) j["recipient"] = party_json(*r.recipient);
    if (r.intermediary) j["intermediary"] = party_json(*r.intermediary);
    if (!r.integrated_into) {
      j["cadence"] = to_string(r.cadence);
      j["due"] = dues_json(r.due);
    }
    j["cutoff"] = to_string(r.cutoff);
    if (r.integrated_into) {
      ordered s;
      s["name"] = r.integrated_into->name;
      s["cadence"] = to_string(r.integrated_into->cadence);
      s["due"] = dues_json(r.integrated_into->due);
      if (r.integrated_into->regime) s["regime"] = ref_json(*r.integrated_into->regime);
      j["integrated_into"] = std::move(s);
    }
    reporting.push_back(std::move(j));
  }
  o["reporting"] = std::move(reporting);
  ordered funding = ordered::array();
  for (const Funding& f : p.funding) {
    ordered j;
    if (f.arranged_by) j["arranged_by"] = party_json(*f.arranged_by);
    ordered sources = ordered::array();
    for (FundingSource s : f.sources) sources.push_back(to_string(s));
    j["sources"] = std::move(sources);
    if (!f.text.empty()) j["text"] = f.text;
    funding.push_back(std::move(j));
  }
  o["funding"] = std::move(funding);
  // Extensions keep their content; written with sorted keys (canonical).
  json extensions;
  try {
    extensions = json::parse(p.extensions);
  } catch (const json::exception&) {
    throw ValidationError("plan.extensions", "extensions as the text of a JSON object", quote(p.extensions));
  }
  if (!extensions.is_object()) {
    throw ValidationError("plan.extensions", "extensions as the text of a JSON object", quote(p.extensions));
  }
  o["extensions"] = ordered::parse(extensions.dump());
  return o;
}

}  // namespace

Plan load_plan(std::string_view json_text) { return plan_at(parse_text(json_text), ""); }

std::string to_json(const Timeframe& timeframe, int indent) {
  return timeframe_json(timeframe).dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string dump_plan(const Plan& plan) { return plan_json(plan).dump(2, ' ', false, json::error_handler_t::replace) + "\n"; }

namespace {

// The plans of the lines of `text`, the first of which is line `line_no` of the file.
std::vector<Plan> load_lines(std::string_view text, std::size_t line_no) {
  std::vector<Plan> out;
  --line_no;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    ++line_no;
    start = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    try {
      out.push_back(load_plan(line));
    } catch (const ParseError& e) {
      const std::string note = "line " + std::to_string(line_no) + (e.note().empty() ? "" : "; " + e.note());
      if (e.where().line()) {
        // A syntax error: the line of the file, the column inside it.
        throw ParseError(e.id(), e.expected(), e.found(),
                         Location::in_text(line_no, e.where().column().value_or(1)), e.note());
      }
      throw ParseError(e.id(), e.expected(), e.found(), e.where(), note);
    }
  }
  return out;
}

}  // namespace

std::vector<Plan> load_plans_jsonl(std::string_view text) {
  // Large files are read by as many threads as the machine has cores, each taking a run of whole
  // lines; the result and the error reported (the first in the file) do not depend on it.
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  constexpr std::size_t min_chunk = 4u << 20;
  const std::size_t chunks = std::min<std::size_t>(cores, text.size() / min_chunk);
  if (chunks <= 1) return load_lines(text, 1);

  struct Chunk {
    std::string_view text;
    std::size_t first_line = 1;
    std::vector<Plan> plans;
    std::exception_ptr error;
  };
  std::vector<Chunk> parts;
  std::size_t start = 0, line = 1;
  for (std::size_t k = 0; k < chunks && start < text.size(); ++k) {
    std::size_t end = k + 1 == chunks ? text.size() : std::max(start, text.size() * (k + 1) / chunks);
    end = end >= text.size() ? text.size() : text.find('\n', end);
    end = end == std::string_view::npos ? text.size() : end + 1;
    Chunk c;
    c.text = text.substr(start, end - start);
    c.first_line = line;
    line += static_cast<std::size_t>(std::count(c.text.begin(), c.text.end(), '\n'));
    parts.push_back(std::move(c));
    start = end;
  }
  std::vector<std::thread> threads;
  for (std::size_t k = 1; k < parts.size(); ++k) {
    auto work = [&chunk = parts[k]] {
      try {
        chunk.plans = load_lines(chunk.text, chunk.first_line);
      } catch (...) {
        chunk.error = std::current_exception();
      }
    };
    try {
      threads.emplace_back(work);
    } catch (const std::system_error&) {
      work();  // no thread to be had: read this chunk here
    }
  }
  try {
    parts[0].plans = load_lines(parts[0].text, parts[0].first_line);
  } catch (...) {
    parts[0].error = std::current_exception();
  }
  for (std::thread& t : threads) t.join();
  std::vector<Plan> out;
  for (Chunk& c : parts) {
    if (c.error) std::rethrow_exception(c.error);
    std::move(c.plans.begin(), c.plans.end(), std::back_inserter(out));
  }
  return out;
}

std::string to_json(const std::vector<Finding>& findings, int indent) {
  ordered a = ordered::array();
  for (const Finding& f : findings) {
    ordered o;
    o["code"] = f.code();
    o["severity"] = to_string(f.severity());
    o["subject"] = f.subject();
    o["rule"] = f.rule();
    o["message_vi"] = f.message(Lang::vi);
    o["message_en"] = f.message(Lang::en);
    a.push_back(std::move(o));
  }
  return a.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace govplan
