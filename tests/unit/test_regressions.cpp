// Inputs the fuzzers (tests/fuzz) found to crash, hang or exhaust memory.
// Each file of tests/fuzz/regressions/ goes through the front end and every
// back end here, in the ordinary build; small ones are also inlined below
// with the property that failed.
#include <doctest/doctest.h>

#include <algorithm>
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

// Parses and renders with every back end; returns the bytes written.  The
// hangs these inputs once caused are cut off by the expansion budget, which
// the tests check through its diagnostic and bounded output, not by timing
// (no timed assertions in tests).
std::size_t render_everything(const std::string& bytes) {
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
  return out.size();
}

}  // namespace

TEST_CASE("regressions: every saved fuzz finding renders, with bounded output") {
  std::filesystem::path dir = std::filesystem::path(MDOC_SOURCE_DIR) / "tests/fuzz/regressions";
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CAPTURE(entry.path().filename().string());
    CHECK(render_everything(bytes) < (std::size_t{64} << 20));
    ++files;
  }
  CHECK(files > 0);
}

TEST_CASE("regressions: a macro calling itself several times with arguments is cut off by the expansion budget") {
  // Reduced from roff-timeout-recursive-macro.roff (fuzz_roff, 13 s timeout):
  // each call made three more, 3^64 calls before the depth limit.
  std::string page = ".de M\n.M \\\\$1\n.M \\\\$2\n.M x\n..\n.M a b\nAFTER\n";
  CHECK(render_everything(page) < (std::size_t{64} << 20));
  auto doc = mdoc::parse(page, fuzz_options());
  CHECK(mdoc::test::has_diagnostic(doc, "input stack limit exceeded"));
  std::string out;
  mdoc::render_terminal(doc, mdoc::TermOptions{}, out);
  CHECK(out.find("AFTER") != std::string::npos);
}

TEST_CASE("regressions: .Dd with a quoted argument holding \"\" pairs joins copies, not a span") {
  // Reduced from dd-quoted-pair-join.mdoc (fuzz_html: std::length_error).
  // The unescaped argument is a copy outside the line, so the span from the
  // first argument to the last had a negative length.
  auto doc = mdoc::parse(".Dd \"\"\"\"\"\" 2024 \"May \"\"1\"\"\"\n.Dt A 1\n.Os\n.Sh NAME\ntext\n", fuzz_options());
  CHECK(doc.prologue.date.find("2024") != std::string::npos);
  CHECK(doc.prologue.date.find("May \"1\"") != std::string::npos);
  std::string out;
  mdoc::render_terminal(doc, mdoc::TermOptions{}, out);
  CHECK(out.find("text") != std::string::npos);
  // A table cell takes the same copies: its column is where the quote was.
  auto cells = mdoc::parse(".Dd May 1, 2020\n.Dt A 1\n.Os\n.Bl -column x y\n.It \"a\"\"b\" Ta c\n.El\n", fuzz_options());
  std::string tree;
  mdoc::render_tree(cells, tree);
  CHECK(tree.find("a\"b") != std::string::npos);
}

TEST_CASE("regressions: page geometry cannot multiply the output") {
  // term-sp-huge-vertical-space.mdoc (fuzz_terminal timeout): a macro body
  // with ".sp 34601500s1" printed 2.2 GB of blank lines.  Like mandoc, more
  // than 65 lines of space is taken as one.
  auto lines = [](const std::string& body) {
    std::string out;
    mdoc::render_terminal(mdoc::test::parse_page(".Sh NAME\nfoo\n" + body), mdoc::TermOptions{}, out);
    return static_cast<std::size_t>(std::count(out.begin(), out.end(), '\n'));
  };
  CHECK(lines(".sp 65\nbar\n") == lines(".sp 0\nbar\n") + 65);
  CHECK(lines(".sp 66\nbar\n") == lines(".sp 0\nbar\n") + 1);
  CHECK(lines(".sp 34601500s1\nbar\n") == lines(".sp 0\nbar\n") + 1);
  // term-sp-beyond-int.mdoc (fuzz_terminal, UBSan: 6.7e19 converted to int).
  // Beyond int, and for inf and nan, mandoc spaces nothing: a break.
  CHECK(lines(".sp 2147483647\nbar\n") == lines(".sp 0\nbar\n") + 1);
  for (const char* huge : {".sp 2147483648\n", ".sp 66666666666666666666\n", ".sp 1e30\n", ".sp inf\n", ".sp nan\n",
                           ".sp 1e300i\n"}) {
    CAPTURE(huge);
    CHECK(lines(std::string(huge) + "bar\n") == lines(".sp 0\nbar\n"));
  }
  // Offsets, temporary indents, line lengths, tag widths and tab stops from
  // the page: at most 1000 blanks in a row, whatever they ask for.
  for (const char* body : {".Bd -literal -offset 100000n\nx\ny\n.Ed\n", ".ti 100000\nx\n", ".ll 100000\nx y z\n",
                           ".Bl -tag -width 100000n\n.It a\nb\n.El\n", ".ta 100000n\na\tb\n"}) {
    CAPTURE(body);
    for (auto device : {mdoc::TermDevice::Ascii, mdoc::TermDevice::Ansi}) {
      mdoc::TermOptions t;
      t.device = device;
      std::string out;
      mdoc::render_terminal(mdoc::test::parse_page(std::string(".Sh NAME\nfoo\n") + body), t, out);
      CHECK(out.size() < 4000);
      CHECK(out.find(std::string(1001, ' ')) == std::string::npos);
    }
  }
}

TEST_CASE("regressions: scaled widths are bounded, so neither converting nor adding them overflows") {
  // Same kind as term-sp-beyond-int.mdoc: -width and -offset read a double
  // and converted it to int (term-width-beyond-int.mdoc); .ta added relative
  // stops and overflowed int (term-width-sums.mdoc).
  for (const char* width : {"99999999999999999999n", "-99999999999999999999n", "9999999999999999999999999999999i"}) {
    CAPTURE(width);
    std::string body = std::string(".Bl -tag -width ") + width + "\n.It a\nb\n.El\n.Bd -literal -offset " + width +
                       "\nx\n.Ed\n";
    std::string out;
    mdoc::render_terminal(mdoc::test::parse_page(".Sh NAME\nfoo\n" + body), mdoc::TermOptions{}, out);
    CHECK(out.find('b') != std::string::npos);
    CHECK(out.size() < 4000);
  }
  // Sums of bounded widths stay bounded: 3000 relative tab stops of a
  // million columns, 3000 right margins each a million wider.
  std::string stops = ".ta";
  std::string margins;
  for (int i = 0; i < 3000; ++i) {
    stops += " +1000000n";
    margins += ".ll +1000000n\n";
  }
  std::string out;
  mdoc::render_terminal(mdoc::test::parse_page(".Sh NAME\nfoo\n" + stops + "\na\tb\n" + margins + "c d\n"),
                        mdoc::TermOptions{}, out);
  CHECK(out.find('b') != std::string::npos);
  CHECK(out.find('d') != std::string::npos);
}

TEST_CASE("regressions: a huge horizontal motion neither overflows nor prints more than 200 blanks") {
  // text-h-motion-overflow.mdoc (fuzz_html, UBSan: 222222222 * 10 overflowed
  // int while reading \h's number).
  auto doc = mdoc::test::parse_page(".Sh NAME\na\\h'22222222222222222222223n'b\n");
  std::string out;
  mdoc::render_terminal(doc, mdoc::TermOptions{}, out);
  CHECK(out.find("a") != std::string::npos);
  CHECK(out.size() < 2000);
}
