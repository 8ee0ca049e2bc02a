// Tests of govplan/timeframe.hpp: every kind of timeframe resolved against facts and the working
// calendar, parties, periods and deadline conventions.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/error.hpp"
#include "govplan/timeframe.hpp"

using govplan::Date;
using govplan::DateRange;
using govplan::DueRelation;
using govplan::Party;
using govplan::PartyKind;
using govplan::ResolutionState;
using govplan::Timeframe;
using govplan::TimeframeKind;

namespace {

const govplan::WorkCalendar& cal() {
  static const govplan::WorkCalendar c = govplan::WorkCalendar::vietnam();
  return c;
}

Party body(const char* name) { return Party{PartyKind::body, name}; }

const govplan::Facts no_facts;

}  // namespace

TEST_CASE("a regular timeframe is ongoing through its window") {
  const Timeframe t("Thường xuyên trong năm.", govplan::RegularTimeframe{DateRange::year(2024)});
  CHECK(t.kind() == TimeframeKind::regular);
  CHECK(t.text() == "Thường xuyên trong năm.");
  const auto r = govplan::resolve(t, no_facts, cal());
  CHECK(r.state == ResolutionState::ongoing);
  CHECK(r.window == DateRange::year(2024));
  CHECK(r.occurrences.empty());
}

TEST_CASE("a due date 'before' a day ends on the previous working day") {
  // "Trước ngày 30/6/2024": 29/06 is a Saturday, so the last allowed day is Friday 28/06.
  const Timeframe before("Trước ngày 30/6/2024", govplan::DueTimeframe{Date(2024, 6, 30), DueRelation::before});
  auto r = govplan::resolve(before, no_facts, cal());
  REQUIRE(r.occurrences.size() == 1);
  CHECK(r.occurrences[0].nominal_due == Date(2024, 6, 30));
  CHECK(r.occurrences[0].due == Date(2024, 6, 28));
  // "Chậm nhất ngày 30/6/2024" (a Sunday) moves to Monday 01/07.
  const Timeframe by("Chậm nhất ngày 30/6/2024", govplan::DueTimeframe{Date(2024, 6, 30), DueRelation::by});
  r = govplan::resolve(by, no_facts, cal());
  CHECK(r.occurrences[0].due == Date(2024, 7, 1));
  CHECK(r.occurrences[0].rule_en.find("day off") != std::string::npos);
}

TEST_CASE("a 'within' timeframe is due at the end of its period") {
  const Timeframe q2("Quý II/2024", govplan::WithinTimeframe{DateRange::quarter(2024, 2), govplan::PeriodKind::quarter});
  const auto r = govplan::resolve(q2, no_facts, cal());
  REQUIRE(r.occurrences.size() == 1);
  CHECK(r.occurrences[0].nominal_due == Date(2024, 6, 30));
  CHECK(r.occurrences[0].due == Date(2024, 7, 1));
  CHECK(r.occurrences[0].rule_vi.find("Quý II/2024") != std::string::npos);
  CHECK(govplan::period_label(DateRange::half_year(2024, 1), govplan::PeriodKind::half_year) ==
        "6 tháng đầu năm 2024");
  CHECK(govplan::period_label(DateRange::quarter(2024, 4), govplan::PeriodKind::quarter, govplan::Lang::en) ==
        "Q4 2024");
}

TEST_CASE("a recurring monthly rule yields one due date per month of the window") {
  // "Trước ngày 20 hằng tháng" in 2024: January's 20th is a Saturday → Friday 19/01.
  govplan::RecurringTimeframe rc;
  rc.cadence = govplan::Cadence::monthly;
  rc.day_rule = govplan::DayRule{DueRelation::before, 20, std::nullopt, 0};
  const Timeframe t("Trước ngày 20 hằng tháng", rc);
  const auto r = govplan::resolve(t, no_facts, cal(), DateRange::year(2024));
  REQUIRE(r.occurrences.size() == 12);
  CHECK(r.occurrences[0].period == DateRange::month(2024, 1));
  CHECK(r.occurrences[0].due == Date(2024, 1, 19));
  CHECK(r.occurrences[3].due == Date(2024, 4, 19));
  for (const auto& o : r.occurrences) CHECK(cal().is_working_day(o.due));
}

TEST_CASE("a recurring yearly rule uses its fixed month, and a plan window bounds it") {
  // "Trước ngày 15/12 hằng năm", 2024–2025: 14/12/2024 is a Saturday → Friday 13/12.
  govplan::RecurringTimeframe rc;
  rc.cadence = govplan::Cadence::yearly;
  rc.day_rule = govplan::DayRule{DueRelation::before, 15, 12, 0};
  rc.window = DateRange(Date(2024, 1, 1), Date(2025, 12, 31));
  const auto r = govplan::resolve(Timeframe("Trước ngày 15/12 hằng năm", rc), no_facts, cal());
  REQUIRE(r.occurrences.size() == 2);
  CHECK(r.occurrences[0].due == Date(2024, 12, 13));
  CHECK(r.occurrences[1].due == Date(2025, 12, 12));
  // Without a window of its own or a plan window, there is nothing to count in.
  rc.window.reset();
  CHECK(govplan::resolve(Timeframe("hằng năm", rc), no_facts, cal()).state == ResolutionState::unresolved);
}

TEST_CASE("an upstream schedule is pending until the schedule is known, then gives its dates") {
  govplan::UpstreamScheduleTimeframe u;
  u.source_bodies = {Party{PartyKind::group, "các cơ quan chủ trì soạn thảo văn bản QPPL"}};
  u.source_document = govplan::DocumentRef(govplan::DocumentType::ke_hoach,
                                           govplan::DocumentNumber::parse("30/KH-UBND"),
                                           Date(2024, 2, 5), std::string("UBND tỉnh"), std::nullopt,
                                           std::string("Phụ lục"));
  u.window = DateRange::year(2024);
  const Timeframe t("Theo kế hoạch của các cơ quan chủ trì soạn thảo …", u);
  auto r = govplan::resolve(t, no_facts, cal());
  CHECK(r.state == ResolutionState::pending);
  CHECK(r.reason_vi.find("30/KH-UBND") != std::string::npos);
  CHECK(r.reason_vi.find("Phụ lục") != std::string::npos);
  govplan::Facts facts;
  govplan::UpstreamScheduleFact f;
  f.document = govplan::DocumentRef(std::nullopt, govplan::DocumentNumber::parse("30/KH-UBND"),
                                    std::nullopt, std::nullopt);
  f.dates = {Date(2024, 8, 15), Date(2024, 10, 20)};
  facts.upstream_schedules.push_back(f);
  r = govplan::resolve(t, facts, cal());
  CHECK(r.state == ResolutionState::scheduled);
  REQUIRE(r.occurrences.size() == 2);
  CHECK(r.occurrences[1].due == Date(2024, 10, 21));  // 20/10/2024 is a Sunday
}

TEST_CASE("an after-guidance task is pending, then due 15 working days after the guidance") {
  govplan::AfterEventTimeframe a;
  a.trigger = govplan::TriggerKind::guidance;
  a.trigger_by = {body("Sở Tư pháp"), body("Phòng Tư pháp thành phố")};
  a.window = DateRange::year(2024);
  const Timeframe pending("Trong năm 2024, sau khi có hướng dẫn của Sở Tư pháp, Phòng Tư pháp thành phố.", a);
  auto r = govplan::resolve(pending, no_facts, cal());
  CHECK(r.state == ResolutionState::pending);
  CHECK(r.reason_vi == "Chờ hướng dẫn của Sở Tư pháp hoặc Phòng Tư pháp thành phố");
  CHECK(r.reason_en == "Awaiting guidance from Sở Tư pháp or Phòng Tư pháp thành phố");
  CHECK(r.window == DateRange::year(2024));

  govplan::Facts facts;
  facts.triggers.push_back({govplan::TriggerKind::guidance, body("Sở Tư Pháp"), Date(2024, 5, 10), std::nullopt});
  // Without an offset the work is due by the end of the window.
  r = govplan::resolve(pending, facts, cal());
  REQUIRE(r.occurrences.size() == 1);
  CHECK(r.occurrences[0].due == Date(2024, 12, 31));
  // With an offset of 15 working days: Friday 10/05/2024 + 15 working days = Friday 31/05.
  a.offset = govplan::Offset{15, govplan::TimeUnit::working_days};
  r = govplan::resolve(Timeframe("… 15 ngày làm việc sau khi có hướng dẫn", a), facts, cal());
  REQUIRE(r.occurrences.size() == 1);
  CHECK(r.occurrences[0].due == Date(2024, 5, 31));
  CHECK(r.occurrences[0].rule_vi.find("15 ngày làm việc") != std::string::npos);
  // Guidance from a body not named does not trigger it.
  govplan::Facts other;
  other.triggers.push_back({govplan::TriggerKind::guidance, body("Sở Nội vụ"), Date(2024, 5, 10), std::nullopt});
  CHECK(govplan::resolve(pending, other, cal()).state == ResolutionState::pending);
}

TEST_CASE("on-request, composite and unparsed timeframes say what they are") {
  CHECK(govplan::resolve(Timeframe("Khi có yêu cầu", govplan::OnRequestTimeframe{}), no_facts, cal()).state ==
        ResolutionState::on_request);
  const Timeframe unparsed("Sau Tết", govplan::UnparsedTimeframe{"no year"});
  const auto u = govplan::resolve(unparsed, no_facts, cal());
  CHECK(u.state == ResolutionState::unresolved);
  CHECK(u.reason_vi.find("Sau Tết") != std::string::npos);
  govplan::CompositeTimeframe c;
  c.parts.push_back(Timeframe("Quý I/2024", govplan::WithinTimeframe{DateRange::quarter(2024, 1), govplan::PeriodKind::quarter}));
  c.parts.push_back(Timeframe("Quý III/2024", govplan::WithinTimeframe{DateRange::quarter(2024, 3), govplan::PeriodKind::quarter}));
  const Timeframe both("Quý I và Quý III/2024", c);
  const auto r = govplan::resolve(both, no_facts, cal());
  CHECK(r.state == ResolutionState::scheduled);
  REQUIRE(r.occurrences.size() == 2);
  CHECK(r.occurrences[0].due == Date(2024, 4, 1));  // 31/03/2024 is a Sunday
  CHECK(both.window() == DateRange(Date(2024, 1, 1), Date(2024, 9, 30)));
  CHECK(both == Timeframe(both));
}

TEST_CASE("asking a timeframe for another kind's data is a NotFound error") {
  const Timeframe t("Quý I/2024", govplan::WithinTimeframe{DateRange::quarter(2024, 1), govplan::PeriodKind::quarter});
  CHECK_THROWS_AS(t.due(), govplan::NotFound);
  CHECK_NOTHROW(t.within());
}

TEST_CASE("parties match across case, hyphen spacing and tone-mark placement") {
  CHECK(Party{PartyKind::official, "Công chức Tư pháp-Hộ tịch"}.same_as(Party{PartyKind::official, "công chức tư pháp - hộ tịch"}));
  CHECK(Party{PartyKind::body, "Phòng Văn hoá"}.same_as(Party{PartyKind::body, "Phòng Văn hóa"}));
  CHECK(Party{PartyKind::body, "Uỷ ban nhân dân"}.same_as(Party{PartyKind::body, "Ủy ban  nhân dân"}));
  CHECK_FALSE(Party{PartyKind::body, "Sở Tư pháp"}.same_as(Party{PartyKind::body, "Phòng Tư pháp"}));
}

TEST_CASE("periods of a cadence cover the window") {
  CHECK(govplan::periods_of(govplan::Cadence::quarterly, DateRange::year(2024)).size() == 4);
  CHECK(govplan::periods_of(govplan::Cadence::monthly, DateRange(Date(2024, 2, 10), Date(2024, 4, 1))).size() == 3);
  CHECK(govplan::periods_of(govplan::Cadence::half_yearly, DateRange::year(2024)).size() == 2);
  CHECK(govplan::periods_of(govplan::Cadence::nine_months, DateRange::year(2024)).front() ==
        DateRange(Date(2024, 1, 1), Date(2024, 9, 30)));
  CHECK(govplan::periods_of(govplan::Cadence::ad_hoc, DateRange::year(2024)).empty());
  CHECK(govplan::periods_of(govplan::Cadence::weekly, DateRange::month(2024, 2)).front().first() == Date(2024, 1, 29));
}

TEST_CASE("timeframe names parse back and unknown ones are refused") {
  CHECK(govplan::parse_timeframe_kind("after_event") == TimeframeKind::after_event);
  CHECK(govplan::parse_cadence("half_yearly") == govplan::Cadence::half_yearly);
  CHECK_THROWS_AS(govplan::parse_timeframe_kind("sometimes"), govplan::ParseError);
  CHECK_THROWS_AS(govplan::parse_party_kind("person"), govplan::ParseError);
}

TEST_CASE("a moved-from timeframe reads as an empty unparsed one and can be copied") {
  Timeframe a("Quý I/2024", govplan::WithinTimeframe{DateRange::quarter(2024, 1), govplan::PeriodKind::quarter});
  const Timeframe b(std::move(a));
  CHECK(b.kind() == TimeframeKind::within);
  const Timeframe c(a);  // NOLINT(bugprone-use-after-move): the point of the test
  CHECK(c.kind() == TimeframeKind::unparsed);
  CHECK(c.text().empty());
  CHECK(c == Timeframe());
}

TEST_CASE("a trigger after the window does not start the work, and negative offsets are not guessed") {
  govplan::AfterEventTimeframe a;
  a.trigger = govplan::TriggerKind::guidance;
  a.trigger_by = {body("Sở Tư pháp")};
  a.window = DateRange::year(2024);
  govplan::Facts late;
  late.triggers.push_back({govplan::TriggerKind::guidance, body("Sở Tư pháp"), Date(2025, 2, 3), std::nullopt});
  CHECK(govplan::resolve(Timeframe("…", a), late, cal()).state == ResolutionState::pending);
  govplan::Facts in_time;
  in_time.triggers.push_back({govplan::TriggerKind::guidance, body("Sở Tư pháp"), Date(2024, 5, 10), std::nullopt});
  a.offset = govplan::Offset{-10, govplan::TimeUnit::days};
  const auto r = govplan::resolve(Timeframe("10 ngày trước …", a), in_time, cal());
  CHECK(r.state == ResolutionState::unresolved);
  CHECK(r.occurrences.empty());
}

TEST_CASE("a composite keeps the due dates of its scheduled parts while another part waits") {
  govplan::CompositeTimeframe c;
  c.parts.push_back(Timeframe("Trước ngày 01/3/2024", govplan::DueTimeframe{Date(2024, 3, 1), DueRelation::by}));
  govplan::UpstreamScheduleTimeframe u;
  u.source_bodies = {body("Sở Tư pháp")};
  c.parts.push_back(Timeframe("Theo kế hoạch của Sở Tư pháp", u));
  const auto r = govplan::resolve(Timeframe("…", c), no_facts, cal(), DateRange::year(2024));
  CHECK(r.state == ResolutionState::pending);
  REQUIRE(r.occurrences.size() == 1);
  CHECK(r.occurrences[0].due == Date(2024, 3, 1));
  CHECK(r.window == DateRange::year(2024));
  govplan::CompositeTimeframe asked;
  asked.parts = {Timeframe("Khi có yêu cầu", govplan::OnRequestTimeframe{}), Timeframe("hoặc đột xuất", govplan::OnRequestTimeframe{})};
  CHECK(govplan::resolve(Timeframe("…", asked), no_facts, cal()).state == ResolutionState::on_request);
  govplan::RecurringTimeframe once;
  once.cadence = govplan::Cadence::once;
  CHECK(govplan::resolve(Timeframe("…", once), no_facts, cal(), DateRange::year(2024)).state == ResolutionState::unresolved);
}
