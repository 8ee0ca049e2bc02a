// vntext.cpp — see include/govplan/vntext.hpp.
#include "govplan/vntext.hpp"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/stringoptions.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/error.hpp"
#include "text.hpp"

namespace govplan::vntext {

namespace {

// ---- ICU --------------------------------------------------------------------------------------

// ICU's NFC normaliser is a process-wide singleton owned by ICU; it is looked up once.
const icu::Normalizer2& nfc_normalizer() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || n == nullptr) {
      throw std::runtime_error(std::string("ICU normalisation data is unavailable: ") +
                               u_errorName(status));
    }
    return n;
  }();
  return *instance;
}

// Throws when ICU reports a failure: only resource exhaustion can cause one on valid UTF-8.
void check_icu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("ICU ") + what + " failed: " + u_errorName(status));
  }
}

// ---- characters -------------------------------------------------------------------------------

// What a code point is to the functions here. The kinds are tried in this order.
enum class Kind : std::uint8_t {
  space,      // Unicode White_Space (tab, line breaks, no-break spaces U+00A0 and U+202F, U+2000–
              // U+200A…) and the zero-width space U+200B, which text from Word or PDF puts
              // between words
  dash,       // "-", the Unicode hyphens U+2010–U+2011, figure/en/em dashes and the horizontal
              // bar U+2012–U+2015, the minus sign U+2212, the small em dash U+FE58 and the small
              // and full-width hyphen-minus U+FE63, U+FF0D: plans write "Tư pháp - Hộ tịch",
              // "Tư pháp – Hộ tịch" and "Tư pháp-Hộ tịch" alike
  ignorable,  // Unicode Default_Ignorable_Code_Point (soft hyphen, joiners, byte-order mark,
              // variation selectors) other than U+200B: no visible form, dropped from keys
  letter,     // letters (general category L)
  mark,       // combining marks (general category M)
  digit,      // decimal digits (general category Nd)
  punct,      // other punctuation (general category P)
  other,
};

// The five tone marks as combining characters: huyền (grave), sắc (acute), ngã (tilde), hỏi (hook
// above), nặng (dot below). The other Vietnamese diacritics (breve, circumflex, horn) belong to
// the vowel letter itself.
constexpr char32_t kToneMarks[] = {0x0300, 0x0301, 0x0303, 0x0309, 0x0323};

// Everything the functions here need to know about one code point, asked of ICU.
struct CharInfo {
  char32_t fold = 0;          // simple case folding (the code point itself when unchanged)
  Kind kind = Kind::other;
  bool nfc_inert = false;     // NFC_Quick_Check=Yes and combining class 0: text made only of such
                              // characters is NFC
  bool fold_simple = false;   // full case folding is `fold`, a single nfc_inert code point
  char base = 0;              // a letter whose canonical decomposition starts with an ASCII
                              // letter: that letter
  std::uint8_t tone = 0;      // 1 + index in kToneMarks of its one tone mark, or 0
  bool other_marks = false;   // marks besides that tone mark (ô, ơ, ă, a second mark…)
};

bool is_default_ignorable(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT) != 0;
}

CharInfo ask_icu(char32_t c) {
  const auto u = static_cast<UChar32>(c);
  CharInfo info;
  info.fold = static_cast<char32_t>(u_foldCase(u, U_FOLD_CASE_DEFAULT));
  const std::uint32_t category = U_GET_GC_MASK(u);
  if (c == 0x200B || u_isUWhiteSpace(u)) {
    info.kind = Kind::space;
  } else if (c == U'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 ||
             c == 0xFE63 || c == 0xFF0D) {
    info.kind = Kind::dash;
  } else if (is_default_ignorable(c)) {
    info.kind = Kind::ignorable;
  } else if ((category & U_GC_L_MASK) != 0) {
    info.kind = Kind::letter;
  } else if ((category & U_GC_M_MASK) != 0) {
    info.kind = Kind::mark;
  } else if ((category & U_GC_ND_MASK) != 0) {
    info.kind = Kind::digit;
  } else if ((category & U_GC_P_MASK) != 0) {
    info.kind = Kind::punct;
  }
  info.nfc_inert = u_getIntPropertyValue(u, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
                   u_getCombiningClass(u) == 0;

  UChar source[2];
  int32_t source_length = 0;
  U16_APPEND_UNSAFE(source, source_length, u);
  UChar folded[8];
  UErrorCode status = U_ZERO_ERROR;
  const int32_t folded_length =
      u_strFoldCase(folded, 8, source, source_length, U_FOLD_CASE_DEFAULT, &status);
  if (U_SUCCESS(status) && folded_length == U16_LENGTH(static_cast<UChar32>(info.fold))) {
    UChar32 full = 0;
    int32_t i = 0;
    U16_NEXT_UNSAFE(folded, i, full);
    info.fold_simple = static_cast<char32_t>(full) == info.fold &&
                       u_getIntPropertyValue(full, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
                       u_getCombiningClass(full) == 0;
  }

  icu::UnicodeString parts;
  if (c < 0x80) {
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) info.base = static_cast<char>(c);
  } else if (nfc_normalizer().getDecomposition(u, parts) && parts.length() > 0) {
    const UChar32 first = parts.char32At(0);
    if ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) {
      info.base = static_cast<char>(first);
      for (int32_t i = 1; i < parts.length(); ++i) {
        const char16_t m = parts.charAt(i);
        const auto* tone = std::find(std::begin(kToneMarks), std::end(kToneMarks), m);
        if (tone != std::end(kToneMarks) && info.tone == 0) {
          info.tone = static_cast<std::uint8_t>(1 + (tone - std::begin(kToneMarks)));
        } else {
          info.other_marks = true;
        }
      }
    }
  }
  return info;
}

// The blocks Vietnamese text is written with: ASCII, Latin-1, Latin Extended-A and -B, the
// combining diacritics, Latin Extended Additional (the letters with tone marks) and General
// Punctuation (dashes, curly quotes, special spaces). Their CharInfo is generated from ICU once;
// other code points are asked of ICU when they occur. Hot loops take the table once.
struct Block {
  char32_t first;
  char32_t end;
};
// The first block must start at 0 (Characters::get looks it up first).
constexpr Block kBlocks[] = {{0x0000, 0x0250}, {0x0300, 0x0370}, {0x1E00, 0x1F00}, {0x2000, 0x2070}};
constexpr std::size_t kTabulated = [] {
  std::size_t n = 0;
  for (const Block& block : kBlocks) n += block.end - block.first;
  return n;
}();

class Characters {
 public:
  Characters() {
    std::size_t k = 0;
    for (const Block& block : kBlocks) {
      for (char32_t c = block.first; c < block.end; ++c) table_[k++] = ask_icu(c);
    }
  }

  /// The information on `c`: from the table, or asked of ICU into `scratch`.
  const CharInfo& get(char32_t c, CharInfo& scratch) const {
    if (c < kBlocks[0].end) [[likely]] {
      return table_[c];
    }
    std::size_t offset = 0;
    for (const Block& block : kBlocks) {
      if (c < block.first) break;
      if (c < block.end) return table_[offset + (c - block.first)];
      offset += block.end - block.first;
    }
    scratch = ask_icu(c);
    return scratch;
  }

  CharInfo operator[](char32_t c) const {
    CharInfo scratch;
    return get(c, scratch);
  }

 private:
  std::array<CharInfo, kTabulated> table_{};
};

// The table, built on first use (thread-safe) and never changed.
const Characters& characters() {
  static const Characters instance;
  return instance;
}

// ---- UTF-8 ------------------------------------------------------------------------------------

// Throws ParseError("text.invalid_utf8") at the first invalid byte of `text`, if any: its line
// and column, the byte in hex, and its byte offset in the note.
void require_utf8(std::string_view text) {
  const std::size_t bad = detail::find_invalid_utf8(text);
  if (bad == std::string_view::npos) return;
  static constexpr char hex[] = "0123456789ABCDEF";
  const auto b = static_cast<unsigned char>(text[bad]);
  std::string found = "the byte 0x";
  found += hex[b >> 4];
  found += hex[b & 0xF];
  throw ParseError("text.invalid_utf8", "UTF-8 text", std::move(found),
                   detail::location_of(text, bad), "byte offset " + std::to_string(bad));
}

[[noreturn]] void throw_invalid_utf8(std::string_view text, std::size_t at) {
  require_utf8(text);
  throw ParseError("text.invalid_utf8", "UTF-8 text", "an invalid sequence",
                   detail::location_of(text, at));
}

// Decodes the character at `i` (< text.size()) of `text` into `c` and returns its length in
// bytes, or throws ParseError when the text is not UTF-8 there. The same rules as
// detail::decode_at (no overlong forms, surrogates or code points above U+10FFFF).
inline std::size_t decode(std::string_view text, std::size_t i, char32_t& c) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) [[likely]] {
    c = b0;
    return 1;
  }
  std::size_t length = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2, c = b0 & 0x1Fu, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3, c = b0 & 0x0Fu, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4, c = b0 & 0x07u, min = 0x10000;
  }
  bool valid = length != 0 && i + length <= text.size();
  for (std::size_t k = 1; valid && k < length; ++k) {
    const unsigned char b = byte(i + k);
    valid = (b & 0xC0u) == 0x80u;
    c = (c << 6) | (b & 0x3Fu);
  }
  if (valid && c >= min && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF)) [[likely]] {
    return length;
  }
  throw_invalid_utf8(text, i);
}

inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else {
    detail::append_utf8(out, c);
  }
}

// Whether `text` is NFC and folds character by character (checked with the table, without ICU);
// throws ParseError for invalid UTF-8 anywhere in it.
struct Scan {
  bool nfc = true;
  bool simple_fold = true;
};

Scan scan(std::string_view text) {
  const Characters& chars = characters();
  Scan result;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t c = 0;
    i += decode(text, i, c);
    CharInfo scratch;
    const CharInfo& info = chars.get(c, scratch);
    if (!info.nfc_inert) {
      result.nfc = false;
      result.simple_fold = false;
      require_utf8(text);  // ICU is needed: check the rest of the text first
      return result;
    }
    result.simple_fold = result.simple_fold && info.fold_simple;
  }
  return result;
}

// ---- ICU normalisation and case folding -------------------------------------------------------

// `text` for ICU, which counts lengths in int32_t: a longer text is a ParseError.
icu::StringPiece piece(std::string_view text) {
  detail::require_max_length(text, static_cast<std::size_t>(std::numeric_limits<int32_t>::max()),
                             "text");
  return {text.data(), static_cast<int32_t>(text.size())};
}

bool is_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const bool yes = nfc_normalizer().isNormalizedUTF8(piece(text), status);
  check_icu(status, "normalisation check");
  return yes;
}

std::string to_nfc(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  nfc_normalizer().normalizeUTF8(0, piece(text), sink, nullptr, status);
  check_icu(status, "normalisation");
  return out;
}

// `text` (valid UTF-8) in NFC, with ICU.
std::string icu_nfc(std::string_view text) {
  if (is_nfc(text)) return std::string(text);
  return to_nfc(text);
}

// Full case folding of valid NFC `text`, in NFC (folding can undo a composition, rarely), with
// ICU.
std::string icu_fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT, piece(text), sink, nullptr, status);
  check_icu(status, "case folding");
  if (!is_nfc(out)) return to_nfc(out);
  return out;
}

// Case folding of valid NFC text whose characters all fold simply (Scan::simple_fold).
std::string simple_fold(std::string_view text) {
  const Characters& chars = characters();
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      out += static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
      ++i;
      continue;
    }
    char32_t c = 0;
    const std::size_t length = decode(text, i, c);
    const char32_t folded = chars[c].fold;
    if (folded == c) {
      out.append(text.substr(i, length));
    } else {
      append_utf8(out, folded);
    }
    i += length;
  }
  return out;
}

// `text` checked and in NFC.
std::string checked_nfc(std::string_view text) {
  if (scan(text).nfc) return std::string(text);
  return icu_nfc(text);
}

// ---- tone marks -------------------------------------------------------------------------------

// The consonant letters of Vietnamese (initial consonants and clusters are spelled with these).
bool is_consonant(char32_t c) noexcept {
  switch (c) {
    case U'b': case U'c': case U'd': case U'g': case U'h': case U'k': case U'l': case U'm':
    case U'n': case U'p': case U'q': case U'r': case U's': case U't': case U'v': case U'x':
    case 0x111:  // đ
      return true;
    default:
      return false;
  }
}

// The last letters of a lower-case syllable being written to the output, to place its tone mark
// when it ends.
struct Syllable {
  char32_t glide = 0;          // the letter before the last
  char32_t vowel = 0;          // the last letter
  std::size_t glide_at = 0;    // byte offsets of those two in the output
  std::size_t vowel_at = 0;
  std::size_t count = 0;       // letters so far
  bool consonants = true;      // every letter before `glide` is a consonant
  char32_t before_glide = 0;   // the letter before `glide`, or 0

  void push(char32_t c, std::size_t at) {
    if (count >= 2) {
      consonants = consonants && is_consonant(glide);
      before_glide = glide;
    }
    glide = vowel;
    glide_at = vowel_at;
    vowel = c;
    vowel_at = at;
    ++count;
  }
};

// Rewrites the end of `out`, where the lower-case NFC syllable `s` was just written, with its tone
// mark on the main vowel when it is one of the syllables that the two spelling styles write
// differently.
//
// Điều 8 of the spelling rules for textbooks (Quyết định 1989/QĐ-BGDĐT of 25/5/2018 of the Ministry
// of Education and Training) puts the tone mark on the letter of the syllable's main vowel: "hoà",
// "quý hoá", "thuỷ", "khoẻ". The older style, still common in administrative text ("Ủy ban",
// "Luật Thủy sản"), puts it on the first letter of a final "oa", "oe" or "uy": "hòa", "thủy",
// "khỏe". The styles differ only there: in those three rhymes the "o"/"u" is the glide and
// "a"/"e"/"y" the main vowel, and both styles mark the main vowel when a consonant ends the
// syllable ("hoàn", "toán", "khuyến") or when another vowel follows ("ngoài", "khuỷu").
// After "q" the "u" is part of the initial "qu", so "quý", "quỹ" are the same in both styles and
// are left alone. The key uses the rule of Điều 8 (mark on the main vowel).
//
// The two letters are decomposed (NFD, from ICU's decomposition data), the tone mark moved to the
// main vowel, and the vowel recomposed: there is no table of precomposed letters.
void place_tone_on_main_vowel(const Characters& chars, const Syllable& s, std::string& out) {
  if (s.count < 2 || (s.glide < 0x80 && s.vowel < 0x80) || !s.consonants) return;
  const CharInfo glide = chars[s.glide];
  const CharInfo vowel = chars[s.vowel];
  const bool rhyme = (glide.base == 'o' && (vowel.base == 'a' || vowel.base == 'e')) ||
                     (glide.base == 'u' && vowel.base == 'y');
  if (!rhyme || glide.other_marks || vowel.other_marks) return;  // ô, ơ, ê…: other rhymes
  if (glide.tone == 0 || vowel.tone != 0) return;  // no mark, or already on the main vowel
  if (glide.base == 'u' && s.before_glide == U'q') return;  // "qu" + "y"
  const UChar32 marked = nfc_normalizer().composePair(
      static_cast<UChar32>(vowel.base), static_cast<UChar32>(kToneMarks[glide.tone - 1]));
  if (marked < 0) return;
  out.resize(s.glide_at);
  out += glide.base;
  append_utf8(out, static_cast<char32_t>(marked));
}

// ---- the key ----------------------------------------------------------------------------------

// The work of match_key after NFC: case folding (character by character, which is full case
// folding when `text` passed Scan; ICU has already folded it otherwise), tone marks placed (see
// above), white space runs as one space, dashes as "-" without spaces around them, ignorable
// characters dropped, and with `trim` leading and trailing space and punctuation dropped. A
// syllable is a run of letters and combining marks. With `check`, gives up (returns false) at the
// first character that needs ICU (not nfc_inert or not fold_simple); throws ParseError for invalid
// UTF-8.
bool squeeze_into(std::string_view text, bool trim, bool check, std::string& out) {
  const Characters& chars = characters();
  out.clear();
  out.reserve(text.size());
  Syllable syllable;
  bool in_syllable = false;
  bool dropped = false;  // some ignorable character was dropped
  bool pending_space = false;
  bool after_dash = false;

  const auto separate = [&] {
    if (pending_space && !after_dash && !(trim && out.empty())) out += ' ';
    pending_space = false;
    after_dash = false;
  };
  // Writes the character `c` at byte `at` of `text` as `folded`.
  const auto emit = [&](char32_t c, char32_t folded, std::size_t at, std::size_t length) {
    if (folded < 0x80) {
      out.push_back(static_cast<char>(folded));
    } else if (folded == c) {
      out.append(text.data() + at, length);
    } else {
      detail::append_utf8(out, folded);
    }
  };
  const auto end_syllable = [&] {
    if (!in_syllable) return;
    place_tone_on_main_vowel(chars, syllable, out);
    syllable = Syllable{};
    in_syllable = false;
  };

  for (std::size_t i = 0; i < text.size();) {
    char32_t c = 0;
    const std::size_t length = decode(text, i, c);
    CharInfo scratch;
    const CharInfo& info = chars.get(c, scratch);
    if (check && c >= 0x80 && (!info.nfc_inert || !info.fold_simple)) return false;
    switch (info.kind) {
      case Kind::letter:
      case Kind::mark: {
        if (!in_syllable) {
          separate();
          in_syllable = true;
        }
        const std::size_t at = out.size();
        emit(c, info.fold, i, length);
        syllable.push(info.fold, at);
        break;
      }
      case Kind::ignorable:
        dropped = true;
        break;
      case Kind::space:
        end_syllable();
        pending_space = true;
        break;
      case Kind::dash:
        end_syllable();
        pending_space = false;
        if (!(trim && out.empty())) {
          out += '-';
          after_dash = true;
        }
        break;
      default:
        end_syllable();
        if (!(trim && out.empty() && info.kind == Kind::punct)) {
          separate();
          emit(c, info.fold, i, length);
        }
        break;
    }
    i += length;
  }
  end_syllable();
  if (!trim && pending_space && !after_dash) out += ' ';
  if (trim) {
    while (!out.empty()) {
      std::size_t start = out.size() - 1;
      while (start > 0 && (static_cast<unsigned char>(out[start]) & 0xC0u) == 0x80u) --start;
      char32_t c = 0;
      decode(out, start, c);
      const Kind kind = chars[c].kind;
      if (kind != Kind::space && kind != Kind::dash && kind != Kind::punct) break;
      out.resize(start);
    }
  }
  // Dropping an ignorable character between a letter and a combining mark can leave text that is
  // not NFC ("o", U+00AD, U+0300): compose it and read it again (it has no ignorables left).
  if (dropped && !check && !is_nfc(out)) {
    const std::string again = to_nfc(out);
    return squeeze_into(again, trim, false, out);
  }
  return true;
}

// squeeze_into after NFC and case folding, with ICU only when the text needs it: match_key with
// `trim`. Throws ParseError for invalid UTF-8.
std::string squeezed(std::string_view text, bool trim) {
  std::string out;
  if (squeeze_into(text, trim, true, out)) return out;
  require_utf8(text);
  squeeze_into(icu_fold(icu_nfc(text)), trim, false, out);
  return out;
}

// ---- abbreviations ----------------------------------------------------------------------------

// Short forms in common administrative use whose meaning is not in doubt. Names of bodies are
// capitalised as names (Ủy ban nhân dân, Ban Chỉ đạo), common nouns are not.
const std::vector<Abbreviation>& table() {
  static const std::vector<Abbreviation> abbreviations = {
      {"UBND", "Ủy ban nhân dân"},
      {"HĐND", "Hội đồng nhân dân"},
      {"MTTQ", "Mặt trận Tổ quốc"},
      {"MTTQVN", "Mặt trận Tổ quốc Việt Nam"},
      {"UBMTTQ", "Ủy ban Mặt trận Tổ quốc"},
      {"UBMTTQVN", "Ủy ban Mặt trận Tổ quốc Việt Nam"},
      {"BCĐ", "Ban Chỉ đạo"},
      {"BCH", "Ban Chấp hành"},
      {"UBKT", "Ủy ban Kiểm tra"},
      {"PBGDPL", "phổ biến, giáo dục pháp luật"},
      {"GDPL", "giáo dục pháp luật"},
      {"QPPL", "quy phạm pháp luật"},
      {"VBQPPL", "văn bản quy phạm pháp luật"},
      {"CCHC", "cải cách hành chính"},
      {"TTHC", "thủ tục hành chính"},
      {"CNTT", "công nghệ thông tin"},
      {"CBCC", "cán bộ, công chức"},
      {"CBCCVC", "cán bộ, công chức, viên chức"},
      {"KT-XH", "kinh tế - xã hội"},
      {"NTM", "nông thôn mới"},
  };
  return abbreviations;
}

// Characters that join a short form to its neighbours into one code ("43/KH-UBND", "UBND-VXNV",
// "QĐ_UBND"): next to one of these, or to a letter, digit or mark, a short form is not a word.
bool joins_code(char32_t c) {
  if (c == U'-' || c == U'/' || c == U'_' || c == U'&' || c == 0x2010 || c == 0x2011) return true;
  const Kind kind = characters()[c].kind;
  return kind == Kind::letter || kind == Kind::mark || kind == Kind::digit;
}

// The code point that ends just before byte `end` of valid UTF-8 `text` (end > 0).
char32_t code_point_before(std::string_view text, std::size_t end) {
  std::size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
  char32_t c = 0;
  decode(text, start, c);
  return c;
}

// The code point that starts at byte `at` of valid UTF-8 `text` (at < text.size()).
char32_t code_point_at(std::string_view text, std::size_t at) {
  char32_t c = 0;
  decode(text, at, c);
  return c;
}

// expand_abbreviations of valid NFC text.
std::string expand_nfc(std::string_view text) {
  const std::vector<Abbreviation>& abbreviations = table();
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  std::size_t copied = 0;  // text before this byte is in `out`
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    // Short forms start with an upper-case ASCII letter or Đ (C4 90).
    const bool may_start = (byte >= 'A' && byte <= 'Z') || byte == 0xC4;
    if (may_start && (i == 0 || !joins_code(code_point_before(text, i)))) {
      const Abbreviation* best = nullptr;
      for (const Abbreviation& a : abbreviations) {  // every short form has 2 bytes or more
        if (i + a.short_form.size() > text.size() || text[i + 1] != a.short_form[1] ||
            text.compare(i, a.short_form.size(), a.short_form) != 0) {
          continue;
        }
        const std::size_t end = i + a.short_form.size();
        if (end < text.size() && joins_code(code_point_at(text, end))) continue;
        if (best == nullptr || a.short_form.size() > best->short_form.size()) best = &a;
      }
      if (best != nullptr) {
        out.append(text.substr(copied, i - copied));
        out.append(best->long_form);
        i += best->short_form.size();
        copied = i;
        continue;
      }
    }
    ++i;  // a continuation byte never matches the first byte of a short form
  }
  out.append(text.substr(copied));
  return out;
}

// A text cut into words (runs of letters, digits and combining marks) and what lies between them.
struct Words {
  std::vector<std::size_t> begin;  // byte offsets
  std::vector<std::size_t> end;
};

Words words_of(std::string_view text) {
  const Characters& chars = characters();
  Words w;
  bool inside = false;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = 0;
    const std::size_t length = decode(text, i, c);
    const Kind kind = chars[c].kind;
    const bool word = kind == Kind::letter || kind == Kind::mark || kind == Kind::digit;
    if (word && !inside) w.begin.push_back(i);
    if (!word && inside) w.end.push_back(i);
    inside = word;
    i += length;
  }
  if (inside) w.end.push_back(text.size());
  return w;
}

// The keys of a long form: of each word, and of what separates each word from the next.
struct LongForm {
  const Abbreviation* abbreviation = nullptr;
  std::vector<std::string> words;
  std::vector<std::string> separators;
};

std::string word_key(std::string_view word) { return squeezed(word, false); }

std::string separator_key(std::string_view separator) { return squeezed(separator, false); }

// The long forms, longest (in words) first, so "văn bản quy phạm pháp luật" is VBQPPL, not
// "văn bản QPPL".
const std::vector<LongForm>& long_forms() {
  static const std::vector<LongForm> forms = [] {
    std::vector<LongForm> v;
    for (const Abbreviation& a : table()) {
      LongForm f;
      f.abbreviation = &a;
      const Words w = words_of(a.long_form);
      for (std::size_t k = 0; k < w.begin.size(); ++k) {
        f.words.push_back(word_key(a.long_form.substr(w.begin[k], w.end[k] - w.begin[k])));
        if (k + 1 < w.begin.size()) {
          f.separators.push_back(
              separator_key(a.long_form.substr(w.end[k], w.begin[k + 1] - w.end[k])));
        }
      }
      v.push_back(std::move(f));
    }
    std::stable_sort(v.begin(), v.end(), [](const LongForm& x, const LongForm& y) {
      return x.words.size() > y.words.size();
    });
    return v;
  }();
  return forms;
}

// abbreviate of valid NFC text.
std::string abbreviate_nfc(std::string_view text) {
  const Words w = words_of(text);
  const std::size_t n = w.begin.size();
  // Keys computed on demand: most words are never compared.
  std::vector<std::string> keys(n);
  std::vector<bool> have_key(n, false);
  std::vector<std::string> gaps(n);  // gaps[k]: key of the text between word k and word k + 1
  std::vector<bool> have_gap(n, false);
  const auto key = [&](std::size_t k) -> const std::string& {
    if (!have_key[k]) {
      keys[k] = word_key(text.substr(w.begin[k], w.end[k] - w.begin[k]));
      have_key[k] = true;
    }
    return keys[k];
  };
  const auto gap = [&](std::size_t k) -> const std::string& {
    if (!have_gap[k]) {
      gaps[k] = separator_key(text.substr(w.end[k], w.begin[k + 1] - w.end[k]));
      have_gap[k] = true;
    }
    return gaps[k];
  };

  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;
  for (std::size_t k = 0; k < n;) {
    const LongForm* match = nullptr;
    for (const LongForm& f : long_forms()) {
      const std::size_t m = f.words.size();
      if (m == 0 || k + m > n) continue;
      bool same = true;
      for (std::size_t j = 0; j < m && same; ++j) {
        same = key(k + j) == f.words[j] && (j + 1 == m || gap(k + j) == f.separators[j]);
      }
      if (same) {
        match = &f;
        break;
      }
    }
    if (match == nullptr) {
      ++k;
      continue;
    }
    const std::size_t last = k + match->words.size() - 1;
    out.append(text.substr(copied, w.begin[k] - copied));
    out.append(match->abbreviation->short_form);
    copied = w.end[last];
    k = last + 1;
  }
  out.append(text.substr(copied));
  return out;
}

}  // namespace

std::string nfc(std::string_view text) { return checked_nfc(text); }

std::string fold_case(std::string_view text) {
  const Scan s = scan(text);
  if (s.nfc && s.simple_fold) return simple_fold(text);
  return icu_fold(icu_nfc(text));
}

std::string match_key(std::string_view text) { return squeezed(text, true); }

const std::vector<Abbreviation>& abbreviations() { return table(); }

std::string expand_abbreviations(std::string_view text) {
  return expand_nfc(checked_nfc(text));
}

std::string abbreviate(std::string_view text) { return abbreviate_nfc(checked_nfc(text)); }

std::string party_key(std::string_view name) {
  return squeezed(expand_nfc(checked_nfc(name)), true);
}

bool same_party(std::string_view a, std::string_view b) { return party_key(a) == party_key(b); }

}  // namespace govplan::vntext
