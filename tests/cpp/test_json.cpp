// Tests of govplan/json.hpp: holiday schedules documents (round trip, located errors) and the
// JSON forms of a calendar year and of a time limit.
#include <doctest/doctest.h>

#include <string>

#include "govplan/calendar.hpp"
#include "govplan/error.hpp"
#include "govplan/json.hpp"

using govplan::Date;
using govplan::HolidaySchedules;

namespace {

const char* const valid = R"({
  "format": "govplan-holidays/1",
  "verified_through": "2027-12-31",
  "documents": {
    "tb": {"document": "Thông báo 1/TB-BNV", "date": "2026-10-15", "issuer": "Bộ Nội vụ",
           "status": "decided", "url": "https://example.invalid/tb"}
  },
  "days": [
    {"date": "2027-02-04", "kind": "holiday", "occasion": "lunar_new_year", "occasion_year": 2027,
     "document": "tb", "note": "28 tháng Chạp"},
    {"date": "2027-02-08", "kind": "swapped_day_off", "occasion": "lunar_new_year",
     "occasion_year": 2027, "document": "tb", "paired_with": "2027-02-20"},
    {"date": "2027-02-20", "kind": "make_up_working_day", "occasion": "lunar_new_year",
     "occasion_year": 2027, "sector": "civil_service", "document": "tb",
     "paired_with": "2027-02-08"}
  ]
})";

template <typename E>
E error_of(const std::string& text) {
  try {
    (void)govplan::parse_holiday_schedules(text);
  } catch (const E& e) {
    return e;
  }
  FAIL("expected an error for: " << text);
  throw;
}

std::string with(const std::string& from, const std::string& to) {
  std::string s = valid;
  const auto pos = s.find(from);
  REQUIRE(pos != std::string::npos);
  return s.replace(pos, from.size(), to);
}

}  // namespace

TEST_CASE("a holiday schedules document is read with every field") {
  const HolidaySchedules s = govplan::parse_holiday_schedules(valid);
  CHECK(s.verified_through() == Date(2027, 12, 31));
  REQUIRE(s.entries().size() == 3);
  const auto& first = s.entries()[0];
  CHECK(first.date == Date(2027, 2, 4));
  CHECK(first.kind == govplan::DayKind::holiday);
  CHECK(first.occasion == govplan::Occasion::lunar_new_year);
  CHECK(first.source.document == "Thông báo 1/TB-BNV");
  CHECK(first.source.date == Date(2026, 10, 15));
  CHECK(first.source.url == "https://example.invalid/tb");
  CHECK(first.note == "28 tháng Chạp");
  CHECK(s.entries()[1].paired_with == Date(2027, 2, 20));
  // Loaded at run time, the new year's notice changes the calendar without a release.
  const auto cal = govplan::WorkCalendar::vietnam(
      govplan::CalendarOptions{}, HolidaySchedules::builtin().merged_with(s));
  CHECK_FALSE(cal.is_working_day(Date(2027, 2, 4)));
  CHECK_FALSE(cal.is_working_day(Date(2027, 2, 8)));
  CHECK(cal.is_working_day(Date(2027, 2, 20)));
  CHECK(cal.describe(Date(2027, 2, 4)).source.status == govplan::SourceStatus::decided);
}

TEST_CASE("the compiled-in schedules round-trip through JSON without loss") {
  const HolidaySchedules& builtin = HolidaySchedules::builtin();
  const std::string text = govplan::to_json(builtin);
  CHECK(text.find("\"format\": \"govplan-holidays/1\"") != std::string::npos);
  const HolidaySchedules back = govplan::parse_holiday_schedules(text);
  CHECK(back == builtin);
  CHECK(back.entries().size() == builtin.entries().size());
}

TEST_CASE("malformed JSON is reported with its line and column") {
  const auto e = error_of<govplan::ParseError>("{\n  \"format\": \"govplan-holidays/1\",\n  oops\n}");
  CHECK(e.id() == "json.syntax");
  REQUIRE(e.where().line().has_value());
  CHECK(*e.where().line() == 3);
  CHECK(*e.where().column() == 3);
  CHECK(std::string(e.what()).find("line 3, column 3") != std::string::npos);
}

TEST_CASE("a document of the wrong shape is a ParseError with its JSON pointer, what was expected and what was found") {
  auto e = error_of<govplan::ParseError>(with("\"kind\": \"holiday\"", "\"kind\": \"holyday\""));
  CHECK(e.where().pointer() == "/days/0/kind");
  CHECK(e.found() == "\"holyday\"");
  CHECK(e.expected().find("compensatory") != std::string::npos);

  e = error_of<govplan::ParseError>(with("\"date\": \"2027-02-04\"", "\"date\": \"04/02/2027\""));
  CHECK(e.where().pointer() == "/days/0/date");
  CHECK(e.expected() == "a date written YYYY-MM-DD");

  e = error_of<govplan::ParseError>(with("\"date\": \"2027-02-04\"", "\"date\": \"2027-02-30\""));
  CHECK(e.where().pointer() == "/days/0/date");

  e = error_of<govplan::ParseError>(with("\"document\": \"tb\", \"note\"", "\"document\": \"tx\", \"note\""));
  CHECK(e.id() == "json.unknown_document");
  CHECK(e.where().pointer() == "/days/0/document");
  CHECK(e.expected().find("(tb)") != std::string::npos);

  e = error_of<govplan::ParseError>(with("\"occasion_year\": 2027,\n     \"document\": \"tb\", \"note\"",
                                              "\"occasion_yaer\": 2027,\n     \"document\": \"tb\", \"note\""));
  CHECK(e.id() == "json.unknown_key");
  CHECK(e.where().pointer() == "/days/0/occasion_yaer");

  e = error_of<govplan::ParseError>(with("govplan-holidays/1", "govplan-holidays/9"));
  CHECK(e.where().pointer() == "/format");

  e = error_of<govplan::ParseError>(with("\"status\": \"decided\"", "\"status\": 1"));
  CHECK(e.where().pointer() == "/documents/tb/status");
  CHECK(e.found() == "the number 1");

  e = error_of<govplan::ParseError>("[]");
  CHECK(e.where().pointer() == "/");

  e = error_of<govplan::ParseError>(R"({"format": "govplan-holidays/1", "verified_through": "2027-01-01", "documents": {}})");
  CHECK(e.id() == "json.missing_key");
  CHECK(e.expected() == "a key \"days\"");
}

TEST_CASE("two entries for one day are refused with both entries named") {
  const std::string dup = with(
      "{\"date\": \"2027-02-08\", \"kind\": \"swapped_day_off\"",
      "{\"date\": \"2027-02-04\", \"kind\": \"compensatory\"");
  const auto e = error_of<govplan::ValidationError>(dup);
  CHECK(e.id() == "schedule.duplicate");
  CHECK(e.where().pointer() == "/days/1");
  CHECK(e.note() == "the first is /days/0");
}

TEST_CASE("a calendar year and a time limit are written as JSON") {
  const auto cal = govplan::WorkCalendar::vietnam();
  const std::string year = govplan::to_json(cal.summarize(2025));
  CHECK(year.find("\"working_days\": 250") != std::string::npos);
  CHECK(year.find("\"name_vi\": \"Tết Nguyên đán (mùng 1)\"") != std::string::npos);
  CHECK(year.find("\"document\": \"Thông báo 6150/TB-BLĐTBXH\"") != std::string::npos);
  const std::string limit = govplan::to_json(
      govplan::time_limit(Date(2024, 4, 20), 10, govplan::TimeUnit::days, cal));
  CHECK(limit.find("\"end\": \"2024-05-02\"") != std::string::npos);
  CHECK(limit.find("Điều 148 khoản 5") != std::string::npos);
}

TEST_CASE("numbers too large, nesting too deep and empty texts are located errors, not crashes") {
  auto e = error_of<govplan::ParseError>(with("\"occasion_year\": 2027,\n     \"document\": \"tb\", \"note\"",
                                            "\"occasion_year\": 1e999,\n     \"document\": \"tb\", \"note\""));
  CHECK(e.id() == "json.value");
  e = error_of<govplan::ParseError>(std::string(100000, '[') + std::string(100000, ']'));
  CHECK(e.id() == "json.too_deep");
  CHECK(e.where().line() == 1);
  e = error_of<govplan::ParseError>("");
  CHECK(e.id() == "json.syntax");
}

TEST_CASE("a key given twice in one object is a parse error, not last-wins") {
  const std::string text = "{\"schema\": \"govplan/1\", \"events\": [], \"events\": []}";
  try {
    (void)govplan::load_events(text);
    FAIL("a duplicate key was accepted");
  } catch (const govplan::ParseError& e) {
    CHECK(e.id() == "json.duplicate_key");
    CHECK(e.found().find("events") != std::string::npos);
    REQUIRE(e.where().line().has_value());
    CHECK(*e.where().column() == 39);  // the second "events"
  }
  // The same key in two different objects is fine.
  CHECK_NOTHROW(govplan::load_events(
      "{\"schema\": \"govplan/1\", \"events\": [{\"kind\": \"plan_cancelled\", \"date\": \"2024-01-02\"},"
      " {\"kind\": \"plan_cancelled\", \"date\": \"2024-01-03\"}]}"));
}
