// The state of one HTML rendering: where the next block and the next piece
// of in-line content go, whether a space separates them, and which ids are
// taken.  Handlers (html_macros.cpp) only talk to this class; the DOM tree
// underneath is html_dom.hpp's.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory_resource>
#include <string>
#include <string_view>
#include <vector>

#include "mdoc/ast.hpp"
#include "render/html.hpp"
#include "render/html_dom.hpp"
#include "render/html_string_counts.hpp"

namespace mdoc::html {

// What text needs around it in a box that cannot hold it (a list or table).
enum class Wrapper : std::uint8_t { None, ListItem, Definition, RowAndCell, Cell };

// A box that holds flow content (a section body, a list item, a display).
// In-line content inside it goes into an automatic <p class="Pp"> when
// `paragraphs` is set (section bodies), else straight into the box.
struct Flow {
  DomNode* box = nullptr;
  bool paragraphs = false;
  bool no_fill = false;          // a <pre>: line starts become newlines
  bool holds_blocks = true;      // the box may contain <p>, <div>, lists
  bool box_closed = false;       // a block broke the <pre>: the next text opens a new one
  Wrapper wrapper = Wrapper::None;  // set with box
  // Links do not nest: whether the box is an <a> or inside one (and see
  // first_link).
  bool box_in_link = false;
  DomNode* paragraph = nullptr;  // the open automatic paragraph, if any
  // Open in-line elements, outermost first: the context's in-line stack
  // from inline_base up (see Context::inline_stack_).  A block that arrives
  // while they are open closes them; they reopen (as shallow copies) for
  // what follows, so that text keeps its order and <div> never lands inside
  // <code>.  The indexes below count from inline_base.
  std::size_t inline_base = 0;
  std::size_t detached_from = SIZE_MAX;  // in-lines i >= this must be reopened
  // Which open in-line is the outermost <a> (SIZE_MAX: none).
  std::size_t first_link = SIZE_MAX;
  // Where the memory of the box's children not yet written out starts.
  Dom::Mark children_memory{};
  bool in_link() const { return box_in_link || first_link != SIZE_MAX; }
};

// The term a list head tags: the .It head, its first element and that
// element's id (its entry in the context's table, see Context::tag_term).
struct HeadTerm {
  const Node* head = nullptr;
  const Node* element = nullptr;
  StringCounts::Entry* term = nullptr;
};

// A place in the nesting of flows and in-lines, restored after each macro.
struct Mark {
  std::size_t flows = 0;
  std::size_t inlines = 0;  // the height of the context's in-line stack
};

class Context {
 public:
  // The content goes into `top`; with a stream, whose `streamed` is `top`,
  // it is written out as each box's children are finished.
  Context(const Document& doc, const HtmlOptions& options, DomNode* top, DomStream* stream = nullptr);

  const Document& doc;
  const HtmlOptions& options;

  // Flows and in-lines.
  void push_flow(DomNode* box, bool paragraphs, bool no_fill = false);
  // Where a block-level element goes: closes the paragraph and open in-lines.
  DomNode* block_parent();
  // Where in-line content goes now (opening a paragraph if the flow wants one).
  DomNode* inline_parent();

  // Text is collected here and becomes one DOM text node when anything else
  // comes: a paragraph arrives as many small pieces (words, blanks,
  // punctuation), and a node for each made building and serialising slow.
  // So that the collected text keeps its place, every node handed out above
  // (block_parent, inline_parent, open_inline) comes after the text is
  // flushed: callers add children only to nodes they got that way.
  //
  // The buffer for text that goes into `parent` (the in-line parent or an
  // element just opened in it).
  DomTextBuffer& text_buffer(DomNode* parent) {
    if (parent != pending_parent_) collect_text_for(parent);
    return pending_text_;
  }
  void flush_text() {
    if (!pending_text_.empty()) add_pending_text();
  }
  // inline_parent() for text only: the collected text stays unflushed unless
  // a node (a paragraph, a reopened in-line) must be added.  Flush before
  // adding an element to what it returns.
  DomNode* text_parent() {
    if (!text_parent_) text_parent_ = find_text_parent();
    return text_parent_;
  }
  DomNode* open_inline(Tag tag, ClassName cls = {});
  // Continues the current flow in another box (the next cell after .Ta).
  void replace_box(DomNode* box);
  void paragraph_break();  // .Pp, .Lp, .sp: the next text starts a new paragraph
  Mark mark() const { return {depth_, inline_count_}; }
  // Most macros open nothing that outlives them: that case costs no call.
  void unwind(const Mark& m) {
    if (depth_ != m.flows || inline_count_ != m.inlines) close_to(m);
  }
  bool no_fill() const { return top().no_fill; }

  // Spacing.  Before each node of in-line content the walker asks for a
  // separator; it is a space unless the node or the previous output says no.
  void separate(const Node& n) {
    bool none = no_space_ || n.is(kNoSpace) || n.is(kDelimClose) || (spacing_off_ && n.is(kSpacingOff));
    no_space_ = false;
    if (no_fill() && n.is(kLineStart)) start_line();
    else if (!none) text(' ');
  }
  void suppress_space() { no_space_ = true; }
  void allow_space() { no_space_ = false; }
  void keep_spacing_off(bool off) { spacing_off_ = off; }
  // Appends text to the in-line parent.
  void text(std::string_view s) {
    text_buffer(text_parent()).append(s);
    no_space_ = false;
  }
  void text(char c) {
    text_buffer(text_parent()) += c;
    no_space_ = false;
  }
  // separate() and text() together.
  void word(const Node& n, std::string_view s);

  // Ids: a term becomes an id once; later uses get "~2", "~3", ...  The
  // id stays valid as long as the context.
  std::string_view claim_id(std::string_view base);
  // The same for a base tag_term() has returned: no lookup.
  std::string_view claim_id(StringCounts::Entry& base);

  // Terms that list heads tag (collected before rendering, see html_ids.cpp)
  // and those running text has tagged: running text does not tag these
  // (again).  Tags a term (if it is not yet); returns its entry, valid as
  // long as the context (its key: the context's copy of the term).
  StringCounts::Entry& tag_term(std::string_view term);
  // tag_term() and claim_id() of the term together, for a term running text
  // tags: the id, or "" when the term was tagged already.
  std::string_view tag_and_claim(std::string_view term);
  // Room to build a term in (see term_id), kept so that building one
  // allocates nothing once it has grown.
  std::string term_buffer;
  // The element and term each tagged .It head tags, sorted by head (a page
  // has a few dozen: a search in a vector costs less than a hash map).
  std::vector<HeadTerm> tagged_heads;
  // Sorts tagged_heads once it is filled, for tagged_term_of().
  void sort_tagged_heads();
  // A head's entry in tagged_heads, or null for a head that tags nothing.
  const HeadTerm* tagged_term_of(const Node& head);

  // The enclosing .Sh: its title, and which of the sections that change
  // how macros render it is (compared once, not at every macro).
  enum class Section { Other, Name, Synopsis, Errors, ReturnValues, Authors };
  void enter_section(std::string title);
  std::string section;
  Section section_kind = Section::Other;
  std::string pending_id;    // from .Tg: goes on the next element
  // A list head's tagged term: the walker wraps this node in <a class="permalink">.
  const Node* permalink_node = nullptr;
  std::string_view permalink_id;
  // .Es delimiters for the following .En.
  std::string enclose_open, enclose_close;
  // .An -split / -nosplit in the AUTHORS section.
  bool authors_split = false, authors_nosplit = false, authors_seen = false;

 private:
  void close_to(const Mark& m);
  // A line of a <pre> begins: a newline unless it is the first.
  void start_line();
  DomNode* find_text_parent();
  // find_text_parent() when the parent may have to be made (a paragraph, a
  // wrapper, reopened in-lines).
  DomNode* make_text_parent();
  void collect_text_for(DomNode* parent) {
    flush_text();
    pending_parent_ = parent;
  }
  // flush_text() when there is text: its own function, so that the many
  // calls with none do not pay for the frame of a DOM call.
  void add_pending_text();
  void reopen_detached(Flow& f);
  // Writes out the children of the top flow's box, which a block that begins
  // there has just finished, and reuses their memory: once they take this
  // much, so that few calls do it while what they write is in the cache.
  static constexpr std::size_t kWriteOutSize = 4096;
  void write_out_children(Flow& f);
  // What text_parent() returns while the flows stay as they are; null when
  // they changed and it must be worked out again.
  DomNode* text_parent_ = nullptr;
  DomTextBuffer pending_text_;
  DomNode* pending_parent_ = nullptr;
  DomStream* stream_;
  // The open flows are flows_[0, depth_); those above are closed ones, kept
  // to be reused.
  std::vector<Flow> flows_;
  std::size_t depth_ = 0;
  // flows_[depth_ - 1], the flow content goes into now, kept at hand: most
  // calls look at it (there is always one, the flow of `top`).
  Flow* top_ = nullptr;
  Flow& top() { return *top_; }
  // Whether the top flow's box, the element of kElements with this index, is an <a> or
  // inside one.
  bool box_in_link(std::uint8_t name) const;
  const Flow& top() const { return *top_; }
  // The open in-lines of all flows, each flow's above those of the flow
  // below it (only the top flow's change): inline_stack_[0, inline_count_).
  // One stack rather than one per flow, so that a mark is two numbers.
  std::vector<DomNode*> inline_stack_;
  std::size_t inline_count_ = 0;
  // The top flow's in-lines: how many, the newest, the i-th.
  std::size_t inline_size() const { return inline_count_ - top_->inline_base; }
  bool no_inlines() const { return inline_count_ == top_->inline_base; }
  DomNode* last_inline() const { return inline_stack_[inline_count_ - 1]; }
  DomNode*& inline_at(std::size_t i) { return inline_stack_[top_->inline_base + i]; }
  void push_inline(DomNode* element);
  // Closes the top flow's in-lines.
  void clear_inlines() {
    inline_count_ = top_->inline_base;
    top_->detached_from = SIZE_MAX;
    top_->first_link = SIZE_MAX;
  }
  // The ids and tagged terms of a page, a few hundred short strings: their
  // table and texts come from one arena, freed with the context.  Most
  // pages' fit here, on the stack with the context.
  alignas(std::max_align_t) std::byte id_buffer_[8192];
  std::pmr::monotonic_buffer_resource id_memory_{id_buffer_, sizeof id_buffer_};
  // An id and how many times its base was claimed; flagged: a term tagged.
  // (Terms and ids share the table: a tagged term is mostly claimed as an
  // id right after, and one lookup serves both.)
  StringCounts ids_{&id_memory_};
  // The numbered id for the count-th claim of base, "base~count".
  std::string_view claim_numbered(std::string_view base, int count);
  bool no_space_ = true;
  bool spacing_off_ = false;
  // The entry of tagged_heads after the one tagged_term_of() found last:
  // the heads come in the order of the page, mostly that of their addresses
  // too, so it is mostly the next one asked for.
  std::size_t next_tagged_head_ = 0;
};

}  // namespace mdoc::html
