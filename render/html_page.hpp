// The frame every HTML page shares: <html>, <head> with charset, viewport,
// title and style sheet (embedded, or linked with -O style), and <body>.
// Used for manual pages and for the pages of the static site.
#pragma once

#include <string_view>

#include "render/html.hpp"
#include "render/html_dom.hpp"

namespace mdoc::html {

struct PageFrame {
  Dom dom;
  DomNode* html = nullptr;
  DomNode* head = nullptr;
  DomNode* body = nullptr;
};

void begin_page(PageFrame& page, std::string_view title, const HtmlOptions& options);
// Adds the site navigation (home link and search form) when options.site_root is set.
void add_site_navigation(DomNode* parent, const HtmlOptions& options);

}  // namespace mdoc::html
