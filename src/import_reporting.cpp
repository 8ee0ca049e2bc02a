// import_reporting.cpp — see include/govplan/import.hpp (parse_reporting_duty).
//
// A reporting sentence is read in five passes over its words (import_text.hpp, so case, NFD and
// tone-mark placement do not matter):
//   1. the duty: a reporting verb ("báo cáo", "gửi" with something to send, "trình", "thông tin
//      về") — none, and the sentence states no duty;
//   2. the stream it is folded into: "lồng ghép trong/vào báo cáo …";
//   3. the recipient: the body after the verb or after "về", "đến", "cho", "với" ("báo cáo UBND
//      tỉnh", "gửi về UBND thành phố"), lists joined by "," and "và"; the intermediary after
//      "qua" ("(qua Phòng Tư pháp)"). A purpose clause ("để tổng hợp, báo cáo Bộ …") is the next
//      body's duty, not this one: reading stops there;
//   4. the cadence: "định kỳ 6 tháng", "hằng năm", "hằng quý", "hằng tháng", "đột xuất", "nếu
//      có", "khi có yêu cầu" (the most frequent periodic cadence wins; a periodic one over ad
//      hoc; nothing said is a single report);
//   5. the due rules: "trước ngày 15/11/2024", "trước ngày 31 tháng 12", "trước ngày 15 tháng 01
//      của năm sau", "trước ngày 15 tháng 02 của năm liền kề sau năm đánh giá", "trước ngày 25
//      hằng tháng", "trước ngày 15 của tháng đầu quý sau", "chậm nhất 10 ngày kể từ khi kết thúc
//      kỳ báo cáo", "02 ngày làm việc sau ngày chốt số liệu", and a time after an event the
//      sentence names: "chậm nhất (là) sau 15 ngày kể từ khi kết thúc thiên tai", "trong thời hạn
//      05 ngày làm việc kể từ ngày nhận được yêu cầu", "05 ngày làm việc sau khi … quyết định …".
// The timeframe phrases a reporting sentence uses are read here, not by parse_timeframe.
#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/import.hpp"
#include "import_text.hpp"
#include "text.hpp"

namespace govplan {

namespace {

using import_detail::BodyMode;
using import_detail::BodySpan;
using import_detail::Phrase;
using import_detail::Token;

// A literal word or phrase the parser looks for, keyed once per thread.
const Phrase& word(std::string_view w) { return import_detail::cached_phrase(w); }

bool is(const std::vector<Token>& t, std::size_t i, std::string_view w) {
  return import_detail::matches(t, i, word(w));
}

bool is(const std::vector<Token>& t, std::size_t i, std::string_view w, std::size_t& end) {
  return import_detail::matches(t, i, word(w), end);
}

bool contains(const std::vector<Token>& t, std::size_t first, std::size_t last,
              std::string_view w) {
  for (std::size_t k = first; k < last && k < t.size(); ++k) {
    if (is(t, k, w)) return true;
  }
  return false;
}

// A date written as a day and month, maybe a year, relative to a report's period or not.
struct DueItem {
  DueRelation relation = DueRelation::before;
  int day = 1;
  std::optional<int> month;          // a month of the year
  std::optional<int> year;           // written in full ("15/11/2024")
  bool next_year = false;            // "… của năm sau"
  bool previous_year = false;        // "… của năm trước", "năm liền kề trước năm kế hoạch"
  std::optional<int> month_of_period;  // "tháng đầu quý sau" → −1, "tháng cuối kỳ" → 0 …
  std::optional<Cadence> implied;    // "hằng tháng" after the day, "tháng cuối quý"
  bool day_only = false;             // "trước ngày 20" in a monthly duty
  std::optional<Offset> after_cutoff;  // "02 ngày làm việc sau ngày chốt số liệu"
  std::optional<DueAfterEvent> after_event;  // "15 ngày kể từ khi kết thúc thiên tai"
  std::pair<std::size_t, std::size_t> event_tokens{0, 0};  // where the event is named
  std::string text;
};

class Reader {
 public:
  Reader(std::string_view text, const std::vector<Token>& tokens, const PhraseContext& context)
      : text_(text), t_(tokens), context_(context) {}

  std::optional<ReportingObligation> run() {
    find_stream();
    const std::optional<std::size_t> verb = duty_verb();
    if (!verb) return std::nullopt;
    ReportingObligation ob;
    ob.text = std::string(detail::trim(text_));
    cut_ = purpose_clause(*verb);
    read_recipient(*verb, ob);
    read_intermediary(*verb, ob);
    ob.reporter = reporter(*verb);
    const Cadence cadence = read_cadence();
    std::vector<DueItem> items = read_due_items();
    if (stream_) {
      // The duty takes the stream's cadence; dates the sentence gives are the stream's dates as
      // the plan states them (plan.hpp: no due of its own beside integrated_into).
      ReportStream stream = make_stream();
      if (stream.cadence == Cadence::ad_hoc && cadence != Cadence::once) stream.cadence = cadence;
      stream.due = make_dues(stream.cadence, items);
      ob.integrated_into = std::move(stream);
      ob.cutoff = CutoffPolicy::decree_09;
      return ob;
    }
    ob.cadence = cadence;
    if (cadence == Cadence::once && per_episode(items)) ob.cadence = Cadence::ad_hoc;
    if (cadence == Cadence::once && periodic_unnamed_) {
      // "báo cáo định kỳ" without its period: days of a month each year are a yearly report;
      // otherwise nothing says when the reports fall, and none is made up (ad hoc).
      const bool yearly_days = std::any_of(items.begin(), items.end(), [](const DueItem& d) {
        return d.month && !d.year;
      });
      ob.cadence = yearly_days ? Cadence::yearly : Cadence::ad_hoc;
    }
    ob.due = make_dues(ob.cadence, items);
    ob.cutoff = (ob.cadence == Cadence::once || ob.cadence == Cadence::ad_hoc)
                    ? CutoffPolicy::none
                    : CutoffPolicy::decree_09;
    return ob;
  }

 private:
  bool in_stream(std::size_t k) const {
    return stream_ && k >= stream_->first && k < stream_->second;
  }

  // "lồng ghép trong báo cáo phổ biến, giáo dục pháp luật định kỳ gửi về …": the stream's name
  // runs from "báo cáo" to the next verb, preposition or time.
  void find_stream() {
    for (std::size_t k = 0; k < t_.size(); ++k) {
      std::size_t after = 0;
      if (!is(t_, k, "lồng ghép", after)) continue;
      if (is(t_, after, "trong") || is(t_, after, "vào")) ++after;
      if (!is(t_, after, "báo cáo")) continue;
      std::size_t end = after + 2;
      for (std::size_t j = after + 2; j < t_.size(); ++j) {
        const Token& tok = t_[j];
        if (!tok.word && tok.key != "," && tok.key != "-") break;
        if (is(t_, j, "gửi") || is(t_, j, "trình") || is(t_, j, "để") || is(t_, j, "nhằm") ||
            is(t_, j, "trước") || is(t_, j, "theo") || is(t_, j, "chậm nhất") ||
            ((is(t_, j, "về") || is(t_, j, "đến") || is(t_, j, "cho")) &&
             import_detail::starts_body(t_, j + 1, BodyMode::recipient))) {
          break;
        }
        if (tok.word) end = j + 1;
      }
      stream_ = std::make_pair(after, end);
      return;
    }
  }

  // The first reporting verb outside the stream's name.
  std::optional<std::size_t> duty_verb() const {
    const bool has_object = contains(t_, 0, t_.size(), "kết quả") ||
                            contains(t_, 0, t_.size(), "danh sách") ||
                            contains(t_, 0, t_.size(), "số liệu") ||
                            contains(t_, 0, t_.size(), "tổng hợp");
    for (std::size_t k = 0; k < t_.size(); ++k) {
      if (in_stream(k)) continue;
      std::size_t after = 0;
      if (is(t_, k, "báo cáo", after)) {
        if (is(t_, after, "viên")) continue;                    // báo cáo viên: a speaker
        if (k > 0 && is(t_, k - 1, "theo")) continue;           // theo báo cáo của: a source
        if (is(t_, after, "số")) continue;                      // Báo cáo số 12/BC-UBND
        return k;
      }
      if (is(t_, k, "trình", after) && !(k > 0 && is(t_, k - 1, "tờ")) &&
          import_detail::starts_body(t_, after, BodyMode::recipient)) {
        return k;
      }
      if (is(t_, k, "gửi", after) && (has_object || stream_)) {
        std::size_t p = after;
        if (is(t_, p, "về") || is(t_, p, "đến") || is(t_, p, "cho") || is(t_, p, "lên")) ++p;
        if (import_detail::starts_body(t_, p, BodyMode::recipient)) return k;
      }
      if ((is(t_, k, "thông tin", after) || is(t_, k, "phản ánh", after)) &&
          (is(t_, after, "về") || is(t_, after, "cho")) &&
          import_detail::starts_body(t_, after + 1, BodyMode::recipient)) {
        return k;
      }
    }
    return std::nullopt;
  }

  // Where this body's duty ends: a purpose clause after the verb that hands the report on ("để
  // tổng hợp, báo cáo Bộ Tư pháp" is the recipient's own duty). A purpose clause that does not
  // ("để tổng hợp trước ngày 01/11/2021") is still this duty's.
  std::size_t purpose_clause(std::size_t verb) const {
    for (std::size_t k = verb + 1; k < t_.size(); ++k) {
      if (in_stream(k)) continue;
      if (!is(t_, k, "để") && !is(t_, k, "nhằm")) continue;
      for (std::size_t j = k + 1; j < t_.size(); ++j) {
        std::size_t after = 0;
        if (!is_verb(t_, j, after)) continue;
        if (is_marker(t_, after)) ++after;
        if (import_detail::starts_body(t_, after, BodyMode::recipient)) return k;
      }
    }
    return t_.size();
  }

  static bool is_marker(const std::vector<Token>& t, std::size_t k) {
    return is(t, k, "về") || is(t, k, "đến") || is(t, k, "cho") || is(t, k, "với") ||
           is(t, k, "lên") || is(t, k, "tới");
  }

  static bool is_verb(const std::vector<Token>& t, std::size_t k, std::size_t& after) {
    return is(t, k, "báo cáo", after) || is(t, k, "gửi", after) || is(t, k, "trình", after) ||
           is(t, k, "thông tin", after) || is(t, k, "phản ánh", after);
  }

  // A body, or a list of bodies, as a party named as written (items joined by their commas and
  // "và", without parenthesised details such as "(qua …)").
  Party party_of(const BodySpan& body) const {
    std::string name;
    for (std::size_t n = 0; n < body.items.size(); ++n) {
      const auto [first, last] = body.items[n];
      if (n > 0) name += is(t_, first - 1, "và") ? " và " : ", ";
      name += import_detail::span_text(text_, t_, first, last);
    }
    PartyKind kind = PartyKind::body;
    if (body.items.size() > 1 || is(t_, body.first, "các")) {
      kind = PartyKind::group;
    } else if (body.head_is_position) {
      kind = PartyKind::official;
    }
    return Party{kind, std::move(name)};
  }

  void read_recipient(std::size_t verb, ReportingObligation& ob) const {
    for (std::size_t k = verb; k < cut_; ++k) {
      if (in_stream(k)) continue;
      std::size_t after = 0;
      std::size_t candidate = t_.size();
      if (is_verb(t_, k, after) && !in_stream(after)) {
        candidate = after;
        if (is_marker(t_, after)) candidate = after + 1;
      } else if (is_marker(t_, k)) {
        candidate = k + 1;
      }
      if (candidate >= cut_) continue;
      if (const auto body = import_detail::read_body(t_, candidate, cut_, BodyMode::recipient)) {
        ob.recipient = party_of(*body);
        return;
      }
    }
  }

  void read_intermediary(std::size_t verb, ReportingObligation& ob) const {
    for (std::size_t k = verb; k < cut_; ++k) {
      std::size_t after = 0;
      if (!is(t_, k, "qua", after)) continue;
      std::size_t limit = cut_;
      for (std::size_t j = after; j < cut_; ++j) {
        if (t_[j].key == ")") {
          limit = j;
          break;
        }
      }
      if (const auto body = import_detail::read_body(t_, after, limit, BodyMode::recipient)) {
        BodySpan first = *body;
        first.items.resize(1);
        first.last = first.items[0].second;
        ob.intermediary = party_of(first);
        return;
      }
    }
  }

  // The body that reports, when the sentence opens with it ("Sở Y tế có trách nhiệm … gửi báo
  // cáo …", "Định kỳ hằng năm, Ban quản lý khu công nghiệp báo cáo …").
  std::optional<Party> reporter(std::size_t verb) const {
    std::size_t s = 0;
    while (s < verb && s < 3 && !t_[s].word) ++s;  // "-", "+"
    if (s + 1 < verb && t_[s].word && t_[s].end - t_[s].begin == 1 && t_[s + 1].key == ")") {
      s += 2;  // "a)", "b)"
    }
    std::vector<std::size_t> starts{s};
    for (std::size_t k = s; k < verb && k < s + 25; ++k) {
      if (t_[k].key == ",") {
        starts.push_back(k + 1);
        break;
      }
    }
    for (std::size_t start : starts) {
      if (const auto body = import_detail::read_body(t_, start, verb, BodyMode::recipient)) {
        return party_of(*body);
      }
    }
    return std::nullopt;
  }

  // ---- cadence -----------------------------------------------------------------------------

  // A report owed after each episode of an event rather than once: its deadline counts from an
  // event, and the sentence speaks of every occurrence ("mỗi lần", "mỗi khi", "mỗi đợt", "từng
  // đợt") or, outside the event's own name, reports on an episode ("đợt") of that very event
  // ("báo cáo tổng hợp đợt thiên tai … kể từ khi kết thúc thiên tai"). Such episodes are not
  // scheduled: the duty is ad hoc. ("… kể từ ngày kết thúc đợt tuyển dụng" alone is one round.)
  bool per_episode(const std::vector<DueItem>& items) const {
    std::vector<std::string> event_words;
    for (const DueItem& item : items) {
      if (!item.after_event) continue;
      for (std::size_t k = item.event_tokens.first; k < item.event_tokens.second; ++k) {
        if (t_[k].word) event_words.push_back(t_[k].key);
      }
    }
    if (event_words.empty()) return false;
    const auto in_event = [&items](std::size_t k) {
      return std::any_of(items.begin(), items.end(), [k](const DueItem& item) {
        return k >= item.event_tokens.first && k < item.event_tokens.second;
      });
    };
    for (std::size_t k = 0; k < cut_; ++k) {
      if (in_event(k)) continue;
      std::size_t after = 0;
      if ((is(t_, k, "mỗi", after) || is(t_, k, "từng", after)) &&
          (is(t_, after, "lần") || is(t_, after, "khi") || is(t_, after, "đợt"))) {
        return true;
      }
      if (is(t_, k, "đợt", after) && after < t_.size() && t_[after].word &&
          std::find(event_words.begin(), event_words.end(), t_[after].key) != event_words.end()) {
        return true;
      }
    }
    return false;
  }

  // A count of months written before "tháng" ("6", "06 (sáu)", "sáu"); 0 if none.
  int months_before(std::size_t k) const {
    // k is the index of "tháng"; look back over "(sáu)" and the digits.
    std::size_t j = k;
    if (j >= 3 && t_[j - 1].key == ")" && t_[j - 3].key == "(") j -= 3;
    if (j == 0) return 0;
    const Token& n = t_[j - 1];
    if (n.digits && n.key.size() <= 2) return std::stoi(n.key);
    if (is(t_, j - 1, "sáu")) return 6;
    if (is(t_, j - 1, "chín")) return 9;
    return 0;
  }

  Cadence read_cadence() {
    bool weekly = false, monthly = false, quarterly = false, half = false, nine = false,
         yearly = false, ad_hoc = false;
    for (std::size_t k = 0; k < t_.size(); ++k) {
      if (in_stream(k)) continue;
      std::size_t after = 0;
      const bool every = is(t_, k, "hằng", after) || is(t_, k, "hàng", after) ||
                         is(t_, k, "mỗi", after) || is(t_, k, "định kỳ", after);
      if (every) {
        if (is(t_, k, "định kỳ")) periodic_unnamed_ = true;
        if (is(t_, after, "tuần")) weekly = true;
        if (is(t_, after, "tháng") && months_before(after) == 0 &&
            !(after + 1 < t_.size() && t_[after + 1].digits)) {
          monthly = true;
        }
        if (is(t_, after, "quý")) quarterly = true;
        if (is(t_, after, "năm")) yearly = true;
      }
      if (is(t_, k, "tháng")) {
        const int months = months_before(k);
        if (months == 6) half = true;
        if (months == 9) nine = true;
        if (months == 3) quarterly = true;
      }
      if (is(t_, k, "nửa năm") || is(t_, k, "bán niên")) half = true;
      if (is(t_, k, "báo cáo", after)) {
        if (is(t_, after, "năm") && !(after + 1 < t_.size() && t_[after + 1].digits)) {
          yearly = true;
        }
        if (is(t_, after, "quý") && !(after + 1 < t_.size() && t_[after + 1].word &&
                                       t_[after + 1].all_upper)) {
          quarterly = true;
        }
        if (is(t_, after, "tháng") && !(after + 1 < t_.size() && t_[after + 1].digits)) {
          monthly = true;
        }
      }
      // "năm báo cáo", "năm đánh giá": the year reported on or evaluated, as yearly reports
      // say; "ngày 31 tháng 7 năm kế hoạch": a day of each plan year.
      if (is(t_, k, "năm", after) &&
          (is(t_, after, "báo cáo") || is(t_, after, "đánh giá") ||
           (is(t_, after, "kế hoạch") && k > 0 && t_[k - 1].digits))) {
        yearly = true;
      }
      if (is(t_, k, "đột xuất") || is(t_, k, "khi có yêu cầu") || is(t_, k, "theo yêu cầu") ||
          is(t_, k, "nếu có") || is(t_, k, "phát sinh") || is(t_, k, "khi cần thiết")) {
        ad_hoc = true;
      }
    }
    if (weekly) return Cadence::weekly;
    if (monthly) return Cadence::monthly;
    if (quarterly) return Cadence::quarterly;
    if (half) return Cadence::half_yearly;
    if (nine) return Cadence::nine_months;
    if (yearly) return Cadence::yearly;
    if (ad_hoc) return Cadence::ad_hoc;
    return Cadence::once;
  }

  // ---- due rules -----------------------------------------------------------------------------

  // A relation word and "ngày" at k: "trước ngày", "vào trước ngày", "chậm nhất (là) (vào)
  // ngày", "đến ngày", "không quá ngày". Sets `after` to the first token of the date.
  std::optional<DueRelation> relation_at(std::size_t k, std::size_t& after) const {
    std::size_t p = 0;
    if (is(t_, k, "trước", p) && is(t_, p, "ngày")) {
      after = p + 1;
      return DueRelation::before;
    }
    if (is(t_, k, "chậm nhất", p)) {
      if (is(t_, p, "là")) ++p;
      if (is(t_, p, "trước") && is(t_, p + 1, "ngày")) {
        after = p + 2;
        return DueRelation::before;
      }
      if (is(t_, p, "vào")) ++p;
      if (is(t_, p, "ngày")) {
        after = p + 1;
        return DueRelation::by;
      }
      after = p;
      return DueRelation::by;  // "chậm nhất 10 ngày kể từ …": checked by the caller
    }
    if (is(t_, k, "đến ngày", p) && !recent_from(k)) {
      after = p;
      return DueRelation::by;
    }
    if ((is(t_, k, "không quá", p) || is(t_, k, "không muộn hơn", p)) && is(t_, p, "ngày")) {
      after = p + 1;
      return DueRelation::by;
    }
    return std::nullopt;
  }

  // "từ ngày … đến ngày …" is a range, not a deadline.
  bool recent_from(std::size_t k) const {
    for (std::size_t j = k > 8 ? k - 8 : 0; j < k; ++j) {
      if (is(t_, j, "từ") && is(t_, j + 1, "ngày")) return true;
    }
    return false;
  }

  // After a day and month: "năm 2024", "(của) năm sau", "năm tiếp theo", "năm liền kề sau …",
  // "năm trước", "năm liền kề trước …", "năm báo cáo", "năm kế hoạch".
  void read_year(std::size_t& k, DueItem& item) const {
    std::size_t p = k;
    if (is(t_, p, "của")) ++p;
    std::size_t after = 0;
    if (!is(t_, p, "năm", after)) return;
    if (after < t_.size() && t_[after].digits && t_[after].key.size() == 4) {
      item.year = std::stoi(t_[after].key);
      k = after + 1;
      return;
    }
    std::size_t end = 0;
    if (is(t_, after, "liền kề", end)) {  // "năm liền kề sau/trước năm đánh giá"
      after = end;
      if (is(t_, after, "trước", end)) {
        item.previous_year = true;
        k = end;
        return;
      }
      item.next_year = true;
      k = is(t_, after, "sau", end) ? end : after;
      return;
    }
    if (is(t_, after, "sau", end) || is(t_, after, "tiếp theo", end) || is(t_, after, "kế tiếp", end)) {
      item.next_year = true;
      k = end;
      return;
    }
    if (is(t_, after, "trước", end)) {
      item.previous_year = true;
      k = end;
      return;
    }
    if (is(t_, after, "báo cáo") || is(t_, after, "kế hoạch")) k = after + 2;
  }

  // "tháng đầu quý sau", "tháng đầu của quý tiếp theo", "tháng cuối kỳ báo cáo", "tháng sau":
  // the month of a period a day falls in. Sets `k` past the phrase.
  std::optional<int> month_of_period_at(std::size_t& k, std::optional<Cadence>& implied) const {
    std::size_t p = k;
    if (!is(t_, p, "tháng")) return std::nullopt;
    ++p;
    std::optional<int> position;  // 1 = first month, 0 = last month
    std::size_t after = 0;
    if (is(t_, p, "đầu tiên", after) || is(t_, p, "đầu", after)) {
      position = 1;
      p = after;
    } else if (is(t_, p, "cuối", after)) {
      position = 0;
      p = after;
    } else if (is(t_, p, "thứ", after) && after < t_.size() && t_[after].digits) {
      position = std::stoi(t_[after].key);
      p = after + 1;
    }
    if (is(t_, p, "của")) ++p;
    bool period_word = false;
    if (is(t_, p, "quý", after)) {
      implied = Cadence::quarterly;
      period_word = true;
      p = after;
    } else if (is(t_, p, "năm", after)) {
      implied = Cadence::yearly;
      period_word = true;
      p = after;
    } else if (is(t_, p, "kỳ báo cáo", after) || is(t_, p, "kỳ", after)) {
      period_word = true;
      p = after;
    }
    const bool next = is(t_, p, "sau", after) || is(t_, p, "tiếp theo", after) ||
                      is(t_, p, "kế tiếp", after);
    if (next) p = after;
    if (!period_word && !position && next) {  // "ngày 05 tháng sau"
      implied = Cadence::monthly;
      k = p;
      return -1;
    }
    if (!period_word || !position) return std::nullopt;
    k = p;
    if (next) return *position == 1 ? std::optional<int>(-1) : std::nullopt;
    return *position;
  }

  // One date after a relation: "15/11/2024", "31 tháng 12", "15 tháng 01 của năm sau",
  // "25 hằng tháng", "15 của tháng đầu quý sau". Sets `k` past it.
  std::optional<DueItem> read_item(std::size_t& k, DueRelation relation) const {
    if (k >= t_.size() || !t_[k].digits || t_[k].key.size() > 2) return std::nullopt;
    DueItem item;
    item.relation = relation;
    item.day = std::stoi(t_[k].key);
    if (item.day < 1 || item.day > 31) return std::nullopt;
    std::size_t p = k + 1;
    const auto month_value = [&](std::size_t at) -> std::optional<int> {
      if (at >= t_.size() || !t_[at].digits || t_[at].key.size() > 2) return std::nullopt;
      const int m = std::stoi(t_[at].key);
      if (m < 1 || m > 12) return std::nullopt;
      return m;
    };
    if (p + 1 < t_.size() && (t_[p].key == "/" || t_[p].key == "-" || t_[p].key == ".") &&
        month_value(p + 1)) {
      item.month = month_value(p + 1);
      p += 2;
      if (p + 1 < t_.size() && t_[p].key == t_[k + 1].key && t_[p + 1].digits &&
          t_[p + 1].key.size() == 4) {
        item.year = std::stoi(t_[p + 1].key);
        p += 2;
      } else {
        read_year(p, item);
      }
    } else if (is(t_, p, "tháng") && month_value(p + 1)) {
      item.month = month_value(p + 1);
      p += 2;
      read_year(p, item);
    } else {
      std::size_t q = p;
      if (is(t_, q, "của")) ++q;
      std::size_t after = 0;
      if ((is(t_, q, "hằng", after) || is(t_, q, "hàng", after) || is(t_, q, "mỗi", after)) &&
          is(t_, after, "tháng")) {
        item.implied = Cadence::monthly;
        item.month_of_period = 0;
        p = after + 1;
      } else if (const auto mop = month_of_period_at(q, item.implied)) {
        item.month_of_period = *mop;
        p = q;
      } else if (p >= t_.size() || is(t_, p, "và") || t_[p].key == "," ||
                 t_[p].key == ";" || t_[p].key == "." || t_[p].key == ")") {
        item.day_only = true;  // "Hằng tháng, trước ngày 20, …"
      } else {
        return std::nullopt;
      }
    }
    if (item.month && item.year) {
      try {
        (void)Date(*item.year, *item.month, item.day);
      } catch (const ValidationError&) {
        return std::nullopt;
      }
    }
    item.text = import_detail::span_text(text_, t_, k, p);
    k = p;
    return item;
  }

  // Where the name of an event ends: at punctuation other than "-" and "/", at the end of this
  // duty, or where another clause starts ("để", "nhằm", "đối với", "theo", another deadline).
  std::size_t event_end(std::size_t k) const {
    std::size_t end = k;
    for (std::size_t j = k; j < cut_; ++j) {
      const Token& tok = t_[j];
      if (!tok.word && tok.key != "-" && tok.key != "/") break;
      if (is(t_, j, "để") || is(t_, j, "nhằm") || is(t_, j, "đối với") || is(t_, j, "theo") ||
          is(t_, j, "trước ngày") || is(t_, j, "chậm nhất")) {
        break;
      }
      if (tok.word) end = j + 1;
    }
    return end;
  }

  // "(chậm nhất) 10 (mười) ngày (làm việc) kể từ khi kết thúc kỳ báo cáo", "02 ngày làm việc
  // sau ngày chốt số liệu", and a time after an event the sentence names: "(chậm nhất) sau 15
  // ngày kể từ khi kết thúc thiên tai", "05 ngày làm việc sau khi Hội đồng nhân dân quyết định
  // dự toán". An event is two words or more ("sau đó" names none); a date after "kể từ ngày" is
  // no event, and is not read here.
  std::optional<DueItem> read_after(std::size_t& k) const {
    std::size_t p = k;
    if (is(t_, p, "sau") && p + 1 < t_.size() && t_[p + 1].digits) ++p;
    std::size_t after = 0;
    const std::optional<int> count = import_detail::read_count(t_, p, after);
    if (!count || !is(t_, after, "ngày")) return std::nullopt;
    p = after + 1;
    TimeUnit unit = TimeUnit::days;
    if (is(t_, p, "làm việc", after)) {
      unit = TimeUnit::working_days;
      p = after;
    }
    if (is(t_, p, "kể từ", after) || is(t_, p, "tính từ", after) || is(t_, p, "sau", after)) {
      p = after;
    } else {
      return std::nullopt;
    }
    if (is(t_, p, "khi") || is(t_, p, "ngày")) ++p;
    if (p >= t_.size() || t_[p].starts_digit) return std::nullopt;  // "kể từ ngày 01/7/2024"
    DueItem item;
    item.relation = DueRelation::by;
    if (is(t_, p, "chốt", after) || is(t_, p, "chốt số liệu", after)) {
      if (is(t_, p, "chốt số liệu", after)) p = after;
      else p = after;
      item.after_cutoff = Offset{*count, unit};
    } else if (is(t_, p, "kết thúc", after) &&
               (is(t_, after, "kỳ báo cáo") || is(t_, after, "kỳ") || is(t_, after, "quý") ||
                is(t_, after, "tháng") || is(t_, after, "năm"))) {
      // N days after the period ends is day N of the month after it (periods end on a month's
      // last day); working days cannot be said that way.
      if (unit != TimeUnit::days || *count > 28) return std::nullopt;
      item.day = *count;
      item.month_of_period = -1;
      p = is(t_, after, "kỳ báo cáo") ? after + 2 : after + 1;
    } else if (const std::size_t end = event_end(p);
               end >= p + 2 && !is(t_, p, "đó") && !is(t_, p, "này")) {
      item.after_event = DueAfterEvent{import_detail::span_text(text_, t_, p, end), Offset{*count, unit}};
      item.event_tokens = {p, end};
      p = end;
    } else {
      return std::nullopt;
    }
    item.text = import_detail::span_text(text_, t_, k, p);
    k = p;
    return item;
  }

  std::vector<DueItem> read_due_items() const {
    std::vector<DueItem> items;
    for (std::size_t k = 0; k < cut_;) {
      if (in_stream(k)) {
        ++k;
        continue;
      }
      std::size_t after = 0;
      if (const auto relation = relation_at(k, after)) {
        std::size_t q = after;
        if (auto item = read_after(q)) {
          item->text = import_detail::span_text(text_, t_, k, q);
          items.push_back(std::move(*item));
          k = q;
          continue;
        }
        std::size_t p = after;
        if (auto item = read_item(p, *relation)) {
          item->text = import_detail::span_text(text_, t_, k, p);
          items.push_back(std::move(*item));
          // "trước ngày 15 tháng 6 và (ngày) 15 tháng 12 hằng năm"
          for (;;) {
            std::size_t r = p;
            if (!is(t_, r, "và")) break;
            ++r;
            if (is(t_, r, "ngày")) ++r;
            auto more = read_item(r, *relation);
            if (!more) break;
            items.push_back(std::move(*more));
            p = r;
          }
          k = p;
          continue;
        }
      }
      // "trong thời hạn 05 ngày làm việc kể từ …", "trong vòng 15 ngày kể từ …", "sau 15 ngày
      // kể từ khi …".
      std::optional<std::size_t> lead;
      std::size_t after_lead = 0;
      if (is(t_, k, "trong thời hạn", after_lead) || is(t_, k, "trong vòng", after_lead) ||
          is(t_, k, "trong", after_lead)) {
        lead = after_lead;
      } else if (is(t_, k, "sau")) {
        lead = k;  // read_after reads "sau 15 ngày …" itself
      }
      if (lead) {
        std::size_t r = *lead;
        if (auto item = read_after(r)) {
          item->text = import_detail::span_text(text_, t_, k, r);
          items.push_back(std::move(*item));
          k = r;
          continue;
        }
      }
      std::size_t q = k;
      if (t_[k].digits) {
        if (auto item = read_after(q)) {
          items.push_back(std::move(*item));
          k = q;
          continue;
        }
      }
      ++k;
    }
    return items;
  }

  // The periods of a cadence in a year, as first and last month (1–12).
  static std::vector<std::pair<int, int>> period_months(Cadence cadence) {
    switch (cadence) {
      case Cadence::monthly: {
        std::vector<std::pair<int, int>> m;
        for (int i = 1; i <= 12; ++i) m.emplace_back(i, i);
        return m;
      }
      case Cadence::quarterly: return {{1, 3}, {4, 6}, {7, 9}, {10, 12}};
      case Cadence::half_yearly: return {{1, 6}, {7, 12}};
      case Cadence::nine_months: return {{1, 9}};
      case Cadence::yearly: return {{1, 12}};
      default: return {};
    }
  }

  // Dates of the year given for each period of `cadence` ("trước ngày 15 tháng 6 và 15 tháng 12
  // hằng năm" for half-years) as one day rule on the period, if they make one. A day rule's day
  // falls back to a shorter month's last day (plan.hpp), so "30 tháng 6 và 31 tháng 12" is day
  // 31 of each half's last month.
  static std::optional<DayRule> fit_periods(Cadence cadence, const std::vector<DueItem>& dates) {
    const auto periods = period_months(cadence);
    if (periods.empty() || periods.size() != dates.size()) return std::nullopt;
    std::vector<DueItem> sorted = dates;
    std::sort(sorted.begin(), sorted.end(), [](const DueItem& a, const DueItem& b) {
      return (a.next_year ? 12 : 0) + *a.month < (b.next_year ? 12 : 0) + *b.month;
    });
    int day = 0;
    for (const DueItem& d : sorted) day = std::max(day, d.day);
    std::optional<DayRule> rule;
    for (std::size_t n = 0; n < periods.size(); ++n) {
      const DueItem& d = sorted[n];
      if (d.previous_year) return std::nullopt;
      const int month = *d.month + (d.next_year ? 12 : 0);
      // February is read in a common year: a rule "day 29" would give 29/02 in leap years.
      const int length = days_in_month(2023, *d.month);
      if (d.day != std::min(day, length)) return std::nullopt;
      const auto [first, last] = periods[n];
      int position = 0;
      if (month == last) {
        position = 0;
      } else if (month >= first && month < last) {
        position = month - first + 1;
      } else if (month == last + 1) {
        position = -1;
      } else {
        return std::nullopt;
      }
      const DayRule r{d.relation, day, std::nullopt, position};
      if (rule && !(*rule == r)) return std::nullopt;
      rule = r;
    }
    return rule;
  }

  std::vector<ReportDue> make_dues(Cadence& cadence, std::vector<DueItem>& items) const {
    std::vector<ReportDue> dues;
    for (const DueItem& item : items) {
      if (item.implied && (cadence == Cadence::once || cadence == Cadence::ad_hoc)) {
        cadence = *item.implied;
      }
    }
    const bool periodic = cadence != Cadence::once && cadence != Cadence::ad_hoc;
    std::vector<DueItem> yearly_dates;  // day and month without a year
    for (const DueItem& item : items) {
      ReportDue d;
      d.text = item.text;
      if (item.after_event) {
        // Counted from an event the sentence names: due whatever the cadence, once the event is
        // known (plan.hpp, DueAfterEvent).
        d.after_event = item.after_event;
      } else if (item.after_cutoff) {
        if (!periodic) continue;  // no cut-off without periods
        d.after_cutoff = item.after_cutoff;
      } else if (item.month && item.year) {
        d.on_date = DueTimeframe{Date(*item.year, *item.month, item.day), item.relation};
      } else if (item.month) {
        if (periodic) {
          yearly_dates.push_back(item);
          continue;
        }
        // A single report due on a day of the document's year (or the next, or the one before).
        const int year = context_.year + (item.next_year ? 1 : 0) - (item.previous_year ? 1 : 0);
        try {
          d.on_date = DueTimeframe{Date(year, *item.month, item.day), item.relation};
        } catch (const ValidationError&) {
          continue;
        }
      } else if (item.month_of_period) {
        if (!periodic) continue;
        d.day_rule = DayRule{item.relation, item.day, std::nullopt, *item.month_of_period};
      } else if (item.day_only) {
        // A day without a month is a day of each month only in a monthly duty.
        if (cadence != Cadence::monthly) continue;
        d.day_rule = DayRule{item.relation, item.day, std::nullopt, 0};
      } else {
        continue;
      }
      dues.push_back(std::move(d));
    }
    if (yearly_dates.empty()) return dues;
    // Two (four) dates a year said "hằng năm" are two (four) reports: half-years (quarters).
    if (cadence == Cadence::yearly && yearly_dates.size() == 2 &&
        fit_periods(Cadence::half_yearly, yearly_dates)) {
      cadence = Cadence::half_yearly;
    } else if (cadence == Cadence::yearly && yearly_dates.size() == 4 &&
               fit_periods(Cadence::quarterly, yearly_dates)) {
      cadence = Cadence::quarterly;
    }
    const std::optional<DayRule> rule =
        cadence == Cadence::yearly ? std::nullopt : fit_periods(cadence, yearly_dates);
    if (rule) {
      ReportDue d;
      for (const DueItem& item : yearly_dates) d.text += (d.text.empty() ? "" : "; ") + item.text;
      d.day_rule = rule;
      dues.push_back(std::move(d));
      return dues;
    }
    if (cadence == Cadence::yearly) {
      // A yearly rule names its month ("trước ngày 31 tháng 10 hằng năm"). A month of the next
      // year is a month after the period (DayRule::month_of_period): January is "the month after
      // it" (−1), a later month counts on from the year's first month ("trước ngày 15 tháng 02
      // của năm liền kề sau năm đánh giá" is month 14).
      for (const DueItem& item : yearly_dates) {
        ReportDue d;
        d.text = item.text;
        if (item.previous_year) {
          // A month of the year before: the (13 − month)th month before the period.
          d.day_rule = DayRule{item.relation, item.day, std::nullopt, 0, 13 - *item.month};
        } else if (!item.next_year) {
          d.day_rule = DayRule{item.relation, item.day, item.month, 0};
        } else if (*item.month == 1) {
          d.day_rule = DayRule{item.relation, item.day, std::nullopt, -1};
        } else {
          d.day_rule = DayRule{item.relation, item.day, std::nullopt, 12 + *item.month};
        }
        dues.push_back(std::move(d));
      }
    }
    return dues;
  }

  // ---- the stream ------------------------------------------------------------------------------

  ReportStream make_stream() const {
    ReportStream s;
    s.name = import_detail::span_text(text_, t_, stream_->first, stream_->second);
    // The stream's own cadence, if its name says one ("báo cáo công tác tư pháp 6 tháng").
    std::optional<Cadence> named;
    for (std::size_t k = stream_->first; k < stream_->second; ++k) {
      std::size_t after = 0;
      if (is(t_, k, "tháng") && months_before(k) == 6) named = Cadence::half_yearly;
      if ((is(t_, k, "hằng", after) || is(t_, k, "hàng", after)) && is(t_, after, "năm")) {
        named = named.value_or(Cadence::yearly);
      }
      if ((is(t_, k, "hằng", after) || is(t_, k, "hàng", after)) && is(t_, after, "quý")) {
        named = Cadence::quarterly;
      }
    }
    // Reports on legal dissemination and education (phổ biến, giáo dục pháp luật) and on judicial
    // work follow the Ministry of Justice's periodic regime, Circular 12/2019/TT-BTP of
    // 31/12/2019, whose reports are six-monthly and annual (DOMAIN.md §2): the six-month report
    // is the first one due.
    const bool judicial = contains(t_, stream_->first, stream_->second,
                                   "phổ biến, giáo dục pháp luật") ||
                          contains(t_, stream_->first, stream_->second,
                                   "phổ biến giáo dục pháp luật") ||
                          contains(t_, stream_->first, stream_->second, "pbgdpl") ||
                          contains(t_, stream_->first, stream_->second, "công tác tư pháp");
    if (judicial) {
      s.regime = DocumentRef(DocumentType::thong_tu, DocumentNumber::parse("12/2019/TT-BTP"),
                             Date(2019, 12, 31), std::string("Bộ Tư pháp"));
    }
    // A stream whose cadence neither its name nor a known regime gives is ad hoc: no report of
    // it is scheduled rather than one guessed.
    s.cadence = named.value_or(judicial ? Cadence::half_yearly : Cadence::ad_hoc);
    return s;
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  const PhraseContext& context_;
  std::optional<std::pair<std::size_t, std::size_t>> stream_;
  std::size_t cut_ = 0;
  bool periodic_unnamed_ = false;  // "định kỳ" is written
};

}  // namespace

std::optional<ReportingObligation> parse_reporting_duty(std::string_view text,
                                                        const PhraseContext& context) {
  const std::vector<Token> tokens = import_detail::tokenize(text);
  if (context.year < WorkCalendar::first_year || context.year > WorkCalendar::last_year) {
    throw ValidationError("phrase_context.year",
                          "a document year from " + std::to_string(WorkCalendar::first_year) +
                              " to " + std::to_string(WorkCalendar::last_year),
                          std::to_string(context.year));
  }
  return Reader(text, tokens, context).run();
}

}  // namespace govplan
