// "consider using OS macro": the BSD names written out where Fx, Nx, Ox or
// Dx would render them consistently.
#include <array>
#include <string>
#include <string_view>

#include "mdoc/checks.hpp"

namespace mdoc::checks {
namespace {

struct OsName {
  std::string_view text, bx_argument, macro;
};
constexpr std::array<OsName, 4> kNames = {{
    {"DragonFly", "DragonFly", "Dx"},
    {"FreeBSD", "Free", "Fx"},
    {"NetBSD", "Net", "Nx"},
    {"OpenBSD", "Open", "Ox"},
}};

void style(std::vector<Diagnostic>& out, std::uint32_t line, std::uint32_t column, std::string_view macro) {
  out.push_back({Level::Style, line, column, "consider using OS macro", std::string(macro)});
}

void walk(Document& doc, const Node* n) {
  for (const Node* c = n->first; c; c = c->next) {
    if (c->type == NodeType::Element && c->macro == Macro::Bx && c->first && c->first->type == NodeType::Text) {
      std::string version = strip_markers(c->first->text());
      for (const OsName& os : kNames)
        if (version == os.bx_argument) style(doc.diagnostics, c->line, c->column, os.macro);
    }
    walk(doc, c);
  }
}

}  // namespace

// The first occurrence of each name on the line, even inside a word.
void os_names_in_line(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text) {
  for (const OsName& os : kNames)
    if (std::size_t at = text.find(os.text); at != std::string_view::npos)
      style(out, line, static_cast<std::uint32_t>(at + 1), os.macro);
}

void os_names(Document& doc) { walk(doc, doc.root()); }

}  // namespace mdoc::checks
