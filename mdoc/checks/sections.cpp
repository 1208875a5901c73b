// Section headings: near misses of the standard titles, the conventional
// order, sections meant for other manual sections, AUTHORS without An.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "mdoc/checks.hpp"

namespace mdoc::checks {
namespace {

// The standard sections in their conventional order (mdoc(7) MANUAL STRUCTURE).
constexpr std::array<std::string_view, 21> kOrder = {
    "NAME", "LIBRARY", "SYNOPSIS", "DESCRIPTION", "CONTEXT", "IMPLEMENTATION NOTES", "RETURN VALUES",
    "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES", "DIAGNOSTICS", "COMPATIBILITY", "ERRORS",
    "SEE ALSO", "STANDARDS", "HISTORY", "AUTHORS", "CAVEATS", "BUGS", "SECURITY CONSIDERATIONS",
};

// Sections that belong to some manual sections only.
struct Restriction {
  std::string_view title, sections, shown;
};
constexpr std::array<Restriction, 3> kRestricted = {{
    {"LIBRARY", "239", "2, 3, 9"},
    {"CONTEXT", "9", "9"},
    {"RETURN VALUES", "239", "2, 3, 9"},
}};

// True when one substitution, insertion or deletion turns a into b.  Linear,
// and a length test first: a title may be a whole line of text, and a full
// edit-distance table against every standard title was quadratic in it.
bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return i < a.size() && a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

bool has_author(const Node* n) {
  for (const Node* c = n->first; c; c = c->next) {
    if (c->macro == Macro::An && c->first && !c->is(kImplicitMacro)) return true;
    if (has_author(c)) return true;
  }
  return false;
}

void report(Document& doc, Level level, const Node* at, std::string message, std::string detail) {
  doc.diagnostics.push_back({level, at->line, at->column, std::move(message), std::move(detail)});
}

}  // namespace

void sections(Document& doc) {
  std::size_t latest = 0;
  const std::string& manual_section = doc.prologue.section;
  for (const Node* sh = doc.root()->first; sh; sh = sh->next) {
    if (sh->type != NodeType::Block || sh->macro != Macro::Sh || !sh->head() || !sh->head()->first) continue;
    std::string title = plain_text(*sh->head());
    auto known = std::find(kOrder.begin(), kOrder.end(), title);
    if (known == kOrder.end()) {
      // A near miss of a standard title: one edit away ("NOTE" is not
      // taken for "NAME").
      for (std::string_view standard : kOrder)
        if (one_edit_apart(title, standard)) {
          report(doc, Level::Style, sh->head()->first, "possible typo in section name",
                 "Sh " + title + " instead of " + std::string(standard));
          break;
        }
      continue;
    }
    auto rank = static_cast<std::size_t>(known - kOrder.begin());
    // Each standard section is compared with the one before it.
    if (rank < latest) report(doc, Level::Warning, sh, "sections out of conventional order", "Sh " + title);
    latest = rank;
    for (const Restriction& r : kRestricted)
      if (r.title == title && !manual_section.empty() &&
          r.sections.find(manual_section[0]) == std::string_view::npos)
        report(doc, Level::Warning, sh, "unexpected section",
               "Sh " + title + " for " + std::string(r.shown) + " only");
    if (title == "AUTHORS" && sh->body() && !has_author(sh->body()))
      report(doc, Level::Warning, sh, "AUTHORS section without An macro", "");
  }
}

}  // namespace mdoc::checks
