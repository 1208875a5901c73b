#include "render/term_device.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <utility>

namespace mdoc {
namespace {

struct AsciiGlyph {
  char32_t cp;
  std::string_view text;
};

constexpr AsciiGlyph kAsciiGlyphs[] = {
#define TERM_ASCII_GLYPH(cp, text) {cp, text},
#include "render/term_ascii_glyphs.def"
#undef TERM_ASCII_GLYPH
};

static_assert(std::all_of(std::begin(kAsciiGlyphs), std::end(kAsciiGlyphs),
                          [](const AsciiGlyph& g) { return g.text.size() <= GlyphBytes::kCapacity; }),
              "an ASCII rendering is longer than GlyphBytes holds");

std::string_view ascii_rendering(char32_t cp) {
  auto it = std::lower_bound(std::begin(kAsciiGlyphs), std::end(kAsciiGlyphs), cp,
                             [](const AsciiGlyph& g, char32_t c) { return g.cp < c; });
  if (it != std::end(kAsciiGlyphs) && it->cp == cp) return it->text;
  return "<?>";
}

// Columns of a string that may hold overstrike sequences ("'\be" is one column).
int overstruck_width(std::string_view s) {
  int w = 0;
  for (char c : s) w += c == '\b' ? -1 : 1;
  return std::max(w, 0);
}

}  // namespace

char32_t decode_utf8(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i++]);
  if (b < 0x80) return b;
  int extra = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
  if (extra < 0) return 0xfffd;
  char32_t cp = b & (0x3f >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xc0) != 0x80) return 0xfffd;
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3f);
  }
  return cp;
}

int utf8_columns(char32_t cp) {
  // Combining marks take no column; East Asian wide ranges take two.
  if ((cp >= 0x300 && cp < 0x370) || (cp >= 0x200b && cp <= 0x200f)) return 0;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f) ||
      (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x20000 && cp <= 0x3fffd))
    return 2;
  return 1;
}

TermOutputDevice::TermOutputDevice(TermDevice device, bool sgr) : device_(device), sgr_(sgr) {}

TermGlyph TermOutputDevice::glyph(char32_t cp) const {
  TermGlyph g;
  if (cp < 0x80) {
    g.bytes = static_cast<char>(cp);
    return g;
  }
  if (ascii()) {
    std::string_view text = ascii_rendering(cp);
    g.bytes = text;
    g.width = overstruck_width(text);
    return g;
  }
  std::string utf8;
  append_utf8(utf8, cp);
  g.bytes = std::string_view(utf8);
  g.width = utf8_columns(cp);
  return g;
}

TermGlyph TermOutputDevice::no_break_space() const {
  return ascii() ? TermGlyph{" ", 1} : TermGlyph{"\xc2\xa0", 1};
}

std::uint16_t TermOutputDevice::add_link(std::string url) {
  links_.push_back(std::move(url));
  return static_cast<std::uint16_t>(links_.size());
}

void TermOutputDevice::set_state(std::string& out, TermFont font, std::uint16_t link) {
  // Called for every glyph and run of blanks: most of the time nothing changes.
  if (link == open_link_ && (!sgr_ || font == sgr_font_)) return;
  if (link != open_link_) {
    if (open_link_ != 0) out += "\x1b]8;;\x1b\\";
    if (link != 0) out += "\x1b]8;;" + links_[link - 1] + "\x1b\\";
    open_link_ = link;
  }
  if (sgr_ && font != sgr_font_) {
    static constexpr std::array<std::string_view, 4> kSgr = {"\x1b[0m", "\x1b[1m", "\x1b[4m",
                                                             "\x1b[1;4m"};
    if (sgr_font_ != TermFont::Roman && font != TermFont::Roman) out += kSgr[0];
    out += kSgr[static_cast<int>(font)];
    sgr_font_ = font;
  }
}

void TermOutputDevice::put(std::string& out, std::string_view bytes, TermFont font,
                           std::uint16_t link) {
  set_state(out, font, link);
  bool plain = sgr_ || device_ == TermDevice::Ansi;
  if (plain || font == TermFont::Roman || bytes == " ") {
    if (bytes.size() == 1) out.push_back(bytes[0]);
    else out.append(bytes);
    return;
  }
  // Overstrike each character of the glyph; a UTF-8 sequence is one character.
  std::size_t i = 0;
  while (i < bytes.size()) {
    std::size_t start = i;
    decode_utf8(bytes, i);
    std::string_view ch = bytes.substr(start, i - start);
    if (ch == "\b") {
      out += ch;
      continue;
    }
    if (font == TermFont::Under || font == TermFont::BoldUnder) out += "_\b";
    if (font == TermFont::Bold || font == TermFont::BoldUnder) {
      out += ch;
      out += '\b';
    }
    out += ch;
  }
}

void TermOutputDevice::put_spaces(std::string& out, int n, std::uint16_t link) {
  if (n <= 0) return;
  set_state(out, TermFont::Roman, link);
  out.append(static_cast<std::size_t>(n), ' ');
}

void TermOutputDevice::end_line(std::string& out) {
  set_state(out, TermFont::Roman, 0);
  out += '\n';
}

}  // namespace mdoc
