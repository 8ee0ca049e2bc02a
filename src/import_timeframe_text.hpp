// Private: the text layer of the timeframe reader (import_timeframe.cpp). It brings a phrase to one
// form for matching — NFC, lower case, one tone-mark placement, one space, one kind of dash — and
// cuts it into tokens that remember where they came from, so names can be quoted as written.
//
// fold_for_matching() is the only function that knows how Vietnamese text is folded. When
// govplan::vntext (src/vntext.cpp) is complete it can take over the per-character work without
// changing the tokenizer or the grammar.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govplan::detail::timeframe_text {

/// `utf8` (which must be valid UTF-8) in Unicode Normalization Form C, by ICU.
std::string to_nfc(std::string_view utf8);

/// A text folded for matching, with the way back to the NFC text it came from.
struct FoldedText {
  std::string nfc;     ///< the text in NFC: what names are quoted from
  std::string folded;  ///< lower case, tone marks placed one way, spaces and dashes unified
  /// origin[i] is the byte offset in `nfc` of the character that folded byte i came from;
  /// origin[folded.size()] is nfc.size().
  std::vector<std::size_t> origin;

  /// The NFC text of the folded bytes [first, last), trimmed of white space.
  std::string_view original(std::size_t first, std::size_t last) const;
};

/// Folds NFC text: simple lower case (ICU u_tolower), the tone mark of a final "oa", "oe" or
/// "uy" (not "quy") set on the first vowel as in "hòa", "khỏe", "ủy" whichever way the text
/// places it, runs of white space (no-break and zero-width spaces too) as one space, leading and
/// trailing space dropped, and the dashes U+2010–U+2015 and U+2212 as "-".
FoldedText fold_for_matching(std::string_view nfc);

/// One token of a folded text.
struct Token {
  enum class Kind : std::uint8_t {
    word,    ///< letters (and combining marks)
    number,  ///< ASCII digits
    punct,   ///< one other character
  };
  Kind kind = Kind::punct;
  std::string_view text;      ///< the token in the folded text
  std::size_t begin = 0;      ///< byte offsets in the folded text
  std::size_t end = 0;
  long value = -1;            ///< a number's value; −1 when it has more than nine digits
};

/// The tokens of a folded text; white space separates tokens and is not one.
std::vector<Token> tokenize(std::string_view folded);

}  // namespace govplan::detail::timeframe_text
