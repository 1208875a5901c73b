// Building and serialising HTML5 documents held as pugixml DOM trees.
//
// Every text and attribute goes through the DOM, so escaping happens once,
// in serialise_html(), and never depends on the caller remembering it.
#pragma once

#include <bit>
#include <cstdint>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <type_traits>

namespace mdoc::html {

// pugixml's node functions, even the null test, are calls into the library.
// A handle is one pointer to the node (null for none), so the tests the
// renderer makes most often are written inline here.
static_assert(sizeof(pugi::xml_node) == sizeof(void*) && std::is_trivially_copyable_v<pugi::xml_node>);
static_assert(sizeof(pugi::xml_attribute) == sizeof(void*) && std::is_trivially_copyable_v<pugi::xml_attribute>);
inline bool is_null(pugi::xml_node n) { return std::bit_cast<const void*>(n) == nullptr; }
inline bool is_null(pugi::xml_attribute a) { return std::bit_cast<const void*>(a) == nullptr; }
inline bool same_node(pugi::xml_node a, pugi::xml_node b) {
  return std::bit_cast<const void*>(a) == std::bit_cast<const void*>(b);
}
// A null handle to copy: pugixml's default constructor is a call too.
inline const pugi::xml_node kNoNode;

// An element name as one number: its first eight bytes, the first in the
// low byte, zeros after its end.  The back end's names are at most seven
// bytes long, so a name compares with one of them as its key does; a longer
// name has no zero among its first eight bytes, and so matches none.
constexpr std::uint64_t name_key(std::string_view name) {
  std::uint64_t key = 0;
  for (std::size_t i = 0; i < name.size() && i < 8; ++i)
    key |= std::uint64_t{static_cast<unsigned char>(name[i])} << (8 * i);
  return key;
}
// The same for a DOM node's name, read up to its end without measuring it.
inline std::uint64_t node_name_key(const char* name) {
  std::uint64_t key = 0;
  for (int i = 0; i < 8 && name[i] != '\0'; ++i)
    key |= std::uint64_t{static_cast<unsigned char>(name[i])} << (8 * i);
  return key;
}

// Appends <name class="cls"> to parent (no class attribute when cls is empty).
// Inline, like add_text(): each page makes hundreds of nodes.
inline pugi::xml_node add_element(pugi::xml_node parent, const char* name, std::string_view cls = {}) {
  pugi::xml_node node = parent.append_child(name);
  // A new element has no attributes yet: no need to look for one to replace.
  if (!cls.empty()) node.append_attribute("class").set_value(cls.data(), cls.size());
  return node;
}
// Appends a text node.  Adjacent text nodes serialise as one text, so callers
// may split text freely; they are not merged here because re-copying the
// growing text of a paragraph for every word made building quadratic.
inline void add_text(pugi::xml_node parent, std::string_view text) {
  if (text.empty()) return;
  parent.append_child(pugi::node_pcdata).set_value(text.data(), text.size());
}
void set_attribute(pugi::xml_node node, const char* name, std::string_view value);
// set_attribute() for an attribute the node does not have yet (the renderer
// adds each attribute once, to the element it has just made): no search for
// one to replace.
inline void add_attribute(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name).set_value(value.data(), value.size());
}
// Gives an <a> that has no href yet its href; other elements (a link demoted
// to <span>) get none.
void set_href(pugi::xml_node node, std::string_view url);

// True for the schemes we emit as links: http, https, ftp, mailto.
// Relative URLs (no scheme) are allowed too: they cannot run script.
bool is_safe_url(std::string_view url);

// Writes "<!DOCTYPE html>" and the tree as HTML5: void elements (br, meta,
// link, ...) as "<br/>" without an end tag, every other element with an end
// tag even when empty (never <div/>, which HTML5 reads as an open <div>),
// the text of <style> and <script> raw, everything else escaped.  Newlines
// go only after block-level end tags outside <pre>, where they cannot show.
void serialise_html(const pugi::xml_document& doc, std::string& out, bool doctype = true);

}  // namespace mdoc::html
