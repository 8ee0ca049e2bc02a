// Private to the text-import layer: the parts of import_plan_text() (govplan/import.hpp).
//
// The input is cut into paragraphs that remember, byte by byte, where in the input they came from
// (import_lines.cpp): physical lines are cleaned, table cells split at "|", and lines broken by a
// converter or a page break joined again. The importer then reads the header, title and preamble
// (import_header.cpp), the sections, items, tasks, task tables, reporting duties and funding
// (import_body.cpp) and the closing parts, recipients and signature (import_closing.cpp).
// Everything it reads goes into the plan; everything else into a diagnostic that quotes it.
//
// Matching uses fold(): a lower-case key of the same length in bytes as the text, so that a
// position found in the key is the same position in the text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/import.hpp"

namespace govplan::import_plan {

// ---- keys and words -----------------------------------------------------------------------------

/// The code point at byte `i` of valid UTF-8 `s` (the input is checked once, up front) and its
/// length in bytes.
inline char32_t decode(std::string_view s, std::size_t i, std::size_t& len) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto at = [&](std::size_t k) {
    return i + k < s.size() ? static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3Fu)
                            : char32_t{0};
  };
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  if (b0 < 0xE0) {
    len = 2;
    return (static_cast<char32_t>(b0 & 0x1Fu) << 6) | at(1);
  }
  if (b0 < 0xF0) {
    len = 3;
    return (static_cast<char32_t>(b0 & 0x0Fu) << 12) | (at(1) << 6) | at(2);
  }
  len = 4;
  return (static_cast<char32_t>(b0 & 0x07u) << 18) | (at(1) << 12) | (at(2) << 6) | at(3);
}

/// The matching key of `text`: lower case (the Vietnamese letters, ASCII and Latin-1) with the
/// tone mark of "oa", "oe" and "uy" syllables put on the first vowel ("hoà" → "hòa", "uỷ" →
/// "ủy") wherever that keeps the byte length, which it does for every pair but "uỳ"/"uỹ"/"oẽ".
/// The key has exactly the bytes of `text` where nothing folds, so positions carry over.
std::string fold(std::string_view text);

/// Keys of literal phrases, built once.
std::vector<std::string> folded(std::initializer_list<std::string_view> phrases);

/// True when the character at byte `pos` of `text` is a letter or a digit.
bool alnum_at(std::string_view text, std::size_t pos) noexcept;
/// True when the character before byte `pos` is a letter or a digit.
bool alnum_before(std::string_view text, std::size_t pos) noexcept;

/// True when `key` has the phrase `word` at `pos` as whole words.
bool word_at(std::string_view key, std::size_t pos, std::string_view word) noexcept;
/// The first position at or after `from` where `word` stands as whole words, or npos.
std::size_t find_word(std::string_view key, std::string_view word, std::size_t from = 0) noexcept;
/// The longest of `words` at `pos` (its length in bytes), or 0.
std::size_t longest_at(std::string_view key, std::size_t pos,
                       const std::vector<std::string>& words) noexcept;

/// Text whose letters are all capitals (at least two letters).
bool all_caps(std::string_view text) noexcept;
/// The first letter of `text` (after punctuation) is a capital / a small letter.
bool starts_upper(std::string_view text) noexcept;
bool starts_lower(std::string_view text) noexcept;
/// The number of words (runs of letters and digits).
std::size_t word_count(std::string_view text) noexcept;
/// `text` without spaces and the characters of `chars` at either end.
std::string_view strip(std::string_view text, std::string_view chars = " ") noexcept;

/// The byte offsets where the words of `key` start.
std::vector<std::size_t> word_starts(std::string_view key);

// ---- paragraphs ---------------------------------------------------------------------------------

/// A paragraph (or a table cell, or a row of a task table) that knows where in the input each of
/// its bytes came from.
struct Para {
  /// A run of text copied from the input: byte `text + k` of the text came from input offset
  /// `input + k`, up to the next run.
  struct Run {
    std::uint32_t text = 0;
    std::uint32_t input = 0;
  };
  std::string text;                 ///< NFC, single spaces, no Markdown bold
  std::string key;                  ///< fold(text)
  std::vector<Run> runs;            ///< in text order; the first starts at 0
  bool blank_before = false;        ///< a blank or decoration line comes before it
  bool cell_start = false;          ///< it starts a table cell
  bool table_header = false;        ///< the header row of a task table
  std::vector<Para> cells;          ///< the cells of a task-table row (text empty)
  std::vector<std::size_t> joins;   ///< where the lines joined into it start in text

  bool is_row() const noexcept { return table_header || !cells.empty(); }
  /// The input offset of byte `i` (the last byte's for i past the end).
  std::uint32_t offset(std::size_t i = 0) const noexcept;
  /// Bytes [b, e) as a paragraph of their own, without surrounding spaces.
  Para slice(std::size_t b, std::size_t e) const;
  /// Appends `other` after a space.
  void join(const Para& other);
  /// Appends `other` as it is.
  void append(const Para& other);
  /// Records that text byte `text_pos` came from input offset `input_pos`.
  void map(std::size_t text_pos, std::size_t input_pos);
};

/// The paragraphs of `input` (valid UTF-8). Task tables (a header row naming the content and the
/// lead or the time) come as rows with cells; other "|" rows as one paragraph per cell.
std::vector<Para> paragraphs(std::string_view input);

/// Sentences of `p`: byte ranges [first, second) ending after ".", "!" or "?" followed by a
/// capital, not after an abbreviation ("TP.", "Q.").
std::vector<std::pair<std::size_t, std::size_t>> sentences(const Para& p);

// ---- markers ------------------------------------------------------------------------------------

enum class MarkerKind : std::uint8_t { none, roman, number, letter, bullet, article };

/// The marker a paragraph starts with: "II.", "1.", "1.2.", "a)", "- ", "Điều 3.".
struct Marker {
  MarkerKind kind = MarkerKind::none;
  std::string label;       ///< "II", "1", "1.2", "a", "3"
  std::size_t end = 0;     ///< where the content starts
  int depth = 0;           ///< number groups of a dotted number ("1.2" is 2)
};
Marker marker_of(const Para& p);

// ---- parties ------------------------------------------------------------------------------------

/// The kind a party's name tells: "các …" a group, "Công chức …", "Chủ tịch …" an official.
PartyKind party_kind(std::string_view name);

/// The parties named in `text` ("Sở Tư pháp, Phòng Tư pháp thành phố"; "các cơ quan, tổ chức
/// liên quan; các tổ chức chính trị - xã hội phường"): split at ";" and, before a word that begins
/// a new name ("các", "Sở", "UBND" …), at "," and "và".
std::vector<Party> parties(std::string_view text);

/// True when `key` at `pos` begins the name of a body or an official ("UBND", "Sở", "Công chức").
std::size_t party_head_at(std::string_view key, std::size_t pos) noexcept;

/// The party that begins `p` at byte `from` and ends before its verb ("Công chức Tài chính-Kế
/// toán phường xem xét …" → "Công chức Tài chính-Kế toán phường"), if one does.
std::optional<Party> subject_of(std::string_view text, std::string_view key, std::size_t from = 0);

/// The administrative unit words ("tỉnh", "thành phố", "huyện", "xã", "phường" …).
const std::vector<std::string>& unit_words();

// ---- the importer -------------------------------------------------------------------------------

/// The input and where its lines start.
class Input {
 public:
  explicit Input(std::string_view text);
  std::string_view text() const noexcept { return text_; }
  Location where(std::size_t offset) const noexcept;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  // The last position asked for, from which the next on the same line is counted on.
  mutable std::size_t last_offset_ = 0;
  mutable std::size_t last_line_ = 1;
  mutable std::size_t last_column_ = 1;
};

/// One import. run() once.
class Importer {
 public:
  explicit Importer(std::string_view text);
  ImportResult run();

  // Diagnostics (import.cpp).
  void note(std::string code, Severity severity, std::string subject, const Para& p,
            std::size_t at, std::string rule, std::string vi, std::string en);
  /// A paragraph (or part of one) the plan has no place for, quoted whole.
  void unplaced(const Para& p, std::string_view subject, Severity severity = Severity::warning);
  Location where(const Para& p, std::size_t at = 0) const noexcept;
  /// `id` if no section, task or duty has it yet, else `id` with "-2", "-3" … (and a warning).
  std::string claim_id(const std::string& id, const Para& p);

 private:
  // Header, title and preamble (import_header.cpp). Returns the index of the first body paragraph.
  std::size_t read_front();
  std::size_t read_header_block(std::size_t i);
  std::size_t read_title(std::size_t i);
  std::size_t read_preamble(std::size_t i);
  void read_legal_basis(const Para& p);
  bool read_issuance(const Para& p);
  void settle_identity();
  void set_window_and_context();

  // Body (import_body.cpp).
  void read_body(std::size_t i);
  /// Reads the task table whose header row is paragraph `i`; sets `i` to its last row.
  void read_table(std::size_t& i, const std::string& prefix, const std::string& section);
  /// A paragraph of an implementation section: funding, reporting duties, or diagnostics.
  void read_duties(const Para& p, const std::string& id, const std::optional<Party>& fallback);

  // Closing (import_closing.cpp). Returns the index after what it read, or i if nothing.
  std::size_t read_recipients(std::size_t i);
  std::size_t read_signature(std::size_t i);

 public:
  // State shared by the parts.
  Input input_;
  std::vector<Para> paras_;
  Plan plan_;
  std::vector<Finding> diagnostics_;
  PhraseContext context_{};
  bool has_context_ = false;
  bool has_date_line_ = false;
  bool has_issue_date_ = false;

  // What the header and preamble found, settled by settle_identity().
  std::optional<Para> header_issuer_;
  std::optional<DocumentType> line_type_;
  std::optional<Para> title_para_;
  std::optional<Para> headline_;
  struct Issuance {
    Para clause;
    std::string issuer;
    std::optional<DocumentType> type;
    std::string title;
    std::optional<DocumentNumber> number;
    std::optional<Date> date;
  };
  std::vector<Issuance> issuances_;
  std::vector<Para> leftovers_;  ///< preamble text not yet placed
  bool signed_ = false;
  std::set<std::string> ids_;
};

/// The timeframe of a phrase in the plan's context, with a diagnostic when unread.
Timeframe read_timeframe(Importer& im, const Para& p);

}  // namespace govplan::import_plan
