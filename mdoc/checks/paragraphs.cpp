// "skipping paragraph macro": paragraph breaks that would print nothing
// (next to a section heading, before a list or display that starts its own
// paragraph, doubled up) are reported and deleted; one left at the end of a
// list's last item is moved after the list ("moving paragraph macro out of
// list").  mandoc judges each node after its children, in document order,
// so a deletion is seen by the checks of later nodes; the walk below keeps
// that order because the messages cascade.
#include <string>

#include "mdoc/checks.hpp"

namespace mdoc::checks {
namespace {

enum class Para { None, Pp, Br, Sp };

Para kind(const Node* n) {
  if (!n || n->type != NodeType::Element) return Para::None;
  switch (n->macro) {
    case Macro::Pp: case Macro::Lp: return Para::Pp;
    // A text line starting with blanks breaks the line too, but it is not a
    // macro the author wrote, so mandoc leaves it alone.
    case Macro::req_br: return n->is(kImplicitMacro) ? Para::None : Para::Br;
    case Macro::req_sp: return Para::Sp;
    default: return Para::None;
  }
}

const char* name(Para p) {
  switch (p) {
    case Para::Pp: return "Pp";
    case Para::Br: return "br";
    case Para::Sp: return "sp";
    case Para::None: break;
  }
  return "";
}

// Pp and br (not sp) end a paragraph that a following block starts anyway.
bool is_break(const Node* n) { return kind(n) == Para::Pp || kind(n) == Para::Br; }

class Paragraphs {
 public:
  explicit Paragraphs(Document& doc) : doc_(doc) {}
  void visit(Node* root);
  void judge(Node* n);

 private:
  void element(Node* n);
  void section(Node* n);
  void list_or_display(Node* n);
  void item(Node* n);
  void skip(Node* n, std::string detail) {
    doc_.diagnostics.push_back({Level::Warning, n->line, n->column, "skipping paragraph macro", std::move(detail)});
    unlink(n);
  }

  Document& doc_;
};

// A paragraph macro moved out of a list lands right after the list and is
// judged there.
void Paragraphs::visit(Node* root) {
  for_each_node_children_first(root, [this](Node* n) { judge(n); });
  judge(root);
}

// Only dispatches; the work is in the functions below.  What it judges is
// said once, by judged_by_paragraphs (which the validator asks too).
void Paragraphs::judge(Node* n) {
  if (!judged_by_paragraphs(*n)) return;
  if (kind(n) != Para::None) element(n);
  else if (n->type == NodeType::Block) {
    switch (n->macro) {
      case Macro::Sh: case Macro::Ss: section(n); break;
      case Macro::Bl: case Macro::Bd: list_or_display(n); break;
      case Macro::It: item(n); break;
      default: break;
    }
  }
}

void Paragraphs::element(Node* n) {
  Para self = kind(n), before = kind(n->prev);
  if (before == Para::None) return;
  switch (self) {
    case Para::Br:
      skip(n, std::string("br after ") + name(before));
      break;
    case Para::Sp:
      if (before == Para::Pp) skip(n, "sp after Pp");
      else if (before == Para::Br) skip(n->prev, "br before sp");
      break;
    case Para::Pp:
      if (before != Para::Sp) skip(n->prev, std::string(name(before)) + " before Pp");
      break;
    case Para::None: break;
  }
}

void Paragraphs::section(Node* n) {
  std::string macro(macro_name(n->macro));
  if (is_break(n->prev) && n->macro == Macro::Ss) skip(n->prev, std::string(name(kind(n->prev))) + " before Ss");
  if (!n->body()) return;
  if (Node* first = n->body()->first; kind(first) != Para::None)
    skip(first, std::string(name(kind(first))) + " after " + macro);
  if (Node* last = n->body()->last; is_break(last))
    skip(last, std::string(name(kind(last))) + " at the end of " + macro);
}

void Paragraphs::list_or_display(Node* n) {
  bool compact = n->block() && n->block()->compact;
  if (!compact && is_break(n->prev))
    skip(n->prev, std::string(name(kind(n->prev))) + " before " + std::string(macro_name(n->macro)));
  if (n->macro != Macro::Bl || !n->body() || !n->body()->last) return;
  const Node* last_item = n->body()->last;
  if (last_item->macro != Macro::It || !last_item->body()) return;
  Node* p = last_item->body()->last;
  if (!is_break(p)) return;
  doc_.diagnostics.push_back({Level::Warning, p->line, p->column, "moving paragraph macro out of list", name(kind(p))});
  unlink(p);
  if (n->next) insert_before(n->next, p);
  else append_child(n->parent, p);
}

void Paragraphs::item(Node* n) {
  // The end of the last item is handled by the list, which moves it out.
  if (!n->body() || !n->next || n->next->macro != Macro::It) return;
  // Items of compact and column lists may end with a break on purpose.
  if (const Node* list = enclosing(*n->parent, Macro::Bl);
      list && list->block() && (list->block()->compact || list->block()->list == ListType::Column))
    return;
  if (Node* last = n->body()->last; is_break(last)) skip(last, std::string(name(kind(last))) + " before It");
}

}  // namespace

// Judging a node changes only nodes judged before it (its subtree, its
// previous sibling); the paragraph macro a list moves out lands after the
// list, and judged there again it would find the list before it: nothing
// to do.  So the list stays in the order of a walk of the changing tree.
void paragraphs(Document& doc, const std::vector<Node*>* judged) {
  Paragraphs check(doc);
  if (!judged) {
    check.visit(doc.root());
    return;
  }
  for (Node* n : *judged) check.judge(n);
}

}  // namespace mdoc::checks
