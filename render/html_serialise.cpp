// serialise_html(): the DOM as HTML5 text.
//
// A page is some ten thousand small pieces (tags, attribute values, runs of
// text), so the writer appends through a raw pointer.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "mdoc/scan.hpp"
#include "render/html_dom.hpp"

namespace mdoc::html {
namespace {

// Every function here writes through a cursor (see HtmlCursor): those out
// of line that loop take it by value and return it.
using Writer = HtmlCursor;

// Bytes that cannot be copied as they are: markup characters, and control
// characters (not allowed in HTML text; markers that escaped the back end
// must not reach the reader).  A quote needs escaping in attribute values
// only: text leaves it out of its tests.
constexpr scan::ByteSet kEscapedInText = scan::ByteSet().add_controls_except("\t\n").add('&').add('<').add('>');
constexpr scan::ByteSet kEscapedInAttribute = scan::ByteSet(kEscapedInText).add('"');
template <bool attribute>
constexpr const scan::ByteSet& kEscaped = attribute ? kEscapedInAttribute : kEscapedInText;

void escape_special(char c, Writer& out) {
  switch (c) {
    case '&': out.put("&amp;"); break;
    case '<': out.put("&lt;"); break;
    case '>': out.put("&gt;"); break;
    case '"': out.put("&quot;"); break;
    default: break;  // a control character: dropped
  }
}

// escape() for a text that may hold a byte to escape: the bytes between
// those are copied in one piece.  Out of line, so that the common case does
// not pay for its frame.
template <bool attribute>
[[gnu::noinline]] Writer escape_long(std::string_view text, Writer out) {
  for (std::size_t i = 0;;) {
    std::size_t special = scan::find_rare_byte(text, i, kEscaped<attribute>);
    out.put(text.substr(i, special - i));
    if (special == text.size()) return out;
    escape_special(text[special], out);
    i = special + 1;
  }
}

#if defined(__SSE2__)
// Whether a text of more than a block may hold a byte to escape (or a tab
// or newline, which the test flags with the controls): all its blocks are
// tested, the last ending at its end, without a branch for each, since most
// texts hold none.
template <bool attribute>
bool may_need_escaping(std::string_view text) {
  const char* p = text.data();
  const std::size_t size = text.size();
  unsigned flagged = scan::flag16(p + size - 16, kEscaped<attribute>);
  for (std::size_t at = 0; at + 16 < size; at += 16) flagged |= scan::flag16(p + at, kEscaped<attribute>);
  return flagged != 0;
}
#endif

#if defined(__SSE2__)
// The bits of a block's first n bytes (0 to 16), by n: one load where a
// shift would take three instructions.
constexpr std::array<std::uint32_t, 17> kFirstBytes = [] {
  std::array<std::uint32_t, 17> masks{};
  for (std::size_t n = 0; n <= 16; ++n) masks[n] = (1u << n) - 1;
  return masks;
}();
#endif

// Writes a text or attribute value of the Dom, not empty, escaped.
template <bool attribute>
inline void escape_nonempty(std::string_view text, Writer& out) {
#if defined(__SSE2__)
  // Most texts and values hold nothing to escape: a short one is tested and
  // stored as one block (the Dom's texts may be read a block at a time), or
  // two for up to 32 bytes (an href, a few words), with no call; a longer
  // one is tested whole, then copied in one piece.  (An empty one has no
  // data to read.)
  static_assert(Dom::kReadableBlock == 16);
  const std::size_t size = text.size();
  if (size <= 16) {
    __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data()));
    if ((scan::flag_bytes(block, kEscaped<attribute>) & kFirstBytes[size]) == 0) {
      out.put_block(block, size);
      return;
    }
  } else if (size <= 32) {
    // Up to two blocks, the second ending at the text's end (and so
    // overlapping the first), tested and stored the same way.
    __m128i head = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data()));
    __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + size - 16));
    if ((scan::flag_bytes(head, kEscaped<attribute>) | scan::flag_bytes(tail, kEscaped<attribute>)) == 0) {
      out.put_blocks(head, tail, size);
      return;
    }
  } else if (!may_need_escaping<attribute>(text)) {
    out.put(text);
    return;
  }
#endif
  out = escape_long<attribute>(text, out);
}

// The same for a text or value that may be empty (an attribute value).
template <bool attribute>
inline void escape(std::string_view text, Writer& out) {
  if (!text.empty()) escape_nonempty<attribute>(text, out);
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Raw text may not contain its own end tag; our style sheet and scripts do
// not, but a caller-supplied string might.  The text is written "<\\/name".
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
Writer write_raw_content(const DomNode& element, std::string_view name, Writer out) {
  const DomItem* first = element.first_child;
  if (!first) return out;
  if (!first->next_sibling) {
    write_raw_text(first->text(), name, out);
    return out;
  }
  std::string joined;
  for (const DomItem* child = first; child; child = child->next_sibling) joined += child->text();
  write_raw_text(joined, name, out);
  return out;
}

// The class kept on an element the table knows (which goes before the
// other attributes): one of kClasses written whole from the table, another
// escaped.
[[gnu::always_inline]] inline void write_class(const DomNode& element, Writer& out) {
  if (element.class_index) {
    out.put_padded(kClasses[element.class_index].attribute);
  } else if (element.text_size > 0) {
    out.put_padded(kAttributes[kClassAttribute].prefix);
    escape_nonempty<true>(element.text(), out);
    out.put('"');
  }
}

// The attributes in the order they were added.
[[gnu::always_inline]] inline void write_attributes(const DomNode& element, Writer& out) {
  for (const DomAttribute* attr = element.first_attribute; attr; attr = attr->next) {
    if (attr->known != kUnknownAttribute) {
      out.put_padded(kAttributes[attr->known].prefix);
    } else {
      out.put(' ');
      out.put(attr->name);
      out.put("=\"");
    }
    escape<true>(attr->value, out);
    out.put('"');
  }
}

// The start tag up to its '>' (for a void element, its "/>" and what
// follows); returns the element's flags.  (In line: write_items() is the
// serialiser's inner loop.)
[[gnu::always_inline]] inline unsigned write_start_tag(const DomNode& node, Writer& out, bool in_pre) {
  unsigned flags = 0;
  if (node.element != kUnknownElement) {
    const ElementInfo& info = kElements[node.element];
    out.put_padded(info.start_tag);
    flags = info.flags;
    write_class(node, out);
  } else {
    out.put('<');
    out.put(node.text());
  }
  write_attributes(node, out);
  if (flags & kVoid) {
    // "<br/>": valid HTML5 for void elements (as mandoc writes them), and it
    // keeps our output readable by XML tools such as the tests' pugixml.
    out.put("/>");
    if (!in_pre && !(flags & kNoNewline)) out.put('\n');
    return flags;
  }
  out.put('>');
  return flags;
}

[[gnu::always_inline]] inline void write_end_tag(const DomNode& node, unsigned flags, Writer& out, bool in_pre) {
  if (node.element != kUnknownElement) {
    out.put_padded(kElements[node.element].end_tag);
  } else {
    out.put("</");
    out.put(node.text());
    out.put('>');
  }
  if (!in_pre && (flags & kBlock)) out.put('\n');
}

unsigned element_flags(const DomNode& node) {
  return node.element != kUnknownElement ? kElements[node.element].flags : 0;
}

// Writes the children of `parent` from `item` up to `stop` (null: to the
// last) with all they hold.  A walk down the first children and back up the
// parents rather than a recursion: the serialiser's inner loop keeps no frame
// per element.
void write_items(const DomNode& parent, const DomItem* item, const DomItem* stop, Writer& cursor, bool in_pre) {
  Writer out = cursor;  // kept in registers through the loop
  const DomNode* current = &parent;  // the element whose children are being written
  unsigned pre_depth = in_pre;        // how many elements around the item are a <pre>
  while (item != stop) {
    if (item->kind == DomItem::Kind::Text) {
      escape_nonempty<false>(item->text(), out);  // (the Dom makes no empty text node)
    } else {
      const auto& node = static_cast<const DomNode&>(*item);
      unsigned flags = write_start_tag(node, out, pre_depth > 0);
      if (!(flags & kVoid)) {
        if (flags & kRawText) {
          out = write_raw_content(node, node.name(), out);
        } else if (node.first_child) {
          current = &node;
          pre_depth += (flags & kPreformatted) != 0;
          item = node.first_child;
          continue;
        }
        write_end_tag(node, flags, out, pre_depth > 0);
      }
    }
    // The next sibling; after a last child, the end tags of the elements it
    // ends, up to the one with a next sibling.
    item = item->next_sibling;
    while (!item && current != &parent) {
      const DomNode* ended = current;
      current = ended->parent;
      unsigned flags = element_flags(*ended);
      pre_depth -= (flags & kPreformatted) != 0;
      write_end_tag(*ended, flags, out, pre_depth > 0);
      item = ended->next_sibling;
    }
  }
  cursor = out;
}

void write_children(const DomNode& node, Writer& out, bool in_pre) {
  write_items(node, node.first_child, nullptr, out, in_pre);
}

// Whether the content of `node` is preformatted: it or an element around it
// is a <pre>.
bool content_in_pre(const DomNode& node) {
  for (const DomNode* n = &node; n; n = n->parent)
    if (element_flags(*n) & kPreformatted) return true;
  return false;
}

// What the whole tree's serialisation writes before the children of `node`:
// the start tags of it and the elements around it, and their children that
// come before it.
void write_before_children(const DomNode& node, Writer& out) {
  if (!node.parent) return;  // the root: no tag of its own
  write_before_children(*node.parent, out);
  bool in_pre = content_in_pre(*node.parent);
  write_items(*node.parent, node.parent->first_child, &node, out, in_pre);
  write_start_tag(node, out, in_pre);
}

// What it writes after them: the end tags of `node` and the elements around
// it, and their children that come after it.
void write_after_children(const DomNode& node, Writer& out) {
  if (!node.parent) return;
  bool in_pre = content_in_pre(*node.parent);
  write_end_tag(node, element_flags(node), out, in_pre);
  write_items(*node.parent, node.next_sibling, nullptr, out, in_pre);
  write_after_children(*node.parent, out);
}

// Whether `ancestor` is `node` or holds it.
bool holds(const DomNode* ancestor, const DomNode* node) {
  for (; node; node = node->parent)
    if (node == ancestor) return true;
  return false;
}

}  // namespace

OutputRoom grow_output(std::string& out, char* pos, std::size_t n) {
  // The output grows in steps of 2 KiB (its capacity still doubles); the
  // new bytes are all overwritten, and with C++23's resize_and_overwrite
  // (this file is compiled as C++23 where the compiler can) they are not
  // zero-filled first, which cost a store per 32 bytes of the page.
  constexpr std::size_t kStep = 2048;
  std::size_t used = static_cast<std::size_t>(pos - out.data());
  std::size_t size = out.size();
  do size += kStep;
  while (size - used < n);
#if defined(__cpp_lib_string_resize_and_overwrite)
  out.resize_and_overwrite(size, [](char*, std::size_t length) { return length; });
#else
  out.resize(size);
#endif
  return {out.data() + used, out.data() + out.size()};
}

void serialise_html(const Dom& dom, std::string& out, bool doctype) {
  HtmlWriter writer(out);
  if (doctype) writer.cursor().put("<!DOCTYPE html>\n");
  write_children(*dom.root(), writer.cursor(), false);
}

DomStream::DomStream(DomNode* streamed, std::string& out, bool doctype) : writer_(out) {
  if (doctype) writer_.cursor().put("<!DOCTYPE html>\n");
  write_before_children(*streamed, writer_.cursor());
  open_.push_back({streamed, content_in_pre(*streamed)});
}

void DomStream::close_last_open() {
  OpenElement last = open_.back();
  open_.pop_back();
  DomNode* element = last.element;
  write_children(*element, writer_.cursor(), last.content_in_pre);
  write_end_tag(*element, element_flags(*element), writer_.cursor(), open_.back().content_in_pre);
  // It is the first child of the one before, which now starts after it.
  DomNode* parent = open_.back().element;
  parent->first_child = element->next_sibling;
  if (!parent->first_child) parent->last_child = nullptr;
}

void DomStream::open_down_to(DomNode* box) {
  // The elements from the last open one (exclusive) down to box, innermost first.
  DomNode* chain[32];
  std::size_t depth = 0;
  for (DomNode* n = box; n != open_.back().element; n = n->parent) {
    if (depth == std::size(chain)) {  // (deeper than any page: open the outer part first)
      open_down_to(n);
      break;
    }
    chain[depth++] = n;
  }
  while (depth > 0) {
    DomNode* element = chain[--depth];
    OpenElement tip = open_.back();
    write_items(*tip.element, tip.element->first_child, element, writer_.cursor(), tip.content_in_pre);
    tip.element->first_child = element;
    unsigned flags = write_start_tag(*element, writer_.cursor(), tip.content_in_pre);
    open_.push_back({element, tip.content_in_pre || (flags & kPreformatted) != 0});
  }
}

void DomStream::write_children_of(DomNode* box) {
  while (open_.size() > 1 && !holds(open_.back().element, box)) close_last_open();
  if (open_.back().element != box) open_down_to(box);
  write_children(*box, writer_.cursor(), open_.back().content_in_pre);
  box->remove_children();
}

void DomStream::finish() {
  while (open_.size() > 1) close_last_open();
  DomNode* streamed = open_.back().element;
  write_children(*streamed, writer_.cursor(), open_.back().content_in_pre);
  write_after_children(*streamed, writer_.cursor());
}

}  // namespace mdoc::html
