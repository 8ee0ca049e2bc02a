// Tests of govplan/plan.hpp and the plan half of govplan/json.hpp: the seed plan as JSON, its
// findings and timeframes, report instances with Decree 09 cut-offs, validation findings, and
// malformed documents.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "govplan/error.hpp"
#include "govplan/json.hpp"
#include "govplan/plan.hpp"
#include "support.hpp"

using govplan::Cadence;
using govplan::Date;
using govplan::DateRange;
using govplan::Plan;

namespace {

std::string seed_json() {
  return test_support::read_file(std::string(GOVPLAN_SOURCE_DIR) + "/examples/plans/chanh-lo-2024.json");
}

const govplan::WorkCalendar& cal() {
  static const govplan::WorkCalendar c = govplan::WorkCalendar::vietnam();
  return c;
}

std::set<std::string> codes(const std::vector<govplan::Finding>& findings) {
  std::set<std::string> out;
  for (const auto& f : findings) out.insert(f.code());
  return out;
}

}  // namespace

TEST_CASE("the seed plan loads with every part the text has") {
  const Plan p = govplan::load_plan(seed_json());
  CHECK(p.type == govplan::DocumentType::ke_hoach);
  REQUIRE(p.number.has_value());
  CHECK(p.number->is_draft());
  CHECK(p.number->to_string() == "/KH-UBND");
  CHECK(p.issue_date.to_string() == "2024-02");
  CHECK(p.place == "Chánh Lộ");
  CHECK(p.tasks.size() == 3);
  CHECK(p.recipients.size() == 7);
  CHECK(p.archive == std::vector<std::string>{"VT", "TP"});
  CHECK(p.implements.size() == 2);
  CHECK(p.implements[0].document.number()->to_string() == "43/KH-UBND");
  REQUIRE(p.signer.has_value());
  CHECK(p.signer->name() == "Lê Việt Dũng");
  REQUIRE(p.reporting.size() == 1);
  CHECK(p.reporting[0].intermediary->name == "Phòng Tư pháp");
  CHECK(p.reporting[0].effective_cadence() == Cadence::half_yearly);
  REQUIRE(p.funding.size() == 1);
  CHECK(p.funding[0].sources.size() == 4);
  CHECK(p.find_task("II.3")->timeframe.kind() == govplan::TimeframeKind::after_event);
  CHECK(p.find_task("IV.9") == nullptr);
  CHECK(p.extensions.find("govplan.example") != std::string::npos);
}

TEST_CASE("the seed plan round-trips: equal values and byte-identical canonical text") {
  const std::string text = seed_json();
  const Plan p = govplan::load_plan(text);
  const std::string dumped = govplan::dump_plan(p);
  CHECK(dumped == text);  // the example is stored canonical
  const Plan again = govplan::load_plan(dumped);
  CHECK(again == p);
  CHECK(govplan::dump_plan(again) == dumped);
}

TEST_CASE("the seed plan validates with only the draft findings") {
  const auto findings = govplan::validate(govplan::load_plan(seed_json()));
  CHECK(codes(findings) == std::set<std::string>{"plan.draft.no_number", "plan.draft.no_day"});
  for (const auto& f : findings) {
    CHECK(f.severity() == govplan::Severity::info);
    CHECK_FALSE(f.message(govplan::Lang::en).empty());
  }
}

TEST_CASE("the seed's three timeframes answer: ongoing, awaiting the upstream appendix, awaiting guidance") {
  const Plan p = govplan::load_plan(seed_json());
  const govplan::Facts none;
  const auto r1 = govplan::resolve(p.tasks[0].timeframe, none, cal(), p.window);
  CHECK(r1.state == govplan::ResolutionState::ongoing);
  CHECK(r1.window == DateRange::year(2024));
  const auto r2 = govplan::resolve(p.tasks[1].timeframe, none, cal(), p.window);
  CHECK(r2.state == govplan::ResolutionState::pending);
  CHECK(r2.reason_vi.find("Phụ lục kèm theo Kế hoạch số 30/KH-UBND") != std::string::npos);
  const auto r3 = govplan::resolve(p.tasks[2].timeframe, none, cal(), p.window);
  CHECK(r3.state == govplan::ResolutionState::pending);
  CHECK(r3.reason_en == "Awaiting guidance from Sở Tư pháp or Phòng Tư pháp thành phố");
  CHECK(r3.window == DateRange::year(2024));
}

TEST_CASE("the seed's reporting duty rides on the half-yearly legal-education reports") {
  const Plan p = govplan::load_plan(seed_json());
  const auto reports = govplan::report_instances(p.reporting[0], DateRange::year(2024), cal());
  REQUIRE(reports.size() == 2);
  CHECK(reports[0].label_vi == "6 tháng đầu năm 2024");
  CHECK(reports[0].cutoff == DateRange(Date(2023, 12, 15), Date(2024, 6, 14)));
  CHECK(reports[1].cutoff == DateRange(Date(2024, 6, 15), Date(2024, 12, 14)));
  CHECK_FALSE(reports[0].due.has_value());  // the plan does not say when the stream is due
  CHECK(reports[0].rule_vi.find("báo cáo phổ biến, giáo dục pháp luật định kỳ") != std::string::npos);
}

TEST_CASE("a quarterly obligation yields four reports with Decree 09 cut-offs and due dates off days off") {
  govplan::ReportingObligation ob;
  ob.id = "R1";
  ob.recipient = govplan::Party{govplan::PartyKind::body, "UBND tỉnh"};
  ob.cadence = Cadence::quarterly;
  // "chậm nhất ngày 30 của tháng cuối quý"
  ob.due.push_back({govplan::DayRule{govplan::DueRelation::by, 30, std::nullopt, 0}, std::nullopt,
                    "chậm nhất ngày 30 của tháng cuối quý", std::nullopt});
  const auto reports = govplan::report_instances(ob, DateRange::year(2024), cal());
  REQUIRE(reports.size() == 4);
  CHECK(reports[0].label_vi == "Quý I/2024");
  CHECK(reports[0].cutoff == DateRange(Date(2023, 12, 15), Date(2024, 3, 14)));
  CHECK(reports[2].cutoff == DateRange(Date(2024, 6, 15), Date(2024, 9, 14)));
  CHECK(reports[0].nominal_due == Date(2024, 3, 30));
  CHECK(reports[0].due == Date(2024, 4, 1));  // Saturday 30/03 → Monday 01/04
  CHECK(reports[1].due == Date(2024, 7, 1));  // Sunday 30/06 → Monday 01/07
  CHECK(reports[2].due == Date(2024, 9, 30));
  CHECK(reports[3].due == Date(2024, 12, 30));
  // "02 ngày làm việc sau ngày chốt số liệu": Q1's cut-off ends Thursday 14/03 → Monday 18/03.
  ob.due = {{std::nullopt, govplan::Offset{2, govplan::TimeUnit::working_days},
             "02 ngày làm việc sau khi chốt số liệu", std::nullopt}};
  CHECK(govplan::report_instances(ob, DateRange::year(2024), cal())[0].due == Date(2024, 3, 18));
}

TEST_CASE("report instances counted without texts are reused only for the same rules, window and calendar") {
  // report_instances keeps the last few results computed without texts on each thread; one must
  // never come back for another duty's rules, cut-off, window or calendar, nor under another id.
  govplan::ReportingObligation ob;
  ob.id = "R1";
  ob.cadence = Cadence::quarterly;
  ob.due.push_back({govplan::DayRule{govplan::DueRelation::by, 19, std::nullopt, -1}, std::nullopt,
                    "chậm nhất ngày 19 tháng đầu quý sau", std::nullopt});
  auto dues = [](const std::vector<govplan::ReportInstance>& v) {
    std::vector<std::optional<Date>> out;
    for (const auto& r : v) out.push_back(r.due);
    return out;
  };
  const auto with_text = govplan::report_instances(ob, DateRange::year(2024), cal(), true);
  for (int round = 0; round < 3; ++round) {
    const auto plain = govplan::report_instances(ob, DateRange::year(2024), cal(), false);
    CHECK(dues(plain) == dues(with_text));
    CHECK(plain.at(1).obligation == "R1");
    CHECK(plain.at(1).cutoff == with_text.at(1).cutoff);
    CHECK(plain.at(1).label_vi.empty());
  }
  // Another id: the same dates under its own id.
  govplan::ReportingObligation renamed = ob;
  renamed.id = "R2";
  CHECK(govplan::report_instances(renamed, DateRange::year(2024), cal(), false).at(0).obligation == "R2");
  // Q2's report is due by Friday 19/07/2024; declared a day off, the limit ends on the next
  // working day, Monday 22/07 (Civil Code Art. 148(5)).
  const std::vector<Date> off{Date(2024, 7, 19)};
  const govplan::WorkCalendar other = cal().with_days_off(off, "Nghỉ", "Day off", govplan::LegalSource{});
  CHECK(govplan::report_instances(ob, DateRange::year(2024), other, false).at(1).due == Date(2024, 7, 22));
  CHECK(govplan::report_instances(ob, DateRange::year(2024), cal(), false).at(1).due == Date(2024, 7, 19));
  // Another rule, another cut-off policy, another window.
  govplan::ReportingObligation by25 = ob;
  by25.due[0].day_rule->day = 25;
  CHECK(govplan::report_instances(by25, DateRange::year(2024), cal(), false).at(1).due == Date(2024, 7, 25));
  govplan::ReportingObligation own_period = ob;
  own_period.cutoff = govplan::CutoffPolicy::period;
  CHECK(govplan::report_instances(own_period, DateRange::year(2024), cal(), false).at(1).cutoff == DateRange::quarter(2024, 2));
  CHECK(govplan::report_instances(ob, DateRange::year(2024), cal(), false).at(1).cutoff ==
        DateRange(Date(2024, 3, 15), Date(2024, 6, 14)));
  const auto next_year = govplan::report_instances(ob, DateRange::year(2025), cal(), false);
  CHECK(next_year.at(0).period == DateRange::quarter(2025, 1));
  CHECK(dues(next_year) == dues(govplan::report_instances(ob, DateRange::year(2025), cal(), true)));
  // More rules in turn than are kept: each still gets its own dates.
  for (int day = 1; day <= 28; ++day) {
    govplan::ReportingObligation r = ob;
    r.due[0].day_rule->day = day;
    const auto plain = govplan::report_instances(r, DateRange::year(2024), cal(), false);
    CAPTURE(day);
    CHECK(dues(plain) == dues(govplan::report_instances(r, DateRange::year(2024), cal(), true)));
  }
}

TEST_CASE("Decree 09 cut-off windows match the test vectors") {
  CHECK(govplan::decree_09_cutoff(Cadence::monthly, DateRange::month(2024, 3)) == DateRange(Date(2024, 2, 15), Date(2024, 3, 14)));
  CHECK(govplan::decree_09_cutoff(Cadence::monthly, DateRange::month(2025, 1)) == DateRange(Date(2024, 12, 15), Date(2025, 1, 14)));
  CHECK(govplan::decree_09_cutoff(Cadence::quarterly, DateRange::quarter(2024, 1)) == DateRange(Date(2023, 12, 15), Date(2024, 3, 14)));
  CHECK(govplan::decree_09_cutoff(Cadence::quarterly, DateRange::quarter(2024, 3)) == DateRange(Date(2024, 6, 15), Date(2024, 9, 14)));
  CHECK(govplan::decree_09_cutoff(Cadence::half_yearly, DateRange::half_year(2024, 1)) == DateRange(Date(2023, 12, 15), Date(2024, 6, 14)));
  CHECK(govplan::decree_09_cutoff(Cadence::half_yearly, DateRange::half_year(2024, 2)) == DateRange(Date(2024, 6, 15), Date(2024, 12, 14)));
  CHECK(govplan::decree_09_cutoff(Cadence::yearly, DateRange::year(2024)) == DateRange(Date(2023, 12, 15), Date(2024, 12, 14)));
  CHECK(govplan::decree_09_cutoff(Cadence::nine_months, DateRange(Date(2024, 1, 1), Date(2024, 9, 30))) ==
        DateRange(Date(2023, 12, 15), Date(2024, 9, 14)));
}

TEST_CASE("validate reports each problem with a stable code, the part's id and both languages") {
  Plan p = govplan::load_plan(seed_json());
  p.tasks[0].lead.reset();
  p.tasks[1].timeframe = govplan::Timeframe("Quý I/2025", govplan::WithinTimeframe{DateRange::quarter(2025, 1), govplan::PeriodKind::quarter});
  p.tasks[2].timeframe = govplan::Timeframe("Sau Tết", govplan::UnparsedTimeframe{});
  p.reporting[0].recipient.reset();
  p.tasks[2].id = "II.1";
  p.implements[0].document = govplan::DocumentRef(govplan::DocumentType::ke_hoach,
                                                  govplan::DocumentNumber::parse("99/KH-UBND"),
                                                  Date(2024, 5, 1), std::string("UBND thành phố"));
  p.date_line = "Chánh Lộ, ngày 5 tháng 2 năm 2024";
  p.issue_date = govplan::PartialDate(2024, 2, 5);
  p.number = govplan::DocumentNumber::parse("12/KH-UBND");
  const auto findings = govplan::validate(p);
  const auto c = codes(findings);
  for (const char* code : {"plan.task.no_lead", "plan.timeframe.outside_window", "plan.timeframe.unparsed",
                           "plan.reporting.no_recipient", "plan.duplicate_id", "plan.reference.after_plan"}) {
    CAPTURE(code);
    CHECK(c.contains(code));
  }
  CHECK_FALSE(c.contains("plan.draft.no_number"));
  CHECK_FALSE(c.contains("plan.draft.no_day"));
  bool date_line = false;
  for (const auto& f : findings) {
    if (f.subject() == "header.date_line" && f.code().rfind("plan.date_line.", 0) == 0) date_line = true;
    if (f.code() == "plan.task.no_lead") CHECK(f.subject() == "II.1");
  }
  CHECK(date_line);  // "5" and "2" should be written "05" and "02" (Decree 30, Appendix I)
}

TEST_CASE("46 malformed variants of the seed give ParseError at the right JSON pointer") {
  const std::string seed = seed_json();
  int cases = 0;
  for (const auto& rec : test_support::read_json_lines("plans/malformed-cases.jsonl")) {
    const std::string name = *rec.value.string_at("name");
    const std::string old_text = *rec.value.string_at("old");
    CAPTURE(name);
    std::string text = seed;
    const auto pos = text.find(old_text);
    REQUIRE(pos != std::string::npos);
    text.replace(pos, old_text.size(), *rec.value.string_at("new"));
    try {
      (void)govplan::load_plan(text);
      FAIL("no error for: " << name);
    } catch (const govplan::ParseError& e) {
      CHECK(e.where().pointer() == *rec.value.string_at("pointer"));
      CHECK(e.id() == *rec.value.string_at("id"));
      CHECK_FALSE(e.expected().empty());
    }
    ++cases;
  }
  CHECK(cases >= 40);
}

TEST_CASE("broken JSON, deep nesting, huge strings and odd roots are located ParseErrors") {
  const std::string seed = seed_json();
  auto error = [](const std::string& text) {
    try {
      (void)govplan::load_plan(text);
    } catch (const govplan::ParseError& e) {
      return e;
    }
    FAIL("expected a ParseError");
    throw;
  };
  auto e = error(seed.substr(0, seed.size() / 2));
  CHECK(e.id() == "json.syntax");
  CHECK(e.where().line().has_value());
  e = error("{\"schema\": \"govplan/1\",\n \"type\": ke_hoach}");
  CHECK(*e.where().line() == 2);
  e = error(std::string(5000, '[') + std::string(5000, ']'));
  CHECK(e.id() == "json.too_deep");
  e = error("{\"schema\": \"" + std::string(2'000'000, 'x') + "\"}");
  CHECK(e.id() == "json.too_long");
  e = error("[]");
  CHECK(e.where().pointer() == "/");
  e = error("null");
  CHECK(e.id() == "json.type");
  e = error("");
  CHECK(e.id() == "json.syntax");
  e = error("{\"schema\": 1e999}");
  CHECK(e.id() == "json.value");
}

TEST_CASE("a JSON Lines file of plans loads, and an error names its line") {
  std::string one = govplan::dump_plan(govplan::load_plan(seed_json()));
  std::string line;
  for (char c : one) {
    if (c != '\n') line += c;
  }
  const auto plans = govplan::load_plans_jsonl(line + "\n\n" + line + "\n");
  CHECK(plans.size() == 2);
  std::string broken = line;
  broken.replace(broken.find("\"ke_hoach\""), 10, "\"kh\"");
  try {
    (void)govplan::load_plans_jsonl(line + "\n" + broken + "\n");
    FAIL("expected an error");
  } catch (const govplan::ParseError& e) {
    CHECK(e.note().rfind("line 2", 0) == 0);
    CHECK(e.where().pointer() == "/type");
  }
}

TEST_CASE("findings are written as JSON with both languages") {
  const auto text = govplan::to_json(govplan::validate(govplan::load_plan(seed_json())));
  CHECK(text.find("\"code\": \"plan.draft.no_number\"") != std::string::npos);
  CHECK(text.find("\"message_en\"") != std::string::npos);
}

TEST_CASE("values the model would silently ignore are refused when read") {
  const std::string seed = seed_json();
  auto error = [&](const std::string& old_text, const std::string& new_text) {
    std::string text = seed;
    const auto pos = text.find(old_text);
    REQUIRE(pos != std::string::npos);
    text.replace(pos, old_text.size(), new_text);
    try {
      (void)govplan::load_plan(text);
    } catch (const govplan::ParseError& e) {
      return e;
    }
    FAIL("expected a ParseError");
    throw;
  };
  // A duty folded into a stream takes the stream's cadence: its own would be dropped.
  auto e = error("\"cutoff\": \"decree_09\",", "\"cadence\": \"monthly\", \"cutoff\": \"decree_09\",");
  CHECK(e.id() == "json.conflict");
  CHECK(e.where().pointer() == "/reporting/0/cadence");
  // A fixed month only makes sense in a yearly rule; a half-year has six months.
  e = error("\"due\": [],", "\"due\": [{\"day_rule\": {\"relation\": \"by\", \"day\": 5, \"month\": 3}}],");
  CHECK(e.id() == "json.day_rule");
  e = error("\"due\": [],", "\"due\": [{\"day_rule\": {\"relation\": \"by\", \"day\": 5, \"month_of_period\": 7}}],");
  CHECK(e.id() == "json.range");
  // Names made of spaces are not names.
  e = error("\"name\": \"Công chức Tư pháp-Hộ tịch\"", "\"name\": \"   \"");
  CHECK(e.id() == "json.empty");
  e = error("\"issuer\": \"UBND phường Chánh Lộ\"", "\"issuer\": \" \"");
  CHECK(e.where().pointer() == "/issuer");
}

TEST_CASE("a report owed once is due on the date the plan gives") {
  govplan::ReportingObligation ob;
  ob.id = "R.once";
  ob.recipient = govplan::Party{govplan::PartyKind::body, "Sở Kế hoạch và Đầu tư"};
  ob.cadence = Cadence::once;
  govplan::ReportDue due;
  due.text = "trước ngày 01/11/2021";
  due.on_date = govplan::DueTimeframe{Date(2021, 11, 1), govplan::DueRelation::before};
  ob.due.push_back(due);
  const auto reports = govplan::report_instances(ob, DateRange::year(2021), cal());
  REQUIRE(reports.size() == 1);
  CHECK(reports[0].period == DateRange::year(2021));
  CHECK_FALSE(reports[0].cutoff.has_value());
  CHECK(reports[0].due == Date(2021, 10, 29));  // before Monday 01/11 → Sunday 31/10 → Friday 29/10
  ob.cadence = Cadence::ad_hoc;
  CHECK(govplan::report_instances(ob, DateRange::year(2021), cal()).empty());
  // The fixed date survives a round trip through JSON.
  Plan p = govplan::load_plan(seed_json());
  ob.cadence = Cadence::once;
  p.reporting = {ob};
  CHECK(govplan::load_plan(govplan::dump_plan(p)) == p);
}

TEST_CASE("negative offsets, huge integers, one-off recurrences and weekly rules without weekdays are refused when read") {
  const std::string seed = seed_json();
  auto error = [&](const std::string& old_text, const std::string& new_text) {
    std::string text = seed;
    text.replace(text.find(old_text), old_text.size(), new_text);
    try {
      (void)govplan::load_plan(text);
    } catch (const govplan::ParseError& e) {
      return e;
    }
    FAIL("expected a ParseError");
    throw;
  };
  auto e = error("\"trigger\": \"guidance\",", "\"trigger\": \"guidance\", \"offset\": {\"amount\": -10, \"unit\": \"days\"},");
  CHECK(e.where().pointer() == "/tasks/2/timeframe/offset/amount");
  e = error("\"trigger\": \"guidance\",", "\"trigger\": \"guidance\", \"offset\": {\"amount\": 18446744073709551606, \"unit\": \"days\"},");
  CHECK(e.id() == "json.range");
  const std::string regular = "\"kind\": \"regular\",\n        \"text\": \"Thường xuyên trong năm.\",";
  e = error(regular, "\"kind\": \"recurring\", \"cadence\": \"once\",\n        \"text\": \"Thường xuyên trong năm.\",");
  CHECK(e.where().pointer() == "/tasks/0/timeframe/cadence");
  e = error(regular, "\"kind\": \"recurring\", \"cadence\": \"weekly\", \"day_rule\": {\"relation\": \"by\", \"day\": 20},\n        \"text\": \"Thường xuyên trong năm.\",");
  CHECK(e.where().pointer() == "/tasks/0/timeframe/day_rule");
}

namespace {

// The seed with its first task's timeframe replaced by `timeframe` (JSON text).
std::string seed_with_first_timeframe(const std::string& timeframe) {
  std::string text = seed_json();
  const std::string regular = "\"kind\": \"regular\",\n        \"text\": \"Thường xuyên trong năm.\"";
  const auto at = text.find(regular);
  REQUIRE(at != std::string::npos);
  const auto open = text.rfind('{', at);
  const auto close = text.find("\n      }", at) + 7;  // the timeframe's own closing brace
  REQUIRE(text[close] == '}');
  text.replace(open, close - open + 1, timeframe);
  return text;
}

govplan::ParseError rule_error(const std::string& cadence, const std::string& rule) {
  try {
    (void)govplan::load_plan(seed_with_first_timeframe(
        "{\"kind\": \"recurring\", \"text\": \"…\", \"cadence\": \"" + cadence + "\", \"day_rule\": " + rule + "}"));
  } catch (const govplan::ParseError& e) {
    return e;
  }
  FAIL("expected a ParseError");
  throw;
}

}  // namespace

TEST_CASE("weekday, month-before, next-year, five-yearly and hours forms round-trip through JSON") {
  Plan p = govplan::load_plan(seed_json());
  const auto with = [&](Cadence c, govplan::DayRule rule) {
    govplan::RecurringTimeframe r;
    r.cadence = c;
    r.day_rule = std::move(rule);
    return govplan::Timeframe("…", r);
  };
  govplan::DayRule weekdays;
  weekdays.weekdays = {govplan::Weekday::tuesday, govplan::Weekday::thursday, govplan::Weekday::sunday};
  p.tasks[0].timeframe = with(Cadence::weekly, weekdays);
  p.tasks[1].timeframe = with(Cadence::quarterly, govplan::DayRule{govplan::DueRelation::before, 15, std::nullopt, 0, 1});
  govplan::CompositeTimeframe c;
  c.parts.push_back(with(Cadence::yearly, govplan::DayRule{govplan::DueRelation::before, 15, std::nullopt, 14}));
  c.parts.push_back(with(Cadence::five_yearly, govplan::DayRule{govplan::DueRelation::by, 31, std::nullopt, 60}));
  govplan::AfterEventTimeframe hours;
  hours.trigger = govplan::TriggerKind::issuance;
  hours.offset = govplan::Offset{12, govplan::TimeUnit::hours};
  c.parts.push_back(govplan::Timeframe("trong thời hạn 12 giờ", hours));
  p.tasks[2].timeframe = govplan::Timeframe("…", c);
  const std::string text = govplan::dump_plan(p);
  CHECK(text.find("\"weekdays\": [\n") != std::string::npos);
  CHECK(text.find("\"months_before_period\": 1") != std::string::npos);
  CHECK(text.find("\"cadence\": \"five_yearly\"") != std::string::npos);
  CHECK(text.find("\"unit\": \"hours\"") != std::string::npos);
  const Plan back = govplan::load_plan(text);
  CHECK(back == p);
  CHECK(govplan::dump_plan(back) == text);
}

TEST_CASE("a day rule that does not fit its cadence is refused when read, at the key at fault") {
  auto e = rule_error("monthly", "{\"relation\": \"by\", \"weekdays\": [\"friday\"]}");
  CHECK(e.id() == "json.day_rule");
  CHECK(e.where().pointer() == "/tasks/0/timeframe/day_rule/weekdays");
  e = rule_error("weekly", "{\"relation\": \"by\", \"day\": 5, \"weekdays\": [\"friday\"]}");
  CHECK(e.where().pointer() == "/tasks/0/timeframe/day_rule/day");
  e = rule_error("weekly", "{\"relation\": \"by\", \"weekdays\": [\"friday\", \"monday\"]}");
  CHECK(e.where().pointer() == "/tasks/0/timeframe/day_rule/weekdays/1");
  CHECK(e.found().find("after") != std::string::npos);
  e = rule_error("weekly", "{\"relation\": \"by\", \"weekdays\": [\"fryday\"]}");
  CHECK(e.id() == "date.weekday");
  CHECK(e.where().pointer() == "/tasks/0/timeframe/day_rule/weekdays/0");
  e = rule_error("weekly", "{\"relation\": \"by\", \"weekdays\": []}");
  CHECK(e.id() == "json.size");
  e = rule_error("yearly", "{\"relation\": \"before\", \"day\": 31, \"month\": 12, \"months_before_period\": 1}");
  CHECK(e.id() == "json.day_rule");
  CHECK(e.where().pointer() == "/tasks/0/timeframe/day_rule");
  e = rule_error("quarterly", "{\"relation\": \"before\", \"day\": 15, \"month_of_period\": 0, \"months_before_period\": 1}");
  CHECK(e.id() == "json.day_rule");
  e = rule_error("yearly", "{\"relation\": \"before\", \"day\": 31, \"months_before_period\": 13}");
  CHECK(e.id() == "json.range");
  // A yearly rule reaches into the next year (month 14 = February); no further than its December.
  CHECK_NOTHROW(govplan::load_plan(seed_with_first_timeframe(
      "{\"kind\": \"recurring\", \"text\": \"…\", \"cadence\": \"yearly\", \"day_rule\": "
      "{\"relation\": \"before\", \"day\": 15, \"month_of_period\": 14}}")));
  e = rule_error("yearly", "{\"relation\": \"before\", \"day\": 15, \"month_of_period\": 25}");
  CHECK(e.id() == "json.range");
  e = rule_error("quarterly", "{\"relation\": \"before\", \"day\": 15, \"month_of_period\": 4}");
  CHECK(e.id() == "json.range");
}

TEST_CASE("a weekly report with a weekday rule is due on the first of its weekdays each week") {
  govplan::ReportingObligation ob;
  ob.id = "R.week";
  ob.cadence = Cadence::weekly;
  govplan::ReportDue due;
  due.text = "chiều thứ Sáu hằng tuần";
  due.day_rule = govplan::DayRule{};
  due.day_rule->weekdays = {govplan::Weekday::friday};
  ob.due.push_back(due);
  const auto reports = govplan::report_instances(ob, DateRange::month(2024, 3), cal());
  REQUIRE(reports.size() == 5);  // the weeks from 26/02 to 31/03
  CHECK(reports[0].nominal_due == Date(2024, 3, 1));
  CHECK(reports[4].nominal_due == Date(2024, 3, 29));
  // A due rule that does not fit the cadence gives no due date rather than a wrong one.
  ob.cadence = Cadence::monthly;
  const auto monthly = govplan::report_instances(ob, DateRange::month(2024, 3), cal());
  REQUIRE(monthly.size() == 1);
  CHECK_FALSE(monthly[0].due.has_value());
}

TEST_CASE("a yearly report due on a day of February of the next year is due then, moved off the Tết holiday") {
  govplan::ReportingObligation ob;
  ob.id = "R.next";
  ob.cadence = Cadence::yearly;
  govplan::ReportDue due;
  due.text = "trước ngày 15 tháng 02 của năm liền kề sau năm đánh giá";
  due.day_rule = govplan::DayRule{govplan::DueRelation::before, 15, std::nullopt, 14};
  ob.due.push_back(due);
  const auto reports = govplan::report_instances(ob, DateRange{Date(2022, 1, 1), Date(2023, 12, 31)}, cal());
  REQUIRE(reports.size() == 2);
  CHECK(reports[0].period == DateRange::year(2022));
  CHECK(reports[0].nominal_due == Date(2023, 2, 15));
  CHECK(reports[0].due == Date(2023, 2, 14));  // before Wednesday 15/02: Tuesday 14/02
  // Before 15/02/2024 is 14/02/2024, the last day of the Tết holiday (08–14/02/2024): the
  // working day before it, Wednesday 07/02.
  CHECK(reports[1].nominal_due == Date(2024, 2, 15));
  CHECK(reports[1].due == Date(2024, 2, 7));
  CHECK(reports[1].rule_vi.find("rơi vào ngày nghỉ") != std::string::npos);
  // The rule survives a round trip through JSON.
  Plan p = govplan::load_plan(seed_json());
  p.reporting = {ob};
  CHECK(govplan::load_plan(govplan::dump_plan(p)) == p);
}

TEST_CASE("a time limit after an event reads in Vietnamese and English") {
  govplan::DueAfterEvent rule{"kết thúc thiên tai", govplan::Offset{15, govplan::TimeUnit::days}};
  CHECK(rule.description() == "15 ngày kể từ khi kết thúc thiên tai");
  CHECK(rule.description(govplan::Lang::en) == "15 days after \"kết thúc thiên tai\"");
  rule.offset = govplan::Offset{1, govplan::TimeUnit::working_days};
  CHECK(rule.description() == "1 ngày làm việc kể từ khi kết thúc thiên tai");
  CHECK(rule.description(govplan::Lang::en) == "1 working day after \"kết thúc thiên tai\"");
}

TEST_CASE("a report due a time after an event has no due date until the event, and its rule names the event") {
  govplan::ReportingObligation ob;
  ob.id = "R.event";
  ob.cadence = Cadence::once;
  ob.cutoff = govplan::CutoffPolicy::none;
  govplan::ReportDue due;
  due.text = "chậm nhất sau 15 ngày kể từ ngày kết thúc hội thi";
  due.after_event = govplan::DueAfterEvent{"kết thúc hội thi", govplan::Offset{15, govplan::TimeUnit::days}};
  ob.due.push_back(due);
  const auto reports = govplan::report_instances(ob, DateRange::year(2024), cal());
  REQUIRE(reports.size() == 1);
  CHECK(reports[0].period == DateRange::year(2024));
  CHECK_FALSE(reports[0].due.has_value());
  CHECK_FALSE(reports[0].nominal_due.has_value());
  CHECK(reports[0].rule_vi == "Hạn gửi tính từ một sự kiện chưa biết ngày: 15 ngày kể từ khi kết thúc hội thi");
  CHECK(reports[0].rule_en == "Due from an event not yet dated: 15 days after \"kết thúc hội thi\"");
  // Beside a rule that gives a date, the date is the one known.
  govplan::ReportDue fixed;
  fixed.on_date = govplan::DueTimeframe{Date(2024, 12, 16), govplan::DueRelation::by};
  ob.due.push_back(fixed);
  const auto both = govplan::report_instances(ob, DateRange::year(2024), cal());
  REQUIRE(both.size() == 1);
  CHECK(both[0].due == Date(2024, 12, 16));
  // An ad hoc duty (after each episode of the event) owes no report the calendar can list.
  ob.cadence = Cadence::ad_hoc;
  CHECK(govplan::report_instances(ob, DateRange::year(2024), cal()).empty());
}

TEST_CASE("a due rule counted from an event round-trips through JSON in canonical form") {
  Plan p = govplan::load_plan(seed_json());
  govplan::ReportingObligation ob;
  ob.id = "R.event";
  ob.cadence = Cadence::ad_hoc;
  ob.cutoff = govplan::CutoffPolicy::none;
  govplan::ReportDue due;
  due.text = "trong thời hạn 05 ngày làm việc kể từ ngày nhận được yêu cầu";
  due.after_event = govplan::DueAfterEvent{"nhận được yêu cầu", govplan::Offset{5, govplan::TimeUnit::working_days}};
  ob.due.push_back(due);
  p.reporting.push_back(ob);
  const std::string text = govplan::dump_plan(p);
  CHECK(text.find("\"after_event\": {\n"
                  "            \"event\": \"nhận được yêu cầu\",\n"
                  "            \"offset\": {\n"
                  "              \"amount\": 5,\n"
                  "              \"unit\": \"working_days\"\n") != std::string::npos);
  const Plan back = govplan::load_plan(text);
  CHECK(back == p);
  CHECK(back.reporting[1].due[0].after_event == due.after_event);
  CHECK(govplan::dump_plan(back) == text);
}

TEST_CASE("a malformed due rule counted from an event is a ParseError at its JSON pointer") {
  const std::string seed = seed_json();
  auto error = [&](const std::string& due) {
    std::string text = seed;
    const std::string old_text = "\"due\": [],";
    text.replace(text.find(old_text), old_text.size(), "\"due\": [" + due + "],");
    try {
      (void)govplan::load_plan(text);
    } catch (const govplan::ParseError& e) {
      return e;
    }
    FAIL("expected a ParseError");
    throw;
  };
  const std::string at = "/reporting/0/integrated_into/due/0";
  auto e = error(R"({"after_event": {"event": "  ", "offset": {"amount": 15, "unit": "days"}}})");
  CHECK(e.id() == "json.empty");
  CHECK(e.where().pointer() == at + "/after_event/event");
  e = error(R"({"after_event": {"event": "kết thúc thiên tai"}})");
  CHECK(e.id() == "json.missing_key");
  CHECK(e.where().pointer() == at + "/after_event");
  e = error(R"({"after_event": {"event": "kết thúc thiên tai", "offset": {"amount": -3, "unit": "days"}}})");
  CHECK(e.id() == "json.range");
  CHECK(e.where().pointer() == at + "/after_event/offset/amount");
  e = error(R"({"after_event": {"event": "kết thúc thiên tai", "offset": {"amount": 3, "unit": "fortnights"}}})");
  CHECK(e.where().pointer() == at + "/after_event/offset/unit");
  e = error(R"({"after_event": {"event": "kết thúc thiên tai", "days": 15, "offset": {"amount": 15, "unit": "days"}}})");
  CHECK(e.id() == "json.unknown_key");
  CHECK(e.where().pointer() == at + "/after_event/days");
  e = error(R"({"after_event": {"event": "kết thúc thiên tai", "offset": {"amount": 15, "unit": "days"}},)"
            R"( "after_cutoff": {"amount": 2, "unit": "working_days"}})");
  CHECK(e.id() == "json.due");
  CHECK(e.where().pointer() == at);
  CHECK(e.found() == "several");
  e = error(R"({"after_event": "kết thúc thiên tai"})");
  CHECK(e.id() == "json.type");
  CHECK(e.where().pointer() == at + "/after_event");
}

TEST_CASE("report instances without text have the same periods, cut-offs and due dates, and no labels") {
  std::vector<govplan::ReportingObligation> duties;
  govplan::ReportingObligation quarterly;
  quarterly.id = "R.q";
  quarterly.cadence = Cadence::quarterly;
  govplan::ReportDue by_rule;
  by_rule.day_rule = govplan::DayRule{};
  by_rule.day_rule->day = 30;
  by_rule.text = "chậm nhất ngày 30 của tháng cuối quý";
  quarterly.due.push_back(by_rule);
  govplan::ReportDue after_cutoff;
  after_cutoff.after_cutoff = govplan::Offset{2, govplan::TimeUnit::working_days};
  after_cutoff.text = "02 ngày làm việc sau ngày chốt số liệu";
  quarterly.due.push_back(after_cutoff);
  duties.push_back(quarterly);
  govplan::ReportingObligation once;
  once.id = "R.once";
  once.cadence = Cadence::once;
  govplan::ReportDue fixed;
  fixed.on_date = govplan::DueTimeframe{Date(2024, 11, 15), govplan::DueRelation::before};
  once.due.push_back(fixed);
  duties.push_back(once);
  govplan::ReportingObligation unset;  // no due rule: no date
  unset.id = "R.none";
  unset.cadence = Cadence::half_yearly;
  duties.push_back(unset);
  for (const auto& ob : duties) {
    CAPTURE(ob.id);
    const auto told = govplan::report_instances(ob, DateRange::year(2024), cal());
    const auto quiet = govplan::report_instances(ob, DateRange::year(2024), cal(), false);
    REQUIRE(told.size() == quiet.size());
    REQUIRE_FALSE(told.empty());
    for (std::size_t i = 0; i < told.size(); ++i) {
      CHECK(quiet[i].obligation == told[i].obligation);
      CHECK(quiet[i].period == told[i].period);
      CHECK(quiet[i].cutoff == told[i].cutoff);
      CHECK(quiet[i].due == told[i].due);
      CHECK(quiet[i].nominal_due == told[i].nominal_due);
      CHECK(quiet[i].label_vi.empty());
      CHECK(quiet[i].rule_en.empty());
      CHECK_FALSE(told[i].label_vi.empty());
      CHECK_FALSE(told[i].rule_en.empty());
    }
  }
}
