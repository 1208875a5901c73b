// Handlers of the in-line macros: fonts, quotes, function synopses, links.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "render/term_mdoc.hpp"

namespace mdoc {
namespace {

bool is_block(const Node& n) { return n.type == NodeType::Block; }
bool is_head(const Node& n) { return n.type == NodeType::Head; }
bool is_body(const Node& n) { return n.type == NodeType::Body; }
bool is_elem(const Node& n) { return n.type == NodeType::Element; }

// The macro of the block that node n (a Head/Body/Tail) belongs to, or n's own.
Macro owner_macro(const Node* n) { return n ? n->block_node()->macro : Macro::None; }

// ---- Fonts ----------------------------------------------------------------

bool pre_bold(TermContext& c, const Node&) {
  c.w.push_font(TermFont::Bold);
  return true;
}

bool pre_under(TermContext& c, const Node&) {
  c.w.push_font(TermFont::Under);
  return true;
}

bool pre_roman(TermContext& c, const Node&) {
  c.w.push_font(TermFont::Roman);
  return true;
}

bool pre_fl(TermContext& c, const Node& n) {
  c.w.push_font(TermFont::Bold);
  c.w.word("-");
  bool bare = !n.first && (!n.next || n.next->type == NodeType::Text || n.next->is(kLineStart));
  if (!bare) c.w.no_space = true;
  return true;
}

// ---- Quotes and enclosures ------------------------------------------------

struct Quote {
  Macro macro;
  const char* open;
  const char* close;
};

constexpr Quote kQuotes[] = {
    {Macro::Ao, "\u27e8", "\u27e9"}, {Macro::Aq, "\u27e8", "\u27e9"},
    {Macro::Bo, "[", "]"},           {Macro::Bq, "[", "]"},
    {Macro::Bro, "{", "}"},          {Macro::Brq, "{", "}"},
    {Macro::Do, "\u201c", "\u201d"}, {Macro::Dq, "\u201c", "\u201d"},
    {Macro::Oo, "[", "]"},           {Macro::Op, "[", "]"},
    {Macro::Po, "(", ")"},           {Macro::Pq, "(", ")"},
    {Macro::Qo, "\"", "\""},         {Macro::Qq, "\"", "\""},
    {Macro::So, "\u2018", "\u2019"}, {Macro::Sq, "\u2018", "\u2019"},
    {Macro::Ql, "\u2018", "\u2019"},
};

const Quote* quote_of(Macro m) {
  for (const auto& q : kQuotes)
    if (q.macro == m) return &q;
  return nullptr;
}

// An e-mail address in angle brackets keeps the plain ASCII brackets.
bool is_mail_only(const Node& n) {
  return n.first && !n.first->next && n.first->is_macro(Macro::Mt);
}

bool pre_quote(TermContext& c, const Node& n) {
  if (!is_body(n) && !is_elem(n)) return true;
  const Quote* q = quote_of(owner_macro(&n));
  if (!q) return true;
  bool angle = q->macro == Macro::Ao || q->macro == Macro::Aq;
  c.w.word(angle && is_mail_only(n) ? "<" : q->open);
  c.w.no_space = true;
  return true;
}

void post_quote(TermContext& c, const Node& n) {
  if (!is_body(n) && !is_elem(n)) return;
  const Quote* q = quote_of(owner_macro(&n));
  if (!q) return;
  bool angle = q->macro == Macro::Ao || q->macro == Macro::Aq;
  c.w.no_space = true;
  c.w.word(angle && is_mail_only(n) ? ">" : q->close);
}

// Eo/Ec: the head holds the opening delimiter, the tail the closing one;
// both join the body without blanks.
void post_eo(TermContext& c, const Node& n) {
  if (is_head(n) || is_body(n)) c.w.no_space = true;
}

// ---- Spacing --------------------------------------------------------------

bool pre_ns(TermContext& c, const Node&) {
  c.w.no_space = true;
  return false;
}

bool pre_ap(TermContext& c, const Node&) {
  c.w.no_space = true;
  c.w.word("'");
  c.w.no_space = true;
  return false;
}

void post_pf(TermContext& c, const Node&) { c.w.no_space = true; }

bool pre_sm(TermContext& c, const Node& n) {
  std::string arg = term_first_arg(n);
  TermWriter& w = c.w;
  if (arg.empty()) w.spacing_off = !w.spacing_off;
  else w.spacing_off = arg != "on";
  // Like mandoc, .Sm off takes effect after the next word.
  if (!w.spacing_off && !w.buffer_empty()) w.no_space = false;
  return false;
}

// ---- Names, functions, synopsis ---------------------------------------------

bool pre_nd(TermContext& c, const Node& n) {
  if (is_body(n)) c.w.word("\u2013");
  return true;
}

std::string nm_name(const TermContext& c, const Node& head) {
  if (head.first && head.first->type == NodeType::Text) return std::string(head.first->text());
  return c.doc.prologue.name;
}

bool pre_nm(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  if (is_block(n)) {
    w.prekeep = true;
    return true;
  }
  if (is_body(n)) {
    if (!n.first) return false;
    w.no_space = true;
    std::string name = n.parent && n.parent->head() ? nm_name(c, *n.parent->head()) : c.doc.prologue.name;
    w.offset += name.empty() ? 6 : 1 + w.text_width(name);
    return true;
  }
  if (is_head(n)) {
    term_synopsis_break(c, *n.parent);
    if (n.next && n.next->first) {
      w.no_space = true;
      w.layout.no_break = w.layout.break_indent = true;
      w.trailspace = 1;
      w.rmargin = w.offset + 1;
      if (!n.first) {
        w.rmargin += w.text_width(c.doc.prologue.name);
      } else if (n.first->type == NodeType::Text) {
        w.rmargin += w.text_width(n.first->text());
        if (n.first->next) w.layout.hang = true;
      } else {
        w.rmargin += 5;
        w.layout.hang = true;
      }
    }
  }
  w.push_font(TermFont::Bold);
  if (!n.first) w.word(c.doc.prologue.name);
  return true;
}

void post_nm(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  if (is_block(n)) {
    w.keep = w.prekeep = false;
  } else if (is_head(n) && n.next && n.next->first) {
    w.flush();
    w.layout.no_break = w.layout.break_indent = w.layout.hang = false;
    w.trailspace = 0;
  } else if (is_body(n) && n.first) {
    w.flush();
  }
}

// The function name of a synopsis declaration hangs: continuation lines of
// the argument list are indented by four columns.
void begin_function_name(TermWriter& w, bool pretty, int& saved_rmargin) {
  if (!pretty) return;
  saved_rmargin = w.rmargin;
  w.rmargin = w.offset + 4;
  w.layout.no_break = w.layout.break_indent = w.layout.hang = true;
}

void end_function_name(TermWriter& w, bool pretty, int saved_rmargin) {
  if (!pretty) return;
  w.flush();
  w.layout.no_break = w.layout.break_indent = w.layout.hang = false;
  w.layout.no_pad = true;
  w.offset = w.rmargin;
  w.rmargin = saved_rmargin;
}

void function_argument(TermWriter& w, std::string_view text, bool pretty) {
  w.push_font(TermFont::Under);
  if (pretty) w.unbreakable_word = true;
  w.word(text);
  w.pop_font();
}

bool pre_fn(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  bool pretty = n.is(kSynopsis);
  term_synopsis_break(c, n);
  const Node* k = n.first;
  if (!k) return false;
  int rmargin = 0;
  begin_function_name(w, pretty, rmargin);
  w.push_font(TermFont::Bold);
  w.word(k->text());
  w.pop_font();
  end_function_name(w, pretty, rmargin);
  w.no_space = true;
  w.word("(");
  w.no_space = true;
  for (k = k->next; k; k = k->next) {
    function_argument(w, k->text(), pretty);
    if (k->next) {
      w.no_space = true;
      w.word(",");
    }
  }
  w.no_space = true;
  w.word(")");
  if (pretty) {
    w.no_space = true;
    w.word(";");
    w.flush();
  }
  return false;
}

bool pre_fo(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  bool pretty = n.block_node()->is(kSynopsis);
  if (is_block(n)) {
    term_synopsis_break(c, n);
    return true;
  }
  if (is_body(n)) {
    // The head's hanging indent must outlive the head node.
    if (pretty && c.function_offset >= 0) {
      w.offset = c.function_offset;
      w.layout.no_pad = true;
    }
    c.function_offset = -1;
    w.no_space = true;
    w.word("(");
    w.no_space = true;
    return true;
  }
  if (!is_head(n) || !n.first) return false;
  int rmargin = 0;
  begin_function_name(w, pretty, rmargin);
  w.push_font(TermFont::Bold);
  w.word(n.first->text());
  w.pop_font();
  end_function_name(w, pretty, rmargin);
  if (pretty) c.function_offset = w.offset;
  return false;
}

void post_fo(TermContext& c, const Node& n) {
  if (!is_body(n)) return;
  TermWriter& w = c.w;
  w.no_space = true;
  w.word(")");
  if (n.block_node()->is(kSynopsis)) {
    w.no_space = true;
    w.word(";");
    w.flush();
  }
}

bool pre_fa(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  if (owner_macro(n.parent) != Macro::Fo) {
    w.push_font(TermFont::Under);
    return true;
  }
  bool more = n.next && n.next->is_macro(Macro::Fa);
  for (const Node* k = n.first; k; k = k->next) {
    function_argument(w, k->text(), true);
    if (k->next || more) {
      w.no_space = true;
      w.word(",");
    }
  }
  return false;
}

bool pre_ft(TermContext& c, const Node& n) {
  term_synopsis_break(c, n);
  c.w.push_font(TermFont::Under);
  return true;
}

bool pre_synopsis_bold(TermContext& c, const Node& n) {
  term_synopsis_break(c, n);
  c.w.push_font(TermFont::Bold);
  return true;
}

void post_fd(TermContext& c, const Node&) { c.w.new_line(); }

bool pre_vt(TermContext& c, const Node& n) {
  if (is_elem(n) || is_block(n)) {
    term_synopsis_break(c, n);
    if (is_block(n)) return true;
  } else if (is_head(n)) {
    return false;
  }
  c.w.push_font(TermFont::Under);
  return true;
}

bool pre_in(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  term_synopsis_break(c, n);
  if (n.is(kSynopsis) && n.is(kLineStart)) {
    w.push_font(TermFont::Bold);
    w.word("#include");
    w.word("<");
  } else {
    w.word("<");
    w.push_font(TermFont::Under);
  }
  w.no_space = true;
  return true;
}

void post_in(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  w.push_font(n.is(kSynopsis) ? TermFont::Bold : TermFont::Roman);
  w.no_space = true;
  w.word(">");
  w.pop_font();
}

// ---- Cross references and links -------------------------------------------

std::string expand_man_url(const std::string& tmpl, std::string_view name, std::string_view sec) {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '%' && i + 1 < tmpl.size() && (tmpl[i + 1] == 'N' || tmpl[i + 1] == 'S')) {
      out += tmpl[i + 1] == 'N' ? name : sec;
      ++i;
    } else {
      out += tmpl[i];
    }
  }
  return out;
}

bool links_enabled(const TermContext& c) { return c.w.device().uses_links(); }

bool pre_xr(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  const Node* name = n.first;
  if (!name) return false;
  const Node* sec = name->next;
  std::uint16_t saved = w.link;
  if (links_enabled(c) && !c.options.man_url.empty()) {
    std::string s = sec ? strip_markers(sec->text()) : "1";
    w.link = w.device().add_link(expand_man_url(c.options.man_url, strip_markers(name->text()), s));
  }
  w.word(name->text());
  if (sec) {
    w.no_space = true;
    w.word("(");
    w.no_space = true;
    w.word(sec->text());
    w.no_space = true;
    w.word(")");
  }
  w.link = saved;
  return false;
}

bool pre_lk(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  const Node* link = n.first;
  if (!link) return false;
  const Node* punct = n.last;
  while (punct != link && punct->is(kDelimClose)) punct = punct->prev;
  punct = punct->next;
  std::uint16_t saved = w.link;
  if (links_enabled(c)) w.link = w.device().add_link(strip_markers(link->text()));
  const Node* descr = link->next;
  if (descr && descr != punct) {
    w.push_font(TermFont::Under);
    for (; descr != punct; descr = descr->next) {
      if (descr->is(kDelimClose) || descr->is(kDelimOpen)) w.no_space = true;
      w.word(descr->text());
    }
    w.pop_font();
    w.no_space = true;
    w.word(":");
  }
  w.push_font(TermFont::Bold);
  w.word(link->text());
  w.pop_font();
  w.link = saved;
  for (; punct; punct = punct->next) {
    w.no_space = true;
    w.word(punct->text());
  }
  return false;
}

bool pre_mt(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  w.push_font(TermFont::Under);
  if (links_enabled(c) && n.first) w.link = w.device().add_link("mailto:" + strip_markers(n.first->text()));
  return true;
}

void post_mt(TermContext& c, const Node&) { c.w.link = 0; }

// ---- Authors and references -------------------------------------------------

bool pre_an(TermContext& c, const Node& n) {
  const BlockArgs* a = n.block();
  bool split = a && a->author == AuthorSplit::Split;
  bool nosplit = a && a->author == AuthorSplit::NoSplit;
  // Until the front end parses An's argument, it arrives as the only text.
  if (n.first && !n.first->next && n.first->type == NodeType::Text) {
    split = split || n.first->text() == "-split";
    nosplit = nosplit || n.first->text() == "-nosplit";
  }
  if (!split && !nosplit) {
    for (const auto& arg : n.args()) {
      split = split || arg.name == "split";
      nosplit = nosplit || arg.name == "nosplit";
    }
  }
  if (split) {
    c.authors_nosplit = false;
    c.authors_split = true;
    return false;
  }
  if (nosplit) {
    c.authors_split = false;
    c.authors_nosplit = true;
    return false;
  }
  if (c.authors_split) c.w.new_line();
  if (c.section == "AUTHORS" && !c.authors_nosplit) c.authors_split = true;
  return true;
}

bool in_reference(const Node& n) { return owner_macro(n.parent) == Macro::Rs; }

bool pre_ref_author(TermContext& c, const Node& n) {
  const Node* prev = c.reference.prev_of(n);
  const Node* next = c.reference.next_of(n);
  if (prev && prev->is_macro(Macro::Pct_A) && (!next || !next->is_macro(Macro::Pct_A)))
    c.w.word("and");
  return true;
}

// In SEE ALSO, a reference after other text starts after a blank line.
bool pre_rs(TermContext& c, const Node& n) {
  if (is_block(n) && n.prev && c.section == "SEE ALSO") c.w.blank_line();
  if (!is_body(n)) return true;
  // The front end has put the parts in mandoc's order already.
  TermReference saved = std::move(c.reference);
  c.reference.parts.clear();
  for (const Node* k = n.first; k; k = k->next) c.reference.parts.push_back(k);
  for (const Node* k : c.reference.parts) term_print_node(c, *k);
  c.reference = std::move(saved);
  return false;
}

// A title is quoted when the reference has a book or journal title that is
// not its first part in the input (measured: "%T %B", "%A %B %T", "%D %B %T"
// quote; "%B %T", "%B %A %T", "%J %T" do not).  Input order is read from
// source positions because the parts have been sorted.
bool before(const Node& a, const Node& b) {
  return a.line < b.line || (a.line == b.line && a.column < b.column);
}

bool title_is_quoted(const Node& n) {
  if (!in_reference(n)) return false;
  const Node* first = n.parent->first;
  for (const Node* k = n.parent->first; k; k = k->next)
    if (before(*k, *first)) first = k;
  for (const Node* k = n.parent->first; k; k = k->next)
    if ((k->is_macro(Macro::Pct_J) || k->is_macro(Macro::Pct_B)) && k != first) return true;
  return false;
}

bool pre_ref_title(TermContext& c, const Node& n) {
  if (title_is_quoted(n)) {
    c.w.word("\u201c");
    c.w.no_space = true;
  } else {
    c.w.push_font(TermFont::Under);
  }
  return true;
}

// Reference parts are separated by commas; the last one ends the sentence.
void post_ref_part(TermContext& c, const Node& n) {
  if (!in_reference(n)) return;
  TermWriter& w = c.w;
  w.push_font(TermFont::Roman);
  if (n.is_macro(Macro::Pct_T) && title_is_quoted(n)) {
    w.no_space = true;
    w.word("\u201d");
  }
  const Node* next = c.reference.next_of(n);
  const Node* prev = c.reference.prev_of(n);
  w.no_space = true;
  bool two_authors = n.is_macro(Macro::Pct_A) && next && next->is_macro(Macro::Pct_A) &&
                     !(prev && prev->is_macro(Macro::Pct_A)) &&
                     !(c.reference.next_of(*next) && c.reference.next_of(*next)->is_macro(Macro::Pct_A));
  if (two_authors) {
    // Two authors are joined by "and" alone, three or more by commas and "and".
    w.no_space = false;
  } else if (!next) {
    w.word(".");
    w.sentence = true;
  } else {
    w.word(",");
  }
  w.pop_font();
}

bool pre_ref_under(TermContext& c, const Node&) {
  c.w.push_font(TermFont::Under);
  return true;
}

// An operating system name and its version stay on one line.
bool pre_os_name(TermContext& c, const Node&) {
  c.os_keep_outer = c.w.prekeep;
  c.w.prekeep = true;
  return true;
}

void post_os_name(TermContext& c, const Node&) {
  if (!c.os_keep_outer) c.w.keep = c.w.prekeep = false;
}

bool pre_ignore(TermContext&, const Node&) { return false; }

constexpr TermHandler kRows[] = {
    {Macro::Ad, pre_under, nullptr},
    {Macro::An, pre_an, nullptr},
    {Macro::Ap, pre_ap, nullptr},
    {Macro::Ar, pre_under, nullptr},
    {Macro::Cd, pre_synopsis_bold, nullptr},
    {Macro::Cm, pre_bold, nullptr},
    {Macro::Dv, pre_roman, nullptr},
    {Macro::Er, pre_roman, nullptr},
    {Macro::Ev, pre_roman, nullptr},
    {Macro::Fa, pre_fa, nullptr},
    {Macro::Fd, pre_synopsis_bold, post_fd},
    {Macro::Fl, pre_fl, nullptr},
    {Macro::Fn, pre_fn, nullptr},
    {Macro::Ft, pre_ft, nullptr},
    {Macro::Ic, pre_bold, nullptr},
    {Macro::In, pre_in, post_in},
    {Macro::Li, pre_roman, nullptr},
    {Macro::Nd, pre_nd, nullptr},
    {Macro::Nm, pre_nm, post_nm},
    {Macro::Op, pre_quote, post_quote},
    {Macro::Ot, pre_ft, nullptr},
    {Macro::Pa, pre_under, nullptr},
    {Macro::Va, pre_under, nullptr},
    {Macro::Vt, pre_vt, nullptr},
    {Macro::Xr, pre_xr, nullptr},
    {Macro::Pct_A, pre_ref_author, post_ref_part},
    {Macro::Pct_B, pre_ref_under, post_ref_part},
    {Macro::Pct_C, nullptr, post_ref_part},
    {Macro::Pct_D, nullptr, post_ref_part},
    {Macro::Pct_I, pre_ref_under, post_ref_part},
    {Macro::Pct_J, pre_ref_under, post_ref_part},
    {Macro::Pct_N, nullptr, post_ref_part},
    {Macro::Pct_O, nullptr, post_ref_part},
    {Macro::Pct_P, nullptr, post_ref_part},
    {Macro::Pct_Q, nullptr, post_ref_part},
    {Macro::Pct_R, nullptr, post_ref_part},
    {Macro::Pct_T, pre_ref_title, post_ref_part},
    {Macro::Pct_U, nullptr, post_ref_part},
    {Macro::Pct_V, nullptr, post_ref_part},
    {Macro::Ao, pre_quote, post_quote},
    {Macro::Aq, pre_quote, post_quote},
    {Macro::Bo, pre_quote, post_quote},
    {Macro::Bq, pre_quote, post_quote},
    {Macro::Bro, pre_quote, post_quote},
    {Macro::Brq, pre_quote, post_quote},
    {Macro::Do, pre_quote, post_quote},
    {Macro::Dq, pre_quote, post_quote},
    {Macro::Oo, pre_quote, post_quote},
    {Macro::Po, pre_quote, post_quote},
    {Macro::Pq, pre_quote, post_quote},
    {Macro::Qo, pre_quote, post_quote},
    {Macro::Qq, pre_quote, post_quote},
    {Macro::So, pre_quote, post_quote},
    {Macro::Sq, pre_quote, post_quote},
    {Macro::Ql, pre_quote, post_quote},
    {Macro::Eo, nullptr, post_eo},
    {Macro::Em, pre_under, nullptr},
    {Macro::Ms, pre_bold, nullptr},
    {Macro::Ns, pre_ns, nullptr},
    {Macro::Pf, nullptr, post_pf},
    {Macro::Sm, pre_sm, nullptr},
    {Macro::Sx, pre_under, nullptr},
    {Macro::Sy, pre_bold, nullptr},
    {Macro::Fo, pre_fo, post_fo},
    {Macro::Lk, pre_lk, nullptr},
    {Macro::Rs, pre_rs, nullptr},
    {Macro::Mt, pre_mt, post_mt},
    {Macro::Bsx, pre_os_name, post_os_name},
    {Macro::Bx, pre_os_name, post_os_name},
    {Macro::Dx, pre_os_name, post_os_name},
    {Macro::Fx, pre_os_name, post_os_name},
    {Macro::Nx, pre_os_name, post_os_name},
    {Macro::Ox, pre_os_name, post_os_name},
    {Macro::Ux, pre_os_name, post_os_name},
    {Macro::Db, pre_ignore, nullptr},
    {Macro::Hf, pre_ignore, nullptr},
    {Macro::Fr, pre_ignore, nullptr},
    {Macro::Tg, pre_ignore, nullptr},
};

}  // namespace

const TermHandler* term_inline_handlers(std::size_t& count) {
  count = std::size(kRows);
  return kRows;
}

}  // namespace mdoc
