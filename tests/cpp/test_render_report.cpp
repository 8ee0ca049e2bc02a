// Tests of govplan/render/report.hpp: an evaluation as iCalendar (parsed back with libical), CSV,
// Markdown and HTML, the identifiers that make re-imports update instead of duplicate, the
// colours of the statuses, and atomic writes.
#include <doctest/doctest.h>

#include <libical/ical.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "govplan/compliance.hpp"
#include "govplan/json.hpp"
#include "govplan/render/report.hpp"
#include "seed_fixture.hpp"
#include "support.hpp"

using govplan::Date;
using govplan::EventLog;
using govplan::Lang;
using govplan::Plan;
using govplan::Status;
using govplan::render::Tone;

namespace {

using test_support::seed;
using test_support::seed_events;
using test_support::source;
const govplan::WorkCalendar& cal() { return test_support::vietnam(); }

const govplan::Evaluation& seed_eval() {
  static const govplan::Evaluation ev = govplan::evaluate(seed(), seed_events(), cal(), Date(2024, 12, 31));
  return ev;
}

constexpr Status all_statuses[] = {
    Status::not_yet_due, Status::due_soon, Status::within_deadline, Status::done_on_time,
    Status::done_late, Status::overdue, Status::ongoing, Status::awaiting_trigger,
    Status::trigger_never_came, Status::no_evidence, Status::on_request, Status::unresolved,
    Status::cancelled, Status::due, Status::submitted_on_time, Status::submitted_late,
    Status::missing, Status::submitted, Status::due_date_unknown};

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// iCalendar text with its folded lines joined again (RFC 5545 §3.1).
std::string unfold(const std::string& ics) {
  std::string out;
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out += ics[i];
  }
  return out;
}

std::string ymd(icaltimetype t) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", t.year, t.month, t.day);
  return buf;
}

// A plan with one task due before 30/06/2024 whose lead and content carry markup, a CSV formula
// and a control character, to check that every renderer escapes them.
Plan hostile_plan() {
  Plan p;
  p.number = govplan::DocumentNumber::parse("12/KH-UBND");
  p.issue_date = govplan::PartialDate(Date(2024, 3, 1));
  p.issuer = "UBND xã <Thử> & \"Nghiệm\"";
  p.title = "Kế hoạch | thử <b>in đậm</b>";
  p.window = govplan::DateRange::year(2024);
  govplan::Task t;
  t.id = "1";
  t.content = "<script>alert('x')</script> & nội dung\x01 có ký tự điều khiển, một byte sai \xC3(, và | dấu gạch";
  t.lead = govplan::Party{govplan::PartyKind::official, "=HYPERLINK(\"x\")"};
  t.timeframe = govplan::Timeframe("Trước ngày 30/6/2024",
                                   govplan::DueTimeframe{Date(2024, 6, 30), govplan::DueRelation::before});
  p.tasks.push_back(t);
  return p;
}

}  // namespace

TEST_CASE("every status has an iCalendar status, a colour and a tone named in both languages") {
  const std::set<std::string_view> rfc{"NEEDS-ACTION", "IN-PROCESS", "COMPLETED", "CANCELLED"};
  for (Status s : all_statuses) {
    CAPTURE(govplan::to_string(s));
    CHECK(rfc.count(govplan::render::ical_status(s)) == 1);
    const Tone t = govplan::render::tone(s);
    CHECK(govplan::render::tone_colour(t).size() == 7);
    CHECK(govplan::render::tone_name(t, Lang::vi) != govplan::render::tone_name(t, Lang::en));
    // A to-do is COMPLETED exactly when the status is one of the done colours.
    CHECK((govplan::render::ical_status(s) == "COMPLETED") ==
          (t == Tone::done_on_time || t == Tone::done_late));
  }
  CHECK(govplan::render::ical_status(Status::ongoing) == "IN-PROCESS");
  CHECK(govplan::render::ical_status(Status::overdue) == "NEEDS-ACTION");
  CHECK(govplan::render::ical_status(Status::awaiting_trigger) == "NEEDS-ACTION");
  CHECK(govplan::render::tone(Status::no_evidence) == Tone::overdue);
  CHECK(govplan::render::tone(Status::submitted_late) == Tone::done_late);
  CHECK(govplan::render::tone(Status::trigger_never_came) == Tone::waiting);
  CHECK(govplan::render::tone_colour(Tone::done_on_time) == "#2e7d32");
}

TEST_CASE("the seed's iCalendar has one to-do per row with its due date, status and the plan as parent") {
  const govplan::Evaluation& ev = seed_eval();
  const std::string ics = govplan::render::evaluation_ics(seed(), ev, cal(), Lang::vi, Date(2025, 1, 2));
  icalcomponent* parsed = icalparser_parse_string(ics.c_str());
  REQUIRE(parsed != nullptr);
  std::map<std::string, const govplan::StatusRow*> by_uid;
  for (const auto& r : ev.rows) by_uid[govplan::render::row_uid(seed(), r)] = &r;
  REQUIRE(by_uid.size() == ev.rows.size());
  int todos = 0;
  for (icalcomponent* c = icalcomponent_get_first_component(parsed, ICAL_VTODO_COMPONENT); c != nullptr;
       c = icalcomponent_get_next_component(parsed, ICAL_VTODO_COMPONENT)) {
    ++todos;
    const std::string uid = icalcomponent_get_uid(c);
    CAPTURE(uid);
    REQUIRE(by_uid.count(uid) == 1);
    const govplan::StatusRow& r = *by_uid[uid];
    icalproperty* due = icalcomponent_get_first_property(c, ICAL_DUE_PROPERTY);
    CHECK((due != nullptr) == r.due.has_value());
    if (due != nullptr && r.due) {
      CHECK(icalproperty_get_due(due).is_date == 1);
      CHECK(ymd(icalproperty_get_due(due)) == r.due->to_string());
    }
    CHECK(std::string(icalproperty_status_to_string(icalcomponent_get_status(c))) ==
          govplan::render::ical_status(r.status));
    icalproperty* related = icalcomponent_get_first_property(c, ICAL_RELATEDTO_PROPERTY);
    REQUIRE(related != nullptr);
    CHECK(std::string(icalproperty_get_relatedto(related)) == govplan::render::plan_uid(seed()));
    const std::string summary = icalcomponent_get_summary(c);
    CHECK(summary.find(r.id) != std::string::npos);
    const std::string description = icalcomponent_get_description(c);
    CHECK(description.find(r.reason_vi) != std::string::npos);
    CHECK(description.find(std::string(govplan::status_name(r.status))) != std::string::npos);
    CHECK(ymd(icalcomponent_get_dtstamp(c)) == "2025-01-02");
  }
  CHECK(todos == static_cast<int>(ev.rows.size()));
  int events = 0;
  for (icalcomponent* c = icalcomponent_get_first_component(parsed, ICAL_VEVENT_COMPONENT); c != nullptr;
       c = icalcomponent_get_next_component(parsed, ICAL_VEVENT_COMPONENT)) {
    ++events;
    CHECK(icalcomponent_get_dtstart(c).year == 2024);
  }
  icalcomponent_free(parsed);
  CHECK(events == static_cast<int>(cal().days_off(2024).size()));
  // The task II.1's description names its lead, coordinators and timeframe as written.
  const std::string text = unfold(ics);
  CHECK(text.find("\\nChủ trì: Công chức Tư pháp-Hộ tịch\\nPhối hợp: các cơ quan\\, tổ chức liên quan") !=
        std::string::npos);
  CHECK(text.find("Thời hạn: Thường xuyên trong năm.") != std::string::npos);
  // Lines are folded at 75 octets.
  for (const std::string& line : test_support::lines_of(ics)) {
    CHECK(line.size() <= 76);  // 75 octets and the CR of CRLF
  }
}

TEST_CASE("an English iCalendar speaks English and writes dates in ISO 8601") {
  const std::string ics =
      unfold(govplan::render::evaluation_ics(seed(), seed_eval(), cal(), Lang::en, Date(2025, 1, 2)));
  CHECK(ics.find("SUMMARY:Task II.1") != std::string::npos);
  CHECK(ics.find("PRODID:-//govplan//govplan") != std::string::npos);
  CHECK(ics.find("Lead: Công chức Tư pháp-Hộ tịch") != std::string::npos);
  CHECK(ics.find("Chủ trì") == std::string::npos);
}

TEST_CASE("row identifiers are distinct, survive a later evaluation and follow the plan's identity") {
  std::set<std::string> uids;
  for (const auto& r : seed_eval().rows) uids.insert(govplan::render::row_uid(seed(), r));
  CHECK(uids.size() == seed_eval().rows.size());
  // The same occurrence keeps its identifier when evaluated on another day.
  const auto earlier = govplan::evaluate(seed(), seed_events(), cal(), Date(2024, 3, 31));
  for (const auto& r : earlier.rows) {
    CAPTURE(r.id);
    CHECK(uids.count(govplan::render::row_uid(seed(), r)) == 1);
  }
  const std::string uid = govplan::render::plan_uid(seed());
  CHECK(uid.rfind("govplan-plan-", 0) == 0);
  CHECK(uid.size() == std::string("govplan-plan-").size() + 16);
  // A draft is known by its issuer, date and title: the title changes it, letter case does not.
  Plan draft = seed();
  draft.issuer = "ubnd PHƯỜNG Chánh Lộ";
  CHECK(govplan::render::plan_uid(draft) == uid);
  draft.title += " (sửa)";
  CHECK(govplan::render::plan_uid(draft) != uid);
  // A numbered plan is known by number, year and issuer, whatever its title.
  Plan signed_plan = seed();
  signed_plan.number = govplan::DocumentNumber::parse("36/KH-UBND");
  signed_plan.issue_date = govplan::PartialDate(Date(2024, 2, 27));
  const std::string signed_uid = govplan::render::plan_uid(signed_plan);
  CHECK(signed_uid != uid);
  signed_plan.title = "Tên khác";
  CHECK(govplan::render::plan_uid(signed_plan) == signed_uid);
  signed_plan.issue_date = govplan::PartialDate(Date(2025, 2, 27));
  CHECK(govplan::render::plan_uid(signed_plan) != signed_uid);
  // Ids outside [A-Za-z0-9._-] are written %XX.
  govplan::StatusRow odd;
  odd.id = "II.1 b/ư";
  odd.occurrence = 2;
  const std::string row = govplan::render::row_uid(seed(), odd);
  CHECK(row.find("-task-II.1%20b%2F%C6%B0-2") != std::string::npos);
}

TEST_CASE("the CSV starts with a byte-order mark and has the to_records columns, one line per row") {
  EventLog log;
  log.append({Date(2024, 5, 10),
              govplan::TriggerEvent{govplan::TriggerKind::guidance, govplan::Party{govplan::PartyKind::body, "Sở Tư pháp"}},
              {}, ""});
  const auto ev = govplan::evaluate(seed(), log, cal(), Date(2025, 1, 6));  // II.3 three days late
  const std::string csv = govplan::render::evaluation_csv(ev);
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  const auto lines = test_support::lines_of(csv.substr(3));
  CHECK(lines[0] ==
        "id,kind,occurrence,status,tracker,due,period_from,period_to,done,working_days,responsible,reason,"
        "reason_vi,reason_en\r");
  CHECK(lines.size() == ev.rows.size() + 2);  // header, rows, the empty string after the last CRLF
  // A negative number of working days is a number, not a formula to guard.
  CHECK(csv.find("II.3,task,0,overdue,overdue,2024-12-31,2024-01-01,2024-12-31,,-3,") != std::string::npos);
  // English reasons in the reason column; both languages always in their own columns.
  const std::string en = govplan::render::evaluation_csv(ev, Lang::en);
  const auto en_lines = test_support::lines_of(en.substr(3));
  REQUIRE(en_lines.size() == lines.size());
  CHECK(en_lines[1] != lines[1]);
}

TEST_CASE("a CSV cell that a spreadsheet would run as a formula is kept as text, and quotes are doubled") {
  const Plan p = hostile_plan();
  const auto ev = govplan::evaluate(p, EventLog{}, cal(), Date(2024, 8, 1));
  const std::string csv = govplan::render::evaluation_csv(ev);
  CHECK(csv.find(",\"'=HYPERLINK(\"\"x\"\")\",") != std::string::npos);
}

TEST_CASE("the Markdown report names the plan, counts rows by colour and status, and escapes cells") {
  const std::string md = govplan::render::evaluation_markdown(seed(), seed_eval());
  CHECK(md.rfind("# Kế hoạch (dự thảo, chưa có số: /KH-UBND) tháng 02/2024 của UBND phường Chánh Lộ\n", 0) == 0);
  CHECK(md.find("- Thời gian thực hiện: 01/01/2024 – 31/12/2024") != std::string::npos);
  CHECK(md.find("- Tình hình thực hiện đến ngày: 31/12/2024") != std::string::npos);
  std::size_t done_on_time = 0;
  for (const auto& r : seed_eval().rows) {
    done_on_time += govplan::render::tone(r.status) == Tone::done_on_time ? 1 : 0;
  }
  CHECK(md.find("| Hoàn thành đúng hạn | " + std::to_string(done_on_time) + " |") != std::string::npos);
  CHECK(md.find("| II.2 (lần 2) | Nhiệm vụ | hoàn thành quá hạn | 21/10/2024 | 25/10/2024 |") != std::string::npos);
  const std::string en = govplan::render::evaluation_markdown(seed(), seed_eval(), Lang::en);
  CHECK(en.find("# Plan (draft, not yet numbered: /KH-UBND) of 2024-02 by UBND phường Chánh Lộ") == 0);
  CHECK(en.find("2024-10-21") != std::string::npos);
  CHECK(en.find("21/10/2024") == std::string::npos);

  const Plan p = hostile_plan();
  const std::string hostile = govplan::render::evaluation_markdown(p, govplan::evaluate(p, EventLog{}, cal(), Date(2024, 8, 1)));
  CHECK(hostile.find("**Kế hoạch \\| thử \\<b\\>in đậm\\</b\\>**") != std::string::npos);
  CHECK(hostile.find("<b>") == std::string::npos);
}

TEST_CASE("the HTML page is self-contained, escapes the plan's text and has a timeline") {
  const Plan p = hostile_plan();
  const auto ev = govplan::evaluate(p, EventLog{}, cal(), Date(2024, 8, 1));
  const std::string html = govplan::render::evaluation_html(p, EventLog{}, ev, cal());
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"vi\">", 0) == 0);
  CHECK(count(html, "<script") == 1);  // the sorting script, nothing from the plan
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; nội dung\xEF\xBF\xBD") != std::string::npos);
  CHECK(html.find("UBND xã &lt;Thử&gt; &amp; &quot;Nghiệm&quot;") != std::string::npos);
  CHECK(html.find("\x01") == std::string::npos);
  CHECK(html.find("một byte sai \xEF\xBF\xBD(,") != std::string::npos);  // invalid UTF-8 replaced
  CHECK(html.find("http://") == std::string::npos);
  CHECK(html.find("https://") == std::string::npos);
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find(" href=") == std::string::npos);
  CHECK(count(html, "<svg class=\"timeline\"") == 1);
  CHECK(count(html, "<svg") == count(html, "</svg>"));
  CHECK(count(html, "<table") == count(html, "</table>"));
  CHECK(count(html, "<tr") == count(html, "</tr>"));
  CHECK(html.find("@media print") != std::string::npos);
  // The overdue task is red in the table and in the summary.
  CHECK(html.find("<tr class=\"t-overdue\">") != std::string::npos);
  CHECK(html.find(".t-overdue{--c:#c62828}") != std::string::npos);
}

TEST_CASE("the timeline shades every day off of the window and marks the day of the evaluation") {
  const std::string html = govplan::render::evaluation_html(seed(), seed_events(), seed_eval(), cal());
  const std::size_t start = html.find("<svg class=\"timeline\"");
  REQUIRE(start != std::string::npos);
  const std::string svg = html.substr(start, html.find("</svg>", start) - start);
  CHECK(count(svg, "fill=\"#e6dcf5\"") == cal().days_off(2024).size());
  CHECK(svg.find("ngày đánh giá 31/12/2024") != std::string::npos);
  // One diamond per due date, one ring per done date.
  std::size_t dues = 0, dones = 0;
  for (const auto& r : seed_eval().rows) {
    dues += r.due ? 1 : 0;
    dones += r.done ? 1 : 0;
  }
  CHECK(count(svg, "<path d=\"M") >= dues);
  CHECK(count(svg, "<circle") == dones);
  // Every event known on the day appears in the events table.
  for (const auto& e : seed_events().events()) {
    CHECK(html.find("<td class=\"date\">" + govplan::format_date(e.date, govplan::DateStyle::numeric) + "</td>") !=
          std::string::npos);
  }
  // An earlier day shows only the events known then.
  const auto march = govplan::evaluate(seed(), seed_events(), cal(), Date(2024, 3, 31));
  const std::string early = govplan::render::evaluation_html(seed(), seed_events(), march, cal());
  CHECK(early.find("<td class=\"date\">15/03/2024</td>") != std::string::npos);
  CHECK(early.find("<td class=\"date\">10/05/2024</td>") == std::string::npos);
  const std::string en = govplan::render::evaluation_html(seed(), seed_events(), seed_eval(), cal(), Lang::en);
  CHECK(en.find("<html lang=\"en\">") != std::string::npos);
  CHECK(en.find("day of the evaluation 2024-12-31") != std::string::npos);
  CHECK(en.find("Done on time") != std::string::npos);
}

TEST_CASE("a file is written atomically, and a directory that does not exist is an error") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("govplan-render-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path file = dir / "báo cáo.csv";
  govplan::render::write_file_atomically(file, "một");
  govplan::render::write_file_atomically(file, "hai");
  CHECK(test_support::read_file(file.string()) == "hai");
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);  // no temporary left
  CHECK_THROWS_AS(govplan::render::write_file_atomically(dir / "no" / "such.csv", "x"), fs::filesystem_error);
  CHECK_THROWS_AS(govplan::render::write_file_atomically(dir, "x"), fs::filesystem_error);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  fs::remove_all(dir);
}

TEST_CASE("a report due a time after an event prints its rule and the event's day in both languages") {
  Plan p = seed();
  govplan::ReportingObligation ob;
  ob.id = "R.event";
  ob.cadence = govplan::Cadence::once;
  ob.cutoff = govplan::CutoffPolicy::none;
  govplan::ReportDue due;
  due.after_event = govplan::DueAfterEvent{"kết thúc thiên tai", govplan::Offset{15, govplan::TimeUnit::days}};
  ob.due.push_back(due);
  p.reporting = {ob};
  // Waiting for the event.
  auto ev = govplan::evaluate(p, EventLog{}, cal(), Date(2024, 8, 1));
  CHECK(govplan::render::evaluation_markdown(p, ev).find("15 ngày kể từ khi kết thúc thiên tai") != std::string::npos);
  CHECK(govplan::render::evaluation_markdown(p, ev, Lang::en).find("15 days after \"kết thúc thiên tai\"") !=
        std::string::npos);
  // Dated by the event.
  EventLog log;
  govplan::TriggerEvent end_of_disaster{govplan::TriggerKind::other, govplan::Party{govplan::PartyKind::body, "UBND tỉnh"}};
  end_of_disaster.event = "kết thúc thiên tai";
  log.append({Date(2024, 9, 20), end_of_disaster, {}, ""});
  ev = govplan::evaluate(p, log, cal(), Date(2024, 10, 8));
  const std::string vi = govplan::render::evaluation_markdown(p, ev);
  CHECK(vi.find("15 ngày kể từ khi kết thúc thiên tai ngày 20/09/2024") != std::string::npos);
  CHECK(vi.find("07/10/2024") != std::string::npos);
  const std::string en = govplan::render::evaluation_markdown(p, ev, Lang::en);
  CHECK(en.find("15 days after \"kết thúc thiên tai\" on 2024-09-20") != std::string::npos);
}
