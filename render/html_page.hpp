// The frame every HTML page shares: <html>, <head> with charset, viewport,
// title and style sheet (embedded, or linked with -O style), and <body>.
// Used for manual pages and for the pages of the static site.
#pragma once

#include <pugixml.hpp>
#include <string_view>

#include "render/html.hpp"

namespace mdoc::html {

struct PageFrame {
  pugi::xml_document dom;
  pugi::xml_node html, head, body;
};

void begin_page(PageFrame& page, std::string_view title, const HtmlOptions& options);
// Adds the site navigation (home link and search form) when options.site_root is set.
void add_site_navigation(pugi::xml_node parent, const HtmlOptions& options);

}  // namespace mdoc::html
