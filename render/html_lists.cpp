// Lists: .Bl, .It and .Ta.  Bullet, dash, hyphen and item lists are <ul>,
// enum lists <ol>, tag, hang, ohang, inset and diag lists <dl>, column lists
// a <table>.
#include <array>

#include "render/html_dom.hpp"
#include "render/html_handlers.hpp"
#include "render/html_ids.hpp"
#include "render/html_walk.hpp"

namespace mdoc::html {
namespace {

struct ListStyle {
  ListType type;
  Tag element;
  ClassName cls;
};

constexpr ListStyle kListStyles[] = {
    {ListType::Bullet, "ul", "Bl-bullet"}, {ListType::Dash, "ul", "Bl-dash"},
    {ListType::Hyphen, "ul", "Bl-dash"},   {ListType::Item, "ul", "Bl-item"},
    {ListType::Enum, "ol", "Bl-enum"},     {ListType::Tag, "dl", "Bl-tag"},
    {ListType::Hang, "dl", "Bl-hang"},     {ListType::Ohang, "dl", "Bl-ohang"},
    {ListType::Inset, "dl", "Bl-inset"},   {ListType::Diag, "dl", "Bl-diag"},
    {ListType::Column, "table", "Bl-column"},
};

// kListStyles indexed by list type (an item list for a type it lacks), so
// that each item finds its style in one step rather than a search.
constexpr std::size_t kListTypeCount = static_cast<std::size_t>(ListType::Tag) + 1;
constexpr std::array<const ListStyle*, kListTypeCount> style_table() {
  std::array<const ListStyle*, kListTypeCount> table{};
  for (const ListStyle*& style : table) style = &kListStyles[3];
  for (const ListStyle& s : kListStyles) table[static_cast<std::size_t>(s.type)] = &s;
  return table;
}
constexpr std::array<const ListStyle*, kListTypeCount> kStyleOfType = style_table();

const ListStyle& style_of(const Node* list) {
  ListType type = list && list->block() ? list->block()->list : ListType::Item;
  return *kStyleOfType[static_cast<std::size_t>(type)];
}

// The Bl block around an It node (It block <- Bl body <- Bl block).
const Node* list_of(const Node& n) {
  const Node* item = n.block_node();
  const Node* body = item->parent;
  if (!body || !body->parent || body->parent->macro != Macro::Bl) return nullptr;
  return body->parent;
}

// The term of a tag-style head: the walker wraps the tagged element in a
// permalink (see Context::permalink_node).
void render_term(Context& ctx, const Node& head, DomNode* dt) {
  if (const HeadTerm* tagged = ctx.tagged_term_of(head)) {
    std::string_view id = ctx.claim_id(*tagged->term);
    add_attribute(dt, "id", id);
    ctx.permalink_node = tagged->element;
    ctx.permalink_id = id;
  }
  walk_children(ctx, head);
  ctx.permalink_node = nullptr;
}

}  // namespace

bool pre_list(Context& ctx, const Node& n) {
  if (n.type == NodeType::Head) return false;
  if (n.type == NodeType::Block) {
    const ListStyle& style = style_of(&n);
    std::string compact;
    if (n.block() && n.block()->compact) compact = std::string(style.cls.view()) + " Bl-compact";
    DomNode* list = add_element(ctx.block_parent(), style.element, compact.empty() ? style.cls : ClassName::made(compact));
    ctx.push_flow(list, false);
  }
  return true;
}

bool pre_item(Context& ctx, const Node& n) {
  const Node* list = list_of(n);
  const ListStyle& style = style_of(list);
  Tag element = style.element;
  if (element == "table") {
    if (n.type == NodeType::Block) {
      ctx.push_flow(add_element(ctx.block_parent(), "tr"), false);
      return true;
    }
    if (n.type == NodeType::Head && !n.first) return false;
    ctx.push_flow(add_element(ctx.block_parent(), "td"), false);
    return true;
  }
  if (element == "ul" || element == "ol") {
    if (n.type == NodeType::Block) return true;
    if (n.type == NodeType::Head) {
      if (!n.first) return false;
      // Bullet lists take no head; render what was written anyway.
      ctx.push_flow(add_element(ctx.block_parent(), "li"), false);
      return true;
    }
    ctx.push_flow(add_element(ctx.block_parent(), "li"), false);
    return true;
  }
  if (n.type == NodeType::Block) return true;
  if (n.type == NodeType::Head) {
    DomNode* dt = add_element(ctx.block_parent(), "dt");
    ctx.push_flow(dt, false);
    render_term(ctx, n, dt);
    return false;
  }
  DomNode* dd = add_element(ctx.block_parent(), "dd");
  ctx.push_flow(dd, false);
  return true;
}

// .Ta inside a column list item: the rest of the item goes into the next cell.
bool pre_column_separator(Context& ctx, const Node& n) {
  DomNode* cell = ctx.block_parent();
  DomNode* row = cell->parent;
  if (cell->is("td") && row->is("tr")) {
    ctx.replace_box(add_element(row, "td"));
    return false;
  }
  ctx.word(n, " ");
  ctx.suppress_space();
  return false;
}

}  // namespace mdoc::html
