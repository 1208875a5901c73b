// The HTML back end, read back with pugixml and checked with XPath.
#include <doctest/doctest.h>

#include <fstream>
#include <pugixml.hpp>
#include <sstream>
#include <string>

#include "mdoc/parse.hpp"
#include "render/html.hpp"
#include "render/html_dom.hpp"

namespace {

std::string read_source(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string render(const std::string& source, const mdoc::HtmlOptions& options = {}) {
  mdoc::ParseOptions po;
  po.file_name = "test.7";
  po.os = "TestOS";
  mdoc::Document doc = mdoc::parse(source, po);
  std::string out;
  mdoc::render_html(doc, options, out);
  return out;
}

// Parses our HTML output as XML: it must be well-formed for this to succeed.
void load(pugi::xml_document& dom, const std::string& html) {
  pugi::xml_parse_result r = dom.load_string(html.c_str(), pugi::parse_default | pugi::parse_doctype);
  INFO("parse error: " << r.description() << " at offset " << r.offset);
  REQUIRE(r);
}

std::string socketpair_html(const mdoc::HtmlOptions& options = {}) {
  std::string source = read_source(std::string(MDOC_SOURCE_DIR) + "/pages/socketpair.2");
  REQUIRE(!source.empty());
  return render(source, options);
}

const char* kPrologue = ".Dd May 1, 2020\n.Dt TEST 7\n.Os\n.Sh NAME\n.Nm test\n.Nd a test page\n";

}  // namespace

TEST_CASE("html: socketpair ERRORS list has five tagged entries") {
  pugi::xml_document dom;
  load(dom, socketpair_html());
  auto items = dom.select_nodes("//section[h1[@id='ERRORS']]/dl[@class='Bl-tag']/dt");
  REQUIRE(items.size() == 5);
  const char* expected[] = {"EMFILE", "EAFNOSUPPORT", "EPROTONOSUPPORT", "EOPNOTSUPP", "EFAULT"};
  for (std::size_t i = 0; i < 5; ++i) {
    pugi::xml_node dt = items[i].node();
    CHECK(std::string(dt.attribute("id").value()) == expected[i]);
    pugi::xml_node link = dt.child("a");
    CHECK(std::string(link.attribute("class").value()) == "permalink");
    CHECK(std::string(link.attribute("href").value()) == std::string("#") + expected[i]);
    CHECK(std::string(link.select_node("code[@class='Er']").node().child_value()) == expected[i]);
    CHECK(dt.next_sibling().name() == std::string("dd"));
  }
}

TEST_CASE("html: socketpair synopsis shows the function with its arguments") {
  pugi::xml_document dom;
  load(dom, socketpair_html());
  auto synopsis = dom.select_node("//section[h1[@id='SYNOPSIS']]").node();
  REQUIRE(synopsis);
  CHECK(std::string(synopsis.select_node(".//code[@class='Fn']").node().child_value()) == "socketpair");
  auto args = synopsis.select_nodes(".//var[@class='Fa']");
  REQUIRE(args.size() == 4);
  CHECK(std::string(args[0].node().child_value()) == "int domain");
  CHECK(std::string(args[3].node().child_value()) == "int *sv");
  CHECK(std::string(synopsis.select_node(".//var[@class='Ft']").node().child_value()) == "int");
  auto includes = synopsis.select_nodes(".//code[@class='In']/a[@class='In']");
  REQUIRE(includes.size() == 2);
  CHECK(std::string(includes[1].node().child_value()) == "sys/socket.h");
  // Sections carry ids and permalinks.
  CHECK(dom.select_node("//h1[@class='Sh'][@id='SEE_ALSO']/a[@class='permalink'][@href='#SEE_ALSO']"));
}

TEST_CASE("html: .Xr links follow -O man=TEMPLATE and are plain without it") {
  pugi::xml_document plain;
  load(plain, socketpair_html());
  auto refs = plain.select_nodes("//section[h1[@id='SEE_ALSO']]//a[@class='Xr']");
  REQUIRE(refs.size() == 4);
  CHECK(std::string(refs[0].node().child_value()) == "pipe(2)");
  CHECK_FALSE(refs[0].node().attribute("href"));

  mdoc::HtmlOptions options;
  options.man_url = "../man%S/%N.%S.html";
  pugi::xml_document linked;
  load(linked, socketpair_html(options));
  auto hrefs = linked.select_nodes("//section[h1[@id='SEE_ALSO']]//a[@class='Xr']/@href");
  REQUIRE(hrefs.size() == 4);
  CHECK(std::string(hrefs[0].attribute().value()) == "../man2/pipe.2.html");
  CHECK(std::string(hrefs[2].attribute().value()) == "../man2/socket.2.html");
}

TEST_CASE("html: the site resolver decides which references become links") {
  mdoc::HtmlOptions options;
  options.resolve_xr = [](const std::string& name, const std::string& section) {
    return name == "pipe" && section == "2" ? std::string("pipe.2.html") : std::string();
  };
  pugi::xml_document dom;
  load(dom, socketpair_html(options));
  CHECK(dom.select_nodes("//a[@class='Xr'][@href]").size() == 1);
  CHECK(dom.select_node("//a[@class='Xr'][@href='pipe.2.html']"));
}

TEST_CASE("html: a complete HTML5 document with header, footer and style") {
  std::string html = socketpair_html();
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  pugi::xml_document dom;
  load(dom, html);
  CHECK(dom.select_node("/html/head/meta[@charset='utf-8']"));
  CHECK(std::string(dom.select_node("/html/head/title").node().child_value()) == "SOCKETPAIR(2)");
  CHECK(dom.select_node("/html/head/style"));
  CHECK_FALSE(dom.select_node("/html/head/link"));
  CHECK(std::string(dom.select_node("//table[@class='head']//td[@class='head-vol']").node().child_value()) ==
        "System Calls Manual");
  CHECK(std::string(dom.select_node("//table[@class='foot']//td[@class='foot-date']").node().child_value()) ==
        "February 10, 2018");

  mdoc::HtmlOptions options;
  options.style_url = "style.css";
  pugi::xml_document linked;
  load(linked, socketpair_html(options));
  CHECK(linked.select_node("/html/head/link[@rel='stylesheet'][@href='style.css']"));
  CHECK_FALSE(linked.select_node("/html/head/style"));
}

TEST_CASE("html: void elements are not closed, empty elements are not self-closed") {
  mdoc::html::Dom dom;
  mdoc::html::DomNode* body = mdoc::html::add_element(dom.root(), "body");
  mdoc::html::add_element(body, "td");
  mdoc::html::add_element(body, "br");
  mdoc::html::add_element(body, "script");
  std::string out;
  mdoc::html::serialise_html(dom, out, false);
  CHECK(out.find("<td></td>") != std::string::npos);
  CHECK(out.find("<script></script>") != std::string::npos);
  CHECK(out.find("<br/>") != std::string::npos);
  CHECK(out.find("</br>") == std::string::npos);
}

TEST_CASE("html: text and attributes are escaped, unsafe URLs are not links") {
  std::string source = std::string(kPrologue) +
                       ".Sh DESCRIPTION\n"
                       "<script>alert(1)</script> & \"quotes\"\n"
                       ".Lk javascript:alert(1) click\n"
                       ".Lk \"  JaVaScRiPt:alert(2)\" again\n"
                       ".Lk data:text/html,x data\n"
                       ".Lk https://example.com/?a=1&b=\"2\" safe\n"
                       ".Mt user@example.com\n";
  std::string html = render(source);
  pugi::xml_document dom;
  load(dom, html);
  CHECK_FALSE(dom.select_node("//body//script"));
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp;") != std::string::npos);
  CHECK(dom.select_nodes("//a[@href]").size() >= 2);
  for (auto a : dom.select_nodes("//a[@href]")) {
    std::string href = a.node().attribute("href").value();
    CHECK(href.find("script:") == std::string::npos);
    CHECK(href.rfind("data:", 0) != 0);
  }
  CHECK(dom.select_node("//a[@class='Lk'][@href='https://example.com/?a=1&b=\"2\"']"));
  CHECK(dom.select_node("//a[@class='Mt'][@href='mailto:user@example.com']"));
  // The refused links still show their text.
  CHECK(dom.select_node("//*[@class='Lk'][not(@href)][.='click']"));
}

TEST_CASE("html: repeated titles get distinct ids, tag lists tag their terms") {
  std::string source = std::string(kPrologue) +
                       ".Sh DESCRIPTION\n"
                       ".Bl -tag -width Ds\n"
                       ".It Fl v\nverbose\n"
                       ".It Fl v\nagain\n"
                       ".It Ar file\nnot tagged\n"
                       ".El\n"
                       ".Ss Sub Section\ntext\n"
                       ".Sh DESCRIPTION\nmore\n";
  pugi::xml_document dom;
  load(dom, render(source));
  CHECK(dom.select_node("//h1[@id='DESCRIPTION']"));
  CHECK(dom.select_node("//h1[@id='DESCRIPTION~2']"));
  CHECK(dom.select_node("//h2[@class='Ss'][@id='Sub_Section']"));
  CHECK(dom.select_node("//dt[@id='v']/a[@href='#v']/code[@class='Fl'][.='-v']"));
  CHECK(dom.select_node("//dt[@id='v~2']"));
  CHECK(dom.select_nodes("//dl/dt[@id]").size() == 2);
}

TEST_CASE("html: lists, displays and enclosures use mandoc's vocabulary") {
  std::string source = std::string(kPrologue) +
                       ".Sh DESCRIPTION\n"
                       ".Bl -bullet -compact\n.It\none\n.It\ntwo\n.El\n"
                       ".Bl -enum\n.It\nfirst\n.El\n"
                       ".Bl -column x y\n.It a Ta b\n.El\n"
                       ".Bd -literal -offset indent\nline 1\n  line 2\n.Ed\n"
                       ".Pp\n.Op Fl x Ar y\n.Dq quoted\n";
  pugi::xml_document dom;
  load(dom, render(source));
  CHECK(dom.select_nodes("//ul[@class='Bl-bullet Bl-compact']/li").size() == 2);
  CHECK(dom.select_nodes("//ol[@class='Bl-enum']/li").size() == 1);
  CHECK(dom.select_nodes("//table[@class='Bl-column']/tr/td").size() == 2);
  auto pre = dom.select_node("//div[contains(@class,'Bd-indent')]/pre").node();
  REQUIRE(pre);
  CHECK(std::string(pre.child_value()) == "line 1\n  line 2");
  CHECK(dom.select_node("//p[@class='Pp'][code[@class='Fl'][.='-x']][var[@class='Ar'][.='y']]"));
  std::string html = render(source);
  CHECK(html.find("[<code class=\"Fl\">-x</code> <var class=\"Ar\">y</var>]") != std::string::npos);
  CHECK(html.find("\u201cquoted\u201d") != std::string::npos);
}

TEST_CASE("html: hostile input still yields a well-formed page") {
  std::string source = ".Dd\n.Dt\n.Sh\n.Bl -tag\n.It\n.Bd -literal\n\\f(XX\n.Fo\n.Fa\n.Ta\n.Xr\n.Lk\n.Rs\n.%U\n.El\n";
  pugi::xml_document dom;
  load(dom, render(source));
  CHECK(dom.select_node("/html/body/div[@class='manual-text']"));
}

TEST_CASE("html: links never nest; a would-be link inside one is a span") {
  std::string source = std::string(kPrologue) +
                       ".Sh SEE Xr ls 1 and In stdio.h\n"
                       "text with\n.Xr cat 1\n"
                       ".Ss Sub Lk https://example.com site\n"
                       ".Bl -tag -width Ds\n"
                       ".It Fl v Xr ls 1\nverbose, see\n.Xr cp 1\n"
                       ".El\n";
  pugi::xml_document dom;
  load(dom, render(source));
  CHECK(dom.select_nodes("//a//a").size() == 0);
  CHECK(dom.select_node("//h1/a[@class='permalink']/span[@class='Xr'][.='ls(1)']"));
  CHECK(dom.select_node("//h1/a[@class='permalink']/code[@class='In']/span[@class='In']"));
  CHECK(dom.select_node("//h2/a[@class='permalink']/span[@class='Lk']"));
  // Outside headings the same macros are links.
  CHECK(dom.select_node("//p/a[@class='Xr'][.='cat(1)']"));
  CHECK(dom.select_node("//dd/a[@class='Xr'][.='cp(1)']"));
}

TEST_CASE("html: .Er list heads are tagged only in ERRORS, however its title is written") {
  auto tagged = [](const std::string& title) {
    std::string source = std::string(kPrologue) + ".Sh " + title + "\n.Bl -tag -width Ds\n.It Er EIO\nbad.\n.El\n";
    pugi::xml_document dom;
    load(dom, render(source));
    return static_cast<bool>(dom.select_node("//dt[@id='EIO']/a[@class='permalink'][@href='#EIO']"));
  };
  CHECK(tagged("ERRORS"));
  CHECK(tagged("\\fBERRORS\\fP"));  // font markers in the title's text
  CHECK(tagged("ERR\\&ORS"));
  CHECK(tagged("\"ERRORS\""));
  CHECK_FALSE(tagged("ERR ORS"));
  CHECK_FALSE(tagged("ERRORS X"));
  CHECK_FALSE(tagged("X ERRORS"));
  CHECK_FALSE(tagged("ERRORS AND MORE"));
  CHECK_FALSE(tagged("ERROR"));
  CHECK_FALSE(tagged("\\fBERROR\\fP"));
}

TEST_CASE("html: running text tags a term once, and never one a list head tags") {
  std::string source = std::string(kPrologue) + ".Sh DESCRIPTION\n.Em once\nand\n.Em once\nand\n.Sy head\n" +
                       ".Bl -tag -width Ds\n.It Sy head\nitem.\n.El\n";
  pugi::xml_document dom;
  load(dom, render(source));
  CHECK(dom.select_nodes("//a[@class='permalink'][@href='#once']").size() == 1);
  CHECK(dom.select_nodes("//*[@id='once']").size() == 1);
  CHECK(dom.select_nodes("//*[@id='head']").size() == 1);
  CHECK(dom.select_node("//dt[@id='head']"));
}
