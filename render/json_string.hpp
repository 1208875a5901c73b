// JSON string literals, for -T json (render/tree.cpp) and the search index of
// mdoc site (cli/site_index.cpp).
#pragma once

#include <string>
#include <string_view>

namespace mdoc {

// Appends s as a quoted JSON string.  Besides what JSON requires (quotes,
// backslashes, control bytes), '<' is written as \u003c so that the JSON can
// sit inside an HTML <script> element without ending it.  Other bytes,
// UTF-8 included, are copied.
void append_json_string(std::string_view s, std::string& out);

}  // namespace mdoc
