// The typed syntax tree of an mdoc(7) document.
//
// Nodes live in an arena owned by the Document; they are linked by plain
// pointers (parent, children, siblings) that stay valid as long as the
// Document does.  Every node carries the line and column where it started.
// Back ends read only this tree: text is already decoded (see "Text" below).
#pragma once

#include <cassert>
#include <cstdint>
#include <cstring>
#include <memory>
#include <memory_resource>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mdoc/chunk_arena.hpp"
#include "mdoc/diagnostic.hpp"
#include "mdoc/macro.hpp"

namespace mdoc {

enum class NodeType : std::uint8_t {
  Root,
  Block,    // a block macro: its children are Head, Body and Tail
  Head,     // the head of a block (Sh title, It tag, Fo name, Bf font...)
  Body,     // the body of a block
  Tail,     // text after the closing macro of a partial explicit block (Ec)
  Element,  // an in-line macro; its children are Text nodes (or others)
  // The last three hold text (Node::holds_text).
  Text,     // a run of decoded text
  Table,    // a tbl(7) table: kept as text rows (see Node::text())
  Equation, // an eqn(7) equation: kept as its source text
};

// Node flags.
enum NodeFlag : std::uint16_t {
  kLineStart = 1u << 0,     // first node produced by its input line
  kNoSpace = 1u << 1,       // no space before this node (Ns, Pf, \c, delimiters)
  kEndOfSentence = 1u << 2, // the text ends a sentence: two spaces follow
  kDelimOpen = 1u << 3,     // text is an opening delimiter: ( [
  kDelimClose = 1u << 4,    // text is a closing delimiter: . , : ; ) ] ? !
  kDelimMiddle = 1u << 5,   // text is the middle delimiter |
  kSynopsis = 1u << 6,      // inside the SYNOPSIS section: synopsis layout applies
  kNoFill = 1u << 7,        // inside a no-fill region (.nf, Bd -unfilled/-literal)
  kBroken = 1u << 8,        // explicit block whose scope was broken by another block
  kEndedEarly = 1u << 9,    // block closed implicitly (missing closer) or by breaking
  kSpacingOff = 1u << 10,   // produced while .Sm off was in force
  kImplicitMacro = 1u << 11,// inserted by the parser, not written in the source
  kKeepTogether = 1u << 12, // inside a Bk -words block: do not break between words
};

// Arguments of block macros, normalised by the validator.
enum class ListType : std::uint8_t {
  None, Bullet, Column, Dash, Diag, Enum, Hang, Hyphen, Inset, Item, Ohang, Tag,
};
// The lists whose item heads are terms (tag, hang, ohang, inset): the HTML
// back end tags them.
constexpr bool heads_are_terms(ListType t) {
  return t == ListType::Tag || t == ListType::Hang || t == ListType::Ohang || t == ListType::Inset;
}
enum class DisplayType : std::uint8_t {
  None, Centered, Filled, Literal, Ragged, Unfilled,
};
enum class FontType : std::uint8_t { None, Emphasis, Literal, Symbolic };
enum class AuthorSplit : std::uint8_t { None, Split, NoSplit };

// A dash-argument such as "-width Er" or "-compact", as written.
//
// Allocator-aware: in BlockArgs::args it lives in the
// Document's arena with its strings, so that nothing of a node needs freeing
// on its own (see Document::make_node).
struct Argument {
  using allocator_type = std::pmr::polymorphic_allocator<>;
  Argument() = default;
  explicit Argument(const allocator_type& memory) : name(memory), values(memory) {}
  Argument(const Argument& other, const allocator_type& memory)
      : name(other.name, memory), values(other.values, memory), line(other.line), column(other.column) {}
  Argument(Argument&& other, const allocator_type& memory)
      : name(std::move(other.name), memory), values(std::move(other.values), memory), line(other.line),
        column(other.column) {}
  Argument(const Argument&) = default;
  Argument(Argument&&) = default;
  Argument& operator=(const Argument&) = default;
  Argument& operator=(Argument&&) = default;

  std::pmr::string name;                      // without the dash: "width"
  std::pmr::vector<std::pmr::string> values;  // decoded parameter values
  std::uint32_t line = 0, column = 0;
};

// The dash-arguments of a macro as written, and for Bl, Bd, Bf, An, Bk
// what they mean (filled by the validator).  Only nodes of macros that take
// dash-arguments have one: kept apart from Node, which every word of a page
// makes.
struct BlockArgs {
  explicit BlockArgs(std::pmr::memory_resource* memory) : args(memory) {}

  std::pmr::vector<Argument> args;  // as written, in the Document's arena
  ListType list = ListType::None;
  DisplayType display = DisplayType::None;
  FontType font = FontType::None;
  AuthorSplit author = AuthorSplit::None;
  bool compact = false;
  std::string width;    // -width as written (a scaling unit, a string or a macro name)
  std::string offset;   // -offset as written
  std::vector<std::string> columns;  // Bl -column widths
};

// Text encoding inside Node::text().
//
// Text is UTF-8 with escapes already resolved: special characters are their
// Unicode code points, predefined strings are expanded.  A few bytes that
// cannot occur in valid input mark what text alone cannot say:
namespace text_marker {
inline constexpr char kFont = '\x01';          // followed by one FontCode byte
inline constexpr char kNoBreakSpace = '\x1f';  // \~ "\ " \0: a space that does not break
inline constexpr char kBreakHyphen = '\x1e';   // a hyphen where a line may break
inline constexpr char kBreakPoint = '\x1d';    // \: a zero-width place to break
inline constexpr char kZeroWidth = '\x1c';     // \& when it must survive (kept only in Text that is exactly "\&")
}  // namespace text_marker

// The byte after text_marker::kFont.
enum class FontCode : char {
  Roman = 'R', Bold = 'B', Italic = 'I', BoldItalic = 'J', Mono = 'C', Previous = 'P',
};

// One cache line: a page makes a node for every word or so, and the parser,
// the validator and the back end each walk them all.
struct alignas(64) Node {
  Node(NodeType t, Macro m, std::uint32_t at_line, std::uint32_t at_column)
      : type(t), macro(m), line(at_line), column(at_column) {
    if (holds_text()) text_data_ = "";
    else block_ = nullptr;
  }

  const NodeType type = NodeType::Text;
  Macro macro = Macro::None;
  std::uint16_t flags = 0;
  std::uint32_t line = 0;    // 1-based source line
  std::uint32_t column = 0;  // 1-based source column

 private:
  // (Here, beside the other four-byte fields, rather than with its data:
  // a string_view would cost eight bytes more.  A page's text is far
  // shorter than 4 GiB: the parser reads no file that large.)
  std::uint32_t text_size_ = 0;

 public:
  Node* parent = nullptr;
  Node* first = nullptr;  // first child
  Node* last = nullptr;   // last child
  Node* next = nullptr;   // next sibling
  Node* prev = nullptr;   // previous sibling

 private:
  // A Text node's text, or a macro's dash-arguments: no node has both.
  union {
    const char* text_data_;
    BlockArgs* block_;
  };

 public:
  // Text, Table and Equation nodes hold text; the others may hold
  // dash-arguments.
  bool holds_text() const { return type >= NodeType::Text; }

  // Text, Table, Equation: the content (see "Text encoding" above); empty
  // for the others.  It lives as long as the Document (Document::set_text).
  std::string_view text() const { return {holds_text() ? text_data_ : "", text_size_}; }
  // Points a node that holds_text() at text that outlives it: the
  // Document's arena, or a literal.  (Document::set_text copies text there.)
  void set_text_in_place(std::string_view s) {
    assert(holds_text());
    text_data_ = s.data();
    text_size_ = static_cast<std::uint32_t>(s.size());
  }
  // The dash-arguments, for the macros that take them (in the Document's
  // arena); null for the others and for text.
  BlockArgs* block() const { return holds_text() ? nullptr : block_; }
  void set_block(BlockArgs* b) {
    assert(!holds_text());
    block_ = b;
  }
  // The dash-arguments as written: empty unless the macro takes them.
  std::span<const Argument> args() const {
    const BlockArgs* b = block();
    return b ? std::span<const Argument>(b->args) : std::span<const Argument>();
  }

  // For Block nodes: the first child of each part (may be null).  Found,
  // not stored: a block has at most these three children, and the fields
  // would make every node of the page larger.
  Node* head() const { return child_of_type(NodeType::Head); }
  Node* body() const { return child_of_type(NodeType::Body); }
  Node* tail() const { return child_of_type(NodeType::Tail); }

  bool is(NodeFlag f) const { return (flags & f) != 0; }
  bool is_macro(Macro m) const { return macro == m; }
  // The enclosing Block of a Head/Body/Tail node, or this node otherwise.
  const Node* block_node() const {
    return (type == NodeType::Head || type == NodeType::Body || type == NodeType::Tail) && parent
               ? parent : this;
  }

 private:
  Node* child_of_type(NodeType t) const {
    if (type != NodeType::Block) return nullptr;
    for (Node* c = first; c; c = c->next)
      if (c->type == t) return c;
    return nullptr;
  }
};
static_assert(sizeof(Node) == 64);

// The document prologue: what the header and footer lines show.
struct Prologue {
  std::string title;     // Dt first argument (UNTITLED when missing)
  std::string section;   // Dt second argument
  std::string arch;      // Dt third argument
  std::string volume;    // volume name: from the section, or the Dt volume argument
  std::string os;        // Os argument, or the -I os= default, or uname
  std::string date;      // Dd, normalised ("February 10, 2018")
  std::string name;      // the first Nm argument: the name Nm repeats
  std::uint32_t line = 0;
};

// A parsed document: the tree, its prologue, and what the parse found.
class Document {
 public:
  Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  Document(Document&&) noexcept;
  Document& operator=(Document&&) noexcept;
  ~Document();

  Node* root() { return root_; }
  const Node* root() const { return root_; }
  Prologue prologue;
  std::vector<Diagnostic> diagnostics;
  std::string file;  // the name diagnostics use
  bool is_man = false;  // the input is man(7), not mdoc(7): no tree was built
  // The heads of the items of tag, hang, ohang and inset lists, in the order
  // of the source, as the parser made them (validation may have taken some
  // out of the tree since).  The HTML back end tags their terms from here
  // instead of walking the whole tree for them.
  std::vector<const Node*> tag_list_heads;
  // Adds an item's head to tag_list_heads if its list's heads_are_terms.
  // (Out of line, in ast.cpp: the parser's inlining is sensitive to its size.)
  void note_list_head(const Node* head, ListType type);

  // Allocates a node (owned by the Document) and links nothing.  (Inline:
  // the parser makes one for every word or so.)
  Node* make_node(NodeType type, Macro macro, std::uint32_t line, std::uint32_t column) {
    if (next_node_ == nodes_end_) [[unlikely]] add_node_chunk();
    return ::new (static_cast<void*>(next_node_++)) Node(type, macro, line, column);
  }
  BlockArgs* make_block_args();
  // Gives n a copy of text, kept in the Document's arena.
  void set_text(Node* n, std::string_view text) { n->set_text_in_place(keep(text)); }
  // A copy of text that lives as long as the Document.  (Inline: the
  // parser keeps every text run it decodes.)
  std::string_view keep(std::string_view text) {
    if (text.empty()) return {"", 0};
    char* copy = static_cast<char*>(text_arena_->allocate(text.size(), 1));
    std::memcpy(copy, text.data(), text.size());
    return {copy, text.size()};
  }

 private:
  struct Arena;
  // Gives make_node a new chunk of the node memory in *arena_.
  [[gnu::noinline]] void add_node_chunk();

  std::unique_ptr<Arena> arena_;
  ChunkArena* text_arena_;  // where keep() copies to, in *arena_
  Node* next_node_ = nullptr;  // the next free slot of the newest node chunk
  Node* nodes_end_ = nullptr;  // its end
  Node* root_ = nullptr;
};

// Tree editing used by the parser and validator.  (append_child, called
// for every node the parser makes, is inline.)
inline void append_child(Node* parent, Node* child) {
  child->parent = parent;
  child->prev = parent->last;
  child->next = nullptr;
  if (parent->last)
    parent->last->next = child;
  else
    parent->first = child;
  parent->last = child;
}
void unlink(Node* node);
void insert_before(Node* sibling, Node* node);

// Calls judge(n) on every node below root (not root itself), children
// before their parent, siblings in document order: the order in which
// mandoc judges a finished tree.  judge may edit the subtree of n and the
// siblings before it, unlink n, or insert nodes after it (they are judged
// next).  The validator and the paragraph check share it (a loop: a little
// cheaper than a recursion over every node with children).
template <typename Judge>
void for_each_node_children_first(Node* root, Judge&& judge) {
  auto deepest_first = [](Node* n) {
    while (n->first) n = n->first;
    return n;
  };
  if (!root->first) return;
  for (Node* n = deepest_first(root->first);;) {
    Node* parent = n->parent;
    Node* next = n->next;
    judge(n);
    if (n->parent == parent) next = n->next;  // n is still there
    if (next) n = deepest_first(next);
    else if (parent == root) return;
    else n = parent;
  }
}

// Lookup helpers for back ends.
const Argument* find_argument(const Node& n, std::string_view name);
// The nearest ancestor (or self) that is a Block of macro m.
const Node* enclosing(const Node& n, Macro m);
// The text of a subtree with markers removed (for ids, titles, headers).
std::string plain_text(const Node& n);
std::string strip_markers(std::string_view text);

}  // namespace mdoc
