// Private helpers for UTF-8 text in the domain core (no ICU here: the core must not depend on
// it). Vietnamese case folding covers the letters Vietnamese uses; full Unicode handling lives in
// the text-import layer.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "govplan/error.hpp"

namespace govplan::detail {

/// One decoded character: its code point and its length in bytes. An invalid sequence decodes
/// as U+FFFD with `valid` false and length 1.
struct Utf8Char {
  char32_t code_point = 0;
  std::size_t length = 0;
  bool valid = true;
};

/// The pieces joined into one string, allocated once: for messages built by the thousand, where
/// a chain of operator+ allocates again as the string grows.
inline std::string concat(std::initializer_list<std::string_view> pieces) {
  std::size_t size = 0;
  for (const std::string_view p : pieces) size += p.size();
  std::string out;
  out.reserve(size);
  for (const std::string_view p : pieces) out.append(p);
  return out;
}

/// Decodes the character at byte `offset` (which must be < text.size()).
Utf8Char decode_at(std::string_view text, std::size_t offset) noexcept;

/// Appends the UTF-8 encoding of `code_point`.
void append_utf8(std::string& out, char32_t code_point);

/// The byte offset of the first invalid UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view text) noexcept;

/// Throws ParseError("<what>.invalid_utf8") locating the first invalid byte of `text`.
void require_utf8(std::string_view text, std::string_view what);

/// Throws ParseError("<what>.too_long") when `text` has more than `max_bytes` bytes.
void require_max_length(std::string_view text, std::size_t max_bytes, std::string_view what);

/// The line and column (1-based, columns in characters) of byte `offset` in `text`.
Location location_of(std::string_view text, std::size_t offset) noexcept;

/// Unicode white space, including no-break and zero-width spaces and the byte-order mark.
bool is_space(char32_t c) noexcept;

/// The lower-case form of a Latin letter Vietnamese uses (ASCII, Latin-1, Ă Đ Ĩ Ũ Ơ Ư and the
/// letters of Latin Extended Additional); other characters are returned unchanged.
char32_t fold_case(char32_t c) noexcept;

/// True if `a` and `b` are equal ignoring letter case as fold_case() defines it.
bool equals_ignore_case(std::string_view a, std::string_view b) noexcept;

/// True if `text` starts, at byte `offset`, with `word` ignoring case; sets `length` to the bytes
/// matched in `text`.
bool starts_with_ignore_case(std::string_view text, std::size_t offset, std::string_view word,
                             std::size_t& length) noexcept;

/// `text` without leading and trailing white space.
std::string_view trim(std::string_view text) noexcept;

/// The number of characters (code points) in valid UTF-8 `text`.
std::size_t char_count(std::string_view text) noexcept;

/// True for an ASCII digit.
constexpr bool is_digit(char32_t c) noexcept { return c >= U'0' && c <= U'9'; }

/// True for a letter as fold_case() knows letters (ASCII and Vietnamese letters, either case).
bool is_letter(char32_t c) noexcept;

}  // namespace govplan::detail
