#include "render/html_dom.hpp"

#include <cctype>
#include <cstring>

namespace mdoc::html {

void set_attribute(pugi::xml_node node, const char* name, std::string_view value) {
  pugi::xml_attribute attr = node.attribute(name);
  if (is_null(attr)) attr = node.append_attribute(name);
  attr.set_value(value.data(), value.size());
}

void set_href(pugi::xml_node node, std::string_view url) {
  if (std::strcmp(node.name(), "a") == 0) add_attribute(node, "href", url);
}

bool is_safe_url(std::string_view url) {
  // A scheme is letters, digits, + - . before the first colon, and it must
  // come before any / ? #.  Browsers ignore tabs and newlines inside URLs, so
  // "java\tscript:" counts as a scheme too: strip them before looking.
  std::string cleaned;
  for (char c : url)
    if (c != '\t' && c != '\n' && c != '\r') cleaned += c;
  std::size_t start = 0;
  while (start < cleaned.size() && static_cast<unsigned char>(cleaned[start]) <= ' ') ++start;
  std::string_view u = std::string_view(cleaned).substr(start);
  std::size_t colon = u.find(':');
  std::size_t delimiter = u.find_first_of("/?#");
  if (colon == std::string_view::npos || (delimiter != std::string_view::npos && delimiter < colon))
    return true;  // relative
  std::string scheme;
  for (char c : u.substr(0, colon)) scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return scheme == "http" || scheme == "https" || scheme == "ftp" || scheme == "mailto";
}

}  // namespace mdoc::html
