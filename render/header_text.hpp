// Subtrees as one line of plain text, the way mandoc -T ascii words them
// (delimiters attached, Fn as "name()", Xr as "name(2)", Dq as "..."), for
// the descriptions a generated header carries in comments and strings.
#pragma once

#include <string>

#include "mdoc/ast.hpp"

namespace mdoc::header {

// The text of n's children (or of n itself when it is a Text node).
std::string plain_text(const Node& n);
// The text of the siblings from first up to (not including) end, which may be null.
std::string plain_text_run(const Node* first, const Node* end);

}  // namespace mdoc::header
