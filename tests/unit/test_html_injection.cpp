// HTML injection: hostile text, macro arguments, URLs, cross-references and
// section targets go through render_html; the DOM (read back with pugixml)
// must hold no element or attribute the page spelled, and no script-capable
// URL may become a link.
#include <doctest/doctest.h>

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "ast_sexpr.hpp"
#include "render/html.hpp"

namespace {

const std::string kPrologue = ".Dd May 1, 2020\n.Dt \"<b>T</b>\" 1\n.Os \"<i>os</i>\"\n";

std::string render(const std::string& body, mdoc::HtmlOptions options = {}) {
  mdoc::ParseOptions o;
  o.file_name = "inject.1";
  auto doc = mdoc::parse(kPrologue + body, o);
  std::string out;
  mdoc::render_html(doc, options, out);
  return out;
}

// The names the page tries to smuggle in as elements or attributes.
const std::set<std::string> kHostileElements = {"script", "img", "svg", "iframe", "object", "embed", "b",
                                                "i",      "x",   "style", "form", "input", "base", "meta"};
const std::set<std::string> kHostileAttributes = {"onload", "onerror", "onmouseover", "onclick", "src",
                                                  "style",  "y",       "formaction",  "srcdoc"};

// A URL as a browser sees its scheme: control characters and blanks dropped,
// case folded, character references not decoded (pugixml already did).
std::string scheme_view(const std::string& url) {
  std::string s;
  for (unsigned char c : url)
    if (c > 0x20 && c != 0x7f) s += static_cast<char>(std::tolower(c));
  return s;
}

bool dangerous_url(const std::string& url) {
  std::string s = scheme_view(url);
  for (const char* scheme : {"javascript:", "data:", "vbscript:"})
    if (s.rfind(scheme, 0) == 0) return true;
  return false;
}

struct Audit {
  std::vector<std::string> problems;
  int links = 0;
};

void audit_node(const pugi::xml_node& n, Audit& a) {
  if (n.type() == pugi::node_element) {
    std::string name = n.name();
    // The document head is the back end's own (meta, style); audit_head checks it.
    if (name == "head") return;
    if (kHostileElements.count(name) && name != "b" && name != "i")
      a.problems.push_back("element <" + name + ">");
    for (auto attr : n.attributes()) {
      std::string an = attr.name();
      if (kHostileAttributes.count(an) && !(name == "link" && an == "style"))
        a.problems.push_back("attribute " + an + " on <" + name + ">");
      if (an.rfind("on", 0) == 0) a.problems.push_back("event attribute " + an);
      if (an == "href" || an == "src" || an == "action" || an == "formaction" || an == "xlink:href") {
        ++a.links;
        if (dangerous_url(attr.value())) a.problems.push_back(std::string("URL ") + attr.value());
      }
    }
  }
  for (auto c : n.children()) audit_node(c, a);
}

// Parses the output (fragment or whole document) and audits it.
Audit audit(const std::string& html) {
  Audit a;
  std::string xml = html;
  // A whole document starts with the HTML5 doctype, which XML does not need.
  if (xml.rfind("<!DOCTYPE", 0) == 0) xml.erase(0, xml.find('>') + 1);
  pugi::xml_document dom;
  auto result = dom.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_fragment);
  if (!result) {
    a.problems.push_back(std::string("output does not parse: ") + result.description() + " at " +
                         std::to_string(result.offset));
    return a;
  }
  audit_node(dom, a);
  // The head holds the same elements whatever the page says.
  if (auto head = dom.child("html").child("head")) {
    std::string shape;
    for (auto c : head.children())
      if (c.type() == pugi::node_element) shape += std::string(c.name()) + " ";
    pugi::xml_document plain;
    std::string benign = render(".Sh DESCRIPTION\ntext\n");
    benign.erase(0, benign.find('>') + 1);
    plain.load_string(benign.c_str());
    std::string expected;
    for (auto c : plain.child("html").child("head").children())
      if (c.type() == pugi::node_element) expected += std::string(c.name()) + " ";
    if (shape != expected) a.problems.push_back("head elements " + shape + "instead of " + expected);
  }
  return a;
}

void check_clean(const std::string& body, mdoc::HtmlOptions options = {}) {
  for (bool fragment : {true, false}) {
    options.fragment = fragment;
    std::string html = render(body, options);
    Audit a = audit(html);
    CAPTURE(body);
    CAPTURE(html);
    for (const auto& p : a.problems) FAIL_CHECK(p);
    // Raw markup from the page never appears unescaped.
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<svg") == std::string::npos);
  }
}

}  // namespace

TEST_CASE("html injection: text lines are text") {
  check_clean(".Sh DESCRIPTION\n<script>alert(1)</script> <img src=x onerror=alert(1)> & \" ' ]]> <!-- x -->\n"
              "<b onload=x>bold</b> \\(lq<svg/onload=alert(1)>\\(rq\n");
}

TEST_CASE("html injection: macro arguments are text, in headings and ids too") {
  check_clean(".Sh \"<script>x</script>\"\n.Ss \"x\\(dq onload=\\(dqy\"\n"
              ".Nm \"<svg/onload=x>\"\n.Nd \"<i>d</i>\"\n.Ar \"<iframe src=x>\"\n.Fl \"<img src=x>\"\n"
              ".Em \"<style>*{}</style>\"\n.Dv \"\\(dq><script>\"\n.Fn \"<b>f\" \"<i>a\"\n"
              ".Bl -tag -width Ds\n.It \"<script>tag</script>\"\nbody\n.It Fl \"<x y=z>\"\nbody\n.El\n"
              ".Bl -column \"<b>\" \"<i>\"\n.It <script> Ta <img>\n.El\n"
              ".Bd -literal\n<script>literal</script>\n.Ed\n.Rs\n.%T \"<b>t</b>\"\n.%U \"javascript:alert(1)\"\n.Re\n");
}

TEST_CASE("html injection: .Lk never links a script-capable URL") {
  for (std::string url : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                          "java\\tscript:alert(1)", "data:text/html,<script>alert(1)</script>",
                          "vbscript:msgbox(1)", "\\&javascript:alert(1)", "DATA:x", "\\ javascript:x"}) {
    check_clean(".Sh DESCRIPTION\n.Lk \"" + url + "\" click\n.Lk \"" + url + "\"\n");
  }
  // An ordinary link stays a link: the audit can see links at all.
  Audit a = audit(render(".Sh DESCRIPTION\n.Lk https://example.org/a?b=1&c=\"2\" ok\n"));
  CHECK(a.problems.empty());
  CHECK(a.links >= 1);
}

TEST_CASE("html injection: .Mt addresses cannot break out of mailto:") {
  check_clean(".Sh DESCRIPTION\n.Mt \"x@y\\(dq onmouseover=\\(dqalert(1)\"\n.Mt javascript:alert(1)\n"
              ".Mt \"<script>@x\"\n");
}

TEST_CASE("html injection: .Xr names with -O man templates are not URLs of their own") {
  mdoc::HtmlOptions options;
  for (std::string tmpl : {"%N.%S.html", "../man%S/%N.html", "https://man.example/%N/%S"}) {
    options.man_url = tmpl;
    CAPTURE(tmpl);
    check_clean(".Sh SEE ALSO\n.Xr javascript:alert(1) 1 ,\n.Xr \"<img src=x>\" 1 ,\n"
                ".Xr data:text/html,x 2 ,\n.Xr \"x\\(dq onclick=\\(dqy\" 3\n", options);
  }
}

TEST_CASE("html injection: .Sx targets stay fragment links") {
  std::string body = ".Sh \"javascript:alert(1)\"\n.Sx \"javascript:alert(1)\"\n.Sx \"\\(dq><script>x</script>\"\n"
                     ".Sx \"data:x\"\n";
  check_clean(body);
  std::string html = render(body);
  pugi::xml_document dom;
  REQUIRE(dom.load_string(html.substr(html.find("<html")).c_str()));
  for (auto x : dom.select_nodes("//a[@class='Sx']")) {
    std::string href = x.node().attribute("href").value();
    CHECK(href.rfind("#", 0) == 0);
  }
}
