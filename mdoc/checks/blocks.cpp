// Lists and displays: -width on list types that have no tag column, and
// displays nested in displays, empty displays.  Also Ns opening a line and
// in-line macros without arguments, which mandoc skips.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "mdoc/checks.hpp"

namespace mdoc::checks {
namespace {

bool is_list_type(std::string_view name) {
  for (std::string_view t : {"bullet", "column", "dash", "diag", "enum", "hang", "hyphen", "inset", "item",
                             "ohang", "tag"})
    if (name == t) return true;
  return false;
}

void warn(Document& doc, std::uint32_t line, std::uint32_t column, std::string message, std::string detail) {
  doc.diagnostics.push_back({Level::Warning, line, column, std::move(message), std::move(detail)});
}

// These list types have no tag column, so a width means nothing; mandoc
// drops it.
bool width_ignored(const Node* bl) {
  if (bl->macro != Macro::Bl || bl->is(kImplicitMacro) || !bl->block()) return false;
  switch (bl->block()->list) {
    case ListType::Column: case ListType::Diag: case ListType::Ohang: case ListType::Inset: case ListType::Item: break;
    default: return false;
  }
  for (const Argument& a : bl->args())
    if (a.name == "width") return true;
  return false;
}

void drop_width(Document& doc, Node* bl) {
  std::string type;
  for (const Argument& a : bl->args())
    if (is_list_type(a.name)) {
      type = a.name;
      break;
    }
  for (const Argument& a : bl->args())
    if (a.name == "width") {
      warn(doc, a.line, a.column, "skipping -width argument", "Bl -" + type);
      bl->block()->width.clear();
    }
}

// Ns opening a line: the next word keeps its space.
bool skip_line_start_ns(Document& doc, Node* ns) {
  if (!is_line_start_ns(*ns)) return false;
  warn(doc, ns->line, ns->column, "skipping no-space macro", "");
  if (Node* next = ns->next) {
    next->flags &= static_cast<std::uint16_t>(~kNoSpace);
    if (next->line == ns->line) next->flags |= kLineStart;
  }
  unlink(ns);
  return true;
}

bool skip_empty_macro(Document& doc, Node* n) {
  if (!is_empty_macro(*n)) return false;
  warn(doc, n->line, n->column, "skipping empty macro", std::string(macro_name(n->macro)));
  unlink(n);
  return true;
}

const Node* enclosing_display(const Node* n) {
  for (; n; n = n->parent)
    if (is_display(*n)) return n;
  return nullptr;
}

bool is_empty_display(const Node* b) { return !b->body() || !b->body()->first; }

// Lists and displays: width of lists without a tag column, empty and
// nested displays.
void block(Document& doc, Node* b) {
  if (width_ignored(b)) drop_width(doc, b);
  if (!is_display(*b)) return;
  if (is_empty_display(b)) warn(doc, b->line, b->column, "empty block", std::string(macro_name(b->macro)));
  if (const Node* outer = enclosing_display(b->parent))
    warn(doc, b->line, b->column, "nested displays are not portable",
         std::string(macro_name(b->macro)) + " in " + std::string(macro_name(outer->macro)));
}

// Whether judge() would change or say anything about n: what block() and
// the skip functions test, without acting.
bool needs_judging(const Node* n) {
  switch (n->type) {
    case NodeType::Element: return is_line_start_ns(*n) || is_empty_macro(*n);
    case NodeType::Block:
      return width_ignored(n) || (is_display(*n) && (is_empty_display(n) || enclosing_display(n->parent)));
    default: return false;
  }
}

// Judges one node; false when it was removed.
bool judge(Document& doc, Node* c) {
  switch (c->type) {
    case NodeType::Element: return !skip_line_start_ns(doc, c) && !skip_empty_macro(doc, c);
    case NodeType::Block: block(doc, c); return true;
    default: return true;
  }
}

}  // namespace

// Parents before their children, in document order; the subtree of a
// removed node is not visited.  Given the validator's notes, and none of
// the noted nodes needing judgement, there is nothing to do.
void blocks(Document& doc, const std::vector<Node*>* noted) {
  if (noted && std::none_of(noted->begin(), noted->end(), needs_judging)) return;
  Node* root = doc.root();
  for (Node* c = root->first; c;) {
    Node* next = c->next;  // judging c may unlink it
    Node* parent = c->parent;
    if (judge(doc, c) && c->first) {
      c = c->first;
      continue;
    }
    // The node after c's subtree: its next sibling, or an ancestor's.
    while (!next && parent != root) {
      next = parent->next;
      parent = parent->parent;
    }
    c = next;
  }
}

}  // namespace mdoc::checks
