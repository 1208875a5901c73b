// The NAME section holds only names (Nm, separated by commas) and the
// description (Nd); anything else is "bad NAME section content".
#include <string>

#include "mdoc/checks.hpp"

namespace mdoc::checks {
namespace {

bool is_comma(const Node* n) {
  return n && n->type == NodeType::Text && n->text() == "," && (n->flags & kDelimClose) != 0;
}

void warn(Document& doc, const Node* at, std::string message, std::string detail) {
  doc.diagnostics.push_back({Level::Warning, at->line, at->column, std::move(message), std::move(detail)});
}

void name_section(Document& doc, const Node* body) {
  bool seen_name = false;
  for (const Node* c = body->first; c; c = c->next) {
    if (c->is(kImplicitMacro)) continue;
    if (c->type == NodeType::Element && c->macro == Macro::Nm) {
      if (seen_name && !is_comma(c->prev))
        warn(doc, c, "missing comma before name", "Nm " + (c->first ? strip_markers(c->first->text()) : std::string()));
      seen_name = true;
    } else if (c->type == NodeType::Block && c->macro == Macro::Nd) {
      continue;
    } else if (c->type == NodeType::Text) {
      bool separates_names = is_comma(c) && c->next && c->next->macro == Macro::Nm;
      if (!separates_names) warn(doc, c, "bad NAME section content", "text");
    } else {
      warn(doc, c, "bad NAME section content", std::string(macro_name(c->macro)));
    }
  }
}

}  // namespace

void names(Document& doc) {
  for (const Node* sh = doc.root()->first; sh; sh = sh->next)
    if (sh->type == NodeType::Block && sh->macro == Macro::Sh && sh->head() && sh->body() &&
        plain_text(*sh->head()) == "NAME")
      name_section(doc, sh->body());
}

}  // namespace mdoc::checks
