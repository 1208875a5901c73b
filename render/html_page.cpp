#include "render/html_page.hpp"

#include "render/html_assets.hpp"
#include "render/html_dom.hpp"

namespace mdoc::html {

void begin_page(PageFrame& page, std::string_view title, const HtmlOptions& options) {
  page.html = add_element(page.dom.root(), "html");
  set_attribute(page.html, "lang", "en");
  page.head = add_element(page.html, "head");
  set_attribute(add_element(page.head, "meta"), "charset", "utf-8");
  DomNode* viewport = add_element(page.head, "meta");
  set_attribute(viewport, "name", "viewport");
  set_attribute(viewport, "content", "width=device-width, initial-scale=1");
  add_text(add_element(page.head, "title"), title);
  if (!options.style_url.empty() && is_safe_url(options.style_url)) {
    DomNode* link = add_element(page.head, "link");
    set_attribute(link, "rel", "stylesheet");
    set_attribute(link, "href", options.style_url);
  } else {
    add_lasting_text(add_element(page.head, "style"), assets::stylesheet());
  }
  page.body = add_element(page.html, "body");
}

void add_site_navigation(DomNode* parent, const HtmlOptions& options) {
  if (options.site_root.empty()) return;
  std::string index = options.site_root + "index.html";
  DomNode* nav = add_element(parent, "nav", "site");
  set_attribute(nav, "aria-label", "Site");
  DomNode* home = add_element(nav, "a", "home");
  set_attribute(home, "href", index);
  add_text(home, "All pages");
  DomNode* form = add_element(nav, "form", "search");
  set_attribute(form, "action", index);
  set_attribute(form, "method", "get");
  set_attribute(form, "role", "search");
  DomNode* input = add_element(form, "input");
  set_attribute(input, "type", "search");
  set_attribute(input, "name", "q");
  set_attribute(input, "placeholder", "Search pages");
  set_attribute(input, "aria-label", "Search pages by name or description");
  DomNode* button = add_element(form, "button");
  set_attribute(button, "type", "submit");
  add_text(button, "Search");
}

}  // namespace mdoc::html
