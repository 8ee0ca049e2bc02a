#include "import_timeframe_text.hpp"

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "govplan/error.hpp"
#include "text.hpp"

namespace govplan::detail::timeframe_text {

namespace {

const icu::Normalizer2& normalizer(bool compose) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n =
      compose ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || n == nullptr) {
    throw ValidationError("timeframe.icu", "ICU normalisation data", u_errorName(status));
  }
  return *n;
}

bool is_tone_mark(UChar32 c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

// The base letter and tone mark of a vowel that carries a tone mark and nothing else ("á" → a,
// U+0301); false for other characters ("ấ" carries a circumflex too).
bool split_tone(UChar32 c, UChar32& base, UChar32& tone) {
  icu::UnicodeString d;
  if (!normalizer(false).getDecomposition(c, d) || d.countChar32() != 2) return false;
  base = d.char32At(0);
  tone = d.char32At(d.moveIndex32(0, 1));
  return base < 0x80 && is_tone_mark(tone);
}

bool is_word_char(char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  return u_isalpha(cp) || u_charType(cp) == U_NON_SPACING_MARK ||
         u_charType(cp) == U_COMBINING_SPACING_MARK;
}

bool is_dash(char32_t c) { return (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

}  // namespace

std::string to_nfc(std::string_view utf8) {
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString out = normalizer(true).normalize(in, status);
  if (U_FAILURE(status)) {
    throw ValidationError("timeframe.icu", "text ICU can normalise", u_errorName(status));
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string_view FoldedText::original(std::size_t first, std::size_t last) const {
  const std::size_t a = origin[std::min(first, folded.size())];
  const std::size_t b = origin[std::min(last, folded.size())];
  return trim(std::string_view(nfc).substr(a, b > a ? b - a : 0));
}

FoldedText fold_for_matching(std::string_view nfc) {
  // Characters first (code point and origin), then the tone-mark pass, then UTF-8.
  std::vector<char32_t> cps;
  std::vector<std::size_t> from;
  for (std::size_t i = 0; i < nfc.size();) {
    const Utf8Char ch = decode_at(nfc, i);
    char32_t c = ch.code_point;
    if (is_space(c)) {
      c = U' ';
      if (cps.empty() || cps.back() == U' ') {
        i += ch.length;
        continue;
      }
    } else if (is_dash(c)) {
      c = U'-';
    } else {
      c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    }
    cps.push_back(c);
    from.push_back(i);
    i += ch.length;
  }
  if (!cps.empty() && cps.back() == U' ') {
    cps.pop_back();
    from.pop_back();
  }
  // "hoà"/"hòa", "khoẻ"/"khỏe", "uỷ"/"ủy": the mark goes on the first vowel of a final pair.
  for (std::size_t i = 0; i + 1 < cps.size(); ++i) {
    const char32_t first = cps[i];
    if (first != U'o' && first != U'u') continue;
    if (first == U'u' && i > 0 && cps[i - 1] == U'q') continue;
    if (i + 2 < cps.size() && is_word_char(cps[i + 2])) continue;
    UChar32 base = 0;
    UChar32 tone = 0;
    if (!split_tone(static_cast<UChar32>(cps[i + 1]), base, tone)) continue;
    const bool pair = first == U'o' ? (base == U'a' || base == U'e') : base == U'y';
    if (!pair) continue;
    const UChar32 marked = normalizer(true).composePair(static_cast<UChar32>(first), tone);
    if (marked < 0) continue;
    cps[i] = static_cast<char32_t>(marked);
    cps[i + 1] = static_cast<char32_t>(base);
  }
  FoldedText out;
  out.nfc = std::string(nfc);
  for (std::size_t k = 0; k < cps.size(); ++k) {
    const std::size_t before = out.folded.size();
    append_utf8(out.folded, cps[k]);
    out.origin.insert(out.origin.end(), out.folded.size() - before, from[k]);
  }
  out.origin.push_back(nfc.size());
  return out;
}

std::vector<Token> tokenize(std::string_view folded) {
  std::vector<Token> tokens;
  for (std::size_t i = 0; i < folded.size();) {
    const Utf8Char ch = decode_at(folded, i);
    if (ch.code_point == U' ') {
      i += ch.length;
      continue;
    }
    Token t;
    t.begin = i;
    if (is_digit(ch.code_point)) {
      t.kind = Token::Kind::number;
      std::size_t j = i;
      while (j < folded.size() && is_digit(static_cast<unsigned char>(folded[j]))) ++j;
      t.end = j;
      if (j - i <= 9) {
        long v = 0;
        for (std::size_t k = i; k < j; ++k) v = v * 10 + (folded[k] - '0');
        t.value = v;
      }
    } else if (is_word_char(ch.code_point)) {
      t.kind = Token::Kind::word;
      std::size_t j = i;
      while (j < folded.size()) {
        const Utf8Char c = decode_at(folded, j);
        if (!is_word_char(c.code_point)) break;
        j += c.length;
      }
      t.end = j;
    } else {
      t.kind = Token::Kind::punct;
      t.end = i + ch.length;
    }
    t.text = folded.substr(t.begin, t.end - t.begin);
    tokens.push_back(t);
    i = t.end;
  }
  return tokens;
}

}  // namespace govplan::detail::timeframe_text
