#include "render/html_dom.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

namespace mdoc::html {
namespace {

constexpr std::array kVoidElements = {"area", "base", "br", "col", "embed", "hr", "img",
                                      "input", "link", "meta", "source", "track", "wbr"};
constexpr std::array kRawTextElements = {"script", "style"};
// End tags followed by a newline: whitespace between these cannot change what a
// reader sees, and it keeps the output diffable.
constexpr std::array kBlockElements = {
    "html", "head", "body", "title", "meta", "link", "style", "script", "section", "h1", "h2",
    "p", "div", "dl", "dt", "dd", "ul", "ol", "li", "table", "tr", "td", "th", "pre", "nav",
    "header", "footer", "main", "form", "thead", "tbody", "cite", "hr"};

template <std::size_t N>
bool contains(const std::array<const char*, N>& list, const char* name) {
  return std::any_of(list.begin(), list.end(), [&](const char* s) { return std::strcmp(s, name) == 0; });
}

void escape(std::string_view text, bool attribute, std::string& out) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"':
        if (attribute) out += "&quot;";
        else out += c;
        break;
      default:
        // Control characters are not allowed in HTML text; markers that
        // escaped the back end must not reach the reader.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') break;
        out += c;
    }
  }
}

// Raw text may not contain its own end tag; our style sheet and scripts do
// not, but a caller-supplied string might.
void write_raw_text(std::string_view text, std::string_view name, std::string& out) {
  std::string closing = "</" + std::string(name);
  std::size_t pos = 0;
  for (;;) {
    std::size_t hit = pos;
    for (; hit + closing.size() <= text.size(); ++hit) {
      bool same = true;
      for (std::size_t i = 0; i < closing.size() && same; ++i)
        same = std::tolower(static_cast<unsigned char>(text[hit + i])) == closing[i];
      if (same) break;
    }
    if (hit + closing.size() > text.size()) {
      out.append(text.substr(pos));
      return;
    }
    out.append(text.substr(pos, hit - pos));
    out += "<\\/";
    pos = hit + 2;
  }
}

void write_node(pugi::xml_node node, std::string& out, int pre_depth) {
  switch (node.type()) {
    case pugi::node_pcdata:
    case pugi::node_cdata:
      escape(node.value(), false, out);
      return;
    case pugi::node_comment:
      out += "<!--";
      for (const char* p = node.value(); *p; ++p) out += (*p == '-' && p[1] == '-') ? '=' : *p;
      out += "-->\n";
      return;
    case pugi::node_element:
      break;
    default:
      for (auto child : node.children()) write_node(child, out, pre_depth);
      return;
  }
  const char* name = node.name();
  out += '<';
  out += name;
  for (auto attr : node.attributes()) {
    out += ' ';
    out += attr.name();
    out += "=\"";
    escape(attr.value(), true, out);
    out += '"';
  }
  if (contains(kVoidElements, name)) {
    // "<br/>": valid HTML5 for void elements (as mandoc writes them), and it
    // keeps our output readable by XML tools such as the tests' pugixml.
    out += "/>";
    if (pre_depth == 0 && std::strcmp(name, "br") != 0) out += '\n';
    return;
  }
  out += '>';
  if (contains(kRawTextElements, name)) {
    for (auto child : node.children()) write_raw_text(child.value(), name, out);
  } else {
    int depth = pre_depth + (std::strcmp(name, "pre") == 0 ? 1 : 0);
    for (auto child : node.children()) write_node(child, out, depth);
  }
  out += "</";
  out += name;
  out += '>';
  if (pre_depth == 0 && contains(kBlockElements, name)) out += '\n';
}

}  // namespace

pugi::xml_node add_element(pugi::xml_node parent, const char* name, std::string_view cls) {
  pugi::xml_node node = parent.append_child(name);
  if (!cls.empty()) set_attribute(node, "class", cls);
  return node;
}

void add_text(pugi::xml_node parent, std::string_view text) {
  if (text.empty()) return;
  pugi::xml_node last = parent.last_child();
  if (last.type() == pugi::node_pcdata) {
    std::string merged = last.value();
    merged.append(text);
    last.set_value(merged.c_str());
    return;
  }
  parent.append_child(pugi::node_pcdata).set_value(std::string(text).c_str());
}

void set_attribute(pugi::xml_node node, const char* name, std::string_view value) {
  pugi::xml_attribute attr = node.attribute(name);
  if (!attr) attr = node.append_attribute(name);
  attr.set_value(std::string(value).c_str());
}

void set_href(pugi::xml_node node, std::string_view url) {
  if (std::string_view(node.name()) == "a") set_attribute(node, "href", url);
}

bool is_safe_url(std::string_view url) {
  // A scheme is letters, digits, + - . before the first colon, and it must
  // come before any / ? #.  Browsers ignore tabs and newlines inside URLs, so
  // "java\tscript:" counts as a scheme too: strip them before looking.
  std::string cleaned;
  for (char c : url)
    if (c != '\t' && c != '\n' && c != '\r') cleaned += c;
  std::size_t start = 0;
  while (start < cleaned.size() && static_cast<unsigned char>(cleaned[start]) <= ' ') ++start;
  std::string_view u = std::string_view(cleaned).substr(start);
  std::size_t colon = u.find(':');
  std::size_t delimiter = u.find_first_of("/?#");
  if (colon == std::string_view::npos || (delimiter != std::string_view::npos && delimiter < colon))
    return true;  // relative
  std::string scheme;
  for (char c : u.substr(0, colon)) scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme == "http" || scheme == "https" || scheme == "ftp" || scheme == "mailto";
}

void serialise_html(const pugi::xml_document& doc, std::string& out, bool doctype) {
  if (doctype) out += "<!DOCTYPE html>\n";
  for (auto child : doc.children()) write_node(child, out, 0);
}

}  // namespace mdoc::html
