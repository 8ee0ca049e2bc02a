// Timeframes and their resolution: see include/govplan/timeframe.hpp.

#include "govplan/timeframe.hpp"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>
#include <variant>

#include "govplan/error.hpp"
#include "recent_results.hpp"
#include "resolution.hpp"
#include "text.hpp"

namespace govplan {

// ---- names ----------------------------------------------------------------------------------------

namespace {

template <typename E, std::size_t N>
E parse_named(std::string_view text, const std::array<E, N>& values, std::string_view id,
              std::string_view what) {
  std::string accepted;
  for (E v : values) {
    if (text == to_string(v)) return v;
    accepted += (accepted.empty() ? "" : ", ") + std::string(to_string(v));
  }
  throw ParseError(std::string(id), std::string(what) + ": one of " + accepted, quote(text));
}

}  // namespace

std::string_view to_string(PartyKind v) noexcept {
  switch (v) {
    case PartyKind::body: return "body";
    case PartyKind::official: return "official";
    case PartyKind::group: return "group";
  }
  return "body";
}
PartyKind parse_party_kind(std::string_view t) {
  return parse_named(t, std::array{PartyKind::body, PartyKind::official, PartyKind::group},
                     "party.kind", "a kind of party");
}

std::string_view to_string(TimeframeKind v) noexcept {
  switch (v) {
    case TimeframeKind::regular: return "regular";
    case TimeframeKind::due: return "due";
    case TimeframeKind::within: return "within";
    case TimeframeKind::recurring: return "recurring";
    case TimeframeKind::upstream_schedule: return "upstream_schedule";
    case TimeframeKind::after_event: return "after_event";
    case TimeframeKind::on_request: return "on_request";
    case TimeframeKind::composite: return "composite";
    case TimeframeKind::unparsed: return "unparsed";
  }
  return "unparsed";
}
TimeframeKind parse_timeframe_kind(std::string_view t) {
  return parse_named(
      t,
      std::array{TimeframeKind::regular, TimeframeKind::due, TimeframeKind::within,
                 TimeframeKind::recurring, TimeframeKind::upstream_schedule,
                 TimeframeKind::after_event, TimeframeKind::on_request, TimeframeKind::composite,
                 TimeframeKind::unparsed},
      "timeframe.kind", "a kind of timeframe");
}

std::string_view to_string(DueRelation v) noexcept { return v == DueRelation::before ? "before" : "by"; }
DueRelation parse_due_relation(std::string_view t) {
  return parse_named(t, std::array{DueRelation::before, DueRelation::by}, "timeframe.relation",
                     "a due relation");
}

std::string_view to_string(PeriodKind v) noexcept {
  switch (v) {
    case PeriodKind::range: return "range";
    case PeriodKind::day: return "day";
    case PeriodKind::month: return "month";
    case PeriodKind::quarter: return "quarter";
    case PeriodKind::half_year: return "half_year";
    case PeriodKind::nine_months: return "nine_months";
    case PeriodKind::year: return "year";
    case PeriodKind::years: return "years";
  }
  return "range";
}
PeriodKind parse_period_kind(std::string_view t) {
  return parse_named(t,
                     std::array{PeriodKind::range, PeriodKind::day, PeriodKind::month,
                                PeriodKind::quarter, PeriodKind::half_year,
                                PeriodKind::nine_months, PeriodKind::year, PeriodKind::years},
                     "timeframe.period", "a kind of period");
}

std::string_view to_string(Cadence v) noexcept {
  switch (v) {
    case Cadence::once: return "once";
    case Cadence::weekly: return "weekly";
    case Cadence::monthly: return "monthly";
    case Cadence::quarterly: return "quarterly";
    case Cadence::half_yearly: return "half_yearly";
    case Cadence::nine_months: return "nine_months";
    case Cadence::yearly: return "yearly";
    case Cadence::five_yearly: return "five_yearly";
    case Cadence::ad_hoc: return "ad_hoc";
  }
  return "once";
}
Cadence parse_cadence(std::string_view t) {
  return parse_named(t,
                     std::array{Cadence::once, Cadence::weekly, Cadence::monthly,
                                Cadence::quarterly, Cadence::half_yearly, Cadence::nine_months,
                                Cadence::yearly, Cadence::five_yearly, Cadence::ad_hoc},
                     "timeframe.cadence", "a cadence");
}

std::string_view to_string(TriggerKind v) noexcept {
  switch (v) {
    case TriggerKind::guidance: return "guidance";
    case TriggerKind::approval: return "approval";
    case TriggerKind::issuance: return "issuance";
    case TriggerKind::request: return "request";
    case TriggerKind::other: return "other";
  }
  return "other";
}
TriggerKind parse_trigger_kind(std::string_view t) {
  return parse_named(t,
                     std::array{TriggerKind::guidance, TriggerKind::approval,
                                TriggerKind::issuance, TriggerKind::request, TriggerKind::other},
                     "timeframe.trigger", "a kind of trigger");
}

std::string_view to_string(ResolutionState v) noexcept {
  switch (v) {
    case ResolutionState::scheduled: return "scheduled";
    case ResolutionState::ongoing: return "ongoing";
    case ResolutionState::pending: return "pending";
    case ResolutionState::on_request: return "on_request";
    case ResolutionState::unresolved: return "unresolved";
  }
  return "unresolved";
}

// ---- Party ----------------------------------------------------------------------------------------

std::string Party::key() const {
  // Lower case (Vietnamese letters too), spaces collapsed, hyphens with or without spaces unified.
  std::string folded;
  bool space = false;
  for (std::size_t i = 0; i < name.size();) {
    const detail::Utf8Char c = detail::decode_at(name, i);
    i += c.length == 0 ? 1 : c.length;
    if (detail::is_space(c.code_point)) {
      space = !folded.empty();
      continue;
    }
    if (c.code_point == U'-' || c.code_point == U'–') {
      while (!folded.empty() && folded.back() == ' ') folded.pop_back();
      folded += '-';
      space = false;
      // Skip spaces after the hyphen.
      while (i < name.size() && name[i] == ' ') ++i;
      continue;
    }
    if (space) folded += ' ';
    space = false;
    detail::append_utf8(folded, detail::fold_case(c.code_point));
  }
  // The old and new tone-mark placements: "hoà" / "hòa", "uỷ" / "ủy" (and the other tones).
  static const std::array<std::pair<std::string_view, std::string_view>, 15> tones{{
      {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
      {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
      {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"},
  }};
  for (const auto& [old_form, new_form] : tones) {
    for (std::size_t p = folded.find(old_form); p != std::string::npos;
         p = folded.find(old_form, p + new_form.size())) {
      folded.replace(p, old_form.size(), new_form);
    }
  }
  return folded;
}

// ---- Timeframe ------------------------------------------------------------------------------------

bool CompositeTimeframe::operator==(const CompositeTimeframe& other) const {
  return parts == other.parts;
}

struct Timeframe::Data {
  std::string text;
  std::variant<RegularTimeframe, DueTimeframe, WithinTimeframe, RecurringTimeframe,
               UpstreamScheduleTimeframe, AfterEventTimeframe, OnRequestTimeframe,
               CompositeTimeframe, UnparsedTimeframe>
      value;
  bool operator==(const Data&) const = default;
};

Timeframe::Timeframe() : data_(std::make_unique<Data>(Data{{}, UnparsedTimeframe{}})) {}
#define GOVPLAN_TIMEFRAME_CTOR(Type)                                      \
  Timeframe::Timeframe(std::string text, Type data)                      \
      : data_(std::make_unique<Data>(Data{std::move(text), std::move(data)})) {}
GOVPLAN_TIMEFRAME_CTOR(RegularTimeframe)
GOVPLAN_TIMEFRAME_CTOR(DueTimeframe)
GOVPLAN_TIMEFRAME_CTOR(WithinTimeframe)
GOVPLAN_TIMEFRAME_CTOR(RecurringTimeframe)
GOVPLAN_TIMEFRAME_CTOR(UpstreamScheduleTimeframe)
GOVPLAN_TIMEFRAME_CTOR(AfterEventTimeframe)
GOVPLAN_TIMEFRAME_CTOR(OnRequestTimeframe)
GOVPLAN_TIMEFRAME_CTOR(CompositeTimeframe)
GOVPLAN_TIMEFRAME_CTOR(UnparsedTimeframe)
#undef GOVPLAN_TIMEFRAME_CTOR

namespace {
// A moved-from timeframe reads as an empty unparsed one.
const Timeframe::Data& empty_data() {
  static const Timeframe::Data empty{{}, UnparsedTimeframe{}};
  return empty;
}
}  // namespace

const Timeframe::Data& Timeframe::data() const noexcept { return data_ ? *data_ : empty_data(); }

Timeframe::Timeframe(const Timeframe& other) : data_(std::make_unique<Data>(other.data())) {}
Timeframe::Timeframe(Timeframe&& other) noexcept = default;
Timeframe& Timeframe::operator=(const Timeframe& other) {
  if (this != &other) data_ = std::make_unique<Data>(other.data());
  return *this;
}
Timeframe& Timeframe::operator=(Timeframe&& other) noexcept = default;
Timeframe::~Timeframe() = default;

TimeframeKind Timeframe::kind() const noexcept {
  return static_cast<TimeframeKind>(data_ ? data_->value.index() : 8);
}
const std::string& Timeframe::text() const noexcept { return data().text; }

namespace {
template <typename T>
const T& get_kind(const std::variant<RegularTimeframe, DueTimeframe, WithinTimeframe,
                                     RecurringTimeframe, UpstreamScheduleTimeframe,
                                     AfterEventTimeframe, OnRequestTimeframe, CompositeTimeframe,
                                     UnparsedTimeframe>& v,
                  TimeframeKind wanted) {
  if (const T* p = std::get_if<T>(&v)) return *p;
  throw NotFound("timeframe.kind", "a timeframe of kind " + std::string(to_string(wanted)),
                 "kind " + std::string(to_string(static_cast<TimeframeKind>(v.index()))));
}
}  // namespace

const RegularTimeframe& Timeframe::regular() const { return get_kind<RegularTimeframe>(data().value, TimeframeKind::regular); }
const DueTimeframe& Timeframe::due() const { return get_kind<DueTimeframe>(data().value, TimeframeKind::due); }
const WithinTimeframe& Timeframe::within() const { return get_kind<WithinTimeframe>(data().value, TimeframeKind::within); }
const RecurringTimeframe& Timeframe::recurring() const { return get_kind<RecurringTimeframe>(data().value, TimeframeKind::recurring); }
const UpstreamScheduleTimeframe& Timeframe::upstream_schedule() const { return get_kind<UpstreamScheduleTimeframe>(data().value, TimeframeKind::upstream_schedule); }
const AfterEventTimeframe& Timeframe::after_event() const { return get_kind<AfterEventTimeframe>(data().value, TimeframeKind::after_event); }
const OnRequestTimeframe& Timeframe::on_request() const { return get_kind<OnRequestTimeframe>(data().value, TimeframeKind::on_request); }
const CompositeTimeframe& Timeframe::composite() const { return get_kind<CompositeTimeframe>(data().value, TimeframeKind::composite); }
const UnparsedTimeframe& Timeframe::unparsed() const { return get_kind<UnparsedTimeframe>(data().value, TimeframeKind::unparsed); }

std::optional<DateRange> Timeframe::window() const {
  // Read straight from the variant (no accessor calls): plans are validated by the million.
  const auto& v = data().value;
  switch (kind()) {
    case TimeframeKind::regular: return std::get_if<RegularTimeframe>(&v)->window;
    case TimeframeKind::due: {
      const Date d = std::get_if<DueTimeframe>(&v)->date;
      return DateRange(d, d);
    }
    case TimeframeKind::within: return std::get_if<WithinTimeframe>(&v)->window;
    case TimeframeKind::recurring: return std::get_if<RecurringTimeframe>(&v)->window;
    case TimeframeKind::upstream_schedule: return std::get_if<UpstreamScheduleTimeframe>(&v)->window;
    case TimeframeKind::after_event: return std::get_if<AfterEventTimeframe>(&v)->window;
    case TimeframeKind::composite: {
      std::optional<DateRange> out;
      for (const Timeframe& p : std::get_if<CompositeTimeframe>(&v)->parts) {
        const auto w = p.window();
        if (!w) continue;
        out = out ? DateRange(std::min(out->first(), w->first()), std::max(out->last(), w->last())) : *w;
      }
      return out;
    }
    case TimeframeKind::on_request:
    case TimeframeKind::unparsed: return std::nullopt;
  }
  return std::nullopt;
}

bool Timeframe::operator==(const Timeframe& other) const { return data() == other.data(); }

// ---- periods --------------------------------------------------------------------------------------

namespace {

// A period with the months it starts and ends in, counted as year × 12 + (month − 1): what the
// day rules of recurring work need (rule_day), known here without converting dates back.
struct Period {
  DateRange range;
  int first_month = 0, last_month = 0;
  bool starts_month = true;  // range begins on the first day of first_month (calendar periods do)
};

int month_index(int year, int month) noexcept { return year * 12 + (month - 1); }
int month_index(Date d) noexcept {
  const YearMonthDay ymd = d.ymd();
  return month_index(ymd.year, ymd.month);
}
// The first and the last day of the months `first` … `last` (month indices, first ≤ last).
DateRange months_range(int first, int last) {
  const int y1 = last / 12, m1 = last % 12 + 1;
  return DateRange(Date(first / 12, first % 12 + 1, 1), Date(y1, m1, detail::month_length(y1, m1)));
}

// periods_of() into `out` (cleared first), reusing its storage. Calendar periods are counted as
// runs of whole months (month indices), so no date is converted back to its year and month.
void periods_into(Cadence cadence, DateRange window, std::vector<Period>& out) {
  out.clear();
  const int w0 = month_index(window.first()), w1 = month_index(window.last());
  const int y0 = w0 / 12, y1 = w1 / 12;
  // Months `size` long, aligned on the year (quarters: 3, halves: 6 …), kept if they overlap
  // the window.
  auto aligned = [&](int size) {
    for (int m = y0 * 12; m <= w1; m += size) {
      if (m + size - 1 >= w0) out.push_back({months_range(m, m + size - 1), m, m + size - 1});
    }
  };
  switch (cadence) {
    case Cadence::once:
    case Cadence::ad_hoc: break;
    case Cadence::weekly: {
      // ISO weeks, Monday to Sunday.
      Date monday = window.first().add_days(1 - static_cast<int>(window.first().weekday()));
      for (; monday <= window.last(); monday = monday.add_days(7)) {
        const DateRange week(monday, monday.add_days(6));
        if (week.overlaps(window)) out.push_back({week, month_index(week.first()), month_index(week.last()), false});
      }
      break;
    }
    case Cadence::monthly: {
      // Month after month by day counts: each month's last day is its first plus its length.
      Date first(w0 / 12, w0 % 12 + 1, 1);
      for (int m = w0; m <= w1; ++m) {
        const Date last = first.add_days(detail::month_length(m / 12, m % 12 + 1) - 1);
        out.push_back({DateRange(first, last), m, m});
        if (m < w1) first = last.add_days(1);
      }
      break;
    }
    case Cadence::quarterly: aligned(3); break;
    case Cadence::half_yearly: aligned(6); break;
    case Cadence::nine_months:
      for (int y = y0; y <= y1; ++y) {
        const int m = y * 12;
        if (m + 8 >= w0 && m <= w1) out.push_back({months_range(m, m + 8), m, m + 8});
      }
      break;
    case Cadence::yearly: aligned(12); break;
    case Cadence::five_yearly:
      // Five whole calendar years at a time, from the year the window starts (the last one cut
      // at the end of the supported calendar, 9999).
      for (int y = y0; y <= y1; y += 5) {
        const int last = std::min(y + 4, 9999) * 12 + 11;
        out.push_back({months_range(y * 12, last), y * 12, last});
      }
      break;
  }
}

}  // namespace

std::vector<DateRange> periods_of(Cadence cadence, DateRange window) {
  std::vector<Period> periods;
  periods_into(cadence, window, periods);
  std::vector<DateRange> out;
  out.reserve(periods.size());
  for (const Period& p : periods) out.push_back(p.range);
  return out;
}

std::string period_label(DateRange p, PeriodKind kind, Lang lang) {
  const bool en = lang == Lang::en;
  const int y = p.first().year();
  const std::string year = std::to_string(y);
  switch (kind) {
    case PeriodKind::month:
      return en ? "Month " + std::to_string(p.first().month()) + "/" + year
                : "Tháng " + std::to_string(p.first().month()) + "/" + year;
    case PeriodKind::quarter: {
      static const char* roman[] = {"I", "II", "III", "IV"};
      const int q = (p.first().month() - 1) / 3;
      return en ? "Q" + std::to_string(q + 1) + " " + year : std::string("Quý ") + roman[q] + "/" + year;
    }
    case PeriodKind::half_year:
      if (p.first().month() == 1) return en ? "First half of " + year : "6 tháng đầu năm " + year;
      return en ? "Second half of " + year : "6 tháng cuối năm " + year;
    case PeriodKind::nine_months: return en ? "First nine months of " + year : "9 tháng đầu năm " + year;
    case PeriodKind::year: return en ? "Year " + year : "Năm " + year;
    case PeriodKind::day: return format_date(p.first(), DateStyle::numeric);
    case PeriodKind::years:
      return (en ? "" : "Giai đoạn ") + year + "–" + std::to_string(p.last().year());
    case PeriodKind::range: break;
  }
  return format_date(p.first(), DateStyle::numeric) + "–" + format_date(p.last(), DateStyle::numeric);
}

PeriodKind period_kind_of(Cadence c) noexcept {
  switch (c) {
    case Cadence::monthly: return PeriodKind::month;
    case Cadence::quarterly: return PeriodKind::quarter;
    case Cadence::half_yearly: return PeriodKind::half_year;
    case Cadence::nine_months: return PeriodKind::nine_months;
    case Cadence::yearly: return PeriodKind::year;
    case Cadence::five_yearly: return PeriodKind::years;
    case Cadence::weekly: case Cadence::once: case Cadence::ad_hoc: break;
  }
  return PeriodKind::range;
}

namespace {

std::string numeric(Date d) { return format_date(d, DateStyle::numeric); }

// The day `day` of a month, or the month's last day if it has no such day.
Date clamp_day(int year, int month, int day) {
  // Outside 1400–9999 the Date constructor throws, as add_months() would.
  return Date(year, month, month >= 1 && month <= 12 ? std::min(day, detail::month_length(year, month)) : day);
}

}  // namespace

Date deadline_on_calendar(Date day, DueRelation relation, const WorkCalendar& calendar) {
  if (relation == DueRelation::before) {
    const Date last = day.add_days(-1);
    return calendar.is_working_day(last) ? last : calendar.previous_working_day(last);
  }
  return calendar.is_working_day(day) ? day : calendar.next_working_day(day);
}

namespace {

// The occurrences of a resolution, written over the ones a vector already holds and counted:
// a portfolio resolves millions of timeframes into one Resolution, and making each occurrence
// anew (two strings to build and destroy) costs more than the dates it carries. The elements
// after `count` are spare storage for the next resolution.
struct OccurrenceSlots {
  std::vector<Occurrence>& all;
  std::size_t count = 0;

  Occurrence& next() {
    if (count == all.size()) [[unlikely]] return grow();
    Occurrence& o = all[count++];
    o.period.reset();
    o.rule_vi.clear();
    o.rule_en.clear();
    return o;
  }

 private:
  // Kept out of next(), which is then small enough to be inlined where it is called.
  [[gnu::noinline]] Occurrence& grow() {
    ++count;
    return all.emplace_back();
  }
};

// `why` gives the rule's text, in Vietnamese and English; it is called only when `explain` is set.
template <class Why>
void add_occurrence(OccurrenceSlots& out, std::optional<DateRange> period, Date nominal,
                    DueRelation relation, const WorkCalendar& calendar, bool explain, Why&& why) {
  Occurrence& o = out.next();
  o.period = period;
  o.nominal_due = nominal;
  o.due = deadline_on_calendar(nominal, relation, calendar);
  if (!explain) return;
  std::tie(o.rule_vi, o.rule_en) = why();
  const std::string rel_vi = relation == DueRelation::before ? "trước ngày " : "chậm nhất ngày ";
  const std::string rel_en = relation == DueRelation::before ? "before " : "by ";
  if (o.due != (relation == DueRelation::before ? nominal.add_days(-1) : nominal)) {
    o.rule_vi += "; " + rel_vi + numeric(nominal) + " rơi vào ngày nghỉ, hạn là ngày làm việc " +
                 numeric(o.due);
    o.rule_en += "; " + rel_en + nominal.to_string() + " falls on a day off: due on the working day " +
                 o.due.to_string();
  }
}

using Texts = std::pair<std::string, std::string>;

// Why a day rule does not fit a cadence (see DayRule), or nullptr when it does.
const char* misfit(const DayRule& r, Cadence cadence) {
  if (cadence == Cadence::ad_hoc) return "cadence";
  if (!r.weekdays.empty()) {
    if (cadence != Cadence::weekly) return "weekdays";
    if (r.month || r.month_of_period != 0 || r.months_before_period != 0) return "two_ways";
    std::array<bool, 8> seen{};
    for (Weekday w : r.weekdays) {
      const auto i = static_cast<std::size_t>(w);
      if (i < 1 || i > 7 || seen[i]) return "weekday_list";
      seen[i] = true;
    }
    return nullptr;
  }
  if (cadence == Cadence::weekly) return "weekly";
  if (r.day < 1 || r.day > 31) return "day";
  if (r.month && (cadence != Cadence::yearly || *r.month < 1 || *r.month > 12)) return "month";
  if (r.month_of_period < -1 || r.months_before_period < 0) return "month";
  const int ways = (r.month ? 1 : 0) + (r.month_of_period != 0 ? 1 : 0) +
                   (r.months_before_period != 0 ? 1 : 0);
  return ways > 1 ? "two_ways" : nullptr;
}

Texts misfit_texts(std::string_view why) {
  if (why == "weekdays") {
    return {"Quy tắc theo thứ trong tuần chỉ dùng cho việc hằng tuần",
            "A rule by day of the week needs a weekly cadence"};
  }
  if (why == "weekly") {
    return {"Việc hằng tuần phải ghi thứ trong tuần (thứ Hai … Chủ nhật)",
            "A weekly rule needs its days of the week (Monday … Sunday)"};
  }
  if (why == "weekday_list") {
    return {"Danh sách thứ trong tuần có thứ lặp lại hoặc không hợp lệ",
            "The days of the week repeat or are not days of the week"};
  }
  if (why == "two_ways") {
    return {"Quy tắc ngày ghi tháng theo hai cách cùng lúc",
            "The day rule names its month in two ways at once"};
  }
  if (why == "cadence") {
    return {"Việc định kỳ phải có chu kỳ (tuần, tháng, quý, 6 tháng, 9 tháng, năm, 5 năm)",
            "A recurring task needs a cadence (weekly … five-yearly)"};
  }
  return {"Quy tắc ngày không hợp lệ (ngày hoặc tháng ngoài phạm vi, hoặc tháng không hợp với chu kỳ)",
          "The day rule is not valid (a day or month out of range, or a month the cadence has not)"};
}

}  // namespace

namespace {

// The one day of a rule that is not weekly (misfit() has passed): months counted as integers,
// year × 12 + month − 1, from the period's first or last month.
Date rule_day(const DayRule& r, const Period& period) {
  if (r.month) return clamp_day(period.first_month / 12, *r.month, r.day);
  const bool from_first = r.months_before_period > 0 || r.month_of_period > 0;
  int index = from_first ? period.first_month : period.last_month;  // the period's last month, or its first
  if (r.months_before_period > 0) index -= r.months_before_period;
  if (r.month_of_period > 0) index += r.month_of_period - 1;
  if (r.month_of_period < 0) index += 1;  // the month after
  const int year = index / 12, month = index % 12 + 1;  // index > 0 in the supported years
  if (index == period.first_month && period.starts_month && r.day >= 1) {
    // A day of the period's own first month (the usual monthly rule): counted from its first day.
    return period.range.first().add_days(std::min(r.day, detail::month_length(year, month)) - 1);
  }
  return clamp_day(year, month, r.day);
}

// rule_days() into `out` (cleared first), reusing its storage.
void rule_days_into(const DayRule& r, Cadence cadence, const Period& months, std::vector<Date>& out) {
  const DateRange& period = months.range;
  out.clear();
  if (misfit(r, cadence) != nullptr) return;
  if (!r.weekdays.empty()) {
    // The first day on or after the period's start that is that day of the week.
    const int start = static_cast<int>(period.first().weekday());
    for (Weekday w : r.weekdays) {
      const Date d = period.first().add_days((static_cast<int>(w) - start + 7) % 7);
      if (period.contains(d)) out.push_back(d);
    }
    std::sort(out.begin(), out.end());
    return;
  }
  out.push_back(rule_day(r, months));
}

}  // namespace

std::vector<Date> rule_days(const DayRule& r, Cadence cadence, DateRange period) {
  std::vector<Date> out;
  rule_days_into(r, cadence, Period{period, month_index(period.first()), month_index(period.last()), period.first().day() == 1}, out);
  return out;
}

namespace {

std::string parties_text(const std::vector<Party>& parties, Lang lang) {
  std::string out;
  for (std::size_t i = 0; i < parties.size(); ++i) {
    if (i > 0) out += i + 1 == parties.size() ? (lang == Lang::en ? " or " : " hoặc ") : ", ";
    out += parties[i].name;
  }
  return out;
}

std::string_view trigger_vi(TriggerKind k) {
  switch (k) {
    case TriggerKind::guidance: return "hướng dẫn";
    case TriggerKind::approval: return "phê duyệt";
    case TriggerKind::issuance: return "văn bản ban hành";
    case TriggerKind::request: return "yêu cầu";
    case TriggerKind::other: return "sự kiện kích hoạt";
  }
  return "";
}
std::string_view trigger_en(TriggerKind k) {
  switch (k) {
    case TriggerKind::guidance: return "guidance";
    case TriggerKind::approval: return "approval";
    case TriggerKind::issuance: return "the issuing document";
    case TriggerKind::request: return "a request";
    case TriggerKind::other: return "the triggering event";
  }
  return "";
}

bool document_matches(const DocumentRef& a, const DocumentRef& b) {
  if (a.number() && b.number()) return a.number()->to_string() == b.number()->to_string();
  return a == b;
}

}  // namespace

Resolution resolve(const Timeframe& tf, const Facts& facts, const WorkCalendar& calendar,
                   const std::optional<DateRange>& default_window, bool explain) {
  Resolution r;
  resolve(tf, facts, calendar, default_window, explain, r);
  return r;
}

void resolve(const Timeframe& tf, const Facts& facts, const WorkCalendar& calendar,
             const std::optional<DateRange>& default_window, bool explain, Resolution& out) {
  std::size_t n = 0;
  try {
    n = detail::resolve_reusing(tf, facts, calendar, default_window, explain, out);
  } catch (...) {
    out.occurrences.clear();  // nothing of an earlier resolution is left behind
    throw;
  }
  out.occurrences.erase(out.occurrences.begin() + static_cast<std::ptrdiff_t>(n), out.occurrences.end());
}

std::size_t detail::resolve_reusing(const Timeframe& tf, const Facts& facts, const WorkCalendar& calendar,
                                    const std::optional<DateRange>& default_window, bool explain, Resolution& r) {
  r.state = ResolutionState::unresolved;
  OccurrenceSlots slots{r.occurrences};
  r.window.reset();
  r.reason_vi.clear();
  r.reason_en.clear();
  switch (tf.kind()) {
    case TimeframeKind::regular: {
      r.state = ResolutionState::ongoing;
      r.window = tf.regular().window ? tf.regular().window : default_window;
      if (explain) {
        r.reason_vi = "Thực hiện thường xuyên";
        r.reason_en = "Ongoing work";
      }
      break;
    }
    case TimeframeKind::due: {
      const DueTimeframe& d = tf.due();
      r.state = ResolutionState::scheduled;
      add_occurrence(slots, std::nullopt, d.date, d.relation, calendar, explain, [] {
        return Texts("Hạn ghi trong kế hoạch", "The deadline the plan gives");
      });
      r.window = default_window;
      break;
    }
    case TimeframeKind::within: {
      const WithinTimeframe& w = tf.within();
      r.state = ResolutionState::scheduled;
      r.window = w.window;
      add_occurrence(slots, w.window, w.window.last(), DueRelation::by, calendar, explain, [&] {
        return Texts("Hạn là ngày cuối của kỳ " + period_label(w.window, w.period, Lang::vi),
                     "Due on the last day of " + period_label(w.window, w.period, Lang::en));
      });
      break;
    }
    case TimeframeKind::recurring: {
      const RecurringTimeframe& rc = tf.recurring();
      const std::optional<DateRange> window = rc.window ? rc.window : default_window;
      r.window = window;
      const auto unresolved = [&](Texts why) {
        r.state = ResolutionState::unresolved;
        if (explain) std::tie(r.reason_vi, r.reason_en) = std::move(why);
      };
      if (!window) {
        unresolved({"Việc định kỳ không có khoảng thời gian (kế hoạch không ghi thời gian thực hiện)",
                    "A recurring task without a window (the plan has no period)"});
        break;
      }
      if (rc.cadence == Cadence::once || rc.cadence == Cadence::ad_hoc) {
        unresolved(misfit_texts("cadence"));
        break;
      }
      if (rc.day_rule) {
        if (const char* why = misfit(*rc.day_rule, rc.cadence)) {
          unresolved(misfit_texts(why));
          break;
        }
      }
      r.state = ResolutionState::scheduled;
      // Without texts, the occurrences depend only on the cadence, the day rule, the window and
      // the calendar — which the plans of a portfolio share by the thousand ("trước ngày 20 hằng
      // tháng" in the year of the plan): the last four are kept on this thread and copied. (Each
      // keeps its calendar alive, shared, until it is replaced.)
      struct Dates {
        std::optional<DateRange> period;
        Date nominal_due, due;
      };
      struct Key {
        Cadence cadence = Cadence::monthly;
        std::optional<DayRule> rule;
        DateRange window;
      };
      // The dates only: without texts, that is all there is.
      thread_local detail::RecentResults<Key, std::vector<Dates>> recent;
      if (!explain) {
        const auto* kept = recent.find(calendar, [&](const Key& k) {
          return k.cadence == rc.cadence && k.window == *window && k.rule == rc.day_rule;
        });
        if (kept != nullptr) {
          for (const Dates& d : *kept) {
            Occurrence& o = slots.next();
            o.period = d.period;
            o.nominal_due = d.nominal_due;
            o.due = d.due;
          }
          break;
        }
      }
      const PeriodKind pk = period_kind_of(rc.cadence);
      const DueRelation rel = rc.day_rule ? rc.day_rule->relation : DueRelation::by;
      // Scratch space for the periods and their days, reused on this thread (a composite's parts
      // are resolved one after another, never inside this loop).
      thread_local std::vector<Period> periods;
      thread_local std::vector<Date> days;
      periods_into(rc.cadence, *window, periods);
      for (const Period& months : periods) {
        const DateRange& p = months.range;
        const auto add = [&](Date nominal) {
          add_occurrence(slots, p, nominal, rel, calendar, explain, [&] {
            return Texts("Kỳ " + period_label(p, pk, Lang::vi) + ": " +
                             (rc.day_rule ? std::string("theo quy tắc ngày trong văn bản") : "hạn cuối kỳ"),
                         "Period " + period_label(p, pk, Lang::en) + ": " +
                             (rc.day_rule ? std::string("by the plan's day rule") : "due at the period's end"));
          });
        };
        if (!rc.day_rule) {
          add(p.last());
          continue;
        }
        if (rc.day_rule->weekdays.empty()) {
          add(rule_day(*rc.day_rule, months));
          continue;
        }
        rule_days_into(*rc.day_rule, rc.cadence, months, days);
        for (Date nominal : days) {
          // A week straddles the window's ends: its days outside the window are not the plan's.
          if (!rc.day_rule->weekdays.empty() && !window->contains(nominal)) continue;
          add(nominal);
        }
      }
      if (!explain) {
        std::vector<Dates> dates;
        dates.reserve(slots.count);
        for (std::size_t k = 0; k < slots.count; ++k) {
          const Occurrence& o = r.occurrences[k];
          dates.push_back({o.period, o.nominal_due, o.due});
        }
        recent.keep(calendar, Key{rc.cadence, rc.day_rule, *window}, std::move(dates));
      }
      break;
    }
    case TimeframeKind::upstream_schedule: {
      const UpstreamScheduleTimeframe& u = tf.upstream_schedule();
      r.window = u.window ? u.window : default_window;
      // The latest matching announcement is the schedule (see UpstreamScheduleFact).
      const UpstreamScheduleFact* latest = nullptr;
      for (const UpstreamScheduleFact& f : facts.upstream_schedules) {
        bool match = false;
        if (f.document && u.source_document) match = document_matches(*f.document, *u.source_document);
        if (!match && f.body) {
          for (const Party& p : u.source_bodies) match = match || p.same_as(*f.body);
        }
        if (match && (latest == nullptr || !(f.announced < latest->announced))) latest = &f;
      }
      if (latest != nullptr) {
        for (Date d : latest->dates) {
          add_occurrence(slots, std::nullopt, d, DueRelation::by, calendar, explain, [&] {
            if (!latest->announced) return Texts("Theo lịch của cơ quan cấp trên đã công bố", "From the upstream schedule, as announced");
            return Texts("Theo lịch của cơ quan cấp trên công bố ngày " + numeric(*latest->announced),
                         "From the upstream schedule announced on " + latest->announced->to_string());
          });
        }
      }
      if (slots.count > 0) {
        r.state = ResolutionState::scheduled;
        break;
      }
      r.state = ResolutionState::pending;
      if (!explain) break;
      std::string src_vi = parties_text(u.source_bodies, Lang::vi);
      std::string src_en = parties_text(u.source_bodies, Lang::en);
      if (u.source_document) {
        const std::string doc_vi = u.source_document->to_string(Lang::vi);
        const std::string doc_en = u.source_document->to_string(Lang::en);
        src_vi += (src_vi.empty() ? "" : " (") + doc_vi + (src_vi.empty() ? "" : ")");
        src_en += (src_en.empty() ? "" : " (") + doc_en + (src_en.empty() ? "" : ")");
      }
      r.reason_vi = "Chờ lịch của cơ quan cấp trên: " + src_vi;
      r.reason_en = "Awaiting the upstream schedule: " + src_en;
      break;
    }
    case TimeframeKind::after_event: {
      const AfterEventTimeframe& a = tf.after_event();
      r.window = a.window ? a.window : default_window;
      const TriggerFact* first = nullptr;
      for (const TriggerFact& f : facts.triggers) {
        if (f.kind != a.trigger) continue;
        // A trigger after the window closed comes too late to start the work in it.
        if (r.window && f.date > r.window->last()) continue;
        bool by = a.trigger_by.empty();
        for (const Party& p : a.trigger_by) by = by || p.same_as(f.by);
        if (!by) continue;
        if (first == nullptr || f.date < first->date) first = &f;
      }
      if (first == nullptr) {
        r.state = ResolutionState::pending;
        if (!explain) break;
        r.reason_vi = "Chờ " + std::string(trigger_vi(a.trigger)) +
                      (a.trigger_by.empty() ? "" : " của " + parties_text(a.trigger_by, Lang::vi));
        r.reason_en = "Awaiting " + std::string(trigger_en(a.trigger)) +
                      (a.trigger_by.empty() ? "" : " from " + parties_text(a.trigger_by, Lang::en));
        break;
      }
      r.state = ResolutionState::scheduled;
      const std::string when_vi = !explain ? std::string() : std::string(trigger_vi(a.trigger)) + " của " +
                                  first->by.name + " ngày " + numeric(first->date);
      const std::string when_en = !explain ? std::string() : std::string(trigger_en(a.trigger)) + " from " +
                                  first->by.name + " on " + first->date.to_string();
      if (a.offset && a.offset->amount < 0) {
        // "N ngày trước khi …" counts back from the event: not modelled yet, and not guessed.
        r.state = ResolutionState::unresolved;
        if (!explain) break;
        r.reason_vi = "Thời hạn tính ngược trước sự kiện (" + std::to_string(a.offset->amount) +
                      ") chưa được hỗ trợ";
        r.reason_en = "A limit counted back before the event (" + std::to_string(a.offset->amount) +
                      ") is not supported yet";
      } else if (a.offset) {
        const TimeLimit t = explain ? time_limit(first->date, a.offset->amount, a.offset->unit, calendar)
                                    : time_limit_dates(first->date, a.offset->amount, a.offset->unit, calendar);
        Occurrence& o = slots.next();
        o.period = r.window;
        o.nominal_due = t.nominal_end;
        o.due = t.end;
        if (!explain) break;
        const std::string unit_vi = a.offset->unit == TimeUnit::working_days ? " ngày làm việc"
                                    : a.offset->unit == TimeUnit::days       ? " ngày"
                                    : a.offset->unit == TimeUnit::hours      ? " giờ"
                                    : a.offset->unit == TimeUnit::weeks      ? " tuần"
                                    : a.offset->unit == TimeUnit::months     ? " tháng"
                                                                             : " năm";
        o.rule_vi = std::to_string(a.offset->amount) + unit_vi + " kể từ " + when_vi;
        o.rule_en = std::to_string(a.offset->amount) + " " + std::string(to_string(a.offset->unit)) +
                    " after " + when_en;
        for (const AppliedRule& ar : t.rules) {
          o.rule_vi += "; " + ar.article;
          o.rule_en += "; " + ar.article;
        }
      } else if (r.window) {
        add_occurrence(slots, r.window, r.window->last(), DueRelation::by, calendar, explain, [&] {
          return Texts("Sau " + when_vi + ", trong hạn đến hết " + numeric(r.window->last()),
                       "After " + when_en + ", by the end of the window " + r.window->last().to_string());
        });
      } else {
        r.state = ResolutionState::unresolved;
        if (!explain) break;
        r.reason_vi = "Đã có " + when_vi + " nhưng kế hoạch không ghi thời hạn";
        r.reason_en = "Triggered by " + when_en + " but the plan gives no time limit";
      }
      break;
    }
    case TimeframeKind::on_request: {
      r.state = ResolutionState::on_request;
      r.window = default_window;
      if (explain) {
        r.reason_vi = "Thực hiện khi có yêu cầu";
        r.reason_en = "Done when requested";
      }
      break;
    }
    case TimeframeKind::composite: {
      bool any_pending = false, any_scheduled = false, any_ongoing = false;
      for (const Timeframe& part : tf.composite().parts) {
        Resolution pr = resolve(part, facts, calendar, default_window, explain);
        for (Occurrence& o : pr.occurrences) slots.next() = std::move(o);
        any_pending = any_pending || pr.state == ResolutionState::pending;
        any_scheduled = any_scheduled || pr.state == ResolutionState::scheduled;
        any_ongoing = any_ongoing || pr.state == ResolutionState::ongoing;
        if (!pr.reason_vi.empty()) {
          r.reason_vi += (r.reason_vi.empty() ? "" : "; ") + pr.reason_vi;
          r.reason_en += (r.reason_en.empty() ? "" : "; ") + pr.reason_en;
        }
      }
      bool all_on_request = !tf.composite().parts.empty();
      for (const Timeframe& part : tf.composite().parts) {
        all_on_request = all_on_request && part.kind() == TimeframeKind::on_request;
      }
      r.window = default_window ? default_window : tf.window();
      r.state = all_on_request ? ResolutionState::on_request
                : any_pending ? ResolutionState::pending
                : any_scheduled ? ResolutionState::scheduled
                : any_ongoing ? ResolutionState::ongoing
                              : ResolutionState::unresolved;
      std::sort(r.occurrences.begin(), r.occurrences.begin() + static_cast<std::ptrdiff_t>(slots.count),
                [](const Occurrence& x, const Occurrence& y) { return x.due < y.due; });
      break;
    }
    case TimeframeKind::unparsed: {
      r.state = ResolutionState::unresolved;
      r.window = default_window;
      if (!explain) break;
      r.reason_vi = "Không đọc được thời hạn: \"" + tf.text() + "\"";
      r.reason_en = "The timeframe could not be read: \"" + tf.text() + "\"";
      if (!tf.unparsed().diagnostic.empty()) {
        r.reason_vi += " (" + tf.unparsed().diagnostic + ")";
        r.reason_en += " (" + tf.unparsed().diagnostic + ")";
      }
      break;
    }
  }
  return slots.count;
}

}  // namespace govplan
