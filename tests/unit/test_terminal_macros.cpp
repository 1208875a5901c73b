// Macro layouts of the terminal back end on small pages.  Each expectation
// is what mandoc -T ascii printed for the same input (copied from its output).
#include <doctest/doctest.h>

#include <string>

#include "mdoc/parse.hpp"
#include "render/terminal.hpp"

using namespace mdoc;

namespace {

// The page body between the DESCRIPTION heading and the footer, fonts removed.
std::string body(std::string_view source, TermDevice device = TermDevice::Ascii) {
  std::string page = ".Dd March 1, 2020\n.Dt FOO 1\n.Os TestOS\n.Sh DESCRIPTION\n";
  page += source;
  ParseOptions po;
  Document doc = parse(page, po);
  TermOptions o;
  o.device = device;
  std::string out;
  render_terminal(doc, o, out);
  std::string plain;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (i + 1 < out.size() && out[i + 1] == '\b') {
      ++i;
      continue;
    }
    plain += out[i];
  }
  auto start = plain.find("DESCRIPTION\n");
  auto end = plain.rfind("\n\nTestOS");
  if (start == std::string::npos || end == std::string::npos) return plain;
  start += 12;
  return plain.substr(start, end + 1 - start);
}

}  // namespace

TEST_CASE("tag list: short heads share the line, long heads stand alone") {
  CHECK(body(".Bl -tag -width Ds\n.It abcdef\nsix\n.It abcdefg\nseven\n.El\n") ==
        "     abcdef  six\n\n     abcdefg\n             seven\n");
}

TEST_CASE("bullet, dash and enum lists indent their bodies by 4, 4 and 5") {
  CHECK(body(".Bl -bullet -compact\n.It\none\n.It\ntwo\n.El\n") == "     o   one\n     o   two\n");
  CHECK(body(".Bl -dash -offset indent\n.It\nDash one.\n.El\n") == "           -   Dash one.\n");
  CHECK(body(".Bl -enum\n.It\nEnum one.\n.It\nEnum two.\n.El\n") ==
        "     1.   Enum one.\n\n     2.   Enum two.\n");
}

TEST_CASE("column lists: declared width plus four blanks per column") {
  CHECK(body(".Bl -column \"xxxx\" \"yyyyyy\" \"z\"\n.It a Ta b Ta c\n.It aaaaaaa Ta bb Ta cc\n.El\n") ==
        "     a       b         c\n     aaaaaaa bb        cc\n");
}

TEST_CASE("displays: offsets indent (6), indent-two (12), a width, and centering") {
  CHECK(body(".Bd -ragged -offset indent-two\nrag two\n.Ed\n") == "                 rag two\n");
  CHECK(body(".Bd -ragged -offset 3n\nrag 3n\n.Ed\n") == "        rag 3n\n");
  CHECK(body(".Bd -centered\ncentered text here\n.Ed\n") == std::string(32, ' ') + "centered text here\n");
  CHECK(body(".Bd -literal\na\tb\n    indented\n.Ed\n") == "     a       b\n         indented\n");
}

TEST_CASE("references: authors joined with commas and and, title quoted before a book") {
  CHECK(body(".Rs\n.%A A\n.%A B\n.%A C\n.%T Book title\n.%B In Book\n.Re\n") ==
        "     A, B, and C, \"Book title\", In Book.\n");
}

TEST_CASE("function synopsis: continuation lines hang four columns past the margin") {
  std::string page =
      ".Dd March 1, 2020\n.Dt FOO 2\n.Os TestOS\n.Sh NAME\n.Nm foo\n.Nd bar\n.Sh SYNOPSIS\n"
      ".Ft int\n.Fn socketpair \"int domain\" \"int type\" \"int protocol\" \"int *sv\" "
      "\"int another_long_argument\" \"int more\"\n";
  ParseOptions po;
  Document doc = parse(page, po);
  std::string out;
  render_terminal(doc, TermOptions{}, out);
  CHECK(out.find("\n         _\bi_\bn_\bt _\ba_\bn_\bo") != std::string::npos);
}

TEST_CASE("quotes: UTF-8 uses typographic quotes and angle brackets") {
  CHECK(body(".Dq quoted\n.Sq single\n.Aq angle\n", TermDevice::Utf8) ==
        "     \u201cquoted\u201d \u2018single\u2019 \u27e8angle\u27e9\n");
}

TEST_CASE("nested lists: each keeps its own width and offset, before and after the inner one") {
  // A list's -width and -offset are measured once per list; items of the outer
  // list after the inner one must get the outer measures back.
  CHECK(body(".Bl -tag -width 12n\n.It outer\nbody one\n.Bl -tag -width 4n -offset 3n\n.It in\n"
             "inner body\n.El\n.It second\nbody two\n.El\n") ==
        "     outer         body one\n"
        "\n"
        "                      in    inner body\n"
        "\n"
        "     second        body two\n");
}
