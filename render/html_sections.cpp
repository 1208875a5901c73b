// Sections, paragraphs, displays and the NAME line.
#include "render/html_dom.hpp"
#include "render/html_handlers.hpp"
#include "render/html_ids.hpp"
#include "render/html_text.hpp"
#include "render/html_walk.hpp"

namespace mdoc::html {
namespace {

bool is_section(const Node& n) { return n.block_node()->macro == Macro::Sh; }

// The <table class="Nm"> a SYNOPSIS .Nm block opened: the last child of the box.
DomNode* synopsis_row(Context& ctx) {
  DomNode* table = ctx.block_parent()->last_child_if("table");
  if (!table) {
    table = add_element(ctx.block_parent(), "table", "Nm");
  }
  DomNode* row = table->child("tr");
  return row ? row : add_element(table, "tr");
}

}  // namespace

bool pre_nothing(Context&, const Node&) { return false; }
bool pre_transparent(Context&, const Node&) { return true; }

bool pre_section(Context& ctx, const Node& n) {
  bool sh = is_section(n);
  switch (n.type) {
    case NodeType::Block: {
      if (sh) ctx.enter_section(n.head() ? plain_text(*n.head()) : std::string());
      DomNode* section = add_element(ctx.block_parent(), "section", sh ? ClassName("Sh") : ClassName("Ss"));
      ctx.push_flow(section, false);
      return true;
    }
    case NodeType::Head: {
      // An .Sh title was read when its block began.
      bool title_read = sh && n.parent && n.parent->head() == &n;
      std::string_view id = ctx.claim_id(title_read ? section_id(ctx.section) : section_id(n));
      DomNode* heading = add_element(ctx.block_parent(), sh ? Tag("h1") : Tag("h2"), sh ? ClassName("Sh") : ClassName("Ss"));
      if (!id.empty()) add_attribute(heading, "id", id);
      DomNode* link = add_element(heading, "a", "permalink");
      set_fragment_href(link, id);
      ctx.push_flow(link, false);
      return true;
    }
    case NodeType::Body:
      ctx.push_flow(ctx.block_parent(), true);
      return true;
    default:
      return true;
  }
}

bool pre_paragraph(Context& ctx, const Node&) {
  ctx.paragraph_break();
  return false;
}

bool pre_line_break(Context& ctx, const Node&) {
  if (ctx.no_fill()) return false;  // lines of a <pre> already break
  add_element(ctx.inline_parent(), "br");
  ctx.suppress_space();
  return false;
}

bool pre_tag(Context& ctx, const Node& n) {
  std::string term = plain_text(n);
  if (!term.empty() && term.find(' ') == std::string::npos) ctx.pending_id = term;
  return false;
}

bool pre_name_description(Context& ctx, const Node& n) {
  if (n.type == NodeType::Block) {
    ctx.word(n, "\u2014");
    return true;
  }
  if (n.type == NodeType::Body) {
    ctx.separate(n);
    ctx.open_inline("span", "Nd");
    ctx.suppress_space();
    return true;
  }
  return n.type != NodeType::Head;
}

bool pre_display(Context& ctx, const Node& n) {
  const Node& block = *n.block_node();
  if (n.type == NodeType::Head) return false;
  if (n.type == NodeType::Block) {
    // "Bd", then " Pp" unless compact, " Bd-indent" with an offset, " Li"
    // for a literal display: each combination a class of the table, written
    // from it.
    static constexpr ClassName kDisplayClasses[2][2][2] = {
        {{"Bd", "Bd Li"}, {"Bd Bd-indent", "Bd Bd-indent Li"}},
        {{"Bd Pp", "Bd Pp Li"}, {"Bd Pp Bd-indent", "Bd Pp Bd-indent Li"}}};
    DisplayType type = block.block() ? block.block()->display : DisplayType::Filled;
    bool spaced = !block.block() || !block.block()->compact;
    bool indented = block.block() && !block.block()->offset.empty();
    bool literal = type == DisplayType::Literal;
    DomNode* div = add_element(ctx.block_parent(), "div", kDisplayClasses[spaced][indented][literal]);
    if (type == DisplayType::Centered) add_lasting_attribute(div, kStyleAttribute, "text-align: center;");
    ctx.push_flow(div, false);
    return true;
  }
  if (n.type == NodeType::Body) {
    DisplayType type = block.block() ? block.block()->display : DisplayType::Filled;
    if (type == DisplayType::Literal || type == DisplayType::Unfilled) {
      DomNode* pre = add_element(ctx.block_parent(), "pre");
      ctx.push_flow(pre, false, true);
    } else {
      ctx.push_flow(ctx.block_parent(), false);
    }
  }
  return true;
}

// .D1 and .Dl: the body is an indented block; delimiters after it (children
// of the Block) follow the block, as in mandoc.
bool pre_one_line_display(Context& ctx, const Node& n) {
  if (n.type != NodeType::Body) return n.type != NodeType::Head;
  DomNode* div = add_element(ctx.block_parent(), "div", "Bd Bd-indent");
  ctx.push_flow(div, false);
  if (n.block_node()->macro == Macro::Dl) {
    ctx.open_inline("code", "Li");
    ctx.suppress_space();
  }
  return true;
}

bool pre_font_block(Context& ctx, const Node& n) {
  if (n.type == NodeType::Head) return false;
  if (n.type != NodeType::Block) return true;
  std::string cls = "Bf";
  FontType font = n.block() ? n.block()->font : FontType::None;
  if (font == FontType::Emphasis) cls += " Em";
  else if (font == FontType::Symbolic) cls += " Sy";
  else if (font == FontType::Literal) cls += " Li";
  ctx.push_flow(add_element(ctx.block_parent(), "div", ClassName::made(cls)), false);
  return true;
}

// .Nm: an element in running text; in the SYNOPSIS a block laid out as a
// two-cell table (name | arguments), like mandoc.
bool pre_name(Context& ctx, const Node& n) {
  if (n.type == NodeType::Element) {
    open_semantic(ctx, n, "code", "Nm");
    if (!n.first) ctx.text(ctx.doc.prologue.name);
    return true;
  }
  if (n.type == NodeType::Block) {
    add_element(ctx.block_parent(), "table", "Nm");
    return true;
  }
  DomNode* cell = add_element(synopsis_row(ctx), "td");
  ctx.push_flow(cell, false);
  if (n.type == NodeType::Head) {
    ctx.open_inline("code", "Nm");
    ctx.suppress_space();
    if (!n.first) ctx.text(ctx.doc.prologue.name);
  }
  return true;
}

}  // namespace mdoc::html
