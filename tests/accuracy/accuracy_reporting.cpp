// accuracy_reporting CORPUS_DIR [--check] [--verbose]
//
// Measures govplan::parse_reporting_duty on the labelled sentences of CORPUS_DIR/reporting.jsonl,
// read with PhraseContext{year = issue_year} (records without issue_year are read with 2024; none
// of them has a date without its year). A record is exact when all five fields match:
//
//   to, via          the recipient's / intermediary's name equals the label after white-space
//                    normalisation only (runs of spaces, line breaks and no-break spaces as one
//                    space, ends trimmed); both absent when the label is null. A list of
//                    recipients is compared as written ("A, B và C").
//   frequency        the obligation's effective cadence (the stream's when integrated):
//                    annual = yearly, semiannual = half_yearly, quarterly, monthly, weekly,
//                    once, ad_hoc.
//   due_rules        compared by the deadlines they give in the record's year: each label rule
//                    ("before 31/12", "on or before 25/12", "before 15/02 of the following
//                    year", "before day 25 of each month", "before day 15 of the first month of
//                    the next quarter", "10 days after the end of each 6-month period", or an
//                    ISO date written in the text) is turned into its deadlines for the periods
//                    of the labelled frequency in that year, each with its relation (before / by;
//                    an ISO date matches either); the parsed due rules are turned into theirs the
//                    way report_instances reads them (rule_days per period of the cadence, fixed
//                    dates, N days after the Decree 09 cut-off). A label rule counted from any
//                    other event ("15 days after the disaster ends", "5 working days after HĐND
//                    decides the budget") is one deadline "after an event, N days / N
//                    working_days", matched by a parsed ReportDue::after_event with that offset
//                    (the event itself is written in English in the label and in Vietnamese in
//                    the text, so it is not compared). The two sets must be equal.
//   integrated_into  the stream's name after white-space normalisation; both absent when null.
//
// A label whose due rule cannot be said by a ReportDue (govplan/plan.hpp: day rules from twelve
// months before the report's period to the month after it, or through the next year for a yearly
// report; cut-off offsets; fixed dates; offsets after a named event) or that the mapping above
// does not read is reported apart, as outside the model. So are the records whose label has
// "doubt" (an interpretation: softer targets). Both figures are printed: exact on the records the
// model can say, and exact on all records without doubt. --check exits 1 when the first is below
// 90%.
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "govplan/date.hpp"
#include "govplan/import.hpp"
#include "govplan/plan.hpp"
#include "govplan/timeframe.hpp"

namespace {

using nlohmann::json;
using govplan::Cadence;
using govplan::Date;
using govplan::DateRange;

constexpr int kFallbackYear = 2024;

std::string normalise_space(const std::string& s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      is_space = true;
      ++i;
    }
    if (is_space) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

std::optional<Cadence> cadence_of_label(const std::string& f) {
  if (f == "annual") return Cadence::yearly;
  if (f == "semiannual") return Cadence::half_yearly;
  if (f == "quarterly") return Cadence::quarterly;
  if (f == "monthly") return Cadence::monthly;
  if (f == "weekly") return Cadence::weekly;
  if (f == "once") return Cadence::once;
  if (f == "ad_hoc") return Cadence::ad_hoc;
  if (f == "nine_months") return Cadence::nine_months;
  return std::nullopt;
}

// One deadline: its relation ("before", "by", or "any" for an ISO date as written) and day.
using Deadline = std::pair<std::string, std::string>;

Date clamp(int year, int month, int day) {
  return Date(year, month, std::min(day, govplan::days_in_month(year, month)));
}

std::vector<DateRange> periods(Cadence cadence, int year) {
  return govplan::periods_of(cadence, DateRange::year(year));
}

// The deadlines of a label rule, or nothing when the rule is not period-relative.
std::optional<std::vector<Deadline>> label_deadlines(const std::string& rule, Cadence cadence,
                                                     int year) {
  std::smatch m;
  static const std::regex iso(R"(^(\d{4})-(\d{2})-(\d{2})$)");
  static const std::regex day_month(
      R"(^(on or before|before) (\d{1,2})/(\d{1,2})( of the following year)?$)");
  static const std::regex each_month(R"(^before day (\d{1,2}) of each month$)");
  static const std::regex next_quarter(
      R"(^before day (\d{1,2}) of the first month of the next quarter$)");
  static const std::regex after_end(R"(^(\d{1,2}) days after the end of each 6-month period$)");
  static const std::regex after_event(R"(^(\d{1,3}) (working )?days? after .+$)");
  std::vector<Deadline> out;
  if (std::regex_match(rule, m, iso)) {
    out.emplace_back("any", rule);
  } else if (std::regex_match(rule, m, day_month)) {
    const std::string relation = m[1] == "before" ? "before" : "by";
    const int y = year + (m[4].matched ? 1 : 0);
    const Date day(y, std::stoi(m[3]), std::stoi(m[2]));
    // A day rule names a month of the report's period, the month right after it, one of the
    // twelve months before it (DayRule::months_before_period) or, in a yearly rule, a month of
    // the next year (DayRule::month_of_period up to 24): a deadline elsewhere cannot be said.
    if (cadence != Cadence::once && cadence != Cadence::ad_hoc) {
      bool sayable = false;
      for (const DateRange& p : periods(cadence, year)) {
        const int months_after = cadence == Cadence::yearly ? 12 : 1;
        const Date from = p.first().first_of_month().add_months(-12);
        const Date to = p.last().first_of_month().add_months(months_after);
        sayable = sayable || (day >= from && day <= to.last_of_month());
      }
      if (!sayable) return std::nullopt;
    }
    out.emplace_back(relation, day.to_string());
  } else if (std::regex_match(rule, m, each_month)) {
    for (int month = 1; month <= 12; ++month) {
      out.emplace_back("before", clamp(year, month, std::stoi(m[1])).to_string());
    }
  } else if (std::regex_match(rule, m, next_quarter)) {
    for (const DateRange& p : periods(Cadence::quarterly, year)) {
      const Date next = p.last().first_of_month().add_months(1);
      out.emplace_back("before", clamp(next.year(), next.month(), std::stoi(m[1])).to_string());
    }
  } else if (std::regex_match(rule, m, after_end)) {
    for (const DateRange& p : periods(Cadence::half_yearly, year)) {
      out.emplace_back("by", p.last().add_days(std::stoi(m[1])).to_string());
    }
  } else if (std::regex_match(rule, m, after_event)) {
    out.emplace_back("after an event", std::to_string(std::stoi(m[1])) + " " +
                                           (m[2].matched ? "working_days" : "days"));
  } else {
    return std::nullopt;
  }
  return out;
}

// The deadlines the parsed due rules give in `year`, as report_instances reads day rules.
std::vector<Deadline> parsed_deadlines(const govplan::ReportingObligation& ob, int year) {
  const Cadence cadence = ob.effective_cadence();
  const auto& dues = ob.integrated_into ? ob.integrated_into->due : ob.due;
  std::vector<Deadline> out;
  for (const govplan::ReportDue& d : dues) {
    if (d.on_date) {
      out.emplace_back(std::string(govplan::to_string(d.on_date->relation)),
                       d.on_date->date.to_string());
    } else if (d.day_rule) {
      for (const DateRange& p : periods(cadence, year)) {
        for (const Date day : govplan::rule_days(*d.day_rule, cadence, p)) {
          out.emplace_back(std::string(govplan::to_string(d.day_rule->relation)), day.to_string());
        }
      }
    } else if (d.after_event) {
      out.emplace_back("after an event", std::to_string(d.after_event->offset.amount) + " " +
                                             std::string(govplan::to_string(d.after_event->offset.unit)));
    } else if (d.after_cutoff) {
      for (const DateRange& p : periods(cadence, year)) {
        const DateRange cut = govplan::decree_09_cutoff(cadence, p);
        out.emplace_back("after_cutoff " + std::to_string(d.after_cutoff->amount) + " " +
                             std::string(govplan::to_string(d.after_cutoff->unit)),
                         cut.last().to_string());
      }
    } else {
      out.emplace_back("unreadable", d.text);
    }
  }
  return out;
}

bool same_deadlines(std::vector<Deadline> want, std::vector<Deadline> got) {
  if (want.size() != got.size()) return false;
  std::multiset<Deadline> rest(got.begin(), got.end());
  for (const Deadline& w : want) {
    auto it = rest.end();
    for (auto g = rest.begin(); g != rest.end(); ++g) {
      if (g->second == w.second && (w.first == "any" || g->first == w.first)) {
        it = g;
        break;
      }
    }
    if (it == rest.end()) return false;
    rest.erase(it);
  }
  return true;
}

std::string show(const std::vector<Deadline>& ds) {
  std::string s;
  for (const auto& [relation, day] : ds) s += (s.empty() ? "" : ", ") + relation + " " + day;
  return "[" + s + "]";
}

std::optional<std::string> string_or_null(const json& label, const char* key) {
  if (!label.contains(key) || label.at(key).is_null()) return std::nullopt;
  return label.at(key).get<std::string>();
}

struct Tally {
  int records = 0, duty = 0, to = 0, via = 0, frequency = 0, due = 0, integrated = 0, exact = 0;
  void print(const char* title) const {
    const auto pct = [this](int n) { return records == 0 ? 100.0 : 100.0 * n / records; };
    std::printf("%s: %d records\n", title, records);
    std::printf("  duty found %5.1f%%  to %5.1f%%  via %5.1f%%  frequency %5.1f%%  due_rules %5.1f%%"
                "  integrated_into %5.1f%%  exact %d/%d = %.1f%%\n",
                pct(duty), pct(to), pct(via), pct(frequency), pct(due), pct(integrated), exact,
                records, pct(exact));
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: accuracy_reporting CORPUS_DIR [--check] [--verbose]\n";
    return 2;
  }
  bool check = false;
  bool verbose = false;
  for (int a = 2; a < argc; ++a) {
    const std::string arg = argv[a];
    if (arg == "--check") check = true;
    else if (arg == "--verbose") verbose = true;
    else {
      std::cerr << "unknown option " << arg << "\n";
      return 2;
    }
  }
  const std::string path = std::string(argv[1]) + "/reporting.jsonl";
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    return 2;
  }
  Tally certain, outside, doubtful;
  int errors = 0;
  std::vector<std::string> misses;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    const json record = json::parse(line);
    const std::string text = record.at("text").get<std::string>();
    const json& label = record.at("label");
    const int year = record.contains("issue_year") && !record.at("issue_year").is_null()
                         ? record.at("issue_year").get<int>()
                         : kFallbackYear;
    const auto want_cadence = cadence_of_label(label.at("frequency").get<std::string>());
    bool in_model = true;
    std::vector<Deadline> want_due;
    for (const json& r : label.at("due_rules")) {
      const auto ds = label_deadlines(r.get<std::string>(), want_cadence.value_or(Cadence::once),
                                      year);
      if (!ds) {
        in_model = false;
        continue;
      }
      want_due.insert(want_due.end(), ds->begin(), ds->end());
    }
    const bool doubt = label.contains("doubt");
    Tally& tally = doubt ? doubtful : (in_model ? certain : outside);
    ++tally.records;

    std::ostringstream detail;
    bool exact = false;
    try {
      const auto ob = govplan::parse_reporting_duty(text, govplan::PhraseContext{year, {}, {}});
      if (ob) {
        ++tally.duty;
        const auto want_to = string_or_null(label, "to");
        const auto want_via = string_or_null(label, "via");
        const auto want_stream = string_or_null(label, "integrated_into");
        const auto got_to = ob->recipient ? std::optional<std::string>(normalise_space(ob->recipient->name))
                                          : std::nullopt;
        const auto got_via = ob->intermediary
                                 ? std::optional<std::string>(normalise_space(ob->intermediary->name))
                                 : std::nullopt;
        const auto got_stream = ob->integrated_into
                                    ? std::optional<std::string>(normalise_space(ob->integrated_into->name))
                                    : std::nullopt;
        const bool to_ok = got_to == (want_to ? std::optional<std::string>(normalise_space(*want_to)) : std::nullopt);
        const bool via_ok = got_via == (want_via ? std::optional<std::string>(normalise_space(*want_via)) : std::nullopt);
        const bool stream_ok = got_stream == (want_stream ? std::optional<std::string>(normalise_space(*want_stream)) : std::nullopt);
        const bool cadence_ok = want_cadence && ob->effective_cadence() == *want_cadence;
        const std::vector<Deadline> got_due = parsed_deadlines(*ob, year);
        const bool due_ok = in_model && same_deadlines(want_due, got_due);
        tally.to += to_ok;
        tally.via += via_ok;
        tally.integrated += stream_ok;
        tally.frequency += cadence_ok;
        tally.due += due_ok;
        exact = to_ok && via_ok && stream_ok && cadence_ok && due_ok;
        detail << (to_ok ? "" : "to: " + got_to.value_or("-") + " (want " + want_to.value_or("-") + "); ")
               << (via_ok ? "" : "via: " + got_via.value_or("-") + " (want " + want_via.value_or("-") + "); ")
               << (cadence_ok ? "" : "frequency: " + std::string(govplan::to_string(ob->effective_cadence())) + "; ")
               << (due_ok ? "" : "due: " + show(got_due) + " (want " + show(want_due) + (in_model ? "" : ", outside the model") + "); ")
               << (stream_ok ? "" : "integrated_into: " + got_stream.value_or("-") + "; ");
      } else {
        detail << "no duty found";
      }
    } catch (const std::exception& e) {
      ++errors;
      detail << "error: " << e.what();
    }
    tally.exact += exact;
    if (!exact) {
      misses.push_back(std::string(doubt ? "  (doubt) " : in_model ? "  " : "  (outside) ") +
                       "line " + std::to_string(line_number) + ": " + text + "\n      " +
                       detail.str());
    }
  }
  certain.print("records without doubt, due rules the model can say");
  outside.print("records without doubt, a due rule the model cannot say (outside the model)");
  doubtful.print("records with doubt (softer targets, not checked)");
  const int all = certain.records + outside.records;
  std::printf("all records without doubt: exact %d/%d = %.1f%%\n", certain.exact + outside.exact,
              all, all == 0 ? 100.0 : 100.0 * (certain.exact + outside.exact) / all);
  if (errors > 0) std::printf("errors: %d\n", errors);
  if (verbose) {
    std::printf("not exact:\n");
    for (const auto& m : misses) std::printf("%s\n", m.c_str());
  }
  const double figure = certain.records == 0 ? 100.0 : 100.0 * certain.exact / certain.records;
  if (check && (figure < 90.0 || errors > 0)) {
    std::printf("FAILED: exact %.1f%% is below 90%%\n", figure);
    return 1;
  }
  return 0;
}
