// Private: the syntax of dates as Vietnamese documents write them, shared by the date parsers
// (date.cpp) and the Decree 30 check of place-and-date lines (document.cpp), which needs to know
// how each field was written, not only its value.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "govplan/date.hpp"

namespace govplan::detail {

/// One field of a date as written.
struct DateFieldSyntax {
  bool present = false;         ///< the field has a place in the form, even if left blank
  std::optional<int> value;     ///< absent when blank
  std::string_view digits;      ///< the digits as written ("05"); empty when blank
  std::size_t offset = 0;       ///< byte offset of the field (or of its blank) in the text
};

/// A date as written: its style and three fields.
struct DateSyntax {
  DateStyle style = DateStyle::iso;
  DateFieldSyntax day;
  DateFieldSyntax month;
  DateFieldSyntax year;
};

/// Reads a date that starts at byte `offset` of `text` (after white space) and runs to the end of
/// `text` (trailing white space allowed). Throws ParseError located in `text`; `text` must be
/// valid UTF-8.
DateSyntax read_date_syntax(std::string_view text, std::size_t offset);

/// Checks the values of `syntax` (read from `text`) and makes the partial date. Throws
/// ParseError("date.impossible" / "date.year_out_of_range" / "date.day_without_month").
PartialDate to_partial_date(std::string_view text, const DateSyntax& syntax);

/// The English name of a month, "January" … "December".
std::string_view month_name_en(int month) noexcept;

}  // namespace govplan::detail
