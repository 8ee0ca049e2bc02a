// import_timeframe.cpp — parse_timeframe(): see include/govplan/import.hpp.
//
// How a phrase is read
// --------------------
// The phrase is folded (NFC, lower case, one tone-mark placement, one space, one dash; see
// import_timeframe_text.hpp) and cut into tokens. A left-to-right scan recognises *atoms* — the
// pieces plans build timeframes from:
//
//   cadence     "hằng năm", "hàng tháng", "định kỳ 6 tháng", "một năm 2 lần", "03 lần/năm",
//               "định kỳ 05 năm", "5 năm một lần", "03 lần/tuần"; after "hằng …" / "định kỳ …",
//               a list goes on with units alone or "N <unit>": "hằng tháng, quý và năm",
//               "hằng năm và 05 năm"
//   report      "đối với báo cáo 6 tháng", "báo cáo năm" (the report a deadline is for)
//   day         "trước ngày 15/11/2024", "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo",
//               "ngày 10-10", "trước ngày 15 tháng 6 và 15 tháng 12", "đến năm 2025"
//   range       "từ ngày 24 đến 26/4/2020", "01/10- 10/10/2024", "từ giữa tháng 4 đến giữa tháng 5"
//   weekday     "thứ Sáu", "vào các ngày thứ Ba, thứ Năm và Chủ nhật", "cuối giờ chiều thứ Sáu"
//               (a part of the day only confirms the day), "trước thứ 6"; "các ngày cố định"
//               (days set elsewhere); "thứ Sáu, ngày 15/3/2024" is that date
//   period      "quý II/2024", "quý I.2023", "tháng 6/2020", "02 tháng 10,11 năm 2023", "02/2024",
//               "năm 2024", "6 tháng đầu năm", "9 tháng đầu năm 2024", "giai đoạn 2019 - 2021",
//               "trong năm"
//   regular     "thường xuyên"
//   on_request  "khi có yêu cầu", "đột xuất", "theo yêu cầu của Bộ Tài chính", "theo vụ việc"
//   upstream    "theo kế hoạch / lộ trình / tiến độ / chương trình (của …)"
//   citation    "(tại Phụ lục kèm theo Kế hoạch số 30/KH-UBND ngày 05/02/2024 của UBND tỉnh)"
//   event       "sau khi có hướng dẫn của …", "trong thời hạn 15 ngày làm việc kể từ ngày ban hành
//               quyết định", "chậm nhất là năm (05) ngày làm việc kể từ …", "05 ngày trước ngày …",
//               "trong thời hạn 12 giờ kể từ khi ký …"
//
// Words that are not part of an atom are ignored ("Ủy ban nhân dân cấp xã báo cáo …", "94 xã")
// unless they are words of time the grammar did not place — "ngày", "tháng", "quý", "tuần",
// "giờ", "năm", "kỳ", "hạn", "lần", a date-like number, or a modifier such as "giữa", "từ",
// "sau" right before an atom. Those make the phrase unparsed, quoting them: the reader never
// drops a time expression it did not understand.
//
// Atoms are grouped into clauses at ";", ".", "hoặc", and at "và" / "," when both sides carry a
// timeframe of their own ("Quý II và Quý IV", "định kỳ 6 tháng và hàng năm"); otherwise a side
// qualifies the other ("Trong năm 2024, sau khi …": a window; "Hằng tháng, … trước ngày 15": a
// cadence). One clause gives one timeframe; several give a composite, in text order.
//
// Years (the policy, stated because texts leave it implicit)
// -----------------------------------------------------------
// * A written year is that year. "năm nay", "năm sau", "năm sau nữa", "năm trước" naming a
//   period ("trong năm sau") count from PhraseContext::year.
// * A period named without its year ("quý II", "tháng 7", "6 tháng cuối năm") is in the context
//   year, as import.hpp says — unless a cadence makes it a part of every year ("Quý II hằng năm"
//   is due by 30/6 each year).
// * A day without a year ("trước ngày 31 tháng 10", "từ ngày 15-4 đến 15-5", "trước ngày 31
//   tháng 01 năm sau") is a day of a yearly cycle: regimes write their annual deadlines that way.
//   When the plan's window lies in one calendar year and nothing in the phrase names a cycle, it
//   is that year's day instead (a due date or a window). Inside a one-year plan window both
//   readings resolve to the same day.
// * Years relative to a cycle ("năm kế hoạch", "năm báo cáo", "năm liền kề sau năm đánh giá",
//   "năm tài chính kế tiếp", "tháng cuối quý", "tháng tiếp theo") always make a recurring rule.
//
// Recurring rules (DayRule, timeframe.hpp)
// ----------------------------------------
// * A yearly rule in the period's year keeps its month ("trước ngày 15/12 hằng năm" = {before,
//   15, month 12}); a day in the following year counts months from the period's first month
//   ("trước ngày 15/02 của năm sau" = {before, 15, month_of_period 14}: February of the next
//   year); a day in the year before counts months back from it ("trước ngày 31 tháng 12 của năm
//   trước năm kế hoạch" = {before, 31, months_before_period 1}: December of the year before).
//   Two years or more before the period is unparsed.
// * "tháng liền kề trước quý", "tháng trước kỳ báo cáo", "tháng trước": the month before the
//   period ({…, months_before_period 1}), of the cadence the period names (else a month).
// * A day named under a cadence shorter than a year ("định kỳ 06 tháng trước ngày 20 tháng 6",
//   "31 tháng 7 … đối với báo cáo 6 tháng") stands for the same place in every period: in the
//   last month of the period it closes (month_of_period 0) or in the month after it (−1).
//   Several days a year that follow one such rule ("trước ngày 15 tháng 6 và 15 tháng 12 hằng
//   năm") make one rule of the matching cadence; otherwise each is a yearly rule of its own.
//   A day that is its month's last day ("30 tháng 6 và 31 tháng 12") is written as day 31.
// * A window that recurs ("từ ngày 28 tháng 6 đến ngày 27 tháng 7 hằng năm", "Quý II hằng năm")
//   is due by its last day; the model keeps no start inside a period.
// * A half of the year given with its own span and no year ("6 tháng đầu năm từ ngày 1/1 đến
//   30/6 (hằng năm)", "06 tháng cuối năm từ ngày 1/7 đến 31/12") defines the six-month period,
//   as reporting regimes define their periods: the half-yearly cadence, due at each half's end.
//   Another span or a single day of that half ("6 tháng đầu năm vào ngày 25 tháng 5") stays a
//   yearly rule.
// * Days of the week make a weekly rule ({by, weekdays {…}}); named without a date and without
//   a cadence they recur every week ("Vào cuối giờ chiều thứ Sáu"). Under another cadence
//   ("thứ Hai đầu tiên hằng tháng") they are unparsed. "N lần/tuần" must name N days.
// * "tháng cuối kỳ báo cáo" names the reporting period without its cadence: the rule is kept
//   with Cadence::ad_hoc ("as the reporting regime sets it"), which resolve() reports as
//   unresolved rather than guessing a cadence.
//
// Events: "sau khi …" has no offset (due at the end of the window); "kể từ ngày …" without a
// number of days has offset 0; "N ngày trước ngày …" and "trước khi … ít nhất N ngày" are
// negative; "trước ngày <event>" alone is the day before it (offset −1 day), as "trước ngày D"
// means everywhere (timeframe.hpp). Units: hours ("giờ", "tiếng"), days, working days ("ngày làm
// việc"), weeks, months, years. Minutes, and a time of day ("17 giờ ngày 30/6", "8 giờ 30",
// "14 giờ chiều"), are finer than the model's days and make the phrase unparsed.
//
// "Đầu / giữa / cuối tháng" and "đầu / giữa / cuối năm" are days 1, 15 and the last day of the
// month, and 1 January, the last day of June and 31 December (Civil Code 2015, Art. 146(2)).
#include "govplan/import.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "govplan/error.hpp"
#include "import_timeframe_text.hpp"
#include "text.hpp"

namespace govplan {

namespace {

namespace tt = detail::timeframe_text;
using tt::Token;
using TokenKind = Token::Kind;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
/// Longer input is not a timeframe phrase: it is kept, unparsed, without being scanned.
constexpr std::size_t kMaxBytes = 4000;

/// Something the reader recognised but cannot represent, or time words it did not understand.
struct Unreadable {
  std::string reason;
};

// ---- what atoms carry ------------------------------------------------------------------------

struct YearRef {
  enum class Kind : std::uint8_t {
    none,       ///< not written
    absolute,   ///< "2024"
    document,   ///< counted from the context year ("năm nay", "năm sau" naming a period)
    reference,  ///< counted from the year the day belongs to ("31/01 năm sau")
    cycle,      ///< counted from the cycle's year ("năm kế hoạch", "năm liền sau năm báo cáo")
  };
  Kind kind = Kind::none;
  int value = 0;  ///< the year (absolute) or the offset in years
};

/// A day as a phrase names it: perhaps without its month or year, perhaps relative to a period.
struct DaySpec {
  int day = 0;
  std::optional<int> month;
  YearRef year;
  std::optional<int> month_of_period;     ///< "của tháng cuối quý" → 0, "tháng tiếp theo" → −1
  std::optional<int> months_before;       ///< "của tháng liền kề trước quý" → 1
  std::optional<Cadence> period_cadence;  ///< the period that month is counted in
  bool reporting_period = false;          ///< "kỳ báo cáo": a period whose cadence is not named
  std::optional<Date> full;               ///< the date, when the day, month and year are written
};

struct PeriodSpec {
  PeriodKind kind = PeriodKind::year;
  int first_month = 1;
  int last_month = 12;
  YearRef year;       ///< the (first) year
  int last_year = 0;  ///< PeriodKind::years: the last year
};

enum class AtomKind : std::uint8_t {
  cadence, report, day, range, period, weekday, regular, on_request, upstream, citation, event,
  unsupported, connector,
};

struct Atom {
  AtomKind kind = AtomKind::unsupported;
  std::size_t first = 0;  ///< tokens [first, last)
  std::size_t last = 0;
  std::optional<Cadence> cadence;  ///< cadence, report; absent: "định kỳ" without a cadence
  int times = 1;                   ///< cadence: "03 lần/tuần" → 3 (the days must say which)
  bool distributive = false;       ///< cadence: "hằng …", "định kỳ …" (carries over a list)
  std::vector<Weekday> weekdays;   ///< weekday: the days named; empty: "các ngày cố định"
  DueRelation relation = DueRelation::by;
  std::vector<DaySpec> days;  ///< day: the days named; range: from, to
  PeriodSpec period;
  std::vector<Party> parties;
  std::optional<DocumentRef> document;
  TriggerKind trigger = TriggerKind::other;
  std::optional<Offset> offset;
  std::string reason;  ///< unsupported
  char connector = 0;  ///< ';' (also '.'), 'o' (hoặc), 'v' (và), ','
};

bool is_roman_quarter(std::string_view w, int& q) {
  if (w == "i") q = 1;
  else if (w == "ii") q = 2;
  else if (w == "iii") q = 3;
  else if (w == "iv") q = 4;
  else return false;
  return true;
}

int number_word(std::string_view w) {
  if (w == "một" || w == "mốt") return 1;
  if (w == "hai") return 2;
  if (w == "ba") return 3;
  if (w == "bốn" || w == "tư") return 4;
  if (w == "năm" || w == "lăm" || w == "nhăm") return 5;
  if (w == "sáu") return 6;
  if (w == "bảy" || w == "bẩy") return 7;
  if (w == "tám") return 8;
  if (w == "chín") return 9;
  return 0;
}

/// The last day of `month` in a leap year: the day a rule writes for "the end of the month"
/// (a month without it uses its own last day, DayRule).
int month_end(int month) { return days_in_month(2024, month); }

/// The day a rule writes for a day of `month`: its last day as 31, so "30 tháng 6" and "31 tháng
/// 12" are one rule ("the last day").
int rule_day_of(int day, int month) {
  return day >= 28 && day == month_end(month) ? 31 : day;
}

int months_per_period(Cadence c) {
  switch (c) {
    case Cadence::monthly: return 1;
    case Cadence::quarterly: return 3;
    case Cadence::half_yearly: return 6;
    case Cadence::nine_months: return 9;
    case Cadence::yearly: return 12;
    default: return 0;
  }
}

/// Where a day of month `month` (of the year `years_after` the period's year) sits under a
/// cadence shorter than a year: the period it closes (0-based, counted from January of the
/// period's year) and its month_of_period. See the file comment.
std::optional<std::pair<int, int>> place_in_period(Cadence c, int month, int years_after) {
  const int length = months_per_period(c);
  if (length == 0 || length == 12) return std::nullopt;
  const int a = 12 * years_after + month;  // 1-based month counted from the period's January
  const int periods = c == Cadence::nine_months ? 1 : 24 / length;
  const auto start = [&](int p) { return c == Cadence::nine_months ? 1 + 12 * p : 1 + p * length; };
  for (int p = 0; p < periods; ++p) {
    if (a == start(p) + length - 1) return std::pair{p, 0};
  }
  for (int p = 0; p < periods; ++p) {
    if (a == start(p) + length) return std::pair{p, -1};
  }
  for (int p = 0; p < periods; ++p) {
    if (a >= start(p) && a < start(p) + length) return std::pair{p, a - start(p) + 1};
  }
  return std::nullopt;
}

// ---- the reader ------------------------------------------------------------------------------

class Reader {
 public:
  Reader(const tt::FoldedText& text, const PhraseContext& context)
      : f_(text), t_(tt::tokenize(text.folded)), ctx_(context) {
    find_citations();
  }

  /// The timeframe of the whole phrase; throws Unreadable.
  std::vector<std::pair<std::size_t, Timeframe>> read();

 private:
  // ---- tokens ----
  std::size_t size() const { return t_.size(); }
  bool is(std::size_t i, std::string_view w) const { return i < t_.size() && t_[i].text == w; }
  bool is_num(std::size_t i) const { return i < t_.size() && t_[i].kind == TokenKind::number; }
  bool is_word(std::size_t i) const { return i < t_.size() && t_[i].kind == TokenKind::word; }
  int value(std::size_t i) const {
    return t_[i].value < 0 || t_[i].value > 100000 ? -1 : static_cast<int>(t_[i].value);
  }
  bool is_year(std::size_t i) const { return is_num(i) && t_[i].text.size() == 4; }
  bool is_sep(std::size_t i) const { return is(i, "/") || is(i, "-") || is(i, "."); }

  /// The end of the words `seq` (space-separated tokens) starting at i, or kNone.
  std::size_t seq(std::size_t i, std::string_view words) const {
    std::size_t j = i;
    while (!words.empty()) {
      const std::size_t sp = words.find(' ');
      const std::string_view w = words.substr(0, sp);
      if (!is(j, w)) return kNone;
      ++j;
      words = sp == std::string_view::npos ? std::string_view() : words.substr(sp + 1);
    }
    return j;
  }
  /// The end of the first of `options` found at i, or kNone.
  std::size_t any(std::size_t i, std::initializer_list<std::string_view> options) const {
    for (std::string_view o : options) {
      const std::size_t e = seq(i, o);
      if (e != kNone) return e;
    }
    return kNone;
  }

  /// The text of tokens [first, last) as written (NFC).
  std::string original(std::size_t first, std::size_t last) const {
    if (first >= last || first >= t_.size()) return {};
    return std::string(f_.original(t_[first].begin, t_[std::min(last, t_.size()) - 1].end));
  }
  std::string quoted(std::size_t first, std::size_t last) const {
    return quote(original(first, last), 60);
  }

  // ---- numbers, units, days ----
  struct Count {
    int value = 0;
    std::size_t end = 0;
  };
  std::optional<Count> words_number(std::size_t i) const;
  std::optional<Count> count_at(std::size_t i) const;
  std::optional<std::pair<YearRef, std::size_t>> year_ref_at(std::size_t i) const;
  std::size_t month_ref_at(std::size_t i, DaySpec& d) const;
  std::optional<std::pair<DaySpec, std::size_t>> day_at(std::size_t i, bool bare_number) const;
  std::optional<std::pair<PeriodSpec, std::size_t>> period_at(std::size_t i) const;
  std::size_t period_year(std::size_t i, PeriodSpec& p) const;

  // ---- parties and citations ----
  std::size_t head_at(std::size_t i, PartyKind& kind) const;
  std::size_t trigger_at(std::size_t i, TriggerKind& kind) const;
  bool stops_name(std::size_t i) const;
  std::pair<std::vector<Party>, std::size_t> parties_at(std::size_t i, std::size_t limit) const;
  void find_citations();

  // ---- atoms ----
  std::optional<Atom> citation(std::size_t i) const;
  std::optional<Atom> range(std::size_t i) const;
  std::optional<Atom> day(std::size_t i) const;
  std::optional<Atom> period(std::size_t i) const;
  std::optional<Atom> cadence(std::size_t i) const;
  std::optional<Atom> listed_cadence(std::size_t i) const;
  std::optional<Atom> weekdays(std::size_t i) const;
  std::size_t weekday_at(std::size_t i, Weekday& w) const;
  std::size_t part_of_day_at(std::size_t i) const;
  std::optional<Atom> report(std::size_t i) const;
  std::optional<Atom> regular(std::size_t i) const;
  std::optional<Atom> on_request(std::size_t i) const;
  std::optional<Atom> upstream(std::size_t i) const;
  std::optional<Atom> event(std::size_t i) const;
  std::optional<Atom> lexicon(std::size_t i) const;
  std::optional<Atom> atom_at(std::size_t i) const;
  std::vector<Atom> scan() const;

  struct Offsetting {
    Offset offset;
    bool prefixed = false;
    std::size_t end = 0;
  };
  std::optional<Offsetting> offset_at(std::size_t i) const;
  struct EventBody {
    TriggerKind trigger = TriggerKind::other;
    std::vector<Party> parties;
    std::size_t end = 0;
  };
  EventBody event_body(std::size_t i) const;

  // ---- building ----
  std::vector<std::pair<std::size_t, Timeframe>> build(const std::vector<Atom>& group) const;
  DateRange period_range(const PeriodSpec& p, std::optional<int> year_for_none) const;
  Date make_date(int year, int month, int day, std::size_t first, std::size_t last) const;

  const tt::FoldedText& f_;
  std::vector<Token> t_;
  const PhraseContext& ctx_;
  std::vector<std::pair<std::size_t, std::size_t>> citation_spans_;
  std::vector<DocumentRef> citation_refs_;
};

// ---- numbers ---------------------------------------------------------------------------------

std::optional<Reader::Count> Reader::words_number(std::size_t i) const {
  if (!is_word(i)) return std::nullopt;
  std::size_t j = i;
  int v = 0;
  if (is(j, "mười")) {
    v = 10;
    ++j;
    const int u = is_word(j) ? number_word(t_[j].text) : 0;
    if (u > 0 && !is(j, "mốt") && !is(j, "tư") && !is(j, "một")) {
      v += u;
      ++j;
    } else if (is(j, "một")) {
      v += 1;
      ++j;
    }
    return Count{v, j};
  }
  const int u = number_word(t_[j].text);
  if (u == 0 || is(j, "lăm") || is(j, "nhăm") || is(j, "mốt")) return std::nullopt;
  v = u;
  ++j;
  if (is(j, "mươi")) {
    v *= 10;
    ++j;
    const int w = is_word(j) ? number_word(t_[j].text) : 0;
    if (w > 0) {
      v += w;
      ++j;
    }
  }
  return Count{v, j};
}

// "05", "05 (năm)", "năm (05)", "mười lăm", "03 (ba)". Digits and words that disagree are not
// guessed between.
std::optional<Reader::Count> Reader::count_at(std::size_t i) const {
  if (is_num(i)) {
    const int v = value(i);
    if (v < 0) return std::nullopt;
    std::size_t j = i + 1;
    if (is(j, "(")) {
      if (const auto w = words_number(j + 1); w && is(w->end, ")")) {
        if (w->value != v) {
          throw Unreadable{"the number " + quoted(i, w->end + 1) + " says two different things"};
        }
        j = w->end + 1;
      }
    }
    return Count{v, j};
  }
  const auto w = words_number(i);
  if (!w) return std::nullopt;
  if (is(w->end, "(") && is_num(w->end + 1) && is(w->end + 2, ")")) {
    if (value(w->end + 1) != w->value) {
      throw Unreadable{"the number " + quoted(i, w->end + 3) + " says two different things"};
    }
    return Count{w->value, w->end + 3};
  }
  return w;
}

// ---- years, months and days ------------------------------------------------------------------

bool is_cycle_year_word(std::string_view w) {
  return w == "kế" || w == "báo" || w == "đánh" || w == "tài" || w == "ngân" || w == "thực";
}

// After a day's month: "năm 2024", "năm nay", "năm sau (nữa)", "năm tới", "của năm kế tiếp",
// "năm kế hoạch", "của năm liền kề sau năm đánh giá", "của năm tài chính kế tiếp", "của năm".
std::optional<std::pair<YearRef, std::size_t>> Reader::year_ref_at(std::size_t i) const {
  std::size_t j = i;
  const bool of = is(j, "của");
  if (of) ++j;
  if (!is(j, "năm")) return std::nullopt;
  ++j;
  YearRef y;
  if (is_year(j)) return std::pair{YearRef{YearRef::Kind::absolute, value(j)}, j + 1};
  if (is(j, "nay")) return std::pair{YearRef{YearRef::Kind::document, 0}, j + 1};
  if (std::size_t e = seq(j, "sau nữa"); e != kNone) {
    return std::pair{YearRef{YearRef::Kind::reference, 2}, e};
  }
  // "năm (liền kề) sau / trước năm <cycle>": relative to the cycle's year.
  for (const auto& [words, offset] :
       {std::pair<std::string_view, int>{"liền kề sau năm", 1}, {"liền sau năm", 1},
        {"sau năm", 1}, {"kế tiếp năm", 1}, {"liền kề trước năm", -1}, {"liền trước năm", -1},
        {"trước năm", -1}}) {
    if (std::size_t e = seq(j, words); e != kNone) {
      std::size_t k = e;
      while (k < e + 2 && is_word(k) && !stops_name(k)) ++k;  // "đánh giá", "báo cáo", …
      return std::pair{YearRef{YearRef::Kind::cycle, offset}, k};
    }
  }
  if (std::size_t e = any(j, {"liền kề sau", "liền sau", "tiếp sau", "kế tiếp", "tiếp theo",
                              "sau", "tới"});
      e != kNone) {
    return std::pair{YearRef{YearRef::Kind::reference, 1}, e};
  }
  if (std::size_t e = any(j, {"trước", "ngoái"}); e != kNone) {
    return std::pair{YearRef{YearRef::Kind::reference, -1}, e};
  }
  if (is_word(j) && is_cycle_year_word(t_[j].text)) {
    std::size_t e = any(j, {"kế hoạch", "báo cáo", "đánh giá", "tài chính", "ngân sách",
                            "thực hiện"});
    if (e != kNone) {
      int offset = 0;
      if (std::size_t n = any(e, {"kế tiếp", "tiếp theo", "tiếp sau", "liền sau", "sau"});
          n != kNone) {
        offset = 1;
        e = n;
      } else if (std::size_t p = any(e, {"trước", "liền trước"}); p != kNone) {
        offset = -1;
        e = p;
      }
      return std::pair{YearRef{YearRef::Kind::cycle, offset}, e};
    }
  }
  if (of) return std::pair{YearRef{YearRef::Kind::cycle, 0}, j};  // "31 tháng 12 của năm"
  return std::nullopt;
}

// For a day without its month: "(của) tháng cuối quý", "tháng cuối kỳ báo cáo", "tháng đầu
// quý", "tháng thứ 2 của quý", "tháng tiếp theo", "tháng kế tiếp tháng thông báo". Returns the
// end, or i when there is none.
std::size_t Reader::month_ref_at(std::size_t i, DaySpec& d) const {
  std::size_t j = i;
  if (is(j, "của")) ++j;
  if (!is(j, "tháng")) return i;
  ++j;
  std::optional<int> mop;
  if (std::size_t e = seq(j, "cuối"); e != kNone) {
    mop = 0;
    j = e;
  } else if (std::size_t e2 = any(j, {"đầu tiên", "đầu", "thứ nhất"}); e2 != kNone) {
    mop = 1;
    j = e2;
  } else if (is(j, "thứ") && is_num(j + 1) && value(j + 1) >= 1 && value(j + 1) <= 12) {
    mop = value(j + 1);
    j += 2;
  } else if (std::size_t e3 = any(j, {"liền kề trước", "liền trước", "trước"}); e3 != kNone) {
    // "tháng liền kề trước quý (dự trù)", "tháng trước kỳ báo cáo", "tháng trước": the month
    // before the period (a month, unless a period follows).
    d.months_before = 1;
    d.period_cadence = Cadence::monthly;
    j = e3;
    if (is(j, "của")) ++j;
    if (std::size_t q = any(j, {"kỳ báo cáo", "kỳ"}); q != kNone) {
      d.period_cadence.reset();
      d.reporting_period = true;
      return q;
    }
    if (std::size_t q = seq(j, "quý"); q != kNone) {
      d.period_cadence = Cadence::quarterly;
      return q;
    }
    if (std::size_t q = any(j, {"6 tháng", "06 tháng", "sáu tháng", "nửa năm"}); q != kNone) {
      d.period_cadence = Cadence::half_yearly;
      return q;
    }
    if (std::size_t q = seq(j, "năm"); q != kNone && !is_year(q)) {
      d.period_cadence = Cadence::yearly;
      return q;
    }
    return j;
  } else if (std::size_t e4 = any(j, {"liền kề sau", "liền sau", "kế tiếp sau", "kế tiếp",
                                      "tiếp theo", "tiếp sau", "sau"});
             e4 != kNone) {
    d.month_of_period = -1;
    d.period_cadence = Cadence::monthly;
    j = e4;
    // "tháng kế tiếp tháng thông báo", "tháng tiếp theo của quý": what it follows.
    if (std::size_t q = any(j, {"kỳ báo cáo", "của kỳ báo cáo"}); q != kNone) {
      d.period_cadence.reset();
      d.reporting_period = true;
      return q;
    }
    if (std::size_t q = any(j, {"quý", "của quý"}); q != kNone) {
      d.period_cadence = Cadence::quarterly;
      return q;
    }
    if (is(j, "tháng")) {
      ++j;
      while (is_word(j) && !stops_name(j)) ++j;
    }
    return j;
  } else {
    return i;
  }
  d.month_of_period = mop;
  if (is(j, "của")) ++j;
  if (std::size_t e = any(j, {"kỳ báo cáo", "kỳ"}); e != kNone) {
    d.reporting_period = true;
    return e;
  }
  if (std::size_t e = seq(j, "quý"); e != kNone) {
    d.period_cadence = Cadence::quarterly;
    return e;
  }
  if (std::size_t e = any(j, {"6 tháng", "06 tháng", "sáu tháng", "nửa năm"}); e != kNone) {
    d.period_cadence = Cadence::half_yearly;
    return e;
  }
  if (std::size_t e = seq(j, "năm"); e != kNone && !is_year(e)) {
    d.period_cadence = Cadence::yearly;
    if (*mop == 0) d.month = 12;
    if (*mop > 0) d.month = *mop;
    d.month_of_period.reset();
    return e;
  }
  throw Unreadable{"the month in " + quoted(i, j + 1) + " is not named"};
}

// A day at i: "15/12/2024", "15-4", "27.1", "ngày 15 tháng 12 (năm 2024 | năm sau | …)",
// "ngày 20" (with `bare_number` or after "ngày"), "ngày 05 của tháng cuối kỳ báo cáo", and the
// days of Civil Code Art. 146(2): "đầu / giữa / cuối tháng 6 (năm 2024)", "cuối năm (2024)".
std::optional<std::pair<DaySpec, std::size_t>> Reader::day_at(std::size_t i,
                                                               bool bare_number) const {
  std::size_t j = i;
  if (is(j, "hết")) ++j;
  const bool ngay = is(j, "ngày");
  if (ngay) ++j;
  DaySpec d;
  if (!ngay) {
    // Civil Code 2015, Art. 146(2): beginning, middle and end of a month or a year.
    int which = is(j, "đầu") ? 1 : is(j, "giữa") ? 2 : is(j, "cuối") ? 3 : 0;
    if (which != 0 && is(j + 1, "tháng") && is_num(j + 2) && value(j + 2) >= 1 &&
        value(j + 2) <= 12) {
      const int m = value(j + 2);
      d.month = m;
      d.day = which == 1 ? 1 : which == 2 ? 15 : month_end(m);
      std::size_t k = j + 3;
      if (is_sep(k) && is_year(k + 1)) {
        d.year = {YearRef::Kind::absolute, value(k + 1)};
        k += 2;
      } else if (const auto y = year_ref_at(k)) {
        d.year = y->first;
        k = y->second;
      }
      return std::pair{d, k};
    }
    if (which != 0 && is(j + 1, "năm") && !is(j + 2, "học")) {
      d.month = which == 1 ? 1 : which == 2 ? 6 : 12;
      d.day = which == 1 ? 1 : which == 2 ? 30 : 31;
      std::size_t k = j + 2;
      if (is_year(k)) {
        d.year = {YearRef::Kind::absolute, value(k)};
        ++k;
      } else if (is(k, "nay")) {
        d.year = {YearRef::Kind::document, 0};
        ++k;
      }
      return std::pair{d, k};
    }
  }
  if (!is_num(j)) return std::nullopt;
  const int day = value(j);
  if (day < 1 || day > 31 || t_[j].text.size() > 2) return std::nullopt;
  d.day = day;
  std::size_t k = j + 1;
  const std::size_t day_first = ngay ? i : j;
  if (is_sep(k) && is_num(k + 1) && t_[k + 1].text.size() <= 2 && value(k + 1) >= 1 &&
      value(k + 1) <= 12) {
    d.month = value(k + 1);
    k += 2;
    if (is_sep(k) && is_year(k + 1)) {
      d.year = {YearRef::Kind::absolute, value(k + 1)};
      k += 2;
    }
  } else if (is(k, "tháng") && (is(k + 1, "giêng") || is(k + 1, "chạp"))) {
    throw Unreadable{"a day of the lunar calendar (" + quoted(day_first, k + 2) +
                     ") is not read"};
  } else if (is(k, "tháng") && is_num(k + 1) && value(k + 1) >= 1 && value(k + 1) <= 12 &&
             t_[k + 1].text.size() <= 2) {
    d.month = value(k + 1);
    k += 2;
    if (is(k, "năm") && is_year(k + 1)) {
      d.year = {YearRef::Kind::absolute, value(k + 1)};
      k += 2;
    } else if (is(k, "/") && is_year(k + 1)) {
      d.year = {YearRef::Kind::absolute, value(k + 1)};
      k += 2;
    }
  } else if (ngay || bare_number) {
    k = month_ref_at(k, d);
    return std::pair{d, k};
  } else {
    return std::nullopt;
  }
  if (d.year.kind == YearRef::Kind::none) {
    if (const auto y = year_ref_at(k)) {
      d.year = y->first;
      k = y->second;
    }
  }
  if (std::size_t e = seq(k, "dương lịch"); e != kNone) k = e;
  if (is(k, "âm") && is(k + 1, "lịch")) {
    throw Unreadable{"a day of the lunar calendar (" + quoted(day_first, k + 2) +
                     ") is not read"};
  }
  if (d.day > month_end(*d.month)) {
    throw Unreadable{"there is no day " + quoted(day_first, k) + " in any year"};
  }
  if (d.year.kind == YearRef::Kind::absolute) {
    // The date as the core reads it (date.hpp), so both agree on what a date is.
    const std::string written = original(day_first, k);
    try {
      d.full = parse_date(written);
    } catch (const ParseError& e) {
      if (e.id() == "date.impossible" || e.id() == "date.year_out_of_range") {
        throw Unreadable{"there is no such day as " + quote(written, 60)};
      }
      d.full = make_date(d.year.value, *d.month, d.day, day_first, k);
    }
  }
  return std::pair{d, k};
}

// The year after a period's name: "/2024", ".2023", "-2024", "năm 2024", "năm nay", "năm sau",
// "năm sau nữa", "năm trước". Returns the end (i when none).
std::size_t Reader::period_year(std::size_t i, PeriodSpec& p) const {
  if (is_sep(i) && is_year(i + 1)) {
    p.year = {YearRef::Kind::absolute, value(i + 1)};
    return i + 2;
  }
  if (is(i, "năm")) {
    if (is_year(i + 1)) {
      p.year = {YearRef::Kind::absolute, value(i + 1)};
      return i + 2;
    }
    if (is(i + 1, "nay")) {
      p.year = {YearRef::Kind::document, 0};
      return i + 2;
    }
    if (std::size_t e = seq(i + 1, "sau nữa"); e != kNone) {
      p.year = {YearRef::Kind::document, 2};
      return e;
    }
    if (std::size_t e = any(i + 1, {"sau", "tới", "tiếp theo", "kế tiếp"}); e != kNone) {
      p.year = {YearRef::Kind::document, 1};
      return e;
    }
    if (std::size_t e = any(i + 1, {"trước", "ngoái"}); e != kNone) {
      p.year = {YearRef::Kind::document, -1};
      return e;
    }
  }
  if (is_year(i)) {  // "6 tháng đầu năm 2024": the year right after "năm"
    p.year = {YearRef::Kind::absolute, value(i)};
    return i + 1;
  }
  return i;
}

// A period at i, after an optional "trong" / "suốt" / "cả".
std::optional<std::pair<PeriodSpec, std::size_t>> Reader::period_at(std::size_t i) const {
  std::size_t j = i;
  bool within = false;
  if (std::size_t e = any(j, {"trong suốt", "trong", "suốt", "cả"}); e != kNone) {
    j = e;
    within = true;
  }
  PeriodSpec p;
  // Quarters: "quý II/2024", "quý I.2023", "quý 2 năm 2024", "quý IV".
  if (is(j, "quý")) {
    int q = 0;
    if (is_word(j + 1) && is_roman_quarter(t_[j + 1].text, q)) {
    } else if (is_num(j + 1) && value(j + 1) >= 1 && value(j + 1) <= 4) {
      q = value(j + 1);
    } else {
      return std::nullopt;
    }
    p.kind = PeriodKind::quarter;
    p.first_month = 3 * q - 2;
    p.last_month = 3 * q;
    return std::pair{p, period_year(j + 2, p)};
  }
  // Half years and nine months: "6 tháng đầu năm (2024)", "06 tháng cuối năm", "nửa đầu năm",
  // "9 tháng đầu năm 2024", "9 tháng năm 2024".
  {
    std::size_t k = kNone;
    int span = 0;
    if (std::size_t e = any(j, {"6 tháng", "06 tháng", "sáu tháng", "nửa"}); e != kNone) {
      k = e;
      span = 6;
    } else if (std::size_t e2 = any(j, {"9 tháng", "09 tháng", "chín tháng"}); e2 != kNone) {
      k = e2;
      span = 9;
    }
    if (k != kNone) {
      const bool first = is(k, "đầu");
      const bool last = is(k, "cuối");
      if ((first || last) && is(k + 1, "năm") && !is(k + 2, "học")) {
        if (span == 9 && last) return std::nullopt;
        p.kind = span == 6 ? PeriodKind::half_year : PeriodKind::nine_months;
        p.first_month = last ? 7 : 1;
        p.last_month = last ? 12 : span;
        std::size_t e = period_year(k + 2, p);
        if (e == k + 2) e = period_year(k + 1, p);  // "6 tháng đầu năm nay"
        return std::pair{p, std::max(e, k + 2)};
      }
      if (span == 9 && !within && (is(k, "năm") || is_sep(k))) {
        p.kind = PeriodKind::nine_months;
        p.first_month = 1;
        p.last_month = 9;
        const std::size_t e = period_year(k, p);
        if (e != k) return std::pair{p, e};
      }
      if (span == 9 && !within && (k >= size() || t_[k].kind == TokenKind::punct)) {  // alone
        p.kind = PeriodKind::nine_months;
        p.first_month = 1;
        p.last_month = 9;
        return std::pair{p, k};
      }
    }
  }
  // Months: "tháng 6/2020", "tháng 5 năm 2024", "(02) tháng 10,11 năm 2023", "tháng 7".
  {
    std::size_t k = j;
    std::optional<int> count;
    if (is_num(k) && is(k + 1, "tháng") && is_num(k + 2)) {
      count = value(k);
      ++k;
    }
    if (is(k, "tháng") && is_num(k + 1) && value(k + 1) >= 1 && value(k + 1) <= 12 &&
        t_[k + 1].text.size() <= 2) {
      std::vector<int> months{value(k + 1)};
      std::size_t e = k + 2;
      // More months: ", 11", "và 11" — but not ", 20 tháng 11" (a day).
      while ((is(e, ",") || is(e, "và")) && is_num(e + 1) && value(e + 1) >= 1 &&
             value(e + 1) <= 12 && !is(e + 2, "tháng") && !is_sep(e + 2)) {
        months.push_back(value(e + 1));
        e += 2;
      }
      if (count && *count != static_cast<int>(months.size())) return std::nullopt;
      for (std::size_t m = 1; m < months.size(); ++m) {
        if (months[m] != months[m - 1] + 1) {
          throw Unreadable{"the months " + quoted(j, e) + " are not one span"};
        }
      }
      p.kind = months.size() == 1 ? PeriodKind::month : PeriodKind::range;
      p.first_month = months.front();
      p.last_month = months.back();
      return std::pair{p, period_year(e, p)};
    }
  }
  // A month written as numbers, as drafts date things: "02/2024", "12.2023".
  if (!within && is_num(j) && t_[j].text.size() <= 2 && value(j) >= 1 && value(j) <= 12 &&
      is_sep(j + 1) && is_year(j + 2) && !is_sep(j + 3)) {
    p.kind = PeriodKind::month;
    p.first_month = p.last_month = value(j);
    p.year = {YearRef::Kind::absolute, value(j + 2)};
    return std::pair{p, j + 3};
  }
  // Years: "năm 2024", "năm 2024-2025", "năm 2021 đến năm 2025", "năm nay", "năm sau (nữa)".
  if (is(j, "năm")) {
    if (is_year(j + 1)) {
      p.kind = PeriodKind::year;
      p.year = {YearRef::Kind::absolute, value(j + 1)};
      std::size_t e = j + 2;
      std::size_t k = any(e, {"-", "đến năm", "đến", "tới"});
      if (k != kNone && is_year(k)) {
        p.kind = PeriodKind::years;
        p.last_year = value(k);
        e = k + 1;
      }
      return std::pair{p, e};
    }
    const std::size_t e = period_year(j, p);
    if (e != j) return std::pair{p, e};
    // "trong năm": the context year.
    if (within && !is(j + 1, "học") && !is_num(j + 1)) {
      p.year = {YearRef::Kind::document, 0};
      return std::pair{p, j + 1};
    }
    return std::nullopt;
  }
  // Spans of years: "giai đoạn 2019 - 2021", "giai đoạn từ năm 2021 đến năm 2025", "nhiệm kỳ
  // 2021- 2026".
  if (std::size_t e = any(j, {"giai đoạn", "nhiệm kỳ", "thời kỳ"}); e != kNone) {
    std::size_t k = e;
    if (is(k, "từ")) ++k;
    if (is(k, "năm")) ++k;
    if (!is_year(k)) return std::nullopt;
    const int y1 = value(k);
    std::size_t m = any(k + 1, {"-", "đến", "tới"});
    if (m == kNone) return std::nullopt;
    if (is(m, "năm")) ++m;
    if (!is_year(m)) return std::nullopt;
    p.kind = PeriodKind::years;
    p.year = {YearRef::Kind::absolute, y1};
    p.last_year = value(m);
    return std::pair{p, m + 1};
  }
  return std::nullopt;
}

// ---- parties ---------------------------------------------------------------------------------

// The first words of a body's, an official's or a group's name; returns the end of the head
// word(s) or kNone.
std::size_t Reader::head_at(std::size_t i, PartyKind& kind) const {
  if (!is_word(i)) return kNone;
  if (is(i, "ban") && is(i + 1, "hành")) return kNone;
  kind = PartyKind::group;
  if (std::size_t e = any(i, {"các", "những", "mọi"}); e != kNone) return e;
  kind = PartyKind::official;
  if (std::size_t e = any(i, {"chủ tịch", "phó chủ tịch", "công chức", "cán bộ", "giám đốc",
                              "bí thư", "trưởng"});
      e != kNone) {
    return e;
  }
  kind = PartyKind::body;
  return any(i, {"ủy ban", "ubnd", "ubmttq", "hđnd", "hội đồng", "sở", "phòng", "ban", "bộ",
                 "tổng cục", "chi cục", "cục", "văn phòng", "thủ tướng", "chính phủ",
                 "quốc hội", "mặt trận", "mttq", "đoàn", "hội", "trung tâm", "công an",
                 "viện", "tòa án", "kho bạc", "ngân hàng", "thanh tra", "đảng ủy",
                 "huyện ủy", "tỉnh ủy", "thành ủy", "cơ quan", "đơn vị", "liên đoàn",
                 "bch", "ban chỉ đạo"});
}

// A trigger word at i ("ban hành", "ký", "phê duyệt", "hướng dẫn", "yêu cầu" …); returns its end
// or kNone.
std::size_t Reader::trigger_at(std::size_t i, TriggerKind& kind) const {
  if (is(i, "ký") && i > 0 && (is(i - 1, "đăng") || is(i - 1, "thư"))) return kNone;
  kind = TriggerKind::issuance;
  if (std::size_t e = any(i, {"ban hành", "ký", "công bố", "phát hành"}); e != kNone) return e;
  kind = TriggerKind::approval;
  if (std::size_t e = any(i, {"phê duyệt", "duyệt", "thông qua", "chấp thuận", "phê chuẩn"});
      e != kNone) {
    return e;
  }
  kind = TriggerKind::guidance;
  if (std::size_t e = seq(i, "hướng dẫn"); e != kNone) return e;
  kind = TriggerKind::request;
  return any(i, {"yêu cầu", "đề nghị"});
}

bool Reader::stops_name(std::size_t i) const {
  if (i >= size()) return true;
  const Token& t = t_[i];
  if (t.kind == TokenKind::punct) {
    return t.text == "," || t.text == ";" || t.text == "(" || t.text == ")" || t.text == "." ||
           t.text == ":";
  }
  static constexpr std::string_view stops[] = {
      "và", "hoặc", "để", "trong", "trước", "sau", "chậm", "kể", "thì", "theo", "đối",
      "khi", "nhằm", "từ", "đến", "có", "tại", "kèm", "hằng", "hàng", "định"};
  for (std::string_view s : stops) {
    if (t.text == s) return true;
  }
  TriggerKind ignored = TriggerKind::other;
  return trigger_at(i, ignored) != kNone;
}

// Parties at i: names that start with a head word, separated by ",", "và", "hoặc". A separator
// followed by words that are not a new head continues the name ("Sở Văn hóa, Thể thao và Du
// lịch").
std::pair<std::vector<Party>, std::size_t> Reader::parties_at(std::size_t i,
                                                              std::size_t limit) const {
  std::vector<Party> out;
  std::size_t j = i;
  for (;;) {
    PartyKind kind = PartyKind::body;
    const std::size_t head = head_at(j, kind);
    if (head == kNone || j >= limit) break;
    const std::size_t start = j;
    j = head;
    for (;;) {
      while (j < limit && !stops_name(j)) ++j;
      if (j < limit && (is(j, ",") || is(j, "và")) && is_word(j + 1) && !stops_name(j + 1)) {
        PartyKind next = PartyKind::body;
        if (head_at(j + 1, next) == kNone) {
          j += 1;
          continue;
        }
      }
      break;
    }
    out.push_back(Party{kind, original(start, j)});
    if (j < limit && (is(j, ",") || is(j, "và") || is(j, "hoặc"))) {
      PartyKind next = PartyKind::body;
      if (head_at(j + 1, next) != kNone) {
        ++j;
        continue;
      }
    }
    break;
  }
  return {out, out.empty() ? i : j};
}

// ---- citations -------------------------------------------------------------------------------

// Citations of documents ("Kế hoạch số 30/KH-UBND ngày 05/02/2024 của UBND tỉnh", after "(tại)
// Phụ lục (…) kèm theo"), found once with find_document_numbers() (document.hpp) and held as
// token spans so their dates are not read as deadlines.
void Reader::find_citations() {
  std::vector<NumberMatch> numbers;
  try {
    numbers = find_document_numbers(f_.nfc);
  } catch (const Error&) {
    return;
  }
  for (const NumberMatch& m : numbers) {
    // The token where the number starts: the first token whose origin reaches it.
    std::size_t byte = 0;
    for (std::size_t line = 1; line < m.where.line().value_or(1) && byte < f_.nfc.size(); ++byte) {
      if (f_.nfc[byte] == '\n') ++line;
    }
    for (std::size_t c = 1; c < m.where.column().value_or(1) && byte < f_.nfc.size(); ++c) {
      byte += detail::decode_at(f_.nfc, byte).length;
    }
    std::size_t n = kNone;
    for (std::size_t k = 0; k < size(); ++k) {
      if (f_.origin[t_[k].begin] >= byte) {
        n = k;
        break;
      }
    }
    if (n == kNone || n == 0 || !is(n - 1, "số")) continue;
    std::size_t last = n;
    while (last < size() && f_.origin[t_[last].begin] < byte + m.text.size()) ++last;
    // The type's name before "số" (one to three words).
    std::optional<DocumentType> type;
    std::size_t first = n - 1;
    for (std::size_t w = 1; w <= 3 && w < n; ++w) {
      try {
        type = document_type_from_name(original(n - 1 - w, n - 1));
        first = n - 1 - w;
        break;
      } catch (const Error&) {
      }
    }
    if (!type) type = m.number.document_type();
    std::optional<Date> date;
    if (is(last, "ngày")) {
      if (const auto d = day_at(last, false); d && d->first.full) {
        date = d->first.full;
        last = d->second;
      }
    }
    std::optional<std::string> issuer;
    if (is(last, "của")) {
      std::size_t e = last + 1;
      while (e < size() && !is(e, ")") && !is(e, ";") && !is(e, ".") && !is(e, "(")) ++e;
      if (e > last + 1) issuer = original(last + 1, e);
      last = e;
    }
    // "(tại) Phụ lục (I) (ban hành) kèm theo" before the citation: the part cited.
    std::optional<std::string> part;
    std::size_t k = first;
    if (k >= 2 && is(k - 2, "kèm") && is(k - 1, "theo")) {
      std::size_t p = k - 2;
      if (p >= 2 && is(p - 2, "ban") && is(p - 1, "hành")) p -= 2;
      std::size_t q = p;
      while (q > 0 && q + 3 > p && !is(q - 1, "phụ")) --q;
      if (q > 0 && is(q - 1, "phụ") && is(q, "lục")) {
        part = original(q - 1, p);
        first = q - 1;
        if (first > 0 && is(first - 1, "tại")) --first;
      }
    }
    try {
      citation_refs_.emplace_back(type, m.number, date, issuer, std::nullopt, part);
    } catch (const Error&) {
      citation_refs_.emplace_back(type, m.number, std::nullopt, issuer, std::nullopt, part);
    }
    citation_spans_.emplace_back(first, last);
  }
}

std::optional<Atom> Reader::citation(std::size_t i) const {
  for (std::size_t c = 0; c < citation_spans_.size(); ++c) {
    if (citation_spans_[c].first == i) {
      Atom a;
      a.kind = AtomKind::citation;
      a.first = i;
      a.last = citation_spans_[c].second;
      a.document = citation_refs_[c];
      return a;
    }
  }
  return std::nullopt;
}

// ---- atoms -----------------------------------------------------------------------------------

// "từ (ngày) A đến (ngày) B", "bắt đầu từ …", "A - B" (A with its month), "từ tháng 3 đến tháng
// 5/2024", "từ năm 2021 đến năm 2025". A start alone ("từ ngày 01/7", "kể từ tháng 3/2020") is
// neither a deadline nor a window.
std::optional<Atom> Reader::range(std::size_t i) const {
  std::size_t j = i;
  bool from = false;
  if (std::size_t e = any(j, {"bắt đầu từ", "trong thời gian từ", "từ"}); e != kNone) {
    j = e;
    from = true;
  }
  const auto start = day_at(j, false);
  if (!start) {
    if (!from) return std::nullopt;
    const auto p1 = period_at(j);
    if (!p1) return std::nullopt;
    const std::size_t sep = any(p1->second, {"đến", "tới", "-"});
    const auto p2 = sep == kNone ? std::nullopt : period_at(sep);
    if (!p2) {
      throw Unreadable{"a start without an end (" + quoted(i, p1->second) +
                       ") is neither a deadline nor a window"};
    }
    DaySpec a;
    a.day = 1;
    a.month = p1->first.first_month;
    a.year = p1->first.year;
    DaySpec b;
    b.month = p2->first.kind == PeriodKind::years ? 12 : p2->first.last_month;
    b.day = month_end(*b.month);
    b.year = p2->first.kind == PeriodKind::years
                 ? YearRef{YearRef::Kind::absolute, p2->first.last_year}
                 : p2->first.year;
    Atom r;
    r.kind = AtomKind::range;
    r.first = i;
    r.last = p2->second;
    r.days = {a, b};
    return r;
  }
  if (!from && !start->first.month) return std::nullopt;
  std::size_t k = any(start->second, {"đến hết", "đến", "tới", "-"});
  if (k == kNone) {
    if (!from) return std::nullopt;
    throw Unreadable{"a start without an end (" + quoted(i, start->second) +
                     ") is neither a deadline nor a window"};
  }
  const auto end = day_at(k, true);
  if (!end || !end->first.month) {
    if (!from) return std::nullopt;
    throw Unreadable{"the end of " + quoted(i, k + 1) + " is not a day"};
  }
  Atom r;
  r.kind = AtomKind::range;
  r.first = i;
  r.last = end->second;
  r.days = {start->first, end->first};
  return r;
}

// Deadlines: "trước ngày D", "chậm nhất (là | vào) (ngày) D", "đến (hết) ngày D", "vào ngày D",
// "ngày D", "D" written in full, "trước quý III/2024", "đến năm 2025"; lists "trước ngày 15
// tháng 6 và 15 tháng 12".
std::optional<Atom> Reader::day(std::size_t i) const {
  std::size_t j = i;
  DueRelation relation = DueRelation::by;
  bool prefixed = true;
  if (std::size_t e = any(j, {"hoàn thành trước", "trước"}); e != kNone) {
    relation = DueRelation::before;
    j = e;
  } else if (std::size_t e2 = any(j, {"chậm nhất là vào", "chậm nhất là", "chậm nhất vào",
                                      "chậm nhất", "muộn nhất là", "muộn nhất",
                                      "không muộn hơn", "hạn chót là", "hạn chót", "đến hết",
                                      "đến", "tới", "vào", "trong"});
             e2 != kNone) {
    j = e2;
  } else {
    prefixed = false;
  }
  Atom a;
  a.kind = AtomKind::day;
  a.first = i;
  a.relation = relation;
  const auto first = day_at(j, false);
  if (!first) {
    // A period as the deadline: before its first day, or by its last day.
    if (!prefixed || is(i, "trong") || is(i, "vào")) return std::nullopt;
    const auto p = period_at(j);
    if (!p) return std::nullopt;
    DaySpec d;
    d.year = p->first.year;
    if (p->first.kind == PeriodKind::years) {
      d.year = {YearRef::Kind::absolute,
                relation == DueRelation::before ? p->first.year.value : p->first.last_year};
      d.month = relation == DueRelation::before ? 1 : 12;
    } else {
      d.month = relation == DueRelation::before ? p->first.first_month : p->first.last_month;
    }
    d.day = relation == DueRelation::before ? 1 : month_end(*d.month);
    if (d.year.kind == YearRef::Kind::absolute) {
      d.full = make_date(d.year.value, *d.month, d.day, i, p->second);
    }
    a.days.push_back(d);
    a.last = p->second;
    return a;
  }
  // Without a prefix or "ngày", only a date written with its month is a deadline.
  if (!prefixed && !is(j, "ngày") && !first->first.month) return std::nullopt;
  if (is(i, "trong") && !is(j, "ngày")) return std::nullopt;
  a.days.push_back(first->first);
  std::size_t k = first->second;
  // More days: "và 15 tháng 12", ", ngày 31 tháng 12", ", 20 tháng 11".
  while (is(k, "và") || is(k, ",")) {
    const auto next = day_at(k + 1, false);
    if (!next || !next->first.month) break;
    a.days.push_back(next->first);
    k = next->second;
  }
  // A year written once, on the last day, holds for all.
  const YearRef shared = a.days.back().year;
  if (shared.kind != YearRef::Kind::none) {
    for (DaySpec& d : a.days) {
      if (d.year.kind == YearRef::Kind::none && d.month) {
        d.year = shared;
        if (shared.kind == YearRef::Kind::absolute) {
          d.full = make_date(shared.value, *d.month, d.day, i, k);
        }
      }
    }
  }
  a.last = k;
  return a;
}

std::optional<Atom> Reader::period(std::size_t i) const {
  const auto p = period_at(i);
  if (!p) return std::nullopt;
  Atom a;
  a.kind = AtomKind::period;
  a.first = i;
  a.last = p->second;
  a.period = p->first;
  return a;
}

// "Every N units" as a cadence: "định kỳ 05 năm", "5 năm một lần", "định kỳ 2 quý". Throws
// Unreadable for a span the model has no cadence for.
std::optional<Cadence> every(int n, std::string_view unit) {
  if (unit == "năm") {
    return n == 1 ? std::optional(Cadence::yearly)
           : n == 5 ? std::optional(Cadence::five_yearly)
                    : std::nullopt;
  }
  if (unit == "quý") {
    return n == 1 ? std::optional(Cadence::quarterly)
           : n == 2 ? std::optional(Cadence::half_yearly)
           : n == 4 ? std::optional(Cadence::yearly)
                    : std::nullopt;
  }
  if (unit == "tháng") {
    return n == 1    ? std::optional(Cadence::monthly)
           : n == 3  ? std::optional(Cadence::quarterly)
           : n == 6  ? std::optional(Cadence::half_yearly)
           : n == 9  ? std::optional(Cadence::nine_months)
           : n == 12 ? std::optional(Cadence::yearly)
                     : std::nullopt;
  }
  if (unit == "tuần") return n == 1 ? std::optional(Cadence::weekly) : std::nullopt;
  return std::nullopt;
}

bool is_cadence_unit(std::string_view w) {
  return w == "năm" || w == "tháng" || w == "quý" || w == "tuần";
}

// "hằng / hàng / mỗi tuần, tháng, quý, năm, 6 tháng"; "định kỳ (hằng tháng | 06 tháng | 05 năm |
// hằng năm | một năm một lần …)"; "một năm 2 lần", "03 lần/năm", "2 lần trong năm", "5 năm một
// lần"; "03 lần/tuần" (weekly, three days a week: the days must be named).
std::optional<Atom> Reader::cadence(std::size_t i) const {
  Atom a;
  a.kind = AtomKind::cadence;
  a.first = i;
  std::size_t j = i;
  const bool periodic = is(j, "định") && is(j + 1, "kỳ");
  if (periodic) j += 2;
  a.distributive = periodic || is(j, "hằng") || is(j, "hàng") || is(j, "mỗi");
  const auto unit_cadence = [&](std::size_t k, std::size_t& end) -> std::optional<Cadence> {
    if (std::size_t e = any(k, {"6 tháng", "06 tháng", "sáu tháng"}); e != kNone) {
      end = e;
      return Cadence::half_yearly;
    }
    end = k + 1;
    if (is(k, "tuần")) return Cadence::weekly;
    if (is(k, "tháng")) return Cadence::monthly;
    if (is(k, "quý")) return Cadence::quarterly;
    if (is(k, "năm")) return Cadence::yearly;
    if (is(k, "ngày")) {
      throw Unreadable{"a daily cadence (" + quoted(i, k + 1) + ") is not a Cadence"};
    }
    return std::nullopt;
  };
  const auto per = [&](int times, std::size_t unit, std::size_t end) -> std::optional<Atom> {
    std::optional<Cadence> c;
    if (is(unit, "năm")) {
      c = times == 1   ? std::optional(Cadence::yearly)
          : times == 2 ? std::optional(Cadence::half_yearly)
          : times == 4 ? std::optional(Cadence::quarterly)
          : times == 12 ? std::optional(Cadence::monthly)
                        : std::nullopt;
    } else if (is(unit, "tuần") && times >= 1 && times <= 7) {
      c = Cadence::weekly;  // several times a week: on the days the phrase names
      a.times = times;
    } else if (times == 1) {
      c = is(unit, "quý") ? std::optional(Cadence::quarterly)
          : is(unit, "tháng") ? std::optional(Cadence::monthly)
                              : std::nullopt;
    }
    if (!c) {
      throw Unreadable{quoted(i, end) + " is not a cadence the model has"};
    }
    a.cadence = c;
    a.last = end;
    return a;
  };
  const auto every_n = [&](int n, std::size_t unit, std::size_t end) -> std::optional<Atom> {
    const auto c = every(n, t_[unit].text);
    if (!c) throw Unreadable{quoted(i, end) + " is not a cadence the model has"};
    a.cadence = c;
    a.last = end;
    return a;
  };
  // "(định kỳ) hằng / hàng / mỗi <unit>"
  if (std::size_t e = any(j, {"hằng", "hàng", "mỗi"}); e != kNone) {
    // "mỗi năm 2 lần" first.
    if (is(e, "năm") || is(e, "tháng") || is(e, "quý") || is(e, "tuần")) {
      if (const auto c = count_at(e + 1); c && is(c->end, "lần")) return per(c->value, e, c->end + 1);
    }
    std::size_t end = 0;
    if (const auto c = unit_cadence(e, end)) {
      a.cadence = c;
      a.last = end;
      return a;
    }
    if (!periodic) return std::nullopt;
  }
  // "(định kỳ) một năm 2 lần", "(định kỳ) một năm một lần"
  if (is(j, "một") || is(j, "1")) {
    const std::size_t unit = j + 1;
    if (is(unit, "năm") || is(unit, "tháng") || is(unit, "quý") || is(unit, "tuần")) {
      if (const auto c = count_at(unit + 1); c && is(c->end, "lần")) {
        return per(c->value, unit, c->end + 1);
      }
    }
  }
  // "(định kỳ) 2 lần / năm", "3 lần trong năm", "03 lần/tuần"
  if (const auto c = count_at(j); c && is(c->end, "lần")) {
    std::size_t unit = c->end + 1;
    if (std::size_t e = any(unit, {"/", "một", "mỗi", "trong", "mỗi một"}); e != kNone) unit = e;
    if (is(unit, "năm") || is(unit, "tháng") || is(unit, "quý") || is(unit, "tuần")) {
      return per(c->value, unit, unit + 1);
    }
    if (!periodic) return std::nullopt;
  }
  // "(định kỳ) 5 năm một lần", "03 tháng 1 lần": every N units.
  if (const auto c = count_at(j); c && is_word(c->end) && is_cadence_unit(t_[c->end].text)) {
    if (std::size_t e = any(c->end + 1, {"một lần", "1 lần"}); e != kNone) return every_n(c->value, c->end, e);
  }
  if (!periodic) return std::nullopt;
  // "định kỳ 06 tháng", "định kỳ 03 tháng", "định kỳ 05 năm", "định kỳ tháng / quý / năm"
  if (const auto c = count_at(j)) {
    const std::size_t unit = c->end;
    if (is_word(unit) && is_cadence_unit(t_[unit].text)) return every_n(c->value, unit, unit + 1);
  }
  std::size_t end = 0;
  if (const auto c = unit_cadence(j, end)) {
    a.cadence = c;
    a.last = end;
    return a;
  }
  a.last = j;  // "định kỳ" alone: periodic, the cadence not named
  return a;
}

// After a list separator that follows "hằng …" / "định kỳ …", a unit alone or "N <unit>" is
// another cadence: "hằng tháng, quý và năm", "tiến độ hằng năm và 05 năm".
std::optional<Atom> Reader::listed_cadence(std::size_t i) const {
  Atom a;
  a.kind = AtomKind::cadence;
  a.first = i;
  a.distributive = true;
  std::size_t unit = i;
  int n = 1;
  if (is_word(i) && is_cadence_unit(t_[i].text)) {
    // A unit alone ("năm" is also the number five: a unit first).
  } else if (const auto c = count_at(i)) {
    n = c->value;
    unit = c->end;
  }
  if (!is_word(unit) || !is_cadence_unit(t_[unit].text)) return std::nullopt;
  if (is_num(unit + 1) || is_sep(unit + 1)) return std::nullopt;  // "năm 2024", "quý II/2024"
  if (unit == i) {
    if (is(unit, "năm") && (is(unit + 1, "nay") || is(unit + 1, "sau") || is(unit + 1, "trước"))) {
      return std::nullopt;
    }
  }
  const auto c = every(n, t_[unit].text);
  if (!c) throw Unreadable{quoted(i, unit + 1) + " is not a cadence the model has"};
  a.cadence = c;
  a.last = unit + 1;
  return a;
}

// "(đối với) báo cáo 6 tháng / quý / năm / tháng / 9 tháng / 6 tháng đầu năm": the report a
// deadline belongs to, which gives it a cadence.
std::optional<Atom> Reader::report(std::size_t i) const {
  std::size_t j = i;
  if (std::size_t e = seq(j, "đối với"); e != kNone) j = e;
  if (!is(j, "báo") || !is(j + 1, "cáo")) return std::nullopt;
  j += 2;
  if (is(j, "định") && is(j + 1, "kỳ")) j += 2;
  Atom a;
  a.kind = AtomKind::report;
  a.first = i;
  if (std::size_t e = any(j, {"6 tháng", "06 tháng", "sáu tháng"}); e != kNone) {
    if ((is(e, "đầu") || is(e, "cuối")) && is(e + 1, "năm") && !is_year(e + 2)) {
      a.cadence = Cadence::yearly;  // the report on one half: once a year
      a.last = e + 2;
      return a;
    }
    if (is(e, "đầu") || is(e, "cuối") || is(e, "năm")) return std::nullopt;
    a.cadence = Cadence::half_yearly;
    a.last = e;
    return a;
  }
  if (std::size_t e = any(j, {"9 tháng", "09 tháng", "chín tháng"}); e != kNone) {
    if (is(e, "năm") && is_year(e + 1)) return std::nullopt;
    a.cadence = Cadence::nine_months;
    a.last = is(e, "đầu") && is(e + 1, "năm") ? e + 2 : e;
    return a;
  }
  const bool more = is_num(j + 1) || is_word(j + 1) || is_sep(j + 1);
  const bool follows_name = is_word(j + 1) && !stops_name(j + 1);
  if (is(j, "năm") && !is_year(j + 1) && !is(j + 1, "nay") && !follows_name) {
    a.cadence = Cadence::yearly;
  } else if (is(j, "quý") && !(more && !stops_name(j + 1))) {
    a.cadence = Cadence::quarterly;
  } else if (is(j, "tháng") && !is_num(j + 1)) {
    a.cadence = Cadence::monthly;
  } else if (is(j, "tuần")) {
    a.cadence = Cadence::weekly;
  } else {
    return std::nullopt;
  }
  a.last = j + 1;
  return a;
}

std::optional<Atom> Reader::regular(std::size_t i) const {
  std::size_t e = seq(i, "thường xuyên");
  if (e == kNone) return std::nullopt;
  if (std::size_t c = any(e, {", liên tục", "và liên tục", "liên tục"}); c != kNone) e = c;
  Atom a;
  a.kind = AtomKind::regular;
  a.first = i;
  a.last = e;
  return a;
}

// "khi có yêu cầu", "khi được yêu cầu", "theo yêu cầu (của …)", "đột xuất (theo yêu cầu)",
// "khi cần thiết", "khi phát sinh", "theo vụ việc".
std::optional<Atom> Reader::on_request(std::size_t i) const {
  std::size_t e = any(i, {"đột xuất", "khi có yêu cầu", "khi được yêu cầu", "theo yêu cầu",
                          "khi cần thiết", "khi phát sinh", "theo vụ việc", "khi có chỉ đạo"});
  if (e == kNone) return std::nullopt;
  if (is(i, "đột")) {
    if (std::size_t more = any(e, {"theo yêu cầu", "khi có yêu cầu", "khi được yêu cầu"});
        more != kNone) {
      e = more;
    }
  }
  Atom a;
  a.kind = AtomKind::on_request;
  a.first = i;
  if (is(e, "của")) {
    auto [parties, end] = parties_at(e + 1, size());
    if (!parties.empty()) {
      a.parties = std::move(parties);
      e = end;
    }
  }
  a.last = e;
  return a;
}

// "theo kế hoạch / lộ trình / tiến độ / chương trình / lịch (của …)", or "theo Kế hoạch số …".
std::optional<Atom> Reader::upstream(std::size_t i) const {
  if (!is(i, "theo")) return std::nullopt;
  Atom a;
  a.kind = AtomKind::upstream;
  a.first = i;
  if (const auto c = citation(i + 1)) {
    a.document = c->document;
    a.last = c->last;
    return a;
  }
  std::size_t e = any(i + 1, {"kế hoạch", "lộ trình", "tiến độ", "chương trình", "lịch"});
  if (e == kNone) return std::nullopt;
  // "theo tiến độ yêu cầu của …", "theo kế hoạch đề ra của …": a few words before "của".
  std::size_t of = e;
  while (of < e + 3 && is_word(of) && !is(of, "của") && !is(of, "trong") && !is(of, "và")) ++of;
  if (is(of, "của")) e = of;
  if (is(e, "của")) {
    auto [parties, end] = parties_at(e + 1, size());
    if (!parties.empty()) {
      a.parties = std::move(parties);
      e = end;
    }
  }
  a.last = e;
  return a;
}

// An offset: "(trong thời hạn | trong vòng | chậm nhất (là) (sau) | sau | không quá) N (ngày
// (làm việc) | tuần | tháng | năm)".
std::optional<Reader::Offsetting> Reader::offset_at(std::size_t i) const {
  std::size_t j = i;
  bool prefixed = false;
  if (std::size_t e = any(j, {"chậm nhất trong thời hạn", "chậm nhất là sau", "chậm nhất sau",
                              "chậm nhất là", "chậm nhất", "trong thời hạn", "trong thời gian",
                              "trong vòng", "trong", "sau", "thời hạn"});
      e != kNone) {
    j = e;
    prefixed = true;
  }
  if (std::size_t e = any(j, {"không quá", "tối đa", "ít nhất", "tối thiểu", "là"}); e != kNone) {
    j = e;
  }
  const auto n = count_at(j);
  if (!n) return std::nullopt;
  std::size_t k = n->end;
  Offsetting o;
  o.prefixed = prefixed;
  o.offset.amount = n->value;
  if (std::size_t e = seq(k, "ngày làm việc"); e != kNone) {
    o.offset.unit = TimeUnit::working_days;
    k = e;
  } else if (is(k, "ngày")) {
    o.offset.unit = TimeUnit::days;
    ++k;
  } else if (is(k, "tuần")) {
    o.offset.unit = TimeUnit::weeks;
    ++k;
  } else if (is(k, "tháng")) {
    if (is_num(k + 1) || is(k + 1, "đầu") || is(k + 1, "cuối") || is(k + 1, "năm")) {
      return std::nullopt;
    }
    o.offset.unit = TimeUnit::months;
    ++k;
  } else if (is(k, "năm")) {
    if (is_year(k + 1) || is(k + 1, "nay") || is(k + 1, "học")) return std::nullopt;
    o.offset.unit = TimeUnit::years;
    ++k;
  } else if (is(k, "giờ") || is(k, "tiếng")) {
    // "17 giờ ngày 30/6", "8 giờ 30", "14 giờ chiều": a time of day, not a length of time.
    if (is_num(k + 1) || is(k + 1, "phút") || (is(k + 1, "ngày") && is_num(k + 2)) ||
        part_of_day_at(k + 1) != kNone) {
      throw Unreadable{"a time of day (" + quoted(n->end - 1, k + 2) +
                       ") is finer than a day, and not read"};
    }
    o.offset.unit = TimeUnit::hours;
    ++k;
  } else if (is(k, "phút")) {
    throw Unreadable{"a time limit in minutes (" + quoted(i, k + 1) +
                     ") is not an Offset (hours, days, working days, weeks, months, years)"};
  } else {
    return std::nullopt;
  }
  o.end = k;
  return o;
}

// What happens, up to the end of the clause: its trigger word and who acts.
Reader::EventBody Reader::event_body(std::size_t i) const {
  EventBody b;
  std::size_t e = i;
  while (e < size()) {
    const Token& t = t_[e];
    if (t.kind == TokenKind::punct &&
        (t.text == ";" || t.text == ")" || t.text == "(" || t.text == "." || t.text == ":")) {
      break;
    }
    if (is(e, "để") || is(e, "thì") || is(e, "hoặc") || is(e, "nhằm") || is(e, "nhưng")) break;
    if (e > i && any(e, {"ít nhất", "tối thiểu", "tối đa"}) != kNone) break;
    if (e > i && (seq(e, "chậm nhất") != kNone || seq(e, "trong thời hạn") != kNone)) break;
    if (e > i && is(e, "trong") && (is(e + 1, "năm") || is(e + 1, "quý") || is(e + 1, "tháng"))) {
      break;
    }
    if (e > i && is(e, "trước") && is(e + 1, "ngày") && is_num(e + 2)) break;
    if (e > i && is(e, ",") && (is(e + 1, "trước") || is(e + 1, "chậm") || is(e + 1, "trong"))) {
      break;
    }
    ++e;
  }
  b.end = e;
  // The first trigger word decides the kind.
  std::size_t at = kNone;
  std::size_t after = kNone;
  for (std::size_t k = i; k < e; ++k) {
    TriggerKind kind = TriggerKind::other;
    if (const std::size_t end = trigger_at(k, kind); end != kNone) {
      at = k;
      after = end;
      b.trigger = kind;
      break;
    }
  }
  if (at == kNone) return b;
  // Who: "… của <parties>" after the trigger, or "<parties> ban hành …" before it.
  for (std::size_t k = after; k < e; ++k) {
    if (is(k, "của")) {
      b.parties = parties_at(k + 1, e).first;
      if (!b.parties.empty()) return b;
      break;
    }
  }
  // "Sở Tư pháp có hướng dẫn", "(Kế hoạch) được UBND tỉnh phê duyệt": the actor before it.
  std::size_t s = i;
  for (std::size_t k = i; k < at; ++k) {
    if (is(k, "được")) s = k + 1;
  }
  while (s < at && (is(s, "có") || is(s, "được") || is(s, "nhận") || is(s, "khi"))) ++s;
  if (s < at) b.parties = parties_at(s, at).first;
  return b;
}

// Events: "sau khi …", "kể từ (ngày | khi) …", "(chậm nhất | trong thời hạn) N ngày (, kể từ |
// sau khi | sau ngày) …", "N ngày trước ngày …", "trước (ngày | khi) … (ít nhất N ngày)", and an
// offset alone after a prefix ("chậm nhất sau 05 ngày làm việc": the trigger is not named).
std::optional<Atom> Reader::event(std::size_t i) const {
  Atom a;
  a.kind = AtomKind::event;
  a.first = i;
  const auto start_of_event = [&](std::size_t k, bool& before) -> std::size_t {
    before = false;
    if (std::size_t e = any(k, {"kể từ ngày", "kể từ khi", "kể từ thời điểm", "kể từ",
                                "tính từ ngày", "tính từ khi", "tính từ", "sau khi", "sau ngày",
                                "từ khi", "từ ngày"});
        e != kNone) {
      return e;
    }
    if (std::size_t e = any(k, {"trước ngày", "trước khi"}); e != kNone) {
      before = true;
      return e;
    }
    return kNone;
  };
  if (const auto off = offset_at(i)) {
    std::size_t k = off->end;
    if (is(k, ",")) ++k;
    bool before = false;
    const std::size_t body = start_of_event(k, before);
    if (body != kNone && !day_at(body, false) && !(before && is_num(body))) {
      if (day_at(k, false)) return std::nullopt;
      const EventBody b = event_body(body);
      a.trigger = b.trigger;
      a.parties = b.parties;
      a.offset = off->offset;
      if (before) a.offset->amount = -a.offset->amount;
      a.last = b.end;
      return a;
    }
    if (!off->prefixed) return std::nullopt;
    a.offset = off->offset;
    a.last = off->end;
    return a;
  }
  bool before = false;
  std::size_t body = kNone;
  if (std::size_t e = any(i, {"sau khi", "kể từ ngày", "kể từ khi", "kể từ thời điểm", "kể từ",
                              "tính từ ngày", "tính từ khi", "từ khi"});
      e != kNone) {
    body = e;
    if (!is(i, "sau")) a.offset = Offset{0, TimeUnit::days};
  } else if (std::size_t e2 = any(i, {"trước ngày", "trước khi"}); e2 != kNone) {
    body = e2;
    before = true;
  } else {
    return std::nullopt;
  }
  if (day_at(body, false) || (is(body - 1, "ngày") && is_num(body)) || period_at(body)) {
    if (before) return std::nullopt;
    throw Unreadable{"a start " + quoted(i, body + 2) +
                     " is neither a deadline nor a window"};
  }
  const EventBody b = event_body(body);
  if (b.end == body) return std::nullopt;
  a.trigger = b.trigger;
  a.parties = b.parties;
  a.last = b.end;
  if (before) {
    // "trước khi … (ít nhất | tối thiểu) N ngày"; else the day before (as "trước ngày D").
    a.offset = Offset{-1, TimeUnit::days};
    std::size_t k = b.end;
    if (is(k, ",")) ++k;
    if (std::size_t e = any(k, {"ít nhất", "tối thiểu", "trước"}); e != kNone) {
      if (const auto off = offset_at(e)) {
        a.offset = off->offset;
        a.offset->amount = -a.offset->amount;
        a.last = off->end;
      }
    }
  }
  return a;
}

// A day of the week at i: "thứ Hai" … "thứ Bảy", "thứ 2" … "thứ 7", "Chủ nhật". Not after a
// word that makes "thứ N" an ordinal ("tháng thứ 2", "lần thứ ba"). Returns the end, or kNone.
std::size_t Reader::weekday_at(std::size_t i, Weekday& w) const {
  if (std::size_t e = seq(i, "chủ nhật"); e != kNone) {
    w = Weekday::sunday;
    return e;
  }
  if (!is(i, "thứ")) return kNone;
  // "ngày thứ 5 kể từ …", "ngày thứ năm sau khi …": the fifth day, counted from an event.
  if (i > 0 && is(i - 1, "ngày") && any(i + 2, {"kể từ", "tính từ", "sau", "từ"}) != kNone) {
    return kNone;
  }
  if (i > 0 && is_word(i - 1)) {
    for (std::string_view ordinal : {"tháng", "lần", "năm", "quý", "tuần", "kỳ", "đợt", "bước",
                                     "khóa", "điều", "khoản", "mục", "phần"}) {
      if (is(i - 1, ordinal)) return kNone;
    }
  }
  static constexpr std::array<std::string_view, 6> names{"hai", "ba", "tư", "năm", "sáu", "bảy"};
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (is(i + 1, names[k])) {
      w = static_cast<Weekday>(k + 1);
      return i + 2;
    }
  }
  if (is_num(i + 1) && t_[i + 1].text.size() == 1 && value(i + 1) >= 2 && value(i + 1) <= 7) {
    w = static_cast<Weekday>(value(i + 1) - 1);
    return i + 2;
  }
  return kNone;
}

// A part of the day before or after a day of the week: "(đầu | cuối | giữa) (giờ | buổi) sáng /
// trưa / chiều / tối". The model counts in days, so it only confirms the day. Returns the end,
// or kNone.
std::size_t Reader::part_of_day_at(std::size_t i) const {
  std::size_t j = i;
  if (is(j, "đầu") || is(j, "cuối") || is(j, "giữa")) ++j;
  if (is(j, "giờ") || is(j, "buổi")) ++j;
  if (is(j, "sáng") || is(j, "trưa") || is(j, "chiều") || is(j, "tối")) return j + 1;
  return kNone;
}

// Days of the week: "(vào | trước | chậm nhất) (các | những) (ngày) thứ Ba, thứ Năm và Chủ nhật",
// "cuối giờ chiều thứ Sáu", and "(vào) các ngày cố định" (days fixed elsewhere: none named). A
// weekday followed by its date ("thứ Sáu, ngày 15/3/2024") is that date: a day atom.
std::optional<Atom> Reader::weekdays(std::size_t i) const {
  std::size_t j = i;
  Atom a;
  a.kind = AtomKind::weekday;
  a.first = i;
  if (std::size_t e = any(j, {"hoàn thành trước", "trước"}); e != kNone) {
    a.relation = DueRelation::before;
    j = e;
  } else if (std::size_t e2 = any(j, {"chậm nhất là vào", "chậm nhất là", "chậm nhất vào",
                                      "chậm nhất", "vào"});
             e2 != kNone) {
    j = e2;
  }
  if (std::size_t e = any(j, {"các", "những"}); e != kNone) j = e;
  const bool ngay = is(j, "ngày");
  if (ngay) ++j;
  if (ngay && is(j, "cố") && is(j + 1, "định")) {
    a.last = j + 2;
    return a;
  }
  Weekday w = Weekday::monday;
  std::size_t end = kNone;
  for (std::size_t k = j;;) {
    if (std::size_t p = part_of_day_at(k); p != kNone) k = p;
    const std::size_t e = weekday_at(k, w);
    if (e == kNone) break;
    if (std::find(a.weekdays.begin(), a.weekdays.end(), w) == a.weekdays.end()) a.weekdays.push_back(w);
    end = e;
    if (std::size_t p = part_of_day_at(end); p != kNone) end = p;
    k = end;
    if (is(k, ",") || is(k, "và") || is(k, "hoặc")) {
      Weekday next = Weekday::monday;
      std::size_t m = k + 1;
      if (std::size_t p = part_of_day_at(m); p != kNone) m = p;
      if (weekday_at(m, next) == kNone) break;
      k = k + 1;
      continue;
    }
    break;
  }
  if (a.weekdays.empty()) return std::nullopt;
  std::sort(a.weekdays.begin(), a.weekdays.end());
  a.last = end;
  // "thứ Sáu, ngày 15/3/2024": the weekday names the date's day.
  std::size_t d = end;
  if (is(d, ",")) ++d;
  if (const auto dated = day_at(d, false); dated && dated->first.full) {
    if (a.weekdays.size() != 1 || dated->first.full->weekday() != a.weekdays.front()) {
      throw Unreadable{"the day of the week and the date of " + quoted(i, dated->second) +
                       " disagree"};
    }
    Atom day;
    day.kind = AtomKind::day;
    day.first = i;
    day.last = dated->second;
    day.relation = a.relation;
    day.days.push_back(dated->first);
    return day;
  }
  return a;
}

// Time words the model cannot hold: the lunar calendar, school years.
std::optional<Atom> Reader::lexicon(std::size_t i) const {
  std::string reason;
  std::size_t e = kNone;
  if (std::size_t l = seq(i, "âm lịch"); l != kNone) {
    e = l;
    reason = "the lunar calendar (" + quoted(i, e) + ") is not read";
  } else if (std::size_t y = seq(i, "năm học"); y != kNone) {
    e = y;
    reason = "a school year (" + quoted(i, std::min(y + 3, size())) + ") is not read";
  } else {
    return std::nullopt;
  }
  Atom a;
  a.kind = AtomKind::unsupported;
  a.first = i;
  a.last = e;
  a.reason = std::move(reason);
  return a;
}

std::optional<Atom> Reader::atom_at(std::size_t i) const {
  if (auto a = citation(i)) return a;
  if (auto a = lexicon(i)) return a;
  if (auto a = weekdays(i)) return a;
  if (auto a = range(i)) return a;
  if (auto a = day(i)) return a;
  if (auto a = period(i)) return a;
  if (auto a = cadence(i)) return a;
  if (auto a = report(i)) return a;
  if (auto a = regular(i)) return a;
  if (auto a = on_request(i)) return a;
  if (auto a = upstream(i)) return a;
  if (auto a = event(i)) return a;
  return std::nullopt;
}

bool is_time_word(std::string_view w) {
  return w == "ngày" || w == "tháng" || w == "quý" || w == "tuần" || w == "giờ" || w == "năm" ||
         w == "kỳ" || w == "hạn" || w == "lần";
}

bool is_modifier(std::string_view w) {
  return w == "giữa" || w == "đầu" || w == "cuối" || w == "từ" || w == "sau" || w == "khoảng" ||
         w == "kể" || w == "hết" || w == "trước" || w == "đến" || w == "tới";
}

std::vector<Atom> Reader::scan() const {
  std::vector<Atom> atoms;
  std::size_t modifier = kNone;  // a leftover modifier word right before i
  for (std::size_t i = 0; i < size();) {
    std::optional<Atom> a;
    try {
      a = atom_at(i);
      // "hằng tháng, quý và năm", "hằng năm và 05 năm": a list after a cadence goes on with it.
      if (!a && !atoms.empty() && atoms.back().kind == AtomKind::connector &&
          atoms.back().connector != ';') {
        for (auto it = atoms.rbegin(); it != atoms.rend(); ++it) {
          if (it->kind == AtomKind::connector) continue;
          if (it->kind == AtomKind::cadence && it->distributive) a = listed_cadence(i);
          break;
        }
      }
    } catch (Unreadable& u) {
      // The rest of this clause is not read: the phrase is unparsed anyway, and one reason per
      // clause is clearer than the same one found again at every later word.
      Atom bad;
      bad.kind = AtomKind::unsupported;
      bad.first = i;
      bad.last = i + 1;
      while (bad.last < size() && !is(bad.last, ";") && !is(bad.last, ".") &&
             !is(bad.last, ",") && !is(bad.last, "hoặc") && !is(bad.last, "và")) {
        ++bad.last;
      }
      bad.reason = std::move(u.reason);
      a = std::move(bad);
    }
    if (a && a->last > i) {
      if (modifier != kNone && modifier + 1 == i) {
        Atom bad;
        bad.kind = AtomKind::unsupported;
        bad.first = modifier;
        bad.last = a->last;
        bad.reason = "not understood: " + quoted(modifier, a->last);
        atoms.push_back(std::move(bad));
      }
      modifier = kNone;
      i = a->last;
      atoms.push_back(std::move(*a));
      continue;
    }
    const Token& t = t_[i];
    Atom c;
    c.kind = AtomKind::connector;
    c.first = i;
    c.last = i + 1;
    if (t.text == ";" || t.text == ".") c.connector = ';';
    if (t.text == ",") c.connector = ',';
    if (t.text == "hoặc" || t.text == "hay") c.connector = 'o';
    if (t.text == "và") c.connector = 'v';
    if (c.connector != 0) {
      atoms.push_back(c);
    } else if (t.kind == TokenKind::word && is_time_word(t.text)) {
      Atom bad;
      bad.kind = AtomKind::unsupported;
      bad.first = i;
      bad.last = i + 1;
      bad.reason = "not understood: " +
                   quoted(i > 0 && t_[i - 1].kind == TokenKind::word ? i - 1 : i,
                          std::min(i + 3, size()));
      atoms.push_back(std::move(bad));
    } else if (t.kind == TokenKind::number && (is_sep(i + 1) && is_num(i + 2))) {
      Atom bad;
      bad.kind = AtomKind::unsupported;
      bad.first = i;
      bad.last = i + 3;
      bad.reason = "not understood: " + quoted(i, std::min(i + 5, size()));
      atoms.push_back(std::move(bad));
      i += 3;
      modifier = kNone;
      continue;
    }
    modifier = t.kind == TokenKind::word && is_modifier(t.text) ? i : kNone;
    ++i;
  }
  return atoms;
}

// ---- building timeframes ---------------------------------------------------------------------

Date Reader::make_date(int year, int month, int day, std::size_t first, std::size_t last) const {
  try {
    return Date(year, month, day);
  } catch (const ValidationError&) {
    throw Unreadable{"there is no such day as " + quoted(first, last)};
  }
}

DateRange Reader::period_range(const PeriodSpec& p, std::optional<int> year_for_none) const {
  int y = 0;
  switch (p.year.kind) {
    case YearRef::Kind::absolute: y = p.year.value; break;
    case YearRef::Kind::document: y = ctx_.year + p.year.value; break;
    default: y = year_for_none.value_or(ctx_.year); break;
  }
  try {
    if (p.kind == PeriodKind::years) {
      if (p.last_year < y) {
        throw Unreadable{"the years " + std::to_string(y) + "–" + std::to_string(p.last_year) +
                         " run backwards"};
      }
      return DateRange(Date(y, 1, 1), Date(p.last_year, 12, 31));
    }
    return DateRange(Date(y, p.first_month, 1), Date(y, p.last_month, 1).last_of_month());
  } catch (const ValidationError&) {
    throw Unreadable{"the year " + std::to_string(y) + " is outside the calendar"};
  }
}

bool has_year(const PeriodSpec& p) { return p.year.kind != YearRef::Kind::none; }

/// One year when the plan's window lies in one calendar year.
std::optional<int> single_year(const std::optional<DateRange>& window) {
  if (!window || window->first().year() != window->last().year()) return std::nullopt;
  return window->first().year();
}

std::vector<std::pair<std::size_t, Timeframe>> Reader::build(const std::vector<Atom>& group) const {
  std::vector<std::pair<std::size_t, Timeframe>> out;
  const auto text_of = [&](const Atom& a) { return original(a.first, a.last); };
  const auto group_text = [&]() { return original(group.front().first, group.back().last); };

  std::vector<const Atom*> cadences, reports, days, ranges, periods, regulars, requests,
      upstreams, citations, events, weekdays;
  for (const Atom& a : group) {
    switch (a.kind) {
      case AtomKind::cadence: cadences.push_back(&a); break;
      case AtomKind::report: reports.push_back(&a); break;
      case AtomKind::day: days.push_back(&a); break;
      case AtomKind::range: ranges.push_back(&a); break;
      case AtomKind::period: periods.push_back(&a); break;
      case AtomKind::regular: regulars.push_back(&a); break;
      case AtomKind::on_request: requests.push_back(&a); break;
      case AtomKind::upstream: upstreams.push_back(&a); break;
      case AtomKind::citation: citations.push_back(&a); break;
      case AtomKind::event: events.push_back(&a); break;
      case AtomKind::weekday: weekdays.push_back(&a); break;
      default: break;
    }
  }

  // The cadence: named cadences must agree; a report's cadence stands in for a missing one.
  std::optional<Cadence> cadence;
  bool cadence_named = false;
  for (const Atom* c : cadences) {
    if (!c->cadence) continue;
    if (cadence && *cadence != *c->cadence) {
      throw Unreadable{"two cadences in one clause: " + quote(group_text(), 80)};
    }
    cadence = c->cadence;
    cadence_named = true;
  }
  if (!cadence) {
    for (const Atom* r : reports) {
      if (r->cadence) cadence = r->cadence;
    }
  }
  // "03 lần/tuần": as many days of the week as times.
  int times = 1;
  for (const Atom* c : cadences) times = std::max(times, c->times);
  if (times > 1) {
    std::size_t named = 0;
    for (const Atom* w : weekdays) named += w->weekdays.size();
    if (named != static_cast<std::size_t>(times)) {
      throw Unreadable{quote(group_text(), 80) + " says " + std::to_string(times) +
                       " times a week but names " + std::to_string(named) +
                       " of its days: \"" + std::to_string(times) +
                       " lần/tuần\" without its days is not a cadence the model has"};
    }
  }
  bool cyclic = !cadences.empty() || !reports.empty() || !weekdays.empty();
  for (const Atom* d : days) {
    for (const DaySpec& s : d->days) {
      cyclic = cyclic || s.year.kind == YearRef::Kind::cycle || s.month_of_period ||
               s.months_before || s.period_cadence || s.reporting_period;
    }
  }
  for (const Atom* r : ranges) {
    for (const DaySpec& s : r->days) cyclic = cyclic || s.year.kind == YearRef::Kind::cycle;
  }

  // Periods with a year are windows or anchors; those without are qualifiers of a yearly rule,
  // or (alone) periods of the context year.
  std::vector<bool> period_used(periods.size(), false);
  const auto take_window = [&]() -> std::optional<DateRange> {
    for (std::size_t k = 0; k < periods.size(); ++k) {
      if (period_used[k]) continue;
      period_used[k] = true;
      return period_range(periods[k]->period, std::nullopt);
    }
    return std::nullopt;
  };
  std::optional<int> anchor;
  std::optional<std::size_t> anchor_period;
  for (std::size_t k = 0; k < periods.size(); ++k) {
    const PeriodSpec& p = periods[k]->period;
    if (has_year(p) && p.kind != PeriodKind::years) {
      anchor = period_range(p, std::nullopt).first().year();
      anchor_period = k;
      break;
    }
  }
  if (!anchor && !cyclic) anchor = single_year(ctx_.plan_window);

  // Whether a day lacks a year the phrase can give it, so it is a day of a yearly cycle.
  const auto is_rule_day = [&](const DaySpec& s) {
    if (s.month_of_period || s.months_before || s.period_cadence || s.reporting_period || !s.month) {
      return true;
    }
    switch (s.year.kind) {
      case YearRef::Kind::absolute:
      case YearRef::Kind::document: return false;
      case YearRef::Kind::cycle: return true;
      default: return cyclic || !anchor;
    }
  };
  const auto dated = [&](const DaySpec& s, std::size_t first, std::size_t last) {
    if (s.full) return *s.full;
    int y = 0;
    switch (s.year.kind) {
      case YearRef::Kind::absolute: y = s.year.value; break;
      case YearRef::Kind::document: y = ctx_.year + s.year.value; break;
      default:
        y = *anchor + s.year.value;
        if (anchor_period) period_used[*anchor_period] = true;
        break;
    }
    return make_date(y, *s.month, s.day, first, last);
  };
  const auto recurring = [&](Cadence c, std::optional<DayRule> rule) {
    RecurringTimeframe r;
    r.cadence = c;
    r.day_rule = rule;
    // A window with a year bounds the rule ("Trong năm 2024, trước ngày 20 hằng tháng").
    for (std::size_t k = 0; k < periods.size(); ++k) {
      if (!period_used[k] && has_year(periods[k]->period)) {
        r.window = period_range(periods[k]->period, std::nullopt);
        period_used[k] = true;
        break;
      }
    }
    return r;
  };
  // A yearly rule for a day of month `month`, `years_after` the period's year: in the year
  // after, months counted from the period's first month; in the year before, months before it.
  const auto yearly_rule = [&](DueRelation rel, int day, int month, int years_after,
                               const Atom& a) -> DayRule {
    if (years_after < -1) {
      throw Unreadable{"a day more than a year before the period (" + quote(text_of(a), 60) +
                       ") cannot be written as a DayRule"};
    }
    if (years_after == -1) return DayRule{rel, day, std::nullopt, 0, 13 - month};
    if (years_after == 0) return DayRule{rel, day, month, 0};
    return DayRule{rel, day, std::nullopt, 12 * years_after + month};
  };
  // Fixed days of the year as one rule of a cadence shorter than a year, if they make one.
  const auto sub_yearly_rule = [&](Cadence c, DueRelation rel,
                                   const std::vector<DaySpec>& specs) -> std::optional<DayRule> {
    std::optional<DayRule> rule;
    std::vector<int> seen;
    for (const DaySpec& s : specs) {
      const auto place = place_in_period(c, *s.month, std::max(0, s.year.value));
      if (!place || s.year.value < 0) return std::nullopt;
      const DayRule r{rel, rule_day_of(s.day, *s.month), std::nullopt, place->second};
      if (rule && !(*rule == r)) return std::nullopt;
      if (std::find(seen.begin(), seen.end(), place->first) != seen.end()) return std::nullopt;
      seen.push_back(place->first);
      rule = r;
    }
    return rule;
  };

  // ---- on request, regular, upstream schedules, events ----
  for (const Atom* a : requests) {
    out.emplace_back(a->first, Timeframe(text_of(*a), OnRequestTimeframe{a->parties}));
  }
  for (const Atom* a : regulars) {
    RegularTimeframe r;
    r.window = take_window();
    if (!r.window) r.window = ctx_.plan_window;
    out.emplace_back(a->first, Timeframe(group_text(), r));
  }
  for (const Atom* a : upstreams) {
    UpstreamScheduleTimeframe u;
    u.source_bodies = a->parties;
    u.source_document = a->document;
    if (!u.source_document && !citations.empty()) u.source_document = citations.front()->document;
    u.window = take_window();
    out.emplace_back(a->first, Timeframe(group_text(), u));
  }
  for (const Atom* a : events) {
    AfterEventTimeframe e;
    e.trigger = a->trigger;
    e.trigger_by = a->parties;
    e.offset = a->offset;
    e.window = take_window();
    out.emplace_back(a->first, Timeframe(group_text(), e));
  }
  const bool consumed_cadence = !regulars.empty();  // "thường xuyên hằng năm" is regular work

  // ---- deadlines ----
  for (const Atom* a : days) {
    std::vector<DaySpec> fixed;  // days of the year without a year
    for (const DaySpec& s : a->days) {
      if (!is_rule_day(s)) {
        if (cadence_named) {
          throw Unreadable{"a cadence with a dated deadline: " + quote(group_text(), 80)};
        }
        out.emplace_back(a->first, Timeframe(text_of(*a),
                                             DueTimeframe{dated(s, a->first, a->last),
                                                          a->relation}));
        continue;
      }
      if (s.month_of_period || s.months_before || s.period_cadence || s.reporting_period) {
        // "ngày 25 của tháng cuối quý", "ngày 10 của tháng tiếp theo", "… cuối kỳ báo cáo",
        // "ngày 15 của tháng liền kề trước quý".
        std::optional<Cadence> c = s.period_cadence;
        const bool next_or_previous_month = s.month_of_period == -1 || s.months_before;
        if (s.reporting_period || (c && cadence && *c != *cadence && cadence_named &&
                                   next_or_previous_month && *c == Cadence::monthly)) {
          c = cadence;
        } else if (c && cadence_named && *c != *cadence) {
          throw Unreadable{"the cadence and the period of " + quote(text_of(*a), 60) +
                           " disagree"};
        }
        if (!s.month_of_period && !s.months_before) {  // "tháng cuối năm": a month of the year
          out.emplace_back(a->first,
                           Timeframe(group_text(),
                                     recurring(Cadence::yearly,
                                               DayRule{a->relation, s.day, s.month, 0})));
          continue;
        }
        out.emplace_back(
            a->first,
            Timeframe(group_text(),
                      recurring(c.value_or(Cadence::ad_hoc),
                                DayRule{a->relation, s.day, std::nullopt,
                                        s.month_of_period.value_or(0), s.months_before.value_or(0)})));
        continue;
      }
      if (!s.month) {
        // "trước ngày 20 hằng tháng", "ngày 30 hàng tháng".
        if (cadence && *cadence == Cadence::monthly) {
          out.emplace_back(a->first,
                           Timeframe(group_text(),
                                     recurring(Cadence::monthly,
                                               DayRule{a->relation, s.day, std::nullopt, 0})));
          continue;
        }
        throw Unreadable{"the month of " + quote(text_of(*a), 60) + " is not named"};
      }
      fixed.push_back(s);
    }
    if (fixed.empty()) continue;
    const Cadence c = cadence.value_or(Cadence::yearly);
    if (c == Cadence::weekly || c == Cadence::ad_hoc || c == Cadence::once ||
        c == Cadence::five_yearly) {
      throw Unreadable{"a day of the year with a " + std::string(to_string(c)) +
                       " cadence: " + quote(group_text(), 80)};
    }
    if (c != Cadence::yearly) {
      if (const auto rule = sub_yearly_rule(c, a->relation, fixed)) {
        out.emplace_back(a->first, Timeframe(group_text(), recurring(c, rule)));
        continue;
      }
      throw Unreadable{"the days of " + quote(text_of(*a), 60) + " do not follow the cadence"};
    }
    if (fixed.size() > 1) {
      std::optional<Cadence> several;
      if (fixed.size() == 2) several = Cadence::half_yearly;
      if (fixed.size() == 4) several = Cadence::quarterly;
      if (fixed.size() == 12) several = Cadence::monthly;
      if (several) {
        if (const auto rule = sub_yearly_rule(*several, a->relation, fixed)) {
          out.emplace_back(a->first, Timeframe(group_text(), recurring(*several, rule)));
          continue;
        }
      }
    }
    for (const DaySpec& s : fixed) {
      const DayRule rule = yearly_rule(a->relation, s.day, *s.month, s.year.value, *a);
      out.emplace_back(a->first,
                       Timeframe(fixed.size() == 1 ? group_text() : text_of(*a),
                                 recurring(Cadence::yearly, rule)));
    }
  }

  // ---- ranges ----
  for (const Atom* a : ranges) {
    DaySpec from = a->days[0];
    const DaySpec& to = a->days[1];
    if (!from.month) from.month = to.month;
    if (from.year.kind == YearRef::Kind::none) from.year = to.year;
    if (!is_rule_day(to)) {
      Date last = dated(to, a->first, a->last);
      DaySpec f = from;
      if (!f.full || a->days[0].year.kind == YearRef::Kind::none) f.full.reset();
      Date first = dated(f, a->first, a->last);
      if (first > last && a->days[0].year.kind == YearRef::Kind::none) {
        first = make_date(last.year() - 1, first.month(), first.day(), a->first, a->last);
      }
      if (first > last) {
        throw Unreadable{"the range " + quote(text_of(*a), 60) + " runs backwards"};
      }
      out.emplace_back(a->first,
                       Timeframe(text_of(*a),
                                 WithinTimeframe{DateRange(first, last),
                                                 first == last ? PeriodKind::day
                                                               : PeriodKind::range}));
      continue;
    }
    // A half of the year restated with its own span ("6 tháng đầu năm từ ngày 1/1 đến 30/6
    // (hằng năm)", "06 tháng cuối năm từ ngày 1/7 đến 31/12") defines the six-month period, as
    // reporting regimes set their periods: a half-yearly cycle, due at each half's end.
    bool defines_half = false;
    for (std::size_t k = 0; k < periods.size() && !defines_half; ++k) {
      const PeriodSpec& p = periods[k]->period;
      if (period_used[k] || has_year(p) || p.kind != PeriodKind::half_year) continue;
      if (from.day == 1 && from.month == p.first_month && to.month == p.last_month &&
          to.day == month_end(p.last_month) && a->days[0].year.kind == YearRef::Kind::none &&
          (to.year.kind == YearRef::Kind::none || to.year.value == 0)) {
        period_used[k] = true;
        defines_half = true;
      }
    }
    if (defines_half) {
      if (cadence_named && *cadence != Cadence::yearly && *cadence != Cadence::half_yearly) {
        throw Unreadable{"the cadence and the six months of " + quote(group_text(), 80) +
                         " disagree"};
      }
      out.emplace_back(a->first, Timeframe(group_text(), recurring(Cadence::half_yearly, std::nullopt)));
      continue;
    }
    // A window of every year, due by its last day.
    int years_after = to.year.kind == YearRef::Kind::none ? 0 : to.year.value;
    const Cadence c = cadence.value_or(Cadence::yearly);
    if (c != Cadence::yearly) {
      DaySpec end = to;
      end.year.value = years_after;
      if (const auto rule = sub_yearly_rule(c, DueRelation::by, {end})) {
        out.emplace_back(a->first, Timeframe(group_text(), recurring(c, rule)));
        continue;
      }
      throw Unreadable{"the window " + quote(text_of(*a), 60) + " does not follow the cadence"};
    }
    out.emplace_back(a->first,
                     Timeframe(group_text(),
                               recurring(Cadence::yearly,
                                         yearly_rule(DueRelation::by, to.day, *to.month,
                                                     years_after, *a))));
  }

  // ---- days of the week: a weekly rule ----
  for (const Atom* a : weekdays) {
    if (a->weekdays.empty()) {
      // "vào các ngày cố định hằng tuần": the days are set elsewhere; the cadence is the rule.
      if (!cadence_named || !cadence) {
        throw Unreadable{"days fixed elsewhere (" + quote(text_of(*a), 60) +
                         ") without a cadence"};
      }
      out.emplace_back(a->first, Timeframe(group_text(), recurring(*cadence, std::nullopt)));
      continue;
    }
    // A day of the week without a date recurs every week ("Vào cuối giờ chiều thứ Sáu").
    if (cadence && *cadence != Cadence::weekly) {
      throw Unreadable{"a day of the week under a " + std::string(to_string(*cadence)) +
                       " cadence (" + quote(group_text(), 80) + ") is not a DayRule"};
    }
    DayRule rule{a->relation};
    rule.weekdays = a->weekdays;
    out.emplace_back(a->first, Timeframe(group_text(), recurring(Cadence::weekly, rule)));
  }

  // ---- a cadence with no day: alone, or with a period of every year ----
  if (days.empty() && ranges.empty() && weekdays.empty() && !cadences.empty() && !consumed_cadence) {
    const Cadence c = cadence.value_or(Cadence::ad_hoc);
    bool done = false;
    for (std::size_t k = 0; k < periods.size(); ++k) {
      const PeriodSpec& p = periods[k]->period;
      if (has_year(p) || period_used[k] || p.kind == PeriodKind::years) continue;
      period_used[k] = true;
      if (c == Cadence::five_yearly) {
        // Which year of the five the part belongs to is not said.
        throw Unreadable{"a part of a year in a five-year cycle (" + quote(group_text(), 80) +
                         ") is not a DayRule"};
      }
      if (c == Cadence::yearly) {
        // "Quý II hằng năm", "tháng 7 hằng năm": by the period's last day, every year.
        out.emplace_back(periods[k]->first,
                         Timeframe(group_text(),
                                   recurring(Cadence::yearly,
                                             DayRule{DueRelation::by, month_end(p.last_month),
                                                     p.last_month, 0})));
      } else {
        RecurringTimeframe r = recurring(c, std::nullopt);
        r.window = period_range(p, std::nullopt);
        out.emplace_back(periods[k]->first, Timeframe(group_text(), r));
      }
      done = true;
    }
    if (!done) {
      out.emplace_back(cadences.front()->first, Timeframe(group_text(), recurring(c, std::nullopt)));
    }
  }

  // ---- periods left over: inside that period ----
  const bool has_rule_parts = !days.empty() || !ranges.empty() || !weekdays.empty();
  for (std::size_t k = 0; k < periods.size(); ++k) {
    if (period_used[k]) continue;
    const PeriodSpec& p = periods[k]->period;
    // A period without its year next to a rule only says which one it is ("6 tháng đầu năm vào
    // ngày 25 tháng 5").
    if (!has_year(p) && has_rule_parts) continue;
    out.emplace_back(periods[k]->first,
                     Timeframe(text_of(*periods[k]),
                               WithinTimeframe{period_range(p, std::nullopt), p.kind}));
  }
  std::sort(out.begin(), out.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

std::vector<std::pair<std::size_t, Timeframe>> Reader::read() {
  const std::vector<Atom> atoms = scan();
  std::string problems;
  std::vector<std::string_view> seen;
  for (const Atom& a : atoms) {
    if (a.kind != AtomKind::unsupported) continue;
    if (std::find(seen.begin(), seen.end(), a.reason) != seen.end()) continue;
    seen.push_back(a.reason);
    if (!problems.empty()) problems += "; ";
    problems += a.reason;
  }
  if (!problems.empty()) throw Unreadable{problems};

  // Clauses: split at ';', '.', "hoặc"; at "và" / "," only between two complete sides.
  struct Group {
    std::vector<Atom> atoms;
    char before = 0;  ///< the connector before the group
  };
  std::vector<Group> groups;
  char pending = 0;
  const auto strength = [](char c) {
    return c == ';' ? 4 : c == 'o' ? 3 : c == 'v' ? 2 : c == ',' ? 1 : 0;
  };
  for (const Atom& a : atoms) {
    if (a.kind == AtomKind::connector) {
      if (strength(a.connector) > strength(pending)) pending = a.connector;
      continue;
    }
    if (groups.empty() || pending != 0) {
      groups.push_back(Group{{}, groups.empty() ? char{0} : pending});
      pending = 0;
    }
    groups.back().atoms.push_back(a);
  }
  const auto has = [](const std::vector<Atom>& g, std::initializer_list<AtomKind> kinds) {
    for (const Atom& a : g) {
      for (AtomKind k : kinds) {
        if (a.kind == k) return true;
      }
    }
    return false;
  };
  const auto primary = [&](const std::vector<Atom>& g) {
    return has(g, {AtomKind::day, AtomKind::range, AtomKind::weekday, AtomKind::regular,
                   AtomKind::on_request, AtomKind::upstream, AtomKind::event});
  };
  const auto only = [&](const std::vector<Atom>& g, AtomKind k) {
    return has(g, {k}) && !primary(g) &&
           !has(g, {k == AtomKind::period ? AtomKind::cadence : AtomKind::period});
  };
  std::vector<Group> clauses;
  for (Group& g : groups) {
    if (clauses.empty()) {
      clauses.push_back(std::move(g));
      continue;
    }
    Group& cur = clauses.back();
    const bool split =
        g.before == ';' || g.before == 'o' || (primary(cur.atoms) && primary(g.atoms)) ||
        (only(cur.atoms, AtomKind::period) && only(g.atoms, AtomKind::period)) ||
        (only(cur.atoms, AtomKind::cadence) && only(g.atoms, AtomKind::cadence));
    if (split) {
      clauses.push_back(std::move(g));
    } else {
      cur.atoms.insert(cur.atoms.end(), g.atoms.begin(), g.atoms.end());
    }
  }
  // "Quý II và Quý IV hằng năm", "tháng 7 và tháng 8/2024": a cadence or a year written once, on
  // the last of several periods, holds for all of them.
  for (std::size_t k = clauses.size(); k-- > 1;) {
    Group& later = clauses[k];
    Group& earlier = clauses[k - 1];
    if (later.before != 'v' && later.before != ',') continue;
    if (!only(earlier.atoms, AtomKind::period)) continue;
    for (const Atom& a : later.atoms) {
      if (a.kind == AtomKind::cadence && !has(earlier.atoms, {AtomKind::cadence})) {
        earlier.atoms.push_back(a);
      }
    }
    const Atom* last_period = nullptr;
    for (const Atom& a : later.atoms) {
      if (a.kind == AtomKind::period) last_period = &a;
    }
    if (last_period && has_year(last_period->period) &&
        last_period->period.kind != PeriodKind::years) {
      for (Atom& a : earlier.atoms) {
        if (a.kind == AtomKind::period && !has_year(a.period)) a.period.year = last_period->period.year;
      }
    }
  }
  std::vector<std::pair<std::size_t, Timeframe>> parts;
  for (const Group& c : clauses) {
    auto built = build(c.atoms);
    parts.insert(parts.end(), std::make_move_iterator(built.begin()),
                 std::make_move_iterator(built.end()));
  }
  return parts;
}

/// The same timeframe with the whole phrase as its text.
Timeframe with_text(std::string text, const Timeframe& t) {
  switch (t.kind()) {
    case TimeframeKind::regular: return Timeframe(std::move(text), t.regular());
    case TimeframeKind::due: return Timeframe(std::move(text), t.due());
    case TimeframeKind::within: return Timeframe(std::move(text), t.within());
    case TimeframeKind::recurring: return Timeframe(std::move(text), t.recurring());
    case TimeframeKind::upstream_schedule: return Timeframe(std::move(text), t.upstream_schedule());
    case TimeframeKind::after_event: return Timeframe(std::move(text), t.after_event());
    case TimeframeKind::on_request: return Timeframe(std::move(text), t.on_request());
    case TimeframeKind::composite: return Timeframe(std::move(text), t.composite());
    case TimeframeKind::unparsed: break;
  }
  return Timeframe(std::move(text), t.unparsed());
}

}  // namespace

Timeframe parse_timeframe(std::string_view text, const PhraseContext& context) {
  detail::require_utf8(text, "timeframe");
  if (context.year < WorkCalendar::first_year || context.year > WorkCalendar::last_year) {
    throw ValidationError("timeframe.context_year",
                          "a context year from " + std::to_string(WorkCalendar::first_year) +
                              " to " + std::to_string(WorkCalendar::last_year),
                          std::to_string(context.year));
  }
  std::string original(text);
  if (text.size() > kMaxBytes) {
    return Timeframe(std::move(original),
                     UnparsedTimeframe{"the text is too long for a timeframe phrase (" +
                                       std::to_string(text.size()) + " bytes; at most " +
                                       std::to_string(kMaxBytes) + ")"});
  }
  const tt::FoldedText folded = tt::fold_for_matching(tt::to_nfc(text));
  if (folded.folded.empty()) {
    return Timeframe(std::move(original), UnparsedTimeframe{"the text is empty"});
  }
  try {
    Reader reader(folded, context);
    auto parts = reader.read();
    if (parts.empty()) {
      return Timeframe(std::move(original),
                       UnparsedTimeframe{"no timeframe found in " + quote(folded.nfc, 80)});
    }
    if (parts.size() == 1) return with_text(std::move(original), parts.front().second);
    CompositeTimeframe c;
    for (auto& p : parts) c.parts.push_back(std::move(p.second));
    return Timeframe(std::move(original), std::move(c));
  } catch (const Unreadable& u) {
    return Timeframe(std::move(original), UnparsedTimeframe{u.reason});
  }
}

}  // namespace govplan
