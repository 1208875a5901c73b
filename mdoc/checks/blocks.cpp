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
  if (ns->type != NodeType::Element || ns->macro != Macro::Ns || !ns->is(kLineStart)) return false;
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
  if (n->type != NodeType::Element || n->first || n->is(kImplicitMacro)) return false;
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

bool is_empty_display(const Node* n) {
  return n->type == NodeType::Block && (n->macro == Macro::D1 || n->macro == Macro::Dl || n->macro == Macro::Bd) &&
         (!n->body || !n->body->first);
}

void walk(Document& doc, Node* n, const Node* display) {
  for (Node* c = n->first, *next = nullptr; c; c = next) {
    next = c->next;
    if (c->type == NodeType::Text) continue;  // most nodes: a leaf that is no macro
    if (skip_line_start_ns(doc, c) || skip_empty_macro(doc, c)) continue;
    if (is_empty_display(c)) warn(doc, c->line, c->column, "empty block", std::string(macro_name(c->macro)));
    if (c->type == NodeType::Block && c->macro == Macro::Bl && !c->is(kImplicitMacro)) list_width(doc, c);
    const Node* inner = display;
    if (is_display(c)) {
      if (display)
        warn(doc, c->line, c->column, "nested displays are not portable",
             std::string(macro_name(c->macro)) + " in " + std::string(macro_name(display->macro)));
      inner = c;
    }
    walk(doc, c, inner);
  }
}

}  // namespace

void blocks(Document& doc) { walk(doc, doc.root(), nullptr); }

}  // namespace mdoc::checks
