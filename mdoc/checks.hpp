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

// Runs the tree checks on doc, appending to doc.diagnostics.  Without lint,
// only the checks that also repair the tree (paragraphs, blocks).
// paragraph_nodes: see checks::paragraphs.
void run_checks(Document& doc, bool lint = true, const std::vector<Node*>* paragraph_nodes = nullptr);

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
void blocks(Document& doc);
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
