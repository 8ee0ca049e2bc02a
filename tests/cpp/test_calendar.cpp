// Tests of govplan/calendar.hpp: holidays by the law of each year, the announced schedules of
// 2010–2026 against golden data typed from the notices, working-day arithmetic and the Civil
// Code's time limits.
#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/error.hpp"
#include "govplan/lunar.hpp"
#include "support.hpp"

using govplan::CalendarDay;
using govplan::Date;
using govplan::DateRange;
using govplan::DayKind;
using govplan::HolidaySchedules;
using govplan::Occasion;
using govplan::Sector;
using govplan::SourceStatus;
using govplan::TimeUnit;
using govplan::WorkCalendar;

namespace {

Date iso(const std::string& text) { return govplan::parse_date(text); }

struct GoldenDay {
  DayKind kind;
  Occasion occasion;
};

std::map<Date, GoldenDay> golden_days() {
  std::map<Date, GoldenDay> out;
  for (const std::string& line :
       test_support::lines_of(test_support::data_file("calendar/civil-service-days.txt"))) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream in(line);
    std::string date, kind, occasion, confidence, source;
    in >> date >> kind >> occasion >> confidence >> source;
    REQUIRE_FALSE(in.fail());
    out[iso(date)] = {govplan::parse_day_kind(kind), govplan::parse_occasion(occasion)};
  }
  return out;
}

const WorkCalendar& civil_service() {
  static const WorkCalendar cal = WorkCalendar::vietnam();
  return cal;
}

}  // namespace

TEST_CASE("every special day of 2010–2026 is the one the notices announced, and no other") {
  const std::map<Date, GoldenDay> golden = golden_days();
  REQUIRE(golden.size() > 250);
  std::map<Date, GoldenDay> computed;
  for (int year = 2010; year <= 2026; ++year) {
    for (const CalendarDay& d : civil_service().special_days(year)) {
      computed[d.date] = {d.kind, d.occasion};
    }
  }
  for (const auto& [date, g] : golden) {
    CAPTURE(date);
    REQUIRE(computed.contains(date));
    CHECK(govplan::to_string(computed[date].kind) == govplan::to_string(g.kind));
    CHECK(govplan::to_string(computed[date].occasion) == govplan::to_string(g.occasion));
  }
  for (const auto& [date, c] : computed) {
    CAPTURE(date);
    CHECK_MESSAGE(golden.contains(date), "unexpected special day " << govplan::to_string(c.kind));
  }
}

TEST_CASE("the civil service has the counted number of working days in each year 2010–2026") {
  int rows = 0;
  for (const std::string& line : test_support::lines_of(
           test_support::data_file("calendar/civil-service-working-days.txt"))) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream in(line);
    int year = 0, weekdays = 0, off = 0, worked = 0, working = 0;
    in >> year >> weekdays >> off >> worked >> working;
    REQUIRE_FALSE(in.fail());
    CAPTURE(year);
    CHECK(civil_service().count_working_days(DateRange::year(year)) == working);
    ++rows;
  }
  CHECK(rows == 17);
}

TEST_CASE("the 2024 and 2025 test vectors of the notices hold day by day") {
  const WorkCalendar& cal = civil_service();
  // 2024: Tết 08–14/02; 27/04–01/05 with 29/04 swapped and Saturday 04/05 worked; 31/08–03/09.
  for (const char* d : {"2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13",
                        "2024-02-14", "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01",
                        "2024-09-02", "2024-09-03"}) {
    CAPTURE(d);
    CHECK_FALSE(cal.is_working_day(iso(d)));
  }
  CHECK(cal.is_working_day(iso("2024-05-04")));
  CHECK(cal.is_working_day(iso("2024-02-15")));
  // 2025: Tết 25/01–02/02; Saturday 26/04 worked for Friday 02/05; Quốc khánh 01–02/09.
  for (const char* d : {"2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30",
                        "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02",
                        "2025-09-01", "2025-09-02"}) {
    CAPTURE(d);
    CHECK_FALSE(cal.is_working_day(iso(d)));
  }
  CHECK(cal.is_working_day(iso("2025-04-26")));
  CHECK(cal.is_working_day(iso("2025-02-03")));
}

TEST_CASE("every day off says why, with its source document") {
  const CalendarDay swapped = civil_service().describe(iso("2024-04-29"));
  CHECK(swapped.kind == DayKind::swapped_day_off);
  CHECK(swapped.source.document == "Công văn 2450/VPCP-KGVX");
  CHECK(swapped.source.date == Date(2024, 4, 12));
  CHECK(swapped.source.status == SourceStatus::decided);
  CHECK(swapped.paired_with == Date(2024, 5, 4));
  CHECK(swapped.name_vi.find("làm bù thứ Bảy 04/05/2024") != std::string::npos);
  CHECK(swapped.name(govplan::Lang::en).find("Saturday 04/05/2024") != std::string::npos);

  const CalendarDay tet = civil_service().describe(iso("2026-02-16"));
  CHECK(tet.kind == DayKind::holiday);
  CHECK(tet.occasion == Occasion::lunar_new_year);
  CHECK(tet.name_vi == "Tết Nguyên đán (29 tháng Chạp)");
  CHECK(tet.source.document == "Thông báo 9441/TB-BNV");
  CHECK(tet.source.issuer == "Bộ Nội vụ");

  const CalendarDay in_lieu = civil_service().describe(iso("2026-04-27"));
  CHECK(in_lieu.kind == DayKind::compensatory);
  CHECK(in_lieu.paired_with == Date(2026, 4, 26));
  CHECK(in_lieu.source.document == "Bộ luật Lao động 2019, Điều 111 khoản 3");
  CHECK(in_lieu.name_en == "Day off in lieu, Hùng Kings' Commemoration Day (26/04)");

  const CalendarDay saturday = civil_service().describe(iso("2024-05-11"));
  CHECK(saturday.kind == DayKind::weekend);
  CHECK(saturday.source.document == "Quyết định 188/1999/QĐ-TTg, Điều 1");
  const CalendarDay monday = civil_service().describe(iso("2024-05-13"));
  CHECK(monday.kind == DayKind::working_day);
  CHECK(monday.is_working_day());
}

TEST_CASE("holidays follow the Labour Code in force each year") {
  const WorkCalendar& cal = civil_service();
  auto occasions = [&](int year) {
    std::multiset<Occasion> out;
    for (const CalendarDay& d : cal.days_off(year)) {
      if (d.kind == DayKind::holiday) out.insert(d.occasion);
    }
    return out;
  };
  // 2006 (1994 code): no Giỗ Tổ yet, Tết 4 days; 2008: Giỗ Tổ (Law 84/2007/QH11).
  CHECK(occasions(2006).count(Occasion::hung_kings) == 0);
  CHECK(occasions(2006).count(Occasion::lunar_new_year) == 4);
  CHECK(occasions(2008).count(Occasion::hung_kings) == 1);
  // 2013: Tết still 4 days (the 2012 code took effect on 01/05/2013); 5 days from 2014.
  CHECK(occasions(2013).count(Occasion::lunar_new_year) == 4);
  CHECK(occasions(2014).count(Occasion::lunar_new_year) == 5);
  // One National Day day until 2020, two from 2021 (2019 code Art. 112(1)(đ)).
  CHECK(occasions(2020).count(Occasion::national_day) == 1);
  CHECK(occasions(2021).count(Occasion::national_day) == 2);
  CHECK(occasions(2030).count(Occasion::national_day) == 2);
  // Total holidays (weekday or not): 9 in 2008, 10 in 2015, 11 from 2021.
  CHECK(occasions(2008).size() == 9);
  CHECK(occasions(2015).size() == 10);
  CHECK(occasions(2022).size() == 11);
  CHECK(occasions(2027).size() == 11);
}

TEST_CASE("years after the last notice use the statute and say which days are assumed") {
  const std::vector<CalendarDay> days = civil_service().days_off(2027);
  int assumed = 0;
  for (const CalendarDay& d : days) {
    if (d.source.status == SourceStatus::assumed) {
      ++assumed;
      CHECK_FALSE(d.source.note.empty());
    }
  }
  // Tết 2027 (Saturday 06/02): 29 Chạp + mùng 1–4, in lieu 10–11/02; and the 2/9 adjacent day.
  CHECK(assumed == 8);
  CHECK_FALSE(civil_service().is_working_day(Date(2027, 2, 5)));
  CHECK_FALSE(civil_service().is_working_day(Date(2027, 2, 11)));
  CHECK(civil_service().is_working_day(Date(2027, 2, 12)));
  CHECK(civil_service().verified_through() == Date(2026, 12, 31));
}

TEST_CASE("a holiday on a weekend is made up on the next working day, in order") {
  const WorkCalendar& cal = civil_service();
  // 2023: Giỗ Tổ Saturday 29/04, 30/04 Sunday, 01/05 Monday → Tuesday 02/05 and Wednesday 03/05.
  CHECK(cal.describe(Date(2023, 5, 2)).paired_with == Date(2023, 4, 29));
  CHECK(cal.describe(Date(2023, 5, 3)).paired_with == Date(2023, 4, 30));
  CHECK(cal.is_working_day(Date(2023, 5, 4)));
}

TEST_CASE("Vietnamese Culture Day is a proposed day off, applied only when asked for") {
  CHECK(civil_service().is_working_day(Date(2026, 11, 24)));
  govplan::CalendarOptions options;
  options.include_proposed = true;
  const WorkCalendar with_proposed = WorkCalendar::vietnam(options, HolidaySchedules::builtin());
  const CalendarDay day = with_proposed.describe(Date(2026, 11, 24));
  CHECK(day.kind == DayKind::holiday);
  CHECK(day.occasion == Occasion::culture_day);
  CHECK(day.source.status == SourceStatus::proposed);
  CHECK_FALSE(day.source.note.empty());
  // Not made up when it falls on a weekend (Saturday 24/11/2029).
  CHECK(Date(2029, 11, 24).weekday() == govplan::Weekday::saturday);
  CHECK(with_proposed.describe(Date(2029, 11, 24)).kind == DayKind::holiday);
  CHECK(with_proposed.is_working_day(Date(2029, 11, 26)));
}

TEST_CASE("swaps that cross a year boundary belong to the day they fall on") {
  const WorkCalendar& cal = civil_service();
  bool found = false;
  for (const CalendarDay& d : cal.days_off(2018)) {
    if (d.date == Date(2018, 12, 31)) {
      found = true;
      CHECK(d.kind == DayKind::swapped_day_off);
      CHECK(d.occasion == Occasion::new_year);
      CHECK(d.paired_with == Date(2019, 1, 5));
    }
  }
  CHECK(found);
  CHECK(cal.is_working_day(Date(2014, 12, 27)));  // Saturday worked for Friday 02/01/2015
  CHECK(cal.is_working_day(Date(2011, 1, 30)));   // a Sunday worked before Tết 2011
  const std::vector<CalendarDay> worked = cal.working_weekend_days(2014);
  CHECK(worked.size() == 5);
  CHECK(worked.back().date == Date(2014, 12, 27));
}

TEST_CASE("the civil service worked six days a week until the five-day week of 02/10/1999") {
  const WorkCalendar& cal = civil_service();
  CHECK(cal.is_working_day(Date(1999, 9, 25)));   // Saturday
  CHECK_FALSE(cal.is_working_day(Date(1999, 9, 26)));
  CHECK_FALSE(cal.is_working_day(Date(1999, 10, 2)));
  CHECK(cal.describe(Date(1999, 9, 26)).source.document == "Bộ luật Lao động 1994, Điều 72");
  // An employer's calendar keeps the weekend it is given.
  govplan::CalendarOptions options;
  options.sector = Sector::all_employees;
  options.weekend = {govplan::Weekday::sunday};
  const WorkCalendar six_day = WorkCalendar::vietnam(options, HolidaySchedules::builtin());
  CHECK(six_day.is_working_day(Date(2024, 5, 11)));
  // 30/04/2023 was a Sunday: in lieu on Tuesday 02/05 (01/05 is itself a holiday).
  CHECK_FALSE(six_day.is_working_day(Date(2023, 5, 2)));
  CHECK(six_day.is_working_day(Date(2023, 5, 3)));
}

TEST_CASE("all employees get the statutory days but not the civil service's swaps") {
  const WorkCalendar employees = WorkCalendar::vietnam(Sector::all_employees);
  CHECK(employees.sector() == Sector::all_employees);
  CHECK(employees.is_working_day(Date(2024, 4, 29)));   // swapped only for the civil service
  CHECK_FALSE(employees.is_working_day(Date(2024, 5, 4)));
  CHECK_FALSE(employees.is_working_day(Date(2024, 4, 30)));
  // Tết days are the employer's choice: govplan assumes 30 Chạp + mùng 1–4 and says so.
  const CalendarDay tet = employees.describe(Date(2024, 2, 9));
  CHECK(tet.kind == DayKind::holiday);
  CHECK(tet.source.status == SourceStatus::assumed);
}

TEST_CASE("working days can be added, counted and rolled") {
  const WorkCalendar& cal = civil_service();
  // DOMAIN §5: 2 working days after Friday 25/04/2025 → Saturday 26/04 is worked → Monday 28/04.
  CHECK(cal.add_working_days(Date(2025, 4, 25), 2) == Date(2025, 4, 28));
  CHECK(cal.add_working_days(Date(2025, 4, 25), 1) == Date(2025, 4, 26));
  CHECK(cal.add_working_days(Date(2025, 4, 28), -2) == Date(2025, 4, 25));
  CHECK(cal.add_working_days(Date(2024, 4, 26), 5) == Date(2024, 5, 7));
  CHECK(cal.add_working_days(Date(2024, 4, 26), 0) == Date(2024, 4, 26));
  CHECK(cal.next_working_day(Date(2024, 2, 7)) == Date(2024, 2, 15));
  CHECK(cal.previous_working_day(Date(2024, 2, 15)) == Date(2024, 2, 7));
  CHECK(cal.count_working_days(DateRange(Date(2024, 2, 1), Date(2024, 2, 29))) == 16);
  CHECK(cal.count_working_days(DateRange(Date(2024, 5, 4), Date(2024, 5, 4))) == 1);
  using govplan::Roll;
  // Saturday 31/08/2024 … Tuesday 03/09 are off; the month ends on a day off.
  CHECK(cal.adjust(Date(2024, 8, 31), Roll::following) == Date(2024, 9, 4));
  CHECK(cal.adjust(Date(2024, 8, 31), Roll::modified_following) == Date(2024, 8, 30));
  CHECK(cal.adjust(Date(2024, 8, 31), Roll::preceding) == Date(2024, 8, 30));
  CHECK(cal.adjust(Date(2024, 9, 1), Roll::modified_preceding) == Date(2024, 9, 4));
  CHECK(cal.adjust(Date(2024, 8, 31), Roll::unadjusted) == Date(2024, 8, 31));
  CHECK(cal.adjust(Date(2024, 8, 30), Roll::following) == Date(2024, 8, 30));
  CHECK(govplan::parse_roll("modified_following") == Roll::modified_following);
}

TEST_CASE("adding and counting working days agree with stepping one working day at a time") {
  // add_working_days and count_working_days read per-day counts; their definitions are the
  // stepwise ones: n times next_working_day (or previous), and a walk over the range.
  const WorkCalendar& cal = civil_service();
  for (Date start(1995, 3, 1); start <= Date(2199, 6, 30); start = start.add_days(389)) {
    for (int n : {-400, -37, -6, -1, 1, 2, 5, 15, 30, 61, 250}) {
      CAPTURE(start);
      CAPTURE(n);
      std::optional<Date> stepped = start;
      try {
        for (int k = 0; k < n; ++k) stepped = cal.next_working_day(*stepped);
        for (int k = 0; k > n; --k) stepped = cal.previous_working_day(*stepped);
      } catch (const govplan::ValidationError&) {
        stepped.reset();  // past an end of the calendar: adding must say so too
      }
      if (stepped) {
        CHECK(cal.add_working_days(start, n) == *stepped);
      } else {
        CHECK_THROWS_AS(cal.add_working_days(start, n), govplan::ValidationError);
      }
    }
    const DateRange range(start, start.add_days(140));
    int walked = 0;
    for (Date d : range) walked += cal.is_working_day(d) ? 1 : 0;
    CHECK(cal.count_working_days(range) == walked);
    // Between two days: the working days after the first up to the second, negative backwards.
    for (int span : {0, 1, 6, 45}) {
      const Date later = start.add_days(span);
      int between = 0;
      for (Date d = start; d < later;) {
        d = d.add_days(1);
        between += cal.is_working_day(d) ? 1 : 0;
      }
      CAPTURE(span);
      CHECK(cal.working_days_between(start, later) == between);
      CHECK(cal.working_days_between(later, start) == -between);
      if (cal.is_working_day(later)) CHECK(cal.add_working_days(start, between) == later);
    }
  }
  // Between a day just before the calendar and one inside it: only the days counted must be in it.
  const Date before_first = Date(1995, 1, 1).add_days(-1);
  CHECK(cal.working_days_between(before_first, Date(1995, 1, 10)) == cal.count_working_days(DateRange(Date(1995, 1, 1), Date(1995, 1, 10))));
  CHECK(cal.working_days_between(Date(1995, 1, 10), before_first) == -cal.count_working_days(DateRange(Date(1995, 1, 1), Date(1995, 1, 10))));
  CHECK(cal.working_days_between(before_first, before_first) == 0);
  CHECK_THROWS_AS(cal.working_days_between(before_first.add_days(-1), Date(1995, 1, 10)), govplan::ValidationError);
  CHECK_THROWS_AS(cal.working_days_between(Date(2199, 12, 1), Date(2200, 1, 1)), govplan::ValidationError);
  // At the ends of the calendar: the first working day can be reached backwards, no further.
  const Date first_working = cal.adjust(Date(1995, 1, 1), govplan::Roll::following);
  CHECK(cal.add_working_days(cal.next_working_day(first_working), -1) == first_working);
  CHECK_THROWS_AS(cal.add_working_days(first_working, -1), govplan::ValidationError);
  const Date last_working = cal.adjust(Date(2199, 12, 31), govplan::Roll::preceding);
  CHECK(cal.add_working_days(cal.previous_working_day(last_working), 1) == last_working);
  CHECK_THROWS_AS(cal.add_working_days(last_working, 1), govplan::ValidationError);
}
TEST_CASE("the batch check gives the same answers as one-by-one checks") {
  const WorkCalendar& cal = civil_service();
  std::vector<Date> days;
  for (Date d(1995, 1, 1); d <= Date(2199, 12, 31); d = d.add_days(97)) days.push_back(d);
  std::vector<std::uint8_t> out(days.size());
  cal.is_working_day_many(days, out);
  for (std::size_t i = 0; i < days.size(); ++i) {
    CAPTURE(days[i]);
    CHECK(static_cast<bool>(out[i]) == cal.is_working_day(days[i]));
  }
  std::vector<Date> bad{Date(2024, 1, 1), Date(1994, 12, 31)};
  std::vector<std::uint8_t> out2(2);
  CHECK_THROWS_AS(cal.is_working_day_many(bad, out2), govplan::ValidationError);
  std::vector<std::uint8_t> short_out(1);
  CHECK_THROWS_AS(cal.is_working_day_many(days, short_out), govplan::ValidationError);
}

TEST_CASE("days outside 1995–2199 are refused with the covered range in the error") {
  try {
    (void)civil_service().is_working_day(Date(1994, 12, 31));
    FAIL("expected an error");
  } catch (const govplan::ValidationError& e) {
    CHECK(e.id() == "calendar.range");
    CHECK(e.expected() == "a day from 1995-01-01 to 2199-12-31");
    CHECK(e.found() == "1994-12-31");
  }
  CHECK_THROWS_AS(civil_service().days_off(2200), govplan::ValidationError);
  CHECK_THROWS_AS(civil_service().add_working_days(Date(2199, 12, 30), 5),
                  govplan::ValidationError);
}

TEST_CASE("calendars are immutable values: adding days off returns a new calendar") {
  const WorkCalendar base = WorkCalendar::vietnam();
  const std::vector<Date> extra{Date(2025, 3, 7)};
  govplan::LegalSource source;
  source.document = "Quyết định 123/QĐ-UBND";
  source.status = SourceStatus::decided;
  const WorkCalendar province =
      base.with_days_off(extra, "Nghỉ theo quyết định của tỉnh", "Provincial day off", source);
  CHECK(base.is_working_day(Date(2025, 3, 7)));
  CHECK_FALSE(province.is_working_day(Date(2025, 3, 7)));
  CHECK(province.describe(Date(2025, 3, 7)).kind == DayKind::extra_day_off);
  CHECK(province.describe(Date(2025, 3, 7)).source.document == "Quyết định 123/QĐ-UBND");
  const std::vector<Date> saturday{Date(2025, 3, 8)};
  const WorkCalendar working =
      province.with_working_days(saturday, "Làm việc thứ Bảy", "Working Saturday", source);
  CHECK(working.is_working_day(Date(2025, 3, 8)));
  CHECK_FALSE(province.is_working_day(Date(2025, 3, 8)));
  CHECK(working.describe(Date(2025, 3, 8)).kind == DayKind::extra_working_day);
  CHECK(working.working_weekend_days(2025).size() == 2);
}

TEST_CASE("schedules merge: an override replaces the same occasion's days and keeps the rest") {
  // A fictitious later notice moving Tết 2026 by a day, and a 2027 swap.
  govplan::LegalSource notice;
  notice.document = "Thông báo 1/TB-BNV";
  notice.status = SourceStatus::decided;
  std::vector<govplan::ScheduleEntry> entries;
  for (const char* d : {"2026-02-13", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"}) {
    govplan::ScheduleEntry e;
    e.date = iso(d);
    e.kind = DayKind::holiday;
    e.occasion = Occasion::lunar_new_year;
    e.occasion_year = 2026;
    e.source = notice;
    entries.push_back(e);
  }
  const HolidaySchedules overrides(entries, Date(2027, 6, 30));
  const HolidaySchedules merged = HolidaySchedules::builtin().merged_with(overrides);
  CHECK(merged.verified_through() == Date(2027, 6, 30));
  govplan::CalendarOptions options;
  const WorkCalendar cal = WorkCalendar::vietnam(options, merged);
  CHECK_FALSE(cal.is_working_day(Date(2026, 2, 13)));
  CHECK(cal.is_working_day(Date(2026, 2, 20)));
  CHECK(cal.describe(Date(2026, 2, 13)).source.document == "Thông báo 1/TB-BNV");
  // Other occasions of 2026 are untouched.
  CHECK_FALSE(cal.is_working_day(Date(2026, 8, 31)));
  CHECK(cal.is_working_day(Date(2026, 8, 22)));
}

TEST_CASE("malformed schedule entries are refused with the entry named") {
  govplan::ScheduleEntry e;
  e.date = Date(2026, 2, 16);
  e.kind = DayKind::weekend;
  e.occasion = Occasion::lunar_new_year;
  e.occasion_year = 2026;
  try {
    HolidaySchedules({e}, Date(2026, 12, 31));
    FAIL("expected an error");
  } catch (const govplan::ValidationError& err) {
    CHECK(err.id() == "schedule.kind");
    CHECK(err.note().find("2026-02-16") != std::string::npos);
  }
  e.kind = DayKind::holiday;
  e.occasion_year = 2020;
  CHECK_THROWS_AS(HolidaySchedules({e}, Date(2026, 12, 31)), govplan::ValidationError);
  e.occasion_year = 2026;
  CHECK_THROWS_AS(HolidaySchedules({e, e}, Date(2026, 12, 31)), govplan::ValidationError);
  e.occasion = Occasion::none;
  CHECK_THROWS_AS(HolidaySchedules({e}, Date(2026, 12, 31)), govplan::ValidationError);
}

TEST_CASE("Civil Code time limits exclude the first day and move off days off (Arts. 147–148)") {
  const WorkCalendar& cal = civil_service();
  // DOMAIN §5 test vectors.
  auto t = govplan::time_limit(Date(2024, 4, 20), 10, TimeUnit::days, cal);
  CHECK(t.first_counted == Date(2024, 4, 21));
  CHECK(t.nominal_end == Date(2024, 4, 30));
  CHECK(t.end == Date(2024, 5, 2));
  REQUIRE(t.rules.size() == 3);
  CHECK(t.rules[0].article == "Bộ luật Dân sự 2015, Điều 147 khoản 2");
  CHECK(t.rules[1].article == "Bộ luật Dân sự 2015, Điều 148 khoản 1");
  CHECK(t.rules[2].article == "Bộ luật Dân sự 2015, Điều 148 khoản 5");
  CHECK(t.rules[2].text_vi.find("Ngày Chiến thắng") != std::string::npos);

  CHECK(govplan::time_limit(Date(2025, 1, 24), 7, TimeUnit::days, cal).end == Date(2025, 2, 3));
  CHECK(govplan::time_limit(Date(2025, 1, 31), 1, TimeUnit::months, cal).end ==
        Date(2025, 2, 28));
  CHECK(govplan::time_limit(Date(2024, 1, 31), 1, TimeUnit::months, cal).end ==
        Date(2024, 2, 29));
  CHECK(govplan::time_limit(Date(2026, 8, 25), 5, TimeUnit::days, cal).end == Date(2026, 9, 3));
  const auto wd = govplan::time_limit(Date(2025, 4, 25), 2, TimeUnit::working_days, cal);
  CHECK(wd.end == Date(2025, 4, 28));
  CHECK(wd.rules.size() == 2);

  const auto months = govplan::time_limit(Date(2025, 1, 31), 1, TimeUnit::months, cal);
  CHECK(months.rules[1].article == "Bộ luật Dân sự 2015, Điều 148 khoản 3");
  CHECK(months.rules[1].text_en.find("has no day 31") != std::string::npos);

  const auto weeks = govplan::time_limit(Date(2024, 4, 26), 2, TimeUnit::weeks, cal);
  CHECK(weeks.nominal_end == Date(2024, 5, 10));
  CHECK(weeks.end == Date(2024, 5, 10));

  const auto leap = govplan::time_limit(Date(2024, 2, 29), 1, TimeUnit::years, cal);
  CHECK(leap.nominal_end == Date(2025, 2, 28));
  CHECK(leap.rules[1].text_en.find("does not say") != std::string::npos);

  CHECK_THROWS_AS(govplan::time_limit(Date(2024, 1, 1), -1, TimeUnit::days, cal),
                  govplan::ValidationError);
}

TEST_CASE("a limit in hours starts at the event's moment and ends at most a day per 24 hours later (Art. 147(1))") {
  const WorkCalendar& cal = civil_service();
  // 12 hours from an event on Friday 24/05/2024 end on Saturday 25/05 at the latest, and stay
  // there: Art. 148(5) moves the last day of limits in days, weeks, months and years.
  const auto t = govplan::time_limit(Date(2024, 5, 24), 12, TimeUnit::hours, cal);
  CHECK(t.first_counted == Date(2024, 5, 24));
  CHECK(t.nominal_end == Date(2024, 5, 25));
  CHECK(t.end == Date(2024, 5, 25));
  REQUIRE(t.rules.size() == 2);
  CHECK(t.rules[0].article == "Bộ luật Dân sự 2015, Điều 147 khoản 1");
  CHECK(t.rules[1].text_en.find("not moved") != std::string::npos);
  CHECK(govplan::time_limit(Date(2024, 5, 24), 24, TimeUnit::hours, cal).end == Date(2024, 5, 25));
  CHECK(govplan::time_limit(Date(2024, 5, 24), 25, TimeUnit::hours, cal).end == Date(2024, 5, 26));
  CHECK(govplan::time_limit(Date(2024, 5, 24), 48, TimeUnit::hours, cal).end == Date(2024, 5, 26));
  CHECK(govplan::time_limit(Date(2024, 5, 24), 0, TimeUnit::hours, cal).end == Date(2024, 5, 24));
  CHECK(govplan::parse_time_unit("hours") == TimeUnit::hours);
  CHECK(govplan::to_string(TimeUnit::hours) == "hours");
  CHECK_THROWS_AS(govplan::parse_time_unit("minutes"), govplan::ParseError);
  CHECK_THROWS_AS(govplan::time_limit(Date(2024, 1, 1), -1, TimeUnit::hours, cal),
                  govplan::ValidationError);
}

TEST_CASE("beginning, middle and end of a month or year are as Art. 146(2) says") {
  using govplan::PeriodPoint;
  CHECK(govplan::point_of_month(2024, 2, PeriodPoint::beginning) == Date(2024, 2, 1));
  CHECK(govplan::point_of_month(2024, 2, PeriodPoint::middle) == Date(2024, 2, 15));
  CHECK(govplan::point_of_month(2024, 2, PeriodPoint::end) == Date(2024, 2, 29));
  CHECK(govplan::point_of_year(2025, PeriodPoint::beginning) == Date(2025, 1, 1));
  CHECK(govplan::point_of_year(2025, PeriodPoint::middle) == Date(2025, 6, 30));
  CHECK(govplan::point_of_year(2025, PeriodPoint::end) == Date(2025, 12, 31));
  CHECK(govplan::parse_period_point("cuối") == PeriodPoint::end);
  CHECK(govplan::parse_period_point("middle") == PeriodPoint::middle);
  CHECK_THROWS_AS(govplan::parse_period_point("late"), govplan::ParseError);
}

TEST_CASE("calendar names parse back and unknown names are refused") {
  CHECK(govplan::parse_sector("all_employees") == Sector::all_employees);
  CHECK(govplan::parse_time_unit("working-days") == TimeUnit::working_days);
  CHECK(govplan::parse_time_unit("months") == TimeUnit::months);
  try {
    govplan::parse_time_unit("fortnights");
    FAIL("expected an error");
  } catch (const govplan::ParseError& e) {
    CHECK(e.expected().find("working-days") != std::string::npos);
    CHECK(e.found() == "\"fortnights\"");
  }
  CHECK_THROWS_AS(govplan::parse_day_kind("holyday"), govplan::ParseError);
  CHECK(govplan::occasion_name(Occasion::national_day, govplan::Lang::en) == "National Day");
  CHECK(govplan::day_kind_name(DayKind::compensatory) == "nghỉ bù");
}

namespace {

govplan::ScheduleEntry entry(const char* date, DayKind kind, Occasion occasion, int year,
                             SourceStatus status = SourceStatus::decided) {
  govplan::ScheduleEntry e;
  e.date = iso(date);
  e.kind = kind;
  e.occasion = occasion;
  e.occasion_year = year;
  e.source.document = std::string("Thông báo thử ") + govplan::to_string(status).data();
  e.source.status = status;
  return e;
}

WorkCalendar with_overrides(std::vector<govplan::ScheduleEntry> entries, bool proposed = false) {
  govplan::CalendarOptions options;
  options.include_proposed = proposed;
  return WorkCalendar::vietnam(
      options, HolidaySchedules::builtin().merged_with(HolidaySchedules(std::move(entries), Date(2027, 12, 31))));
}

}  // namespace

TEST_CASE("an announcement replaces assumed days but never a fixed-date statutory holiday") {
  // Only the adjacent day of 2027: 2 September stays a holiday; the assumed 3 September goes.
  const WorkCalendar cal = with_overrides({entry("2027-09-01", DayKind::holiday, Occasion::national_day, 2027)});
  CHECK_FALSE(cal.is_working_day(Date(2027, 9, 1)));
  CHECK_FALSE(cal.is_working_day(Date(2027, 9, 2)));
  CHECK(cal.is_working_day(Date(2027, 9, 3)));
  // A day in lieu announced for labour day does not remove 1 May.
  auto in_lieu = entry("2027-05-03", DayKind::compensatory, Occasion::labour_day, 2027);
  in_lieu.paired_with = Date(2027, 5, 1);
  const WorkCalendar cal2 = with_overrides({in_lieu});
  CHECK(cal2.describe(Date(2027, 5, 1)).kind == DayKind::holiday);
  CHECK_FALSE(cal2.is_working_day(Date(2027, 5, 3)));
  CHECK(cal2.is_working_day(Date(2027, 5, 4)));  // not made up twice
}

TEST_CASE("an announced swap or make-up day on a statutory holiday is refused") {
  try {
    (void)with_overrides({entry("2027-09-02", DayKind::make_up_working_day, Occasion::national_day, 2027)});
    FAIL("expected an error");
  } catch (const govplan::ValidationError& e) {
    CHECK(e.id() == "calendar.conflict");
    CHECK(e.found().find("2027-09-02") != std::string::npos);
  }
}

TEST_CASE("a decided day takes precedence over a proposed one for the same day") {
  const auto proposed = entry("2027-09-01", DayKind::make_up_working_day, Occasion::national_day, 2027,
                              SourceStatus::proposed);
  const auto decided = entry("2027-09-01", DayKind::holiday, Occasion::national_day, 2027);
  const WorkCalendar cal = with_overrides({decided, proposed}, true);
  CHECK(cal.describe(Date(2027, 9, 1)).kind == DayKind::holiday);
  const WorkCalendar cal2 = with_overrides({proposed, decided}, true);
  CHECK(cal2.describe(Date(2027, 9, 1)).kind == DayKind::holiday);
}

TEST_CASE("impossible weekends and huge time limits are refused") {
  govplan::CalendarOptions options;
  options.weekend = {};
  CHECK_THROWS_AS(WorkCalendar::vietnam(options, HolidaySchedules::builtin()), govplan::ValidationError);
  options.weekend = {static_cast<govplan::Weekday>(9)};
  CHECK_THROWS_AS(WorkCalendar::vietnam(options, HolidaySchedules::builtin()), govplan::ValidationError);
  CHECK_THROWS_AS(govplan::time_limit(Date(2024, 1, 1), 400000000, TimeUnit::weeks, civil_service()),
                  govplan::ValidationError);
  // Zero working days from a day off ends on the next working day, like zero calendar days.
  CHECK(govplan::time_limit(Date(2024, 2, 10), 0, TimeUnit::working_days, civil_service()).end ==
        govplan::time_limit(Date(2024, 2, 10), 0, TimeUnit::days, civil_service()).end);
}

TEST_CASE("working weekend days are weekend days only") {
  govplan::LegalSource source;
  source.document = "Quyết định thử";
  const std::vector<Date> thursday{Date(2027, 9, 2)};
  const WorkCalendar cal = civil_service().with_working_days(thursday, "Trực", "On duty", source);
  CHECK(cal.is_working_day(Date(2027, 9, 2)));
  CHECK(cal.working_weekend_days(2027).empty());
  CHECK(cal.special_days(2027).size() == civil_service().special_days(2027).size());
}

TEST_CASE("schedule entries outside the calendar's years are refused") {
  CHECK_THROWS_AS(HolidaySchedules({entry("1990-01-01", DayKind::holiday, Occasion::new_year, 1990)},
                                   Date(2027, 1, 1)),
                  govplan::ValidationError);
}

TEST_CASE("a time limit's dates without its explanation are the dates time_limit explains") {
  const WorkCalendar& cal = civil_service();
  for (TimeUnit unit : {TimeUnit::hours, TimeUnit::days, TimeUnit::weeks, TimeUnit::months, TimeUnit::years,
                        TimeUnit::working_days}) {
    for (int amount : {0, 1, 5, 10, 15, 30}) {
      for (Date start = Date(2024, 1, 25); start <= Date(2024, 5, 5); start = start.add_days(3)) {
        CAPTURE(start);
        CAPTURE(amount);
        const govplan::TimeLimit told = govplan::time_limit(start, amount, unit, cal);
        const govplan::TimeLimit quiet = govplan::time_limit_dates(start, amount, unit, cal);
        CHECK(quiet.rules.empty());
        CHECK_FALSE(told.rules.empty());
        CHECK(quiet.first_counted == told.first_counted);
        CHECK(quiet.nominal_end == told.nominal_end);
        CHECK(quiet.end == told.end);
      }
    }
  }
  CHECK_THROWS_AS(govplan::time_limit_dates(Date(2024, 1, 1), -1, TimeUnit::days, cal), govplan::ValidationError);
}
