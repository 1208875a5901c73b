// Inputs the fuzzers (tests/fuzz) found to crash, hang or exhaust memory.
// Each file of tests/fuzz/regressions/ goes through the front end and every
// back end here, in the ordinary build; small ones are also inlined below
// with the property that failed.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "ast_sexpr.hpp"
#include "render/header_model.hpp"
#include "render/html.hpp"
#include "render/terminal.hpp"
#include "render/tree.hpp"

namespace {

mdoc::ParseOptions fuzz_options() {
  mdoc::ParseOptions o;
  o.file_name = "/nonexistent/mdoc-fuzz/page.1";  // as the fuzz targets: .so reads nothing
  return o;
}

// Parses and renders with every back end; returns the seconds it took.
double render_everything(const std::string& bytes) {
  auto start = std::chrono::steady_clock::now();
  mdoc::Document doc = mdoc::parse(bytes, fuzz_options());
  std::string out;
  for (auto device : {mdoc::TermDevice::Ascii, mdoc::TermDevice::Utf8, mdoc::TermDevice::Ansi}) {
    mdoc::TermOptions t;
    t.device = device;
    mdoc::render_terminal(doc, t, out);
  }
  mdoc::render_html(doc, mdoc::HtmlOptions{}, out);
  mdoc::render_json(doc, out);
  mdoc::render_tree(doc, out);
  auto model = mdoc::header::extract_header_model(doc);
  out += mdoc::header::emit_header(model, mdoc::header::EmitOptions{});
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("regressions: every saved fuzz finding renders in bounded time") {
  std::filesystem::path dir = std::filesystem::path(MDOC_SOURCE_DIR) / "tests/fuzz/regressions";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CAPTURE(entry.path().filename().string());
    // Generous for sanitizer builds; the hangs these were took minutes.
    CHECK(render_everything(bytes) < 30.0);
    ++files;
  }
  CHECK(files > 0);
}

TEST_CASE("regressions: a macro calling itself several times with arguments is cut off quickly") {
  // Reduced from roff-timeout-recursive-macro.roff (fuzz_roff, 13 s timeout):
  // each call made three more, 3^64 calls before the depth limit.
  std::string page = ".de M\n.M \\\\$1\n.M \\\\$2\n.M x\n..\n.M a b\nAFTER\n";
  double seconds = render_everything(page);
  CHECK(seconds < 10.0);
  auto doc = mdoc::parse(page, fuzz_options());
  CHECK(mdoc::test::has_diagnostic(doc, "input stack limit exceeded"));
  std::string out;
  mdoc::render_terminal(doc, mdoc::TermOptions{}, out);
  CHECK(out.find("AFTER") != std::string::npos);
}
