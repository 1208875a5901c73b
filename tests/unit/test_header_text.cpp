// Plain text of subtrees for header comments and messages (render/header_text).
#include <doctest/doctest.h>

#include <string>

#include "mdoc/parse.hpp"
#include "render/header_text.hpp"

namespace {

// The plain text of the body of the first (only) ERRORS list item of a page.
std::string item_text(const std::string& body) {
  std::string source = ".Dd March 1, 2020\n.Dt DEMO 2\n.Os\n.Sh NAME\n.Nm demo\n.Nd demo\n.Sh ERRORS\n"
                       ".Bl -tag -width Er\n.It Bq Er EINVAL\n" + body + ".El\n";
  mdoc::ParseOptions options;
  mdoc::Document doc = mdoc::parse(source, options);
  const mdoc::Node* found = nullptr;
  for (const mdoc::Node* sh = doc.root()->first; sh; sh = sh->next)
    if (sh->macro == mdoc::Macro::Sh && sh->body())
      for (const mdoc::Node* c = sh->body()->first; c; c = c->next)
        if (c->macro == mdoc::Macro::Bl && c->body() && c->body()->first) found = c->body()->first->body();
  REQUIRE(found);
  return mdoc::header::plain_text(*found);
}

}  // namespace

TEST_CASE("header text: delimiters attach, lines join with one space") {
  CHECK(item_text("The address\n.Fa sv\ndoes not\nspecify a valid part.\n") ==
        "The address sv does not specify a valid part.");
  CHECK(item_text("One of\n.Fa domain ,\n.Fa type ,\nor\n.Fa protocol .\n") == "One of domain, type, or protocol.");
}

TEST_CASE("header text: Fn, Xr, Fl, Ns and enclosures read as mandoc -T ascii prints them") {
  CHECK(item_text("See\n.Xr socket 2\nand\n.Fn bind .\n") == "See socket(2) and bind().");
  CHECK(item_text("The\n.Fl f\noption.\n") == "The -f option.");
  CHECK(item_text(".Fa sv Ns [0]\nis bad.\n") == "sv[0] is bad.");
  CHECK(item_text("A\n.Pq parenthesised\nand\n.Dq quoted\nword.\n") == "A (parenthesised) and \"quoted\" word.");
}
