// The HTML page as a tree of elements, attributes and text: built by the
// back end, written out by serialise_html(), or by a DomStream part by part
// as it is built.
//
// Every text and attribute goes through the tree, so escaping happens once,
// in the serialiser, and never depends on the caller remembering it; every
// end tag is written from the tree, so the output is always well-formed.
//
// The tree is our own, not pugixml's (which the tests use to read the output
// back): a page is a couple of thousand nodes, built once, written once and
// thrown away, and pugixml's copy of every name and value into its own
// allocations was half of the HTML back end's cost.  Here the nodes and the
// texts of a page come from one arena, freed with the Dom (or reused, for
// parts written out: see Dom::release_to); elements are named by Tag, an
// index into the table of html_elements.hpp checked when the program is
// compiled, and most classes by ClassName, a string of the code checked
// likewise and pointed to where it lies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "mdoc/chunk_arena.hpp"
#include "render/copy_short.hpp"
#include "render/html_elements.hpp"
#include "render/html_writer.hpp"

namespace mdoc::html {

class Dom;
class DomTextBuffer;

struct DomAttribute {
  DomAttribute* next;
  std::string_view name;
  std::string_view value;
  std::uint8_t known;  // the name's index in kAttributes, or kUnknownAttribute
};

// What every node of the page has: its place among its siblings and a
// text.  A text node is only this, 24 bytes: about half of a page's nodes
// are texts.
struct DomItem {
  enum class Kind : std::uint8_t { Root, Element, Text };

  explicit DomItem(Kind node_kind) : kind(node_kind) {}

  DomItem* next_sibling = nullptr;
  // A text node's text; an element's class (see DomNode).  (A page's texts
  // are far shorter than 4 GiB: the parser reads no file that large.)
  const char* text_data = nullptr;
  std::uint32_t text_size = 0;
  Kind kind;
  // An element's index in kElements: kUnknownElement for a name the table
  // lacks, and for the nodes that are not elements.
  std::uint8_t element = kUnknownElement;
  std::uint8_t class_index = 0;  // an element's class in kClasses, or 0 (see DomNode)

  std::string_view text() const { return {text_data, text_size}; }
  bool is(Tag tag) const { return element == tag.index; }
};
static_assert(sizeof(DomItem) == 24);

// An element, or the root that holds the page: 64 bytes, one cache line.
//
// The class is kept apart from the other attributes (most elements have one,
// and only that): a class of the table by its index (class_index), and its
// name in the text fields, pointing into the table; another class copied
// into the page, in the text fields only.  The name is the table's
// (kElements); an element the table lacks, which only the tests make, has
// its name in the text fields instead, and its class among its attributes.
struct DomNode : DomItem {
  DomNode(Dom* tree, DomNode* parent_node, Kind node_kind) : DomItem(node_kind), dom(tree), parent(parent_node) {}

  Dom* dom;  // the tree it belongs to: where nodes added to it come from
  DomNode* parent;
  DomItem* first_child = nullptr;
  DomItem* last_child = nullptr;
  DomAttribute* first_attribute = nullptr;

  bool known() const { return element != kUnknownElement; }
  // The class kept in the text fields (none for an element the table lacks).
  std::string_view class_text() const { return known() ? text() : std::string_view{}; }
  // Gives this element (one the table knows) the class of another of the
  // same page (the texts are shared: they live as long as the page).
  void share_class(const DomNode& other) {
    set_text(other.class_text());
    class_index = other.class_index;
  }
  void set_text(std::string_view s) {
    text_data = s.data();
    text_size = static_cast<std::uint32_t>(s.size());
  }
  std::string_view name() const {
    if (kind != Kind::Element) return {};
    return known() ? kElements[element].name.view() : text();
  }
  // The first child element that is a `tag`, or null.
  DomNode* child(Tag tag) const {
    for (DomItem* c = first_child; c; c = c->next_sibling)
      if (c->is(tag)) return static_cast<DomNode*>(c);
    return nullptr;
  }
  // Unlinks the children (they are not freed).
  void remove_children() { first_child = last_child = nullptr; }
  // The last child if it is an element that is a `tag`, or null.
  DomNode* last_child_if(Tag tag) const {
    return last_child && last_child->is(tag) ? static_cast<DomNode*>(last_child) : nullptr;
  }
};

static_assert(sizeof(DomNode) == 64);

// One page's tree and the arena its nodes and texts live in.  Not copied or
// moved: the nodes point to it.
class Dom {
 public:
  Dom() = default;
  Dom(const Dom&) = delete;
  Dom& operator=(const Dom&) = delete;

  DomNode* root() { return &root_; }
  const DomNode* root() const { return &root_; }

  DomNode* append_element(DomNode* parent, Tag tag) {
    DomNode* node = new (allocate(sizeof(DomNode), alignof(DomNode))) DomNode(this, parent, DomNode::Kind::Element);
    node->element = tag.index;
    link(parent, node);
    return node;
  }
  // An element by its name, which the table may lack (the name is copied then).
  DomNode* append_element_named(DomNode* parent, std::string_view name) {
    std::uint8_t index = element_index(name_key(name));
    if (index != kUnknownElement) return append_element(parent, Tag::at(index));
    DomNode* node = new (allocate(sizeof(DomNode), alignof(DomNode))) DomNode(this, parent, DomNode::Kind::Element);
    node->set_text(copy(name));
    link(parent, node);
    return node;
  }
  // (Not an empty text: see link_text(); add_text() tests.)
  void append_text(DomNode* parent, std::string_view text) { link_text(parent, copy(text)); }
  // A text that outlives the tree (the style sheet, part of the program):
  // pointed to, not copied, unless it is short enough for the serialiser to
  // read as one block, which its place may not allow (see copy()).
  void append_lasting_text(DomNode* parent, std::string_view text) {
    if (text.size() <= kReadableBlock) append_text(parent, text);
    else link_text(parent, text);
  }
  // An attribute the element does not have yet: no search for one to replace.
  void append_attribute(DomNode* element, std::string_view name, std::string_view value) {
    std::uint8_t known = attribute_index(name);
    link_attribute(element, known, known != kUnknownAttribute ? kAttributes[known].name.view() : copy(name), copy(value));
  }
  // The same for a name from kAttributes.
  void append_attribute(DomNode* element, std::uint8_t known, std::string_view value) {
    link_attribute(element, known, kAttributes[known].name.view(), copy(value));
  }
  // The same for a value that outlives the tree (a literal): pointed to, not
  // copied, unless it is short enough for the serialiser to read as one
  // block (see append_lasting_text).
  void append_lasting_attribute(DomNode* element, std::uint8_t known, std::string_view value) {
    link_attribute(element, known, kAttributes[known].name.view(), value.size() <= kReadableBlock ? copy(value) : value);
  }
  // The same for a value of at most max_size bytes that fill(char*) writes
  // in place and returns the length of: a value made only to be stored is
  // not made elsewhere first.
  template <class Fill>
  void append_attribute_made(DomNode* element, std::uint8_t known, std::size_t max_size, Fill fill) {
    char* bytes = static_cast<char*>(allocate(max_size, 1));
    std::size_t size = fill(bytes);
    arena_.set_next(bytes + size);  // the unused rest goes back to the arena
    link_attribute(element, known, kAttributes[known].name.view(), {bytes, size});
  }
  // A point in the arena, to give back what is allocated after it with
  // release_to(): a page written out in parts reuses the memory of each
  // part for the next, which finds it still in the cache.
  struct Mark {
    char* next;
    char* chunk_end;  // tells whether the arena is still in the same chunk
  };
  Mark mark() const { return {arena_.next(), arena_.end()}; }
  // How much was allocated since `mark` (as good as unbounded once the
  // arena has moved to another chunk).
  std::size_t allocated_since(const Mark& mark) const {
    return arena_.end() == mark.chunk_end ? static_cast<std::size_t>(arena_.next() - mark.next) : SIZE_MAX;
  }
  // Gives back what was allocated since `mark`, none of which may be used
  // again, if it all lies in the chunk the mark is in (else it stays:
  // chunks grow, so that happens a few times at most).  Returns where the
  // next part starts.
  Mark release_to(const Mark& mark);

  // A copy of s that lives as long as the tree.  It may be read as one
  // block of kReadableBlock bytes from its start (bytes past its end have
  // no meaning): the serialiser tests and copies short texts that way.
  static constexpr std::size_t kReadableBlock = 16;
  std::string_view copy(std::string_view s) {
    if (s.empty()) return {};
    char* bytes = static_cast<char*>(allocate(s.size(), 1));
    copy_bytes(bytes, s.data(), s.size());
    return {bytes, s.size()};
  }

 private:
  friend class DomTextBuffer;
  // A text node for text the arena holds already; never an empty one (the
  // serialiser reads a text's first block without testing its size).
  void link_text(DomNode* parent, std::string_view stored) {
    DomItem* node = new (allocate(sizeof(DomItem), alignof(DomItem))) DomItem(DomItem::Kind::Text);
    node->text_data = stored.data();
    node->text_size = static_cast<std::uint32_t>(stored.size());
    link(parent, node);
  }
  void link_attribute(DomNode* element, std::uint8_t known, std::string_view name, std::string_view value) {
    auto* attr = new (allocate(sizeof(DomAttribute), alignof(DomAttribute))) DomAttribute{nullptr, name, value, known};
    // Appended after the last: an element has one or two.
    DomAttribute** tail = &element->first_attribute;
    while (*tail) tail = &(*tail)->next;
    *tail = attr;
  }
  static void link(DomNode* parent, DomItem* child) {
    if (parent->last_child) parent->last_child->next_sibling = child;
    else parent->first_child = child;
    parent->last_child = child;
  }
  void* allocate(std::size_t size, std::size_t align) { return arena_.allocate(size, align); }

  // 16 KiB first, so a small page stays small, doubling up to 256 KiB, so a
  // large one makes few chunks; each chunk followed by kReadableBlock bytes
  // never handed out.
  ChunkArena arena_{16 * 1024, 256 * 1024, kReadableBlock};
  DomNode root_{this, nullptr, DomNode::Kind::Root};
};

// The text of one text node, written at the end of the Dom's arena as its
// pieces come (most of a page's text arrives a word or a blank at a time)
// and made a node where it lies, without a copy.  Should something else be
// allocated from the arena meanwhile, the text moves to the end again before
// it grows.
class DomTextBuffer {
 public:
  explicit DomTextBuffer(Dom& dom) : dom_(dom) {}
  DomTextBuffer(const DomTextBuffer&) = delete;
  DomTextBuffer& operator=(const DomTextBuffer&) = delete;

  void append(const char* bytes, std::size_t n) {
    if (n == 0) return;
    char* end = room_for(n);
    copy_bytes(end, bytes, n);
    size_ += n;
    dom_.arena_.set_next(end + n);
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  DomTextBuffer& operator+=(std::string_view s) {
    append(s.data(), s.size());
    return *this;
  }
  DomTextBuffer& operator+=(char c) {
    char* end = room_for(1);
    *end = c;
    size_ += 1;
    dom_.arena_.set_next(end + 1);
    return *this;
  }
  // Room for n more bytes, for a caller that writes them itself and then
  // keeps them with commit(n), or not.
  char* reserve(std::size_t n) { return room_for(n); }
  void commit(std::size_t n) {
    size_ += n;
    dom_.arena_.set_next(start_ + size_);
  }
  bool empty() const { return size_ == 0; }
  // Makes the text a text node of parent (none when it is empty), and
  // starts the next text.
  void flush_to(DomNode* parent) {
    if (size_ == 0) return;
    dom_.link_text(parent, {start_, size_});
    start_ = nullptr;
    size_ = 0;
  }

 private:
  // Where n more bytes go: right after the text, which is at the arena's end
  // with room after it (moved there first if it is not).
  char* room_for(std::size_t n) {
    if (size_ == 0) start_ = dom_.arena_.next();  // a new text starts at the arena's end
    char* end = start_ + size_;
    if (end != dom_.arena_.next() || static_cast<std::size_t>(dom_.arena_.end() - end) < n) end = move_to_room(n);
    return end;
  }
  // room_for() when the text must move: out of line.
  char* move_to_room(std::size_t n);
  Dom& dom_;
  char* start_ = nullptr;
  std::size_t size_ = 0;
};

// Gives an element its class (none when cls is empty).
inline void set_class(DomNode* node, ClassName cls) {
  if (cls.empty()) return;
  if (!node->known()) {
    node->dom->append_attribute(node, kClassAttribute, cls.view());
    return;
  }
  node->set_text(cls.index() ? cls.view() : node->dom->copy(cls.view()));
  node->class_index = cls.index();
}
// Appends <tag class="cls"> to parent (no class attribute when cls is empty).
inline DomNode* add_element(DomNode* parent, Tag tag, ClassName cls = {}) {
  DomNode* node = parent->dom->append_element(parent, tag);
  set_class(node, cls);
  return node;
}
// The same by name, for a name that need not be in the element table.
inline DomNode* add_element_named(DomNode* parent, std::string_view name, ClassName cls = {}) {
  DomNode* node = parent->dom->append_element_named(parent, name);
  set_class(node, cls);
  return node;
}
// Appends a text node.  Adjacent text nodes serialise as one text, so callers
// may split text freely.
inline void add_text(DomNode* parent, std::string_view text) {
  if (!text.empty()) parent->dom->append_text(parent, text);
}
// add_text() for a text that outlives the page, such as the style sheet:
// the page points to it rather than copy it.
inline void add_lasting_text(DomNode* parent, std::string_view text) {
  if (!text.empty()) parent->dom->append_lasting_text(parent, text);
}
// Sets an attribute, replacing its value if the element has it already.
// An attribute of kAttributes the element does not have yet, whose value
// outlives the tree (a literal such as a style): no search, no copy.
inline void add_lasting_attribute(DomNode* node, std::uint8_t known, std::string_view value) {
  node->dom->append_lasting_attribute(node, known, value);
}

void set_attribute(DomNode* node, std::string_view name, std::string_view value);
// set_attribute() for an attribute the node does not have yet (the renderer
// adds each attribute once, to the element it has just made): no search for
// one to replace.
inline void add_attribute(DomNode* node, std::string_view name, std::string_view value) {
  node->dom->append_attribute(node, name, value);
}
// Gives an <a> that has no href yet its href; other elements (a link demoted
// to <span>) get none.
void set_href(DomNode* node, std::string_view url);

// True for the schemes we emit as links: http, https, ftp, mailto.
// Relative URLs (no scheme) are allowed too: they cannot run script.
bool is_safe_url(std::string_view url);

// Writes "<!DOCTYPE html>" and the tree as HTML5: void elements (br, meta,
// link, ...) as "<br/>" without an end tag, every other element with an end
// tag even when empty (never <div/>, which HTML5 reads as an open <div>),
// the text of <style> and <script> raw, everything else escaped.  Newlines
// go only after block-level end tags outside <pre>, where they cannot show.
void serialise_html(const Dom& dom, std::string& out, bool doctype = true);

// serialise_html() for a page written while it is built: the content of
// one element (`streamed`, the manual text) is written as it is finished,
// box by box (a section, the body of a list item, ...), while it is still in
// the cache; the caller may then reuse the memory it took (Dom::release_to).
// The output is the same as serialise_html()'s for the whole tree.
class DomStream {
 public:
  // Writes the page up to the start tag of `streamed`: what comes before it
  // must be complete.
  DomStream(DomNode* streamed, std::string& out, bool doctype = true);
  DomStream(const DomStream&) = delete;
  DomStream& operator=(const DomStream&) = delete;

  // Writes the children `box` (`streamed` or inside it) has, and what comes
  // before them that is not written yet, and unlinks them.  They must be
  // finished, and so must every element written before that does not hold
  // `box`: nothing may change them or point into them any more.
  void write_children_of(DomNode* box);
  // Writes the rest of the page, which must be complete now.
  void finish();

 private:
  // An element whose start tag is written and whose end tag is not.
  struct OpenElement {
    DomNode* element;
    bool content_in_pre;
  };
  void close_last_open();
  void open_down_to(DomNode* box);

  HtmlWriter writer_;
  // From `streamed` inwards, each the first child of the one before (those
  // before it are written and unlinked).
  std::vector<OpenElement> open_;
};

}  // namespace mdoc::html
