// Semantic in-line macros, function synopses and links.
#include <array>
#include <filesystem>

#include "render/html_dom.hpp"
#include "render/html_handlers.hpp"
#include "render/html_ids.hpp"
#include "render/html_text.hpp"
#include "render/html_walk.hpp"

namespace mdoc::html {
namespace {

struct Semantic {
  Macro macro;
  Tag element;
  ClassName cls;
};

// Macros that only wrap their content in one element.
constexpr Semantic kSemantic[] = {
    {Macro::Ad, "span", "Ad"},  {Macro::Cm, "code", "Cm"}, {Macro::Dv, "code", "Dv"},
    {Macro::Er, "code", "Er"},  {Macro::Ev, "code", "Ev"}, {Macro::Ex, "span", "Ex"},
    {Macro::Ic, "code", "Ic"},  {Macro::Li, "code", "Li"}, {Macro::Pa, "span", "Pa"},
    {Macro::Rv, "span", "Rv"},  {Macro::St, "span", "St"}, {Macro::Va, "var", "Va"},
    {Macro::Em, "i", "Em"},     {Macro::Sy, "b", "Sy"},    {Macro::Ms, "span", "Ms"},
    {Macro::No, "span", "No"},  {Macro::Tn, "span", "Tn"}, {Macro::Lb, "span", "Lb"},
    {Macro::At, "span", "Ux"},  {Macro::Bsx, "span", "Ux"}, {Macro::Bx, "span", "Ux"},
    {Macro::Dx, "span", "Ux"},  {Macro::Fx, "span", "Ux"}, {Macro::Nx, "span", "Ux"},
    {Macro::Ox, "span", "Ux"},  {Macro::Ux, "span", "Ux"}, {Macro::Fr, "span", "Fr"},
};

// kSemantic indexed by macro (null for the others): one step, not a search.
constexpr std::array<const Semantic*, kMacroCount> semantic_table() {
  std::array<const Semantic*, kMacroCount> table{};
  for (const Semantic& s : kSemantic) table[static_cast<std::size_t>(s.macro)] = &s;
  return table;
}
constexpr std::array<const Semantic*, kMacroCount> kSemanticOf = semantic_table();

const Semantic* semantic_of(Macro m) { return kSemanticOf[static_cast<std::size_t>(m)]; }

// Renders the Text children of n, each through `each` (which writes it), and
// walks any other child.
template <typename F>
void for_each_argument(Context& ctx, const Node& n, F each) {
  for (const Node* c = n.first; c; c = c->next) {
    if (c->type == NodeType::Text) each(*c);
    else walk(ctx, *c);
  }
}

// Fills a -O man=TEMPLATE with %N and %S.  "A;B": A when the file NAME.SECTION
// exists in the current directory, else B (mandoc's rule).
std::string expand_man_template(const std::string& tmpl, const std::string& name, const std::string& section) {
  std::string chosen = tmpl;
  if (auto semi = tmpl.find(';'); semi != std::string::npos) {
    std::error_code ec;
    chosen = std::filesystem::exists(name + "." + section, ec) ? tmpl.substr(0, semi) : tmpl.substr(semi + 1);
  }
  std::string out;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    if (chosen[i] == '%' && i + 1 < chosen.size() && (chosen[i + 1] == 'N' || chosen[i + 1] == 'S')) {
      out += chosen[i + 1] == 'N' ? name : section;
      ++i;
    } else {
      out += chosen[i];
    }
  }
  return out;
}

void text_child(Context& ctx, const Node& c) {
  ctx.separate(c);
  render_text_content(ctx, c.text());
}

bool is_declaration(const Node* n) {
  if (!n || (n->type != NodeType::Element && n->type != NodeType::Block)) return false;
  switch (n->macro) {
    case Macro::In: case Macro::Fd: case Macro::Cd: case Macro::Ft: case Macro::Fn: case Macro::Fo:
    case Macro::Vt:
      return true;
    default:
      return false;
  }
}

}  // namespace

// The SYNOPSIS layout of function declarations: includes one per line, a
// blank line between groups, the return type on the line above its function.
void synopsis_break(Context& ctx, const Node& n) {
  const Node* prev = n.prev;
  if (!prev) return;
  if (!is_declaration(prev)) {
    // A return type after other text ("typedef int ( name ) ...") starts a line.
    if (n.macro == Macro::Ft) {
      add_element(ctx.inline_parent(), "br");
      ctx.suppress_space();
    }
    return;
  }
  Macro p = prev->macro, m = n.macro;
  bool same_line_group = (p == m && (m == Macro::In || m == Macro::Fd || m == Macro::Cd || m == Macro::Vt)) ||
                         (p == Macro::Ft && (m == Macro::Fn || m == Macro::Fo));
  if (same_line_group) {
    add_element(ctx.inline_parent(), "br");
    ctx.suppress_space();
  } else {
    ctx.paragraph_break();
  }
}

bool in_synopsis(const Context& ctx, const Node& n) {
  return n.is(kSynopsis) || ctx.section_kind == Context::Section::Synopsis;
}

DomNode* open_semantic(Context& ctx, const Node& n, Tag tag, ClassName cls) {
  ctx.separate(n);
  DomNode* el = ctx.open_inline(tag, cls);
  if (!ctx.pending_id.empty()) {
    add_attribute(el, "id", ctx.claim_id(ctx.pending_id));
    ctx.pending_id.clear();
  }
  ctx.suppress_space();
  return el;
}

DomNode* open_tagged(Context& ctx, const Node& n, Tag tag, ClassName cls) {
  std::string_view id = n.type == NodeType::Element ? claim_text_term(ctx, n) : std::string_view();
  if (id.empty()) return open_semantic(ctx, n, tag, cls);
  ctx.separate(n);
  DomNode* link = ctx.open_inline("a", "permalink");
  set_fragment_href(link, id);
  DomNode* el = ctx.open_inline(tag, cls);
  add_attribute(el, "id", id);
  ctx.suppress_space();
  return el;
}

bool pre_semantic(Context& ctx, const Node& n) {
  const Semantic* s = semantic_of(n.macro);
  if (!s) return true;
  open_tagged(ctx, n, s->element, s->cls);
  return true;
}

bool pre_flag(Context& ctx, const Node& n) {
  open_semantic(ctx, n, "code", "Fl");
  if (!n.first) ctx.text("-");
  for_each_argument(ctx, n, [&](const Node& c) {
    ctx.separate(c);
    ctx.text("-");
    render_text_content(ctx, c.text());
  });
  return false;
}

bool pre_argument(Context& ctx, const Node& n) {
  open_semantic(ctx, n, "var", "Ar");
  if (!n.first) ctx.text("file ...");
  return true;
}

// .Ft, .Vt, .Ot.  In the SYNOPSIS the parser makes .Vt a block (its trailing
// delimiter follows the body); the element wraps the body only.
bool pre_type(Context& ctx, const Node& n) {
  const Node& macro_node = *n.block_node();
  if (n.type == NodeType::Head) return false;
  if ((n.type == NodeType::Block || n.type == NodeType::Element) && in_synopsis(ctx, macro_node))
    synopsis_break(ctx, macro_node);
  if (n.type == NodeType::Block) return true;
  ClassName cls = macro_node.macro == Macro::Vt ? ClassName("Vt") : ClassName("Ft");
  open_semantic(ctx, n.type == NodeType::Body ? macro_node : n, "var", cls);
  return true;
}

bool pre_config(Context& ctx, const Node& n) {
  if (in_synopsis(ctx, n)) synopsis_break(ctx, n);
  open_semantic(ctx, n, "code", n.macro == Macro::Cd ? ClassName("Cd") : ClassName("Fd"));
  return true;
}

bool pre_author(Context& ctx, const Node& n) {
  // The parser may leave -split/-nosplit as the only text child.
  std::string_view only = n.first && n.first == n.last && n.first->type == NodeType::Text ? std::string_view(n.first->text()) : "";
  if (find_argument(n, "split") || only == "-split") {
    ctx.authors_split = true;
    ctx.authors_nosplit = false;
    return false;
  }
  if (find_argument(n, "nosplit") || only == "-nosplit") {
    ctx.authors_nosplit = true;
    ctx.authors_split = false;
    return false;
  }
  // In AUTHORS, each author after the first starts a line unless -nosplit.
  if (ctx.section_kind == Context::Section::Authors) {
    if (ctx.authors_seen && (ctx.authors_split || !ctx.authors_nosplit)) {
      add_element(ctx.inline_parent(), "br");
    }
    ctx.authors_seen = true;
  }
  open_semantic(ctx, n, "span", "An");
  return true;
}

// .Fn name args...: name(arg, arg) and, in the SYNOPSIS, a closing semicolon.
bool pre_function(Context& ctx, const Node& n) {
  const Node* name = n.first;
  bool synopsis = in_synopsis(ctx, n);
  if (synopsis) synopsis_break(ctx, n);
  Mark mark = ctx.mark();
  open_tagged(ctx, n, "code", "Fn");
  if (name) walk(ctx, *name);
  ctx.unwind(mark);
  ctx.text("(");
  ctx.suppress_space();
  bool first = true;
  for (const Node* c = name ? name->next : nullptr; c; c = c->next) {
    if (c->type != NodeType::Text) {
      walk(ctx, *c);
      continue;
    }
    Mark arg = ctx.mark();
    if (!first) {
      ctx.text(",");
      ctx.allow_space();
      ctx.separate(*c);
    }
    ctx.suppress_space();
    DomNode* fa = ctx.open_inline("var", "Fa");
    if (synopsis) add_lasting_attribute(fa, kStyleAttribute, "white-space: nowrap;");
    render_text_content(ctx, c->text());
    ctx.unwind(arg);
    first = false;
  }
  ctx.text(synopsis ? ");" : ")");
  ctx.allow_space();
  return false;
}

// .Fo name / .Fa ... / .Fc
bool pre_function_block(Context& ctx, const Node& n) {
  if (n.type == NodeType::Head) {
    if (in_synopsis(ctx, n)) synopsis_break(ctx, *n.block_node());
    Mark mark = ctx.mark();
    open_tagged(ctx, *n.block_node(), "code", "Fn");
    walk_children(ctx, n);
    ctx.unwind(mark);
    ctx.text("(");
    ctx.suppress_space();
    return false;
  }
  return true;
}

// mandoc ends a .Fo block with ");" wherever it appears, not only in the SYNOPSIS.
void post_function_block(Context& ctx, const Node& n) {
  if (n.type != NodeType::Body) return;
  ctx.text(");");
  ctx.allow_space();
}

// .Fa: inside .Fo each argument is its own parameter, separated by commas;
// elsewhere the arguments form one phrase.
bool pre_function_argument(Context& ctx, const Node& n) {
  const Node* parent = n.parent;
  bool in_fo = parent && parent->type == NodeType::Body && parent->block_node()->macro == Macro::Fo;
  if (!in_fo) {
    open_semantic(ctx, n, "var", "Fa");
    return true;
  }
  bool first = true;
  for (const Node* p = n.prev; p && first; p = p->prev)
    first = !(p->type == NodeType::Element && p->macro == Macro::Fa);
  for (const Node* c = n.first; c; c = c->next) {
    if (c->type != NodeType::Text) {
      walk(ctx, *c);
      continue;
    }
    if (!first) {
      ctx.text(",");
      ctx.allow_space();
    }
    Mark mark = ctx.mark();
    open_semantic(ctx, c == n.first ? n : *c, "var", "Fa");
    render_text_content(ctx, c->text());
    ctx.unwind(mark);
    first = false;
  }
  return false;
}

bool pre_include(Context& ctx, const Node& n) {
  bool synopsis = in_synopsis(ctx, n);
  if (synopsis) synopsis_break(ctx, n);
  open_semantic(ctx, n, "code", "In");
  ctx.text(synopsis ? "#include <" : "<");
  Mark mark = ctx.mark();
  DomNode* a = ctx.open_inline("a", "In");
  (void)a;
  ctx.suppress_space();
  walk_children(ctx, n);
  ctx.unwind(mark);
  ctx.text(">");
  return false;
}

bool pre_cross_reference(Context& ctx, const Node& n) {
  const Node* name = n.first && n.first->type == NodeType::Text ? n.first : nullptr;
  const Node* section = name && name->next && name->next->type == NodeType::Text ? name->next : nullptr;
  DomNode* a = open_semantic(ctx, n, "a", "Xr");
  // A link only where the options say how to make one (most renderings
  // have none): the texts are read for it then only.
  if (ctx.options.resolve_xr || !ctx.options.man_url.empty()) {
    std::string name_text = name ? display_text(name->text()) : std::string();
    std::string section_text = section ? display_text(section->text()) : std::string();
    std::string href;
    if (ctx.options.resolve_xr) href = ctx.options.resolve_xr(name_text, section_text);
    else if (!name_text.empty())
      href = expand_man_template(ctx.options.man_url, name_text, section_text.empty() ? "1" : section_text);
    if (!href.empty() && is_safe_url(href)) set_href(a, href);
  }
  if (name) render_text_content(ctx, name->text());
  if (section) {
    ctx.text("(");
    render_text_content(ctx, section->text());
    ctx.text(")");
  }
  for (const Node* c = section ? section->next : name ? name->next : n.first; c; c = c->next) walk(ctx, *c);
  return false;
}

bool pre_section_reference(Context& ctx, const Node& n) {
  DomNode* a = open_semantic(ctx, n, "a", "Sx");
  set_fragment_href(a, section_id(n));
  return true;
}

// .Lk URL [text]: a link only for the schemes is_safe_url accepts.
bool pre_link(Context& ctx, const Node& n) {
  const Node* url = n.first && n.first->type == NodeType::Text ? n.first : nullptr;
  std::string href = url ? display_text(url->text()) : std::string();
  bool linked = !href.empty() && is_safe_url(href);
  DomNode* el = open_semantic(ctx, n, linked ? Tag("a") : Tag("span"), "Lk");
  if (linked) set_href(el, href);
  const Node* rest = url ? url->next : n.first;
  if (!rest) {
    if (url) render_text_content(ctx, url->text());
    return false;
  }
  for (const Node* c = rest; c; c = c->next) walk(ctx, *c);
  return false;
}

bool pre_mail(Context& ctx, const Node& n) {
  for (const Node* c = n.first; c; c = c->next) {
    if (c->type != NodeType::Text) {
      walk(ctx, *c);
      continue;
    }
    Mark mark = ctx.mark();
    std::string address = display_text(c->text());
    bool linked = is_safe_url("mailto:" + address) && address.find(':') == std::string::npos;
    DomNode* el = open_semantic(ctx, c == n.first ? n : *c, linked ? Tag("a") : Tag("span"), "Mt");
    if (linked) set_href(el, "mailto:" + address);
    render_text_content(ctx, c->text());
    ctx.unwind(mark);
  }
  if (!n.first) {
    open_semantic(ctx, n, "span", "Mt");
    ctx.text("~");
  }
  return false;
}

bool pre_no_space(Context& ctx, const Node&) {
  ctx.suppress_space();
  return false;
}

bool pre_apostrophe(Context& ctx, const Node&) {
  ctx.text("'");
  ctx.suppress_space();
  return false;
}

bool pre_prefix(Context& ctx, const Node& n) {
  for_each_argument(ctx, n, [&](const Node& c) { text_child(ctx, c); });
  ctx.suppress_space();
  return false;
}

bool pre_spacing_mode(Context& ctx, const Node& n) {
  std::string arg = n.first ? plain_text(*n.first) : std::string();
  ctx.keep_spacing_off(arg == "off");
  return false;
}

}  // namespace mdoc::html
