// Text nodes: decoded text with the markers of ast.hpp turned into HTML.
#pragma once

#include <string>
#include <string_view>

#include "mdoc/ast.hpp"
#include "render/html_context.hpp"

namespace mdoc::html {

// Renders a Text node's content (after the separator) into the in-line parent.
// Font markers open <b>, <i>, <b><i> or <span class="Li"> up to the next font
// change or the end of the node.
void render_text_content(Context& ctx, std::string_view text);
// The text without markers, no-break spaces as U+00A0 (for attribute values,
// ids and titles).
std::string display_text(std::string_view text);

}  // namespace mdoc::html
