#include "render/html_dom.hpp"

#include <array>
#include <cctype>
#include <cstring>

namespace mdoc::html {
namespace {

// What the serialiser needs to know about an element.
enum ElementFlags : unsigned {
  kVoid = 1,      // no end tag: "<br/>"
  kRawText = 2,   // content written unescaped (script, style)
  kBlock = 4,     // a newline after the end tag: whitespace there cannot show,
                  // and it keeps the output diffable
  kPreformatted = 8,
  kNoNewline = 16,  // a void element that is part of the text line (br)
};

struct ElementInfo {
  std::string_view name;
  unsigned flags;
};

// Sorted by name, so that the elements sharing a first letter are adjacent.
constexpr ElementInfo kElements[] = {
    {"area", kVoid},
    {"base", kVoid},
    {"body", kBlock},
    {"br", kVoid | kNoNewline},
    {"cite", kBlock},
    {"col", kVoid},
    {"dd", kBlock},
    {"div", kBlock},
    {"dl", kBlock},
    {"dt", kBlock},
    {"embed", kVoid},
    {"footer", kBlock},
    {"form", kBlock},
    {"h1", kBlock},
    {"h2", kBlock},
    {"head", kBlock},
    {"header", kBlock},
    {"hr", kVoid | kBlock},
    {"html", kBlock},
    {"img", kVoid},
    {"input", kVoid},
    {"li", kBlock},
    {"link", kVoid | kBlock},
    {"main", kBlock},
    {"meta", kVoid | kBlock},
    {"nav", kBlock},
    {"ol", kBlock},
    {"p", kBlock},
    {"pre", kBlock | kPreformatted},
    {"script", kRawText | kBlock},
    {"section", kBlock},
    {"source", kVoid},
    {"style", kRawText | kBlock},
    {"table", kBlock},
    {"tbody", kBlock},
    {"td", kBlock},
    {"th", kBlock},
    {"thead", kBlock},
    {"title", kBlock},
    {"tr", kBlock},
    {"track", kVoid},
    {"ul", kBlock},
    {"wbr", kVoid},
};
constexpr std::size_t kElementCount = std::size(kElements);

// kFirstWith[c - 'a']: the index of the first element whose name starts at or
// after letter c, so that a lookup compares only names with the right initial.
constexpr std::array<std::size_t, 27> first_with_letter() {
  std::array<std::size_t, 27> first{};
  std::size_t i = 0;
  for (int letter = 0; letter < 27; ++letter) {
    while (i < kElementCount && kElements[i].name[0] - 'a' < letter) ++i;
    first[letter] = i;
  }
  return first;
}
constexpr std::array<std::size_t, 27> kFirstWith = first_with_letter();

// Every element is looked up once per serialisation: a string search over all
// names was the largest single cost of the serialiser.
unsigned element_flags(const char* name) {
  int letter = name[0] - 'a';
  if (letter < 0 || letter >= 26) return 0;
  std::string_view n(name);
  for (std::size_t i = kFirstWith[letter]; i < kFirstWith[letter + 1]; ++i)
    if (kElements[i].name == n) return kElements[i].flags;
  return 0;
}

// Bytes that cannot be copied as they are: the terminating NUL, markup
// characters, and control characters (not allowed in HTML text; markers that
// escaped the back end must not reach the reader).
constexpr std::array<bool, 256> special_bytes() {
  std::array<bool, 256> special{};
  for (int c = 0; c < 0x20; ++c) special[c] = c != '\n' && c != '\t';
  special['&'] = special['<'] = special['>'] = special['"'] = true;
  return special;
}
constexpr std::array<bool, 256> kSpecial = special_bytes();

// Copies runs of ordinary bytes in one append each.
void escape(const char* text, bool attribute, std::string& out) {
  const char* run = text;
  for (const char* p = text;; ++p) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (!kSpecial[c]) continue;
    out.append(run, p);
    run = p + 1;
    switch (c) {
      case '\0': return;
      case '&': out.append("&amp;"); break;
      case '<': out.append("&lt;"); break;
      case '>': out.append("&gt;"); break;
      case '"':
        if (attribute) out.append("&quot;");
        else out += '"';
        break;
      default: break;  // a control character: dropped
    }
  }
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Raw text may not contain its own end tag; our style sheet and scripts do
// not, but a caller-supplied string might.  The text is written "<\/name".
void write_raw_text(std::string_view text, std::string_view name, std::string& out) {
  std::size_t pos = 0;
  for (std::size_t hit = text.find("</"); hit != std::string_view::npos; hit = text.find("</", hit + 1)) {
    if (text.size() - hit - 2 < name.size()) break;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) same = ascii_lower(text[hit + 2 + i]) == name[i];
    if (!same) continue;
    out.append(text.substr(pos, hit - pos));
    out += "<\\/";
    pos = hit + 2;
  }
  out.append(text.substr(pos));
}

// Text nodes are not merged when the DOM is built (html::add_text), so the
// end tag may be split across them: look at the content as a whole.
void write_raw_content(pugi::xml_node element, std::string_view name, std::string& out) {
  pugi::xml_node first = element.first_child();
  if (!first) return;
  if (!first.next_sibling()) {
    write_raw_text(first.value(), name, out);
    return;
  }
  std::string joined;
  for (pugi::xml_node child = first; child; child = child.next_sibling()) joined += child.value();
  write_raw_text(joined, name, out);
}

void write_comment(const char* text, std::string& out) {
  out += "<!--";
  for (const char* p = text; *p; ++p) out += (*p == '-' && p[1] == '-') ? '=' : *p;
  out += "-->\n";
}

void write_node(pugi::xml_node node, std::string& out, bool in_pre) {
  switch (node.type()) {
    case pugi::node_pcdata:
    case pugi::node_cdata:
      escape(node.value(), false, out);
      return;
    case pugi::node_comment:
      write_comment(node.value(), out);
      return;
    case pugi::node_element:
      break;
    default:
      for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
        write_node(child, out, in_pre);
      return;
  }
  const char* name = node.name();
  unsigned flags = element_flags(name);
  out += '<';
  out += name;
  for (pugi::xml_attribute attr = node.first_attribute(); attr; attr = attr.next_attribute()) {
    out += ' ';
    out += attr.name();
    out += "=\"";
    escape(attr.value(), true, out);
    out += '"';
  }
  if (flags & kVoid) {
    // "<br/>": valid HTML5 for void elements (as mandoc writes them), and it
    // keeps our output readable by XML tools such as the tests' pugixml.
    out += "/>";
    if (!in_pre && !(flags & kNoNewline)) out += '\n';
    return;
  }
  out += '>';
  if (flags & kRawText) {
    write_raw_content(node, name, out);
  } else {
    bool child_in_pre = in_pre || (flags & kPreformatted);
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
      write_node(child, out, child_in_pre);
  }
  out += "</";
  out += name;
  out += '>';
  if (!in_pre && (flags & kBlock)) out += '\n';
}

}  // namespace

pugi::xml_node add_element(pugi::xml_node parent, const char* name, std::string_view cls) {
  pugi::xml_node node = parent.append_child(name);
  // A new element has no attributes yet: no need to look for one to replace.
  if (!cls.empty()) node.append_attribute("class").set_value(cls.data(), cls.size());
  return node;
}

void add_text(pugi::xml_node parent, std::string_view text) {
  if (text.empty()) return;
  parent.append_child(pugi::node_pcdata).set_value(text.data(), text.size());
}

void set_attribute(pugi::xml_node node, const char* name, std::string_view value) {
  pugi::xml_attribute attr = node.attribute(name);
  if (!attr) attr = node.append_attribute(name);
  attr.set_value(value.data(), value.size());
}

void set_href(pugi::xml_node node, std::string_view url) {
  if (std::strcmp(node.name(), "a") == 0) set_attribute(node, "href", url);
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
  for (pugi::xml_node child = doc.first_child(); child; child = child.next_sibling()) write_node(child, out, false);
}

}  // namespace mdoc::html
