#include "render/html_walk.hpp"

#include "render/html_dom.hpp"
#include "render/html_ids.hpp"
#include "render/html_text.hpp"

namespace mdoc::html {
namespace {

// A lone closing delimiter among a macro's arguments: mandoc attaches it to
// what precedes even where the parser did not flag it.
// (In line, its most selective test first: most texts are longer.)
[[gnu::always_inline]] inline bool is_trailing_delimiter(const Node& n) {
  if (n.text().size() != 1 || n.is(kLineStart) || !n.prev || !n.parent || n.parent->type != NodeType::Element)
    return false;
  switch (n.text()[0]) {
    case '.': case ',': case ':': case ';': case ')': case ']': case '?': case '!': return true;
    default: return false;
  }
}

// In line (forced: walk_children() has grown past what the compiler
// inlines by itself), as most nodes are texts.
[[gnu::always_inline]] inline void render_text_node(Context& ctx, const Node& n) {
  if (n.text().empty()) return;
  if (is_trailing_delimiter(n)) ctx.suppress_space();
  ctx.separate(n);
  render_text_content(ctx, n.text());
  if (n.is(kDelimOpen)) ctx.suppress_space();
}

// tbl(7) and eqn(7) content is kept as source text: show it preformatted.
void render_verbatim(Context& ctx, const Node& n) {
  DomNode* pre = add_element(ctx.block_parent(), "pre", n.type == NodeType::Table ? ClassName("tbl") : ClassName("eqn"));
  add_text(pre, display_text(n.text()));
}

// The permalink of a list head's tagged term around the node (see
// Context::permalink_node): out of line, as few nodes have one.
[[gnu::noinline]] void open_permalink(Context& ctx, const Node& n) {
  ctx.separate(n);
  DomNode* link = ctx.open_inline("a", "permalink");
  set_fragment_href(link, ctx.permalink_id);
  ctx.suppress_space();
}

// A macro node: its handler's pre call, the children, the unwinding of what
// pre opened, the post call.  In line in walk_children(), so that most
// nodes cost no call of their own.
[[gnu::always_inline]] inline void walk_macro(Context& ctx, const Node& n) {
  Macro m = n.macro != Macro::None ? n.macro : n.block_node()->macro;
  const MacroHandler& h = handler_for(m);
  Mark mark = ctx.mark();
  if (&n == ctx.permalink_node) open_permalink(ctx, n);
  if (!h.pre || h.pre(ctx, n)) walk_children(ctx, n);
  ctx.unwind(mark);
  if (h.post) h.post(ctx, n);
}

}  // namespace

void walk_children(Context& ctx, const Node& n) {
  // Text, the most common child, is rendered here, in the frame the loop
  // already has, rather than through a call to walk(); so are macros.
  for (const Node* c = n.first; c; c = c->next) {
    switch (c->type) {
      case NodeType::Text: render_text_node(ctx, *c); break;
      case NodeType::Table:
      case NodeType::Equation:
      case NodeType::Root: walk(ctx, *c); break;
      default: walk_macro(ctx, *c);
    }
  }
}

void walk(Context& ctx, const Node& n) {
  switch (n.type) {
    case NodeType::Text: render_text_node(ctx, n); return;
    case NodeType::Table:
    case NodeType::Equation: render_verbatim(ctx, n); return;
    case NodeType::Root: walk_children(ctx, n); return;
    default: walk_macro(ctx, n);
  }
}

}  // namespace mdoc::html
