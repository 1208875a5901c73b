// Lint checks: what mandoc -T lint reports about a finished tree beyond what
// the parser and validator already say.  Some of them also repair the tree
// the way mandoc does (paragraph macros that would print nothing are
// deleted or moved), so back ends see the same structure mandoc renders.
//
// Each family of checks lives in its own file under mdoc/checks/; the
// validator runs them all through run_checks().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mdoc/ast.hpp"

namespace mdoc {

// Nodes the validator noted on its walk of the tree, for checks that would
// otherwise walk it again; null for a check that must walk.
struct NotedNodes {
  const std::vector<Node*>* paragraphs = nullptr;  // see checks::paragraphs
  const std::vector<Node*>* blocks = nullptr;      // see checks::blocks
};

// Runs the tree checks on doc, appending to doc.diagnostics.  Without lint,
// only the checks that also repair the tree (paragraphs, blocks).
void run_checks(Document& doc, bool lint = true, NotedNodes noted = {});

namespace checks {

// The families, in the order run_checks() applies them.
//
// The paragraph check judges a few kinds of node (judged_by_paragraphs),
// children before parents in document order.  The validator walks the tree
// in that order just before, so it notes them: given that list (of nodes
// still in the tree), the check needs no walk of its own.  Without it, the
// check walks the tree.
inline bool judged_by_paragraphs(const Node& n) {
  switch (n.type) {
    case NodeType::Element:
      // br only as written: a text line starting with blanks breaks the line too.
      return n.macro == Macro::Pp || n.macro == Macro::Lp || n.macro == Macro::req_sp ||
             (n.macro == Macro::req_br && !n.is(kImplicitMacro));
    case NodeType::Block:
      return n.macro == Macro::Sh || n.macro == Macro::Ss || n.macro == Macro::Bl || n.macro == Macro::Bd ||
             n.macro == Macro::It;
    default: return false;
  }
}
void paragraphs(Document& doc, const std::vector<Node*>* judged = nullptr);
void xrefs(Document& doc);
void delimiters(Document& doc);
void names(Document& doc);
void sections(Document& doc);

// The in-line macros that print nothing without arguments, which the blocks
// check removes when they have none (mandoc skips them).
inline bool skipped_when_empty(Macro m) {
  switch (m) {
    case Macro::Ad: case Macro::An: case Macro::Cd: case Macro::Cm: case Macro::Dv: case Macro::Em:
    case Macro::Er: case Macro::Ev: case Macro::Fa: case Macro::Fn: case Macro::Ft: case Macro::Ic:
    case Macro::Li: case Macro::Ms: case Macro::Sy: case Macro::Va: case Macro::Vt: case Macro::Xr:
    case Macro::Sx: case Macro::Lk:
      return true;
    default: return false;
  }
}
// What the blocks check acts on (besides the width of lists).  Ns at the
// start of a line has no word before it to join, and an in-line macro
// skipped_when_empty has nothing to print: mandoc skips both.
inline bool is_line_start_ns(const Node& n) {
  return n.type == NodeType::Element && n.macro == Macro::Ns && n.is(kLineStart);
}
inline bool is_empty_macro(const Node& n) {
  if (n.type != NodeType::Element || n.first || n.is(kImplicitMacro) || !skipped_when_empty(n.macro)) return false;
  return n.macro != Macro::An || n.args().empty();  // An -split
}
inline bool is_display(const Node& n) {
  return n.type == NodeType::Block && (n.macro == Macro::Bd || n.macro == Macro::D1 || n.macro == Macro::Dl);
}
// The blocks check judges parents before children, in document order, and
// may remove nodes and warn; but most pages give it nothing to do.  Whether
// an in-line macro is one it acts on is settled once the validator has
// judged it: later changes to the tree (the paragraph check's) move
// paragraph macros only, and the nodes the validator makes are implicit,
// which the check leaves alone.  So the validator notes those elements as
// it meets them, and every list and display (a display may be left empty by
// the paragraph check); given those notes (in any order), the check walks
// the tree only if one of them needs a repair or a warning.  (A noted node
// taken out of the tree since costs at most a needless walk.)
inline bool noted_for_blocks(const Node& n) {
  switch (n.type) {  // most nodes are text: one test
    case NodeType::Element: return is_line_start_ns(n) || is_empty_macro(n);
    case NodeType::Block: return n.macro == Macro::Bl || is_display(n);
    default: return false;
  }
}
void blocks(Document& doc, const std::vector<Node*>* noted = nullptr);
void os_names(Document& doc);

// "referenced manual not found" for Xr pages missing from every folder of
// manpath (looked for as manSECTION/NAME.SECTION*).  Not part of
// run_checks(): the answer depends on the machine, so only mdoc lint asks.
void referenced_manuals(Document& doc, const std::vector<std::string>& manpath);
// $MANPATH split at colons, or /usr/share/man.
std::vector<std::string> manual_path_from_environment();

// Where an input text line stands, as far as the line checks care.
struct LineContext {
  bool fill = true;           // fill mode: the checks judge filled text only
  bool column_list = false;   // inside Bl -column, where tabs separate cells
  bool literal_display = false;  // inside Bd -literal or -unfilled
};
// Line checks the parser runs on each input text line as it arrives (after
// roff interpolation): long lines, tabs, sentences, "--", bare function
// names, BSD names written out.
void text_line(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text, const LineContext& where);
// The same for the arguments of a macro line in fill mode ("--", function
// names in quoted arguments).
void macro_line(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text);
void os_names_in_line(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text);
// Tabs on a line in fill mode; the parser leaves out -column lists.
void tabs(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text, bool macro_line);

}  // namespace checks
}  // namespace mdoc
