// The tree walk of the HTML back end, written once: for every node the row of
// its macro in the handler table (html_macros.cpp) gets a pre call (which says
// whether to descend), the children, then, after the elements pre opened are
// closed, a post call.
#pragma once

#include <array>
#include <cstddef>

#include "mdoc/ast.hpp"
#include "render/html_context.hpp"

namespace mdoc::html {

using PreHandler = bool (*)(Context&, const Node&);
using PostHandler = void (*)(Context&, const Node&);

struct MacroHandler {
  PreHandler pre = nullptr;    // null: descend
  PostHandler post = nullptr;  // null: nothing after the children
};

// The handler table (html_macros.cpp), indexed by macro; read in line by
// the walk, which looks up every macro node's row.
inline constexpr std::size_t kMacroCount = static_cast<std::size_t>(Macro::None) + 1;
extern const std::array<MacroHandler, kMacroCount> kMacroHandlers;
inline const MacroHandler& handler_for(Macro m) { return kMacroHandlers[static_cast<std::size_t>(m)]; }
void walk(Context& ctx, const Node& n);
void walk_children(Context& ctx, const Node& n);

}  // namespace mdoc::html
