// -T ascii, utf8 and ansi: the device and width come from the input's size so
// that one corpus exercises all three and the narrow-width paths.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_page.hpp"
#include "render/terminal.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  mdoc::Document doc = mdoc::parse(mdoc::fuzz::bytes_of(data, size), mdoc::fuzz::render_options());
  mdoc::TermOptions options;
  options.device = static_cast<mdoc::TermDevice>(size % 3);
  if (size % 5 == 0) options.width = 20;
  if (size % 7 == 0) options.indent = 0;
  if (size % 2 == 0) options.man_url = "https://man.example/%N.%S";
  std::string out;
  mdoc::render_terminal(doc, options, out);
  return 0;
}
