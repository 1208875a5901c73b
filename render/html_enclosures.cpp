// Enclosures (quotes, brackets, .Eo/.Ec, .Es/.En) and bibliographic
// references (.Rs ... .Re).
#include "render/html_dom.hpp"
#include "render/html_handlers.hpp"
#include "render/html_text.hpp"
#include "render/html_walk.hpp"

namespace mdoc::html {
namespace {

struct Enclosure {
  Macro implicit, explicit_;
  const char* open;
  const char* close;
};

constexpr Enclosure kEnclosures[] = {
    {Macro::Aq, Macro::Ao, "\u27e8", "\u27e9"},  {Macro::Bq, Macro::Bo, "[", "]"},
    {Macro::Brq, Macro::Bro, "{", "}"},          {Macro::Dq, Macro::Do, "\u201c", "\u201d"},
    {Macro::Op, Macro::Oo, "[", "]"},            {Macro::Pq, Macro::Po, "(", ")"},
    {Macro::Qq, Macro::Qo, "\"", "\""},          {Macro::Sq, Macro::So, "\u2018", "\u2019"},
    {Macro::Ql, Macro::None, "\u2018", "\u2019"},
};

const Enclosure* enclosure_of(Macro m) {
  for (const Enclosure& e : kEnclosures)
    if (e.implicit == m || e.explicit_ == m) return &e;
  return nullptr;
}

// The fields of a reference in the order they are printed (mandoc's order).
constexpr Macro kReferenceOrder[] = {
    Macro::Pct_A, Macro::Pct_T, Macro::Pct_B, Macro::Pct_I, Macro::Pct_J,
    Macro::Pct_R, Macro::Pct_N, Macro::Pct_V, Macro::Pct_U, Macro::Pct_P,
    Macro::Pct_Q, Macro::Pct_C, Macro::Pct_D, Macro::Pct_O,
};

struct FieldStyle {
  Macro macro;
  Tag element;
  ClassName cls;
};
constexpr FieldStyle kFieldStyles[] = {
    {Macro::Pct_A, "span", "RsA"}, {Macro::Pct_B, "i", "RsB"},    {Macro::Pct_C, "span", "RsC"},
    {Macro::Pct_D, "span", "RsD"}, {Macro::Pct_I, "i", "RsI"},    {Macro::Pct_J, "i", "RsJ"},
    {Macro::Pct_N, "span", "RsN"}, {Macro::Pct_O, "span", "RsO"}, {Macro::Pct_P, "span", "RsP"},
    {Macro::Pct_Q, "span", "RsQ"}, {Macro::Pct_R, "span", "RsR"}, {Macro::Pct_T, "span", "RsT"},
    {Macro::Pct_U, "a", "RsU"},    {Macro::Pct_V, "span", "RsV"},
};

bool is_field(const Node& n) {
  for (Macro m : kReferenceOrder)
    if (n.macro == m) return true;
  return false;
}

// Fields in print order; the parser keeps source order.
std::vector<const Node*> ordered_fields(const Node& body) {
  std::vector<const Node*> out;
  for (Macro m : kReferenceOrder)
    for (const Node* c = body.first; c; c = c->next)
      if (c->type == NodeType::Element && c->macro == m) out.push_back(c);
  return out;
}

// An angle-bracket enclosure holding nothing but one .Mt is an address: <a@b>.
bool encloses_address(const Node& body) {
  Macro m = body.block_node()->macro;
  return (m == Macro::Aq || m == Macro::Ao) && body.first && body.first == body.last &&
         body.first->type == NodeType::Element && body.first->macro == Macro::Mt;
}

const char* opening(const Context& ctx, const Node& body) {
  if (encloses_address(body)) return "<";
  const Enclosure* e = enclosure_of(body.block_node()->macro);
  return e ? e->open : ctx.enclose_open.c_str();
}

const char* closing(const Context& ctx, const Node& body) {
  if (encloses_address(body)) return ">";
  const Enclosure* e = enclosure_of(body.block_node()->macro);
  return e ? e->close : ctx.enclose_close.c_str();
}

}  // namespace

bool pre_enclosure(Context& ctx, const Node& n) {
  if (n.type == NodeType::Block) return true;
  if (n.type == NodeType::Head) return true;
  if (n.type == NodeType::Tail) return true;
  const Node& block = *n.block_node();
  ctx.separate(block);
  ctx.text(opening(ctx, n));
  ctx.suppress_space();
  if (block.macro == Macro::Ql) {
    ctx.open_inline("code", "Li");
    ctx.suppress_space();
  }
  return true;
}

void post_enclosure(Context& ctx, const Node& n) {
  if (n.type != NodeType::Body) return;
  ctx.text(closing(ctx, n));
  ctx.allow_space();
}

// .Eo open / body / .Ec close: the delimiters are the head and tail text.
bool pre_explicit_enclosure(Context& ctx, const Node& n) {
  if (n.type == NodeType::Block) return true;
  if (n.type == NodeType::Body) return true;
  if (n.type == NodeType::Head) ctx.separate(*n.block_node());
  else ctx.suppress_space();
  for (const Node* c = n.first; c; c = c->next) {
    if (c->type == NodeType::Text) render_text_content(ctx, c->text());
    else walk(ctx, *c);
  }
  ctx.suppress_space();
  if (n.type == NodeType::Tail) ctx.allow_space();
  return false;
}

bool pre_enclosure_set(Context& ctx, const Node& n) {
  const Node* open = n.first;
  const Node* close = open ? open->next : nullptr;
  ctx.enclose_open = open ? display_text(open->text()) : std::string();
  ctx.enclose_close = close ? display_text(close->text()) : std::string();
  return false;
}

// .Rs: authors joined with ", " and " and ", other fields with ", ", a full stop.
bool pre_reference(Context& ctx, const Node& n) {
  if (n.type == NodeType::Block || n.type == NodeType::Head) return n.type == NodeType::Block;
  if (n.type != NodeType::Body) return true;
  ctx.separate(*n.block_node());
  ctx.open_inline("cite", "Rs");
  ctx.suppress_space();
  std::vector<const Node*> fields = ordered_fields(n);
  std::size_t authors = 0;
  for (const Node* f : fields) authors += f->macro == Macro::Pct_A;
  std::size_t author_index = 0;
  // Text and macros that are not fields keep their place before the fields.
  for (const Node* c = n.first; c; c = c->next)
    if (!(c->type == NodeType::Element && is_field(*c))) walk(ctx, *c);
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const Node& f = *fields[i];
    if (i > 0) {
      if (f.macro == Macro::Pct_A && fields[i - 1]->macro == Macro::Pct_A)
        ctx.text(author_index + 1 == authors ? (authors > 2 ? ", and" : " and") : ",");
      else
        ctx.text(",");
      ctx.allow_space();
    }
    if (f.macro == Macro::Pct_A) ++author_index;
    walk(ctx, f);
  }
  if (!fields.empty()) ctx.text(".");
  return false;
}

void post_reference(Context& ctx, const Node& n) {
  if (n.type == NodeType::Block) ctx.allow_space();
}

bool pre_reference_field(Context& ctx, const Node& n) {
  Tag element = "span";
  ClassName cls = "Rs";
  for (const FieldStyle& s : kFieldStyles)
    if (s.macro == n.macro) element = s.element, cls = s.cls;
  if (n.macro == Macro::Pct_U) {
    std::string href = display_text(plain_text(n));
    if (!is_safe_url(href)) element = "span";
    DomNode* el = open_semantic(ctx, n, element, cls);
    set_href(el, href);
    return true;
  }
  open_semantic(ctx, n, element, cls);
  return true;
}

}  // namespace mdoc::html
