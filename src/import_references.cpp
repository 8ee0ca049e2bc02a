// import_references.cpp — see include/govplan/import.hpp (find_references).
//
// A citation is read from its document type word ("Kế hoạch", "QUYẾT ĐỊNH", "văn bản"), then
// the number ("số 43/KH-UBND", "Thông tư 05/2022/TT-BNNPTNT" without "số") or, for a law, its
// title and an anchor (a number, a date or "năm 2013"), then the date and the issuer in either
// order ("ngày 26/02/2024 của UBND thành phố", "của Chính phủ ngày 24 tháng 6 năm 2023"). Lists
// share the type and an issuer written before the numbers ("các Quyết định của Thủ tướng Chính
// phủ số: 1521/QĐ-TTg …, 21/2021/QĐ-TTg … và 25/2021/QĐ-TTg …"). Numbers are read by
// DocumentNumber::parse, dates by parse_date; words are matched through import_text.hpp, so case,
// NFD and both tone-mark placements do not matter.
#include <functional>
#include <map>
#include <unordered_map>
#include <utility>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/import.hpp"
#include "import_text.hpp"

namespace govplan {

namespace {

using import_detail::BodyMode;
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

bool is_separator(const Token& t) { return t.key == "/" || t.key == "-"; }

// A group of a symbol written after a stray space ("NĐ- CP"): it must look like an
// abbreviation (two capitals at least, or digits), not like the next word of the sentence.
bool looks_like_symbol_group(std::string_view text, const Token& t) {
  if (!t.word) return false;
  if (t.digits || t.all_upper) return true;
  int capitals = 0;
  for (char c : text.substr(t.begin, t.end - t.begin)) {
    if (c >= 'A' && c <= 'Z') ++capitals;
  }
  return capitals >= 2;
}

struct NumberRead {
  DocumentNumber number;
  std::size_t end = 0;  // token index after the number
};

// Reads a number and symbol starting at token `i` ("43/KH-UBND", "884 /QĐ-UBND", "06-CTr/TU",
// "32/2020/NĐ- CP"). With `type_hint`, a symbol that lost the hyphen after the type
// ("832/QĐUBND" in a "Quyết định") is read as "832/QĐ-UBND". A number alone ("9229") is read
// only when `allow_bare`.
std::optional<NumberRead> read_number(std::string_view text, const std::vector<Token>& t,
                                      std::size_t i, std::optional<DocumentType> type_hint,
                                      bool allow_bare) {
  if (i >= t.size() || !t[i].word || !t[i].starts_digit) return std::nullopt;
  std::size_t last = i + 1;
  bool has_slash = false;
  for (std::size_t k = i + 1; k + 1 < t.size();) {
    if (!is_separator(t[k])) break;
    const Token& next = t[k + 1];
    const bool spaced = t[k].space_before || next.space_before;
    if (!next.word || (spaced && !looks_like_symbol_group(text, next))) break;
    if (t[k].key == "/") has_slash = true;
    last = k + 2;
    k += 2;
  }
  // A number alone ("Hướng dẫn số 9229") must not be the start of a symbol cut short ("12/").
  const bool bare = allow_bare && last == i + 1 && t[i].digits &&
                    !(i + 1 < t.size() && is_separator(t[i + 1]) && !t[i + 1].space_before);
  if (!has_slash && !bare) return std::nullopt;
  const std::string written =
      import_detail::nfc(text.substr(t[i].begin, t[last - 1].end - t[i].begin));
  try {
    DocumentNumber n = DocumentNumber::parse(written);
    if (type_hint && n.style() == NumberStyle::state && n.type_abbreviation().empty() &&
        n.has_symbol()) {
      const std::optional<std::string_view> abbr = abbreviation(*type_hint);
      const std::string& issuer = n.issuer_abbreviation();
      if (abbr && issuer.size() > abbr->size() + 1 && issuer.starts_with(*abbr)) {
        try {
          n = DocumentNumber(n.number(), n.year(), std::string(*abbr),
                             issuer.substr(abbr->size()), n.unit_abbreviation());
        } catch (const ValidationError&) {
          // Not a type and an issuer run together after all: keep the number as written.
        }
      }
    }
    return NumberRead{std::move(n), last};
  } catch (const ParseError&) {
    return std::nullopt;
  } catch (const ValidationError&) {
    return std::nullopt;
  }
}

// The extent of a date at token `i` ("26/02/2024", "24 tháng 6 năm 2023", "ngày" not included),
// read by parse_date. Sets `end` past it.
std::optional<Date> read_date(std::string_view text, const std::vector<Token>& t, std::size_t i,
                              std::size_t& end) {
  if (i >= t.size() || !t[i].digits) return std::nullopt;
  std::size_t last = 0;
  if (i + 4 < t.size() && (t[i + 1].key == "/" || t[i + 1].key == "-" || t[i + 1].key == ".") &&
      t[i + 2].digits && t[i + 3].key == t[i + 1].key && t[i + 4].digits &&
      t[i + 4].key.size() == 4) {
    last = i + 5;
  } else if (i + 4 < t.size() && is(t, i + 1, "tháng") && t[i + 2].digits &&
             is(t, i + 3, "năm") && t[i + 4].digits && t[i + 4].key.size() == 4) {
    last = i + 5;
  } else {
    return std::nullopt;
  }
  try {
    // parse_date reads the full form with its "ngày" ("ngày 24 tháng 6 năm 2023").
    const Date d = parse_date("ngày " + import_detail::span_text(text, t, i, last));
    end = last;
    return d;
  } catch (const Error&) {
    return std::nullopt;
  }
}

// A citation being read.
struct Item {
  std::size_t first = 0;  // token index where its text starts
  std::size_t last = 0;   // token index after its text
  std::optional<DocumentType> type;
  std::optional<DocumentNumber> number;
  std::optional<Date> date;
  std::optional<int> year;
  std::optional<std::string> issuer;
  std::optional<std::string> title;
  std::optional<std::string> part;
};

// The issuer the law fixes when a citation names none: laws and codes are passed by the National
// Assembly, ordinances by its Standing Committee (Law 80/2015/QH13, Art. 4(1)–(3)); a symbol
// "CP" is the Government's, "TTg" the Prime Minister's, "QH<term>" the National Assembly's
// (Art. 4(5), (6); Decree 30/2020/NĐ-CP, Appendix I §II.3 for the symbol of the issuer). No
// other issuer is inferred: "UBND" or "TU" name a different body in every province.
std::optional<std::string> issuer_by_law(const Item& item) {
  if (item.type == DocumentType::luat || item.type == DocumentType::bo_luat ||
      item.type == DocumentType::hien_phap) {
    return "Quốc hội";
  }
  if (item.type == DocumentType::phap_lenh) return "Ủy ban Thường vụ Quốc hội";
  if (!item.number || item.number->style() != NumberStyle::state) return std::nullopt;
  const std::string& issuer = item.number->issuer_abbreviation();
  if (issuer == "CP") return "Chính phủ";
  if (issuer == "TTg") return "Thủ tướng Chính phủ";
  if (issuer.size() > 2 && issuer.starts_with("QH") &&
      issuer.find_first_not_of("0123456789", 2) == std::string::npos) {
    return "Quốc hội";
  }
  return std::nullopt;
}

class Finder {
 public:
  Finder(std::string_view text, const std::vector<Token>& tokens) : text_(text), t_(tokens) {}

  std::vector<ReferenceMatch> run() {
    std::size_t i = 0;
    while (i < t_.size()) {
      const std::size_t next = at(i);
      i = next > i ? next : i + 1;
    }
    return std::move(found_);
  }

 private:
  // Reads whatever citation starts at token `i`; returns the index to continue from.
  std::size_t at(std::size_t i) {
    if (!t_[i].word) return i + 1;
    if (const auto type = import_detail::type_word_at(t_, i)) return from_type_word(i, *type);
    if (is(t_, i, "số")) return skip_own_number(i);
    if (t_[i].starts_digit && !(i > 0 && is_separator(t_[i - 1]))) return bare_number(i);
    return i + 1;
  }

  // "Số: 43/KH-UBND" without a type word is the document's own number, not a citation.
  std::size_t skip_own_number(std::size_t i) {
    std::size_t k = i + 1;
    if (k < t_.size() && t_[k].key == ":") ++k;
    if (const auto n = read_number(text_, t_, k, std::nullopt, false)) return n->end;
    return i + 1;
  }

  // A number with a full symbol standing alone continues a list or is cited without its type
  // word ("21/2021/QĐ-TTg ngày 21/6/2021"): only numbers whose symbol names a known type.
  std::size_t bare_number(std::size_t i) {
    const auto n = read_number(text_, t_, i, std::nullopt, false);
    if (!n) return i + 1;
    const std::optional<DocumentType> type = n->number.document_type();
    if (!type || !n->number.has_symbol() || n->number.is_draft()) return n->end;
    Item item;
    item.first = i;
    item.type = type;
    item.number = n->number;
    item.last = read_tail(n->end, item);
    std::vector<Item> items{std::move(item)};
    const std::size_t end = read_list(items, std::nullopt);
    emit(items);
    return end;
  }

  std::size_t from_type_word(std::size_t i, import_detail::TypeWord type) {
    Item head;
    head.first = i;
    head.type = type.type;
    head.part = part_before(i, head.first);
    std::size_t k = type.end;
    std::optional<std::string> shared_issuer;

    // "các Quyết định của Thủ tướng Chính phủ số: …": the issuer before the numbers.
    if (is(t_, k, "của")) {
      const auto body = import_detail::read_body(t_, k + 1, t_.size(), BodyMode::issuer);
      if (!body || !is(t_, body->last, "số")) return type.end;
      shared_issuer = import_detail::span_text(text_, t_, body->first, body->last);
      k = body->last;
    }
    std::optional<NumberRead> number;
    if (is(t_, k, "số") && t_[k].newlines_before < 2) {  // not across a blank line
      std::size_t n = k + 1;
      if (n < t_.size() && t_[n].key == ":") ++n;
      number = read_number(text_, t_, n, type.type, true);
      if (!number) return k + 1;
    } else if (!shared_issuer) {
      number = read_number(text_, t_, k, type.type, false);
    }
    if (number) {
      head.number = number->number;
      head.type = type_of(type.type, number->number);
      head.last = read_tail(number->end, head);
    } else if (!shared_issuer && is_law(type.type) && t_[i].upper &&
               !(i > 0 && is(t_, i - 1, "pháp"))) {
      // ("PHÁP LUẬT" in an all-capital title is the law in general, not a law.)
      const std::size_t end = read_law_title(type.end, head);
      if (end == 0) return type.end;
      head.last = end;
    } else {
      return type.end;
    }
    if (shared_issuer && !head.issuer) head.issuer = shared_issuer;
    std::vector<Item> items{std::move(head)};
    const std::size_t end = read_list(items, shared_issuer);
    emit(items);
    return end;
  }

  static bool is_law(DocumentType type) {
    return type == DocumentType::luat || type == DocumentType::bo_luat ||
           type == DocumentType::hien_phap || type == DocumentType::phap_lenh;
  }

  // The type a citation names: its word, unless the word is the generic "văn bản" and the
  // number's symbol names a type ("văn bản số 12/KH-UBND" is a Kế hoạch).
  static DocumentType type_of(DocumentType word_type, const DocumentNumber& number) {
    if (word_type == DocumentType::cong_van) {
      if (const auto t = number.document_type()) return *t;
    }
    return word_type;
  }

  // "Phụ lục [II] (ban hành) kèm theo Kế hoạch …": the part of the cited document; moves
  // `first` to the start of "Phụ lục".
  std::optional<std::string> part_before(std::size_t i, std::size_t& first) const {
    if (i < 3) return std::nullopt;
    std::size_t p = i;
    if (p >= 2 && is(t_, p - 2, "kèm theo")) {
      p -= 2;
    } else {
      return std::nullopt;
    }
    if (p >= 2 && is(t_, p - 2, "ban hành")) p -= 2;
    for (std::size_t back = 2; back <= 3 && back <= p; ++back) {
      if (is(t_, p - back, "phụ lục")) {
        first = p - back;
        return import_detail::span_text(text_, t_, p - back, p);
      }
    }
    return std::nullopt;
  }

  // A law cited by its title: "Luật Phổ biến, giáo dục pháp luật số 80/2015/QH13", "Luật Hòa
  // giải ở cơ sở năm 2013", "Luật Sửa đổi, bổ sung một số điều của Luật … ngày 18 tháng 6 năm
  // 2020". The title must be followed by a number, a date or a year; returns the index after the
  // citation, or 0 when there is no such anchor.
  std::size_t read_law_title(std::size_t k, Item& item) {
    constexpr std::size_t kMaxTitle = 40;
    const std::size_t first = k;
    const bool amending = is(t_, k, "sửa đổi") || is(t_, k, "bổ sung");
    // A constitution may be cited by its year alone ("Hiến pháp năm 2013"); a law or a code has a
    // title.
    if (item.type != DocumentType::hien_phap &&
        (k >= t_.size() || !t_[k].word || (!t_[k].upper && !amending) || is(t_, k, "năm") ||
         is(t_, k, "số") || is(t_, k, "ngày"))) {
      return 0;
    }
    for (; k < t_.size() && k - first < kMaxTitle; ++k) {
      if (k > first && import_detail::starts_item(t_, k)) return 0;
      std::size_t after = 0;
      if (is(t_, k, "số", after)) {
        if (after < t_.size() && t_[after].key == ":") ++after;
        if (const auto n = read_number(text_, t_, after, item.type, false)) {
          set_title(item, first, k);
          item.number = n->number;
          return read_tail(n->end, item);
        }
      }
      if (is(t_, k, "ngày", after)) {
        std::size_t end = 0;
        if (const auto d = read_date(text_, t_, after, end)) {
          set_title(item, first, k);
          item.date = d;
          return read_tail(end, item);
        }
      }
      if (is(t_, k, "năm", after) && after < t_.size() && t_[after].digits &&
          t_[after].key.size() == 4) {
        set_title(item, first, k);
        item.year = std::stoi(t_[after].key);
        return read_tail(after + 1, item);
      }
      const Token& tok = t_[k];
      if (!tok.word) {
        if (tok.key == "-" || tok.key == "–") continue;
        if (tok.key == ",") {
          if (!amending && k + 1 < t_.size() && is_law_word(k + 1)) return 0;
          continue;
        }
        return 0;
      }
      if (!amending && k > first && (is(t_, k, "và") || is(t_, k, "của")) &&
          k + 1 < t_.size() && is_law_word(k + 1)) {
        return 0;
      }
    }
    return 0;
  }

  bool is_law_word(std::size_t k) const {
    const auto type = import_detail::type_word_at(t_, k);
    return type && is_law(type->type) && t_[k].upper;
  }

  void set_title(Item& item, std::size_t first, std::size_t last) const {
    while (last > first && (t_[last - 1].key == "," || t_[last - 1].key == "-")) --last;
    if (last > first) item.title = import_detail::span_text(text_, t_, first, last);
  }

  // The date and issuer after a number, in either order; returns the index after them.
  std::size_t read_tail(std::size_t k, Item& item) {
    std::size_t end = k;
    for (int round = 0; round < 3; ++round) {
      std::size_t p = end;
      if (p < t_.size() && t_[p].key == "," && is(t_, p + 1, "ngày")) ++p;
      std::size_t after = 0;
      if (!item.date && is(t_, p, "ngày", after)) {
        std::size_t date_end = 0;
        if (const auto d = read_date(text_, t_, after, date_end)) {
          item.date = d;
          item.year.reset();
          end = date_end;
          continue;
        }
      }
      if (!item.date && !item.year && is_law_type(item) && is(t_, p, "năm", after) &&
          after < t_.size() && t_[after].digits && t_[after].key.size() == 4) {
        item.year = std::stoi(t_[after].key);
        end = after + 1;
        continue;
      }
      if (!item.issuer && is(t_, end, "của", after)) {
        if (const auto body = import_detail::read_body(t_, after, t_.size(), BodyMode::issuer)) {
          item.issuer = import_detail::span_text(text_, t_, body->first, body->last);
          end = body->last;
          continue;
        }
      }
      break;
    }
    return end;
  }

  static bool is_law_type(const Item& item) { return item.type && is_law(*item.type); }

  // Further numbers sharing the first one's type: ", 02/QĐ-UBND", "và 25/2021/QĐ-TTg ngày …",
  // ", số 03/QĐ-UBND". Returns the index after the list.
  std::size_t read_list(std::vector<Item>& items, const std::optional<std::string>& shared) {
    std::size_t end = items.back().last;
    for (;;) {
      std::size_t k = end;
      if (k < t_.size() && (t_[k].key == "," || is(t_, k, "và"))) {
        ++k;
      } else {
        break;
      }
      const std::size_t item_first = k;
      if (is(t_, k, "số")) {
        ++k;
        if (k < t_.size() && t_[k].key == ":") ++k;
      }
      const std::optional<DocumentType> type = items.front().type;
      const auto n = read_number(text_, t_, k, type, false);
      if (!n || !n->number.has_symbol() || n->number.is_draft()) break;
      Item item;
      item.first = item_first;
      item.type = type ? type_of(*type, n->number) : n->number.document_type();
      item.number = n->number;
      item.last = read_tail(n->end, item);
      if (shared && !item.issuer) item.issuer = shared;
      end = item.last;
      items.push_back(std::move(item));
    }
    // An issuer written once after the last number is the issuer of the whole list ("các Quyết
    // định số 01/QĐ-UBND, 02/QĐ-UBND của UBND tỉnh").
    if (items.size() > 1 && items.back().issuer) {
      for (Item& item : items) {
        if (!item.issuer) item.issuer = items.back().issuer;
      }
    }
    return end;
  }

  // The body that proposes what a citation introduces, written before it: "Xét đề nghị của
  // Giám đốc Sở Tư pháp tại Tờ trình số 148/TTr-STP", "Theo đề nghị của Chủ tịch UBND huyện tại
  // Công văn số …", "theo đề xuất của Sở Tài chính theo Công văn số …". A decision's preamble
  // ends with the line "Theo đề nghị của …" naming the body or official that proposed it, and
  // the document in which it did so follows "tại" (Decree 30/2020/NĐ-CP, Appendix III §II, forms
  // 1.2 and 1.3), so that proposer is the issuer of the document cited right after "tại"/"theo".
  // The name must run exactly from "của" to "tại"/"theo" within one sentence and read as a body
  // or an official (read_body); nothing else is inferred. A citation joined to such a citation by
  // "và" or "," ("tại Tờ trình số … và Công văn số …") is part of the same proposal.
  std::optional<std::string> proposer_before(std::size_t first) const {
    constexpr std::size_t kMaxName = 30;  // tokens between "của" and "tại"
    if (first == 0) return std::nullopt;
    std::size_t link = first - 1;
    if (proposal_ && proposal_->first == link &&
        (t_[link].key == "," || is(t_, link, "và"))) {
      return proposal_->second;
    }
    if (link > 0 && is(t_, link, "các")) --link;  // "tại các Tờ trình số …"
    if (!is(t_, link, "tại") && !is(t_, link, "theo")) return std::nullopt;
    std::size_t of = link;
    while (of > 0 && link - of < kMaxName) {
      --of;
      if (is(t_, of, "của")) break;
      // A sentence or a clause ends: the name cannot cross it.
      if (t_[of].key == "." || t_[of].key == ";" || t_[of].key == ":") return std::nullopt;
    }
    if (!is(t_, of, "của") || of + 1 >= link) return std::nullopt;
    std::size_t what = of;
    bool introduced = false;
    for (const std::string_view w : {"đề nghị", "đề xuất", "tờ trình"}) {
      const std::size_t n = word(w).size();
      if (of >= n && is(t_, of - n, w)) {
        what = of - n;
        introduced = true;
        break;
      }
    }
    if (!introduced || what == 0 || !(is(t_, what - 1, "theo") || is(t_, what - 1, "xét"))) {
      return std::nullopt;
    }
    const auto body = import_detail::read_body(t_, of + 1, link, BodyMode::issuer);
    if (!body || body->first != of + 1 || body->last != link) return std::nullopt;
    return import_detail::span_text(text_, t_, body->first, body->last);
  }

  void emit(std::vector<Item>& items) {
    // Who proposed what the citations introduce; the issuer a citation states, or the law fixes,
    // comes first.
    const std::optional<std::string> proposer =
        items.empty() ? std::nullopt : proposer_before(items.front().first);
    proposal_.reset();
    for (Item& item : items) {
      if (!item.issuer) item.issuer = issuer_by_law(item);
      if (!item.issuer && proposer) {
        item.issuer = proposer;
        proposal_.emplace(item.last, *proposer);
      }
      const std::size_t begin = t_[item.first].begin;
      const std::size_t end = t_[item.last - 1].end;
      ReferenceMatch m;
      m.reference = DocumentRef(item.type, item.number, item.date, item.issuer, item.title,
                                item.part, item.date ? std::nullopt : item.year);
      m.offset = begin;
      m.length = end - begin;
      m.text = std::string(text_.substr(begin, end - begin));
      found_.push_back(std::move(m));
    }
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  std::vector<ReferenceMatch> found_;
  // The token after the last citation that took its issuer from a proposal, and that issuer.
  std::optional<std::pair<std::size_t, std::string>> proposal_;
};

}  // namespace

std::vector<ReferenceMatch> find_references(std::string_view text) {
  const std::vector<Token> tokens = import_detail::tokenize(text);
  return Finder(text, tokens).run();
}

}  // namespace govplan
