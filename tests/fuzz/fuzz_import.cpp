// Fuzzes import_plan_text: any document. It may only throw ParseError (input that is not UTF-8);
// everything else must come back as a plan and diagnostics.
#include "fuzz_support.hpp"
#include "govplan/import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fuzz_support::as_text(data, size);
  try {
    const govplan::ImportResult r = govplan::import_plan_text(text);
    (void)r.has_errors();
  } catch (const govplan::ParseError&) {
  }
  return 0;
}
