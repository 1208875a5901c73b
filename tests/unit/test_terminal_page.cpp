// Header and footer lines of the terminal output, as measured with mandoc
// -T ascii -O width=N on pages with the given prologue.
#include <doctest/doctest.h>

#include <string>

#include "mdoc/ast.hpp"
#include "render/terminal.hpp"

using namespace mdoc;

namespace {

std::string render_empty_page(int width, std::string os = "TestOS") {
  Document doc;
  doc.prologue.title = "FOO";
  doc.prologue.section = "1";
  doc.prologue.volume = "General Commands Manual";
  doc.prologue.os = std::move(os);
  doc.prologue.date = "March 1, 2020";
  TermOptions o;
  o.width = width;
  std::string out;
  render_terminal(doc, o, out);
  return out;
}

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }

}  // namespace

TEST_CASE("header: volume centered when both titles fit, else right-aligned") {
  CHECK(first_line(render_empty_page(78)) ==
        "FOO(1)                      General Commands Manual                     FOO(1)");
  CHECK(first_line(render_empty_page(38)) == "FOO(1)  General Commands Manual FOO(1)");
  // At 37 columns the right title no longer fits and the volume moves right.
  CHECK(first_line(render_empty_page(37)) == "FOO(1)        General Commands Manual");
}

TEST_CASE("footer: date centered; parts that do not fit go to lines of their own") {
  std::string page = render_empty_page(30);
  CHECK(page.substr(page.rfind('\n', page.size() - 2) + 1) == "TestOS   March 1, 2020  TestOS\n");
  page = render_empty_page(20);
  CHECK(page.find("\nTestOS\n    March 1, 2020\n              TestOS\n") != std::string::npos);
}
