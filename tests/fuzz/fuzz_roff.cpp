// The roff layer alone: requests, strings, macros, conditionals, escapes.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "fuzz_page.hpp"
#include "mdoc/roff/preprocessor.hpp"

namespace {

// Touches every line so ASan sees a dangling view.
class CountingSink : public mdoc::roff::LineSink {
 public:
  void on_line(const mdoc::roff::Line& line) override {
    for (char c : line.text) bytes_ += static_cast<unsigned char>(c);
    ++lines_;
  }
  std::size_t lines_ = 0;
  std::size_t bytes_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<mdoc::Diagnostic> diagnostics;
  CountingSink sink;
  mdoc::ParseOptions options = mdoc::fuzz::page_options();
  mdoc::roff::Preprocessor roff(options, diagnostics, sink);
  roff.run(mdoc::fuzz::bytes_of(data, size));
  return 0;
}
