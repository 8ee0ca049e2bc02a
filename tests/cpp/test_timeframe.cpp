// Tests of govplan/timeframe.hpp: every kind of timeframe resolved against facts and the working
// calendar, parties, periods and deadline conventions.
#include <doctest/doctest.h>

#include <algorithm>
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

TEST_CASE("a schedule announced again replaces the earlier announcement instead of adding to it") {
  govplan::UpstreamScheduleTimeframe u;
  u.source_bodies = {body("Sở Tư pháp")};
  u.window = DateRange::year(2024);
  const Timeframe t("Theo kế hoạch của Sở Tư pháp", u);
  govplan::UpstreamScheduleFact first;
  first.body = body("Sở Tư pháp");
  first.dates = {Date(2024, 8, 15), Date(2024, 10, 15)};
  first.announced = Date(2024, 6, 3);
  govplan::UpstreamScheduleFact moved = first;
  moved.dates = {Date(2024, 9, 16)};
  moved.announced = Date(2024, 7, 1);
  govplan::UpstreamScheduleFact other = first;  // another body's schedule does not count
  other.body = body("Sở Nội vụ");
  other.dates = {Date(2024, 12, 2)};
  other.announced = Date(2024, 8, 1);
  govplan::Facts facts;
  facts.upstream_schedules = {first, moved, other};
  auto r = govplan::resolve(t, facts, cal());
  CHECK(r.state == ResolutionState::scheduled);
  REQUIRE(r.occurrences.size() == 1);
  CHECK(r.occurrences[0].due == Date(2024, 9, 16));
  CHECK(r.occurrences[0].rule_vi.find("công bố ngày 01/07/2024") != std::string::npos);
  // The day announced decides, not the order the facts come in.
  facts.upstream_schedules = {moved, first};
  r = govplan::resolve(t, facts, cal());
  REQUIRE(r.occurrences.size() == 1);
  CHECK(r.occurrences[0].due == Date(2024, 9, 16));
  // Without days, the later in the list is the later announcement.
  first.announced.reset();
  moved.announced.reset();
  facts.upstream_schedules = {moved, first};
  r = govplan::resolve(t, facts, cal());
  CHECK(r.occurrences.size() == 2);
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

TEST_CASE("a weekly rule is due on each of its weekdays that fall inside the window") {
  // "03 lần/tuần vào các ngày thứ Ba, thứ Năm và Chủ nhật" in March 2024 (Friday 1 – Sunday 31).
  govplan::RecurringTimeframe rc;
  rc.cadence = govplan::Cadence::weekly;
  rc.day_rule = govplan::DayRule{};
  rc.day_rule->weekdays = {govplan::Weekday::tuesday, govplan::Weekday::thursday, govplan::Weekday::sunday};
  const Timeframe t("03 lần/tuần vào các ngày thứ Ba, thứ Năm và Chủ nhật", rc);
  const auto r = govplan::resolve(t, no_facts, cal(), DateRange::month(2024, 3));
  CHECK(r.state == ResolutionState::scheduled);
  // 4 Tuesdays, 4 Thursdays and 5 Sundays; Tuesday 27/02 and Thursday 29/02 are before the window.
  REQUIRE(r.occurrences.size() == 13);
  CHECK(r.occurrences[0].nominal_due == Date(2024, 3, 3));
  CHECK(r.occurrences[0].period == DateRange(Date(2024, 2, 26), Date(2024, 3, 3)));
  CHECK(r.occurrences[0].due == Date(2024, 3, 4));  // a Sunday "by" moves to Monday
  CHECK(r.occurrences[1].nominal_due == Date(2024, 3, 5));
  CHECK(r.occurrences[1].due == Date(2024, 3, 5));
  CHECK(r.occurrences.back().nominal_due == Date(2024, 3, 31));
  for (const auto& o : r.occurrences) {
    CHECK(DateRange::month(2024, 3).contains(o.nominal_due));
    CHECK(o.nominal_due.weekday() != govplan::Weekday::monday);
  }
  // "trước thứ Sáu hằng tuần": the Thursday.
  rc.day_rule = govplan::DayRule{DueRelation::before};
  rc.day_rule->weekdays = {govplan::Weekday::friday};
  const auto before = govplan::resolve(Timeframe("trước thứ Sáu hằng tuần", rc), no_facts, cal(),
                                       DateRange::month(2024, 3));
  REQUIRE(before.occurrences.size() == 5);
  CHECK(before.occurrences[0].nominal_due == Date(2024, 3, 1));
  CHECK(before.occurrences[0].due == Date(2024, 2, 29));
  CHECK(before.occurrences[1].due == Date(2024, 3, 7));
}

TEST_CASE("a day rule that does not fit its cadence is unresolved and says why") {
  govplan::RecurringTimeframe rc;
  rc.cadence = govplan::Cadence::weekly;
  rc.day_rule = govplan::DayRule{DueRelation::by, 20};  // a day of the month in a weekly rule
  auto r = govplan::resolve(Timeframe("…", rc), no_facts, cal(), DateRange::year(2024));
  CHECK(r.state == ResolutionState::unresolved);
  CHECK(r.occurrences.empty());
  CHECK(r.reason_en.find("days of the week") != std::string::npos);
  rc.cadence = govplan::Cadence::monthly;
  rc.day_rule->weekdays = {govplan::Weekday::friday};  // weekdays in a monthly rule
  r = govplan::resolve(Timeframe("…", rc), no_facts, cal(), DateRange::year(2024));
  CHECK(r.state == ResolutionState::unresolved);
  CHECK(r.reason_en.find("weekly cadence") != std::string::npos);
  rc.cadence = govplan::Cadence::weekly;
  rc.day_rule->weekdays = {govplan::Weekday::friday, govplan::Weekday::friday};
  CHECK(govplan::resolve(Timeframe("…", rc), no_facts, cal(), DateRange::year(2024)).state ==
        ResolutionState::unresolved);
  rc.cadence = govplan::Cadence::yearly;
  rc.day_rule = govplan::DayRule{DueRelation::before, 31, 12, 0, 1};  // a month named two ways
  r = govplan::resolve(Timeframe("…", rc), no_facts, cal(), DateRange::year(2024));
  CHECK(r.state == ResolutionState::unresolved);
  CHECK(r.reason_en.find("two ways") != std::string::npos);
  rc.cadence = govplan::Cadence::quarterly;
  rc.day_rule = govplan::DayRule{DueRelation::before, 15, 3, 0};  // a fixed month in a quarterly rule
  CHECK(govplan::resolve(Timeframe("…", rc), no_facts, cal(), DateRange::year(2024)).state ==
        ResolutionState::unresolved);
}

TEST_CASE("a rule for a month before the period points before the period's first month") {
  // "trước ngày 15 của tháng liền kề trước quý": 15/12/2023 for Q1 2024, then 15/03, 15/06, 15/09.
  govplan::RecurringTimeframe rc;
  rc.cadence = govplan::Cadence::quarterly;
  rc.day_rule = govplan::DayRule{DueRelation::before, 15, std::nullopt, 0, 1};
  auto r = govplan::resolve(Timeframe("trước ngày 15 của tháng liền kề trước quý", rc), no_facts, cal(),
                            DateRange::year(2024));
  REQUIRE(r.occurrences.size() == 4);
  CHECK(r.occurrences[0].period == DateRange::quarter(2024, 1));
  CHECK(r.occurrences[0].nominal_due == Date(2023, 12, 15));
  CHECK(r.occurrences[0].due == Date(2023, 12, 14));  // before Friday 15/12: Thursday 14/12
  CHECK(r.occurrences[1].nominal_due == Date(2024, 3, 15));
  CHECK(r.occurrences[3].nominal_due == Date(2024, 9, 15));
  // "trước ngày 31 tháng 12 của năm trước năm kế hoạch": December of the year before.
  rc.cadence = govplan::Cadence::yearly;
  rc.day_rule = govplan::DayRule{DueRelation::before, 31, std::nullopt, 0, 1};
  r = govplan::resolve(Timeframe("trước ngày 31 tháng 12 của năm trước năm kế hoạch", rc), no_facts, cal(),
                       DateRange(Date(2024, 1, 1), Date(2025, 12, 31)));
  REQUIRE(r.occurrences.size() == 2);
  CHECK(r.occurrences[0].nominal_due == Date(2023, 12, 31));
  CHECK(r.occurrences[1].nominal_due == Date(2024, 12, 31));
  // Seven months before a year is June of the year before; a day June lacks is its last day.
  rc.day_rule = govplan::DayRule{DueRelation::by, 31, std::nullopt, 0, 7};
  CHECK(govplan::rule_days(*rc.day_rule, rc.cadence, DateRange::year(2024)) ==
        std::vector<Date>{Date(2023, 6, 30)});
}

TEST_CASE("rule_days gives the days a rule names in one period, and none when it does not fit") {
  using govplan::Cadence;
  using govplan::DayRule;
  const auto days = [](const DayRule& r, Cadence c, DateRange p) { return govplan::rule_days(r, c, p); };
  const DateRange q3 = DateRange::quarter(2024, 3);
  CHECK(days(DayRule{DueRelation::by, 25}, Cadence::quarterly, q3) == std::vector<Date>{Date(2024, 9, 25)});
  CHECK(days(DayRule{DueRelation::by, 31, std::nullopt, 2}, Cadence::quarterly, q3) ==
        std::vector<Date>{Date(2024, 8, 31)});
  CHECK(days(DayRule{DueRelation::by, 31, std::nullopt, -1}, Cadence::quarterly, q3) ==
        std::vector<Date>{Date(2024, 10, 31)});
  CHECK(days(DayRule{DueRelation::by, 31, std::nullopt, 0, 1}, Cadence::quarterly, q3) ==
        std::vector<Date>{Date(2024, 6, 30)});
  CHECK(days(DayRule{DueRelation::by, 29, 2}, Cadence::yearly, DateRange::year(2023)) ==
        std::vector<Date>{Date(2023, 2, 28)});
  CHECK(days(DayRule{DueRelation::before, 15, std::nullopt, 14}, Cadence::yearly, DateRange::year(2024)) ==
        std::vector<Date>{Date(2025, 2, 15)});
  DayRule weekly;
  weekly.weekdays = {govplan::Weekday::sunday, govplan::Weekday::monday};
  CHECK(days(weekly, Cadence::weekly, DateRange(Date(2024, 3, 4), Date(2024, 3, 10))) ==
        std::vector<Date>{Date(2024, 3, 4), Date(2024, 3, 10)});
  CHECK(days(weekly, Cadence::monthly, DateRange::month(2024, 3)).empty());
  CHECK(days(DayRule{DueRelation::by, 5}, Cadence::weekly, DateRange(Date(2024, 3, 4), Date(2024, 3, 10))).empty());
  CHECK(days(DayRule{DueRelation::by, 0}, Cadence::monthly, DateRange::month(2024, 3)).empty());
  CHECK(days(DayRule{DueRelation::by, 5}, Cadence::ad_hoc, DateRange::month(2024, 3)).empty());
}

TEST_CASE("periods and rule days agree with their definitions written out from dates") {
  // periods_of and rule_days count months as integers; here the same periods are built from
  // DateRange's own constructors, and each rule's day from its year and month, for windows
  // starting and ending on every kind of day across leap and common years.
  using govplan::Cadence;
  using govplan::DayRule;
  auto reference = [](Cadence c, DateRange w) {
    std::vector<DateRange> all;
    for (int y = w.first().year(); y <= w.last().year(); ++y) {
      switch (c) {
        case Cadence::monthly: for (int m = 1; m <= 12; ++m) all.push_back(DateRange::month(y, m)); break;
        case Cadence::quarterly: for (int q = 1; q <= 4; ++q) all.push_back(DateRange::quarter(y, q)); break;
        case Cadence::half_yearly: for (int h = 1; h <= 2; ++h) all.push_back(DateRange::half_year(y, h)); break;
        case Cadence::nine_months: all.push_back(DateRange(Date(y, 1, 1), Date(y, 9, 30))); break;
        case Cadence::yearly: all.push_back(DateRange::year(y)); break;
        default: break;
      }
    }
    std::vector<DateRange> kept;
    for (const DateRange& r : all) {
      if (r.overlaps(w)) kept.push_back(r);
    }
    return kept;
  };
  int windows = 0;
  for (Date a(2023, 1, 1); a <= Date(2025, 12, 31); a = a.add_days(37)) {
    for (int length : {0, 13, 58, 200, 400, 900}) {
      const DateRange w(a, a.add_days(length));
      ++windows;
      for (Cadence c : {Cadence::monthly, Cadence::quarterly, Cadence::half_yearly, Cadence::nine_months, Cadence::yearly}) {
        CAPTURE(w);
        CAPTURE(govplan::to_string(c));
        const std::vector<DateRange> periods = govplan::periods_of(c, w);
        CHECK(periods == reference(c, w));
        for (const DateRange& p : periods) {
          for (int day : {1, 15, 28, 29, 30, 31}) {
            // The day of the period's last month, of its month 2 (if it has one), and of the
            // month after it.
            for (int month_of_period : {0, 2, -1}) {
              if (month_of_period == 2 && (c == Cadence::monthly)) continue;
              DayRule r{DueRelation::by, day, std::nullopt, month_of_period};
              int y = month_of_period > 0 ? p.first().year() : p.last().year();
              int m = month_of_period > 0 ? p.first().month() + month_of_period - 1 : p.last().month();
              if (month_of_period < 0) ++m;
              if (m > 12) m -= 12, ++y;
              const Date expected(y, m, std::min(day, govplan::days_in_month(y, m)));
              CHECK(govplan::rule_days(r, c, p) == std::vector<Date>{expected});
            }
          }
        }
      }
    }
  }
  CHECK(windows > 100);
  // A range that does not start on the first of a month is still read by its months.
  CHECK(govplan::rule_days(DayRule{DueRelation::by, 20}, Cadence::monthly, DateRange(Date(2024, 3, 15), Date(2024, 4, 14))) ==
        std::vector<Date>{Date(2024, 4, 20)});
  CHECK(govplan::rule_days(DayRule{DueRelation::by, 20, std::nullopt, 1}, Cadence::monthly,
                           DateRange(Date(2024, 3, 15), Date(2024, 4, 14))) == std::vector<Date>{Date(2024, 3, 20)});
}

TEST_CASE("recurring work resolved without texts is reused only for the same rule, window and calendar") {
  // resolve() keeps the last few recurring results computed without texts on each thread; a
  // result must never come back for another day rule, window or calendar.
  using govplan::Cadence;
  using govplan::DayRule;
  govplan::RecurringTimeframe monthly;
  monthly.cadence = Cadence::monthly;
  monthly.day_rule = DayRule{DueRelation::before, 20};
  const Timeframe t("Trước ngày 20 hằng tháng", monthly);
  auto dues = [](const govplan::Resolution& r) {
    std::vector<Date> out;
    for (const auto& o : r.occurrences) out.push_back(o.due);
    return out;
  };
  const auto with_text = govplan::resolve(t, no_facts, cal(), DateRange::year(2024), true);
  for (int round = 0; round < 3; ++round) {  // computed once, then copied: the same each time
    const auto plain = govplan::resolve(t, no_facts, cal(), DateRange::year(2024), false);
    CHECK(dues(plain) == dues(with_text));
    CHECK(plain.state == ResolutionState::scheduled);
    CHECK(plain.window == DateRange::year(2024));
    CHECK(plain.occurrences.at(0).rule_vi.empty());
    CHECK(plain.occurrences.at(3).period == DateRange::month(2024, 4));
  }
  // 19/04/2024 is a working day; declared a day off, the April occurrence ("before 20/04")
  // moves to 17/04, as 18/04 is Giỗ Tổ Hùng Vương.
  const std::vector<Date> off{Date(2024, 4, 19)};
  const govplan::WorkCalendar other = cal().with_days_off(off, "Nghỉ", "Day off", govplan::LegalSource{});
  CHECK_FALSE(other.same_as(cal()));
  CHECK(govplan::WorkCalendar(cal()).same_as(cal()));
  CHECK(govplan::resolve(t, no_facts, other, DateRange::year(2024), false).occurrences.at(3).due == Date(2024, 4, 17));
  CHECK(govplan::resolve(t, no_facts, cal(), DateRange::year(2024), false).occurrences.at(3).due == Date(2024, 4, 19));
  // Another rule, another window: their own dates.
  govplan::RecurringTimeframe by25 = monthly;
  by25.day_rule = DayRule{DueRelation::by, 25};
  CHECK(govplan::resolve(Timeframe("Chậm nhất ngày 25 hằng tháng", by25), no_facts, cal(), DateRange::year(2024), false)
            .occurrences.at(0).due == Date(2024, 1, 25));
  const auto next_year = govplan::resolve(t, no_facts, cal(), DateRange::year(2025), false);
  CHECK(next_year.occurrences.at(0).period == DateRange::month(2025, 1));
  CHECK(dues(next_year) == dues(govplan::resolve(t, no_facts, cal(), DateRange::year(2025), true)));
  // Many different rules in turn (more than are kept) still give each its own dates.
  for (int day = 1; day <= 28; ++day) {
    govplan::RecurringTimeframe r = monthly;
    r.day_rule = DayRule{DueRelation::by, day};
    const Timeframe tf("ngày " + std::to_string(day), r);
    CAPTURE(day);
    CHECK(dues(govplan::resolve(tf, no_facts, cal(), DateRange::year(2024), false)) ==
          dues(govplan::resolve(tf, no_facts, cal(), DateRange::year(2024), true)));
  }
}

TEST_CASE("five-yearly periods are whole calendar years counted from the year the window starts") {
  const auto periods = govplan::periods_of(govplan::Cadence::five_yearly,
                                           DateRange(Date(2021, 3, 15), Date(2030, 6, 30)));
  REQUIRE(periods.size() == 2);
  CHECK(periods[0] == DateRange(Date(2021, 1, 1), Date(2025, 12, 31)));
  CHECK(periods[1] == DateRange(Date(2026, 1, 1), Date(2030, 12, 31)));
  CHECK(govplan::parse_cadence("five_yearly") == govplan::Cadence::five_yearly);
  CHECK(govplan::to_string(govplan::Cadence::five_yearly) == "five_yearly");
  // "kế hoạch 05 năm": due at each period's end, 31/12/2025 (a Wednesday).
  govplan::RecurringTimeframe rc;
  rc.cadence = govplan::Cadence::five_yearly;
  const auto r = govplan::resolve(Timeframe("định kỳ 05 năm", rc), no_facts, cal(),
                                  DateRange(Date(2021, 1, 1), Date(2025, 12, 31)));
  REQUIRE(r.occurrences.size() == 1);
  CHECK(r.occurrences[0].due == Date(2025, 12, 31));
  CHECK(r.occurrences[0].rule_vi.find("Giai đoạn 2021–2025") != std::string::npos);
  // A day rule counts months in the five years: the 20th of the period's last month.
  rc.day_rule = govplan::DayRule{DueRelation::before, 20, std::nullopt, 60};
  CHECK(govplan::rule_days(*rc.day_rule, rc.cadence, periods[0]) == std::vector<Date>{Date(2025, 12, 20)});
}

TEST_CASE("an after-event limit in hours is due on the last day it can end, not moved off a day off") {
  // "trong thời hạn 12 giờ kể từ khi ký văn bản": signed on Friday 24/05/2024.
  govplan::AfterEventTimeframe a;
  a.trigger = govplan::TriggerKind::issuance;
  a.offset = govplan::Offset{12, govplan::TimeUnit::hours};
  govplan::Facts facts;
  facts.triggers.push_back({govplan::TriggerKind::issuance, body("UBND tỉnh"), Date(2024, 5, 24), std::nullopt});
  const auto r = govplan::resolve(Timeframe("trong thời hạn 12 giờ kể từ khi ký văn bản", a), facts, cal(),
                                  DateRange::year(2024));
  CHECK(r.state == ResolutionState::scheduled);
  REQUIRE(r.occurrences.size() == 1);
  CHECK(r.occurrences[0].nominal_due == Date(2024, 5, 25));
  CHECK(r.occurrences[0].due == Date(2024, 5, 25));
  CHECK(r.occurrences[0].rule_vi.find("12 giờ") != std::string::npos);
  CHECK(r.occurrences[0].rule_vi.find("Điều 147 khoản 1") != std::string::npos);
}

TEST_CASE("with explain off, resolve writes no reason and no rule text for any kind") {
  govplan::AfterEventTimeframe late;  // triggered, but no limit and no window
  late.trigger = govplan::TriggerKind::guidance;
  govplan::AfterEventTimeframe back = late;  // counted back before the event
  back.offset = govplan::Offset{-5, govplan::TimeUnit::days};
  govplan::Facts facts;
  facts.triggers.push_back({govplan::TriggerKind::guidance, body("Sở Tư pháp"), Date(2024, 5, 10), std::nullopt});
  govplan::RecurringTimeframe misfit;
  misfit.cadence = govplan::Cadence::monthly;
  misfit.day_rule = govplan::DayRule{};
  misfit.day_rule->weekdays = {govplan::Weekday::friday};
  govplan::RecurringTimeframe once;
  once.cadence = govplan::Cadence::once;
  govplan::RecurringTimeframe monthly;
  monthly.cadence = govplan::Cadence::monthly;
  govplan::UpstreamScheduleTimeframe up;
  up.source_bodies = {body("Sở Tư pháp")};
  const std::vector<Timeframe> all{
      Timeframe("Thường xuyên", govplan::RegularTimeframe{}),
      Timeframe("30/6/2024", govplan::DueTimeframe{Date(2024, 6, 30), DueRelation::by}),
      Timeframe("Quý II/2024", govplan::WithinTimeframe{DateRange::quarter(2024, 2), govplan::PeriodKind::quarter}),
      Timeframe("hằng tháng", monthly),
      Timeframe("…", misfit),
      Timeframe("…", once),
      Timeframe("theo kế hoạch của Sở Tư pháp", up),
      Timeframe("sau khi có hướng dẫn", late),
      Timeframe("5 ngày trước khi …", back),
      Timeframe("khi có yêu cầu", govplan::OnRequestTimeframe{}),
      Timeframe("không rõ", govplan::UnparsedTimeframe{"not understood"}),
  };
  for (const Timeframe& t : all) {
    CAPTURE(t.text());
    const auto quiet = govplan::resolve(t, facts, cal(), std::nullopt, false);
    CHECK(quiet.reason_vi.empty());
    CHECK(quiet.reason_en.empty());
    for (const auto& o : quiet.occurrences) CHECK((o.rule_vi.empty() && o.rule_en.empty()));
    const auto told = govplan::resolve(t, facts, cal(), std::nullopt, true);
    CHECK(quiet.state == told.state);
    CHECK(quiet.occurrences.size() == told.occurrences.size());
    if (told.state != ResolutionState::scheduled) CHECK_FALSE(told.reason_en.empty());
  }
}

TEST_CASE("resolving into a reused Resolution gives what a fresh resolve gives, whatever it held before") {
  govplan::RecurringTimeframe monthly;
  monthly.cadence = govplan::Cadence::monthly;
  monthly.day_rule = govplan::DayRule{};
  monthly.day_rule->relation = DueRelation::before;
  monthly.day_rule->day = 5;
  monthly.day_rule->month_of_period = -1;  // before the 5th of the next month
  govplan::RecurringTimeframe weekly;
  weekly.cadence = govplan::Cadence::weekly;
  weekly.day_rule = govplan::DayRule{};
  weekly.day_rule->weekdays = {govplan::Weekday::monday, govplan::Weekday::thursday};
  govplan::RecurringTimeframe quarterly;
  quarterly.cadence = govplan::Cadence::quarterly;
  quarterly.day_rule = govplan::DayRule{};
  quarterly.day_rule->day = 20;
  quarterly.day_rule->months_before_period = 1;  // the 20th of the month before each quarter
  govplan::AfterEventTimeframe after;
  after.trigger = govplan::TriggerKind::guidance;
  after.offset = govplan::Offset{15, govplan::TimeUnit::working_days};
  govplan::UpstreamScheduleTimeframe up;
  up.source_bodies = {body("Sở Tư pháp")};
  govplan::Facts facts;
  facts.triggers.push_back({govplan::TriggerKind::guidance, body("Sở Tư pháp"), Date(2024, 5, 10), std::nullopt});
  govplan::UpstreamScheduleFact schedule;
  schedule.body = body("Sở Tư pháp");
  schedule.dates = {Date(2024, 3, 1), Date(2024, 9, 1)};
  facts.upstream_schedules.push_back(schedule);
  const std::vector<Timeframe> all{
      Timeframe("hằng tháng, trước ngày 05 tháng sau", monthly),
      Timeframe("thứ Hai và thứ Năm hằng tuần", weekly),
      Timeframe("ngày 20 tháng cuối quý trước", quarterly),
      Timeframe("khi có yêu cầu", govplan::OnRequestTimeframe{}),
      Timeframe("không rõ", govplan::UnparsedTimeframe{"not understood"}),
      Timeframe("30/6/2024", govplan::DueTimeframe{Date(2024, 6, 30), DueRelation::by}),
      Timeframe("15 ngày làm việc sau khi có hướng dẫn", after),
      Timeframe("theo lịch của Sở Tư pháp", up),
      Timeframe("hằng tháng; 30/6/2024", govplan::CompositeTimeframe{{Timeframe("hằng tháng, trước ngày 05 tháng sau", monthly),
                                                                    Timeframe("30/6/2024", govplan::DueTimeframe{Date(2024, 6, 30), DueRelation::by})}}),
  };
  const std::optional<DateRange> window = DateRange::year(2024);
  govplan::Resolution reused;
  for (int round = 0; round < 2; ++round) {
    for (const Timeframe& t : all) {
      CAPTURE(t.text());
      for (bool explain : {true, false}) {
        govplan::resolve(t, facts, cal(), window, explain, reused);
        const govplan::Resolution fresh = govplan::resolve(t, facts, cal(), window, explain);
        CHECK(reused.state == fresh.state);
        CHECK(reused.window == fresh.window);
        CHECK(reused.occurrences == fresh.occurrences);
        CHECK(reused.reason_vi == fresh.reason_vi);
        CHECK(reused.reason_en == fresh.reason_en);
      }
    }
  }
  // The rules' days as written: 5 January 2025 for December (a Sunday, so Friday 3 January).
  const auto m = govplan::resolve(all[0], govplan::Facts{}, cal(), window);
  REQUIRE(m.occurrences.size() == 12);
  CHECK(m.occurrences.back().nominal_due == Date(2025, 1, 5));
  CHECK(m.occurrences.back().due == Date(2025, 1, 3));
  const auto q = govplan::resolve(all[2], govplan::Facts{}, cal(), window);
  REQUIRE(q.occurrences.size() == 4);
  CHECK(q.occurrences.front().nominal_due == Date(2023, 12, 20));
  CHECK(q.occurrences.back().nominal_due == Date(2024, 9, 20));
  const auto w = govplan::resolve(all[1], govplan::Facts{}, cal(), window);
  CHECK(w.occurrences.size() == 105);  // 2024 has 53 Mondays and 52 Thursdays
  // The others as they read: 15 working days after Friday 10/05/2024; the two announced days
  // (01/09/2024 a Sunday, so Monday 02/09 — 02/09 is National Day, so Wednesday 04/09); the
  // composite's twelve months and its 30/06 in date order.
  CHECK(govplan::resolve(all[6], facts, cal(), window).occurrences.at(0).due == Date(2024, 5, 31));
  const auto announced = govplan::resolve(all[7], facts, cal(), window);
  REQUIRE(announced.occurrences.size() == 2);
  CHECK(announced.occurrences[1].due == Date(2024, 9, 4));
  // A resolution that fails part way (a window running past the calendar's last year) leaves no
  // occurrence behind, of its own or of the resolution before it.
  govplan::Resolution held = govplan::resolve(all[0], facts, cal(), window);
  REQUIRE(held.occurrences.size() == 12);
  CHECK_THROWS_AS(govplan::resolve(all[0], facts, cal(), DateRange(Date(2199, 1, 1), Date(2200, 12, 31)), false, held),
                  govplan::ValidationError);
  CHECK(held.occurrences.empty());
  const auto both = govplan::resolve(all[8], facts, cal(), window);
  REQUIRE(both.occurrences.size() == 13);
  CHECK(std::is_sorted(both.occurrences.begin(), both.occurrences.end(),
                       [](const auto& x, const auto& y) { return x.due < y.due; }));
}
