#include "render/html_text.hpp"

#include "render/html_dom.hpp"

namespace mdoc::html {
namespace {

constexpr std::string_view kNoBreakSpace = "\u00a0";

// Appends the visible characters of a marker-free run.
void append_visible(std::string_view text, std::string& out) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == text_marker::kNoBreakSpace) out += kNoBreakSpace;
    else if (c == text_marker::kBreakHyphen) out += '-';
    else if (c == text_marker::kBreakPoint || c == text_marker::kZeroWidth) continue;
    else if (c == text_marker::kFont) ++i;  // skip the font code too
    else if (c == '\xe2' && text.substr(i, 3) == "\u2212") {
      // \- decodes to U+2212; mandoc -T html writes it as an ASCII hyphen.
      out += '-';
      i += 2;
    } else out += c;
  }
}

pugi::xml_node open_font(pugi::xml_node parent, FontCode font) {
  switch (font) {
    case FontCode::Bold: return add_element(parent, "b");
    case FontCode::Italic: return add_element(parent, "i");
    case FontCode::BoldItalic: return add_element(add_element(parent, "b"), "i");
    case FontCode::Mono: return add_element(parent, "span", "Li");
    default: return parent;
  }
}

}  // namespace

std::string display_text(std::string_view text) {
  std::string out;
  append_visible(text, out);
  return out;
}

void render_text_content(Context& ctx, std::string_view text) {
  pugi::xml_node base = ctx.inline_parent();
  pugi::xml_node target = base;
  FontCode current = FontCode::Roman, previous = FontCode::Roman;
  std::string run;
  auto flush = [&] {
    add_text(target, run);
    run.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != text_marker::kFont || i + 1 >= text.size()) {
      std::size_t next = text.find(text_marker::kFont, i);
      if (next == std::string_view::npos || next + 1 >= text.size()) next = text.size();
      append_visible(text.substr(i, next - i), run);
      i = next - 1;
      continue;
    }
    FontCode font = static_cast<FontCode>(text[++i]);
    if (font == FontCode::Previous) font = previous;
    flush();
    previous = current;
    current = font;
    target = font == FontCode::Roman ? base : open_font(base, font);
  }
  flush();
  ctx.allow_space();
}

}  // namespace mdoc::html
