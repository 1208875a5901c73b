// Cross references (Xr): a missing section, references to the page itself,
// and the conventions of the SEE ALSO list (sorted by section, then name,
// separated by single commas, no punctuation after the last one).
#include <strings.h>

#include <string>
#include <vector>

#include "mdoc/checks.hpp"

namespace mdoc::checks {
namespace {

struct Reference {
  const Node* node = nullptr;
  std::string name, section;
};

// The name and section of an Xr, when it has both.
bool reference(const Node* n, Reference& r) {
  if (!n || n->type != NodeType::Element || n->macro != Macro::Xr) return false;
  const Node* name = n->first;
  if (!name || name->type != NodeType::Text || !name->next || name->next->type != NodeType::Text) return false;
  r = {n, strip_markers(name->text()), strip_markers(name->next->text())};
  return true;
}

bool is_delimiter(const Node* n) {
  return n->type == NodeType::Text && (n->flags & (kDelimOpen | kDelimClose | kDelimMiddle)) != 0;
}

std::string shown(const Reference& r) { return r.name + "(" + r.section + ")"; }

class Xrefs {
 public:
  explicit Xrefs(Document& doc) : doc_(doc) {}
  void run();

 private:
  void collect_names(const Node* n);
  void each_xr(const Node* n);
  void see_also(const Node* body);
  void warn(const Node* at, std::string message, std::string detail) {
    doc_.diagnostics.push_back({Level::Warning, at->line, at->column, std::move(message), std::move(detail)});
  }

  Document& doc_;
  std::vector<std::string> names_;  // Nm arguments in the NAME section
};

void Xrefs::run() {
  for (const Node* sh = doc_.root()->first; sh; sh = sh->next) {
    if (sh->macro != Macro::Sh || sh->type != NodeType::Block || !sh->head()) continue;
    std::string title = plain_text(*sh->head());
    if (title == "NAME" && sh->body()) collect_names(sh->body());
  }
  each_xr(doc_.root());
  for (const Node* sh = doc_.root()->first; sh; sh = sh->next)
    if (sh->macro == Macro::Sh && sh->type == NodeType::Block && sh->head() && sh->body() &&
        plain_text(*sh->head()) == "SEE ALSO")
      see_also(sh->body());
}

void Xrefs::collect_names(const Node* n) {
  for (const Node* c = n->first; c; c = c->next) {
    if (c->macro == Macro::Nm && c->type == NodeType::Element && c->first && !c->is(kImplicitMacro))
      names_.push_back(strip_markers(c->first->text()));
  }
}

void Xrefs::each_xr(const Node* n) {
  for (const Node* c = n->first; c; c = c->next) {
    if (c->type == NodeType::Element && c->macro == Macro::Xr && !c->is(kImplicitMacro)) {
      Reference r;
      if (c->first && !c->first->next) {
        warn(c, "missing section argument", "Xr " + strip_markers(c->first->text()));
      } else if (reference(c, r) && r.section == doc_.prologue.section) {
        for (const auto& name : names_)
          if (name == r.name) {
            warn(c->first, "cross reference to self", "Xr " + r.name + " " + r.section);
            break;
          }
      }
    }
    each_xr(c);
  }
}

// The list is judged while it consists only of Xr macros and delimiters;
// the first other node (text, a paragraph, an Xr without section) ends it.
void Xrefs::see_also(const Node* body) {
  Reference last;
  bool have_last = false;
  const Node* delimiter = nullptr;
  int delimiters = 0;
  for (const Node* c = body->first; c; c = c->next) {
    Reference r;
    if (reference(c, r)) {
      if (have_last) {
        if (delimiters == 0) warn(c, "unusual Xr punctuation", "none before " + shown(r));
        else if (delimiter->text() != ",")
          warn(c, "unusual Xr punctuation", std::string(delimiter->text()) + " before " + shown(r));
        int by_section = last.section.compare(r.section);
        if (by_section > 0) warn(c, "unusual Xr order", shown(r) + " after " + shown(last));
        else if (by_section == 0 && strcasecmp(last.name.c_str(), r.name.c_str()) > 0)
          warn(c, "unusual Xr order", r.name + " after " + last.name);
      }
      last = r;
      have_last = true;
      delimiters = 0;
      continue;
    }
    if (have_last && is_delimiter(c)) {
      delimiter = c;
      ++delimiters;
      continue;
    }
    // A bibliographic reference ends the list like the section's end does
    // (found by trying mandoc).
    if (c->type == NodeType::Block && c->macro == Macro::Rs) break;
    return;
  }
  if (have_last && delimiters == 1)
    warn(delimiter, "unusual Xr punctuation", std::string(delimiter->text()) + " after " + shown(last));
}

}  // namespace

void xrefs(Document& doc) { Xrefs(doc).run(); }

}  // namespace mdoc::checks
