// Private to the text-import layer: words as the import parsers read them. Text is split into
// tokens (words, single punctuation characters) that remember where they are in the input, and
// each word gets a matching key so that a keyword matches whatever the case, NFC or NFD, and
// either tone-mark placement ("hoà"/"hòa", "uỷ"/"ủy"). The folding is the one small helper
// word_key() (ICU); when govplan::vntext is available it can forward there.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "govplan/document.hpp"

namespace govplan::import_detail {

/// The key under which two spellings of one word match: NFC, full case folding, and the tone
/// marks taken off the vowels and put after the word, so that "Hoà", "hòa" and the NFD
/// "ho\u0300a" share one key. Vowel-quality marks (ă â ê ô ơ ư) and đ are kept: "so" and "số"
/// differ. `word` must be valid UTF-8 without white space.
std::string word_key(std::string_view word);

/// `text` in NFC. `text` must be valid UTF-8.
std::string nfc(std::string_view text);

/// One token: a word (letters and digits, with any combining marks) or one other character.
struct Token {
  std::size_t begin = 0;      ///< byte offset of its first byte
  std::size_t end = 0;        ///< byte offset after its last byte
  std::string key;            ///< word_key() of a word; the character itself otherwise
  bool word = false;          ///< letters and/or digits
  bool digits = false;        ///< ASCII digits only
  bool starts_digit = false;  ///< a word whose first character is a digit ("30c")
  bool upper = false;         ///< a word whose first letter is upper case
  bool all_upper = false;     ///< a word of two or more letters, all upper case ("UBND")
  int newlines_before = 0;    ///< line breaks in the white space before it
  bool space_before = false;  ///< white space before it
};

/// The tokens of `text`. Throws ParseError("text.invalid_utf8") locating the first invalid byte.
std::vector<Token> tokenize(std::string_view text);

/// A phrase to look for: the keys of its tokens ("quyết định" → {"quyết", "định"}).
using Phrase = std::vector<std::string>;

/// The phrase of `text` (tokenized and keyed the way the input is).
Phrase phrase(std::string_view text);

/// The phrase of `text`, keyed once per thread and kept: what the parsers use to look for a
/// literal word or phrase ("số", "kèm theo") on their hot path.
const Phrase& cached_phrase(std::string_view text);

/// Phrases built once from literal text.
std::vector<Phrase> phrases(std::initializer_list<std::string_view> texts);

/// True when the tokens from `i` spell `p`; sets `end` to the index after the match.
bool matches(const std::vector<Token>& tokens, std::size_t i, const Phrase& p, std::size_t& end);
bool matches(const std::vector<Token>& tokens, std::size_t i, const Phrase& p);

/// The longest of `ps` that matches at `i`: its index in `ps` and the index after the match.
struct PhraseHit {
  std::size_t which = 0;
  std::size_t end = 0;
};
std::optional<PhraseHit> longest_match(const std::vector<Token>& tokens, std::size_t i,
                                       const std::vector<Phrase>& ps);

/// The original text of tokens [first, last) with each run of white space (line breaks
/// included) as one space, in NFC.
std::string span_text(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                      std::size_t last);

/// True when token `i` starts a line as an item marker does ("- ", "+ ", "a)", "2.", "II.").
bool starts_item(const std::vector<Token>& tokens, std::size_t i);

/// The value of a number written in digits, in a word ("mười", "sáu") or both ("10 (mười)",
/// "năm (05)") at token `i`; sets `end` past it. Values 1–99 only.
std::optional<int> read_count(const std::vector<Token>& tokens, std::size_t i, std::size_t& end);

// ---- bodies (agencies, officials) --------------------------------------------------------------

/// How a body name is being read.
enum class BodyMode {
  issuer,     ///< after "của" in a citation: stops at the first description word
  recipient,  ///< after a reporting verb or "về"/"đến"/"cho": lists joined by "," and "và"
};

/// A body name found in the tokens: tokens [first, last), and for recipient lists the items.
struct BodySpan {
  std::size_t first = 0;
  std::size_t last = 0;
  std::vector<std::pair<std::size_t, std::size_t>> items;  ///< [first, last) of each item
  bool head_is_position = false;  ///< the first item names an official ("Chủ tịch …")
};

/// True when token `i` begins a body name by its head word ("UBND", "Ủy ban nhân dân", "Sở",
/// "Bộ", "Phòng", "Ban", "Chủ tịch", "cơ quan" …) or, for an issuer, any capitalised word that
/// is neither a document type nor a description word.
bool starts_body(const std::vector<Token>& tokens, std::size_t i, BodyMode mode);

/// Reads a body name (or, for recipients, a list of them) from token `i`, up to `limit`.
/// Returns nothing when no body starts there.
std::optional<BodySpan> read_body(const std::vector<Token>& tokens, std::size_t i,
                                  std::size_t limit, BodyMode mode);

/// The document type named by the words at `i` ("Quyết định", "QUYẾT ĐỊNH", "văn bản" for a
/// công văn); sets `end` past them.
struct TypeWord {
  DocumentType type = DocumentType::cong_van;
  std::size_t end = 0;
};
std::optional<TypeWord> type_word_at(const std::vector<Token>& tokens, std::size_t i);

}  // namespace govplan::import_detail
