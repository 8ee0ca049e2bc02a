// JSON documents: see include/govplan/json.hpp.

#include "govplan/json.hpp"

#include <map>
#include <set>

#include "govplan/error.hpp"
#include "json_support.hpp"

namespace govplan {

using namespace json_support;

HolidaySchedules parse_holiday_schedules(std::string_view json_text) {
  const json doc = parse_text(json_text);
  const Object root(doc, "", "a holiday schedules document");
  root.allow_only({"format", "verified_through", "documents", "days"});
  const std::string format = root.string("format");
  if (format != holiday_schedules_format) {
    invalid(root.at("format"), "json.format", quote(holiday_schedules_format), quote(format));
  }
  const Date verified_through = root.date("verified_through");

  std::map<std::string, LegalSource> documents;
  const json& docs = root.get("documents");
  const Object docs_object(docs, root.at("documents"), "documents by key");
  for (const auto& [key, value] : docs.items()) {
    const Object d(value, docs_object.at(key), "a document");
    d.allow_only({"document", "date", "issuer", "status", "url", "note"});
    LegalSource s;
    s.document = d.string("document");
    if (s.document.empty()) invalid(d.at("document"), "json.empty", "a document name", "\"\"");
    if (d.has("date")) s.date = d.date("date");
    s.issuer = d.string_or("issuer", "");
    s.status = d.enumeration("status", &parse_source_status);
    s.url = d.string_or("url", "");
    s.note = d.string_or("note", "");
    documents.emplace(key, std::move(s));
  }

  std::vector<ScheduleEntry> entries;
  const json& days = root.get("days");
  if (!days.is_array()) invalid(root.at("days"), "json.type", "an array of days", type_name(days));
  for (std::size_t i = 0; i < days.size(); ++i) {
    const Object d(days[i], root.at("days") + "/" + std::to_string(i), "a day");
    d.allow_only({"date", "kind", "occasion", "occasion_year", "sector", "document", "paired_with",
                  "note"});
    ScheduleEntry e;
    e.date = d.date("date");
    e.kind = d.enumeration("kind", &parse_day_kind);
    e.occasion = d.enumeration("occasion", &parse_occasion);
    e.occasion_year = static_cast<int>(d.integer("occasion_year", 1400, 9999));
    e.sector = d.has("sector") ? d.enumeration("sector", &parse_sector) : Sector::civil_service;
    const std::string key = d.string("document");
    const auto it = documents.find(key);
    if (it == documents.end()) {
      std::string known;
      for (const auto& [k, v] : documents) known += (known.empty() ? "" : ", ") + k;
      invalid(d.at("document"), "json.unknown_document",
              "the key of a document in /documents" + (known.empty() ? "" : " (" + known + ")"),
              quote(key));
    }
    e.source = it->second;
    if (d.has("paired_with")) e.paired_with = d.date("paired_with");
    e.note = d.string_or("note", "");
    entries.push_back(std::move(e));
  }
  // Two entries for one day and sector: name both by their place in the file.
  std::map<Date, std::vector<std::size_t>> by_date;
  for (std::size_t j = 0; j < entries.size(); ++j) {
    std::vector<std::size_t>& same_day = by_date[entries[j].date];
    for (std::size_t i : same_day) {
      const ScheduleEntry& a = entries[i];
      const ScheduleEntry& b = entries[j];
      if (a.source.status == b.source.status &&
          (a.sector == b.sector || a.sector == Sector::all_employees ||
           b.sector == Sector::all_employees)) {
        throw ValidationError("schedule.duplicate", "one entry per day and sector",
                              "a second entry for " + b.date.to_string(),
                              Location::at_pointer(root.at("days") + "/" + std::to_string(j)),
                              "the first is " + root.at("days") + "/" + std::to_string(i));
      }
    }
    same_day.push_back(j);
  }
  try {
    return HolidaySchedules(std::move(entries), verified_through);
  } catch (const ValidationError& e) {
    // The entry is named in the note ("entry 3 (2027-02-05)"): point at /days.
    throw ValidationError(e.id(), e.expected(), e.found(), Location::at_pointer(root.at("days")),
                          e.note());
  }
}

std::string to_json(const HolidaySchedules& schedules, int indent) {
  ordered doc;
  doc["format"] = holiday_schedules_format;
  doc["verified_through"] = schedules.verified_through().to_string();
  // One document entry per distinct source, keyed by its position of first use.
  std::vector<LegalSource> sources;
  auto key_of = [&](const LegalSource& s) {
    for (std::size_t i = 0; i < sources.size(); ++i) {
      if (sources[i] == s) return "d" + std::to_string(i + 1);
    }
    sources.push_back(s);
    return "d" + std::to_string(sources.size());
  };
  ordered days = ordered::array();
  for (const ScheduleEntry& e : schedules.entries()) {
    ordered d;
    d["date"] = e.date.to_string();
    d["kind"] = to_string(e.kind);
    d["occasion"] = to_string(e.occasion);
    d["occasion_year"] = e.occasion_year;
    d["sector"] = to_string(e.sector);
    d["document"] = key_of(e.source);
    if (e.paired_with) d["paired_with"] = e.paired_with->to_string();
    if (!e.note.empty()) d["note"] = e.note;
    days.push_back(std::move(d));
  }
  ordered docs = ordered::object();
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const LegalSource& s = sources[i];
    ordered d;
    d["document"] = s.document;
    if (s.date) d["date"] = s.date->to_string();
    if (!s.issuer.empty()) d["issuer"] = s.issuer;
    d["status"] = to_string(s.status);
    if (!s.url.empty()) d["url"] = s.url;
    if (!s.note.empty()) d["note"] = s.note;
    docs["d" + std::to_string(i + 1)] = std::move(d);
  }
  doc["documents"] = std::move(docs);
  doc["days"] = std::move(days);
  return doc.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

namespace {

ordered source_json(const LegalSource& s) {
  ordered d;
  d["document"] = s.document;
  d["date"] = s.date ? ordered(s.date->to_string()) : ordered(nullptr);
  d["issuer"] = s.issuer;
  d["status"] = to_string(s.status);
  d["url"] = s.url;
  d["note"] = s.note;
  return d;
}

ordered day_json(const CalendarDay& c) {
  ordered d;
  d["date"] = c.date.to_string();
  d["weekday"] = to_string(c.date.weekday());
  d["kind"] = to_string(c.kind);
  d["occasion"] = to_string(c.occasion);
  d["name_vi"] = c.name_vi;
  d["name_en"] = c.name_en;
  d["working_day"] = c.is_working_day();
  d["paired_with"] = c.paired_with ? ordered(c.paired_with->to_string()) : ordered(nullptr);
  d["source"] = source_json(c.source);
  return d;
}

}  // namespace

std::string to_json(const YearSummary& s, int indent) {
  ordered doc;
  doc["year"] = s.year;
  doc["sector"] = to_string(s.sector);
  doc["verified_through"] = s.verified_through.to_string();
  doc["working_days"] = s.working_days;
  doc["weekdays_off"] = s.weekdays_off;
  doc["working_days_by_month"] = s.working_days_by_month;
  ordered off = ordered::array();
  for (const CalendarDay& c : s.days_off) off.push_back(day_json(c));
  doc["days_off"] = std::move(off);
  ordered worked = ordered::array();
  for (const CalendarDay& c : s.working_weekend_days) worked.push_back(day_json(c));
  doc["working_weekend_days"] = std::move(worked);
  return doc.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string to_json(const TimeLimit& t, int indent) {
  ordered doc;
  doc["start"] = t.start.to_string();
  doc["amount"] = t.amount;
  doc["unit"] = to_string(t.unit);
  doc["first_counted"] = t.first_counted.to_string();
  doc["nominal_end"] = t.nominal_end.to_string();
  doc["end"] = t.end.to_string();
  ordered rules = ordered::array();
  for (const AppliedRule& r : t.rules) {
    ordered j;
    j["article"] = r.article;
    j["text_vi"] = r.text_vi;
    j["text_en"] = r.text_en;
    rules.push_back(std::move(j));
  }
  doc["rules"] = std::move(rules);
  return doc.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace govplan
