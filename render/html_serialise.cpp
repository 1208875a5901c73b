// serialise_html(): the DOM as HTML5 text.
//
// A page is some ten thousand small pieces (tags, attribute values, runs of
// text), so the writer appends through a raw pointer.
#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <string_view>

#include "mdoc/scan.hpp"
#include "render/html_dom.hpp"

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

bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  // A byte loop: names are a few bytes, shorter than a call to memcmp.
  for (std::size_t i = 1; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;  // the first letters matched already
}

unsigned element_flags(std::string_view name) {
  int letter = name.empty() ? -1 : name[0] - 'a';
  if (letter < 0 || letter >= 26) return 0;
  for (std::size_t i = kFirstWith[letter]; i < kFirstWith[letter + 1]; ++i)
    if (same_name(kElements[i].name, name)) return kElements[i].flags;
  return 0;
}

// Writes into the output string through a pointer: std::string would check
// its size and capacity for every one of the page's many small pieces.  The
// string is lengthened ahead of the pointer and cut back to what was written
// when the writer goes away.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {
    std::size_t used = out_.size();
    out_.resize(used + kStep);
    pos_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;
  ~Writer() { out_.resize(static_cast<std::size_t>(pos_ - out_.data())); }

  void put(char c) {
    if (pos_ == end_) grow(1);
    *pos_++ = c;
  }
  void put(std::string_view s) {
    if (static_cast<std::size_t>(end_ - pos_) < s.size()) grow(s.size());
    std::memcpy(pos_, s.data(), s.size());
    pos_ += s.size();
  }
  // Copies a NUL-terminated name and returns its length: element and
  // attribute names are a few bytes, not worth measuring before copying.
  std::size_t put_name(const char* name) {
    const char* start = name;
    for (;;) {
      if (end_ - pos_ < kNameChunk) grow(kNameChunk);
      for (int i = 0; i < kNameChunk; ++i) {
        if (*name == '\0') return static_cast<std::size_t>(name - start);
        *pos_++ = *name++;
      }
    }
  }

 private:
  // resize() zero-fills what it adds; in steps this small glibc does that
  // with vector stores, where a larger block would take "rep stosb", which
  // callgrind (our measure) counts byte by byte.  Capacity still doubles.
  static constexpr std::size_t kStep = 2048;
  static constexpr int kNameChunk = 16;

  void grow(std::size_t n) {
    std::size_t used = static_cast<std::size_t>(pos_ - out_.data());
    out_.resize(used + std::max(n, kStep));
    pos_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }

  std::string& out_;
  char* pos_;
  char* end_;
};

// Bytes that cannot be copied as they are: markup characters, and control
// characters (not allowed in HTML text; markers that escaped the back end
// must not reach the reader).  The NUL that ends a pugixml string is one of
// them.
constexpr scan::ByteSet kEscaped = scan::ByteSet().add_controls_except("\t\n").add('&').add('<').add('>').add('"');

void escape_special(char c, bool attribute, Writer& out) {
  switch (c) {
    case '&': out.put("&amp;"); break;
    case '<': out.put("&lt;"); break;
    case '>': out.put("&gt;"); break;
    case '"': out.put(attribute ? "&quot;" : "\""); break;
    default: break;  // a control character: dropped
  }
}

// Text runs can be long: measured, then searched sixteen bytes at a time.
void escape_text(std::string_view text, Writer& out) {
  for (std::size_t i = 0;;) {
    std::size_t special = scan::find_byte(text, i, kEscaped);
    out.put(text.substr(i, special - i));
    if (special == text.size()) return;
    escape_special(text[special], false, out);
    i = special + 1;
  }
}

// Attribute values are mostly short class names: read byte by byte up to the
// terminating NUL, without measuring them first.
void escape_attribute(const char* text, Writer& out) {
  const char* run = text;
  for (const char* p = text;; ++p) {
    if (!kEscaped.contains(*p)) continue;
    out.put(std::string_view(run, static_cast<std::size_t>(p - run)));
    if (*p == '\0') return;
    escape_special(*p, true, out);
    run = p + 1;
  }
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Raw text may not contain its own end tag; our style sheet and scripts do
// not, but a caller-supplied string might.  The text is written "<\/name".
void write_raw_text(std::string_view text, std::string_view name, Writer& out) {
  std::size_t pos = 0;
  for (std::size_t hit = text.find("</"); hit != std::string_view::npos; hit = text.find("</", hit + 1)) {
    if (text.size() - hit - 2 < name.size()) break;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) same = ascii_lower(text[hit + 2 + i]) == name[i];
    if (!same) continue;
    out.put(text.substr(pos, hit - pos));
    out.put("<\\/");
    pos = hit + 2;
  }
  out.put(text.substr(pos));
}

// The end tag may be split across text nodes (html::add_text does not merge
// them): look at the content as a whole.
void write_raw_content(pugi::xml_node element, std::string_view name, Writer& out) {
  pugi::xml_node first = element.first_child();
  if (is_null(first)) return;
  if (is_null(first.next_sibling())) {
    write_raw_text(first.value(), name, out);
    return;
  }
  std::string joined;
  for (pugi::xml_node child = first; !is_null(child); child = child.next_sibling()) joined += child.value();
  write_raw_text(joined, name, out);
}

void write_comment(const char* text, Writer& out) {
  out.put("<!--");
  for (const char* p = text; *p; ++p) out.put((*p == '-' && p[1] == '-') ? '=' : *p);
  out.put("-->\n");
}

void write_node(pugi::xml_node node, Writer& out, bool in_pre);

// Text children are written here rather than through write_node(): they are
// half of all nodes.
void write_children(pugi::xml_node node, Writer& out, bool in_pre) {
  for (pugi::xml_node child = node.first_child(); !is_null(child); child = child.next_sibling()) {
    if (child.type() == pugi::node_pcdata) escape_text(child.value(), out);
    else write_node(child, out, in_pre);
  }
}

void write_node(pugi::xml_node node, Writer& out, bool in_pre) {
  switch (node.type()) {
    case pugi::node_pcdata:
    case pugi::node_cdata:
      escape_text(node.value(), out);
      return;
    case pugi::node_comment:
      write_comment(node.value(), out);
      return;
    case pugi::node_element:
      break;
    default:
      write_children(node, out, in_pre);
      return;
  }
  out.put('<');
  const char* name_start = node.name();
  std::string_view name(name_start, out.put_name(name_start));
  unsigned flags = element_flags(name);
  for (pugi::xml_attribute attr = node.first_attribute(); !is_null(attr); attr = attr.next_attribute()) {
    out.put(' ');
    out.put_name(attr.name());
    out.put("=\"");
    escape_attribute(attr.value(), out);
    out.put('"');
  }
  if (flags & kVoid) {
    // "<br/>": valid HTML5 for void elements (as mandoc writes them), and it
    // keeps our output readable by XML tools such as the tests' pugixml.
    out.put("/>");
    if (!in_pre && !(flags & kNoNewline)) out.put('\n');
    return;
  }
  out.put('>');
  if (flags & kRawText) write_raw_content(node, name, out);
  else write_children(node, out, in_pre || (flags & kPreformatted));
  out.put("</");
  out.put(name);
  out.put('>');
  if (!in_pre && (flags & kBlock)) out.put('\n');
}

}  // namespace

void serialise_html(const pugi::xml_document& doc, std::string& out, bool doctype) {
  Writer writer(out);
  if (doctype) writer.put("<!DOCTYPE html>\n");
  for (pugi::xml_node child = doc.first_child(); !is_null(child); child = child.next_sibling())
    write_node(child, writer, false);
}

}  // namespace mdoc::html
