// Handlers of the block-level macros: sections, paragraphs, displays, lists.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "render/term_mdoc.hpp"
#include "render/term_width.hpp"

namespace mdoc {
namespace {

bool is_block(const Node& n) { return n.type == NodeType::Block; }
bool is_head(const Node& n) { return n.type == NodeType::Head; }
bool is_body(const Node& n) { return n.type == NodeType::Body; }

const BlockArgs* args_of(const Node& n) { return n.block_node()->block(); }

ListType list_type(const Node* bl) {
  return bl && bl->block() ? bl->block()->list : ListType::None;
}

// The blank line before a display, a list or a list item, except directly
// after a section heading, in compact lists, and between column-list rows.
void block_vspace(TermContext& c, const Node& bl, const Node& n) {
  c.w.new_line();
  if (bl.block() && bl.block()->compact) return;
  const Node* nn = &n;
  while (!nn->prev) {
    do {
      nn = nn->parent;
      if (!nn || nn->type == NodeType::Root) return;
    } while (nn->type != NodeType::Block);
    if (nn->is_macro(Macro::Sh) || nn->is_macro(Macro::Ss)) return;
    if (nn->is_macro(Macro::It) && list_type(term_list_of(*nn)) != ListType::Item) break;
  }
  if (bl.is_macro(Macro::Bl) && n.prev && n.prev->is_macro(Macro::It)) {
    if (list_type(&bl) == ListType::Column) return;
    if (list_type(&bl) == ListType::Diag && (!n.prev->body() || !n.prev->body()->first)) return;
  }
  c.w.blank_line();
}

void reset_tabs(TermWriter& w, int width) {
  w.tab_stops.clear();
  w.tab_width = width;
}

// ---- Sections and paragraphs ----------------------------------------------

bool pre_sh(TermContext& c, const Node& n) {
  if (is_block(n)) {
    const Node* prev = n.prev;
    if (!prev || !prev->is_macro(Macro::Sh) || (prev->body() && prev->body()->first)) c.w.blank_line();
    c.section = n.head() ? plain_text(*n.head()) : std::string();
    // The An line-splitting state is reset by an AUTHORS section only; set
    // there, it carries over into later sections (measured: ng_bt3c.4 BUGS).
    if (c.section == "AUTHORS") c.authors_split = c.authors_nosplit = false;
  } else if (is_head(n)) {
    c.w.push_font(TermFont::Bold);
  } else if (is_body(n)) {
    c.w.offset = c.indent;
    reset_tabs(c.w, 5);
  }
  return true;
}

void post_section(TermContext& c, const Node& n) {
  if (is_head(n) || is_body(n)) c.w.new_line();
}

bool pre_ss(TermContext& c, const Node& n) {
  if (is_block(n)) {
    c.w.new_line();
    if (n.prev) c.w.blank_line();
  } else if (is_head(n)) {
    c.w.push_font(TermFont::Bold);
    c.w.offset = (c.indent + 1) / 2;
  } else if (is_body(n)) {
    c.w.offset = c.indent;
    reset_tabs(c.w, 5);
  }
  return true;
}

bool is_compact(const Node& n) { return n.block() && n.block()->compact; }

// mandoc's validator drops paragraph breaks that another blank line makes
// redundant: at the start or end of a section or list item, before a
// heading, a paragraph, or a non-compact list or display.
bool paragraph_is_redundant(const Node& n) {
  const Node* owner = n.parent ? n.parent->block_node() : nullptr;
  bool in_section = owner && (owner->is_macro(Macro::Sh) || owner->is_macro(Macro::Ss));
  if (!n.prev && in_section && n.parent->type == NodeType::Body) return true;
  const Node* next = n.next;
  if (!next) {
    if (owner && owner->is_macro(Macro::It)) {
      const Node* bl = term_list_of(*owner);
      return !(bl && is_compact(*bl));
    }
    return in_section || (n.parent && n.parent->type == NodeType::Root);
  }
  switch (next->macro) {
    case Macro::Pp: case Macro::Lp: case Macro::Sh: case Macro::Ss:
      return true;
    case Macro::Bl: case Macro::Bd:
      return !is_compact(*next);
    default:
      return false;
  }
}

bool pre_pp(TermContext& c, const Node& n) {
  if (paragraph_is_redundant(n)) {
    c.w.new_line();
    return false;
  }
  c.w.blank_line();
  return false;
}

// ---- Displays -------------------------------------------------------------

bool pre_d1(TermContext& c, const Node& n) {
  if (!is_block(n)) return true;
  c.w.new_line();
  c.w.offset += c.indent + 1;
  return true;
}

void post_d1(TermContext& c, const Node& n) {
  if (is_block(n)) c.w.new_line();
}

bool pre_bd(TermContext& c, const Node& n) {
  if (is_block(n)) {
    block_vspace(c, n, n);
    return true;
  }
  if (is_head(n)) return false;
  const BlockArgs* a = args_of(n);
  if (!a) return true;
  if (!a->offset.empty()) {
    c.w.offset += term_display_offset(c, a->offset);
    if (c.w.offset < 0) c.w.offset = 0;
  }
  if (a->display == DisplayType::Literal) reset_tabs(c.w, 8);
  if (a->display == DisplayType::Centered) c.w.layout.center = true;
  return true;
}

void post_bd(TermContext& c, const Node& n) {
  if (!is_body(n)) return;
  const BlockArgs* a = args_of(n);
  c.w.no_space = true;
  c.w.new_line();
  if (a && a->display == DisplayType::Literal) reset_tabs(c.w, 5);
  c.w.layout.center = false;
}

bool pre_bf(TermContext& c, const Node& n) {
  if (is_head(n)) return false;
  if (!is_body(n)) return true;
  const BlockArgs* a = args_of(n);
  FontType f = a ? a->font : FontType::None;
  // "Bf Sy" (a macro name instead of -symbolic) arrives as head text.
  const Node* head = n.parent ? n.parent->head() : nullptr;
  if (f == FontType::None && head && head->first && head->first->type == NodeType::Text) {
    std::string_view name = head->first->text();
    f = name == "Em" ? FontType::Emphasis : name == "Sy" ? FontType::Symbolic
        : name == "Li" ? FontType::Literal : FontType::None;
  }
  c.w.push_font(f == FontType::Emphasis ? TermFont::Under
                : f == FontType::Symbolic ? TermFont::Bold
                                          : TermFont::Roman);
  return true;
}

bool pre_bk(TermContext& c, const Node& n) {
  if (is_head(n)) return false;
  if (is_body(n)) {
    const Node* bk = n.block_node();
    if (!bk->args().empty() || (bk->head() && !bk->head()->first)) c.w.prekeep = true;
  }
  return true;
}

void post_bk(TermContext& c, const Node& n) {
  if (is_body(n)) c.w.keep = c.w.prekeep = false;
}

// ---- Lists ----------------------------------------------------------------

// The list head holds the -column widths when the front end files them there.
bool pre_bl(TermContext&, const Node& n) { return !is_head(n); }

void post_bl(TermContext& c, const Node& n) {
  if (!is_block(n)) return;
  c.w.new_line();
}

// Number of columns a list item body is indented by (its tag width), and the
// extra offset of the whole list.
struct ItemGeometry {
  int width = 0;
  int offset = 0;
};

// The declared column widths.  Until the front end files widths written
// after other arguments ("-column -offset indent 10n 5n") as columns, they
// arrive as text in the list head.
std::vector<std::string> column_widths(const Node& bl) {
  if (bl.block() && !bl.block()->columns.empty()) return bl.block()->columns;
  std::vector<std::string> cols;
  if (bl.head())
    for (const Node* k = bl.head()->first; k; k = k->next)
      if (k->type == NodeType::Text) cols.emplace_back(k->text());
  return cols;
}

int column_gap(std::size_t ncols) { return ncols < 5 ? 4 : ncols == 5 ? 3 : 1; }

// The tag width of the items of a list that is not -column.
int declared_item_width(TermContext& c, const Node& bl) {
  const BlockArgs* a = bl.block();
  // An explicit empty "-width" is a zero width, not the default.
  if (!a->width.empty() || find_argument(bl, "width")) return term_scaled_width(a->width, c.w) + 2;
  switch (a->list) {
    case ListType::Bullet: case ListType::Dash: case ListType::Hyphen: return 4;
    case ListType::Enum: return 5;
    default: return 8;
  }
}

// A list's -offset and item width, which every item asks for (for its head
// and its body), measured once per list.
const TermListMeasure& measure_list(TermContext& c, const Node& bl) {
  TermListMeasure& m = c.list_measure;
  if (m.list == &bl) return m;
  m.list = &bl;
  // Unlike a display's, a list's -offset is a plain width: "indent" is the
  // six letters of the word, "indent-two" ten (measured with -O indent=3).
  m.offset = bl.block()->offset.empty() ? 0 : term_scaled_width(bl.block()->offset, c.w);
  m.width = bl.block()->list == ListType::Column ? 0 : declared_item_width(c, bl);
  m.column_starts.clear();
  if (bl.block()->list == ListType::Column) {
    std::vector<std::string> cols = column_widths(bl);
    int gap = column_gap(cols.size());
    m.column_starts.push_back(0);
    for (const std::string& col : cols)
      m.column_starts.push_back(m.column_starts.back() + gap + c.w.text_width(col));
  }
  return m;
}

ItemGeometry item_geometry(TermContext& c, const Node& bl, const Node& n) {
  ItemGeometry g;
  const BlockArgs* a = bl.block();
  if (!a) return g;
  const TermListMeasure& m = measure_list(c, bl);
  g.offset = m.offset;
  if (g.offset < 0 && -g.offset > c.w.offset) g.offset = -c.w.offset;
  if (a->list != ListType::Column) {
    g.width = m.width;
    return g;
  }
  if (is_head(n)) return g;
  // The cell's column: the cells before it (after the head).
  const std::vector<int>& starts = m.column_starts;
  std::size_t ncols = starts.size() - 1;
  std::size_t i = 0;
  for (const Node* p = n.prev; p && p->prev && i < ncols; p = p->prev) ++i;
  g.offset += starts[i];
  if (i < ncols) g.width = starts[i + 1] - starts[i];
  return g;
}

int enum_number(const Node& it) {
  int k = 1;
  for (const Node* p = it.prev; p; p = p->prev)
    if (p->is_macro(Macro::It)) ++k;
  return k;
}

// A -hang item whose body starts with a list or display prints its head on
// a line of its own, like -ohang, but still indents the body.
bool hang_like_ohang(const Node& head) {
  const Node* body = head.next;
  return body && body->first &&
         (body->first->is_macro(Macro::Bl) || body->first->is_macro(Macro::Bd));
}

void item_layout(TermContext& c, const Node& n, ListType t, int width) {
  TermWriter& w = c.w;
  TermLayout& l = w.layout;
  bool head = is_head(n);
  switch (t) {
    case ListType::Enum: case ListType::Bullet: case ListType::Dash: case ListType::Hyphen:
      if (head) {
        l.no_break = true;
        w.trailspace = 1;
      }
      break;
    case ListType::Hang:
      if (!head) break;
      if (hang_like_ohang(n)) break;
      l.no_break = l.break_indent = l.hang = true;
      w.trailspace = 1;
      break;
    case ListType::Tag:
      if (!head) break;
      l.no_break = l.break_indent = true;
      w.trailspace = 2;
      if (!n.next || !n.next->first) l.hang = true;
      break;
    case ListType::Column:
      if (head) break;
      l.no_break = n.next != nullptr;
      w.trailspace = n.next ? 1 : 0;
      break;
    case ListType::Diag:
      if (!head) break;
      l.no_break = true;
      w.trailspace = 1;
      break;
    default:
      break;
  }
  switch (t) {
    case ListType::Bullet: case ListType::Dash: case ListType::Enum: case ListType::Hyphen:
    case ListType::Hang: case ListType::Tag:
      if (!head) w.offset += width;
      else if (!(t == ListType::Hang && hang_like_ohang(n))) w.rmargin = w.offset + width;
      break;
    case ListType::Column:
      // The last cell reaches the right margin, or further when its declared
      // width does; a cell beyond the declared columns is ten wide.
      if (head) break;
      if (!n.next) w.rmargin = std::max(w.offset + width, w.max_rmargin);
      else w.rmargin = w.offset + (width > 0 ? width : 10);
      break;
    default:
      break;
  }
}

// -diag and -inset bodies follow their head on the same line after one or two
// no-break spaces that glue the head's last word to the body.
void separate_inline_body(TermWriter& w, ListType t) {
  int n = t == ListType::Diag ? 2 : 1;
  w.no_space = true;
  for (int i = 0; i < n; ++i) w.no_break_blank();
  w.no_space = true;
}

bool pre_it(TermContext& c, const Node& n) {
  const Node* bl = term_list_of(n);
  if (!bl) return true;
  ListType t = list_type(bl);
  if (is_block(n)) {
    block_vspace(c, *bl, n);
    return true;
  }
  TermWriter& w = c.w;
  ItemGeometry g = item_geometry(c, *bl, n);
  w.offset += g.offset;
  if ((t == ListType::Diag || t == ListType::Inset) && is_body(n)) separate_inline_body(w, t);
  else w.no_space = true;
  if (t == ListType::Diag && is_head(n)) w.push_font(TermFont::Bold);
  item_layout(c, n, t, g.width);
  if (is_head(n)) {
    switch (t) {
      case ListType::Bullet:
        w.push_font(TermFont::Bold);
        w.word("\u2022");
        w.pop_font();
        break;
      case ListType::Dash: case ListType::Hyphen:
        w.push_font(TermFont::Bold);
        w.word("-");
        w.pop_font();
        break;
      case ListType::Enum:
        w.word(std::to_string(enum_number(*n.parent)) + ".");
        break;
      default:
        break;
    }
    switch (t) {
      case ListType::Bullet: case ListType::Item: case ListType::Dash: case ListType::Hyphen:
      case ListType::Enum: case ListType::Column:
        return false;
      default:
        break;
    }
  }
  return true;
}

void post_it(TermContext& c, const Node& n) {
  if (is_block(n)) return;
  const Node* bl = term_list_of(n);
  ListType t = list_type(bl);
  TermWriter& w = c.w;
  switch (t) {
    case ListType::Item: case ListType::Diag: case ListType::Inset:
      if (is_body(n)) w.new_line();
      break;
    case ListType::Column:
      if (is_body(n)) w.flush();
      break;
    default:
      w.new_line();
      break;
  }
  w.layout.no_break = w.layout.break_indent = w.layout.hang = false;
  w.trailspace = 0;
}

// ---- roff requests --------------------------------------------------------

bool pre_br(TermContext& c, const Node&) {
  c.w.new_line();
  return false;
}

// Lines in a vertical roff distance ("2", "1v", "1i"); halves round down,
// as mandoc's output shows (".sp 0.5" breaks only, ".sp 0.6" skips a line).
int vertical_lines(const std::string& arg) {
  char* end = nullptr;
  double v = std::strtod(arg.c_str(), &end);
  std::string unit = end ? std::string(end) : std::string();
  double per = unit.empty() || unit == "v" ? 1.0 : unit == "i" ? 6.0 : unit == "c" ? 6.0 / 2.54
               : unit == "P" ? 1.0 : unit == "p" ? 1.0 / 12.0 : unit == "m" || unit == "n" ? 0.6 : 1.0;
  double lines = v * per + 0.4999;
  if (!(lines >= 1)) return 0;  // also NaN (".sp nan")
  // Beyond int (".sp 1e30", ".sp inf") mandoc takes no distance: a break.
  if (lines >= 2147483648.0) return 0;
  return static_cast<int>(lines);
}

// .sp N: N blank lines; .sp 0 only breaks the line.
bool pre_sp(TermContext& c, const Node& n) {
  std::string arg = term_first_arg(n);
  int lines = arg.empty() ? 1 : vertical_lines(arg);
  // Like mandoc, more than 65 lines (a screenful and then some) is taken for
  // a mistake and spaced as one: ".sp 34601500" printed 34 million lines.
  if (lines > 65) lines = 1;
  if (lines <= 0) {
    c.w.new_line();
    return false;
  }
  for (int i = 0; i < lines; ++i) c.w.blank_line();
  return false;
}

bool pre_ft(TermContext& c, const Node& n) {
  std::string f = term_first_arg(n);
  TermWriter& w = c.w;
  if (f == "B" || f == "3") w.replace_font(TermFont::Bold);
  else if (f == "I" || f == "2") w.replace_font(TermFont::Under);
  else if (f == "BI" || f == "4") w.replace_font(TermFont::BoldUnder);
  else if (f.empty() || f == "P") w.replace_font(w.previous_font());
  else w.replace_font(TermFont::Roman);
  return false;
}

// .ll changes the right margin from the next output line on; mandoc does
// not break the line for it.
bool pre_ll(TermContext& c, const Node& n) {
  std::string v = term_first_arg(n);
  TermWriter& w = c.w;
  int cols = c.options.width;
  if (!v.empty()) {
    bool relative = v[0] == '+' || v[0] == '-';
    std::string number = v.find_first_not_of("+-0123456789.") == std::string::npos ? v + "n" : v;
    cols = relative ? w.max_rmargin + term_scaled_width(number, w) : term_scaled_width(number, w);
  }
  if (cols > 0) w.max_rmargin = std::min(cols, kTermMaxColumns);
  return false;
}

// .ti N: the next output line starts at column N (or the margin +/- N).
bool pre_ti(TermContext& c, const Node& n) {
  std::string v = term_first_arg(n);
  TermWriter& w = c.w;
  w.new_line();
  if (v.empty()) return false;
  bool relative = v[0] == '+' || v[0] == '-';
  std::string number = v.find_first_not_of("+-0123456789.") == std::string::npos ? v + "n" : v;
  int cols = term_scaled_width(number, w);
  w.temporary_indent = std::max(0, relative ? w.offset + cols : cols);
  return false;
}

// .ce N: the next N input lines are centered, each on a line of its own.
bool pre_ce(TermContext& c, const Node& n) {
  std::string v = term_first_arg(n);
  c.w.new_line();
  c.center_lines = v.empty() ? 1 : std::max(0, std::atoi(v.c_str()));
  return false;
}

bool pre_ta(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  w.tab_stops.clear();
  int last = 0;
  for (const Node* k = n.first; k; k = k->next) {
    if (k->type != NodeType::Text) continue;
    std::string v(k->text());
    bool rel = !v.empty() && v[0] == '+';
    if (rel) v.erase(0, 1);
    int col = term_scaled_width(v.find_first_not_of("0123456789.") == std::string::npos ? v + "n" : v, w);
    last = rel ? std::min(last + col, kTermMaxColumns) : col;
    w.tab_stops.push_back(last);
  }
  return false;
}

bool pre_ignore(TermContext&, const Node&) { return false; }

constexpr TermHandler kRows[] = {
    {Macro::Dd, pre_ignore, nullptr},
    {Macro::Dt, pre_ignore, nullptr},
    {Macro::Os, pre_ignore, nullptr},
    {Macro::Sh, pre_sh, post_section},
    {Macro::Ss, pre_ss, post_section},
    {Macro::Pp, pre_pp, nullptr},
    {Macro::Lp, pre_pp, nullptr},
    {Macro::D1, pre_d1, post_d1},
    {Macro::Dl, pre_d1, post_d1},
    {Macro::Bd, pre_bd, post_bd},
    {Macro::Ed, pre_ignore, nullptr},
    {Macro::Bl, pre_bl, post_bl},
    {Macro::El, pre_ignore, nullptr},
    {Macro::It, pre_it, post_it},
    {Macro::Bf, pre_bf, nullptr},
    {Macro::Ef, pre_ignore, nullptr},
    {Macro::Bk, pre_bk, post_bk},
    {Macro::Ek, pre_ignore, nullptr},
    {Macro::Re, pre_ignore, nullptr},
    {Macro::req_br, pre_br, nullptr},
    {Macro::req_sp, pre_sp, nullptr},
    {Macro::req_ft, pre_ft, nullptr},
    {Macro::req_ll, pre_ll, nullptr},
    {Macro::req_ti, pre_ti, nullptr},
    {Macro::req_ta, pre_ta, nullptr},
    {Macro::req_nf, pre_br, nullptr},
    {Macro::req_fi, pre_br, nullptr},
    {Macro::req_ce, pre_ce, nullptr},
    {Macro::req_mc, pre_ignore, nullptr},
    {Macro::req_po, pre_ignore, nullptr},
    {Macro::req_rj, pre_br, nullptr},
};

}  // namespace

int term_display_offset(const TermContext& c, std::string_view value) {
  if (value == "left") return 0;
  if (value == "indent") return c.indent + 1;
  if (value == "indent-two") return 2 * (c.indent + 1);
  return term_scaled_width(value, c.w);
}

std::string term_first_arg(const Node& n) {
  for (const Node* k = n.first; k; k = k->next)
    if (k->type == NodeType::Text) return strip_markers(k->text());
  if (!n.args().empty()) return std::string(n.args().front().name);
  return {};
}

const TermHandler* term_block_handlers(std::size_t& count) {
  count = std::size(kRows);
  return kRows;
}

}  // namespace mdoc
