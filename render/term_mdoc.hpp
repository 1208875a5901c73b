// The mdoc(7) part of the terminal back end: one row of handlers per macro
// and the tree walk that calls them.
//
// A handler's pre function runs before the node's children and says whether
// to print them; its post function runs after them.  The walk saves the
// margins and the font stack around every macro node, so a handler may
// change them freely for its children.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mdoc/ast.hpp"
#include "render/term_writer.hpp"
#include "render/terminal.hpp"

namespace mdoc {

// The parts of the reference (Rs) being printed, in print order.
struct TermReference {
  std::vector<const Node*> parts;
  const Node* next_of(const Node& n) const { return neighbour(n, 1); }
  const Node* prev_of(const Node& n) const { return neighbour(n, -1); }

 private:
  const Node* neighbour(const Node& n, int step) const {
    for (std::size_t i = 0; i < parts.size(); ++i)
      if (parts[i] == &n) {
        std::size_t j = i + static_cast<std::size_t>(step);
        return j < parts.size() ? parts[j] : nullptr;
      }
    return step > 0 ? n.next : n.prev;
  }
};

// A list's -offset (before it is kept from crossing the left edge) and the
// tag width of its items (not of -column lists), in columns; for a -column
// list, where each column starts relative to the list, and where the last
// one ends (one more than the columns).
struct TermListMeasure {
  const Node* list = nullptr;  // the list measured last
  int offset = 0;
  int width = 0;
  std::vector<int> column_starts;
};

struct TermContext {
  TermWriter& w;
  const Document& doc;
  const TermOptions& options;
  int indent = 5;  // -O indent: the left margin of section bodies
  std::string section = {};  // the title of the section being printed
  bool authors_split = false;    // An: each author starts a line
  bool authors_nosplit = false;  // An -nosplit was given
  int center_lines = 0;          // .ce: input lines still to center
  int function_offset = -1;      // Fo in the SYNOPSIS: where argument lines continue
  bool os_keep_outer = false;    // a keep was already in force around Fx, Nx...
  TermReference reference = {};  // the Rs block being printed
  TermListMeasure list_measure = {};
};

using TermPre = bool (*)(TermContext&, const Node&);
using TermPost = void (*)(TermContext&, const Node&);

struct TermHandler {
  Macro macro;
  TermPre pre;    // null: print the children
  TermPost post;  // null: nothing after them
};

// Prints a node and its subtree.
void term_print_node(TermContext& c, const Node& n);
void term_print_children(TermContext& c, const Node& n);

// Handler rows, defined next to their functions (term_blocks.cpp, term_inline.cpp).
const TermHandler* term_block_handlers(std::size_t& count);
const TermHandler* term_inline_handlers(std::size_t& count);

// Helpers shared by the handler files.
// The Bl block that an It node (or its head or body) belongs to, if any.
// Inline: list handlers ask for it for every item, head and body.
inline const Node* term_list_of(const Node& n) {
  const Node* it = n.block_node();
  if (!it->is_macro(Macro::It)) return nullptr;
  // It block -> Bl body -> Bl block.
  const Node* body = it->parent;
  return body && body->parent ? body->parent : nullptr;
}

// In the SYNOPSIS, the blank line or line break that separates groups of
// declarations (mandoc's "SYNOPSIS pretty-printing").
void term_synopsis_break(TermContext& c, const Node& n);
// The display offset of "-offset" values: left, indent, indent-two, or a width.
int term_display_offset(const TermContext& c, std::string_view value);
// The first argument of a node: its first text child, else its first dash-argument.
std::string term_first_arg(const Node& n);

}  // namespace mdoc
