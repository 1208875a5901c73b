// -T html, full documents and fragments, with and without -O man.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_page.hpp"
#include "render/html.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  mdoc::Document doc = mdoc::parse(mdoc::fuzz::bytes_of(data, size), mdoc::fuzz::render_options());
  mdoc::HtmlOptions options;
  options.fragment = size % 2 == 0;
  if (size % 3 == 0) options.man_url = "../man%S/%N.html";
  std::string out;
  mdoc::render_html(doc, options, out);
  return 0;
}
