// Punctuation glued to the last argument of a macro: "no blank before
// trailing delimiter" (it belongs outside the macro's scope) and "trailing
// delimiter" for macros whose argument should not end in punctuation at all.
#include <algorithm>
#include <cctype>
#include <string>

#include "mdoc/checks.hpp"

namespace mdoc::checks {
namespace {

// Macros whose arguments mandoc shows joined in the message; for the rest
// it shows "..." for the arguments before the last.
bool shows_all_arguments(Macro m) {
  switch (m) {
    case Macro::An: case Macro::Em: case Macro::Ic: case Macro::Li: case Macro::Sy: case Macro::Ql:
    case Macro::Sq: case Macro::Pq: case Macro::Qq: case Macro::Aq: case Macro::Brq:
      return true;
    default: return false;
  }
}

bool takes_trailing_delimiters(Macro m) {
  switch (m) {
    case Macro::Ad: case Macro::Ar: case Macro::Cm: case Macro::Dv: case Macro::Er: case Macro::Ev:
    case Macro::Fa: case Macro::Fl: case Macro::Fn: case Macro::Ft: case Macro::Ms: case Macro::Mt:
    case Macro::Nm: case Macro::Pa: case Macro::Va: case Macro::Vt: case Macro::Xr: case Macro::Op:
    case Macro::Lk: case Macro::Bx:
      return true;
    default: return shows_all_arguments(m);
  }
}

// Whether an argument ends in a delimiter that should stand apart.  Found
// by trying mandoc: arguments made of delimiters only ("...", ").") and
// short ones like "#!" are left alone, as are phrases of three words or
// more; a closing parenthesis or bracket whose opener is in the same
// argument (whole for macros that join their arguments) belongs to it.
bool ends_in_delimiter(std::string_view t, std::string_view whole) {
  if (t.size() < 2 || t.find_first_not_of(".,:;?!|()[]") == std::string_view::npos) return false;
  if (t.size() == 2 && !std::isalnum(static_cast<unsigned char>(t[0]))) return false;
  if (std::count(t.begin(), t.end(), ' ') >= 2) return false;
  switch (t.back()) {
    case '.': case ',': case ':': case ';': case '?': case '!': case '|': return true;
    case ')': return whole.find('(') == std::string_view::npos;
    case ']': return whole.find('[') == std::string_view::npos;
    default: return false;
  }
}

bool is_delimiter(const Node* n) {
  return n->type == NodeType::Text && (n->flags & (kDelimOpen | kDelimClose | kDelimMiddle)) != 0;
}

// The column of the last byte of a text node (as far as the decoded text
// tells: escapes make it approximate).
std::uint32_t last_column(const Node* t) {
  return t->column + static_cast<std::uint32_t>(t->text().empty() ? 0 : t->text().size() - 1);
}

void style(Document& doc, std::uint32_t line, std::uint32_t column, std::string message, std::string detail) {
  doc.diagnostics.push_back({Level::Style, line, column, std::move(message), std::move(detail)});
}

// The container whose children are the macro's arguments.
const Node* arguments_of(const Node* n) {
  if (n->type == NodeType::Element) return n;
  if (n->type == NodeType::Block && n->body() &&
      (n->macro == Macro::Pq || n->macro == Macro::Ql || n->macro == Macro::Sq || n->macro == Macro::Qq || n->macro == Macro::Aq ||
       n->macro == Macro::Brq || n->macro == Macro::Op))
    return n->body();
  return nullptr;
}

void no_blank(Document& doc, const Node* n) {
  if (!takes_trailing_delimiters(n->macro) || n->is(kImplicitMacro)) return;
  const Node* args = arguments_of(n);
  if (!args) return;
  const Node* last = args->last;
  if (!last || last->type != NodeType::Text || is_delimiter(last) || last->is(kImplicitMacro)) return;
  if (last->text().find(text_marker::kFont) != std::string::npos) return;
  std::string detail(macro_name(n->macro));
  std::string joined;
  if (shows_all_arguments(n->macro)) {
    for (const Node* c = args->first; c; c = c->next) {
      if (c->type != NodeType::Text) return;
      joined += (c == args->first ? "" : " ") + strip_markers(c->text());
    }
    detail += ' ' + joined;
  } else {
    joined = strip_markers(last->text());
    detail += last == args->first ? " " : " ... ";
    detail += joined;
  }
  if (!ends_in_delimiter(last->text(), joined)) return;
  style(doc, last->line, last_column(last), "no blank before trailing delimiter", detail);
}

// The text a heading or description ends with.
void trailing(Document& doc, const Node* macro, const Node* args) {
  if (!args || !args->last || args->last->type != NodeType::Text) return;
  const Node* last = args->last;
  std::string_view t = last->text();
  if (t.empty() || std::string_view(".,:;?!").find(t.back()) == std::string_view::npos) return;
  std::string detail(macro_name(macro->macro));
  bool simple = true;
  for (const Node* c = args->first; c; c = c->next)
    if (c->type != NodeType::Text || is_delimiter(c) || c->line != macro->line) simple = false;
  if (simple) {
    for (const Node* c = args->first; c; c = c->next) detail += ' ' + strip_markers(c->text());
  } else {
    detail += " ... " + strip_markers(last->text());
  }
  style(doc, last->line, last_column(last), "trailing delimiter", detail);
}

void walk(Document& doc, const Node* n) {
  for (const Node* c = n->first; c; c = c->next) {
    walk(doc, c);
    if (c->is(kImplicitMacro)) continue;
    if (c->type == NodeType::Block && (c->macro == Macro::Sh || c->macro == Macro::Ss)) trailing(doc, c, c->head());
    else if (c->type == NodeType::Block && c->macro == Macro::Nd) trailing(doc, c, c->body());
    else if (c->type == NodeType::Element && (c->macro == Macro::Sx || c->macro == Macro::Os)) trailing(doc, c, c);
    else no_blank(doc, c);
  }
}

}  // namespace

void delimiters(Document& doc) { walk(doc, doc.root()); }

}  // namespace mdoc::checks
