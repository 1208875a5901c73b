// How the terminal devices write a glyph, a font and a link.
//
// -T ascii and -T utf8 mark fonts by overstriking, as mandoc does: bold "c\bc",
// underline (mandoc's italic) "_\bc", both "_\bc\bc".  -T ansi (and -O color)
// use SGR sequences instead and wrap links in OSC 8 hyperlinks.  Everything
// else (filling, margins) is the TermWriter's job and identical for all three.
#pragma once

#include "mdoc/text.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "render/terminal.hpp"

namespace mdoc {

// mandoc's terminal fonts: italic is shown as underline on a terminal.
enum class TermFont : std::uint8_t { Roman, Bold, Under, BoldUnder };

// The bytes of one glyph, stored inline: the writer keeps one per output
// character, so a heap string (or even a std::string) per cell is too costly.
// The longest rendering (an ASCII transliteration) fits; term_device.cpp checks.
class GlyphBytes {
 public:
  static constexpr std::size_t kCapacity = 15;
  GlyphBytes() = default;
  GlyphBytes(char c) : size_(1) { data_[0] = c; }
  GlyphBytes(std::string_view s) : size_(static_cast<std::uint8_t>(std::min(s.size(), kCapacity))) {
    s.copy(data_, size_);
  }
  GlyphBytes(const char* s) : GlyphBytes(std::string_view(s)) {}
  operator std::string_view() const { return {data_, size_}; }
  bool empty() const { return size_ == 0; }

 private:
  char data_[kCapacity] = {};
  std::uint8_t size_ = 0;
};

// A glyph as the device prints it, and its width in columns.
struct TermGlyph {
  GlyphBytes bytes;
  int width = 1;
};

class TermOutputDevice {
 public:
  // sgr: mark fonts with SGR sequences.  Without it, -T ansi prints fonts
  // unmarked (NO_COLOR) and the other devices overstrike.
  TermOutputDevice(TermDevice device, bool sgr);

  bool ascii() const { return device_ == TermDevice::Ascii; }
  bool uses_sgr() const { return sgr_; }
  // OSC 8 hyperlinks: on -T ansi, and with -O color.
  bool uses_links() const { return sgr_ || device_ == TermDevice::Ansi; }

  // The rendering of one Unicode code point (ASCII transliteration on -T ascii).
  TermGlyph glyph(char32_t cp) const;
  // The no-break space as printed: a plain space on ASCII, U+00A0 on UTF-8.
  TermGlyph no_break_space() const;

  // Appends glyph bytes in font f (and inside link, an index into links, or 0).
  void put(std::string& out, std::string_view bytes, TermFont font, std::uint16_t link);
  // Blanks inside a link stay inside it (link is 0 between links).
  void put_spaces(std::string& out, int n, std::uint16_t link);
  void end_line(std::string& out);

  // Registers a hyperlink target; returns the index a cell stores (never 0).
  std::uint16_t add_link(std::string url);

 private:
  void set_state(std::string& out, TermFont font, std::uint16_t link);

  TermDevice device_;
  bool sgr_;
  TermFont sgr_font_ = TermFont::Roman;
  std::uint16_t open_link_ = 0;
  std::vector<std::string> links_;  // links_[i - 1] for index i
};

// Decodes one UTF-8 sequence at s[i]; advances i.  Invalid bytes decode as U+FFFD.
char32_t decode_utf8(std::string_view s, std::size_t& i);
// append_utf8 comes from mdoc/text.hpp.
// Columns a code point takes on a UTF-8 terminal (0, 1 or 2).
int utf8_columns(char32_t cp);

}  // namespace mdoc
