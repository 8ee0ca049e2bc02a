// What every fuzz target checks: the function under test either returns or throws a
// govplan::Error (a ParseError for invalid UTF-8, a ValidationError for a bad context); any other
// exception, a crash, a leak or undefined behaviour is a finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "govplan/error.hpp"

namespace fuzz_support {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

template <class F>
void expect_no_surprise(F&& f) {
  try {
    f();
  } catch (const govplan::Error&) {
    // A located, documented error: fine.
  }
}

}  // namespace fuzz_support
