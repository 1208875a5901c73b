#include "render/html_dom.hpp"

#include <cctype>
#include <cstdint>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#endif

namespace mdoc::html {

char* DomTextBuffer::move_to_room(std::size_t n) {
  // The whole text and the new bytes are reserved (in a new chunk when this
  // one is full); the new bytes' part is handed back until they are written.
  char* fresh = static_cast<char*>(dom_.allocate(size_ + n, 1));
  if (size_ > 0) std::memmove(fresh, start_, size_);
  start_ = fresh;
  dom_.arena_.set_next(fresh + size_);
  return fresh + size_;
}

Dom::Mark Dom::release_to(const Mark& mark) {
  if (arena_.end() != mark.chunk_end) return this->mark();
#if defined(__SANITIZE_ADDRESS__)
  // Under AddressSanitizer the space is made unreadable instead of reused,
  // so that a pointer still kept into it is reported.  (Whole granules only:
  // the one the next allocation starts in stays usable.)
  auto from = (reinterpret_cast<std::uintptr_t>(mark.next) + 7) & ~std::uintptr_t{7};
  auto to = reinterpret_cast<std::uintptr_t>(arena_.next()) & ~std::uintptr_t{7};
  if (from < to) ASAN_POISON_MEMORY_REGION(reinterpret_cast<void*>(from), to - from);
  return this->mark();
#else
  arena_.set_next(mark.next);
  return mark;
#endif
}

void set_attribute(DomNode* node, std::string_view name, std::string_view value) {
  for (DomAttribute* attr = node->first_attribute; attr; attr = attr->next) {
    if (attr->name == name) {
      attr->value = node->dom->copy(value);
      return;
    }
  }
  add_attribute(node, name, value);
}

void set_href(DomNode* node, std::string_view url) {
  if (node->is("a")) add_attribute(node, "href", url);
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
