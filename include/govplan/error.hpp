// govplan/error.hpp — the exceptions govplan throws, and where in the input they point.
//
// Every exception derives from govplan::Error and says three things: what was expected, what was
// found, and where (a line and column in a text, or a JSON pointer in a document). Each also has a
// stable identifier such as "date.impossible" that programs may match on; the wording of messages
// may improve between versions, the identifiers do not change.
//
//   try {
//     govplan::parse_date("30/02/2024");
//   } catch (const govplan::ParseError& e) {
//     // e.id() == "date.impossible", e.where().column() == 1
//     // e.what() == "[govplan.parse_error.date.impossible] at line 1, column 1: expected a real
//     //             calendar date, found \"30/02/2024\" (February 2024 has 29 days)"
//   }
//
// Problems *in a plan* (a task without a lead, a date line that breaks Decree 30) are not
// exceptions: they are govplan::Finding values returned as data (see finding.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace govplan {

/// Where in an input something was found: a 1-based line and column (columns count Unicode
/// characters, not bytes) in a text, or a JSON pointer (RFC 6901) in a JSON document. A
/// default-constructed Location is unknown.
class Location {
 public:
  Location() = default;

  /// A position in a text; line and column start at 1.
  static Location in_text(std::size_t line, std::size_t column) noexcept;
  /// A position in a JSON document, as a JSON pointer such as "/tasks/0/lead".
  static Location at_pointer(std::string json_pointer);

  bool is_known() const noexcept { return line_.has_value() || pointer_.has_value(); }
  std::optional<std::size_t> line() const noexcept { return line_; }
  std::optional<std::size_t> column() const noexcept { return column_; }
  const std::optional<std::string>& pointer() const noexcept { return pointer_; }

  /// "line 3, column 7", "/tasks/0/lead", or "unknown location".
  std::string to_string() const;

  bool operator==(const Location&) const = default;

 private:
  std::optional<std::size_t> line_;
  std::optional<std::size_t> column_;
  std::optional<std::string> pointer_;
};

/// The root of govplan's exceptions. what() reads
/// "[govplan.<kind>.<id>] at <where>: expected <expected>, found <found> (<note>)",
/// leaving out the parts that are empty.
class Error : public std::runtime_error {
 public:
  const std::string& id() const noexcept { return id_; }
  const std::string& expected() const noexcept { return expected_; }
  const std::string& found() const noexcept { return found_; }
  const std::string& note() const noexcept { return note_; }
  const Location& where() const noexcept { return where_; }

 protected:
  Error(std::string_view kind, std::string id, std::string expected, std::string found,
        Location where, std::string note);

 private:
  std::string id_;
  std::string expected_;
  std::string found_;
  std::string note_;
  Location where_;
};

/// Text or JSON that does not have the expected form: "30/02/2024", "43/KH+UBND", "".
class ParseError : public Error {
 public:
  ParseError(std::string id, std::string expected, std::string found, Location where = {},
             std::string note = {});
};

/// A value that is well-formed but not allowed: a month 13, a range whose last day precedes its
/// first, a year outside the supported range.
class ValidationError : public Error {
 public:
  ValidationError(std::string id, std::string expected, std::string found, Location where = {},
                  std::string note = {});
};

/// A lookup that found nothing: an unknown abbreviation, an id that no task has.
class NotFound : public Error {
 public:
  NotFound(std::string id, std::string expected, std::string found, Location where = {},
           std::string note = {});
};

/// Quotes user input for an error message: in double quotes, control characters escaped, cut to
/// at most `max_chars` characters (with "…") on a character boundary. Invalid UTF-8 bytes are
/// shown as \xNN.
std::string quote(std::string_view text, std::size_t max_chars = 60);

}  // namespace govplan
