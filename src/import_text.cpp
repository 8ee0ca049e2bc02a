// import_text.cpp — see import_text.hpp.
#include "import_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "text.hpp"

namespace govplan::import_detail {

// ---- folding (the one place that uses ICU) -----------------------------------------------------

namespace {

// The five tone marks of Vietnamese as combining characters: huyền, sắc, ngã, hỏi, nặng.
bool is_tone_mark(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

icu::UnicodeString to_unicode(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

namespace {

// The key of one word computed with ICU (the definition; word_key() takes a shortcut for the
// letters Vietnamese uses and gives the same result).
std::string icu_word_key(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc_form = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString s = to_unicode(word);
  s.foldCase();
  const icu::UnicodeString d = nfd->normalize(s, status);
  icu::UnicodeString bare;
  icu::UnicodeString tones;
  for (int32_t i = 0; i < d.length();) {
    const UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (is_tone_mark(c)) {
      tones.append(c);
    } else {
      bare.append(c);
    }
  }
  icu::UnicodeString key = nfc_form->normalize(bare, status);
  if (U_FAILURE(status)) return std::string(word);
  key.append(tones);
  return to_utf8(key);
}

// Each Latin letter with a precomposed form (U+00C0–U+024F, U+1E00–U+1EFF), keyed once with
// ICU: its case-folded letter without the tone mark, and the tone mark (0 if none). A word's
// decomposition is the concatenation of its letters' (each begins with a base letter, so no mark
// moves across letters), and the bare letters recompose within each letter, so the key of a word
// made of ASCII and these letters is the bare letters in order followed by their tone marks.
struct LetterKey {
  std::string bare;
  char32_t tone = 0;
  bool usable = false;
};

const std::vector<LetterKey>& letter_keys() {
  static const std::vector<LetterKey> table = [] {
    std::vector<LetterKey> t(0x1F00 - 0xC0);
    const auto fill = [&](char32_t from, char32_t to) {
      for (char32_t c = from; c < to; ++c) {
        std::string utf8;
        detail::append_utf8(utf8, c);
        const std::string key = icu_word_key(utf8);
        LetterKey k;
        // The key is the bare letters, then at most one tone mark (two bytes, U+03xx).
        std::size_t tone_at = key.size();
        if (key.size() >= 2 && static_cast<unsigned char>(key[key.size() - 2]) == 0xCC) {
          tone_at = key.size() - 2;
          const detail::Utf8Char m = detail::decode_at(key, tone_at);
          if (is_tone_mark(static_cast<UChar32>(m.code_point))) k.tone = m.code_point;
          else tone_at = key.size();
        }
        k.bare = key.substr(0, tone_at);
        // Usable when the bare part holds no combining mark of its own.
        k.usable = !k.bare.empty() &&
                   k.bare.find('\xCC') == std::string::npos && k.bare.find('\xCD') == std::string::npos;
        t[c - 0xC0] = std::move(k);
      }
    };
    fill(0xC0, 0x250);
    fill(0x1E00, 0x1F00);
    return t;
  }();
  return table;
}

}  // namespace

std::string word_key(std::string_view word) {
  const std::vector<LetterKey>& table = letter_keys();
  std::string bare;
  std::string tones;
  bare.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    const auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      if (!std::isalnum(b)) return icu_word_key(word);
      bare += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
    const detail::Utf8Char c = detail::decode_at(word, i);
    const bool in_table = c.valid && ((c.code_point >= 0xC0 && c.code_point < 0x250) ||
                                      (c.code_point >= 0x1E00 && c.code_point < 0x1F00));
    if (!in_table) return icu_word_key(word);
    const LetterKey& k = table[c.code_point - 0xC0];
    if (!k.usable) return icu_word_key(word);
    bare += k.bare;
    if (k.tone != 0) detail::append_utf8(tones, k.tone);
    i += c.length;
  }
  return bare + tones;
}

std::string nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc_form = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  const icu::UnicodeString s = to_unicode(text);
  if (nfc_form->isNormalized(s, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  const icu::UnicodeString n = nfc_form->normalize(s, status);
  if (U_FAILURE(status)) return std::string(text);
  return to_utf8(n);
}

// ---- tokens ------------------------------------------------------------------------------------

namespace {

bool is_white(char32_t c) {
  return detail::is_space(c) || u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool is_word_char(char32_t c) {
  const auto u = static_cast<UChar32>(c);
  if (u_isalnum(u)) return true;
  const int8_t type = u_charType(u);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  detail::require_utf8(text, "text");
  std::vector<Token> tokens;
  int newlines = 0;
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    const detail::Utf8Char c = detail::decode_at(text, i);
    if (is_white(c.code_point)) {
      if (c.code_point == U'\n') ++newlines;
      space = true;
      i += c.length;
      continue;
    }
    Token t;
    t.begin = i;
    t.newlines_before = newlines;
    t.space_before = space;
    newlines = 0;
    space = false;
    if (is_word_char(c.code_point) && u_isalnum(static_cast<UChar32>(c.code_point))) {
      std::size_t j = i;
      bool all_digits = true;
      bool first_letter_seen = false;
      int letters = 0;
      int upper_letters = 0;
      while (j < text.size()) {
        const detail::Utf8Char w = detail::decode_at(text, j);
        if (!is_word_char(w.code_point)) break;
        const auto u = static_cast<UChar32>(w.code_point);
        if (!(w.code_point >= U'0' && w.code_point <= U'9')) all_digits = false;
        if (u_isalpha(u)) {
          ++letters;
          const bool up = u_isupper(u) || u_istitle(u);
          if (up) ++upper_letters;
          if (!first_letter_seen) {
            t.upper = up;
            first_letter_seen = true;
          }
        }
        j += w.length;
      }
      t.end = j;
      t.word = true;
      t.digits = all_digits;
      t.starts_digit = c.code_point >= U'0' && c.code_point <= U'9';
      if (t.starts_digit) t.upper = false;
      t.all_upper = letters >= 2 && upper_letters == letters;
      t.key = all_digits ? std::string(text.substr(i, j - i)) : word_key(text.substr(i, j - i));
    } else {
      // One character; combining marks that follow it stay with it.
      std::size_t j = i + c.length;
      while (j < text.size()) {
        const detail::Utf8Char m = detail::decode_at(text, j);
        const int8_t type = u_charType(static_cast<UChar32>(m.code_point));
        if (type != U_NON_SPACING_MARK && type != U_COMBINING_SPACING_MARK) break;
        j += m.length;
      }
      t.end = j;
      t.key = std::string(text.substr(i, j - i));
    }
    tokens.push_back(std::move(t));
    i = tokens.back().end;
  }
  return tokens;
}

Phrase phrase(std::string_view text) {
  Phrase p;
  for (const Token& t : tokenize(text)) p.push_back(t.key);
  return p;
}

namespace {
// Transparent hashing, so that a phrase is looked up without building a std::string.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
}  // namespace

const Phrase& cached_phrase(std::string_view text) {
  thread_local std::unordered_map<std::string, Phrase, TextHash, std::equal_to<>> cache;
  const auto found = cache.find(text);
  if (found != cache.end()) return found->second;
  return cache.emplace(std::string(text), phrase(text)).first->second;
}

std::vector<Phrase> phrases(std::initializer_list<std::string_view> texts) {
  std::vector<Phrase> out;
  out.reserve(texts.size());
  for (std::string_view t : texts) out.push_back(phrase(t));
  return out;
}

bool matches(const std::vector<Token>& tokens, std::size_t i, const Phrase& p, std::size_t& end) {
  if (p.empty() || i + p.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < p.size(); ++k) {
    if (tokens[i + k].key != p[k]) return false;
  }
  end = i + p.size();
  return true;
}

bool matches(const std::vector<Token>& tokens, std::size_t i, const Phrase& p) {
  std::size_t end = 0;
  return matches(tokens, i, p, end);
}

std::optional<PhraseHit> longest_match(const std::vector<Token>& tokens, std::size_t i,
                                       const std::vector<Phrase>& ps) {
  std::optional<PhraseHit> best;
  if (i >= tokens.size()) return best;
  const std::string& first = tokens[i].key;
  for (std::size_t k = 0; k < ps.size(); ++k) {
    // Most phrases differ at the first word's length or first byte: skip those cheaply.
    if (ps[k].empty() || ps[k][0].size() != first.size() || ps[k][0][0] != first[0]) continue;
    std::size_t end = 0;
    if (matches(tokens, i, ps[k], end) && (!best || end > best->end)) best = PhraseHit{k, end};
  }
  return best;
}

std::string span_text(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                      std::size_t last) {
  if (first >= last || last > tokens.size()) return {};
  std::string out;
  for (std::size_t k = first; k < last; ++k) {
    if (k > first && tokens[k].space_before) out += ' ';
    out += text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  }
  return nfc(out);
}

bool starts_item(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size()) return false;
  const Token& t = tokens[i];
  if (i > 0 && t.newlines_before == 0) return false;
  if (t.key == "-" || t.key == "+" || t.key == "•" || t.key == "–" || t.key == "*") return true;
  if (!t.word || t.end - t.begin > 5 || i + 1 >= tokens.size()) return false;
  const Token& next = tokens[i + 1];
  return !next.space_before && (next.key == "." || next.key == ")") &&
         (t.digits || t.all_upper || t.end - t.begin == 1);
}

std::optional<int> read_count(const std::vector<Token>& tokens, std::size_t i, std::size_t& end) {
  if (i >= tokens.size()) return std::nullopt;
  static const std::vector<Phrase> words =
      phrases({"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
               "mười lăm", "hai mươi", "ba mươi"});
  static const int values[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 30};
  // "(05)" or "(mười)" after the number, as texts repeat a count in the other form.
  const auto skip_parenthesised = [&](std::size_t k) {
    if (k + 2 < tokens.size() && tokens[k].key == "(" && tokens[k + 2].key == ")" &&
        tokens[k + 1].word) {
      return k + 3;
    }
    return k;
  };
  const Token& t = tokens[i];
  if (t.digits && t.end - t.begin <= 2) {
    const int v = std::stoi(t.key);
    if (v < 1) return std::nullopt;
    end = skip_parenthesised(i + 1);
    return v;
  }
  if (const auto hit = longest_match(tokens, i, words)) {
    const std::size_t after = hit->end;
    // "năm" is also "year": it counts only with its digits in brackets ("năm (05)").
    const bool bracketed_digits = after + 2 < tokens.size() && tokens[after].key == "(" &&
                                  tokens[after + 1].digits && tokens[after + 2].key == ")";
    if (words[hit->which] == phrase("năm") && !bracketed_digits) return std::nullopt;
    end = skip_parenthesised(after);
    if (bracketed_digits) return std::stoi(tokens[after + 1].key);
    return values[hit->which];
  }
  return std::nullopt;
}

// ---- document type words ------------------------------------------------------------------------

std::optional<TypeWord> type_word_at(const std::vector<Token>& tokens, std::size_t i) {
  struct Table {
    std::vector<Phrase> names;
    std::vector<DocumentType> types;
  };
  static const Table table = [] {
    Table t;
    for (const DocumentTypeInfo& info : document_types()) {
      t.names.push_back(phrase(info.name_vi));
      t.types.push_back(info.type);
    }
    // Documents call a công văn "văn bản" (document_type_from_name reads it the same way).
    t.names.push_back(phrase("văn bản"));
    t.types.push_back(DocumentType::cong_van);
    return t;
  }();
  if (i >= tokens.size() || !tokens[i].word) return std::nullopt;
  const auto hit = longest_match(tokens, i, table.names);
  if (!hit) return std::nullopt;
  // A Party "Thông tri" and a state "Thông tư" are both named; names are unique otherwise.
  return TypeWord{table.types[hit->which], hit->end};
}

// ---- bodies ------------------------------------------------------------------------------------

namespace {

// Words that begin the name of a body or an official.
const std::vector<Phrase>& head_words() {
  static const std::vector<Phrase> heads = phrases({
      "ủy ban nhân dân", "ủy ban", "hội đồng nhân dân", "hội đồng", "chủ tịch", "phó chủ tịch",
      "sở", "bộ", "bộ trưởng", "thứ trưởng", "phòng", "ban", "ban chỉ đạo", "ban chỉ huy",
      "ban chấp hành", "ban thường vụ", "ban bí thư", "bộ chính trị", "văn phòng", "tổng cục",
      "cục", "chi cục", "vụ", "liên đoàn", "liên minh", "ngân hàng", "thủ tướng", "chính phủ",
      "quốc hội", "tỉnh ủy", "thành ủy", "huyện ủy", "thị ủy", "quận ủy", "đảng ủy", "đảng bộ",
      "trung tâm", "viện", "kho bạc", "công an", "mặt trận", "thường trực", "giám đốc", "trưởng",
      "chủ nhiệm", "thủ trưởng", "cơ quan", "tòa án", "viện kiểm sát", "thanh tra", "kiểm toán",
      "bộ chỉ huy", "đoàn", "hội", "công chức",
      // Abbreviations of bodies in common use (also in text written all in capitals).
      "ubnd", "hđnd", "ubmttq", "mttq", "bcđ", "bch", "btv"});
  return heads;
}

// Heads that name an official's position rather than a body.
const std::vector<Phrase>& position_words() {
  static const std::vector<Phrase> positions =
      phrases({"chủ tịch", "phó chủ tịch", "bộ trưởng", "thứ trưởng", "giám đốc", "trưởng",
               "chủ nhiệm", "thủ trưởng", "công chức", "thủ tướng"});
  return positions;
}

// Words of the administrative level or structure of a body, written in lower case inside its
// name ("Ủy ban nhân dân cấp tỉnh", "Ngân hàng Nhà nước chi nhánh").
const std::vector<Phrase>& level_words() {
  static const std::vector<Phrase> levels = phrases({
      "cấp", "tỉnh", "huyện", "xã", "phường", "thị trấn", "quận", "thị xã", "thành phố",
      "trung ương", "các cấp", "cùng cấp", "cấp trên", "cấp dưới", "nhân dân", "chi nhánh",
      "quốc gia", "đặc khu",
      // The provincial level as statutes name it: "tỉnh, thành phố trực thuộc trung ương".
      "tỉnh, thành phố trực thuộc trung ương", "các tỉnh, thành phố trực thuộc trung ương"});
  return levels;
}

// Words that end a body's name: what follows is the description of a document, a verb, a
// preposition or a time. Lower case only unless listed in any_case_stops().
const std::vector<Phrase>& stop_words() {
  static const std::vector<Phrase> stops = phrases({
      "ngày", "số", "về", "v/v", "về việc", "quy định", "phê duyệt", "ban hành", "hướng dẫn",
      "triển khai", "thực hiện", "sửa đổi", "bổ sung", "tại", "theo", "trong", "đã", "để",
      "nhằm", "với", "cho", "đối với", "tiếp tục", "tăng cường", "đẩy mạnh", "xây dựng",
      "thành lập", "kiện toàn", "giao", "khóa", "kỳ họp", "kèm theo", "là", "thì", "đến", "gửi",
      "như", "nay", "này", "được", "năm", "trước", "sau", "chậm nhất", "kể từ", "nơi", "nếu",
      "khi", "bằng", "vào", "định kỳ", "hằng", "hàng", "kết quả", "tình hình", "những",
      "danh sách", "số liệu", "báo cáo", "tổng hợp", "kiểm tra", "có", "tham mưu", "chủ trì",
      "phối hợp", "qua", "hoặc", "đúng", "đồng thời", "các", "theo dõi", "xem xét", "chỉ đạo",
      "tổ chức", "lập", "đôn đốc", "quyết định", "công bố", "thông báo", "ký", "từ", "đề nghị",
      "yêu cầu", "thuộc", "trực thuộc", "của", "ở", "tới", "lên", "mà", "do", "phải", "cần",
      "sẽ", "đang", "trình", "thông tin", "phản ánh", "lồng ghép", "tiếp nhận", "xử lý",
      "quản lý nhà nước", "đánh giá", "ngay", "kịp thời", "chủ động", "cụ thể", "đảm bảo",
      "bảo đảm", "mẫu", "phụ lục"});
  return stops;
}

// Description words that end a name even when capitalised ("… của Thủ tướng Chính phủ Phê
// duyệt Đề án …").
const std::vector<Phrase>& any_case_stops() {
  static const std::vector<Phrase> stops =
      phrases({"phê duyệt", "ban hành", "v/v", "về việc", "quy định", "hướng dẫn", "phụ lục",
               "mẫu", "điều", "khoản", "chương", "mục", "thực hiện", "triển khai", "căn cứ",
               "sửa đổi", "bổ sung", "tăng cường", "đẩy mạnh", "nâng cao", "về"});
  return stops;
}

// Verbs that, right after a body in a list, show that the body is the subject of a new clause
// ("gửi Ủy ban nhân dân cấp trên, Ủy ban nhân dân cấp tỉnh kiểm tra, tổng hợp …").
const std::vector<Phrase>& clause_verbs() {
  static const std::vector<Phrase> verbs = phrases({
      "kiểm tra", "tổng hợp", "có trách nhiệm", "chủ trì", "phối hợp", "thực hiện", "báo cáo",
      "gửi", "xem xét", "chỉ đạo", "tham mưu", "lập", "theo dõi", "hướng dẫn", "triển khai",
      "tổ chức", "xây dựng", "ban hành", "quyết định", "đôn đốc", "trình", "tiếp nhận",
      "thống nhất", "đề nghị", "yêu cầu", "giao", "phê duyệt", "cho phép"});
  return verbs;
}

bool at_any(const std::vector<Token>& tokens, std::size_t i, const std::vector<Phrase>& ps,
            std::size_t& end) {
  if (const auto hit = longest_match(tokens, i, ps)) {
    end = hit->end;
    return true;
  }
  return false;
}

bool at_any(const std::vector<Token>& tokens, std::size_t i, const std::vector<Phrase>& ps) {
  std::size_t end = 0;
  return at_any(tokens, i, ps, end);
}

// A description word at `i` that ends a name.
bool is_stop(const std::vector<Token>& tokens, std::size_t i) {
  if (i >= tokens.size()) return true;
  if (at_any(tokens, i, any_case_stops())) return true;
  // A capitalised word is part of a name; a word in capitals is a stop word of all-capital text.
  if (tokens[i].upper && !tokens[i].all_upper) return false;
  return at_any(tokens, i, stop_words());
}

bool is_type_word(const std::vector<Token>& tokens, std::size_t i) {
  return type_word_at(tokens, i).has_value() && tokens[i].upper;
}

// True when the words on both sides of token `i` are in capitals too: text written all in
// capitals, where a word in capitals is no abbreviation.
bool in_capitals(const std::vector<Token>& tokens, std::size_t i) {
  const auto capital_word = [&](std::size_t k) { return tokens[k].all_upper; };
  std::size_t before = i;
  while (before > 0 && !tokens[before - 1].word) --before;
  std::size_t after = i + 1;
  while (after < tokens.size() && !tokens[after].word) ++after;
  const bool left = before == 0 || capital_word(before - 1);
  const bool right = after >= tokens.size() || capital_word(after);
  return left && right;
}

bool is_head(const std::vector<Token>& tokens, std::size_t i, std::size_t& end) {
  if (i >= tokens.size() || !tokens[i].word) return false;
  if (at_any(tokens, i, head_words(), end)) return true;
  // An abbreviation in running text ("BCĐ", "PCTT&TKCN") names a body.
  if (tokens[i].all_upper && !tokens[i].starts_digit && !in_capitals(tokens, i) &&
      !at_any(tokens, i, stop_words())) {
    end = i + 1;
    return true;
  }
  return false;
}

// "các" before a head ("các cơ quan quản lý …", "các Sở").
std::size_t skip_plural(const std::vector<Token>& tokens, std::size_t i) {
  static const Phrase cac = phrase("các");
  std::size_t end = 0;
  std::size_t head_end = 0;
  if (matches(tokens, i, cac, end) && is_head(tokens, end, head_end)) return end;
  return i;
}

}  // namespace

bool starts_body(const std::vector<Token>& tokens, std::size_t i, BodyMode mode) {
  if (i >= tokens.size() || !tokens[i].word || tokens[i].starts_digit) return false;
  if (at_any(tokens, i, any_case_stops())) return false;
  if (is_type_word(tokens, i)) return false;
  const std::size_t h = skip_plural(tokens, i);
  std::size_t end = 0;
  if (is_head(tokens, h, end)) {
    // A lower-case head ("cơ quan", "ban") counts in lists of recipients only, and never when it
    // is a description word ("ban hành").
    if (!tokens[h].upper && !tokens[h].all_upper) {
      return mode == BodyMode::recipient && !is_stop(tokens, h) &&
             (tokens[h].key == word_key("cơ") || h != i);
    }
    return true;
  }
  return mode == BodyMode::issuer && tokens[i].upper;
}

std::optional<BodySpan> read_body(const std::vector<Token>& tokens, std::size_t i,
                                  std::size_t limit, BodyMode mode) {
  limit = std::min(limit, tokens.size());
  if (i >= limit || !starts_body(tokens, i, mode)) return std::nullopt;
  static const Phrase va = phrase("và");
  static const Phrase ve = phrase("về");
  static const Phrase phong = phrase("phòng");
  static const Phrase chong = phrase("chống");
  static const Phrase quan_ly = phrase("quản lý");
  static const std::vector<Phrase> term = phrases({"khóa", "nhiệm kỳ"});
  static const std::vector<Phrase> steering = phrases({"ban chỉ đạo", "ban chỉ huy"});
  constexpr int kMaxLowerRun = 3;   // lower-case syllables after a capitalised one
  constexpr std::size_t kMaxItemTokens = 30;
  constexpr std::size_t kMaxTokens = 120;

  BodySpan span;
  span.first = i;
  std::size_t item_first = i;
  std::size_t k = i;
  int lower_run = 0;
  bool closed = false;       // after a level word only capitals, levels and joins may follow
  bool topic_open = false;   // inside "Ban Chỉ đạo … về <topic>"
  std::size_t last = i;      // one past the last token of the name so far
  std::size_t head_end = i;  // the token after the current item's head word
  std::size_t before_comma = 0;  // the end of the name before a comma inside it, if any

  const auto begin_item = [&](std::size_t at) {
    item_first = at;
    std::size_t h = skip_plural(tokens, at);
    std::size_t end = 0;
    if (is_head(tokens, h, end)) {
      k = end;
    } else {
      k = at + 1;
    }
    last = k;
    head_end = k;
    before_comma = 0;
    lower_run = 0;
    closed = false;
    topic_open = false;
    if (span.items.empty()) {
      std::size_t pe = 0;
      span.head_is_position = at_any(tokens, h, position_words(), pe);
    }
  };
  begin_item(i);

  while (k < limit && k - i < kMaxTokens && k - item_first < kMaxItemTokens) {
    const Token& t = tokens[k];
    if (starts_item(tokens, k)) break;
    std::size_t end = 0;
    if (t.word && at_any(tokens, k, level_words(), end) && !t.upper) {
      k = end;
      last = k;
      closed = true;
      lower_run = 0;
      continue;
    }
    if (t.word && k == head_end && matches(tokens, k, quan_ly, end)) {
      // "Ban quản lý khu công nghiệp", "cơ quan quản lý Quỹ": what is managed names the body.
      k = end;
      last = k;
      lower_run = 0;
      continue;
    }
    if (t.word && t.digits && closed) {  // "Quận 1", "Phường 5"
      k = k + 1;
      last = k;
      continue;
    }
    if (t.word && matches(tokens, k, va, end)) {
      // "và" joins parts of one name ("Sở Kế hoạch và Đầu tư") or, in lists, two bodies.
      if (end < limit && tokens[end].word && !tokens[end].starts_digit &&
          !is_stop(tokens, end) && !is_type_word(tokens, end) &&
          (tokens[end].upper || tokens[end].all_upper ||
           (mode == BodyMode::recipient && starts_body(tokens, end, mode)))) {
        std::size_t head_stop = 0;
        if (mode == BodyMode::recipient && is_head(tokens, skip_plural(tokens, end), head_stop)) {
          span.items.emplace_back(item_first, last);
          begin_item(end);
          continue;
        }
        k = end;
        lower_run = 0;
        closed = false;
        continue;
      }
      break;
    }
    if (t.word) {
      if (topic_open) {
        if (is_stop(tokens, k) && !matches(tokens, k, chong)) break;
        ++k;
        last = k;
        continue;
      }
      if (matches(tokens, k, ve) && !t.upper &&
          at_any(tokens, skip_plural(tokens, item_first), steering)) {
        // A steering committee is named by its topic: "Ban Chỉ đạo quốc gia về phòng, chống
        // thiên tai".
        topic_open = true;
        ++k;
        continue;
      }
      if (is_stop(tokens, k)) break;
      // A type word right after the head is the body's field ("Sở Kế hoạch và Đầu tư", "Phòng
      // Kế hoạch - Tài chính"), not a document.
      if (is_type_word(tokens, k) && k != head_end) break;
      if (t.upper || t.all_upper) {
        ++k;
        last = k;
        lower_run = 0;
        closed = false;
        continue;
      }
      if (closed || lower_run >= kMaxLowerRun || t.starts_digit) break;
      ++lower_run;
      ++k;
      last = k;
      continue;
    }
    // Punctuation.
    if ((t.key == "-" || t.key == "&" || t.key == "–") && k + 1 < limit && tokens[k + 1].word &&
        !is_stop(tokens, k + 1)) {
      k = k + 1;
      lower_run = 0;
      closed = false;
      continue;
    }
    if (t.key == ",") {
      // "phòng, chống" is one expression ("phòng, chống thiên tai").
      if (k > 0 && k + 1 < limit && matches(tokens, k - 1, phong) && matches(tokens, k + 1, chong)) {
        k = k + 1;
        continue;
      }
      if (topic_open) break;
      std::size_t level_end = 0;
      if (k + 1 < limit && at_any(tokens, k + 1, level_words(), level_end) &&
          level_end > k + 3) {
        // "Ngân hàng Nhà nước chi nhánh, tỉnh, thành phố trực thuộc trung ương"
        k = level_end;
        last = k;
        closed = true;
        continue;
      }
      std::size_t head_stop = 0;
      if (k + 1 < limit && is_head(tokens, skip_plural(tokens, k + 1), head_stop) &&
          starts_body(tokens, k + 1, BodyMode::recipient) && tokens[k + 1].newlines_before == 0) {
        if (mode == BodyMode::recipient) {
          span.items.emplace_back(item_first, last);
          begin_item(k + 1);
          continue;
        }
        // An official with two titles: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ". Another
        // body after the comma begins the next clause ("… của UBND thành phố, UBND phường ban
        // hành Kế hoạch").
        std::size_t title_end = 0;
        if (at_any(tokens, item_first, position_words(), title_end) && title_end == k &&
            at_any(tokens, k + 1, position_words())) {
          k = k + 1;
          lower_run = 0;
          closed = false;
          continue;
        }
        break;
      }
      // A comma inside a name ("Bộ Văn hóa, Thể thao và Du lịch"), unless what follows it is
      // the subject of the next clause (checked at the end).
      if (k + 1 < limit && tokens[k + 1].word && tokens[k + 1].upper && !tokens[k + 1].all_upper &&
          !is_stop(tokens, k + 1) && !is_type_word(tokens, k + 1) &&
          tokens[k + 1].newlines_before == 0) {
        before_comma = last;
        k = k + 1;
        lower_run = 0;
        closed = false;
        continue;
      }
      break;
    }
    if (t.key == "(" && mode == BodyMode::recipient) {
      // A detail in brackets inside a list ("Bộ … (qua Vụ Pháp chế), Ủy ban nhân dân cấp
      // tỉnh và Sở …"): the list goes on after it; the caller reads the detail.
      std::size_t close = k + 1;
      while (close < limit && close - k < 16 && tokens[close].key != ")") ++close;
      const std::size_t next = close + 1;
      std::size_t head_after = 0;
      if (close < limit && tokens[close].key == ")" && next + 1 < limit &&
          (tokens[next].key == "," || matches(tokens, next, va)) &&
          is_head(tokens, skip_plural(tokens, next + 1), head_after) &&
          starts_body(tokens, next + 1, mode)) {
        span.items.emplace_back(item_first, last);
        begin_item(next + 1);
        continue;
      }
      break;
    }
    if (t.key == "(" && mode == BodyMode::issuer && k + 1 < limit &&
        at_any(tokens, k + 1, term)) {
      // The term of a Party committee or council: "Tỉnh ủy (khóa XIV)".
      std::size_t close = k + 1;
      while (close < limit && close - k < 8 && tokens[close].key != ")") ++close;
      if (close < limit && tokens[close].key == ")") {
        k = close + 1;
        last = k;
        break;
      }
      break;
    }
    break;
  }
  // A comma inside a name followed by a verb was the end of the name: "… của UBND tỉnh, Trung
  // tâm Y tế thực hiện …".
  if (before_comma > item_first && last < limit && at_any(tokens, last, clause_verbs())) {
    last = before_comma;
  }
  span.items.emplace_back(item_first, last);

  // In a list of recipients, a last body followed by a verb is the subject of the next clause.
  if (mode == BodyMode::recipient && span.items.size() > 1 && last < limit &&
      at_any(tokens, last, clause_verbs())) {
    span.items.pop_back();
  }
  span.last = span.items.back().second;
  if (span.last <= span.first) return std::nullopt;
  return span;
}

}  // namespace govplan::import_detail
