// JSON documents: see include/govplan/json.hpp.

#include "govplan/json.hpp"

#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "govplan/error.hpp"

namespace govplan {

namespace {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

// JSON pointer escaping (RFC 6901).
std::string escape_token(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case json::value_t::string: return "the string " + quote(v.get<std::string>());
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "the number " + v.dump();
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    default: return "a value of another type";
  }
}

[[noreturn]] void invalid(const std::string& pointer, std::string id, std::string expected,
                          std::string found, std::string note = {}) {
  throw ValidationError(std::move(id), std::move(expected), std::move(found),
                        Location::at_pointer(pointer.empty() ? "/" : pointer), std::move(note));
}

// Read access to one JSON object with its pointer; checks for unknown keys.
class Object {
 public:
  Object(const json& value, std::string pointer, std::string_view what) : v_(value), p_(std::move(pointer)) {
    if (!v_.is_object()) invalid(p_, "json.type", std::string(what) + " (an object)", type_name(v_));
  }

  void allow_only(std::initializer_list<std::string_view> keys) const {
    const std::set<std::string_view> allowed(keys);
    for (const auto& [key, value] : v_.items()) {
      if (!allowed.contains(key)) {
        std::string list;
        for (std::string_view k : keys) list += (list.empty() ? "" : ", ") + std::string(k);
        invalid(at(key), "json.unknown_key", "one of the keys " + list, quote(key));
      }
    }
  }

  bool has(std::string_view key) const { return v_.contains(key); }
  std::string at(std::string_view key) const { return p_ + "/" + escape_token(key); }
  const json& get(std::string_view key) const {
    if (!v_.contains(key)) invalid(p_, "json.missing_key", "a key " + quote(key), "none");
    return v_.at(std::string(key));
  }

  std::string string(std::string_view key) const {
    const json& v = get(key);
    if (!v.is_string()) invalid(at(key), "json.type", "a string", type_name(v));
    return v.get<std::string>();
  }
  std::string string_or(std::string_view key, std::string fallback) const {
    return has(key) ? string(key) : fallback;
  }
  int integer(std::string_view key) const {
    const json& v = get(key);
    if (!v.is_number_integer()) invalid(at(key), "json.type", "an integer", type_name(v));
    const auto n = v.get<long long>();
    if (n < -100000 || n > 100000) invalid(at(key), "json.range", "a year", v.dump());
    return static_cast<int>(n);
  }
  Date date(std::string_view key) const {
    const std::string text = string(key);
    try {
      if (text.size() != 10 || text[4] != '-' || text[7] != '-') throw ParseError("", "", "");
      return parse_date(text);
    } catch (const Error& e) {
      invalid(at(key), "json.date", "a date written YYYY-MM-DD", quote(text),
              e.id().empty() ? std::string{} : e.what());
    }
  }
  template <typename E>
  E enumeration(std::string_view key, E (*parse)(std::string_view)) const {
    const std::string text = string(key);
    try {
      return parse(text);
    } catch (const Error& e) {
      invalid(at(key), e.id(), e.expected(), e.found());
    }
  }

  const json& value() const { return v_; }
  const std::string& pointer() const { return p_; }

 private:
  const json& v_;
  std::string p_;
};

json parse_text(std::string_view text) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    // e.byte is the 1-based offset of the offending byte; turn it into line and column
    // (columns count characters, not bytes).
    const std::size_t end = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < end; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        ++column;
      }
    }
    std::string message = e.what();
    if (const auto pos = message.find(": "); pos != std::string::npos) message = message.substr(pos + 2);
    throw ParseError("json.syntax", "well-formed JSON",
                     end < text.size() ? quote(text.substr(end, 20)) : "the end of the text",
                     Location::in_text(line, column), message);
  }
}

}  // namespace

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
    e.occasion_year = d.integer("occasion_year");
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
  try {
    return HolidaySchedules(std::move(entries), verified_through);
  } catch (const ValidationError& e) {
    // The entry is named in the note ("entry 3 (2027-02-05)"): point at /days.
    invalid(root.at("days"), e.id(), e.expected(), e.found(), e.note());
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
  return doc.dump(indent) + "\n";
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
  return doc.dump(indent) + "\n";
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
  return doc.dump(indent) + "\n";
}

}  // namespace govplan
