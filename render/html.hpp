// HTML5 back end: a pugixml DOM, serialised.
#pragma once

#include <string>

#include "mdoc/ast.hpp"

namespace mdoc {

struct HtmlOptions {
  std::string man_url;    // -O man=TEMPLATE: %N name, %S section (mandoc's spelling)
  std::string style_url;  // -O style=URL: link this stylesheet instead of embedding ours
  bool fragment = false;  // -O fragment: body content only
};

void render_html(const Document& doc, const HtmlOptions& options, std::string& out);

}  // namespace mdoc
