// Tests of govplan/portfolio.hpp and the compact evaluation: the province → city → ward example
// and its cascade gap, roll-ups and the tracker's completion rate, determinism across threads,
// reasons on demand, and loading portfolios from files.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "govplan/compliance.hpp"
#include "govplan/error.hpp"
#include "govplan/json.hpp"
#include "govplan/portfolio.hpp"
#include "support.hpp"

using govplan::CascadeMatch;
using govplan::CompactRow;
using govplan::Date;
using govplan::Portfolio;
using govplan::RollUpBy;
using govplan::Status;
using govplan::TrackerClass;

namespace {

std::string source_path(const std::string& relative) { return std::string(GOVPLAN_SOURCE_DIR) + "/" + relative; }

const govplan::WorkCalendar& cal() {
  static const govplan::WorkCalendar c = govplan::WorkCalendar::vietnam();
  return c;
}

const Portfolio& example() {
  static const Portfolio p = govplan::load_portfolio({source_path("examples/portfolio"),
                                                      source_path("examples/plans/chanh-lo-2024.json"),
                                                      source_path("examples/events/chanh-lo-2024.events.json")});
  return p;
}

std::size_t index_of(const Portfolio& p, const std::string& issuer) {
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p.plan(i).issuer == issuer) return i;
  }
  FAIL("no plan of " << issuer);
  return 0;
}

void check_same(const CompactRow& c, const govplan::StatusRow& r) {
  CHECK(c.kind == r.kind);
  CHECK(c.status == r.status);
  CHECK(static_cast<int>(c.occurrence) == r.occurrence);
  CHECK(c.due == (r.due ? r.due->days_since_epoch() : CompactRow::none));
  CHECK(c.done == (r.done ? r.done->days_since_epoch() : CompactRow::none));
  CHECK(c.period_first == (r.period ? r.period->first().days_since_epoch() : CompactRow::none));
  CHECK(c.period_last == (r.period ? r.period->last().days_since_epoch() : CompactRow::none));
  CHECK(c.working_days == r.working_days.value_or(CompactRow::none));
}

// A synthetic portfolio: `n` ward plans of every timeframe kind with events, deterministic.
Portfolio synthetic(std::size_t n) {
  Portfolio p;
  const govplan::Party lead{govplan::PartyKind::official, "Công chức Tư pháp-Hộ tịch"};
  const govplan::Party so{govplan::PartyKind::body, "Sở Tư pháp"};
  for (std::size_t i = 0; i < n; ++i) {
    govplan::Plan plan;
    plan.issuer = "UBND phường " + std::to_string(i);
    plan.title = "Kế hoạch " + std::to_string(i);
    plan.issue_date = govplan::PartialDate(2024, 1, 10);
    plan.window = govplan::DateRange::year(2024);
    govplan::EventLog log;
    for (int t = 0; t < 6; ++t) {
      govplan::Task task;
      task.id = "II." + std::to_string(t + 1);
      task.content = "Nhiệm vụ";
      task.lead = lead;
      switch (t) {
        case 0: task.timeframe = govplan::Timeframe("Thường xuyên", govplan::RegularTimeframe{}); break;
        case 1: task.timeframe = govplan::Timeframe("Quý", govplan::WithinTimeframe{govplan::DateRange::quarter(2024, 1 + static_cast<int>(i % 4)), govplan::PeriodKind::quarter}); break;
        case 2: task.timeframe = govplan::Timeframe("Trước ngày", govplan::DueTimeframe{Date(2024, 6, 1 + static_cast<int>(i % 28)), govplan::DueRelation::before}); break;
        case 3: {
          govplan::RecurringTimeframe r;
          r.cadence = govplan::Cadence::monthly;
          task.timeframe = govplan::Timeframe("Hằng tháng", r);
          break;
        }
        case 4: {
          govplan::AfterEventTimeframe a;
          a.trigger_by = {so};
          a.trigger = govplan::TriggerKind::guidance;
          a.offset = govplan::Offset{10, govplan::TimeUnit::working_days};
          task.timeframe = govplan::Timeframe("Sau hướng dẫn", a);
          break;
        }
        default: task.timeframe = govplan::Timeframe("Khi có yêu cầu", govplan::OnRequestTimeframe{}); break;
      }
      plan.tasks.push_back(task);
      if ((i + static_cast<std::size_t>(t)) % 3 != 0) {
        log.append({Date(2024, 1 + static_cast<int>((i + static_cast<std::size_t>(t)) % 12), 15),
                    govplan::TaskCompletedEvent{task.id, "", std::nullopt}, {}, ""});
      }
    }
    if (i % 2 == 0) log.append({Date(2024, 3, 4), govplan::TriggerEvent{govplan::TriggerKind::guidance, so}, {}, ""});
    p.add(std::move(plan), std::move(log));
  }
  return p;
}

}  // namespace

TEST_CASE("the compact evaluation agrees with the full one row by row") {
  const Portfolio& p = example();
  for (const char* day : {"2024-03-31", "2024-06-30", "2024-12-31", "2025-01-31"}) {
    CAPTURE(day);
    const Date as_of = govplan::parse_date(day);
    for (std::size_t i = 0; i < p.size(); ++i) {
      const auto full = govplan::evaluate(p.plan(i), p.events(i), cal(), as_of);
      std::vector<CompactRow> rows;
      std::vector<govplan::Finding> findings;
      govplan::evaluate_compact(p.plan(i), p.events(i), cal(), as_of, {}, 7, rows, findings);
      REQUIRE(rows.size() == full.rows.size());
      CHECK(findings == full.findings);
      for (std::size_t k = 0; k < rows.size(); ++k) {
        CHECK(rows[k].plan == 7);
        check_same(rows[k], full.rows[k]);
      }
    }
  }
}

TEST_CASE("resolving without text gives the same states and dates with empty texts") {
  const Portfolio& p = example();
  const govplan::Facts facts = p.events(index_of(p, "UBND phường Chánh Lộ")).facts_as_of(Date(2024, 12, 31));
  for (const auto& task : p.plan(index_of(p, "UBND phường Chánh Lộ")).tasks) {
    const auto a = govplan::resolve(task.timeframe, facts, cal(), govplan::DateRange::year(2024), true);
    const auto b = govplan::resolve(task.timeframe, facts, cal(), govplan::DateRange::year(2024), false);
    CHECK(a.state == b.state);
    CHECK(a.window == b.window);
    CHECK(b.reason_vi.empty());
    REQUIRE(a.occurrences.size() == b.occurrences.size());
    for (std::size_t k = 0; k < a.occurrences.size(); ++k) {
      CHECK(a.occurrences[k].due == b.occurrences[k].due);
      CHECK(b.occurrences[k].rule_vi.empty());
      CHECK_FALSE(a.occurrences[k].rule_vi.empty());
    }
  }
}

TEST_CASE("plans are linked by the number, day and issuer of what they implement") {
  const Portfolio& p = example();
  REQUIRE(p.size() == 4);
  const std::size_t province = index_of(p, "UBND tỉnh Quảng Ngãi"), city = index_of(p, "UBND thành phố Quảng Ngãi"),
                    chanh_lo = index_of(p, "UBND phường Chánh Lộ"), tran_phu = index_of(p, "UBND phường Trần Phú");
  const auto links = p.links();
  REQUIRE(links.size() == 3);
  auto linked = [&](std::size_t down, std::size_t up) {
    return std::any_of(links.begin(), links.end(),
                       [&](const govplan::PlanLink& l) { return l.downstream == down && l.upstream == up; });
  };
  CHECK(linked(city, province));
  CHECK(linked(chanh_lo, city));
  CHECK(linked(tran_phu, city));
  // The seed also cites 164/KH-UBND (2022), which is not in the portfolio: not a link.
  CHECK_FALSE(linked(chanh_lo, province));
}

TEST_CASE("a citation with another day or another issuer does not link two plans") {
  Portfolio p;
  govplan::Plan up;
  up.issuer = "UBND thành phố Quảng Ngãi";
  up.title = "Kế hoạch";
  up.number = govplan::DocumentNumber::parse("43/KH-UBND");
  up.issue_date = govplan::PartialDate(2024, 2, 26);
  p.add(up);
  auto down_citing = [&](govplan::DocumentRef ref) {
    govplan::Plan down;
    down.issuer = "UBND phường Chánh Lộ";
    down.title = "Kế hoạch";
    down.issue_date = govplan::PartialDate(2024, 3);
    down.implements.push_back({std::move(ref)});
    return down;
  };
  const auto number = govplan::DocumentNumber::parse("43/KH-UBND");
  p.add(down_citing(govplan::DocumentRef(govplan::DocumentType::ke_hoach, number, Date(2024, 2, 26), "UBND thành phố")));
  p.add(down_citing(govplan::DocumentRef(govplan::DocumentType::ke_hoach, number, Date(2023, 2, 26), "UBND thành phố")));
  p.add(down_citing(govplan::DocumentRef(govplan::DocumentType::ke_hoach, number, Date(2024, 2, 26), "UBND huyện Sơn Tịnh")));
  p.add(down_citing(govplan::DocumentRef(govplan::DocumentType::ke_hoach, number, std::nullopt, "Ủy ban nhân dân thành phố Quảng Ngãi")));
  const auto links = p.links();
  REQUIRE(links.size() == 2);
  CHECK(links[0].downstream == 1);
  CHECK(links[1].downstream == 4);
}

TEST_CASE("the cascade example reports its gap and how each covered task was matched") {
  const Portfolio& p = example();
  const std::size_t city = index_of(p, "UBND thành phố Quảng Ngãi"), chanh_lo = index_of(p, "UBND phường Chánh Lộ"),
                    tran_phu = index_of(p, "UBND phường Trần Phú");
  std::vector<govplan::PortfolioFinding> findings;
  const auto cascade = p.cascade(&findings);
  CHECK(cascade.size() == 10);
  std::vector<govplan::CascadeItem> gaps;
  for (const auto& c : cascade) {
    if (!c.covered()) gaps.push_back(c);
    if (c.downstream_plan == tran_phu) CHECK(c.match == CascadeMatch::explicit_);
    if (c.downstream_plan == chanh_lo && c.covered()) {
      CHECK(c.match == CascadeMatch::content);
      CHECK(c.similarity >= 0.6);
      REQUIRE(c.downstream_tasks.size() == 1);
      CHECK(c.downstream_tasks[0] == c.upstream_task);  // the seed's tasks follow the city's order
    }
  }
  REQUIRE(gaps.size() == 1);
  CHECK(gaps[0].upstream_plan == city);
  CHECK(gaps[0].upstream_task == "II.4");
  CHECK(gaps[0].downstream_plan == chanh_lo);
  CHECK(gaps[0].assigned_to == "UBND các xã, phường");
  CHECK(gaps[0].match == CascadeMatch::none);
  std::size_t gap_findings = 0;
  for (const auto& f : findings) {
    if (f.finding.code() != "portfolio.cascade.gap") continue;
    ++gap_findings;
    CHECK(f.plan == chanh_lo);
    CHECK(f.finding.subject() == "II.4");
    CHECK(f.finding.severity() == govplan::Severity::warning);
  }
  CHECK(gap_findings == 1);
  // The city's own tasks that are not assigned to the wards (II.5, funding) are not in the cascade.
  for (const auto& c : cascade) CHECK(c.upstream_task != "II.5");
}

TEST_CASE("a task assigned to a ward by its name or to the wards as a group is in the cascade") {
  CHECK(govplan::content_similarity("Tổ chức truyền thông dự thảo chính sách", "tổ chức TRUYỀN THÔNG dự thảo chính sách") == 1.0);
  CHECK(govplan::content_similarity("Bố trí kinh phí", "Lập danh sách báo cáo viên") == 0.0);
  Portfolio p;
  govplan::Plan up;
  up.issuer = "UBND thành phố Quảng Ngãi";
  up.level = govplan::AdministrativeLevel::district;
  up.title = "Kế hoạch";
  up.number = govplan::DocumentNumber::parse("5/KH-UBND");
  up.issue_date = govplan::PartialDate(2024, 1, 5);
  for (const char* who : {"Ủy ban nhân dân phường Chánh Lộ", "UBND cấp xã", "UBND các huyện", "Phòng Tư pháp"}) {
    govplan::Task t;
    t.id = std::string("T") + std::to_string(up.tasks.size());
    t.content = "Việc số " + t.id;
    t.lead = govplan::Party{govplan::PartyKind::body, who};
    up.tasks.push_back(t);
  }
  p.add(up);
  govplan::Plan down;
  down.issuer = "UBND phường Chánh Lộ";
  down.title = "Kế hoạch";
  down.issue_date = govplan::PartialDate(2024, 2);
  down.implements.push_back({govplan::DocumentRef(govplan::DocumentType::ke_hoach, govplan::DocumentNumber::parse("5/KH-UBND"),
                                                  Date(2024, 1, 5), std::nullopt)});
  p.add(down);
  CHECK(p.level(1) == govplan::AdministrativeLevel::commune);
  const auto cascade = p.cascade();
  REQUIRE(cascade.size() == 2);
  CHECK(cascade[0].upstream_task == "T0");  // by name, in either spelling of UBND
  CHECK(cascade[1].upstream_task == "T1");  // the communes as a group
}

TEST_CASE("a plan implementing a plan that is not loaded gets an info finding, not an error") {
  const Portfolio& p = example();
  const auto ev = p.evaluate(cal(), Date(2024, 12, 31));
  std::size_t not_loaded = 0;
  for (const auto& f : ev.findings) {
    if (f.finding.code() != "portfolio.upstream_not_loaded") continue;
    ++not_loaded;
    CHECK(f.finding.severity() == govplan::Severity::info);
    CHECK(f.finding.message(govplan::Lang::vi).find("164/KH-UBND") != std::string::npos);
  }
  CHECK(not_loaded == 1);  // the seed's 164/KH-UBND; the province plan implements nothing
}

TEST_CASE("roll-ups count every row once and the completion rate follows the tracker") {
  const Portfolio& p = example();
  const auto ev = p.evaluate(cal(), Date(2024, 12, 31));
  const govplan::RollUp total = ev.total();
  CHECK(total.task_rows + total.report_rows == ev.rows.size());
  for (RollUpBy by : {RollUpBy::plan, RollUpBy::level, RollUpBy::body}) {
    CAPTURE(govplan::to_string(by));
    std::uint32_t rows = 0, overdue = 0;
    for (const auto& r : ev.roll_up(p, by)) {
      rows += r.task_rows + r.report_rows;
      overdue += r.count(Status::overdue);
    }
    CHECK(rows == ev.rows.size());
    CHECK(overdue == total.count(Status::overdue));
  }
  // By level: the four plans are province, district (given) and two communes (read from names).
  const auto levels = ev.roll_up(p, RollUpBy::level, govplan::Lang::en);
  REQUIRE(levels.size() == 3);
  CHECK(levels[0].key == "commune");
  // The city's roster task (II.4, due before 30/04) was never done: overdue in the city's plan.
  const auto plans = ev.roll_up(p, RollUpBy::plan);
  const auto& city = plans[index_of(p, "UBND thành phố Quảng Ngãi")];
  CHECK(city.count(TrackerClass::overdue) == 1);
  const double done = city.count(TrackerClass::done_on_time) + city.count(TrackerClass::done_late);
  REQUIRE(city.completion_rate().has_value());
  CHECK(*city.completion_rate() == doctest::Approx(done / (done + 1)));
  // Role: officials only, across wards.
  for (const auto& r : ev.roll_up(p, RollUpBy::role)) CHECK(r.key.find("công chức") == 0);
}

TEST_CASE("the completion rate reproduces the Prime Minister's Working Group report of 2017") {
  // Report 1270/BC-TCTTTg (27/12/2017): 16,051 tasks come due were done (14,068 on time, 1,983
  // late), 223 were overdue: "đạt 98,62%". 5,640 not done within the deadline do not count.
  govplan::RollUp r;
  r.by_tracker[static_cast<std::size_t>(TrackerClass::done_on_time)] = 14068;
  r.by_tracker[static_cast<std::size_t>(TrackerClass::done_late)] = 1983;
  r.by_tracker[static_cast<std::size_t>(TrackerClass::within_deadline)] = 5640;
  r.by_tracker[static_cast<std::size_t>(TrackerClass::overdue)] = 223;
  REQUIRE(r.completion_rate().has_value());
  CHECK(std::round(*r.completion_rate() * 10000) / 100 == doctest::Approx(98.63));
  CHECK(*r.completion_rate() > 0.9862);
  CHECK_FALSE(govplan::RollUp{}.completion_rate().has_value());
}

TEST_CASE("a portfolio's evaluation does not depend on the number of threads") {
  const Portfolio p = synthetic(300);
  const auto one = p.evaluate(cal(), Date(2024, 9, 30), {}, 1);
  for (unsigned threads : {2U, 3U, 0U}) {
    const auto many = p.evaluate(cal(), Date(2024, 9, 30), {}, threads);
    CHECK(many.rows == one.rows);
    CHECK(many.plan_first_row == one.plan_first_row);
    CHECK(many.findings == one.findings);
  }
  CHECK(one.plan_first_row.size() == p.size() + 1);
  CHECK(one.rows.size() > p.size() * 6);
  // Each plan's rows are where plan_first_row says, whatever the number of threads.
  for (unsigned threads : {1U, 2U}) {
    const auto ev = p.evaluate(cal(), Date(2024, 9, 30), {}, threads);
    CHECK(ev.plan_first_row.back() == ev.rows.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
      CHECK(ev.plan_first_row[i] < ev.plan_first_row[i + 1]);
      for (std::size_t r = ev.plan_first_row[i]; r < ev.plan_first_row[i + 1]; ++r) {
        if (ev.rows[r].plan != i) FAIL("row " << r << " belongs to plan " << ev.rows[r].plan << ", not " << i);
      }
    }
  }
}

TEST_CASE("a row's reason is built on demand and matches the full evaluation") {
  const Portfolio& p = example();
  const auto ev = p.evaluate(cal(), Date(2024, 6, 30));
  for (std::size_t i = 0; i < ev.rows.size(); ++i) {
    const govplan::StatusRow r = ev.detail(p, cal(), i);
    check_same(ev.rows[i], r);
    CHECK_FALSE(r.reason_vi.empty());
    CHECK_FALSE(r.reason_en.empty());
  }
  CHECK_THROWS_AS(ev.detail(p, cal(), ev.rows.size()), govplan::NotFound);
}

TEST_CASE("the portfolio as JSON has rows with plan, id, kind, status, due and reason, and the cascade") {
  const Portfolio& p = example();
  const auto ev = p.evaluate(cal(), Date(2024, 12, 31));
  const std::string text = govplan::to_json(ev, p, cal());
  CHECK(text.find("\"portfolio.cascade.gap\"") != std::string::npos);
  CHECK(text.find("\"reason\": \"") != std::string::npos);
  CHECK(text.find("\"completion_rate\"") != std::string::npos);
  const std::string compact = govplan::to_json(ev, p, cal(), false);
  CHECK(compact.find("\"reason\"") == std::string::npos);
  CHECK(compact.find("\"status\": \"overdue\"") != std::string::npos);
  // Byte for byte the same on a second run: evaluation is a pure function of its inputs.
  CHECK(govplan::to_json(p.evaluate(cal(), Date(2024, 12, 31), {}, 2), p, cal()) == text);
}

TEST_CASE("loading a portfolio reports a missing path, a bad file and an orphan event log by name") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "govplan-portfolio-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  CHECK_THROWS_AS(govplan::load_portfolio({(dir / "none.json").string()}), govplan::NotFound);
  std::ofstream(dir / "a.events.json") << R"({"schema": "govplan/1", "events": []})";
  try {
    govplan::load_portfolio({dir.string()});
    FAIL("an event log without its plan was accepted");
  } catch (const govplan::ValidationError& e) {
    CHECK(e.id() == "portfolio.events_without_plan");
  }
  std::ofstream(dir / "a.json") << R"({"schema": "govplan/1", "type": "ke_hoach", "issuer": 5})";
  try {
    govplan::load_portfolio({dir.string()});
    FAIL("a bad plan was accepted");
  } catch (const govplan::ParseError& e) {
    CHECK(e.where().pointer() == std::optional<std::string>("/issuer"));
    CHECK(std::string(e.what()).find("a.json") != std::string::npos);
  }
  fs::remove_all(dir);
}
