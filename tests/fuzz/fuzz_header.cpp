// mdoc header: model extraction and C++ header emission.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_page.hpp"
#include "render/header_model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  mdoc::Document doc = mdoc::parse(mdoc::fuzz::bytes_of(data, size), mdoc::fuzz::render_options());
  mdoc::header::HeaderModel model = mdoc::header::extract_header_model(doc);
  mdoc::header::EmitOptions options;
  std::string header = mdoc::header::emit_header(model, options);
  (void)header.size();
  return 0;
}
