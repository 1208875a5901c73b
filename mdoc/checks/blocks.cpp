// Lists and displays: -width on list types that have no tag column, and
// displays nested in displays, empty displays.  Also Ns opening a line and
// in-line macros without arguments, which mandoc skips.
#include <string>
#include <string_view>

#include "mdoc/checks.hpp"

namespace mdoc::checks {
namespace {

bool is_list_type(std::string_view name) {
  for (std::string_view t : {"bullet", "column", "dash", "diag", "enum", "hang", "hyphen", "inset", "item",
                             "ohang", "tag"})
    if (name == t) return true;
  return false;
}

bool is_display(const Node* n) {
  return n->type == NodeType::Block && (n->macro == Macro::Bd || n->macro == Macro::D1 || n->macro == Macro::Dl);
}

void warn(Document& doc, std::uint32_t line, std::uint32_t column, std::string message, std::string detail) {
  doc.diagnostics.push_back({Level::Warning, line, column, std::move(message), std::move(detail)});
}

// These list types have no tag column, so a width means nothing; mandoc
// drops it.
void list_width(Document& doc, Node* bl) {
  if (!bl->block) return;
  switch (bl->block->list) {
    case ListType::Column: case ListType::Diag: case ListType::Ohang: case ListType::Inset: case ListType::Item: break;
    default: return;
  }
  std::string type;
  for (const Argument& a : bl->args)
    if (is_list_type(a.name)) {
      type = a.name;
      break;
    }
  for (const Argument& a : bl->args)
    if (a.name == "width") {
      warn(doc, a.line, a.column, "skipping -width argument", "Bl -" + type);
      bl->block->width.clear();
    }
}

// Ns at the start of a line has no word before it to join: mandoc skips
// it, so the next word keeps its space.
bool skip_line_start_ns(Document& doc, Node* ns) {
  if (ns->macro != Macro::Ns || !ns->is(kLineStart)) return false;
  warn(doc, ns->line, ns->column, "skipping no-space macro", "");
  if (Node* next = ns->next) {
    next->flags &= static_cast<std::uint16_t>(~kNoSpace);
    if (next->line == ns->line) next->flags |= kLineStart;
  }
  unlink(ns);
  return true;
}

// In-line macros that print nothing without arguments; mandoc drops them.
bool skip_empty_macro(Document& doc, Node* n) {
  if (n->first || n->is(kImplicitMacro)) return false;
  switch (n->macro) {
    case Macro::Ad: case Macro::An: case Macro::Cd: case Macro::Cm: case Macro::Dv: case Macro::Em:
    case Macro::Er: case Macro::Ev: case Macro::Fa: case Macro::Fn: case Macro::Ft: case Macro::Ic:
    case Macro::Li: case Macro::Ms: case Macro::Sy: case Macro::Va: case Macro::Vt: case Macro::Xr:
    case Macro::Sx: case Macro::Lk:
      break;
    default: return false;
  }
  if (n->macro == Macro::An && !n->args.empty()) return false;  // An -split
  warn(doc, n->line, n->column, "skipping empty macro", std::string(macro_name(n->macro)));
  unlink(n);
  return true;
}

const Node* enclosing_display(const Node* n) {
  for (; n; n = n->parent)
    if (is_display(n)) return n;
  return nullptr;
}

// Lists and displays: width of lists without a tag column, empty and
// nested displays.
void block(Document& doc, Node* b) {
  if (b->macro == Macro::Bl && !b->is(kImplicitMacro)) list_width(doc, b);
  if (!is_display(b)) return;
  if (!b->body || !b->body->first) warn(doc, b->line, b->column, "empty block", std::string(macro_name(b->macro)));
  if (const Node* outer = enclosing_display(b->parent))
    warn(doc, b->line, b->column, "nested displays are not portable",
         std::string(macro_name(b->macro)) + " in " + std::string(macro_name(outer->macro)));
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
// removed node is not visited.
void blocks(Document& doc) {
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
