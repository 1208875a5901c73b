// HTML5 back end: a DOM of the page (html_dom.hpp), serialised.
#pragma once

#include <functional>
#include <string>

#include "mdoc/ast.hpp"

namespace mdoc {

struct HtmlOptions {
  std::string man_url;    // -O man=TEMPLATE: %N name, %S section (mandoc's spelling)
  std::string style_url;  // -O style=URL: link this stylesheet instead of embedding ours
  bool fragment = false;  // -O fragment: body content only
  // mdoc site: the URL of a .Xr target, or "" when the page does not exist
  // (then the reference is plain text).  Takes precedence over man_url.
  std::function<std::string(const std::string& name, const std::string& section)> resolve_xr;
  // mdoc site: the relative URL of the site root ("../"); adds a navigation bar.
  std::string site_root;
};

void render_html(const Document& doc, const HtmlOptions& options, std::string& out);

}  // namespace mdoc
