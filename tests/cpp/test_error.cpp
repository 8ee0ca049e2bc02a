// Tests of govplan/error.hpp: where an input problem is, the exception hierarchy, the form of
// messages, and how user input is quoted in them.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <type_traits>

#include "govplan/error.hpp"

namespace {

// A string of `n` copies of `piece`.
std::string repeat(std::string_view piece, std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += piece;
  return s;
}

}  // namespace

TEST_SUITE("error") {
  // ---- Location -------------------------------------------------------------------------------

  TEST_CASE("a default-constructed location is unknown") {
    const govplan::Location where;
    CHECK_FALSE(where.is_known());
    CHECK_FALSE(where.line().has_value());
    CHECK_FALSE(where.column().has_value());
    CHECK_FALSE(where.pointer().has_value());
    CHECK(where.to_string() == "unknown location");
  }

  TEST_CASE("a location in a text reads as a line and a column") {
    const auto where = govplan::Location::in_text(3, 7);
    CHECK(where.is_known());
    CHECK(where.line() == 3u);
    CHECK(where.column() == 7u);
    CHECK_FALSE(where.pointer().has_value());
    CHECK(where.to_string() == "line 3, column 7");
  }

  TEST_CASE("a location in a JSON document reads as its JSON pointer") {
    const auto where = govplan::Location::at_pointer("/tasks/0/lead");
    CHECK(where.is_known());
    CHECK_FALSE(where.line().has_value());
    CHECK(where.pointer() == std::optional<std::string>("/tasks/0/lead"));
    CHECK(where.to_string() == "/tasks/0/lead");
  }

  TEST_CASE("the empty JSON pointer names the document root") {
    const auto where = govplan::Location::at_pointer("");
    CHECK(where.is_known());
    CHECK(where.to_string() == "/ (the document root)");
  }

  TEST_CASE("locations compare equal when they name the same place") {
    CHECK(govplan::Location::in_text(1, 2) == govplan::Location::in_text(1, 2));
    CHECK(govplan::Location::in_text(1, 2) != govplan::Location::in_text(2, 1));
    CHECK(govplan::Location::at_pointer("/a") == govplan::Location::at_pointer("/a"));
    CHECK(govplan::Location::at_pointer("/a") != govplan::Location{});
  }

  // ---- the hierarchy --------------------------------------------------------------------------

  TEST_CASE("every govplan exception is a govplan::Error and a std::runtime_error") {
    static_assert(std::is_base_of_v<std::runtime_error, govplan::Error>);
    static_assert(std::is_base_of_v<govplan::Error, govplan::ParseError>);
    static_assert(std::is_base_of_v<govplan::Error, govplan::ValidationError>);
    static_assert(std::is_base_of_v<govplan::Error, govplan::NotFound>);
    // The root cannot be thrown by itself: every error says what kind it is.
    static_assert(!std::is_constructible_v<govplan::Error, std::string_view, std::string,
                                           std::string, std::string, govplan::Location,
                                           std::string>);
    // The kinds are distinct: a ValidationError is not a ParseError.
    static_assert(!std::is_base_of_v<govplan::ParseError, govplan::ValidationError>);
    static_assert(!std::is_base_of_v<govplan::ParseError, govplan::NotFound>);

    CHECK_THROWS_AS(throw govplan::ParseError("x", "a", "b"), govplan::Error);
    CHECK_THROWS_AS(throw govplan::ValidationError("x", "a", "b"), govplan::Error);
    CHECK_THROWS_AS(throw govplan::NotFound("x", "a", "b"), govplan::Error);
    CHECK_THROWS_AS(throw govplan::NotFound("x", "a", "b"), std::runtime_error);
    CHECK_THROWS_AS(throw govplan::ParseError("x", "a", "b"), std::exception);
  }

  TEST_CASE("an error keeps each part of its message apart for programs") {
    const govplan::ParseError e("date.impossible", "a real calendar date", "\"30/02/2024\"",
                                govplan::Location::in_text(1, 1), "February 2024 has 29 days");
    CHECK(e.id() == "date.impossible");
    CHECK(e.expected() == "a real calendar date");
    CHECK(e.found() == "\"30/02/2024\"");
    CHECK(e.note() == "February 2024 has 29 days");
    CHECK(e.where() == govplan::Location::in_text(1, 1));
  }

  // ---- the message ----------------------------------------------------------------------------

  TEST_CASE("a message says the kind and id, where, what was expected, what was found and why") {
    const govplan::ParseError e("date.impossible", "a real calendar date", "\"30/02/2024\"",
                                govplan::Location::in_text(1, 1), "February 2024 has 29 days");
    CHECK(std::string(e.what()) ==
          "[govplan.parse_error.date.impossible] at line 1, column 1: expected a real calendar "
          "date, found \"30/02/2024\" (February 2024 has 29 days)");
  }

  TEST_CASE("each kind of error names its kind in the message") {
    CHECK(std::string(govplan::ParseError("a.b", "x", "y").what()) ==
          "[govplan.parse_error.a.b] expected x, found y");
    CHECK(std::string(govplan::ValidationError("a.b", "x", "y").what()) ==
          "[govplan.validation_error.a.b] expected x, found y");
    CHECK(std::string(govplan::NotFound("a.b", "x", "y").what()) ==
          "[govplan.not_found.a.b] expected x, found y");
  }

  TEST_CASE("a message leaves out the parts that are empty") {
    SUBCASE("no location") {
      CHECK(std::string(govplan::ValidationError("date.day_out_of_range", "a day from 1 to 29",
                                                 "30")
                            .what()) ==
            "[govplan.validation_error.date.day_out_of_range] expected a day from 1 to 29, "
            "found 30");
    }
    SUBCASE("no note") {
      CHECK(std::string(govplan::ParseError("x", "E", "F", govplan::Location::in_text(2, 3))
                            .what()) == "[govplan.parse_error.x] at line 2, column 3: expected E, "
                                        "found F");
    }
    SUBCASE("nothing found") {
      CHECK(std::string(govplan::ParseError("x", "E", "", govplan::Location::in_text(2, 3))
                            .what()) == "[govplan.parse_error.x] at line 2, column 3: expected E");
    }
    SUBCASE("nothing expected") {
      CHECK(std::string(govplan::NotFound("x", "", "F", govplan::Location::at_pointer(
                                                              "/tasks/0/lead"))
                            .what()) == "[govplan.not_found.x] at /tasks/0/lead: found F");
    }
  }

  TEST_CASE("a message locates a JSON input by its pointer") {
    const govplan::ValidationError e("task.lead", "a lead body", "an empty text",
                                     govplan::Location::at_pointer("/tasks/0/lead"));
    CHECK(std::string(e.what()) ==
          "[govplan.validation_error.task.lead] at /tasks/0/lead: expected a lead body, found an "
          "empty text");
  }

  TEST_CASE("an exception can be caught as std::runtime_error and still be read") {
    try {
      throw govplan::NotFound("document_type.abbreviation", "a document type abbreviation",
                              "\"CV\"");
    } catch (const std::runtime_error& e) {
      CHECK(std::string(e.what()) ==
            "[govplan.not_found.document_type.abbreviation] expected a document type "
            "abbreviation, found \"CV\"");
      const auto* g = dynamic_cast<const govplan::Error*>(&e);
      REQUIRE(g != nullptr);
      CHECK(g->id() == "document_type.abbreviation");
    }
  }

  // ---- quote ----------------------------------------------------------------------------------

  TEST_CASE("quote puts text in double quotes") {
    CHECK(govplan::quote("43/KH-UBND") == "\"43/KH-UBND\"");
    CHECK(govplan::quote("") == "\"\"");
    CHECK(govplan::quote("Chánh Lộ") == "\"Chánh Lộ\"");
  }

  TEST_CASE("quote escapes quotes, backslashes and control characters") {
    CHECK(govplan::quote("a\"b") == "\"a\\\"b\"");
    CHECK(govplan::quote("a\\b") == "\"a\\\\b\"");
    CHECK(govplan::quote("ngày 21\ntháng 01") == "\"ngày 21\\ntháng 01\"");
    CHECK(govplan::quote("a\tb\rc") == "\"a\\tb\\rc\"");
    CHECK(govplan::quote(std::string_view("a\0b", 3)) == "\"a\\x00b\"");
    CHECK(govplan::quote("\x01\x1F\x7F") == "\"\\x01\\x1F\\x7F\"");
  }

  TEST_CASE("quote shows invalid UTF-8 bytes as \\xNN") {
    CHECK(govplan::quote("\xFF") == "\"\\xFF\"");
    CHECK(govplan::quote("26/02/\xFF" "2024") == "\"26/02/\\xFF2024\"");
    // A sequence cut short: the lead byte of "ô" (C3 B4) alone, then an ASCII letter.
    CHECK(govplan::quote("\xC3(") == "\"\\xC3(\"");
    CHECK(govplan::quote("ab\xC3") == "\"ab\\xC3\"");
    // An overlong encoding of "/" and a UTF-16 surrogate are not UTF-8.
    CHECK(govplan::quote("\xC0\xAF") == "\"\\xC0\\xAF\"");
    CHECK(govplan::quote("\xED\xA0\x80") == "\"\\xED\\xA0\\x80\"");
  }

  TEST_CASE("quote cuts long text to sixty characters and marks the cut with an ellipsis") {
    const std::string sixty = repeat("a", 60);
    CHECK(govplan::quote(sixty) == "\"" + sixty + "\"");
    CHECK(govplan::quote(sixty + "b") == "\"" + sixty + "…\"");
    CHECK(govplan::quote(repeat("x", 10000)) == "\"" + repeat("x", 60) + "…\"");
  }

  TEST_CASE("quote counts characters, not bytes, and never cuts inside a character") {
    // "ắ" is three bytes in UTF-8.
    CHECK(govplan::quote("ắắắắ", 2) == "\"ắắ…\"");
    CHECK(govplan::quote("ắắ", 2) == "\"ắắ\"");
    CHECK(govplan::quote(repeat("Đ", 61)) == "\"" + repeat("Đ", 60) + "…\"");
    CHECK(govplan::quote("abc", 0) == "\"…\"");
    CHECK(govplan::quote("", 0) == "\"\"");
  }

  TEST_CASE("quote counts an escaped character or an invalid byte as one character") {
    CHECK(govplan::quote("\n\n\n", 2) == "\"\\n\\n…\"");
    CHECK(govplan::quote("\xFF\xFF\xFF", 2) == "\"\\xFF\\xFF…\"");
  }
}
