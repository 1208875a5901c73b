// -T json and -T tree: the AST dumps.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_page.hpp"
#include "render/tree.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  mdoc::Document doc = mdoc::parse(mdoc::fuzz::bytes_of(data, size), mdoc::fuzz::render_options());
  std::string out;
  mdoc::render_json(doc, out);
  mdoc::render_tree(doc, out);
  return 0;
}
