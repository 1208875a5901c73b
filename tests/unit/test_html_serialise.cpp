// The HTML serialiser and the byte scanner it shares with the text renderer:
// text split into several DOM nodes, escaping at every position of the
// sixteen-byte blocks, raw text whose end tag spans two nodes.
#include <doctest/doctest.h>

#include <memory_resource>
#include <string>
#include <vector>

#include "mdoc/ast.hpp"
#include "mdoc/parse.hpp"
#include "mdoc/scan.hpp"
#include "render/html.hpp"
#include "render/html_dom.hpp"
#include "render/html_string_counts.hpp"

namespace {

std::string serialise(const mdoc::html::Dom& dom) {
  std::string out;
  mdoc::html::serialise_html(dom, out, false);
  return out;
}

// What the serialiser must make of text, written byte by byte.
std::string expected_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') continue;
    else out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("html serialiser: text split over several nodes reads as one text") {
  mdoc::html::Dom dom;
  mdoc::html::DomNode* p = mdoc::html::add_element(dom.root(), "p", "Pp");
  mdoc::html::add_text(p, "one ");
  mdoc::html::add_text(p, "");
  mdoc::html::add_text(p, "two & three");
  CHECK(serialise(dom) == "<p class=\"Pp\">one two &amp; three</p>\n");
}

TEST_CASE("html dom: the tree keeps its own copies of names and texts, across many arena chunks") {
  // Thousands of nodes and one text larger than the arena's largest chunk;
  // the caller's strings are overwritten after each use.
  mdoc::html::Dom dom;
  mdoc::html::DomNode* root = mdoc::html::add_element(dom.root(), "div");
  std::string expected = "<div>";
  for (int i = 0; i < 5000; ++i) {
    std::string name = "x-" + std::to_string(i % 7);
    std::string cls = "c" + std::to_string(i);
    std::string text(static_cast<std::size_t>(i % 50), static_cast<char>('a' + i % 26));
    mdoc::html::add_text(mdoc::html::add_element_named(root, name, mdoc::html::ClassName::made(cls)), text);
    expected += "<" + name + " class=\"" + cls + "\">" + text + "</" + name + ">";
    name.assign(name.size(), '#');
    cls.assign(cls.size(), '#');
    text.assign(text.size(), '#');
  }
  std::string big(600 * 1024, 'z');
  mdoc::html::add_text(root, big);
  expected += big + "</div>\n";
  CHECK(serialise(dom) == expected);
}

TEST_CASE("html dom: text collected in place survives other allocations and full chunks") {
  // Pieces of one text interleaved with attributes (allocated after the
  // text, so that it must move before it grows), and texts longer than a
  // chunk, written a piece at a time.
  mdoc::html::Dom dom;
  mdoc::html::DomNode* root = mdoc::html::add_element(dom.root(), "div");
  mdoc::html::DomTextBuffer buffer(dom);
  std::string expected = "<div>";
  for (int i = 0; i < 200; ++i) {
    mdoc::html::DomNode* span = mdoc::html::add_element(root, "span");
    std::string text;
    for (int piece = 0; piece < 20 + i * 10; ++piece) {
      std::string word = "w" + std::to_string(piece);
      buffer += word;
      buffer += ' ';
      text += word + " ";
      if (piece % 7 == 3) mdoc::html::add_attribute(span, "data-n" + std::to_string(piece), word);
    }
    buffer.flush_to(span);
    expected += "<span";
    for (int piece = 0; piece < 20 + i * 10; ++piece)
      if (piece % 7 == 3) expected += " data-n" + std::to_string(piece) + "=\"w" + std::to_string(piece) + "\"";
    expected += ">" + text + "</span>";
  }
  buffer.flush_to(root);  // nothing collected: no node
  expected += "</div>\n";
  CHECK(serialise(dom) == expected);
}

TEST_CASE("html dom: a class made while rendering is escaped, one from the code is written from the table") {
  mdoc::html::Dom dom;
  std::string made = "Bd \"x\" & <y>";
  mdoc::html::DomNode* div = mdoc::html::add_element(dom.root(), "div", mdoc::html::ClassName::made(made));
  made.assign(made.size(), '#');  // the page keeps its own copy
  mdoc::html::DomNode* p = mdoc::html::add_element(div, "p", "Pp");
  CHECK(p->class_index == mdoc::html::ClassName("Pp").index());
  CHECK(p->class_text() == "Pp");
  CHECK(div->class_index == 0);
  mdoc::html::add_element(p, "span");  // no class at all
  CHECK(serialise(dom) == "<div class=\"Bd &quot;x&quot; &amp; &lt;y&gt;\"><p class=\"Pp\"><span></span></p>\n</div>\n");
}

TEST_CASE("html dom: set_attribute replaces a value, add_attribute and the class keep their order") {
  mdoc::html::Dom dom;
  mdoc::html::DomNode* a = mdoc::html::add_element(dom.root(), "a", "Xr");
  mdoc::html::set_attribute(a, "id", "one");
  mdoc::html::add_attribute(a, "title", "t");
  mdoc::html::set_attribute(a, "id", "two");
  mdoc::html::set_href(a, "x.html");
  mdoc::html::DomNode* span = mdoc::html::add_element(dom.root(), "span");
  mdoc::html::set_href(span, "ignored.html");
  CHECK(serialise(dom) == "<a class=\"Xr\" id=\"two\" title=\"t\" href=\"x.html\"></a><span></span>");
  CHECK(a->is("a"));
  CHECK_FALSE(span->is("a"));
  CHECK(span->child("a") == nullptr);
}

TEST_CASE("html serialiser: names the tables know, names near them, and others") {
  // The serialiser writes the names it knows from tables: a name that is a
  // prefix or an extension of a known one must still come out as it is.
  mdoc::html::Dom dom;
  mdoc::html::DomNode* root = mdoc::html::add_element(dom.root(), "section", "Sh");
  for (const char* name : {"spa", "spans", "s", "code", "codex", "x-element", "br", "brr"}) {
    mdoc::html::DomNode* el = mdoc::html::add_element_named(root, name);
    CHECK(el->name() == name);
    for (const char* attr : {"cla", "classy", "i", "ids", "data-x"}) mdoc::html::set_attribute(el, attr, "v");
    mdoc::html::set_attribute(el, "id", "a\"b");
  }
  std::string expected = "<section class=\"Sh\">";
  for (std::string name : {"spa", "spans", "s", "code", "codex", "x-element", "br", "brr"}) {
    expected += "<" + name + " cla=\"v\" classy=\"v\" i=\"v\" ids=\"v\" data-x=\"v\" id=\"a&quot;b\"";
    expected += name == "br" ? "/>" : "></" + name + ">";
  }
  expected += "</section>\n";
  CHECK(serialise(dom) == expected);
}

TEST_CASE("html serialiser: a special byte is escaped wherever it falls in the text") {
  // Lengths around the 16-byte blocks of the scanner, the special byte at
  // every position, so that each block and the overlapping last one are hit.
  for (std::size_t length : {1u, 7u, 15u, 16u, 17u, 31u, 32u, 33u, 47u, 48u, 49u, 50u, 64u, 65u, 100u}) {
    for (std::size_t at = 0; at < length; ++at) {
      for (char special : {'&', '<', '>', '"', '\x01', '\x1f', '\t', '\n'}) {
        std::string text(length, 'x');
        text[at] = special;
        mdoc::html::Dom dom;
        mdoc::html::add_text(mdoc::html::add_element(dom.root(), "span"), text);
        INFO("length " << length << " at " << at << " byte " << int(special));
        CHECK(serialise(dom) == "<span>" + expected_escape(text) + "</span>");
      }
    }
  }
}

TEST_CASE("html serialiser: attribute values escape quotes, text does not") {
  mdoc::html::Dom dom;
  mdoc::html::DomNode* a = mdoc::html::add_element(dom.root(), "a");
  mdoc::html::set_href(a, "x?a=\"1\"&b=<2>\x02");
  mdoc::html::add_text(a, "say \"hi\"");
  CHECK(serialise(dom) == "<a href=\"x?a=&quot;1&quot;&amp;b=&lt;2&gt;\">say \"hi\"</a>");
}

TEST_CASE("html serialiser: a quote is escaped wherever it falls in a value, and kept in text") {
  for (std::size_t length : {1u, 16u, 17u, 32u, 33u, 48u, 49u, 100u}) {
    for (std::size_t at = 0; at < length; ++at) {
      std::string text(length, 'x');
      text[at] = '"';
      std::string escaped = text.substr(0, at) + "&quot;" + text.substr(at + 1);
      mdoc::html::Dom dom;
      mdoc::html::DomNode* span = mdoc::html::add_element(dom.root(), "span");
      mdoc::html::add_attribute(span, "title", text);
      mdoc::html::add_text(span, text);
      INFO("length " << length << " at " << at);
      CHECK(serialise(dom) == "<span title=\"" + escaped + "\">" + text + "</span>");
    }
  }
}

TEST_CASE("html serialiser: an end tag split across raw-text nodes is still broken") {
  mdoc::html::Dom dom;
  mdoc::html::DomNode* style = mdoc::html::add_element(dom.root(), "style");
  mdoc::html::add_text(style, "a{}<");
  mdoc::html::add_text(style, "/STYLE><script>");
  std::string out = serialise(dom);
  CHECK(out == "<style>a{}<\\/STYLE><script></style>\n");
}

namespace {

// Adds part i of a page to `text`: a section with an attribute, a paragraph
// of text that needs escaping and a <pre> that holds a block.  With a
// stream, some of it is written out on the way, as the HTML back end writes
// out each box's children once a block in it is finished: the section's
// first children, the block inside the <pre>, all the text so far.
void add_part(mdoc::html::DomNode* text, int i, mdoc::html::DomStream* stream = nullptr) {
  using namespace mdoc::html;
  DomNode* section = add_element(text, "section", "Sh");
  add_attribute(section, "id", "part-" + std::to_string(i) + "\"");
  add_text(add_element(section, "p", ClassName::made("c" + std::to_string(i))),
           "text & <" + std::string(static_cast<std::size_t>(i * 37 % 300), 'x') + ">");
  if (stream && i % 2 == 0) stream->write_children_of(section);
  DomNode* pre = add_element(section, "pre");
  add_text(pre, "line\n");
  DomNode* block = add_element(pre, "div", "Bl-tag");  // no newline after it in a <pre>
  add_text(add_element(block, "p"), "a <p> in a <pre>");
  if (stream && i % 3 == 0) stream->write_children_of(block);
  add_element(block, "br");
  add_text(pre, std::to_string(i));
  if (stream && i % 5 == 1) stream->write_children_of(text);
}
mdoc::html::DomNode* add_page_start(mdoc::html::Dom& dom) {
  mdoc::html::DomNode* body = mdoc::html::add_element(mdoc::html::add_element(dom.root(), "html"), "body");
  mdoc::html::add_text(mdoc::html::add_element(body, "pre"), "before");
  mdoc::html::add_text(body, "a & b");
  return body;
}

}  // namespace

TEST_CASE("html dom stream: a page written in parts is the page written at once") {
  for (int parts : {0, 1, 2, 50, 2000}) {
    mdoc::html::Dom whole;
    mdoc::html::DomNode* body = add_page_start(whole);
    mdoc::html::DomNode* text = mdoc::html::add_element(body, "div", "manual-text");
    for (int i = 0; i < parts; ++i) add_part(text, i);
    mdoc::html::add_element(body, "hr");
    std::string expected;
    mdoc::html::serialise_html(whole, expected);

    mdoc::html::Dom dom;
    body = add_page_start(dom);
    text = mdoc::html::add_element(body, "div", "manual-text");
    std::string out = "kept";  // what the string held before
    {
      mdoc::html::DomStream stream(text, out);
      for (int i = 0; i < parts; ++i) add_part(text, i, &stream);
      mdoc::html::add_element(body, "hr");
      stream.finish();
    }
    INFO(parts << " parts");
    CHECK(out == "kept" + expected);
  }
}

TEST_CASE("html dom stream: the memory of a part written out can be reused") {
  mdoc::html::Dom dom;
  mdoc::html::DomNode* text = mdoc::html::add_element(dom.root(), "div");
  std::string out;
  {
    mdoc::html::DomStream stream(text, out, false);
    mdoc::html::Dom::Mark mark = dom.mark();
    add_part(text, 1);
    CHECK(dom.allocated_since(mark) > 0);
    const mdoc::html::DomItem* first = text->first_child;
    stream.write_children_of(text);
    CHECK(text->first_child == nullptr);
    mark = dom.release_to(mark);
    CHECK(dom.allocated_since(mark) == 0);
    add_part(text, 1);
#if !defined(__SANITIZE_ADDRESS__)  // which poisons it instead
    CHECK(text->first_child == first);
#else
    CHECK(text->first_child != first);
#endif
    stream.finish();
  }
  mdoc::html::Dom whole;
  mdoc::html::DomNode* whole_text = mdoc::html::add_element(whole.root(), "div");
  add_part(whole_text, 1);
  add_part(whole_text, 1);
  CHECK(out == serialise(whole));
}

TEST_CASE("html scanner: finds the first member byte at any position") {
  constexpr mdoc::scan::ByteSet set = mdoc::scan::ByteSet().add('\x01').add('\xe2').add('&');
  for (std::size_t length = 0; length < 40; ++length) {
    std::string text(length, 'a');
    CHECK(mdoc::scan::find_byte(text, 0, set) == length);
    for (std::size_t at = 0; at < length; ++at) {
      std::string marked = text;
      marked[at] = '\xe2';
      for (std::size_t from = 0; from <= at; ++from) CHECK(mdoc::scan::find_byte(marked, from, set) == at);
      // Bytes below 0x20 that are not members are passed over.
      marked[at] = '\x02';
      CHECK(mdoc::scan::find_byte(marked, 0, set) == length);
    }
  }
}

TEST_CASE("html: markers, no-break spaces and minus signs in long runs of text") {
  // A text line long enough for the scanner's blocks, with \- and \~ in it.
  std::string source =
      ".Dd May 1, 2020\n.Dt TEST 7\n.Os\n.Sh NAME\n.Nm test\n.Nd a test page\n.Sh DESCRIPTION\n"
      "a rather long line of text with a minus \\- sign and a no\\~break space near its end\n";
  mdoc::ParseOptions po;
  po.file_name = "test.7";
  mdoc::Document doc = mdoc::parse(source, po);
  std::string out;
  mdoc::render_html(doc, mdoc::HtmlOptions{}, out);
  CHECK(out.find("with a minus - sign and a no\u00a0break space near its end") != std::string::npos);
}

TEST_CASE("html string counts: counts survive the table's growth, and kept strings stay valid") {
  std::pmr::monotonic_buffer_resource memory;
  mdoc::html::StringCounts counts(&memory);
  std::vector<std::string_view> kept;
  auto key_of = [](int i) { return "term" + std::to_string(i) + (i % 3 == 0 ? "-with-a-longer-tail" : ""); };
  for (int i = 0; i < 1000; ++i) {
    std::string key = key_of(i);
    mdoc::html::StringCounts::Entry& e = counts.entry(key);
    CHECK(e.count == 0);
    e.count = i + 1;
    kept.push_back(e.key);
    key.assign(key.size(), '#');  // the table keeps its own copy
  }
  CHECK(counts.entry("").count == 0);
  counts.entry("").count = 7;
  CHECK(counts.entry("").count == 7);
  for (int i = 0; i < 1000; ++i) {
    CHECK(kept[static_cast<std::size_t>(i)] == key_of(i));
    CHECK(counts.entry(key_of(i)).count == i + 1);
    CHECK(counts.entry(key_of(i)).key.data() == kept[static_cast<std::size_t>(i)].data());
  }
}

TEST_CASE("copy_short and copy_bytes copy every length, and nothing around them") {
  const std::string from = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";
  for (std::size_t n = 0; n <= 40; ++n) {
    for (bool is_short : {true, false}) {
      if (is_short && n > 16) continue;
      std::string to(44, '.');
      if (is_short) mdoc::copy_short(to.data() + 2, from.data(), n);
      else mdoc::copy_bytes(to.data() + 2, from.data(), n);
      CHECK(to == std::string(2, '.') + from.substr(0, n) + std::string(42 - n, '.'));
    }
  }
}
