// Fuzzes find_references: any text; every match must lie inside the text and quote it exactly.
#include "fuzz_support.hpp"
#include "govplan/import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz_support::as_text(data, size);
  fuzz_support::expect_no_surprise([&] {
    for (const govplan::ReferenceMatch& m : govplan::find_references(text)) {
      if (m.offset + m.length > text.size() || text.substr(m.offset, m.length) != m.text) __builtin_trap();
    }
  });
  return 0;
}
