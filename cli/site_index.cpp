#include "cli/site_index.hpp"

#include "cli/site_render.hpp"
#include "mdoc/ast.hpp"
#include "render/html.hpp"
#include "render/html_assets.hpp"
#include "render/html_dom.hpp"
#include "render/html_page.hpp"
#include "render/json_string.hpp"

namespace mdoc::cli::site {
namespace {

std::string section_title(const Catalog& catalog, const std::pair<std::string, std::vector<std::size_t>>& group) {
  for (std::size_t i : group.second)
    if (!catalog.pages[i].volume.empty()) return "Section " + group.first + ": " + catalog.pages[i].volume;
  return "Section " + group.first;
}

// The table of pages: name(section) linked, description.
void add_page_table(html::DomNode* parent, const Catalog& catalog, const std::vector<std::size_t>& pages,
                    const std::string& from) {
  html::DomNode* table = html::add_element(parent, "table", "index");
  for (std::size_t i : pages) {
    const PageEntry& p = catalog.pages[i];
    html::DomNode* row = html::add_element(table, "tr");
    html::DomNode* name = html::add_element(row, "td", "name");
    html::DomNode* a = html::add_element(name, "a");
    html::set_attribute(a, "href", relative_url(from, p.output));
    html::add_text(a, p.file_name + "(" + p.section + ")");
    html::add_text(html::add_element(row, "td", "desc"), p.description);
  }
}

void add_search_box(html::DomNode* body) {
  html::DomNode* form = html::add_element(body, "form", "search");
  html::set_attribute(form, "role", "search");
  html::set_attribute(form, "action", "index.html");
  html::set_attribute(form, "method", "get");
  html::DomNode* input = html::add_element(form, "input");
  html::set_attribute(input, "type", "search");
  html::set_attribute(input, "name", "q");
  html::set_attribute(input, "id", "search");
  html::set_attribute(input, "placeholder", "Search by name or description");
  html::set_attribute(input, "aria-label", "Search pages by name or description");
  html::set_attribute(input, "autocomplete", "off");
  html::set_attribute(input, "autofocus", "autofocus");
  html::DomNode* button = html::add_element(form, "button");
  html::set_attribute(button, "type", "submit");
  html::add_text(button, "Search");
  html::DomNode* status = html::add_element(body, "p", "search-status");
  html::set_attribute(status, "role", "status");
  html::add_element(body, "ul", "search-results");
  html::DomNode* script = html::add_element(body, "script");
  html::set_attribute(script, "src", "search.js");
  html::set_attribute(script, "data-root", "");
}

std::string front_page(const Catalog& catalog) {
  HtmlOptions options;
  options.style_url = "mdoc.css";
  html::PageFrame page;
  html::begin_page(page, "Manual pages", options);
  html::add_text(html::add_element(page.body, "h1"), "Manual pages");
  add_search_box(page.body);
  auto groups = catalog.by_section();
  html::DomNode* list = html::add_element(page.body, "ul", "sections");
  for (const auto& group : groups) {
    html::DomNode* a = html::add_element(html::add_element(list, "li"), "a");
    html::set_attribute(a, "href", "man" + group.first + "/index.html");
    html::add_text(a, section_title(catalog, group) + " (" + std::to_string(group.second.size()) + ")");
  }
  for (const auto& group : groups) {
    html::DomNode* section = html::add_element(page.body, "section", "Sh");
    html::DomNode* h2 = html::add_element(section, "h2", "Sh");
    html::set_attribute(h2, "id", "section-" + group.first);
    html::add_text(h2, section_title(catalog, group));
    add_page_table(section, catalog, group.second, "index.html");
  }
  std::string out;
  html::serialise_html(page.dom, out);
  return out;
}

std::string section_page(const Catalog& catalog, const std::pair<std::string, std::vector<std::size_t>>& group) {
  HtmlOptions options;
  options.style_url = "../mdoc.css";
  options.site_root = "../";
  html::PageFrame page;
  std::string title = section_title(catalog, group);
  html::begin_page(page, title, options);
  html::add_site_navigation(page.body, options);
  html::add_text(html::add_element(page.body, "h1"), title);
  add_page_table(page.body, catalog, group.second, "man" + group.first + "/index.html");
  std::string out;
  html::serialise_html(page.dom, out);
  return out;
}

}  // namespace

std::string search_index_json(const Catalog& catalog) {
  std::string out = "[";
  bool first = true;
  for (const PageEntry& p : catalog.pages) {
    if (!first) out += ",\n";
    first = false;
    out += "{\"n\":[";
    for (std::size_t i = 0; i < p.names.size(); ++i) {
      if (i) out += ',';
      append_json_string(strip_markers(p.names[i]), out);
    }
    out += "],\"s\":";
    append_json_string(p.section, out);
    out += ",\"d\":";
    // Descriptions of man(7) pages may hold a no-break marker.
    append_json_string(strip_markers(p.description), out);
    out += ",\"u\":";
    append_json_string(p.output, out);
    out += '}';
  }
  out += "]\n";
  return out;
}

std::vector<std::string> write_indexes(const Catalog& catalog, const std::string& dir) {
  std::vector<std::string> problems;
  auto write = [&](const std::string& path, const std::string& bytes) {
    std::string e = write_file(dir + "/" + path, bytes);
    if (!e.empty()) problems.push_back(e);
  };
  write("index.html", front_page(catalog));
  for (const auto& group : catalog.by_section()) write("man" + group.first + "/index.html", section_page(catalog, group));
  write("search.json", search_index_json(catalog));
  write("mdoc.css", std::string(html::assets::stylesheet()));
  write("search.js", std::string(html::assets::search_script()));
  return problems;
}

}  // namespace mdoc::cli::site
