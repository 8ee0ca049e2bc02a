// govplan/vntext.hpp — Vietnamese text: normalisation, matching keys and abbreviations (ICU).
//
// This header belongs to the text-import layer (library govplan::import), which uses ICU; the
// domain core does not include it. Every function takes and returns UTF-8. Invalid UTF-8 is a
// ParseError naming the byte offset; nothing is replaced silently.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace govplan::vntext {

/// `text` in Unicode Normalization Form C (composed: "ệ" as one code point). Text converted from
/// Word or PDF often arrives decomposed (NFD) or with combining tone marks in odd order.
std::string nfc(std::string_view text);

/// Full Unicode case folding of the NFC text ("ĐẢNG ỦY" → "đảng ủy").
std::string fold_case(std::string_view text);

/// The key under which two spellings of one name match: NFC, case-folded, the old and new
/// tone-mark placements unified ("hoà"/"hòa", "uỷ"/"ủy", "thuỷ"/"thủy", "khoẻ"/"khỏe"), runs of
/// white space (including no-break spaces) as one space, "-" with or without spaces around it as
/// "-", and leading/trailing space and punctuation dropped. Abbreviations are not expanded: use
/// party_key for names of bodies.
std::string match_key(std::string_view text);

/// One abbreviation in common administrative use.
struct Abbreviation {
  std::string_view short_form;  ///< "UBND"
  std::string_view long_form;   ///< "Ủy ban nhân dân"
};

/// The abbreviations govplan knows (UBND, HĐND, MTTQ, PBGDPL, QPPL, VBQPPL, CCHC, …).
const std::vector<Abbreviation>& abbreviations();

/// `text` with every known abbreviation written out in full, whole words only, case kept
/// for the rest ("UBND phường" → "Ủy ban nhân dân phường").
std::string expand_abbreviations(std::string_view text);

/// `text` with every known long form replaced by its abbreviation (the inverse of
/// expand_abbreviations, matching by match_key).
std::string abbreviate(std::string_view text);

/// The key for a body or an official: match_key of expand_abbreviations, so "UBND phường Chánh
/// Lộ", "Ủy ban nhân dân phường Chánh Lộ" and "uỷ ban nhân dân Phường Chánh Lộ" share one key, as do
/// "Tư pháp-Hộ tịch" and "Tư pháp - hộ tịch".
std::string party_key(std::string_view name);

/// True when the two names have the same party_key.
bool same_party(std::string_view a, std::string_view b);

}  // namespace govplan::vntext
