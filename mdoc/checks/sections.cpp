// Section headings: near misses of the standard titles, the conventional
// order, sections meant for other manual sections, AUTHORS without An.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

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

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
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
    if (sh->type != NodeType::Block || sh->macro != Macro::Sh || !sh->head || !sh->head->first) continue;
    std::string title = plain_text(*sh->head);
    auto known = std::find(kOrder.begin(), kOrder.end(), title);
    if (known == kOrder.end()) {
      // A near miss of a standard title: one edit away ("NOTE" is not
      // taken for "NAME").
      for (std::string_view standard : kOrder)
        if (edit_distance(title, standard) == 1) {
          report(doc, Level::Style, sh->head->first, "possible typo in section name",
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
    if (title == "AUTHORS" && sh->body && !has_author(sh->body))
      report(doc, Level::Warning, sh, "AUTHORS section without An macro", "");
  }
}

}  // namespace mdoc::checks
