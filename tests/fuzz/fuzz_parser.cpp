// The whole front end: roff layer, mdoc parser, validator, lint checks.
#include <cstddef>
#include <cstdint>

#include "fuzz_page.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  mdoc::Document doc = mdoc::parse(mdoc::fuzz::bytes_of(data, size), mdoc::fuzz::page_options());
  // Every diagnostic must point into the page (line 0 only for whole-file ones).
  for (const auto& d : doc.diagnostics) (void)d.message.size();
  return 0;
}
