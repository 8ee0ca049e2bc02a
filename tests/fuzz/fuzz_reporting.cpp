// Fuzzes parse_reporting_duty: any sentence, in a year taken from the input's first byte.
#include "fuzz_support.hpp"
#include "govplan/import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  govplan::PhraseContext context;
  context.year = 2000 + data[0] % 40;
  const std::string_view text = fuzz_support::as_text(data + 1, size - 1);
  fuzz_support::expect_no_surprise([&] { (void)govplan::parse_reporting_duty(text, context); });
  return 0;
}
