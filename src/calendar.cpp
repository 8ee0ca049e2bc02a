// The Vietnamese working calendar and the Civil Code's time limits: see
// include/govplan/calendar.hpp for the rules and sources.

#include "govplan/calendar.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "calendar_data.hpp"
#include "govplan/error.hpp"
#include "govplan/lunar.hpp"

namespace govplan {

// ---- names ---------------------------------------------------------------------------------------

namespace {

template <typename E, std::size_t N>
E parse_enum(std::string_view text, const std::array<E, N>& values, std::string_view id,
             std::string_view what) {
  std::string accepted;
  for (E v : values) {
    if (text == to_string(v)) return v;
    if (!accepted.empty()) accepted += ", ";
    accepted += to_string(v);
  }
  throw ParseError(std::string(id), std::string(what) + ": one of " + accepted, quote(text));
}

constexpr std::array all_sectors{Sector::civil_service, Sector::all_employees};
constexpr std::array all_occasions{Occasion::none,         Occasion::new_year,
                                   Occasion::lunar_new_year, Occasion::hung_kings,
                                   Occasion::reunification, Occasion::labour_day,
                                   Occasion::national_day,  Occasion::culture_day,
                                   Occasion::other};
constexpr std::array all_kinds{DayKind::working_day,         DayKind::weekend,
                               DayKind::holiday,             DayKind::compensatory,
                               DayKind::swapped_day_off,     DayKind::make_up_working_day,
                               DayKind::extra_day_off,       DayKind::extra_working_day};
constexpr std::array all_statuses{SourceStatus::statute, SourceStatus::decided,
                                  SourceStatus::proposed, SourceStatus::assumed};
constexpr std::array all_rolls{Roll::unadjusted, Roll::following, Roll::preceding,
                               Roll::modified_following, Roll::modified_preceding};
constexpr std::array all_points{PeriodPoint::beginning, PeriodPoint::middle, PeriodPoint::end};

}  // namespace

std::string_view to_string(Sector value) noexcept {
  return value == Sector::civil_service ? "civil_service" : "all_employees";
}

std::string_view to_string(Occasion value) noexcept {
  switch (value) {
    case Occasion::none: return "none";
    case Occasion::new_year: return "new_year";
    case Occasion::lunar_new_year: return "lunar_new_year";
    case Occasion::hung_kings: return "hung_kings";
    case Occasion::reunification: return "reunification";
    case Occasion::labour_day: return "labour_day";
    case Occasion::national_day: return "national_day";
    case Occasion::culture_day: return "culture_day";
    case Occasion::other: return "other";
  }
  return "none";
}

std::string_view to_string(DayKind value) noexcept {
  switch (value) {
    case DayKind::working_day: return "working_day";
    case DayKind::weekend: return "weekend";
    case DayKind::holiday: return "holiday";
    case DayKind::compensatory: return "compensatory";
    case DayKind::swapped_day_off: return "swapped_day_off";
    case DayKind::make_up_working_day: return "make_up_working_day";
    case DayKind::extra_day_off: return "extra_day_off";
    case DayKind::extra_working_day: return "extra_working_day";
  }
  return "working_day";
}

std::string_view to_string(SourceStatus value) noexcept {
  switch (value) {
    case SourceStatus::statute: return "statute";
    case SourceStatus::decided: return "decided";
    case SourceStatus::proposed: return "proposed";
    case SourceStatus::assumed: return "assumed";
  }
  return "statute";
}

std::string_view to_string(Roll value) noexcept {
  switch (value) {
    case Roll::unadjusted: return "unadjusted";
    case Roll::following: return "following";
    case Roll::preceding: return "preceding";
    case Roll::modified_following: return "modified_following";
    case Roll::modified_preceding: return "modified_preceding";
  }
  return "unadjusted";
}

std::string_view to_string(PeriodPoint value) noexcept {
  switch (value) {
    case PeriodPoint::beginning: return "beginning";
    case PeriodPoint::middle: return "middle";
    case PeriodPoint::end: return "end";
  }
  return "beginning";
}

std::string_view to_string(TimeUnit value) noexcept {
  switch (value) {
    case TimeUnit::hours: return "hours";
    case TimeUnit::days: return "days";
    case TimeUnit::working_days: return "working_days";
    case TimeUnit::weeks: return "weeks";
    case TimeUnit::months: return "months";
    case TimeUnit::years: return "years";
  }
  return "days";
}

Sector parse_sector(std::string_view text) {
  return parse_enum(text, all_sectors, "calendar.sector", "a sector");
}
Occasion parse_occasion(std::string_view text) {
  return parse_enum(text, all_occasions, "calendar.occasion", "an occasion");
}
DayKind parse_day_kind(std::string_view text) {
  return parse_enum(text, all_kinds, "calendar.day_kind", "a kind of day");
}
SourceStatus parse_source_status(std::string_view text) {
  return parse_enum(text, all_statuses, "calendar.status", "a source status");
}
Roll parse_roll(std::string_view text) {
  return parse_enum(text, all_rolls, "calendar.roll", "a business-day convention");
}

PeriodPoint parse_period_point(std::string_view text) {
  if (text == "đầu") return PeriodPoint::beginning;
  if (text == "giữa") return PeriodPoint::middle;
  if (text == "cuối") return PeriodPoint::end;
  return parse_enum(text, all_points, "calendar.period_point", "a point of a period");
}

TimeUnit parse_time_unit(std::string_view text) {
  if (text == "working-days") return TimeUnit::working_days;
  constexpr std::array units{TimeUnit::hours, TimeUnit::days, TimeUnit::working_days,
                             TimeUnit::weeks, TimeUnit::months, TimeUnit::years};
  for (TimeUnit u : units) {
    if (text == to_string(u)) return u;
  }
  throw ParseError("calendar.time_unit",
                   "a unit: one of hours, days, working_days (or working-days), weeks, months, "
                   "years",
                   quote(text));
}

std::string_view occasion_name(Occasion value, Lang lang) noexcept {
  const bool en = lang == Lang::en;
  switch (value) {
    case Occasion::none: return en ? "ordinary day" : "ngày thường";
    case Occasion::new_year: return en ? "New Year's Day" : "Tết Dương lịch";
    case Occasion::lunar_new_year: return en ? "Lunar New Year (Tết)" : "Tết Nguyên đán";
    case Occasion::hung_kings:
      return en ? "Hùng Kings' Commemoration Day" : "Giỗ Tổ Hùng Vương";
    case Occasion::reunification: return en ? "Reunification Day" : "Ngày Chiến thắng";
    case Occasion::labour_day: return en ? "International Labour Day" : "Ngày Quốc tế Lao động";
    case Occasion::national_day: return en ? "National Day" : "Quốc khánh";
    case Occasion::culture_day: return en ? "Vietnamese Culture Day" : "Ngày Văn hóa Việt Nam";
    case Occasion::other: return en ? "other" : "khác";
  }
  return "";
}

std::string_view day_kind_name(DayKind value, Lang lang) noexcept {
  const bool en = lang == Lang::en;
  switch (value) {
    case DayKind::working_day: return en ? "working day" : "ngày làm việc";
    case DayKind::weekend: return en ? "weekly rest day" : "ngày nghỉ hằng tuần";
    case DayKind::holiday: return en ? "public holiday" : "ngày nghỉ lễ, Tết";
    case DayKind::compensatory: return en ? "day off in lieu" : "nghỉ bù";
    case DayKind::swapped_day_off: return en ? "swapped day off" : "nghỉ hoán đổi";
    case DayKind::make_up_working_day: return en ? "make-up working day" : "làm bù";
    case DayKind::extra_day_off: return en ? "extra day off" : "ngày nghỉ bổ sung";
    case DayKind::extra_working_day: return en ? "extra working day" : "ngày làm việc bổ sung";
  }
  return "";
}

// ---- HolidaySchedules ------------------------------------------------------------------------------

namespace {

bool sectors_overlap(Sector a, Sector b) noexcept {
  return a == b || a == Sector::all_employees || b == Sector::all_employees;
}

bool is_announced_kind(DayKind k) noexcept {
  return k == DayKind::holiday || k == DayKind::compensatory || k == DayKind::swapped_day_off ||
         k == DayKind::make_up_working_day;
}

std::string entry_label(std::size_t i, const ScheduleEntry& e) {
  return "entry " + std::to_string(i) + " (" + e.date.to_string() + ")";
}

}  // namespace

HolidaySchedules::HolidaySchedules(std::vector<ScheduleEntry> entries, Date verified_through)
    : entries_(std::move(entries)), verified_through_(verified_through) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const ScheduleEntry& e = entries_[i];
    if (!is_announced_kind(e.kind)) {
      throw ValidationError("schedule.kind",
                            "holiday, compensatory, swapped_day_off or make_up_working_day",
                            std::string(to_string(e.kind)), {}, entry_label(i, e));
    }
    if (e.occasion == Occasion::none) {
      throw ValidationError("schedule.occasion", "the occasion the day belongs to", "none", {},
                            entry_label(i, e));
    }
    if (e.date.year() < WorkCalendar::first_year || e.date.year() > WorkCalendar::last_year) {
      throw ValidationError("schedule.date",
                            "a day from " + std::to_string(WorkCalendar::first_year) + " to " +
                                std::to_string(WorkCalendar::last_year),
                            e.date.to_string(), {}, entry_label(i, e));
    }
    if (e.occasion_year < e.date.year() - 1 || e.occasion_year > e.date.year() + 1) {
      throw ValidationError("schedule.occasion_year",
                            "the year of the occasion, within a year of the date",
                            std::to_string(e.occasion_year), {}, entry_label(i, e));
    }
  }
  // Two entries for one day must not both apply to a sector: compare each entry with the others of
  // its date, in input order so that the error names the entries as the caller numbered them.
  std::vector<std::size_t> order(entries_.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return entries_[a].date < entries_[b].date;
  });
  for (std::size_t k = 0; k < order.size(); ++k) {
    for (std::size_t l = k + 1; l < order.size() && entries_[order[l]].date == entries_[order[k]].date; ++l) {
      const ScheduleEntry& o = entries_[order[k]];
      const ScheduleEntry& e = entries_[order[l]];
      if (sectors_overlap(o.sector, e.sector) && o.source.status == e.source.status) {
        throw ValidationError("schedule.duplicate", "one entry per day and sector",
                              "a second entry for " + e.date.to_string(), {},
                              std::string(to_string(o.kind)) + " from " + o.source.document +
                                  " and " + std::string(to_string(e.kind)) + " from " +
                                  e.source.document);
      }
    }
  }
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const ScheduleEntry& a, const ScheduleEntry& b) { return a.date < b.date; });
}

const HolidaySchedules& HolidaySchedules::builtin() {
  static const HolidaySchedules schedules = [] {
    std::map<std::string_view, LegalSource> docs;
    for (const detail::DocumentRow& d : detail::builtin_documents()) {
      LegalSource s;
      s.document = d.document;
      if (!d.date.empty()) s.date = parse_date(d.date);
      s.issuer = d.issuer;
      s.status = d.status;
      s.url = d.url;
      s.note = d.note;
      docs.emplace(d.key, std::move(s));
    }
    std::vector<ScheduleEntry> entries;
    for (const detail::EntryRow& r : detail::builtin_entries()) {
      ScheduleEntry e;
      e.date = parse_date(r.date);
      e.kind = r.kind;
      e.occasion = r.occasion;
      e.occasion_year = r.occasion_year;
      e.sector = r.sector;
      e.source = docs.at(r.document);
      if (!r.paired_with.empty()) e.paired_with = parse_date(r.paired_with);
      e.note = r.note;
      entries.push_back(std::move(e));
    }
    return HolidaySchedules(std::move(entries), parse_date(detail::builtin_verified_through()));
  }();
  return schedules;
}

HolidaySchedules HolidaySchedules::merged_with(const HolidaySchedules& overrides) const {
  using Group = std::tuple<Occasion, int, Sector>;
  std::set<Group> replaced;
  for (const ScheduleEntry& e : overrides.entries()) {
    replaced.emplace(e.occasion, e.occasion_year, e.sector);
  }
  std::vector<ScheduleEntry> merged;
  for (const ScheduleEntry& e : entries_) {
    if (!replaced.contains({e.occasion, e.occasion_year, e.sector})) merged.push_back(e);
  }
  merged.insert(merged.end(), overrides.entries().begin(), overrides.entries().end());
  return HolidaySchedules(std::move(merged),
                          std::max(verified_through_, overrides.verified_through()));
}

// ---- the statute, year by year -------------------------------------------------------------------

namespace {

// The day the civil service's five-day week began: Decision 188/1999/QĐ-TTg of 17/09/1999,
// applied from Saturday 02/10/1999.
const Date five_day_week_start(1999, 10, 2);

// The Labour Code 2012 took effect on 01/05/2013 (Law 10/2012/QH13); the 2019 code on 01/01/2021.
const Date code_2012_start(2013, 5, 1);
const Date code_2019_start(2021, 1, 1);

LegalSource statute(std::string document, std::string note = {},
                    SourceStatus status = SourceStatus::statute) {
  LegalSource s;
  s.document = std::move(document);
  s.issuer = "Quốc hội";
  s.status = status;
  s.note = std::move(note);
  return s;
}

// The sources of the statutory rules, built once: the days of a calendar point at them instead of
// carrying copies, so that building a calendar of 205 years allocates almost nothing.
enum class Rule : std::uint8_t {
  code2019_holiday, code2012_holiday, code1994_holiday_2007, law84_2007_hung_kings,
  code1994_tet_before_2003, code1994_holiday,
  code2019_tet_assumed, code2012_tet_assumed, code2019_national_day_assumed,
  code2019_in_lieu, code2012_in_lieu, code1994_in_lieu,
  code2019_in_lieu_assumed, code2012_in_lieu_assumed,
  culture_day_proposed,
  count
};

const LegalSource& rule_source(Rule r) {
  static const std::array<LegalSource, static_cast<std::size_t>(Rule::count)> sources = [] {
    const std::string tet_assumed =
        "The Prime Minister fixes the five Tết days each year; no notice for this year is in the "
        "schedules, so govplan assumes the last day of the lunar year and the first four days";
    const std::string national_day_assumed =
        "The Prime Minister fixes the day adjacent to 2 September each year; no notice for this "
        "year is in the schedules, so govplan assumes the choice the 2021–2026 notices made for "
        "the same weekday";
    LegalSource culture;
    // Proposed, not applied unless CalendarOptions::include_proposed: Politburo Resolution
    // 80-NQ/TW (07/01/2026) wants 24 November to be a paid day off and Government Resolution
    // 30/NQ-CP (02/2026) tasks amending Labour Code Art. 112(1); no enacted law was found (one
    // secondary source names a National Assembly resolution 28/2026/QH16). Whether a weekend
    // 24 November would be made up is not known: govplan does not make it up.
    culture.document = "Nghị quyết 80-NQ/TW; Nghị quyết 30/NQ-CP";
    culture.date = Date(2026, 1, 7);
    culture.issuer = "Bộ Chính trị; Chính phủ";
    culture.status = SourceStatus::proposed;
    culture.note =
        "Policy decided by the Politburo; the amendment of Labour Code Art. 112(1) that makes it a "
        "paid holiday was not found enacted. Applied only when proposed days are included";
    return std::array<LegalSource, static_cast<std::size_t>(Rule::count)>{
        statute("Bộ luật Lao động 2019, Điều 112 khoản 1"),
        statute("Bộ luật Lao động 2012, Điều 115 khoản 1"),
        statute("Bộ luật Lao động 1994, Điều 73 (sửa đổi bởi Luật 84/2007/QH11)"),
        statute("Luật 84/2007/QH11 sửa đổi Điều 73 Bộ luật Lao động"),
        statute("Bộ luật Lao động 1994, Điều 73",
                "Four Tết days as in the text amended in 2002 and 2007; the original 1994 text was "
                "not read (secondary sources give 8 statutory days before 2007, i.e. 4 Tết days)"),
        statute("Bộ luật Lao động 1994, Điều 73"),
        statute("Bộ luật Lao động 2019, Điều 112 khoản 1", tet_assumed, SourceStatus::assumed),
        statute("Bộ luật Lao động 2012, Điều 115 khoản 1", tet_assumed, SourceStatus::assumed),
        statute("Bộ luật Lao động 2019, Điều 112 khoản 1", national_day_assumed,
                SourceStatus::assumed),
        statute("Bộ luật Lao động 2019, Điều 111 khoản 3"),
        statute("Bộ luật Lao động 2012, Điều 115 khoản 3"),
        statute("Bộ luật Lao động 1994, Điều 73"),
        statute("Bộ luật Lao động 2019, Điều 111 khoản 3",
                "In lieu of an assumed holiday: " + tet_assumed, SourceStatus::assumed),
        statute("Bộ luật Lao động 2012, Điều 115 khoản 3",
                "In lieu of an assumed holiday: " + tet_assumed, SourceStatus::assumed),
        culture,
    };
  }();
  return sources[static_cast<std::size_t>(r)];
}

// The article listing the public holidays in force on `day`.
Rule holiday_rule(Date day, Occasion occasion) {
  if (day >= code_2019_start) return Rule::code2019_holiday;
  if (day >= code_2012_start) return Rule::code2012_holiday;
  if (day.year() >= 2007) {
    return occasion == Occasion::hung_kings ? Rule::law84_2007_hung_kings
                                            : Rule::code1994_holiday_2007;
  }
  if (day.year() < 2003 && occasion == Occasion::lunar_new_year) {
    return Rule::code1994_tet_before_2003;
  }
  return Rule::code1994_holiday;
}

// A holiday on a weekly rest day is made up on the next working day (Labour Code 2019
// Art. 111(3); 2012 Art. 115(3); 1994 Art. 73, last paragraph).
Rule in_lieu_rule(Date holiday, SourceStatus holiday_status) {
  const bool assumed = holiday_status == SourceStatus::assumed;
  if (holiday >= code_2019_start) return assumed ? Rule::code2019_in_lieu_assumed : Rule::code2019_in_lieu;
  if (holiday >= code_2012_start) return assumed ? Rule::code2012_in_lieu_assumed : Rule::code2012_in_lieu;
  return Rule::code1994_in_lieu;
}

std::string two_digits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }
std::string dd_mm(Date d) { return two_digits(d.day()) + '/' + two_digits(d.month()); }
std::string dd_mm_yyyy(Date d) { return dd_mm(d) + '/' + std::to_string(d.year()); }

std::string_view weekday_vi(Weekday w) noexcept {
  constexpr std::array<std::string_view, 7> names{"thứ Hai", "thứ Ba",  "thứ Tư",  "thứ Năm",
                                                  "thứ Sáu", "thứ Bảy", "Chủ nhật"};
  return names[static_cast<std::size_t>(w) - 1];
}
std::string_view weekday_en(Weekday w) noexcept {
  constexpr std::array<std::string_view, 7> names{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                  "Friday", "Saturday", "Sunday"};
  return names[static_cast<std::size_t>(w) - 1];
}

// "29 tháng Chạp", "mùng 1" and their English forms, for a day of the Tết holiday.
std::pair<std::string, std::string> tet_day_label(Date d) {
  const LunarDate l = LunarDate::from_date(d);
  if (l.month() == 1) {
    return {"mùng " + std::to_string(l.day()),
            "day " + std::to_string(l.day()) + " of the first lunar month"};
  }
  const std::string month_vi = l.month() == 12 ? "tháng Chạp" : "tháng " + std::to_string(l.month());
  return {std::to_string(l.day()) + ' ' + month_vi,
          "day " + std::to_string(l.day()) + " of lunar month " + std::to_string(l.month())};
}

// The adjacent National Day day govplan assumes until a notice fixes it (the choice the notices
// of 2021–2026 made for the same weekday of 2 September).
Date assumed_second_national_day(int year) {
  const Date sept2(year, 9, 2);
  switch (sept2.weekday()) {
    case Weekday::monday:
    case Weekday::thursday:
    case Weekday::sunday: return sept2.add_days(1);
    default: return sept2.add_days(-1);
  }
}

// What a day's name adds to its occasion.
enum class Note : std::uint8_t { none, tet_day, adjacent_day, lunar_3_10, text };

struct RuleDay {
  Date date;
  Occasion occasion;
  int occasion_year;
  Note note;
  Rule rule;
  bool compensated = true;  // whether Art. 111(3) (and its predecessors) makes it up
};

void statutory_days(int year, std::vector<RuleDay>& out) {
  auto add = [&](Date d, Occasion o, Note note, Rule rule, bool compensated = true) {
    out.push_back({d, o, year, note, rule, compensated});
  };
  add(Date(year, 1, 1), Occasion::new_year, Note::none, holiday_rule(Date(year, 1, 1), Occasion::new_year));

  // Tết: "một ngày cuối năm và ba ngày đầu năm âm lịch" while the Labour Code 1994 Art. 73 was in
  // force — Tết 2013 still fell under it, as the 2012 code took effect on 01/05/2013; 5 days from
  // 2014 whose concrete days the Prime Minister fixes every year (2012 code Art. 115(1)(b) and
  // (3); 2019 code Art. 112(1)(b) and (3)). Until the notice, govplan assumes the last day of the
  // lunar year and the first four days.
  const LunarYear ly = lunar_year(year);
  const bool four_days = ly.new_year < code_2012_start;
  const int tet_days = four_days ? 4 : 5;
  for (int i = -1; i < tet_days - 1; ++i) {
    const Date d = ly.new_year.add_days(i);
    const Rule rule = four_days ? holiday_rule(d, Occasion::lunar_new_year)
                      : d >= code_2019_start ? Rule::code2019_tet_assumed
                                             : Rule::code2012_tet_assumed;
    add(d, Occasion::lunar_new_year, Note::tet_day, rule);
  }
  if (year >= 2007) {
    const Date d = LunarDate(year, 3, 10).to_date();
    add(d, Occasion::hung_kings, Note::lunar_3_10, holiday_rule(d, Occasion::hung_kings));
  }
  add(Date(year, 4, 30), Occasion::reunification, Note::none,
      holiday_rule(Date(year, 4, 30), Occasion::reunification));
  add(Date(year, 5, 1), Occasion::labour_day, Note::none,
      holiday_rule(Date(year, 5, 1), Occasion::labour_day));
  add(Date(year, 9, 2), Occasion::national_day, Note::none,
      holiday_rule(Date(year, 9, 2), Occasion::national_day));
  if (year >= 2021) {
    add(assumed_second_national_day(year), Occasion::national_day, Note::adjacent_day,
        Rule::code2019_national_day_assumed);
  }
  if (year >= 2026) {
    add(Date(year, 11, 24), Occasion::culture_day, Note::none, Rule::culture_day_proposed, false);
  }
}

// One day of a calendar that is not an ordinary one, kept small: names are written when asked for.
struct Special {
  Date date;
  DayKind kind = DayKind::holiday;
  Occasion occasion = Occasion::none;
  Note note = Note::none;
  std::int32_t paired = 0;           // days since epoch; valid when has_paired
  bool has_paired = false;
  const LegalSource* source = nullptr;  // a rule's, or one owned by the calendar
  std::uint32_t text = 0;            // index into Impl::texts when note == Note::text
};

}  // namespace

// ---- WorkCalendar ----------------------------------------------------------------------------------

struct WorkCalendar::Impl {
  Sector sector = Sector::civil_service;
  std::uint8_t weekend_mask = 0;       // bit (weekday - 1)
  bool six_day_week_before_1999 = false;
  Date first, last;
  std::int32_t first_day = 0;          // first.days_since_epoch()
  std::uint32_t span = 0;              // last - first, in days
  Date verified_through;
  std::vector<std::uint64_t> bits;     // bit i: day first + i is a working day
  std::vector<std::uint32_t> before;   // before[i]: working days in [first, first + i), i ≤ span + 1
  std::vector<Special> special;        // sorted by date
  // Sources and notes of announced and caller-declared days, owned here (stable addresses).
  std::vector<std::shared_ptr<const LegalSource>> owned_sources;
  std::vector<std::string> texts;

  bool is_weekend(Date d) const noexcept {
    const auto w = static_cast<unsigned>(d.weekday()) - 1;
    if (six_day_week_before_1999 && d < five_day_week_start) return w == 6;  // Sunday only
    return (weekend_mask >> w) & 1U;
  }

  std::size_t index(Date d) const noexcept {
    return static_cast<std::size_t>(d.days_since_epoch() - first_day);
  }

  bool working_at(std::uint32_t i) const noexcept { return (bits[i >> 6] >> (i & 63)) & 1U; }
  bool working(Date d) const noexcept { return working_at(static_cast<std::uint32_t>(index(d))); }

  const Special* find(Date d) const noexcept {
    auto it = std::lower_bound(special.begin(), special.end(), d,
                               [](const Special& c, Date x) { return c.date < x; });
    return it != special.end() && it->date == d ? &*it : nullptr;
  }

  [[noreturn]] void out_of_range(Date d) const {
    throw ValidationError("calendar.range",
                          "a day from " + first.to_string() + " to " + last.to_string(),
                          d.to_string(), {},
                          "the Vietnamese calendar covers the years " +
                              std::to_string(first.year()) + "–" + std::to_string(last.year()));
  }

  void check(Date d) const {
    if (static_cast<std::uint32_t>(d.days_since_epoch() - first_day) > span) out_of_range(d);
  }

  static bool is_working_kind(DayKind k) noexcept {
    return k == DayKind::working_day || k == DayKind::make_up_working_day ||
           k == DayKind::extra_working_day;
  }

  const LegalSource* own(LegalSource s) {
    owned_sources.push_back(std::make_shared<const LegalSource>(std::move(s)));
    return owned_sources.back().get();
  }

  void rebuild_bits() {
    const std::size_t n = span + 1;
    bits.assign((n + 63) / 64, 0);
    // Weekday of the first day, then step: no date arithmetic per day.
    unsigned w = static_cast<unsigned>(first.weekday()) - 1;
    const std::size_t switch_index =
        six_day_week_before_1999 ? index(five_day_week_start) : std::size_t{0};
    for (std::size_t i = 0; i < n; ++i, w = (w + 1) % 7) {
      const bool weekend = i < switch_index ? w == 6 : ((weekend_mask >> w) & 1U) != 0;
      if (!weekend) bits[i >> 6] |= std::uint64_t{1} << (i & 63);
    }
    for (const Special& c : special) {
      const std::size_t i = index(c.date);
      if (is_working_kind(c.kind)) {
        bits[i >> 6] |= std::uint64_t{1} << (i & 63);
      } else {
        bits[i >> 6] &= ~(std::uint64_t{1} << (i & 63));
      }
    }
    // One count per day (about 300 KB for two centuries): counting working days between two
    // days, which every evaluated row does, is then two loads and a subtraction.
    before.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) before[i + 1] = before[i] + (working_at(static_cast<std::uint32_t>(i)) ? 1U : 0U);
  }

  // Working days in [first, first + i) — O(1).
  std::uint32_t working_before(std::size_t i) const noexcept { return before[i]; }

  LegalSource weekend_source(Date d) const {
    if (sector == Sector::civil_service) {
      if (six_day_week_before_1999 && d < five_day_week_start) {
        LegalSource s = statute("Bộ luật Lao động 1994, Điều 72");
        s.note = "Six-day week for the civil service until the five-day week of Decision "
                 "188/1999/QĐ-TTg took effect on 02/10/1999";
        return s;
      }
      LegalSource s;
      s.document = "Quyết định 188/1999/QĐ-TTg, Điều 1";
      s.date = Date(1999, 9, 17);
      s.issuer = "Thủ tướng Chính phủ";
      s.status = SourceStatus::statute;
      return s;
    }
    LegalSource s = statute(d.year() >= 2021 ? "Bộ luật Lao động 2019, Điều 111"
                            : d.year() >= 2013 ? "Bộ luật Lao động 2012, Điều 110"
                                               : "Bộ luật Lao động 1994, Điều 72");
    s.note = "The employer fixes the weekly rest days; this calendar uses the ones given to it";
    return s;
  }

  // The full description of a special day: names in both languages, source, paired day.
  CalendarDay expand(const Special& sp) const {
    CalendarDay c;
    c.date = sp.date;
    c.kind = sp.kind;
    c.occasion = sp.occasion;
    c.source = *sp.source;
    if (sp.has_paired) c.paired_with = Date::from_days_since_epoch(sp.paired);
    const std::string occ_vi(occasion_name(sp.occasion, Lang::vi));
    const std::string occ_en(occasion_name(sp.occasion, Lang::en));
    switch (sp.kind) {
      case DayKind::holiday: {
        std::string vi, en;
        switch (sp.note) {
          case Note::tet_day: std::tie(vi, en) = tet_day_label(sp.date); break;
          case Note::adjacent_day: vi = "ngày liền kề"; en = "adjacent day"; break;
          case Note::lunar_3_10: vi = "10/3 âm lịch"; en = "10th day of the 3rd lunar month"; break;
          case Note::text: vi = en = texts[sp.text]; break;
          case Note::none: break;
        }
        c.name_vi = occ_vi + (vi.empty() ? "" : " (" + vi + ")");
        c.name_en = occ_en + (en.empty() ? "" : " (" + en + ")");
        break;
      }
      case DayKind::compensatory:
        c.name_vi = "Nghỉ bù " + occ_vi + (c.paired_with ? " (" + dd_mm(*c.paired_with) + ")" : "");
        c.name_en = "Day off in lieu, " + occ_en +
                    (c.paired_with ? " (" + dd_mm(*c.paired_with) + ")" : "");
        break;
      case DayKind::swapped_day_off:
        c.name_vi = "Nghỉ hoán đổi dịp " + occ_vi;
        c.name_en = "Swapped day off, " + occ_en;
        if (c.paired_with) {
          c.name_vi += ", làm bù " + std::string(weekday_vi(c.paired_with->weekday())) + ' ' +
                       dd_mm_yyyy(*c.paired_with);
          c.name_en += ", worked on " + std::string(weekday_en(c.paired_with->weekday())) + ' ' +
                       dd_mm_yyyy(*c.paired_with);
        }
        break;
      case DayKind::make_up_working_day:
        c.name_vi = "Làm bù dịp " + occ_vi;
        c.name_en = "Make-up working day, " + occ_en;
        if (c.paired_with) {
          c.name_vi += " cho ngày nghỉ " + dd_mm_yyyy(*c.paired_with);
          c.name_en += ", for the day off on " + dd_mm_yyyy(*c.paired_with);
        }
        break;
      case DayKind::extra_day_off:
      case DayKind::extra_working_day: {
        // texts[sp.text] holds "name_vi\x1Fname_en".
        const std::string& both = texts[sp.text];
        const auto sep = both.find('\x1F');
        c.name_vi = both.substr(0, sep);
        c.name_en = sep == std::string::npos ? c.name_vi : both.substr(sep + 1);
        break;
      }
      default: break;
    }
    return c;
  }

  // The special days of a year, expanded.
  std::vector<CalendarDay> year_days(int year, int which) const {  // 0 all, 1 off, 2 working
    const Date from(year, 1, 1), to(year, 12, 31);
    auto it = std::lower_bound(special.begin(), special.end(), from,
                               [](const Special& c, Date x) { return c.date < x; });
    std::vector<CalendarDay> out;
    for (; it != special.end() && it->date <= to; ++it) {
      const bool working_kind = is_working_kind(it->kind);
      if (which == 1 && working_kind) continue;
      if (which == 2 && (!working_kind || !is_weekend(it->date))) continue;
      out.push_back(expand(*it));
    }
    return out;
  }
};

namespace {

bool entry_applies(const ScheduleEntry& e, const CalendarOptions& options) {
  if (e.source.status == SourceStatus::proposed && !options.include_proposed) return false;
  return e.sector == options.sector || e.sector == Sector::all_employees;
}

}  // namespace

WorkCalendar WorkCalendar::vietnam(Sector sector) {
  CalendarOptions options;
  options.sector = sector;
  return vietnam(options, HolidaySchedules::builtin());
}

WorkCalendar WorkCalendar::vietnam(const CalendarOptions& options,
                                   const HolidaySchedules& schedules) {
  auto impl = std::make_shared<Impl>();
  impl->sector = options.sector;
  // Labour Code 2019 Art. 111(1): at least one weekly rest day.
  if (options.weekend.empty()) {
    throw ValidationError("calendar.weekend", "at least one weekly rest day (Labour Code 2019, "
                          "Art. 111(1))", "none");
  }
  for (Weekday w : options.weekend) {
    const auto n = static_cast<unsigned>(w);
    if (n < 1 || n > 7) {
      throw ValidationError("calendar.weekend", "a weekday from 1 (Monday) to 7 (Sunday)",
                            std::to_string(n));
    }
    impl->weekend_mask |= std::uint8_t(1U << (n - 1));
  }
  const bool default_weekend =
      impl->weekend_mask == ((1U << 5) | (1U << 6)) && options.weekend.size() == 2;
  impl->six_day_week_before_1999 = options.sector == Sector::civil_service && default_weekend;
  impl->first = Date(first_year, 1, 1);
  impl->last = Date(last_year, 12, 31);
  impl->first_day = impl->first.days_since_epoch();
  impl->span = static_cast<std::uint32_t>(impl->last.days_since_epoch() - impl->first_day);
  impl->verified_through = schedules.verified_through();

  // Every day of the range: 0 = ordinary, otherwise 1 + index into `days`.
  std::vector<std::uint32_t> slot(impl->span + 1, 0);
  std::vector<Special> days;
  days.reserve(4096);
  auto occupied = [&](Date d) { return slot[impl->index(d)] != 0; };
  auto put = [&](const Special& s) {
    std::uint32_t& k = slot[impl->index(s.date)];
    if (k == 0) {
      days.push_back(s);
      k = static_cast<std::uint32_t>(days.size());
    } else {
      days[k - 1] = s;
    }
  };

  // Announced days replace the days govplan assumed for the (occasion, year) groups they name with
  // holidays or days in lieu (the Tết days and the adjacent National Day day, which the Prime
  // Minister fixes); the fixed-date statutory holidays always stay. Swaps add to them. A decided
  // entry takes precedence over a proposed one for the same day.
  std::set<std::pair<Occasion, int>> replaced;
  std::vector<SourceStatus> announced_status(impl->span + 1, SourceStatus::statute);
  std::set<std::int32_t> announced_in_lieu_of;  // holidays an announced day in lieu makes up for
  std::set<std::pair<Occasion, int>> in_lieu_without_pair;
  const LegalSource* last_source = nullptr;
  const LegalSource* last_owned = nullptr;
  for (const ScheduleEntry& e : schedules.entries()) {
    if (!entry_applies(e, options) || e.date < impl->first || e.date > impl->last) continue;
    if (occupied(e.date)) {
      const SourceStatus existing = announced_status[impl->index(e.date)];
      if (existing == SourceStatus::decided && e.source.status != SourceStatus::decided) continue;
    }
    if (e.kind == DayKind::holiday || e.kind == DayKind::compensatory) {
      replaced.emplace(e.occasion, e.occasion_year);
    }
    if (e.kind == DayKind::compensatory) {
      if (e.paired_with) {
        announced_in_lieu_of.insert(e.paired_with->days_since_epoch());
      } else {
        in_lieu_without_pair.emplace(e.occasion, e.occasion_year);
      }
    }
    announced_status[impl->index(e.date)] = e.source.status;
    Special s;
    s.date = e.date;
    s.kind = e.kind;
    s.occasion = e.occasion;
    if (e.paired_with) {
      s.has_paired = true;
      s.paired = e.paired_with->days_since_epoch();
    }
    // Consecutive entries usually share their document: own one copy of it.
    if (last_source == nullptr || !(*last_source == e.source)) {
      last_source = &e.source;
      last_owned = impl->own(e.source);
    }
    s.source = last_owned;
    if (e.kind == DayKind::holiday) {
      if (e.occasion == Occasion::lunar_new_year) {
        s.note = Note::tet_day;
      } else if (e.note == "ngày liền kề") {
        s.note = Note::adjacent_day;
      } else if (!e.note.empty()) {
        s.note = Note::text;
        impl->texts.push_back(e.note);
        s.text = static_cast<std::uint32_t>(impl->texts.size() - 1);
      }
    }
    put(s);
  }

  std::vector<RuleDay> rule_days;
  rule_days.reserve(static_cast<std::size_t>(last_year - first_year + 1) * 12);
  for (int year = first_year; year <= last_year; ++year) statutory_days(year, rule_days);
  std::vector<RuleDay> kept;
  kept.reserve(rule_days.size());
  for (const RuleDay& r : rule_days) {
    const LegalSource& source = rule_source(r.rule);
    if (source.status == SourceStatus::proposed && !options.include_proposed) continue;
    // Assumed days give way to announced ones; statutory fixed-date holidays never do.
    if (source.status == SourceStatus::assumed && replaced.contains({r.occasion, r.occasion_year})) {
      continue;
    }
    if (occupied(r.date)) {
      // An announced holiday for the same date wins; any other announced kind on a statutory
      // holiday (a swap, a make-up day, a day in lieu) contradicts the statute.
      const Special& announced = days[slot[impl->index(r.date)] - 1];
      if (announced.kind != DayKind::holiday && source.status != SourceStatus::assumed) {
        throw ValidationError(
            "calendar.conflict", "no announced " + std::string(to_string(announced.kind)) +
                                     " on a statutory holiday",
            std::string(to_string(announced.kind)) + " on " + r.date.to_string() + " (" +
                std::string(occasion_name(r.occasion, Lang::en)) + ")",
            {}, "announced by " + announced.source->document);
      }
      continue;
    }
    Special s;
    s.date = r.date;
    s.kind = DayKind::holiday;
    s.occasion = r.occasion;
    s.note = r.note;
    s.source = &source;
    put(s);
    kept.push_back(r);
  }
  // A holiday on a weekly rest day is made up on the next working day (Labour Code 2019
  // Art. 111(3); 2012 Art. 115(3); 1994 Art. 73), in date order so that consecutive holidays on a
  // weekend take consecutive days.
  std::sort(kept.begin(), kept.end(),
            [](const RuleDay& a, const RuleDay& b) { return a.date < b.date; });
  for (const RuleDay& r : kept) {
    if (!r.compensated || !impl->is_weekend(r.date)) continue;
    // Already made up by an announced day in lieu.
    if (announced_in_lieu_of.contains(r.date.days_since_epoch()) ||
        in_lieu_without_pair.contains({r.occasion, r.occasion_year})) {
      continue;
    }
    Date d = r.date.add_days(1);
    while (d <= impl->last && (impl->is_weekend(d) || occupied(d))) d = d.add_days(1);
    if (d > impl->last) continue;
    Special s;
    s.date = d;
    s.kind = DayKind::compensatory;
    s.occasion = r.occasion;
    s.has_paired = true;
    s.paired = r.date.days_since_epoch();
    s.source = &rule_source(in_lieu_rule(r.date, rule_source(r.rule).status));
    put(s);
  }

  std::sort(days.begin(), days.end(),
            [](const Special& a, const Special& b) { return a.date < b.date; });
  impl->special = std::move(days);
  impl->rebuild_bits();
  return WorkCalendar(std::move(impl));
}

namespace {

// Merges caller-declared days into a copy of a calendar.
std::shared_ptr<WorkCalendar::Impl> with_extra_days(const WorkCalendar::Impl& base,
                                                    std::span<const Date> days, DayKind kind,
                                                    const std::string& name_vi,
                                                    const std::string& name_en,
                                                    LegalSource source) {
  auto impl = std::make_shared<WorkCalendar::Impl>(base);
  for (Date d : days) impl->check(d);
  const LegalSource* owned = impl->own(std::move(source));
  impl->texts.push_back(name_vi + '\x1F' + name_en);
  const auto text = static_cast<std::uint32_t>(impl->texts.size() - 1);
  for (Date d : days) {
    auto it = std::lower_bound(impl->special.begin(), impl->special.end(), d,
                               [](const Special& c, Date x) { return c.date < x; });
    const bool exists = it != impl->special.end() && it->date == d;
    if (kind == DayKind::extra_day_off) {
      // A day already off keeps its reason; so does a weekly rest day.
      if (exists && !WorkCalendar::Impl::is_working_kind(it->kind)) continue;
      if (!exists && impl->is_weekend(d)) continue;
    }
    Special s;
    s.date = d;
    s.kind = kind;
    s.occasion = Occasion::other;
    s.note = Note::text;
    s.source = owned;
    s.text = text;
    if (exists) {
      *it = s;
    } else {
      impl->special.insert(it, s);
    }
  }
  impl->rebuild_bits();
  return impl;
}

}  // namespace

WorkCalendar WorkCalendar::with_days_off(std::span<const Date> days, std::string name_vi,
                                         std::string name_en, LegalSource source) const {
  return WorkCalendar(
      with_extra_days(*impl_, days, DayKind::extra_day_off, name_vi, name_en, std::move(source)));
}

WorkCalendar WorkCalendar::with_working_days(std::span<const Date> days, std::string name_vi,
                                             std::string name_en, LegalSource source) const {
  return WorkCalendar(with_extra_days(*impl_, days, DayKind::extra_working_day, name_vi, name_en,
                                      std::move(source)));
}

DateRange WorkCalendar::range() const noexcept { return DateRange(impl_->first, impl_->last); }
Sector WorkCalendar::sector() const noexcept { return impl_->sector; }
Date WorkCalendar::verified_through() const noexcept { return impl_->verified_through; }

bool WorkCalendar::is_working_day(Date date) const {
  const Impl& impl = *impl_;
  const auto k = static_cast<std::uint32_t>(date.days_since_epoch() - impl.first_day);
  if (k > impl.span) impl.out_of_range(date);
  return impl.working_at(k);
}

void WorkCalendar::is_working_day_many(std::span<const Date> dates,
                                       std::span<std::uint8_t> out) const {
  if (out.size() != dates.size()) {
    throw ValidationError("calendar.output_size", std::to_string(dates.size()) + " output slots",
                          std::to_string(out.size()));
  }
  const Impl& impl = *impl_;
  const std::int32_t first = impl.first_day;
  const std::uint32_t span = impl.span;
  const std::uint64_t* bits = impl.bits.data();
  for (std::size_t i = 0; i < dates.size(); ++i) {
    const auto k = static_cast<std::uint32_t>(dates[i].days_since_epoch() - first);
    if (k > span) impl.out_of_range(dates[i]);
    out[i] = static_cast<std::uint8_t>((bits[k >> 6] >> (k & 63)) & 1U);
  }
}

CalendarDay WorkCalendar::describe(Date date) const {
  impl_->check(date);
  if (const Special* s = impl_->find(date)) return impl_->expand(*s);
  CalendarDay c;
  c.date = date;
  if (impl_->is_weekend(date)) {
    c.kind = DayKind::weekend;
    c.name_vi = "Nghỉ hằng tuần (" + std::string(weekday_vi(date.weekday())) + ")";
    c.name_en = "Weekly rest day (" + std::string(weekday_en(date.weekday())) + ")";
  } else {
    c.kind = DayKind::working_day;
    c.name_vi = "Ngày làm việc (" + std::string(weekday_vi(date.weekday())) + ")";
    c.name_en = "Working day (" + std::string(weekday_en(date.weekday())) + ")";
  }
  c.source = impl_->weekend_source(date);
  return c;
}

Date WorkCalendar::next_working_day(Date date) const {
  impl_->check(date);
  for (auto i = static_cast<std::uint32_t>(impl_->index(date)) + 1; i <= impl_->span; ++i) {
    if (impl_->working_at(i)) return Date::from_days_since_epoch(impl_->first_day + static_cast<std::int32_t>(i));
  }
  impl_->out_of_range(impl_->last.add_days(1));  // no working day inside the range
}

Date WorkCalendar::previous_working_day(Date date) const {
  impl_->check(date);
  for (auto i = static_cast<std::int64_t>(impl_->index(date)) - 1; i >= 0; --i) {
    if (impl_->working_at(static_cast<std::uint32_t>(i))) {
      return Date::from_days_since_epoch(impl_->first_day + static_cast<std::int32_t>(i));
    }
  }
  impl_->out_of_range(impl_->first.add_days(-1));
}

Date WorkCalendar::adjust(Date date, Roll roll) const {
  impl_->check(date);
  if (roll == Roll::unadjusted || impl_->working(date)) return date;
  switch (roll) {
    case Roll::following: return next_working_day(date);
    case Roll::preceding: return previous_working_day(date);
    case Roll::modified_following: {
      const Date d = next_working_day(date);
      return d.month() == date.month() ? d : previous_working_day(date);
    }
    case Roll::modified_preceding: {
      const Date d = previous_working_day(date);
      return d.month() == date.month() ? d : next_working_day(date);
    }
    case Roll::unadjusted: break;
  }
  return date;
}

Date WorkCalendar::add_working_days(Date date, int n) const {
  impl_->check(date);
  if (n == 0) return date;
  // The working day whose count of working days before it is `k`: the first index where the
  // running count passes k, less one. The day lies at least |n| days from `date` (a day holds at
  // most one working day), so the search starts there and widens by doubling steps before
  // bisecting: a limit of a few weeks costs a handful of steps, not a search of the calendar.
  const Impl& impl = *impl_;
  const std::size_t i = impl.index(date);
  const auto nth = [&](std::int64_t k) {
    const auto key = static_cast<std::uint32_t>(k);
    const auto begin = impl.before.begin(), end = impl.before.end();
    auto lo = begin, hi = end;
    std::ptrdiff_t step = 8;
    if (n > 0) {
      // The first count past k is after i + n; widen [lo, hi) until *hi passes k.
      lo = begin + static_cast<std::ptrdiff_t>(std::min(impl.before.size(), i + static_cast<std::size_t>(n)));
      for (;; step *= 2) {
        if (end - lo <= step) {
          hi = end;
          break;
        }
        hi = lo + step;
        if (*hi > key) break;
        lo = hi;
      }
    } else {
      // The first count past k is at i + n + 1 at the latest; widen [lo, hi) until *lo is at most k.
      hi = begin + static_cast<std::ptrdiff_t>(i + 1 - static_cast<std::size_t>(-static_cast<std::int64_t>(n)));
      for (;; step *= 2) {
        if (hi - begin <= step) {
          lo = begin;
          break;
        }
        lo = hi - step;
        if (*lo <= key) break;
        hi = lo;
      }
    }
    const auto it = std::upper_bound(lo, hi, key);
    return Date::from_days_since_epoch(impl.first_day + static_cast<std::int32_t>(it - begin) - 1);
  };
  if (n > 0) {
    // The n-th working day after `date`: n - 1 working days lie between it and date.
    const std::int64_t k = static_cast<std::int64_t>(impl.before[i + 1]) + n - 1;
    if (k >= static_cast<std::int64_t>(impl.before.back())) impl.out_of_range(impl.last.add_days(1));
    return nth(k);
  }
  const std::int64_t k = static_cast<std::int64_t>(impl.before[i]) + n;  // n < 0
  if (k < 0) impl.out_of_range(impl.first.add_days(-1));
  return nth(k);
}

int WorkCalendar::count_working_days(DateRange range) const {
  impl_->check(range.first());
  impl_->check(range.last());
  return static_cast<int>(impl_->working_before(impl_->index(range.last()) + 1) -
                          impl_->working_before(impl_->index(range.first())));
}

int WorkCalendar::working_days_between(Date from, Date to) const {
  if (from == to) return 0;
  // The days counted, after the earlier day up to the later, must be in the calendar (the
  // earlier day itself need not be).
  const Date earlier = std::min(from, to), later = std::max(from, to);
  impl_->check(earlier.add_days(1));
  impl_->check(later);
  // The working days in (earlier, later] are those before later + 1 less those before earlier + 1.
  const int n = static_cast<int>(impl_->working_before(impl_->index(later) + 1)) -
                static_cast<int>(impl_->working_before(impl_->index(earlier.add_days(1))));
  return from < to ? n : -n;
}

std::vector<CalendarDay> WorkCalendar::days_off(int year) const {
  impl_->check(Date(year, 1, 1));
  return impl_->year_days(year, 1);
}

std::vector<CalendarDay> WorkCalendar::working_weekend_days(int year) const {
  impl_->check(Date(year, 1, 1));
  return impl_->year_days(year, 2);
}

std::vector<CalendarDay> WorkCalendar::special_days(int year) const {
  impl_->check(Date(year, 1, 1));
  return impl_->year_days(year, 0);
}

YearSummary WorkCalendar::summarize(int year) const {
  impl_->check(Date(year, 1, 1));
  YearSummary s;
  s.year = year;
  s.sector = impl_->sector;
  s.verified_through = impl_->verified_through;
  s.days_off = days_off(year);
  s.working_weekend_days = working_weekend_days(year);
  for (int m = 1; m <= 12; ++m) {
    const Date first(year, m, 1);
    s.working_days_by_month[static_cast<std::size_t>(m - 1)] =
        count_working_days(DateRange(first, first.last_of_month()));
  }
  s.working_days = count_working_days(DateRange::year(year));
  for (const CalendarDay& d : s.days_off) {
    if (!impl_->is_weekend(d.date)) ++s.weekdays_off;
  }
  return s;
}

// ---- Civil Code time limits ----------------------------------------------------------------------

namespace {

AppliedRule rule(std::string article, std::string vi, std::string en) {
  return {std::move(article), std::move(vi), std::move(en)};
}

}  // namespace

namespace {

// The dates of a time limit (Civil Code 2015, Arts. 147–148), without their explanation: what
// time_limit() and time_limit_end() share.
struct LimitDates {
  Date first_counted, nominal_end, end;
};

LimitDates limit_dates(Date start, int amount, TimeUnit unit, const WorkCalendar& calendar) {
  constexpr int max_amount = 100000;
  if (amount < 0 || amount > max_amount) {
    throw ValidationError("time_limit.amount",
                          "a number of " + std::string(to_string(unit)) + " from 0 to " +
                              std::to_string(max_amount),
                          std::to_string(amount));
  }
  LimitDates d;
  switch (unit) {
    case TimeUnit::hours:
      // Art. 147(1): from the moment of the event; its hour is not known, so the limit ends at
      // the latest ⌈amount / 24⌉ days after the event's day, not moved past days off.
      d.first_counted = start;
      d.nominal_end = start.add_days((amount + 23) / 24);
      d.end = d.nominal_end;
      return d;
    case TimeUnit::days: d.nominal_end = start.add_days(amount); break;             // Art. 148(1)
    case TimeUnit::weeks: d.nominal_end = start.add_days(7 * amount); break;        // Art. 148(2)
    case TimeUnit::months: d.nominal_end = start.add_months(amount); break;         // Art. 148(3)
    case TimeUnit::years: d.nominal_end = start.add_years(amount); break;           // Art. 148(4)
    case TimeUnit::working_days:
      d.nominal_end = calendar.add_working_days(start, amount);
      break;
  }
  d.first_counted = start.add_days(1);  // Art. 147(2): the day of the event is not counted
  // Art. 148(5): a last day that is a day off moves to the next working day (a limit of 0
  // working days from a day off as well).
  d.end = calendar.is_working_day(d.nominal_end) ? d.nominal_end : calendar.next_working_day(d.nominal_end);
  return d;
}

}  // namespace

TimeLimit time_limit_dates(Date start, int amount, TimeUnit unit, const WorkCalendar& calendar) {
  const LimitDates dates = limit_dates(start, amount, unit, calendar);
  TimeLimit t;
  t.start = start;
  t.amount = amount;
  t.unit = unit;
  t.first_counted = dates.first_counted;
  t.nominal_end = dates.nominal_end;
  t.end = dates.end;
  return t;
}

TimeLimit time_limit(Date start, int amount, TimeUnit unit, const WorkCalendar& calendar) {
  TimeLimit t = time_limit_dates(start, amount, unit, calendar);
  const std::string n = std::to_string(amount);
  if (unit == TimeUnit::hours) {
    // Civil Code 2015, Art. 147(1): a limit in hours starts at the moment of the event. The hour is
    // not known, so the limit ends at the latest ⌈amount / 24⌉ days after the event's day.
    t.rules.push_back(rule("Bộ luật Dân sự 2015, Điều 147 khoản 1",
                           "Thời hạn tính bằng giờ bắt đầu từ thời điểm xảy ra sự kiện (ngày " +
                               dd_mm_yyyy(start) + "); không biết giờ của sự kiện nên thời hạn " +
                               n + " giờ kết thúc muộn nhất trong ngày " + dd_mm_yyyy(t.end) + ".",
                           "A limit in hours starts at the moment of the event (on " +
                               start.to_string() + "); its hour is not known, so a limit of " + n +
                               " hours ends on " + t.end.to_string() + " at the latest."));
    t.rules.push_back(rule("Bộ luật Dân sự 2015, Điều 148",
                           "Khoản 5 (ngày nghỉ) áp dụng cho ngày cuối cùng của thời hạn tính bằng "
                           "ngày, tuần, tháng, năm; thời hạn tính bằng giờ kết thúc vào giờ cuối "
                           "cùng và không được lùi qua ngày nghỉ (cách hiểu của govplan).",
                           "Art. 148(5) (days off) moves the last day of a limit counted in days, "
                           "weeks, months or years; a limit in hours ends at its last hour and is "
                           "not moved past days off (govplan's reading)."));
    return t;
  }
  // Civil Code 2015, Art. 147(2): the first day is not counted.
  t.rules.push_back(rule("Bộ luật Dân sự 2015, Điều 147 khoản 2",
                         "Không tính ngày xảy ra sự kiện (" + dd_mm_yyyy(start) +
                             "); thời hạn bắt đầu từ ngày " + dd_mm_yyyy(t.first_counted) + ".",
                         "The day of the event (" + start.to_string() +
                             ") is not counted; the limit starts on " +
                             t.first_counted.to_string() + "."));
  switch (unit) {
    case TimeUnit::hours: break;  // above
    case TimeUnit::days:
      t.rules.push_back(rule("Bộ luật Dân sự 2015, Điều 148 khoản 1",
                             "Thời hạn " + n + " ngày kết thúc vào cuối ngày " +
                                 dd_mm_yyyy(t.nominal_end) + ".",
                             "A limit of " + n + " days ends at the end of " +
                                 t.nominal_end.to_string() + "."));
      break;
    case TimeUnit::weeks:
      t.rules.push_back(rule("Bộ luật Dân sự 2015, Điều 148 khoản 2",
                             "Thời hạn " + n + " tuần kết thúc vào cuối ngày tương ứng của tuần "
                             "cuối cùng: " + dd_mm_yyyy(t.nominal_end) + ".",
                             "A limit of " + n + " weeks ends at the end of the corresponding "
                             "weekday of the last week: " + t.nominal_end.to_string() + "."));
      break;
    case TimeUnit::months: {
      const bool clamped = t.nominal_end.day() != start.day();
      t.rules.push_back(rule(
          "Bộ luật Dân sự 2015, Điều 148 khoản 3",
          clamped ? "Tháng cuối cùng không có ngày " + std::to_string(start.day()) +
                        ", nên thời hạn " + n + " tháng kết thúc vào ngày cuối tháng: " +
                        dd_mm_yyyy(t.nominal_end) + "."
                  : "Thời hạn " + n + " tháng kết thúc vào cuối ngày tương ứng của tháng cuối "
                    "cùng: " + dd_mm_yyyy(t.nominal_end) + ".",
          clamped ? "The last month has no day " + std::to_string(start.day()) + ", so the " + n +
                        "-month limit ends on its last day: " + t.nominal_end.to_string() + "."
                  : "A limit of " + n + " months ends at the end of the corresponding day of the "
                    "last month: " + t.nominal_end.to_string() + "."));
      break;
    }
    case TimeUnit::years: {
      const bool clamped = t.nominal_end.day() != start.day();
      t.rules.push_back(rule(
          "Bộ luật Dân sự 2015, Điều 148 khoản 4",
          "Thời hạn " + n + " năm kết thúc vào cuối ngày, tháng tương ứng của năm cuối cùng: " +
              dd_mm_yyyy(t.nominal_end) + "." +
              (clamped ? " Năm cuối cùng không có ngày 29/02; Bộ luật Dân sự không quy định "
                         "trường hợp này, govplan lấy ngày cuối tháng 02 như khoản 3."
                       : ""),
          "A limit of " + n + " years ends at the end of the corresponding day and month of the "
          "last year: " + t.nominal_end.to_string() + "." +
              (clamped ? " The last year has no 29 February; the Civil Code does not say what "
                         "then, and govplan takes the last day of February as Art. 148(3) does "
                         "for months."
                       : "")));
      break;
    }
    case TimeUnit::working_days:
      // A limit of 0 working days from a day off ends on the next working day, as Art. 148(5)
      // does for calendar days (limit_dates).
      t.rules.push_back(rule(
          "Quyết định 188/1999/QĐ-TTg, Điều 1; Bộ luật Lao động 2019, Điều 111–112",
          "Chỉ tính ngày làm việc (không tính ngày nghỉ hằng tuần, nghỉ lễ, Tết, nghỉ bù và ngày "
          "nghỉ hoán đổi; tính cả ngày làm bù): ngày làm việc thứ " + n + " là " +
              dd_mm_yyyy(t.end) + ".",
          "Only working days count (not weekly rest days, holidays, days in lieu or swapped days "
          "off; make-up working days count): working day " + n + " is " + t.end.to_string() + "."));
      return t;
  }
  if (t.end != t.nominal_end) {
    const CalendarDay why = calendar.describe(t.nominal_end);
    t.rules.push_back(rule("Bộ luật Dân sự 2015, Điều 148 khoản 5",
                           "Ngày cuối cùng " + dd_mm_yyyy(t.nominal_end) + " là ngày nghỉ (" +
                               why.name_vi + "), nên thời hạn kết thúc vào cuối ngày làm việc "
                               "tiếp theo: " + dd_mm_yyyy(t.end) + ".",
                           "The last day " + t.nominal_end.to_string() + " is a day off (" +
                               why.name_en + "), so the limit ends at the end of the next "
                               "working day: " + t.end.to_string() + "."));
  }
  return t;
}

Date point_of_month(int year, int month, PeriodPoint point) {
  // Civil Code 2015, Art. 146(2): beginning / middle / end of a month = day 1 / day 15 / last day.
  const Date first(year, month, 1);
  switch (point) {
    case PeriodPoint::beginning: return first;
    case PeriodPoint::middle: return Date(year, month, 15);
    case PeriodPoint::end: return first.last_of_month();
  }
  return first;
}

Date point_of_year(int year, PeriodPoint point) {
  // Civil Code 2015, Art. 146(2): beginning / middle / end of a year = 1 January / the last day
  // of June / 31 December.
  switch (point) {
    case PeriodPoint::beginning: return Date(year, 1, 1);
    case PeriodPoint::middle: return Date(year, 6, 30);
    case PeriodPoint::end: return Date(year, 12, 31);
  }
  return Date(year, 1, 1);
}

}  // namespace govplan
