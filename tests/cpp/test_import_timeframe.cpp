// Tests of govplan::parse_timeframe (govplan/import.hpp): every form of timeframe phrase plans
// write, the seed plan's three timeframes against its hand-made model, and bad input.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/error.hpp"
#include "govplan/import.hpp"
#include "govplan/json.hpp"
#include "govplan/timeframe.hpp"
#include "support.hpp"

using govplan::Cadence;
using govplan::Date;
using govplan::DateRange;
using govplan::DayRule;
using govplan::DueRelation;
using govplan::PeriodKind;
using govplan::PhraseContext;
using govplan::Timeframe;
using govplan::TimeframeKind;
using govplan::TimeUnit;
using govplan::TriggerKind;

namespace {

Timeframe read(const std::string& text, int year = 2024) {
  return govplan::parse_timeframe(text, PhraseContext{year, std::nullopt, std::nullopt});
}

Timeframe read_in_plan(const std::string& text, DateRange window) {
  return govplan::parse_timeframe(text, PhraseContext{window.first().year(), std::nullopt, window});
}

DateRange range(int y1, int m1, int d1, int y2, int m2, int d2) {
  return DateRange(Date(y1, m1, d1), Date(y2, m2, d2));
}

const govplan::WorkCalendar& cal() {
  static const govplan::WorkCalendar c = govplan::WorkCalendar::vietnam();
  return c;
}

/// The nominal due dates a timeframe gives over `window`.
std::vector<Date> nominal_dues(const Timeframe& t, DateRange window) {
  std::vector<Date> out;
  for (const auto& o : govplan::resolve(t, govplan::Facts{}, cal(), window).occurrences) {
    out.push_back(o.nominal_due);
  }
  return out;
}

void check_within(const Timeframe& t, DateRange window, PeriodKind kind) {
  INFO("text: " << t.text());
  REQUIRE(t.kind() == TimeframeKind::within);
  CHECK(t.within().window == window);
  CHECK(t.within().period == kind);
}

void check_due(const Timeframe& t, Date date, DueRelation relation) {
  INFO("text: " << t.text());
  REQUIRE(t.kind() == TimeframeKind::due);
  CHECK(t.due().date == date);
  CHECK(t.due().relation == relation);
}

void check_rule(const Timeframe& t, Cadence cadence, const std::optional<DayRule>& rule) {
  INFO("text: " << t.text());
  REQUIRE(t.kind() == TimeframeKind::recurring);
  CHECK(t.recurring().cadence == cadence);
  CHECK(t.recurring().day_rule == rule);
}

std::string diagnostic_of(const Timeframe& t) {
  INFO("text: " << t.text());
  REQUIRE(t.kind() == TimeframeKind::unparsed);
  CHECK_FALSE(t.unparsed().diagnostic.empty());
  return t.unparsed().diagnostic;
}

}  // namespace

TEST_CASE("a regular phrase reads as regular work through the window it names") {
  Timeframe t = read("Thường xuyên trong năm.");
  REQUIRE(t.kind() == TimeframeKind::regular);
  CHECK(t.regular().window == DateRange::year(2024));
  t = read("Thường xuyên trong giai đoạn 2021 - 2025", 2021);
  REQUIRE(t.kind() == TimeframeKind::regular);
  CHECK(t.regular().window == range(2021, 1, 1, 2025, 12, 31));
  // "hằng năm" only says the work goes on; an open phrase takes the plan's window.
  t = read_in_plan("Thường xuyên hằng năm", range(2024, 1, 1, 2025, 12, 31));
  REQUIRE(t.kind() == TimeframeKind::regular);
  CHECK(t.regular().window == range(2024, 1, 1, 2025, 12, 31));
  t = read("phải được tiến hành thường xuyên, kịp thời", 2012);
  REQUIRE(t.kind() == TimeframeKind::regular);
  CHECK_FALSE(t.regular().window.has_value());
}

TEST_CASE("a deadline before a day keeps the day and reads as before it") {
  check_due(read("Trước ngày 15/11/2024"), Date(2024, 11, 15), DueRelation::before);
  check_due(read("Hoàn thành trước ngày 30/6/2024"), Date(2024, 6, 30), DueRelation::before);
  check_due(read("trước ngày 15 tháng 11 năm 2024"), Date(2024, 11, 15), DueRelation::before);
  check_due(read("trước ngày 06.6.2024"), Date(2024, 6, 6), DueRelation::before);
}

TEST_CASE("a deadline at the latest on a day, or up to a day, reads as by that day") {
  check_due(read("Chậm nhất ngày 30/6/2024"), Date(2024, 6, 30), DueRelation::by);
  check_due(read("chậm nhất là ngày 01 tháng 02 năm 2021"), Date(2021, 2, 1), DueRelation::by);
  check_due(read("chậm nhất vào ngày 01 tháng 3 năm 2015", 2014), Date(2015, 3, 1), DueRelation::by);
  check_due(read("đến ngày 10/9/2022"), Date(2022, 9, 10), DueRelation::by);
  // A year as a deadline ends on 31 December (Civil Code 2015, Art. 146(2): "cuối năm").
  check_due(read("Đến năm 2025, hoàn thành chuyển đổi số tại 12 huyện", 2022), Date(2025, 12, 31),
            DueRelation::by);
  check_due(read("cuối năm 2024"), Date(2024, 12, 31), DueRelation::by);
  check_due(read("trước quý III/2024"), Date(2024, 7, 1), DueRelation::before);
}

TEST_CASE("a quarter reads in Roman or Arabic numerals with its year after a slash, a dot or năm") {
  check_within(read("quý I.2023", 2023), DateRange::quarter(2023, 1), PeriodKind::quarter);
  check_within(read("Quý II/2024"), DateRange::quarter(2024, 2), PeriodKind::quarter);
  check_within(read("quý II năm 2024", 2023), DateRange::quarter(2024, 2), PeriodKind::quarter);
  check_within(read("Quý 3/2024"), DateRange::quarter(2024, 3), PeriodKind::quarter);
  check_within(read("Trong quý IV"), DateRange::quarter(2024, 4), PeriodKind::quarter);
  check_within(read("Phương hướng quý III/2019", 2019), DateRange::quarter(2019, 3),
               PeriodKind::quarter);
}

TEST_CASE("a month reads with its year, or in the context year without one") {
  check_within(read("tháng 6/2020", 2020), DateRange::month(2020, 6), PeriodKind::month);
  check_within(read("Tháng 5 năm 2024"), DateRange::month(2024, 5), PeriodKind::month);
  check_within(read("Thời gian thực hiện tập trung trong tháng 5/2024"), DateRange::month(2024, 5),
               PeriodKind::month);
  check_within(read("tháng 7", 2023), DateRange::month(2023, 7), PeriodKind::month);
  check_within(read("02/2024"), DateRange::month(2024, 2), PeriodKind::month);
  // Two months named together: "02 tháng 10,11" is October and November.
  check_within(read("trong 02 tháng 10,11 năm 2023"), range(2023, 10, 1, 2023, 11, 30),
               PeriodKind::range);
}

TEST_CASE("a year and a span of years read as whole years") {
  check_within(read("Năm 2024"), DateRange::year(2024), PeriodKind::year);
  check_within(read("NĂM 2024"), DateRange::year(2024), PeriodKind::year);
  check_within(read("năm 2024-2025"), range(2024, 1, 1, 2025, 12, 31), PeriodKind::years);
  check_within(read("giai đoạn 2019 - 2021", 2019), range(2019, 1, 1, 2021, 12, 31), PeriodKind::years);
  check_within(read("GIAI ĐOẠN 2022-2025", 2022), range(2022, 1, 1, 2025, 12, 31), PeriodKind::years);
  check_within(read("giai đoạn từ năm 2021 đến năm 2030", 2021), range(2021, 1, 1, 2030, 12, 31),
               PeriodKind::years);
  CHECK(read("năm 2025 - 2021").kind() == TimeframeKind::unparsed);
}

TEST_CASE("the first or last six months and the first nine months read as their spans") {
  check_within(read("6 tháng đầu năm"), DateRange::half_year(2024, 1), PeriodKind::half_year);
  check_within(read("6 tháng cuối năm 2023"), DateRange::half_year(2023, 2), PeriodKind::half_year);
  check_within(read("06 tháng đầu năm 2022"), DateRange::half_year(2022, 1), PeriodKind::half_year);
  check_within(read("9 tháng đầu năm 2024"), range(2024, 1, 1, 2024, 9, 30), PeriodKind::nine_months);
  check_within(read("9 tháng", 2025), range(2025, 1, 1, 2025, 9, 30), PeriodKind::nine_months);
}

TEST_CASE("a range takes its month and year from its end when its start leaves them out") {
  check_within(read("(01/10- 10/10/2024)"), range(2024, 10, 1, 2024, 10, 10), PeriodKind::range);
  check_within(read("(Từ ngày 01/10/2024 - 10/10/2024)"), range(2024, 10, 1, 2024, 10, 10),
               PeriodKind::range);
  check_within(read("từ ngày 24 đến 26/4/2020", 2020), range(2020, 4, 24, 2020, 4, 26),
               PeriodKind::range);
  check_within(read("bắt đầu từ ngày 22/8/2024 đến ngày 28/8/2024"), range(2024, 8, 22, 2024, 8, 28),
               PeriodKind::range);
  check_within(read("từ ngày 15/12 đến ngày 15/01/2025"), range(2024, 12, 15, 2025, 1, 15),
               PeriodKind::range);
  check_within(read("từ tháng 3 đến tháng 5/2024"), range(2024, 3, 1, 2024, 5, 31), PeriodKind::range);
}

TEST_CASE("a day without a year is a day of every year, or of the plan's year when it has one") {
  // As regimes write annual deadlines.
  check_rule(read("trước ngày 31 tháng 10", 2019), Cadence::yearly,
             DayRule{DueRelation::before, 31, 10, 0});
  check_rule(read("từ ngày 15-4 đến 15-5"), Cadence::yearly, DayRule{DueRelation::by, 15, 5, 0});
  // In a plan for one year, that year's day.
  check_due(read_in_plan("trước ngày 31 tháng 10", DateRange::year(2024)), Date(2024, 10, 31),
            DueRelation::before);
  check_within(read_in_plan("từ ngày 15-4 đến 15-5", DateRange::year(2024)),
               range(2024, 4, 15, 2024, 5, 15), PeriodKind::range);
  check_due(read("trước ngày 15 tháng 12 năm nay", 2023), Date(2023, 12, 15), DueRelation::before);
  // A cadence keeps it a rule even in a one-year plan.
  check_rule(read_in_plan("trước ngày 15/12 hằng năm", DateRange::year(2024)), Cadence::yearly,
             DayRule{DueRelation::before, 15, 12, 0});
}

TEST_CASE("a monthly rule reads its day, and months without that day use their last day") {
  check_rule(read("Trước ngày 20 hằng tháng"), Cadence::monthly,
             DayRule{DueRelation::before, 20, std::nullopt, 0});
  const Timeframe t = read("ngày 30 hàng tháng");
  check_rule(t, Cadence::monthly, DayRule{DueRelation::by, 30, std::nullopt, 0});
  const auto dues = nominal_dues(t, DateRange::year(2024));
  REQUIRE(dues.size() == 12);
  CHECK(dues[1] == Date(2024, 2, 29));
  CHECK(dues[2] == Date(2024, 3, 30));
  check_rule(read("Hằng tháng, Ủy ban nhân dân cấp xã báo cáo Ủy ban nhân dân cấp huyện trước ngày 15",
                  2018),
             Cadence::monthly, DayRule{DueRelation::before, 15, std::nullopt, 0});
  check_rule(read("trước ngày 10 của tháng tiếp theo"), Cadence::monthly,
             DayRule{DueRelation::before, 10, std::nullopt, -1});
  check_rule(read("trước ngày 15 của tháng kế tiếp tháng thông báo"), Cadence::monthly,
             DayRule{DueRelation::before, 15, std::nullopt, -1});
}

TEST_CASE("a day of the last month of a reporting period keeps the cadence the phrase names") {
  check_rule(read("trước ngày 25 của tháng cuối quý"), Cadence::quarterly,
             DayRule{DueRelation::before, 25, std::nullopt, 0});
  check_rule(read("Định kỳ hằng quý, chậm nhất ngày 05 của tháng cuối kỳ báo cáo"),
             Cadence::quarterly, DayRule{DueRelation::by, 5, std::nullopt, 0});
  // The reporting period alone does not say how long it is: the rule is kept, the cadence is
  // "as the regime sets it" and resolve() does not guess one.
  const Timeframe t = read("chậm nhất vào ngày 05 của tháng cuối kỳ báo cáo");
  check_rule(t, Cadence::ad_hoc, DayRule{DueRelation::by, 5, std::nullopt, 0});
  CHECK(govplan::resolve(t, govplan::Facts{}, cal(), DateRange::year(2024)).state ==
        govplan::ResolutionState::unresolved);
}

TEST_CASE("a yearly rule reads its day and month, in the next year when the phrase says so") {
  check_rule(read("Trước ngày 15/12 hằng năm"), Cadence::yearly,
             DayRule{DueRelation::before, 15, 12, 0});
  check_rule(read("ngày 10-10 hàng năm"), Cadence::yearly, DayRule{DueRelation::by, 10, 10, 0});
  check_rule(read("trước ngày 15 tháng 3 năm kế hoạch"), Cadence::yearly,
             DayRule{DueRelation::before, 15, 3, 0});
  const Timeframe next = read("trước ngày 15 tháng 02 của năm liền kề sau năm đánh giá", 2021);
  check_rule(next, Cadence::yearly, DayRule{DueRelation::before, 15, std::nullopt, 14});
  CHECK(nominal_dues(next, DateRange::year(2024)) == std::vector<Date>{Date(2025, 2, 15)});
  check_rule(read("trước ngày 31 tháng 01 năm sau"), Cadence::yearly,
             DayRule{DueRelation::before, 31, std::nullopt, 13});
  check_rule(read("chậm nhất là ngày 31 tháng 3 của năm tài chính kế tiếp"), Cadence::yearly,
             DayRule{DueRelation::by, 31, std::nullopt, 15});
  // In a plan for 2024, "năm sau" is 2025.
  check_due(read_in_plan("trước ngày 31/01 năm sau", DateRange::year(2024)), Date(2025, 1, 31),
            DueRelation::before);
}

TEST_CASE("days of the year that follow one rule of a shorter cadence read as that cadence") {
  check_rule(read("trước ngày 15 tháng 6 và 15 tháng 12 hằng năm"), Cadence::half_yearly,
             DayRule{DueRelation::before, 15, std::nullopt, 0});
  const Timeframe ends = read("trước ngày 30 tháng 6 và ngày 31 tháng 12 hằng năm");
  REQUIRE(ends.kind() == TimeframeKind::recurring);
  CHECK(ends.recurring().cadence == Cadence::half_yearly);
  CHECK(nominal_dues(ends, DateRange::year(2024)) ==
        std::vector<Date>{Date(2024, 6, 30), Date(2024, 12, 31)});
  // Days that do not follow one rule stay yearly rules of their own.
  const Timeframe two = read("trước ngày 20 tháng 6, 20 tháng 11");
  REQUIRE(two.kind() == TimeframeKind::composite);
  REQUIRE(two.composite().parts.size() == 2);
  check_rule(two.composite().parts[1], Cadence::yearly, DayRule{DueRelation::before, 20, 11, 0});
  // The half-yearly report is due in the month after each half.
  const Timeframe t = read("trước ngày 31 tháng 7 năm kế hoạch đối với báo cáo 6 tháng và trước ngày "
                           "31 tháng 01 năm sau đối với báo cáo năm",
                           2018);
  REQUIRE(t.kind() == TimeframeKind::composite);
  REQUIRE(t.composite().parts.size() == 2);
  check_rule(t.composite().parts[0], Cadence::half_yearly,
             DayRule{DueRelation::before, 31, std::nullopt, -1});
  check_rule(t.composite().parts[1], Cadence::yearly,
             DayRule{DueRelation::before, 31, std::nullopt, 13});
  CHECK(nominal_dues(t.composite().parts[0], DateRange::year(2024)) ==
        std::vector<Date>{Date(2024, 7, 31), Date(2025, 1, 31)});
}

TEST_CASE("a cadence reads alone, in a list, or with a part of every year") {
  check_rule(read("định kỳ hằng quý"), Cadence::quarterly, std::nullopt);
  check_rule(read("xây dựng kế hoạch hàng năm"), Cadence::yearly, std::nullopt);
  check_rule(read("Một năm 2 lần"), Cadence::half_yearly, std::nullopt);
  check_rule(read("4 lần/năm"), Cadence::quarterly, std::nullopt);
  check_rule(read("Quý II hàng năm"), Cadence::yearly, DayRule{DueRelation::by, 30, 6, 0});
  check_rule(read("tháng 07 hàng năm"), Cadence::yearly, DayRule{DueRelation::by, 31, 7, 0});
  check_rule(read("từ ngày 28 tháng 6 đến ngày 27 tháng 7 hằng năm"), Cadence::yearly,
             DayRule{DueRelation::by, 27, 7, 0});
  const Timeframe both = read("định kỳ 6 tháng và hàng năm");
  REQUIRE(both.kind() == TimeframeKind::composite);
  REQUIRE(both.composite().parts.size() == 2);
  check_rule(both.composite().parts[0], Cadence::half_yearly, std::nullopt);
  check_rule(both.composite().parts[1], Cadence::yearly, std::nullopt);
  check_rule(read("định kỳ một năm một lần trước ngày 30 tháng 11 hằng năm"), Cadence::yearly,
             DayRule{DueRelation::before, 30, 11, 0});
}

TEST_CASE("an upstream schedule keeps its source bodies, its window and the document it cites") {
  Timeframe t = read("Theo kế hoạch của các cơ quan chủ trì soạn thảo văn bản QPPL trong năm 2024 "
                     "(tại Phụ lục kèm theo Kế hoạch số 30/KH-UBND ngày 05/02/2024 của UBND tỉnh).");
  REQUIRE(t.kind() == TimeframeKind::upstream_schedule);
  const auto& u = t.upstream_schedule();
  REQUIRE(u.source_bodies.size() == 1);
  CHECK(u.source_bodies[0].kind == govplan::PartyKind::group);
  CHECK(u.source_bodies[0].name == "các cơ quan chủ trì soạn thảo văn bản QPPL");
  CHECK(u.window == DateRange::year(2024));
  REQUIRE(u.source_document.has_value());
  CHECK(u.source_document->type() == govplan::DocumentType::ke_hoach);
  CHECK(u.source_document->number()->to_string() == "30/KH-UBND");
  CHECK(u.source_document->date() == Date(2024, 2, 5));
  CHECK(u.source_document->issuer() == "UBND tỉnh");
  CHECK(u.source_document->part() == "Phụ lục");

  // Text converted from PDF breaks lines anywhere.
  t = read("Theo kế hoạch của UBND tỉnh\n(tại Phụ lục kèm theo Kế hoạch số 30/KH-UBND ngày\n05/02/2024 "
           "của UBND tỉnh)");
  REQUIRE(t.kind() == TimeframeKind::upstream_schedule);
  REQUIRE(t.upstream_schedule().source_document.has_value());
  CHECK(t.upstream_schedule().source_document->date() == Date(2024, 2, 5));
  CHECK(t.upstream_schedule().source_bodies.at(0).name == "UBND tỉnh");

  t = read("theo lộ trình của Bộ Tư pháp");
  REQUIRE(t.kind() == TimeframeKind::upstream_schedule);
  REQUIRE(t.upstream_schedule().source_bodies.size() == 1);
  CHECK(t.upstream_schedule().source_bodies[0].name == "Bộ Tư pháp");
  t = read("Theo Kế hoạch số 43/KH-UBND ngày 26/02/2024 của UBND thành phố");
  REQUIRE(t.kind() == TimeframeKind::upstream_schedule);
  REQUIRE(t.upstream_schedule().source_document.has_value());
  CHECK(t.upstream_schedule().source_document->number()->to_string() == "43/KH-UBND");
  CHECK(t.upstream_schedule().source_document->issuer() == "UBND thành phố");
}

TEST_CASE("an event reads its trigger, the bodies that may give it and the window that bounds it") {
  Timeframe t = read("Trong năm 2024, sau khi có hướng dẫn của Sở Tư pháp, Phòng Tư pháp thành phố.");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().trigger == TriggerKind::guidance);
  REQUIRE(t.after_event().trigger_by.size() == 2);
  CHECK(t.after_event().trigger_by[0].name == "Sở Tư pháp");
  CHECK(t.after_event().trigger_by[1].name == "Phòng Tư pháp thành phố");
  CHECK_FALSE(t.after_event().offset.has_value());
  CHECK(t.after_event().window == DateRange::year(2024));

  t = read("sau khi Kế hoạch được UBND tỉnh phê duyệt");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().trigger == TriggerKind::approval);
  REQUIRE(t.after_event().trigger_by.size() == 1);
  CHECK(t.after_event().trigger_by[0].name == "UBND tỉnh");

  t = read("sau khi ban hành");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().trigger == TriggerKind::issuance);
  CHECK(t.after_event().trigger_by.empty());

  // A body's name may hold commas and "và" ("Sở Văn hóa, Thể thao và Du lịch").
  t = read("sau khi có hướng dẫn của UBND tỉnh và Sở Văn hóa, Thể thao và Du lịch");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  REQUIRE(t.after_event().trigger_by.size() == 2);
  CHECK(t.after_event().trigger_by[1].name == "Sở Văn hóa, Thể thao và Du lịch");
}

TEST_CASE("a time limit after an event reads its offset, numbers in words included") {
  Timeframe t = read("trong vòng 05 ngày làm việc kể từ ngày nhận được hướng dẫn");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().trigger == TriggerKind::guidance);
  CHECK(t.after_event().offset == govplan::Offset{5, TimeUnit::working_days});

  t = read("chậm nhất là năm (05) ngày làm việc kể từ ngày ký Quyết định công bố thủ tục hành chính");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().trigger == TriggerKind::issuance);
  CHECK(t.after_event().offset == govplan::Offset{5, TimeUnit::working_days});

  t = read("chậm nhất trong thời hạn 03 (ba) ngày làm việc kể từ ngày nhận được yêu cầu");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().trigger == TriggerKind::request);
  CHECK(t.after_event().offset == govplan::Offset{3, TimeUnit::working_days});

  t = read("trong thời hạn mười lăm ngày kể từ ngày Ủy ban nhân dân cấp tỉnh ban hành Quyết định");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().offset == govplan::Offset{15, TimeUnit::days});
  REQUIRE(t.after_event().trigger_by.size() == 1);
  CHECK(t.after_event().trigger_by[0].name == "Ủy ban nhân dân cấp tỉnh");

  t = read("có hiệu lực thi hành sau 10 ngày, kể từ ngày ký");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().offset == govplan::Offset{10, TimeUnit::days});

  // "Kể từ ngày ký": from the event itself.
  t = read("kể từ ngày ký");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().offset == govplan::Offset{0, TimeUnit::days});

  t = read("chậm nhất là 03 ngày sau ngày bỏ phiếu để tổng hợp và lưu trữ");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().trigger == TriggerKind::other);
  CHECK(t.after_event().offset == govplan::Offset{3, TimeUnit::days});
}

TEST_CASE("a time limit before an event is a negative offset") {
  Timeframe t = read("05 ngày trước ngày tổ chức hội nghị");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().offset == govplan::Offset{-5, TimeUnit::days});
  t = read("trước khi tổ chức hội nghị ít nhất 10 ngày làm việc");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().offset == govplan::Offset{-10, TimeUnit::working_days});
  // "Trước ngày <event>" alone: the day before it, as "trước ngày D" means (timeframe.hpp).
  t = read("trước ngày khai mạc");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().offset == govplan::Offset{-1, TimeUnit::days});
}

TEST_CASE("a number whose words and digits disagree is not guessed") {
  const std::string why = diagnostic_of(read("chậm nhất là năm (06) ngày làm việc kể từ ngày ký"));
  CHECK(why.find("năm (06)") != std::string::npos);
}

TEST_CASE("requests and ad hoc work read as on request, with who may ask") {
  CHECK(read("Khi có yêu cầu").kind() == TimeframeKind::on_request);
  CHECK(read("Đột xuất").kind() == TimeframeKind::on_request);
  const Timeframe t = read("theo yêu cầu của Bộ Tài chính");
  REQUIRE(t.kind() == TimeframeKind::on_request);
  REQUIRE(t.on_request().requested_by.size() == 1);
  CHECK(t.on_request().requested_by[0].name == "Bộ Tài chính");
}

TEST_CASE("several clauses read as a composite, in text order") {
  Timeframe t = read("Thường xuyên; trước ngày 15/12/2024");
  REQUIRE(t.kind() == TimeframeKind::composite);
  REQUIRE(t.composite().parts.size() == 2);
  CHECK(t.composite().parts[0].kind() == TimeframeKind::regular);
  check_due(t.composite().parts[1], Date(2024, 12, 15), DueRelation::before);
  CHECK(t.composite().parts[1].text() == "trước ngày 15/12/2024");

  t = read("Quý II và Quý IV");
  REQUIRE(t.kind() == TimeframeKind::composite);
  REQUIRE(t.composite().parts.size() == 2);
  check_within(t.composite().parts[0], DateRange::quarter(2024, 2), PeriodKind::quarter);
  check_within(t.composite().parts[1], DateRange::quarter(2024, 4), PeriodKind::quarter);

  // A year written on the last of several periods holds for all of them.
  t = read("Quý II và Quý IV năm 2025", 2024);
  REQUIRE(t.kind() == TimeframeKind::composite);
  check_within(t.composite().parts[0], DateRange::quarter(2025, 2), PeriodKind::quarter);

  t = read("định kỳ hàng tháng hoặc khi có yêu cầu");
  REQUIRE(t.kind() == TimeframeKind::composite);
  REQUIRE(t.composite().parts.size() == 2);
  check_rule(t.composite().parts[0], Cadence::monthly, std::nullopt);
  CHECK(t.composite().parts[1].kind() == TimeframeKind::on_request);

  t = read("được tập trung thực hiện trong 02 tháng 10,11 năm 2023, cao điểm từ ngày 01 tháng 11 "
           "năm 2023 đến ngày 09 tháng 11 năm 2023");
  REQUIRE(t.kind() == TimeframeKind::composite);
  REQUIRE(t.composite().parts.size() == 2);
  check_within(t.composite().parts[0], range(2023, 10, 1, 2023, 11, 30), PeriodKind::range);
  check_within(t.composite().parts[1], range(2023, 11, 1, 2023, 11, 9), PeriodKind::range);
}

TEST_CASE("relative years count from the context year") {
  check_within(read("năm sau", 2024), DateRange::year(2025), PeriodKind::year);
  check_within(read("trong năm sau nữa", 2024), DateRange::year(2026), PeriodKind::year);
  check_within(read("năm nay", 2023), DateRange::year(2023), PeriodKind::year);
  check_within(read("trong năm", 2022), DateRange::year(2022), PeriodKind::year);
  check_within(read("6 tháng cuối năm nay", 2023), DateRange::half_year(2023, 2), PeriodKind::half_year);
  check_within(read("quý I năm sau", 2024), DateRange::quarter(2025, 1), PeriodKind::quarter);
}

TEST_CASE("matching ignores letter case, normalization form, tone-mark placement and spacing") {
  // NFD: every mark a combining character.
  const std::string nfd = "Th\x75\xCC\x9B\x6F\xCC\x9B\xCC\x80ng xuye\xCC\x82n trong na\xCC\x86m";
  Timeframe t = read(nfd);
  REQUIRE(t.kind() == TimeframeKind::regular);
  CHECK(t.regular().window == DateRange::year(2024));
  CHECK(t.text() == nfd);  // kept verbatim
  check_due(read("TRƯỚC NGÀY 15/11/2024"), Date(2024, 11, 15), DueRelation::before);
  // No-break spaces, runs of spaces, an en dash.
  check_due(read("trước \xC2\xA0 ngày   15/11/2024"), Date(2024, 11, 15), DueRelation::before);
  check_within(read("giai đoạn 2019 \xE2\x80\x93 2021"), range(2019, 1, 1, 2021, 12, 31),
               PeriodKind::years);
  // "Uỷ ban" and "Ủy ban", "hoá" and "hóa": the same words.
  t = read("sau khi có hướng dẫn của Uỷ ban nhân dân tỉnh");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  REQUIRE(t.after_event().trigger_by.size() == 1);
  CHECK(t.after_event().trigger_by[0].name == "Uỷ ban nhân dân tỉnh");
  CHECK(read("đột xuất theo yêu cầu của Uỷ ban nhân dân tỉnh").on_request().requested_by.size() == 1);
  CHECK(read("THƯỜNG XUYÊN, LIÊN TỤC").kind() == TimeframeKind::regular);
}

TEST_CASE("words around a timeframe that are not words of time are ignored") {
  check_within(read("- Năm 2022: 94 xã, phường, thị trấn.", 2022), DateRange::year(2022),
               PeriodKind::year);
  check_rule(read("được công bố hàng năm"), Cadence::yearly, std::nullopt);
  const Timeframe t =
      read("trong thời hạn 10 ngày sau khi kết thúc kỳ báo cáo để tổng hợp báo cáo Ủy ban nhân dân cấp "
           "tỉnh");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().trigger_by.empty());
  CHECK(t.after_event().offset == govplan::Offset{10, TimeUnit::days});
}

TEST_CASE("the seed plan's three timeframes read as its hand-made model has them") {
  const govplan::Plan plan = govplan::load_plan(
      test_support::read_file(std::string(GOVPLAN_SOURCE_DIR) + "/examples/plans/chanh-lo-2024.json"));
  const std::string label = "- Thời gian thực hiện:";
  std::vector<std::string> phrases;
  for (const std::string& line : test_support::lines_of(test_support::data_file("seed-chanh-lo-2024.txt"))) {
    if (line.rfind(label, 0) != 0) continue;
    std::string phrase = line.substr(label.size());
    phrase.erase(0, phrase.find_first_not_of(' '));
    phrases.push_back(phrase);
  }
  REQUIRE(phrases.size() == 3);
  REQUIRE(plan.tasks.size() == 3);
  const PhraseContext context{2024, std::nullopt, plan.window};
  for (std::size_t i = 0; i < 3; ++i) {
    const Timeframe got = govplan::parse_timeframe(phrases[i], context);
    const Timeframe& want = plan.tasks[i].timeframe;
    INFO("task " << plan.tasks[i].id << ": " << phrases[i]);
    REQUIRE(got.kind() == want.kind());
    CHECK(got.text() == want.text());
    CHECK(got.window() == want.window());
    switch (want.kind()) {
      case TimeframeKind::regular: CHECK(got.regular() == want.regular()); break;
      case TimeframeKind::upstream_schedule:
        CHECK(got.upstream_schedule().source_bodies == want.upstream_schedule().source_bodies);
        CHECK(got.upstream_schedule().source_document == want.upstream_schedule().source_document);
        break;
      case TimeframeKind::after_event:
        CHECK(got.after_event().trigger == want.after_event().trigger);
        CHECK(got.after_event().trigger_by == want.after_event().trigger_by);
        CHECK(got.after_event().offset == want.after_event().offset);
        break;
      default: FAIL("the seed has no timeframe of kind " << govplan::to_string(want.kind()));
    }
    CHECK(got == want);
  }
}

TEST_CASE("invalid UTF-8 is a ParseError that says where it is") {
  const std::string bad = "Quý II\xFF/2024";
  try {
    (void)read(bad);
    FAIL("expected a ParseError");
  } catch (const govplan::ParseError& e) {
    CHECK(e.id() == "timeframe.invalid_utf8");
    CHECK(e.where().line() == 1u);
    CHECK(e.where().column() == 7u);
  }
}

TEST_CASE("a context year out of range is a ValidationError") {
  CHECK_THROWS_AS(read("Quý II/2024", 1994), govplan::ValidationError);
  CHECK_THROWS_AS(read("Quý II/2024", 2200), govplan::ValidationError);
  CHECK_NOTHROW(read("Quý II/2024", 1995));
  try {
    (void)read("năm nay", 0);
    FAIL("expected a ValidationError");
  } catch (const govplan::ValidationError& e) {
    CHECK(e.id() == "timeframe.context_year");
  }
}

TEST_CASE("text that is not a timeframe is unparsed with a diagnostic saying what was not understood") {
  CHECK(diagnostic_of(read("xin chào các bạn")).find("no timeframe") != std::string::npos);
  CHECK(diagnostic_of(read("")).find("empty") != std::string::npos);
  CHECK(diagnostic_of(read(" \t ")).find("empty") != std::string::npos);
  CHECK(diagnostic_of(read("hưởng ứng Ngày Pháp luật")).find("Ngày Pháp luật") != std::string::npos);
  CHECK(diagnostic_of(read("trong thời hạn quy định")).find("thời hạn quy định") != std::string::npos);
  // A word of time in front of a period is not dropped: "sau quý II" is not "quý II".
  CHECK(diagnostic_of(read("sau quý II/2024")).find("sau quý II") != std::string::npos);
  CHECK(diagnostic_of(read("trước ngày 30/02/2024")).find("30/02/2024") != std::string::npos);
  CHECK(read("Quý V/2024").kind() == TimeframeKind::unparsed);
  CHECK(read("tháng 13/2024").kind() == TimeframeKind::unparsed);
  const Timeframe t = read("!!! ### ???");
  CHECK(t.kind() == TimeframeKind::unparsed);
  CHECK(t.text() == "!!! ### ???");
}

TEST_CASE("what the model cannot hold is unparsed, naming what is missing") {
  CHECK(diagnostic_of(read("trong thời hạn 30 phút kể từ khi nhận được tin báo")).find("minutes") !=
        std::string::npos);
  CHECK(diagnostic_of(read("trước 17 giờ ngày 30/6/2024")).find("time of day") != std::string::npos);
  CHECK(diagnostic_of(read("hằng ngày")).find("daily") != std::string::npos);
  CHECK(diagnostic_of(read("thứ Hai đầu tiên hằng tháng")).find("day of the week") != std::string::npos);
  CHECK(diagnostic_of(read("trước ngày 15/12 của năm trước năm trước năm kế hoạch"))
            .find("trước năm kế hoạch") != std::string::npos);
  CHECK(diagnostic_of(read("định kỳ 3 năm")).find("định kỳ 3 năm") != std::string::npos);
  CHECK(diagnostic_of(read("định kỳ 5 năm một lần vào quý IV")).find("five-year") != std::string::npos);
  CHECK(diagnostic_of(read("2 lần/tháng")).find("2 lần/tháng") != std::string::npos);
  CHECK(diagnostic_of(read("từ ngày 6 tháng giêng")).find("lunar") != std::string::npos);
  CHECK(diagnostic_of(read("kể từ tháng 3/2020")).find("start") != std::string::npos);
  CHECK(diagnostic_of(read("03 lần/tuần")).find("03 lần/tuần") != std::string::npos);
  CHECK(diagnostic_of(read("02 lần/tuần vào thứ Hai")).find("names 1 of its days") != std::string::npos);
  CHECK(diagnostic_of(read("vào các ngày cố định")).find("without a cadence") != std::string::npos);
  CHECK(diagnostic_of(read("vào thứ Năm, ngày 15/3/2024")).find("disagree") != std::string::npos);
}

TEST_CASE("days of the week read as a weekly rule, as many as the times a week it says") {
  DayRule friday{DueRelation::by};
  friday.weekdays = {govplan::Weekday::friday};
  check_rule(read("thứ Sáu hằng tuần"), Cadence::weekly, friday);
  check_rule(read("Vào cuối giờ chiều thứ Sáu"), Cadence::weekly, friday);
  check_rule(read("chiều thứ 6 hàng tuần"), Cadence::weekly, friday);
  DayRule weekend{DueRelation::by};
  weekend.weekdays = {govplan::Weekday::saturday, govplan::Weekday::sunday};
  check_rule(read("Vào các ngày thứ bảy và Chủ nhật"), Cadence::weekly, weekend);
  DayRule three{DueRelation::by};
  three.weekdays = {govplan::Weekday::tuesday, govplan::Weekday::thursday, govplan::Weekday::sunday};
  check_rule(read("Tần suất thực hiện phát thanh 03 lần/tuần vào các ngày thứ Ba, thứ Năm và Chủ nhật"),
             Cadence::weekly, three);
  DayRule before_friday{DueRelation::before};
  before_friday.weekdays = {govplan::Weekday::friday};
  const Timeframe before = read("trước thứ Sáu hằng tuần");
  check_rule(before, Cadence::weekly, before_friday);
  CHECK(nominal_dues(before, DateRange::month(2024, 3)).front() == Date(2024, 3, 1));
  // Days fixed elsewhere: the cadence without a day rule.
  check_rule(read("vào các ngày cố định hằng tuần"), Cadence::weekly, std::nullopt);
  // A day of the week beside its date is that date; an ordinal "thứ" is not a day of the week.
  check_due(read("vào thứ Sáu, ngày 15/3/2024"), Date(2024, 3, 15), DueRelation::by);
  check_rule(read("trước ngày 15 của tháng thứ 2 của quý"), Cadence::quarterly,
             DayRule{DueRelation::before, 15, std::nullopt, 2});
  CHECK(read("ngày thứ 5 kể từ ngày nhận hồ sơ").kind() == TimeframeKind::unparsed);
  // Within a year it names, the rule is bounded by it.
  const Timeframe bounded = read("thứ Hai hằng tuần trong năm 2024");
  REQUIRE(bounded.kind() == TimeframeKind::recurring);
  CHECK(bounded.recurring().window == DateRange::year(2024));
  CHECK(nominal_dues(bounded, DateRange::year(2024)).size() == 53);  // 2024 has 53 Mondays
}

TEST_CASE("a day of the month or year before the period reads as months before it") {
  const Timeframe year = read("trước ngày 31 tháng 12 của năm trước năm kế hoạch");
  check_rule(year, Cadence::yearly, DayRule{DueRelation::before, 31, std::nullopt, 0, 1});
  CHECK(nominal_dues(year, DateRange::year(2024)) == std::vector<Date>{Date(2023, 12, 31)});
  check_rule(read("trước ngày 30 tháng 6 của năm trước năm kế hoạch"), Cadence::yearly,
             DayRule{DueRelation::before, 30, std::nullopt, 0, 7});
  const Timeframe quarter = read("trước ngày 15 của tháng liền kề trước quý dự trù");
  check_rule(quarter, Cadence::quarterly, DayRule{DueRelation::before, 15, std::nullopt, 0, 1});
  CHECK(nominal_dues(quarter, DateRange::year(2024)) ==
        std::vector<Date>{Date(2023, 12, 15), Date(2024, 3, 15), Date(2024, 6, 15), Date(2024, 9, 15)});
  check_rule(read("trước ngày 10 của tháng trước"), Cadence::monthly,
             DayRule{DueRelation::before, 10, std::nullopt, 0, 1});
  // A month before the period under a named cadence takes that cadence.
  check_rule(read("định kỳ hằng quý, trước ngày 20 của tháng liền trước"), Cadence::quarterly,
             DayRule{DueRelation::before, 20, std::nullopt, 0, 1});
}

TEST_CASE("a time limit in hours reads as an offset in hours, a time of day does not") {
  Timeframe t = read("trong thời hạn 12 giờ kể từ khi ký văn bản ủy quyền");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().trigger == TriggerKind::issuance);
  CHECK(t.after_event().offset == govplan::Offset{12, TimeUnit::hours});
  t = read("trong vòng 24 giờ");
  REQUIRE(t.kind() == TimeframeKind::after_event);
  CHECK(t.after_event().offset == govplan::Offset{24, TimeUnit::hours});
  CHECK(read("trong vòng 8 giờ 30 phút").kind() == TimeframeKind::unparsed);
  CHECK(read("chậm nhất 14 giờ chiều").kind() == TimeframeKind::unparsed);
}

TEST_CASE("every N years and lists after a cadence read as cadences, five-yearly included") {
  check_rule(read("định kỳ 05 năm"), Cadence::five_yearly, std::nullopt);
  check_rule(read("5 năm một lần"), Cadence::five_yearly, std::nullopt);
  check_rule(read("định kỳ 01 năm"), Cadence::yearly, std::nullopt);
  check_rule(read("định kỳ 2 quý"), Cadence::half_yearly, std::nullopt);
  check_rule(read("định kỳ 03 tháng một lần"), Cadence::quarterly, std::nullopt);
  Timeframe t = read("tiến độ hằng năm và 05 năm");
  REQUIRE(t.kind() == TimeframeKind::composite);
  REQUIRE(t.composite().parts.size() == 2);
  check_rule(t.composite().parts[0], Cadence::yearly, std::nullopt);
  check_rule(t.composite().parts[1], Cadence::five_yearly, std::nullopt);
  t = read("báo cáo hằng tháng, quý và năm");
  REQUIRE(t.kind() == TimeframeKind::composite);
  REQUIRE(t.composite().parts.size() == 3);
  check_rule(t.composite().parts[1], Cadence::quarterly, std::nullopt);
  check_rule(t.composite().parts[2], Cadence::yearly, std::nullopt);
  // A year after the list is the window of the cadence, not another cadence.
  t = read("hằng quý và năm 2024");
  check_rule(t, Cadence::quarterly, std::nullopt);
  CHECK(t.recurring().window == DateRange::year(2024));
  // Five years are counted from the window's first year.
  CHECK(nominal_dues(read("định kỳ 05 năm"), range(2021, 1, 1, 2030, 12, 31)) ==
        std::vector<Date>{Date(2025, 12, 31), Date(2030, 12, 31)});
}

TEST_CASE("a half of the year given with its own span reads as the half-yearly cycle") {
  check_rule(read("6 tháng đầu năm từ ngày 1/1 đến 30/6 hằng năm"), Cadence::half_yearly, std::nullopt);
  check_rule(read("06 tháng cuối năm từ ngày 1/7 đến 31/12"), Cadence::half_yearly, std::nullopt);
  check_rule(read("6 tháng đầu năm từ 01/01 đến 30/06"), Cadence::half_yearly, std::nullopt);
  // Another span, or a day, is a yearly rule of that half.
  check_rule(read("6 tháng đầu năm từ ngày 1/1 đến 15/6"), Cadence::yearly, DayRule{DueRelation::by, 15, 6, 0});
  check_rule(read("6 tháng đầu năm vào ngày 25 tháng 5"), Cadence::yearly, DayRule{DueRelation::by, 25, 5, 0});
  // In a plan of one year, it is that year's half.
  check_within(read_in_plan("06 tháng cuối năm từ ngày 1/7 đến 31/12", DateRange::year(2024)),
               range(2024, 7, 1, 2024, 12, 31), PeriodKind::range);
  CHECK(read("6 tháng đầu năm từ ngày 1/1 đến 30/6 hằng tháng").kind() == TimeframeKind::unparsed);
}

TEST_CASE("very long input is unparsed at once, without throwing") {
  std::string huge;
  while (huge.size() < 200000) huge += "trước ngày 15/12/2024; ";
  const auto start = std::chrono::steady_clock::now();
  const Timeframe t = read(huge);
  CHECK(t.kind() == TimeframeKind::unparsed);
  CHECK(t.unparsed().diagnostic.find("too long") != std::string::npos);
  CHECK(t.text() == huge);
  // Just under the limit the phrase is read in full, and still fast.
  std::string many;
  while (many.size() < 3900) many += "trước ngày 15/12/2024; ";
  const Timeframe m = read(many);
  REQUIRE(m.kind() == TimeframeKind::composite);
  CHECK(m.composite().parts.size() == many.size() / std::string("trước ngày 15/12/2024; ").size());
  std::string noise;
  while (noise.size() < 3900) noise += "ngày tháng năm quý kỳ từ đến ";
  CHECK(read(noise).kind() == TimeframeKind::unparsed);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(elapsed < std::chrono::seconds(5));
}
