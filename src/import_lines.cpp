// import_lines.cpp — keys, words, paragraphs and markers for import_plan_text (import_plan.hpp).
#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <utility>

#include "govplan/vntext.hpp"
#include "import_plan.hpp"
#include "text.hpp"

namespace govplan::import_plan {

// ---- keys and words -----------------------------------------------------------------------------

namespace {

// Tone marks on the second vowel of "oa", "oe", "uy" and the same mark on the first vowel, where
// both spellings have the same length in UTF-8 (the two placements of Quyết định 1989/QĐ-BGDĐT,
// Điều 8: "hoà"/"hòa", "uỷ"/"ủy").
struct ToneSwap {
  char first;             // 'o' or 'u'
  std::string_view late;  // the marked second vowel
  std::string_view early; // the marked first vowel
  char base;              // the second vowel without a mark
};
constexpr std::array<ToneSwap, 12> kToneSwaps{{
    {'o', "à", "ò", 'a'}, {'o', "á", "ó", 'a'}, {'o', "ả", "ỏ", 'a'}, {'o', "ã", "õ", 'a'},
    {'o', "ạ", "ọ", 'a'}, {'o', "è", "ò", 'e'}, {'o', "é", "ó", 'e'}, {'o', "ẻ", "ỏ", 'e'},
    {'o', "ẹ", "ọ", 'e'}, {'u', "ý", "ú", 'y'}, {'u', "ỷ", "ủ", 'y'}, {'u', "ỵ", "ụ", 'y'},
}};

// Letters and digits as words are made of: ASCII, and the Latin letters with marks (Latin-1,
// Latin Extended-A and -B, Latin Extended Additional), which cover Vietnamese.
inline bool is_alnum_cp(char32_t c) noexcept {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

// Capital letters (those detail::fold_case folds).
inline bool is_upper_cp(char32_t c) noexcept {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return detail::fold_case(c) != c;
}

}  // namespace

namespace {

// If the vowel "o"/"u" at d[v] carries a tone mark on the next vowel (d[v + 1 …]), moves the mark
// to it ("hoà" → "hòa", "uỷ" → "ủy"); the length stays the same.
inline void unify_tone(char* d, std::size_t n, std::size_t v) {
  for (const ToneSwap& sw : kToneSwaps) {
    if (d[v] != sw.first || v + 1 + sw.late.size() > n ||
        std::string_view(d + v + 1, sw.late.size()) != sw.late) {
      continue;
    }
    std::memcpy(d + v, sw.early.data(), sw.early.size());
    d[v + sw.early.size()] = sw.base;
    return;
  }
}

}  // namespace

std::string fold(std::string_view text) {
  // Byte by byte, the case folding of detail::fold_case(): ASCII, Latin-1 (U+00C0–U+00DE but
  // U+00D7), Ă Đ Ĩ Ũ Ơ Ư, and the even code points of U+1EA0–U+1EF9; each keeps its length.
  std::string out(text);
  char* d = out.data();
  const std::size_t n = out.size();
  std::size_t i = 0;
  while (i < n) {
    auto b = static_cast<unsigned char>(d[i]);
    while (b < 0x80) {
      d[i] = static_cast<char>(static_cast<unsigned>(b - 'A') < 26u ? (b | 0x20) : b);
      if (++i >= n) return out;
      b = static_cast<unsigned char>(d[i]);
    }
    if (i + 1 >= n) break;
    const auto b1 = static_cast<unsigned char>(d[i + 1]);
    const bool after_vowel = i > 0 && (d[i - 1] == 'o' || d[i - 1] == 'u');
    if (b == 0xC3) {
      if (b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97) d[i + 1] = static_cast<char>(b1 + 0x20);
      if (after_vowel) unify_tone(d, n, i - 1);
      i += 2;
    } else if (b == 0xC4 || b == 0xC5 || b == 0xC6) {
      const char32_t cp = (static_cast<char32_t>(b & 0x1F) << 6) | (b1 & 0x3Fu);
      if (cp == 0x102 || cp == 0x110 || cp == 0x128 || cp == 0x168 || cp == 0x1A0 ||
          cp == 0x1AF) {
        d[i + 1] = static_cast<char>(b1 + 1);
      }
      i += 2;
    } else if (b == 0xE1 && i + 2 < n && (b1 == 0xBA || b1 == 0xBB)) {
      const auto b2 = static_cast<unsigned char>(d[i + 2]);
      const char32_t cp = 0x1E00u | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
      if (cp >= 0x1EA0 && cp <= 0x1EF9 && cp % 2 == 0) d[i + 2] = static_cast<char>(b2 + 1);
      if (after_vowel) unify_tone(d, n, i - 1);
      i += 3;
    } else {
      ++i;
    }
  }
  return out;
}

std::vector<std::string> folded(std::initializer_list<std::string_view> phrases) {
  std::vector<std::string> out;
  out.reserve(phrases.size());
  for (std::string_view p : phrases) out.push_back(fold(p));
  return out;
}

bool alnum_at(std::string_view text, std::size_t pos) noexcept {
  if (pos >= text.size()) return false;
  const auto b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
  std::size_t len = 1;
  return is_alnum_cp(decode(text, pos, len));
}

bool alnum_before(std::string_view text, std::size_t pos) noexcept {
  if (pos == 0 || pos > text.size()) return false;
  std::size_t p = pos - 1;
  if (static_cast<unsigned char>(text[p]) < 0x80) return alnum_at(text, p);
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0u) == 0x80u) --p;
  std::size_t len = 1;
  return is_alnum_cp(decode(text, p, len));
}

bool word_at(std::string_view key, std::size_t pos, std::string_view word) noexcept {
  if (word.empty() || pos > key.size() || key.compare(pos, word.size(), word) != 0) return false;
  if (alnum_at(word, 0) && alnum_before(key, pos)) return false;
  const std::size_t end = pos + word.size();
  return !(alnum_before(word, word.size()) && alnum_at(key, end));
}

std::size_t find_word(std::string_view key, std::string_view word, std::size_t from) noexcept {
  for (std::size_t p = key.find(word, from); p != std::string_view::npos;
       p = key.find(word, p + 1)) {
    if (word_at(key, p, word)) return p;
  }
  return std::string_view::npos;
}

std::size_t longest_at(std::string_view key, std::size_t pos,
                       const std::vector<std::string>& words) noexcept {
  if (pos >= key.size()) return 0;
  const char first = key[pos];
  std::size_t best = 0;
  for (const std::string& w : words) {
    if (w.size() > best && w[0] == first && word_at(key, pos, w)) best = w.size();
  }
  return best;
}

bool all_caps(std::string_view text) noexcept {
  int letters = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 1;
    const char32_t c = decode(text, i, len);
    i += len;
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') return false;
      if (c >= 'A' && c <= 'Z') ++letters;
      continue;
    }
    if (!is_alnum_cp(c)) continue;
    if (!is_upper_cp(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

namespace {

int first_letter_case(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 1;
    const char32_t c = decode(text, i, len);
    i += len;
    if (detail::is_digit(c)) return 0;
    if (!is_alnum_cp(c)) continue;
    return is_upper_cp(c) ? 1 : -1;
  }
  return 0;
}

}  // namespace

bool starts_upper(std::string_view text) noexcept { return first_letter_case(text) > 0; }
bool starts_lower(std::string_view text) noexcept { return first_letter_case(text) < 0; }

std::size_t word_count(std::string_view text) noexcept {
  std::size_t n = 0;
  bool in = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 1;
    const bool a = is_alnum_cp(decode(text, i, len));
    i += len;
    if (a && !in) ++n;
    in = a;
  }
  return n;
}

std::string_view strip(std::string_view text, std::string_view chars) noexcept {
  const auto drop = [&](char c) { return c == ' ' || chars.find(c) != std::string_view::npos; };
  while (!text.empty() && drop(text.front())) text.remove_prefix(1);
  while (!text.empty() && drop(text.back())) text.remove_suffix(1);
  return text;
}

std::vector<std::size_t> word_starts(std::string_view key) {
  std::vector<std::size_t> out;
  bool in = false;
  for (std::size_t i = 0; i < key.size();) {
    std::size_t len = 1;
    const bool a = is_alnum_cp(decode(key, i, len));
    if (a && !in) out.push_back(i);
    in = a;
    i += len;
  }
  return out;
}

// ---- paragraphs ---------------------------------------------------------------------------------

std::uint32_t Para::offset(std::size_t i) const noexcept {
  if (runs.empty()) return cells.empty() ? 0 : cells.front().offset(0);
  if (!text.empty()) i = std::min(i, text.size() - 1);
  auto it = std::upper_bound(runs.begin(), runs.end(), i,
                             [](std::size_t v, const Run& r) { return v < r.text; });
  if (it != runs.begin()) --it;
  return it->input + static_cast<std::uint32_t>(i - std::min<std::size_t>(i, it->text));
}

void Para::map(std::size_t text_pos, std::size_t input_pos) {
  if (!runs.empty()) {
    const Run& last = runs.back();
    if (text_pos >= last.text && last.input + (text_pos - last.text) == input_pos) return;
  }
  runs.push_back(Run{static_cast<std::uint32_t>(text_pos), static_cast<std::uint32_t>(input_pos)});
}

Para Para::slice(std::size_t b, std::size_t e) const {
  e = std::min(e, text.size());
  b = std::min(b, e);
  while (b < e && text[b] == ' ') ++b;
  while (e > b && text[e - 1] == ' ') --e;
  Para p;
  p.text = text.substr(b, e - b);
  p.key = key.substr(b, e - b);
  if (!runs.empty()) {
    p.map(0, offset(b));
    for (const Run& r : runs) {
      if (r.text > b && r.text < e) p.map(r.text - b, r.input);
    }
  }
  for (std::size_t j : joins) {
    if (j > b && j < e) p.joins.push_back(j - b);
  }
  return p;
}

void Para::append(const Para& other) {
  const std::size_t base = text.size();
  text += other.text;
  key += other.key;
  for (const Run& r : other.runs) map(base + r.text, r.input);
  for (std::size_t j : other.joins) joins.push_back(base + j);
}

void Para::join(const Para& other) {
  if (!text.empty() && !other.text.empty()) {
    map(text.size(), other.offset(0));
    text += ' ';
    key += ' ';
  }
  if (!text.empty()) joins.push_back(text.size());
  append(other);
}

namespace {

// A cleaned piece of one line or one cell.
struct Piece {
  Para para;
  bool blank_before = false;
  bool cell_start = false;
  bool no_join_after = false;
  bool no_join_before = false;
};

// The text of input[begin, end) with Markdown bold removed, white space runs as one space, no
// spaces at either end, in NFC; `at` maps each byte back.
// True when `text` may not be in NFC: it has combining marks or characters outside the Latin
// letters and punctuation Vietnamese text uses (those are read by vntext::nfc with ICU).
bool may_need_nfc(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0xC0) continue;
    if (b == 0xCC || b == 0xCD) return true;                       // U+0300–U+036F
    if (b < 0xE0) continue;                                        // other 2-byte letters
    if (i + 1 >= text.size()) return true;
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    if (b == 0xE1 && b1 >= 0xB8 && b1 <= 0xBB) continue;           // U+1E00–U+1EFF
    if (b == 0xE2 && (b1 == 0x80 || b1 == 0x81 || b1 == 0x82)) continue;  // punctuation
    return true;
  }
  return false;
}

// White space other than ASCII: no-break, the spaces of U+2000–U+200B, line and paragraph
// separators, the narrow and medium spaces, the ideographic space and the byte-order mark.
inline bool wide_space(char32_t c) noexcept {
  if (c < 0x2000) return c == 0xA0 || c == 0x1680 || c == 0x85;
  return c <= 0x200B || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

Para clean(std::string_view input, std::size_t begin, std::size_t end) {
  Para p;
  p.text.reserve(end - begin);
  std::size_t space_at = std::string_view::npos;  // where pending white space began
  // Copies input[b, e) as it is, after one space if white space came before.
  const auto copy = [&](std::size_t b, std::size_t e) {
    if (b >= e) return;
    if (space_at != std::string_view::npos && !p.text.empty()) {
      p.map(p.text.size(), space_at);
      p.text += ' ';
    }
    space_at = std::string_view::npos;
    p.map(p.text.size(), b);
    p.text.append(input.substr(b, e - b));
  };
  std::size_t run = begin;
  for (std::size_t i = begin; i < end;) {
    const auto b = static_cast<unsigned char>(input[i]);
    if (b > ' ' && b < 0x80 && b != '*') {
      ++i;
      continue;
    }
    // Letters of Latin-1, Latin Extended and Latin Extended Additional are never space.
    if ((b >= 0xC3 && b <= 0xC9) || (b == 0xE1 && i + 1 < end &&
                                     static_cast<unsigned char>(input[i + 1]) >= 0xB8)) {
      i += b < 0xE0 ? 2 : 3;
      continue;
    }
    // One ASCII space between two words stays in the run.
    if (b == ' ' && i > run && i + 1 < end && input[i + 1] != ' ' && input[i + 1] != '\t' &&
        input[i + 1] != '\r') {
      ++i;
      continue;
    }
    if (b == '*') {
      if (i + 1 < end && input[i + 1] == '*') {
        copy(run, i);
        i += 2;
        run = i;
      } else {
        ++i;
      }
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = b < 0x80 ? char32_t{b} : decode(input, i, len);
    if (cp <= U' ' || cp == 0xAD || (cp >= 0x85 && wide_space(cp))) {
      copy(run, i);
      if (cp != 0xAD && space_at == std::string_view::npos) space_at = i;
      i += len;
      run = i;
      continue;
    }
    i += len;
  }
  copy(run, end);
  if (may_need_nfc(p.text)) {
    std::string n = vntext::nfc(p.text);
    if (n != p.text) {
      // Map the k-th character of the composed text to the k-th of the original.
      std::vector<std::uint32_t> starts;
      for (std::size_t i = 0; i < p.text.size();) {
        starts.push_back(p.offset(i));
        i += detail::decode_at(p.text, i).length;
      }
      Para composed;
      std::size_t k = 0;
      for (std::size_t i = 0; i < n.size(); ++k) {
        const std::size_t len = detail::decode_at(n, i).length;
        const std::uint32_t o = starts.empty() ? 0 : starts[std::min(k, starts.size() - 1)];
        // Each byte of a composed character points at the character it came from.
        for (std::size_t j = 0; j < len; ++j) {
          composed.runs.push_back(
              Para::Run{static_cast<std::uint32_t>(i + j), o});
        }
        i += len;
      }
      p.text = std::move(n);
      p.runs = std::move(composed.runs);
    }
  }
  p.key = fold(p.text);
  return p;
}

bool has_alnum(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = 1;
    if (is_alnum_cp(decode(text, i, len))) return true;
    i += len;
  }
  return false;
}

// Task tables: the header row names the content and at least one of lead, partners, time.
bool is_task_table_header(const std::vector<Para>& cells) {
  static const std::vector<std::string> content = folded(
      {"nội dung", "nhiệm vụ", "nội dung công việc", "nội dung nhiệm vụ", "tên nhiệm vụ",
       "nhiệm vụ, giải pháp", "công việc", "nội dung hoạt động", "hoạt động"});
  static const std::vector<std::string> other = folded(
      {"chủ trì", "phối hợp", "thời gian", "thời hạn", "sản phẩm", "thực hiện", "tiến độ"});
  bool has_content = false;
  bool has_other = false;
  for (const Para& c : cells) {
    if (longest_at(c.key, 0, content) != 0) has_content = true;
    for (const std::string& o : other) {
      if (find_word(c.key, o) != std::string::npos) has_other = true;
    }
  }
  return has_content && has_other;
}

// The cells of input[begin, end), split at "|"; a leading and a trailing empty cell (from
// "| a | b |") are dropped.
std::vector<Para> split_cells(std::string_view input, std::size_t begin, std::size_t end) {
  std::vector<Para> cells;
  std::size_t start = begin;
  for (std::size_t i = begin; i <= end; ++i) {
    if (i == end || input[i] == '|') {
      cells.push_back(clean(input, start, i));
      start = i + 1;
    }
  }
  return cells;
}

const std::vector<std::string>& type_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const DocumentTypeInfo& t : document_types()) v.push_back(fold(t.name_vi));
    return v;
  }();
  return names;
}

// A paragraph that is only a document type's name in capitals ("KẾ HOẠCH").
bool bare_type_line(const Para& p) {
  if (!all_caps(p.text)) return false;
  const std::size_t n = longest_at(p.key, 0, type_names());
  return n != 0 && n == p.key.size();
}

bool signature_prefix(std::string_view key) {
  static const std::vector<std::string> prefixes = folded({"tm.", "kt.", "tl.", "tuq.", "q."});
  for (const std::string& s : prefixes) {
    if (key.compare(0, s.size(), s) == 0) return true;
  }
  return false;
}

bool ends_sentence(std::string_view text) {
  text = strip(text, "”\"’)]*");
  if (text.empty()) return true;
  const char c = text.back();
  return c == '.' || c == ':' || c == ';' || c == '!' || c == '?';
}

// Words a paragraph opens with that never continue the one before, in their capitalised form.
bool capital_opener(const Para& p) {
  static const std::vector<std::string> openers =
      folded({"căn cứ", "thực hiện", "theo đề nghị", "xét đề nghị", "nơi nhận", "trên đây",
              "kính gửi", "lưu:"});
  return starts_upper(p.text) && longest_at(p.key, 0, openers) != 0;
}

// Heads of a line that names a body on its own, which a caps title does not run into.
bool body_line(const Para& p) {
  static const std::vector<std::string> heads =
      folded({"ủy ban nhân dân", "hội đồng nhân dân", "chủ tịch", "bộ trưởng", "giám đốc",
              "thủ tướng", "ban thường vụ", "ban chấp hành"});
  return all_caps(p.text) && longest_at(p.key, 0, heads) != 0 && word_count(p.text) <= 8;
}

// Whether piece `b` continues the paragraph `so_far`, whose last piece was `a` (its text is the
// end of `so_far`, from its last join).
bool may_join(const Piece& a, const Para& so_far, const Piece& b) {
  if (b.cell_start || a.no_join_after || b.no_join_before) return false;
  const std::string_view pa = so_far.joins.empty()
                                  ? std::string_view(so_far.text)
                                  : std::string_view(so_far.text).substr(so_far.joins.back());
  const Para& pb = b.para;
  if (marker_of(pb).kind != MarkerKind::none) return false;
  if (capital_opener(pb) || signature_prefix(pb.key)) return false;
  const Marker ma = marker_of(so_far);
  if (so_far.text.size() < 60 && bare_type_line(so_far)) return false;
  if (bare_type_line(pb) && ma.kind != MarkerKind::roman) return false;
  if (ends_sentence(pa)) return false;
  if (b.blank_before) return starts_lower(pb.text);
  const bool upper_b = starts_upper(pb.text);
  // A line of figures alone ("21/06/2024") is not continued by a capitalised line.
  if (upper_b && !starts_upper(pa) && !starts_lower(pa)) return false;
  // A line longer than converters wrap at is a paragraph of its own.
  if (upper_b && detail::char_count(pa) > 110) return false;
  const bool caps_a = all_caps(pa);
  const bool caps_b = all_caps(pb.text);
  if (caps_a && !caps_b) return false;
  if (caps_a && body_line(pb)) {
    const std::size_t from = pa.data() - so_far.text.data();
    if (!body_line(so_far.slice(from, so_far.text.size()))) return false;
  }
  // A short heading ("1. Mục đích") is not continued by a capitalised sentence.
  if ((ma.kind == MarkerKind::roman || ma.kind == MarkerKind::number ||
       ma.kind == MarkerKind::letter) && !caps_b && upper_b && so_far.text.size() < 120 &&
      word_count(std::string_view(so_far.text).substr(ma.end)) <= 6) {
    return false;
  }
  return true;
}

}  // namespace

std::vector<Para> paragraphs(std::string_view input) {
  std::vector<Piece> pieces;
  std::vector<Para> out;
  bool blank = false;
  bool cell = false;
  int signature_lines = 0;
  std::size_t table_columns = 0;  // inside a task table: its header's cell count (else 0)

  const auto flush_pieces = [&] {
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      if (k > 0 && may_join(pieces[k - 1], out.back(), pieces[k])) {
        out.back().join(pieces[k].para);
      } else {
        pieces[k].para.blank_before = pieces[k].blank_before;
        pieces[k].para.cell_start = pieces[k].cell_start;
        out.push_back(std::move(pieces[k].para));
      }
    }
    pieces.clear();
  };

  std::size_t begin = 0;
  while (begin <= input.size()) {
    std::size_t end = input.find('\n', begin);
    if (end == std::string_view::npos) end = input.size();
    const std::string_view line = input.substr(begin, end - begin);
    if (line.find('|') != std::string_view::npos) {
      std::vector<Para> cells = split_cells(input, begin, end);
      bool any = false;
      for (const Para& c : cells) any = any || has_alnum(c.text);
      if (!any) {
        // A cell boundary ("|" alone) or a Markdown rule ("|---|---|").
        cell = true;
      } else if (table_columns != 0 || is_task_table_header(cells)) {
        flush_pieces();
        Para row;
        row.blank_before = blank;
        row.cell_start = true;
        // "| a | b |" has an empty cell before the first bar and after the last: a header loses
        // both; a row loses them while it has more cells than the header (an empty first cell
        // that the header counts is a row's empty number).
        if (table_columns == 0) {
          if (!cells.empty() && cells.front().text.empty()) cells.erase(cells.begin());
          if (!cells.empty() && cells.back().text.empty()) cells.pop_back();
          row.table_header = true;
          table_columns = cells.size();
        } else {
          const std::size_t columns = table_columns;
          while (cells.size() > columns && cells.back().text.empty()) cells.pop_back();
          if (cells.size() > columns && cells.front().text.empty()) cells.erase(cells.begin());
        }
        row.cells = std::move(cells);
        out.push_back(std::move(row));
        blank = false;
        cell = false;
      } else {
        for (Para& c : cells) {
          if (!has_alnum(c.text)) continue;
          Piece pc;
          pc.para = std::move(c);
          pc.blank_before = blank;
          pc.cell_start = true;
          pieces.push_back(std::move(pc));
          blank = false;
        }
        cell = true;
      }
    } else {
      Para p = clean(input, begin, end);
      if (!has_alnum(p.text)) {
        if (table_columns != 0) {
          // A blank line inside a table is kept; any other line ends it.
          if (!p.text.empty() && p.text.find('-') == std::string::npos) table_columns = 0;
        }
        blank = true;
      } else {
        table_columns = 0;
        Piece pc;
        pc.para = std::move(p);
        pc.blank_before = blank;
        pc.cell_start = cell;
        // A signature block: its authority, position and name lines stand alone.
        if (signature_prefix(pc.para.key)) {
          signature_lines = 3;
          pc.no_join_after = true;
          pc.no_join_before = true;
        } else if (signature_lines > 0) {
          --signature_lines;
          pc.no_join_after = true;
          pc.no_join_before = true;
        }
        pieces.push_back(std::move(pc));
        blank = false;
        cell = false;
      }
    }
    if (end == input.size()) break;
    begin = end + 1;
  }
  flush_pieces();
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> sentences(const Para& p) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  const std::string& t = p.text;
  std::size_t start = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t e = i + 1;
    // Closing quotes and brackets stay with the sentence.
    while (e < t.size() && (t[e] == ')' || t[e] == '"' || t[e] == '\'' ||
                            t.compare(e, 3, "”") == 0 || t.compare(e, 3, "’") == 0)) {
      e += (static_cast<unsigned char>(t[e]) >= 0x80) ? 3 : 1;
    }
    if (e >= t.size() || t[e] != ' ') continue;
    if (!starts_upper(std::string_view(t).substr(e + 1, 8)) &&
        !(e + 1 < t.size() && (t.compare(e + 1, 3, "“") == 0 || t[e + 1] == '"'))) {
      continue;
    }
    // Not after an abbreviation: a single letter or a short word in capitals ("TP.", "Q.").
    std::size_t w = i;
    while (w > 0 && alnum_before(t, w)) {
      --w;
      while (w > 0 && (static_cast<unsigned char>(t[w]) & 0xC0u) == 0x80u) --w;
    }
    const std::string_view word = std::string_view(t).substr(w, i - w);
    if (c == '.' && !word.empty() && word.size() <= 4 && all_caps(word)) continue;
    if (c == '.' && word_count(word) == 1 && word.size() == 1) continue;
    out.emplace_back(start, e);
    start = e + 1;
  }
  if (start < t.size()) out.emplace_back(start, t.size());
  return out;
}

// ---- markers ------------------------------------------------------------------------------------

namespace {

int roman_value(std::string_view s) {
  int total = 0;
  int prev = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    int v = 0;
    switch (*it) {
      case 'I': v = 1; break;
      case 'V': v = 5; break;
      case 'X': v = 10; break;
      case 'L': v = 50; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

Marker marker_of(const Para& p) {
  Marker m;
  const std::string& t = p.text;
  if (t.empty() || p.is_row()) return m;
  const auto after = [&](std::size_t i) {
    // Content starts after the marker and the spaces after it.
    while (i < t.size() && t[i] == ' ') ++i;
    return i;
  };
  // "Điều 3." — an article of a decision.
  static const std::string dieu = fold("điều ");
  if (p.key.compare(0, dieu.size(), dieu) == 0 && starts_upper(t)) {
    std::size_t i = dieu.size();
    const std::size_t d = i;
    while (i < t.size() && is_ascii_digit(t[i])) ++i;
    if (i > d && i - d <= 3 && i < t.size() && (t[i] == '.' || t[i] == ':')) {
      m.kind = MarkerKind::article;
      m.label = t.substr(d, i - d);
      m.end = after(i + 1);
      return m;
    }
  }
  // "II." — a section.
  std::size_t i = 0;
  while (i < t.size() && i < 6 && (t[i] == 'I' || t[i] == 'V' || t[i] == 'X' || t[i] == 'L')) ++i;
  if (i > 0 && i < t.size() && roman_value(std::string_view(t).substr(0, i)) > 0 &&
      roman_value(std::string_view(t).substr(0, i)) < 40) {
    std::size_t j = i;
    if (t[j] == '.' || t[j] == ')' || t[j] == ':' || t[j] == '/') {
      ++j;
    } else if (t.compare(j, 2, " -") == 0 || t.compare(j, 2, " .") == 0) {
      j += 2;
    } else if (t.compare(j, 4, " –") == 0) {
      j += 4;
    } else {
      j = 0;
    }
    if (j > 0 && (j >= t.size() || t[j] == ' ')) {
      m.kind = MarkerKind::roman;
      m.label = t.substr(0, i);
      m.end = after(j);
      return m;
    }
  }
  // "1.", "1.2.", "1.2 ", "2)" — a numbered item.
  i = 0;
  int groups = 0;
  std::size_t label_end = 0;
  while (true) {
    const std::size_t d = i;
    while (i < t.size() && is_ascii_digit(t[i]) && i - d < 3) ++i;
    if (i == d || i - d > 2) break;
    ++groups;
    label_end = i;
    if (i < t.size() && t[i] == '.' && i + 1 < t.size() && is_ascii_digit(t[i + 1]) &&
        groups < 4) {
      ++i;
      continue;
    }
    break;
  }
  if (groups > 0 && label_end == i) {
    std::size_t j = i;
    bool closed = false;
    if (j < t.size() && (t[j] == '.' || t[j] == ')')) {
      ++j;
      closed = true;
    }
    if ((closed || groups > 1) && j < t.size() && t[j] == ' ') {
      m.kind = MarkerKind::number;
      m.label = t.substr(0, label_end);
      m.depth = groups;
      m.end = after(j);
      return m;
    }
  }
  // "a)", "đ)" — a lettered item.
  {
    const detail::Utf8Char c = detail::decode_at(t, 0);
    const bool letter = (c.code_point >= U'a' && c.code_point <= U'z') || c.code_point == 0x111;
    if (letter && c.length < t.size() && t[c.length] == ')' &&
        (c.length + 1 >= t.size() || t[c.length + 1] == ' ')) {
      m.kind = MarkerKind::letter;
      m.label = t.substr(0, c.length);
      m.end = after(c.length + 1);
      return m;
    }
  }
  // "- ", "+ ", "• " — a bullet.
  {
    const detail::Utf8Char c = detail::decode_at(t, 0);
    const bool dash = c.code_point == U'-' || c.code_point == U'+' || c.code_point == 0x2013 ||
                      c.code_point == 0x2014 || c.code_point == 0x2022 || c.code_point == U'*' ||
                      c.code_point == 0x25CF || c.code_point == 0xF0B7;
    if (dash && c.length < t.size() &&
        (t[c.length] == ' ' || (c.code_point == U'-' && starts_upper(t.substr(c.length, 4)) &&
                                alnum_at(t, c.length)))) {
      m.kind = MarkerKind::bullet;
      m.end = after(c.length);
      return m;
    }
  }
  return m;
}

}  // namespace govplan::import_plan
