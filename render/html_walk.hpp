// The tree walk of the HTML back end, written once: for every node the row of
// its macro in the handler table (html_macros.cpp) gets a pre call (which says
// whether to descend), the children, then, after the elements pre opened are
// closed, a post call.
#pragma once

#include "mdoc/ast.hpp"
#include "render/html_context.hpp"

namespace mdoc::html {

using PreHandler = bool (*)(Context&, const Node&);
using PostHandler = void (*)(Context&, const Node&);

struct MacroHandler {
  PreHandler pre = nullptr;    // null: descend
  PostHandler post = nullptr;  // null: nothing after the children
};

const MacroHandler& handler_for(Macro m);
void walk(Context& ctx, const Node& n);
void walk_children(Context& ctx, const Node& n);

}  // namespace mdoc::html
