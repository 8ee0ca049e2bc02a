#include "text.hpp"

#include <string>

namespace govplan::detail {

Utf8Char decode_at(std::string_view text, std::size_t offset) noexcept {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char b0 = byte(offset);
  if (b0 < 0x80) return {b0, 1, true};
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2, cp = b0 & 0x1Fu, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3, cp = b0 & 0x0Fu, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4, cp = b0 & 0x07u, min = 0x10000;
  } else {
    return {0xFFFD, 1, false};
  }
  if (offset + length > text.size()) return {0xFFFD, 1, false};
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char b = byte(offset + i);
    if ((b & 0xC0u) != 0x80u) return {0xFFFD, 1, false};
    cp = (cp << 6) | (b & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1, false};
  return {cp, length, true};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t find_invalid_utf8(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const Utf8Char c = decode_at(text, i);
    if (!c.valid) return i;
    i += c.length;
  }
  return std::string_view::npos;
}

void require_utf8(std::string_view text, std::string_view what) {
  const std::size_t bad = find_invalid_utf8(text);
  if (bad == std::string_view::npos) return;
  static constexpr char hex[] = "0123456789ABCDEF";
  const auto b = static_cast<unsigned char>(text[bad]);
  std::string found = "the byte 0x";
  found += hex[b >> 4];
  found += hex[b & 0xF];
  throw ParseError(std::string(what) + ".invalid_utf8", "UTF-8 text", std::move(found),
                   location_of(text, bad));
}

void require_max_length(std::string_view text, std::size_t max_bytes, std::string_view what) {
  if (text.size() <= max_bytes) return;
  throw ParseError(std::string(what) + ".too_long",
                   "at most " + std::to_string(max_bytes) + " bytes",
                   std::to_string(text.size()) + " bytes starting " + quote(text, 40),
                   Location::in_text(1, 1));
}

Location location_of(std::string_view text, std::size_t offset) noexcept {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size();) {
    const Utf8Char c = decode_at(text, i);
    if (c.code_point == U'\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += c.length;
  }
  return Location::in_text(line, column);
}

bool is_space(char32_t c) noexcept {
  switch (c) {
    case U' ': case U'\t': case U'\n': case U'\r': case U'\v': case U'\f':
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000: case 0xFEFF: case 0x200B:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

char32_t fold_case(char32_t c) noexcept {
  if (c >= U'A' && c <= U'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  switch (c) {
    case 0x102: case 0x110: case 0x128: case 0x168: case 0x1A0: case 0x1AF:
      return c + 1;
    default:
      break;
  }
  // Latin Extended Additional: Vietnamese letters with tone marks come in upper/lower pairs,
  // upper at even code points.
  if (c >= 0x1EA0 && c <= 0x1EF9 && c % 2 == 0) return c + 1;
  return c;
}

bool is_letter(char32_t c) noexcept {
  const char32_t l = fold_case(c);
  return (l >= U'a' && l <= U'z') || (l >= 0xE0 && l <= 0xFE && l != 0xF7) || l == 0x103 ||
         l == 0x111 || l == 0x129 || l == 0x169 || l == 0x1A1 || l == 0x1B0 ||
         (l >= 0x1EA1 && l <= 0x1EF9);
}

bool starts_with_ignore_case(std::string_view text, std::size_t offset, std::string_view word,
                             std::size_t& length) noexcept {
  std::size_t i = offset;
  std::size_t j = 0;
  while (j < word.size()) {
    if (i >= text.size()) return false;
    const Utf8Char a = decode_at(text, i);
    const Utf8Char b = decode_at(word, j);
    if (fold_case(a.code_point) != fold_case(b.code_point)) return false;
    i += a.length;
    j += b.length;
  }
  length = i - offset;
  return true;
}

bool equals_ignore_case(std::string_view a, std::string_view b) noexcept {
  std::size_t length = 0;
  return starts_with_ignore_case(a, 0, b, length) && length == a.size();
}

std::string_view trim(std::string_view text) noexcept {
  std::size_t first = 0;
  while (first < text.size()) {
    const Utf8Char c = decode_at(text, first);
    if (!is_space(c.code_point)) break;
    first += c.length;
  }
  std::size_t last = text.size();
  while (last > first) {
    // Step back to the start of the previous character.
    std::size_t start = last - 1;
    while (start > first && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
    const Utf8Char c = decode_at(text, start);
    if (!is_space(c.code_point) || start + c.length != last) break;
    last = start;
  }
  return text.substr(first, last - first);
}

std::size_t char_count(std::string_view text) noexcept {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); i += decode_at(text, i).length) ++n;
  return n;
}

}  // namespace govplan::detail
