#include "render/term_mdoc.hpp"

#include <array>

namespace mdoc {
namespace {

constexpr std::size_t kMacroCount = static_cast<std::size_t>(Macro::None) + 1;

// One row per macro, gathered from the handler files into a lookup by Macro.
std::array<TermHandler, kMacroCount> gather_handlers() {
  std::array<TermHandler, kMacroCount> t{};
  for (std::size_t i = 0; i < kMacroCount; ++i) t[i] = {static_cast<Macro>(i), nullptr, nullptr};
  for (auto rows : {&term_block_handlers, &term_inline_handlers}) {
    std::size_t n = 0;
    const TermHandler* r = rows(n);
    for (std::size_t i = 0; i < n; ++i) t[static_cast<std::size_t>(r[i].macro)] = r[i];
  }
  return t;
}

// Built before main (the rows are constants, initialised before any code
// runs), so that the walk, which looks a handler up for every macro node,
// needs no test whether it has been built yet.
const std::array<TermHandler, kMacroCount> kHandlers = gather_handlers();

// A line of text: a blank input line is a paragraph break, a leading blank a line break.
// Inlined into print_text_node, which runs for every other node: a call of
// its own cost it more than its tests.
[[gnu::always_inline]] inline void print_text(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  if (n.is(kLineStart)) {
    if (n.text().empty()) {
      w.blank_line();
      return;
    }
    if (n.text()[0] == ' ' && !n.is(kNoFill)) w.new_line();
  }
  if (n.is(kDelimClose)) w.no_space = true;
  w.word(n.text());
  if (n.is(kDelimOpen)) w.no_space = true;
}

// mandoc never ends a sentence inside a reference field (".%T Title ." prints
// one blank after the period); the front end still flags it.
bool in_reference_field(const Node& n) {
  if (n.type != NodeType::Text || !n.parent) return false;
  switch (n.parent->macro) {
    case Macro::Pct_A: case Macro::Pct_B: case Macro::Pct_C: case Macro::Pct_D: case Macro::Pct_I:
    case Macro::Pct_J: case Macro::Pct_N: case Macro::Pct_O: case Macro::Pct_P: case Macro::Pct_Q:
    case Macro::Pct_R: case Macro::Pct_T: case Macro::Pct_U: case Macro::Pct_V:
      return true;
    default:
      return false;
  }
}

// A text line under .ce: centered between the margins, then a line break.
void print_centered_line(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  w.new_line();
  bool center = w.layout.center;
  w.layout.center = true;
  print_text(c, n);
  w.new_line();
  w.layout.center = center;
  --c.center_lines;
}

// In no-fill mode every input line is an output line.
// An in-line enclosure (Qo ... Qc, Aq) ends its line only after its closing
// delimiter, so the last node of its body does not.
bool ends_nofill_line(const Node& n) {
  if (!n.is(kNoFill) || !n.parent) return false;
  if (n.parent->type != NodeType::Body && n.parent->type != NodeType::Root) return false;
  if (n.next) return n.next->is(kLineStart);
  MacroKind owner = macro_info(n.parent->block_node()->macro).kind;
  return owner != MacroKind::PartExplicit && owner != MacroKind::PartImplicit;
}

// What every node does before its own printing: spacing and no-fill flags.
void begin_node(TermWriter& w, const Node& n) {
  // Under .Sm off the writer joins words itself; the front end's no-space
  // flag would also remove the blank before the first word after .Sm off,
  // which mandoc keeps.
  if (n.is(kNoSpace) && !n.is(kSpacingOff)) w.no_space = true;
  // A keep lasts to the end of its input line; the next line may break before its first word.
  if (w.keep && n.is(kLineStart)) {
    w.keep = false;
    w.prekeep = true;
  }
  if (n.is(kNoFill)) w.layout.never_break = true;
}

// And after it: the end of a sentence, of a no-fill line.  Inline: most
// nodes end neither, and one test of the flags says so.
inline void end_node(TermContext& c, const Node& n) {
  if ((n.flags & (kEndOfSentence | kNoFill)) == 0) return;
  if (n.is(kEndOfSentence) && !in_reference_field(n)) c.w.sentence = true;
  if (ends_nofill_line(n)) c.w.new_line();
}

// A text node, about every other node.  Words change no margin and push no
// font, so the saving and restoring term_print_node does around a macro is
// left out.  Inlined into the walk, as print_text into it: a call per text
// node costs more than most of what it does.
[[gnu::always_inline]] inline void print_text_node(TermContext& c, const Node& n) {
  TermWriter& w = c.w;
  bool never_break = w.layout.never_break;
  begin_node(w, n);
  if (c.center_lines > 0 && n.is(kLineStart)) print_centered_line(c, n);
  else print_text(c, n);
  end_node(c, n);
  w.layout.never_break = never_break;
}

}  // namespace

void term_print_children(TermContext& c, const Node& n) {
  for (const Node* k = n.first; k; k = k->next) {
    if (k->type == NodeType::Text) print_text_node(c, *k);
    else term_print_node(c, *k);
  }
}

void term_print_node(TermContext& c, const Node& n) {
  if (n.type == NodeType::Text) {
    print_text_node(c, n);
    return;
  }
  TermWriter& w = c.w;
  int offset = w.offset, rmargin = w.rmargin;
  std::size_t fonts = w.font_depth();
  bool never_break = w.layout.never_break;
  begin_node(w, n);
  if (n.type == NodeType::Table || n.type == NodeType::Equation) {
    w.word(n.text());
  } else {
    const TermHandler& h = kHandlers[static_cast<std::size_t>(n.macro)];
    bool descend = h.pre ? h.pre(c, n) : true;
    if (descend) term_print_children(c, n);
    if (h.post) h.post(c, n);
  }
  end_node(c, n);
  w.layout.never_break = never_break;
  w.restore_fonts(fonts);
  w.offset = offset;
  w.rmargin = rmargin;
}

void term_synopsis_break(TermContext& c, const Node& n) {
  if (!n.prev || !n.is(kSynopsis)) return;
  Macro prev = n.prev->macro, self = n.macro;
  if (prev == self && self != Macro::Ft && self != Macro::Fo && self != Macro::Fn) {
    c.w.new_line();
    return;
  }
  switch (prev) {
    case Macro::Fd: case Macro::Fn: case Macro::Fo: case Macro::In: case Macro::Vt:
      c.w.blank_line();
      return;
    case Macro::Ft:
      if (self != Macro::Fn && self != Macro::Fo) {
        c.w.blank_line();
        return;
      }
      break;
    default:
      break;
  }
  c.w.new_line();
}

}  // namespace mdoc
