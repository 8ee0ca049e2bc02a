// govplan/vntext.hpp — Vietnamese text: normalisation, matching keys and abbreviations (ICU).
//
// This header belongs to the text-import layer (library govplan::import), which uses ICU; the
// domain core does not include it. Every function takes UTF-8 and returns UTF-8 in NFC. Invalid
// UTF-8 is a ParseError with id "text.invalid_utf8" whose `where` is the line and column of the
// first bad byte, `found` that byte in hex ("the byte 0xC3") and `note` its byte offset; nothing
// is replaced silently. The functions are pure and thread-safe; ICU's data is looked up once, and
// text made of the Latin letters and punctuation Vietnamese uses is read without calling ICU.
//
//   vntext::match_key("Luật Thủy sản") == vntext::match_key("LUẬT THUỶ SẢN")  // "luật thuỷ sản"
//   vntext::same_party("UBND phường Chánh Lộ", "uỷ ban nhân dân Phường Chánh Lộ")  // true
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace govplan::vntext {

/// `text` in Unicode Normalization Form C (composed: "ệ" as one code point). Text converted from
/// Word or PDF often arrives decomposed (NFD) or with combining tone marks in odd order. Nothing
/// else changes: invisible characters such as the soft hyphen are kept.
std::string nfc(std::string_view text);

/// Full Unicode case folding of the NFC text ("ĐẢNG ỦY" → "đảng ủy"); tone marks stay where they
/// are ("HÒA" → "hòa").
std::string fold_case(std::string_view text);

/// The key under which two spellings of one name match: NFC, case-folded, the two tone-mark
/// placements unified ("hoà"/"hòa", "uỷ"/"ủy", "thuỷ"/"thủy", "khoẻ"/"khỏe"), runs of white space
/// (including no-break and zero-width spaces) as one space, a hyphen or dash ("-", "–", "—", "‐",
/// "−") with or without spaces around it as "-", invisible characters (soft hyphen, joiners,
/// byte-order mark) dropped, and leading/trailing space and punctuation dropped; punctuation
/// inside is kept ("phổ biến, giáo dục"). Abbreviations are not expanded: use party_key for names
/// of bodies.
///
/// Tone marks: a syllable that ends in "oa", "oe" or "uy" after its initial consonants (and not
/// after "q") has its mark on the main vowel in the key, as Điều 8 of Quyết định 1989/QĐ-BGDĐT
/// (2018) writes it: match_key("Ủy ban") == "uỷ ban", match_key("hòa") == "hoà". Syllables whose
/// mark both styles place alike are unchanged ("hoàn", "khuyến", "ngoài", "quý"), and so are
/// misspellings ("hòan" does not become "hoàn").
///
///   match_key(" - Tư pháp – Hộ tịch;") == "tư pháp-hộ tịch"
std::string match_key(std::string_view text);

/// One abbreviation in common administrative use.
struct Abbreviation {
  std::string_view short_form;  ///< "UBND"
  std::string_view long_form;   ///< "Ủy ban nhân dân"
};

/// The abbreviations govplan knows (UBND, HĐND, MTTQ, UBMTTQ, PBGDPL, QPPL, VBQPPL, CCHC, TTHC,
/// CNTT, BCĐ, KT-XH, …): short forms in upper case, long forms as a name of a body is capitalised
/// ("Ủy ban nhân dân", "Ban Chỉ đạo") or else in lower case ("cải cách hành chính").
const std::vector<Abbreviation>& abbreviations();

/// `text` (in NFC) with every known abbreviation written out in full as abbreviations() spells it
/// ("UBND phường" → "Ủy ban nhân dân phường"), the rest unchanged. Short forms match in upper
/// case only and as whole words: not next to a letter, digit or combining mark, nor joined by
/// "-", "/", "_" or "&" into a code, so "UBNDX", "43/KH-UBND" and "UBND-VXNV" stay as they are.
std::string expand_abbreviations(std::string_view text);

/// `text` (in NFC) with every known long form replaced by its abbreviation, the rest unchanged:
/// the inverse of expand_abbreviations. Long forms match whole words by match_key ("Uỷ ban nhân
/// dân", "ỦY BAN NHÂN DÂN", "kinh tế – xã hội"), the longest first ("văn bản quy phạm pháp luật"
/// → "VBQPPL", not "văn bản QPPL").
std::string abbreviate(std::string_view text);

/// The key for a body or an official: match_key of expand_abbreviations, so "UBND phường Chánh
/// Lộ", "Ủy ban nhân dân phường Chánh Lộ" and "uỷ ban nhân dân Phường Chánh Lộ" share one key
/// ("uỷ ban nhân dân phường chánh lộ"), as do "Tư pháp-Hộ tịch" and "Tư pháp - hộ tịch", and a
/// name in NFD and in NFC.
std::string party_key(std::string_view name);

/// True when the two names have the same party_key.
bool same_party(std::string_view a, std::string_view b);

}  // namespace govplan::vntext
