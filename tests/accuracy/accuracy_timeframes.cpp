// accuracy_timeframes CORPUS_DIR [--check] [--all]
//
// Measures govplan::parse_timeframe() on CORPUS_DIR/timeframes.jsonl (labels: see the corpus
// README). Each record's `text` is parsed with PhraseContext{year = issue_year} and nothing else
// (the corpus gives no plan window); a record whose issue_year is null is parsed with year 2000,
// so it can only match if the phrase carries its own year.
//
// Records are *firm* unless a `doubt` appears anywhere in them (on the record, its label or one
// of its parts); doubtful records are softer targets and are reported on their own. The overall
// exact-match rate is computed on the firm records; with --check the program exits 1 when it is
// below 95 %. Every record that does not match is listed with the reason (--all lists matches
// too).
//
// What "exact" means, per labelled kind (the kind must always be the same):
//   regular            the window, when the label has one; without one, the parse has none.
//   due                the date (`due`, as written). The label has no before/by, so the
//                      relation is not compared.
//   within             both ends of the window. A label without both ends cannot match.
//   recurring          the cadence (`frequency`: annual → yearly, semiannual → half_yearly,
//                      quarterly, monthly, weekly, five_year → five_yearly, periodic → ad_hoc —
//                      the parser's way of saying "the reporting period's cadence, not named in
//                      the phrase"), no window (labels carry none), and the day rule: see below.
//   upstream_schedule  each labelled `source_body` among the source bodies (Party::key), and,
//                      if labelled, `source_doc` found in the parsed citation (its text or its
//                      number).
//   after_event        the trigger, `trigger_by` as a set of names (Party::key; absent = none),
//                      and the offset ("N days" / "N working days" / "N hours" / …; absent = no
//                      offset).
//   on_request         `trigger_by` against the parties that may ask (absent = none).
//   composite          as many parts, each matching in order.
//
// Day rules are plain English in the labels. They are compared by what they mean: the nominal
// due dates they give for every period of the cadence in 2023–2024, and the before/by relation
// ("before" → before; "on", "on or before", "within", "window" → by). The parsed rule's dates
// come from govplan::resolve() over that window; the label's from this mapping:
//   "before 15/12", "on or before 30/7", "on 10/10"        that day each year;
//   "… of the following / next / year after the … year",
//   "… of the next fiscal year"                              that day in the next year;
//   "… of the plan / reporting year"                         that day in the same year;
//   "… of the year before …"                                 the year before;
//   "before 15/6 and before 15/12" (a list)                  each day;
//   "within Q2 (01/04 .. 30/06)", "within July",
//   "window 28/6 .. 27/7"                                    the last day (the model keeps a
//                                                            recurring window as its end);
//   "day N of each month" / "of the following month" /
//   "of the month after …"                                   day N of each month / of the next;
//   "day N of the last month of the quarter / the reporting
//   period"                                                  day N of the period's last month;
//   "day N of the month immediately before the … quarter"    day N of the month before each
//                                                            period;
//   days of the week ("Friday late afternoon", "Saturday
//   and Sunday", "3 times a week: Tuesday, Thursday,
//   Sunday")                                                 each of those days in the
//                                                            reference years (a count of times
//                                                            must match the days named; the
//                                                            time of day is finer than a date);
//   a label that names no day ("fixed weekdays (see …)",
//   null)                                                    no day rule at all;
//   anything else                                            unmappable: the record cannot
//                                                            match.
// A fixed day under a cadence shorter than a year stands for the same place in each period: in
// the last month of the period it closes, or in the month after (the convention import_timeframe
// documents); a day that is its month's last day means the last day of each such month. For the
// ad_hoc cadence (periodic, cadence not named) the rule's day, relation and month are compared
// directly.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/error.hpp"
#include "govplan/import.hpp"
#include "govplan/timeframe.hpp"

using govplan::Cadence;
using govplan::Date;
using govplan::DateRange;
using govplan::DueRelation;
using govplan::Timeframe;
using govplan::TimeframeKind;
using nlohmann::json;

namespace {

constexpr int kFirstYear = 2023;
constexpr int kLastYear = 2024;

std::string key_of(const std::string& name) { return govplan::Party{govplan::PartyKind::body, name}.key(); }

bool has_doubt(const json& j) {
  if (j.is_object()) {
    if (j.contains("doubt")) return true;
    for (const auto& [k, v] : j.items()) {
      if (has_doubt(v)) return true;
    }
  } else if (j.is_array()) {
    for (const auto& v : j) {
      if (has_doubt(v)) return true;
    }
  }
  return false;
}

std::optional<Date> iso(const json& j) {
  if (!j.is_string()) return std::nullopt;
  const std::string s = j.get<std::string>();
  int y = 0, m = 0, d = 0;
  if (std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return std::nullopt;
  return Date(y, m, d);
}

std::string describe(const Timeframe& t);

std::string describe_rule(const std::optional<govplan::DayRule>& r) {
  if (!r) return "no day rule";
  std::string s = std::string(govplan::to_string(r->relation)) + " day " + std::to_string(r->day);
  if (r->month) s += " month " + std::to_string(*r->month);
  if (!r->weekdays.empty()) {
    s = std::string(govplan::to_string(r->relation)) + " on";
    for (govplan::Weekday w : r->weekdays) s += " " + std::string(govplan::to_string(w));
    return s;
  }
  if (r->months_before_period != 0) {
    return s + " months_before_period " + std::to_string(r->months_before_period);
  }
  if (r->month_of_period != 0 || !r->month) s += " month_of_period " + std::to_string(r->month_of_period);
  return s;
}

std::string describe(const Timeframe& t) {
  std::ostringstream o;
  o << govplan::to_string(t.kind());
  switch (t.kind()) {
    case TimeframeKind::regular:
      if (t.regular().window) o << " " << *t.regular().window;
      break;
    case TimeframeKind::due:
      o << " " << govplan::to_string(t.due().relation) << " " << t.due().date;
      break;
    case TimeframeKind::within:
      o << " " << t.within().window << " (" << govplan::to_string(t.within().period) << ")";
      break;
    case TimeframeKind::recurring:
      o << " " << govplan::to_string(t.recurring().cadence) << ", "
        << describe_rule(t.recurring().day_rule);
      if (t.recurring().window) o << ", window " << *t.recurring().window;
      break;
    case TimeframeKind::upstream_schedule:
      for (const auto& p : t.upstream_schedule().source_bodies) o << " [" << p.name << "]";
      if (t.upstream_schedule().source_document) {
        o << " doc " << t.upstream_schedule().source_document->to_string();
      }
      break;
    case TimeframeKind::after_event: {
      const auto& e = t.after_event();
      o << " " << govplan::to_string(e.trigger);
      for (const auto& p : e.trigger_by) o << " [" << p.name << "]";
      if (e.offset) o << " offset " << e.offset->amount << " " << govplan::to_string(e.offset->unit);
      if (e.window) o << " window " << *e.window;
      break;
    }
    case TimeframeKind::on_request:
      for (const auto& p : t.on_request().requested_by) o << " [" << p.name << "]";
      break;
    case TimeframeKind::composite:
      o << " {";
      for (std::size_t i = 0; i < t.composite().parts.size(); ++i) {
        o << (i ? "; " : "") << describe(t.composite().parts[i]);
      }
      o << "}";
      break;
    case TimeframeKind::unparsed: o << ": " << t.unparsed().diagnostic; break;
  }
  return o.str();
}

// ---- day rules in plain English ----------------------------------------------------------------

struct LabelRule {
  enum class Form { none, fixed, month_day, weekdays, unmappable } form = Form::none;
  DueRelation relation = DueRelation::by;
  struct Fixed {
    int day = 1;
    int month = 1;
    int years_after = 0;
  };
  std::vector<Fixed> fixed;  ///< Form::fixed
  int day = 1;               ///< Form::month_day
  int month_of_period = 0;   ///< Form::month_day: 0 this/last month, −1 the next
  int months_before = 0;     ///< Form::month_day: 1 = the month before the period
  std::vector<govplan::Weekday> weekdays;  ///< Form::weekdays
  std::string why;           ///< Form::unmappable
};

int month_number(const std::string& word) {
  static const char* names[] = {"january", "february", "march", "april", "may", "june", "july",
                                "august", "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (word == names[m]) return m + 1;
  }
  return 0;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

LabelRule label_rule(const json& j) {
  LabelRule r;
  if (!j.is_string()) return r;  // null or absent: no day rule
  std::string s = lower(j.get<std::string>());
  const auto starts = [&](const std::string& p) {
    if (s.rfind(p, 0) != 0) return false;
    s = s.substr(p.size());
    return true;
  };
  const auto unmappable = [&](std::string why) {
    r.form = LabelRule::Form::unmappable;
    r.why = std::move(why);
    return r;
  };
  static const char* weekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday"};
  for (int w = 0; w < 7; ++w) {
    if (s.find(weekdays[w]) != std::string::npos) {
      r.weekdays.push_back(static_cast<govplan::Weekday>(w + 1));
    }
  }
  if (!r.weekdays.empty()) {
    int times = 0;
    if (std::sscanf(s.c_str(), "%d times a week", &times) == 1 &&
        times != static_cast<int>(r.weekdays.size())) {
      return unmappable("the count of times and the days named disagree");
    }
    r.form = LabelRule::Form::weekdays;
    r.relation = s.rfind("before ", 0) == 0 ? DueRelation::before : DueRelation::by;
    return r;
  }
  if (s.find("weekday") != std::string::npos || s.find("times a") != std::string::npos) {
    if (s.find_first_of("0123456789") == std::string::npos && s.find("times a") == std::string::npos) {
      return r;  // names no day: no day rule
    }
    return unmappable("a weekday rule naming no day");
  }
  if (starts("on or before ")) {
    r.relation = DueRelation::by;
  } else if (starts("before ")) {
    r.relation = DueRelation::before;
  } else if (starts("on ") || starts("within ") || starts("window ")) {
    r.relation = DueRelation::by;
  } else {
    return unmappable("unknown day rule form");
  }
  // Day N of a month relative to the period.
  int n = 0;
  int used = 0;
  if (std::sscanf(s.c_str(), "day %d%n", &n, &used) == 1) {
    const std::string rest = s.substr(static_cast<std::size_t>(used));
    r.form = LabelRule::Form::month_day;
    r.day = n;
    if (rest.find("immediately before") != std::string::npos ||
        rest.find("month before") != std::string::npos) {
      r.months_before = 1;
      return r;
    }
    if (rest.find("following month") != std::string::npos ||
        rest.find("month after") != std::string::npos) {
      r.month_of_period = -1;
    } else if (rest.find("each month") != std::string::npos ||
               rest.find("last month of") != std::string::npos) {
      r.month_of_period = 0;
    } else {
      return unmappable("unknown month of the period");
    }
    return r;
  }
  // Quarters and months named, windows: their last day.
  int q = 0;
  if (std::sscanf(s.c_str(), "q%d", &q) == 1 && q >= 1 && q <= 4) {
    r.form = LabelRule::Form::fixed;
    r.fixed.push_back({govplan::days_in_month(2023, 3 * q), 3 * q, 0});
    return r;
  }
  if (const int m = month_number(s.substr(0, s.find(' '))); m != 0) {
    r.form = LabelRule::Form::fixed;
    r.fixed.push_back({govplan::days_in_month(2024, m), m, 0});
    return r;
  }
  if (const std::size_t dots = s.find(".."); dots != std::string::npos) {
    s = s.substr(dots + 2);
    while (!s.empty() && s[0] == ' ') s.erase(0, 1);
  }
  // A list of days of the year: "15/6 and before 15/12", "31/01 of the following year".
  r.form = LabelRule::Form::fixed;
  std::size_t pos = 0;
  while (pos < s.size()) {
    int d = 0, m = 0, len = 0;
    if (std::sscanf(s.c_str() + pos, "%d/%d%n", &d, &m, &len) != 2) break;
    LabelRule::Fixed f{d, m, 0};
    pos += static_cast<std::size_t>(len);
    const std::string rest = s.substr(pos, s.find(" and ", pos) - pos);
    if (rest.find("year before") != std::string::npos) {
      f.years_after = -1;
    } else if (rest.find("following year") != std::string::npos ||
               rest.find("next year") != std::string::npos ||
               rest.find("year after") != std::string::npos ||
               rest.find("next fiscal year") != std::string::npos) {
      f.years_after = 1;
    }
    r.fixed.push_back(f);
    const std::size_t and_at = s.find(" and ", pos);
    if (and_at == std::string::npos) break;
    pos = and_at + 5;
    if (s.compare(pos, 7, "before ") == 0) pos += 7;
    if (s.compare(pos, 13, "on or before ") == 0) pos += 13;
  }
  if (r.fixed.empty()) return unmappable("no day found");
  return r;
}

int months_per_period(Cadence c) {
  switch (c) {
    case Cadence::monthly: return 1;
    case Cadence::quarterly: return 3;
    case Cadence::half_yearly: return 6;
    case Cadence::nine_months: return 9;
    default: return 12;
  }
}

Date clamped(int year, int month, int day) {
  while (month > 12) {
    month -= 12;
    ++year;
  }
  return Date(year, month, std::min(day, govplan::days_in_month(year, month)));
}

/// The label's nominal due dates for the periods of `c` in the reference years.
std::optional<std::vector<Date>> label_dates(Cadence c, const LabelRule& r, std::string& why) {
  std::vector<Date> out;
  if (r.form == LabelRule::Form::weekdays) {
    if (c != Cadence::weekly) {
      why = "days of the week under another cadence";
      return std::nullopt;
    }
    for (Date d = Date(kFirstYear, 1, 1); d <= Date(kLastYear, 12, 31); d = d.add_days(1)) {
      if (std::find(r.weekdays.begin(), r.weekdays.end(), d.weekday()) != r.weekdays.end()) {
        out.push_back(d);
      }
    }
    return out;
  }
  const int length = months_per_period(c);
  const int per_year = c == Cadence::nine_months ? 1 : 12 / length;
  if (r.form == LabelRule::Form::month_day) {
    for (int y = kFirstYear; y <= kLastYear; ++y) {
      for (int p = 0; p < per_year; ++p) {
        const int first = 1 + p * length;
        const int last = first + length - 1;
        if (r.months_before > 0) {
          const int before = first - r.months_before;  // may be 0 or less: the year before
          out.push_back(before >= 1 ? clamped(y, before, r.day) : clamped(y - 1, before + 12, r.day));
        } else {
          out.push_back(clamped(y, last + (r.month_of_period == -1 ? 1 : 0), r.day));
        }
      }
    }
    return out;
  }
  if (c == Cadence::yearly) {
    for (int y = kFirstYear; y <= kLastYear; ++y) {
      for (const auto& f : r.fixed) out.push_back(clamped(y + f.years_after, f.month, f.day));
    }
    return out;
  }
  // A cadence shorter than a year: the place of each day in the period it closes.
  std::optional<std::pair<int, int>> rule;  // day, month of period (0 or −1 or n)
  for (const auto& f : r.fixed) {
    const int a = 12 * f.years_after + f.month;
    std::optional<int> mop;
    for (int p = 0; p < 2 * per_year && !mop; ++p) {
      if (a == 1 + p * length + length - 1) mop = 0;
    }
    for (int p = 0; p < 2 * per_year && !mop; ++p) {
      if (a == 1 + p * length + length) mop = -1;
    }
    for (int p = 0; p < 2 * per_year && !mop; ++p) {
      const int s = 1 + p * length;
      if (a >= s && a < s + length) mop = a - s + 1;
    }
    if (!mop) {
      why = "a day outside every period";
      return std::nullopt;
    }
    const int day = f.day >= 28 && f.day == govplan::days_in_month(2024, f.month) ? 31 : f.day;
    if (rule && (rule->first != day || rule->second != *mop)) {
      why = "the label's days do not follow one rule of the cadence";
      return std::nullopt;
    }
    rule = std::pair{day, *mop};
  }
  for (int y = kFirstYear; y <= kLastYear; ++y) {
    for (int p = 0; p < per_year; ++p) {
      const int first = 1 + p * length;
      const int last = first + length - 1;
      const int month = rule->second == 0 ? last : rule->second == -1 ? last + 1 : first + rule->second - 1;
      out.push_back(clamped(y, month, rule->first));
    }
  }
  return out;
}

std::optional<Cadence> cadence_of(const std::string& f) {
  if (f == "annual") return Cadence::yearly;
  if (f == "semiannual") return Cadence::half_yearly;
  if (f == "quarterly") return Cadence::quarterly;
  if (f == "monthly") return Cadence::monthly;
  if (f == "weekly") return Cadence::weekly;
  if (f == "five_year") return Cadence::five_yearly;
  if (f == "nine_months") return Cadence::nine_months;
  if (f == "periodic") return Cadence::ad_hoc;
  return std::nullopt;
}

std::string compare(const json& label, const Timeframe& t);

std::string compare_recurring(const json& label, const Timeframe& t) {
  const auto& r = t.recurring();
  const std::string frequency = label.value("frequency", "");
  const auto cadence = cadence_of(frequency);
  if (!cadence) return "the model has no cadence '" + frequency + "'";
  if (*cadence != r.cadence) return "cadence";
  if (r.window) return "the parse has a window the label has not";
  const LabelRule rule = label_rule(label.contains("day_rule") ? label["day_rule"] : json());
  if (rule.form == LabelRule::Form::unmappable) return "day rule not representable: " + rule.why;
  if (rule.form == LabelRule::Form::none) return r.day_rule ? "the parse has a day rule" : "";
  const DueRelation relation = r.day_rule ? r.day_rule->relation : DueRelation::by;
  if (relation != rule.relation) return "before/by";
  if (r.cadence == Cadence::ad_hoc) {
    if (!r.day_rule || rule.form != LabelRule::Form::month_day || r.day_rule->day != rule.day ||
        r.day_rule->month || r.day_rule->month_of_period != rule.month_of_period ||
        r.day_rule->months_before_period != rule.months_before) {
      return "day rule";
    }
    return "";
  }
  std::string why;
  auto expected = label_dates(r.cadence, rule, why);
  if (!expected) return "day rule not representable: " + why;
  static const govplan::WorkCalendar calendar = govplan::WorkCalendar::vietnam();
  const auto resolution = govplan::resolve(t, govplan::Facts{}, calendar,
                                           DateRange(Date(kFirstYear, 1, 1), Date(kLastYear, 12, 31)));
  std::vector<Date> got;
  for (const auto& o : resolution.occurrences) got.push_back(o.nominal_due);
  std::sort(got.begin(), got.end());
  std::sort(expected->begin(), expected->end());
  return got == *expected ? "" : "day rule gives other dates";
}

std::vector<std::string> names(const json& j) {
  std::vector<std::string> out;
  if (j.is_string()) out.push_back(key_of(j.get<std::string>()));
  if (j.is_array()) {
    for (const auto& v : j) {
      if (v.is_string()) out.push_back(key_of(v.get<std::string>()));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> names(const std::vector<govplan::Party>& parties) {
  std::vector<std::string> out;
  for (const auto& p : parties) out.push_back(p.key());
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<govplan::Offset> offset_of(const std::string& s) {
  int n = 0;
  char unit[32] = {0};
  char unit2[32] = {0};
  const int got = std::sscanf(s.c_str(), "%d %31s %31s", &n, unit, unit2);
  if (got < 2) return std::nullopt;
  const std::string u = unit;
  if (u == "working" && std::string(unit2) == "days") return govplan::Offset{n, govplan::TimeUnit::working_days};
  if (u == "days" || u == "day") return govplan::Offset{n, govplan::TimeUnit::days};
  if (u == "weeks") return govplan::Offset{n, govplan::TimeUnit::weeks};
  if (u == "months") return govplan::Offset{n, govplan::TimeUnit::months};
  if (u == "years") return govplan::Offset{n, govplan::TimeUnit::years};
  if (u == "hours" || u == "hour") return govplan::Offset{n, govplan::TimeUnit::hours};
  return std::nullopt;
}

std::string compare(const json& label, const Timeframe& t) {
  const std::string kind = label.value("kind", "");
  if (kind != govplan::to_string(t.kind())) return "kind";
  switch (t.kind()) {
    case TimeframeKind::regular: {
      const auto& w = t.regular().window;
      if (!label.contains("window")) return w ? "the parse has a window the label has not" : "";
      const auto from = iso(label["window"].value("from", json()));
      const auto to = iso(label["window"].value("to", json()));
      if (!w || !from || !to || w->first() != *from || w->last() != *to) return "window";
      return "";
    }
    case TimeframeKind::due: {
      const auto d = iso(label.value("due", json()));
      return d && *d == t.due().date ? "" : "date";
    }
    case TimeframeKind::within: {
      if (!label.contains("window")) return "the label has no window";
      const auto from = iso(label["window"].value("from", json()));
      const auto to = iso(label["window"].value("to", json()));
      if (!from || !to) return "the label's window is open";
      const auto& w = t.within().window;
      return w.first() == *from && w.last() == *to ? "" : "window";
    }
    case TimeframeKind::recurring: return compare_recurring(label, t);
    case TimeframeKind::upstream_schedule: {
      const auto& u = t.upstream_schedule();
      const std::vector<std::string> got = names(u.source_bodies);
      for (const std::string& n : names(label.value("source_body", json()))) {
        if (std::find(got.begin(), got.end(), n) == got.end()) return "source body";
      }
      if (label.contains("source_doc")) {
        if (!u.source_document) return "source document";
        const std::string want = key_of(label["source_doc"].get<std::string>());
        const std::string cited = key_of(u.source_document->to_string());
        const std::string number =
            u.source_document->number() ? key_of(u.source_document->number()->to_string()) : "";
        const bool ok = cited.find(want) != std::string::npos ||
                        (!number.empty() && want.find(number) != std::string::npos);
        if (!ok) return "source document";
      }
      return "";
    }
    case TimeframeKind::after_event: {
      const auto& e = t.after_event();
      if (label.value("trigger", "") != govplan::to_string(e.trigger)) return "trigger";
      if (names(label.value("trigger_by", json::array())) != names(e.trigger_by)) return "trigger_by";
      if (label.contains("offset")) {
        const auto o = offset_of(label["offset"].get<std::string>());
        if (!o) return "the model has no offset '" + label["offset"].get<std::string>() + "'";
        if (!e.offset || !(*e.offset == *o)) return "offset";
      } else if (e.offset) {
        return "the parse has an offset the label has not";
      }
      return "";
    }
    case TimeframeKind::on_request:
      return names(label.value("trigger_by", json::array())) == names(t.on_request().requested_by)
                 ? ""
                 : "requested_by";
    case TimeframeKind::composite: {
      const auto& parts = t.composite().parts;
      const json labels = label.value("parts", json::array());
      if (labels.size() != parts.size()) return "number of parts";
      for (std::size_t i = 0; i < parts.size(); ++i) {
        const std::string why = compare(labels[i], parts[i]);
        if (!why.empty()) return "part " + std::to_string(i + 1) + ": " + why;
      }
      return "";
    }
    case TimeframeKind::unparsed: return "";
  }
  return "kind";
}

struct Tally {
  int labelled = 0;   ///< records whose label has the kind
  int predicted = 0;  ///< records the parser gave the kind
  int exact = 0;      ///< exact matches of the kind
};

struct Summary {
  std::map<std::string, Tally> kinds;
  int records = 0;
  int exact = 0;
};

void print(const std::string& title, const Summary& s) {
  std::printf("\n%s: %d records, %d exact (%.1f %%)\n", title.c_str(), s.records, s.exact,
              s.records ? 100.0 * s.exact / s.records : 0.0);
  std::printf("  %-18s %9s %9s %6s %10s %7s\n", "kind", "labelled", "parsed as", "exact",
              "precision", "recall");
  for (const auto& [kind, t] : s.kinds) {
    const auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
    std::printf("  %-18s %9d %9d %6d %9.1f%% %6.1f%%\n", kind.c_str(), t.labelled, t.predicted,
                t.exact, pct(t.exact, t.predicted), pct(t.exact, t.labelled));
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: accuracy_timeframes CORPUS_DIR [--check] [--all]\n";
    return 2;
  }
  bool check = false;
  bool all = false;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--check") check = true;
    else if (a == "--all") all = true;
    else {
      std::cerr << "unknown option " << a << "\n";
      return 2;
    }
  }
  std::ifstream in(std::string(argv[1]) + "/timeframes.jsonl");
  if (!in) {
    std::cerr << "cannot read " << argv[1] << "/timeframes.jsonl\n";
    return 2;
  }
  Summary firm, doubtful;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const json record = json::parse(line);
    const json& label = record["label"];
    const bool doubt = has_doubt(record);
    const int year = record["issue_year"].is_number_integer() ? record["issue_year"].get<int>() : 2000;
    std::string why;
    std::string got;
    std::string parsed_kind = "(error)";
    try {
      const Timeframe t = govplan::parse_timeframe(record["text"].get<std::string>(),
                                                   govplan::PhraseContext{year, {}, {}});
      parsed_kind = std::string(govplan::to_string(t.kind()));
      got = describe(t);
      why = compare(label, t);
    } catch (const std::exception& e) {
      why = std::string("threw: ") + e.what();
    }
    Summary& s = doubt ? doubtful : firm;
    ++s.records;
    const std::string kind = label.value("kind", "?");
    ++s.kinds[kind].labelled;
    ++s.kinds[parsed_kind].predicted;
    if (why.empty()) {
      ++s.exact;
      ++s.kinds[kind].exact;
    }
    if (!why.empty() || all) {
      std::printf("%s line %d%s: %s\n    text:  %s\n    label: %s\n    got:   %s\n",
                  why.empty() ? "match" : "MISS", line_no, doubt ? " (doubt)" : "",
                  why.empty() ? "" : why.c_str(), record["text"].get<std::string>().c_str(),
                  label.dump(-1, ' ', false).c_str(), got.c_str());
    }
  }
  print("Firm records", firm);
  print("Doubtful records (softer targets)", doubtful);
  const int total = firm.records + doubtful.records;
  std::printf("\nAll records: %d, exact %d (%.1f %%)\n", total, firm.exact + doubtful.exact,
              total ? 100.0 * (firm.exact + doubtful.exact) / total : 0.0);
  const double rate = firm.records ? 100.0 * firm.exact / firm.records : 0.0;
  std::printf("Overall exact match (firm records): %.1f %% (target 95 %%)\n", rate);
  if (check && rate < 95.0) return 1;
  return 0;
}
