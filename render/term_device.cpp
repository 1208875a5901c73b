#include "render/term_device.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
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

std::string_view ascii_rendering(char32_t cp) {
  auto it = std::lower_bound(std::begin(kAsciiGlyphs), std::end(kAsciiGlyphs), cp,
                             [](const AsciiGlyph& g, char32_t c) { return g.cp < c; });
  if (it != std::end(kAsciiGlyphs) && it->cp == cp) return it->text;
  return "<?>";
}

static_assert(std::all_of(std::begin(kAsciiGlyphs), std::end(kAsciiGlyphs),
                          [](const AsciiGlyph& g) {
                            return g.text.size() <= TermOutputDevice::kMaxTransliteration;
                          }),
              "an ASCII transliteration is longer than kGlyphRoom allows for");

// Columns of a string that may hold overstrike sequences ("'\be" is one column).
int overstruck_width(std::string_view s) {
  int w = 0;
  for (char c : s) w += c == '\b' ? -1 : 1;
  return std::max(w, 0);
}

// Encodes cp as UTF-8 into out (room for four bytes); returns the length.
std::size_t encode_utf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xc0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3f));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xe0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
    out[2] = static_cast<char>(0x80 | (cp & 0x3f));
    return 3;
  }
  out[0] = static_cast<char>(0xf0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
  out[3] = static_cast<char>(0x80 | (cp & 0x3f));
  return 4;
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

TermOutputDevice::TermOutputDevice(TermDevice device, bool sgr)
    : device_(device), sgr_(sgr), overstrike_(!sgr && device != TermDevice::Ansi) {}

int TermOutputDevice::glyph_width(char32_t cp) const {
  if (cp < 0x80) return 1;
  if (ascii()) return overstruck_width(ascii_rendering(cp));
  return utf8_columns(cp);
}

char* TermOutputDevice::render_glyph(char* dst, char32_t cp, TermFont f, int& width) const {
  if (ascii() && cp >= 0x80) {
    std::string_view text = ascii_rendering(cp);
    width = overstruck_width(text);
    return render_bytes(dst, text, f);
  }
  char utf8[4];
  width = cp < 0x80 ? 1 : utf8_columns(cp);
  return render_bytes(dst, std::string_view(utf8, encode_utf8(cp, utf8)), f);
}

// The bytes of one glyph in font f.  An overstruck glyph is overstruck
// character by character (a UTF-8 sequence is one character); a backspace in
// a transliteration ("'\be") and a glyph that is a lone blank stay as they are.
char* TermOutputDevice::render_bytes(char* dst, std::string_view bytes, TermFont f) const {
  if (!overstrikes() || f == TermFont::Roman || bytes == " ") {
    std::memcpy(dst, bytes.data(), bytes.size());
    return dst + bytes.size();
  }
  bool under = f == TermFont::Under || f == TermFont::BoldUnder;
  bool bold = f == TermFont::Bold || f == TermFont::BoldUnder;
  std::size_t i = 0;
  while (i < bytes.size()) {
    std::size_t start = i;
    decode_utf8(bytes, i);
    std::string_view ch = bytes.substr(start, i - start);
    if (ch != "\b") {
      if (under) *dst++ = '_', *dst++ = '\b';
      if (bold) dst = std::copy(ch.begin(), ch.end(), dst), *dst++ = '\b';
    }
    dst = std::copy(ch.begin(), ch.end(), dst);
  }
  return dst;
}

std::uint16_t TermOutputDevice::add_link(std::string url) {
  links_.push_back(std::move(url));
  return static_cast<std::uint16_t>(links_.size());
}

void TermOutputDevice::change_state(std::string& out, TermFont font, std::uint16_t link) {
  if (link != open_link_) {
    if (open_link_ != 0) out += "\x1b]8;;\x1b\\";
    if (link != 0) {
      out += "\x1b]8;;";
      out += links_[link - 1];
      out += "\x1b\\";
    }
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

}  // namespace mdoc
