// How the terminal devices write a glyph, a font and a link.
//
// -T ascii and -T utf8 mark fonts by overstriking, as mandoc does: bold "c\bc",
// underline (mandoc's italic) "_\bc", both "_\bc\bc".  -T ansi (and -O color)
// use SGR sequences instead and wrap links in OSC 8 hyperlinks.  Everything
// else (filling, margins) is the TermWriter's job and identical for all three.
//
// Rendering is split in two steps so that the writer can do the per-character
// work once, when a word arrives, and print whole runs later: render_* turn
// text into the bytes a run of glyphs prints as (transliterated, overstruck),
// and switch_to() writes the font and link changes before such a run.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "render/terminal.hpp"

namespace mdoc {

// mandoc's terminal fonts: italic is shown as underline on a terminal.
enum class TermFont : std::uint8_t { Roman, Bold, Under, BoldUnder };

class TermOutputDevice {
 public:
  // sgr: mark fonts with SGR sequences.  Without it, -T ansi prints fonts
  // unmarked (NO_COLOR) and the other devices overstrike.
  TermOutputDevice(TermDevice device, bool sgr);

  bool ascii() const { return device_ == TermDevice::Ascii; }
  bool uses_sgr() const { return sgr_; }
  // OSC 8 hyperlinks: on -T ansi, and with -O color.
  bool uses_links() const { return sgr_ || device_ == TermDevice::Ansi; }

  // Columns of one Unicode code point as printed (its ASCII transliteration on -T ascii).
  int glyph_width(char32_t cp) const;

  // The longest ASCII transliteration of a code point (term_device.cpp checks).
  static constexpr std::size_t kMaxTransliteration = 15;
  // Room render_glyph needs: every character of the longest glyph overstruck
  // in bold and underline ("_\bc\bc").
  static constexpr std::size_t kGlyphRoom = 5 * kMaxTransliteration;
  // Room overstrike_ascii needs per byte of its text (bold underline).
  static constexpr std::size_t kAsciiRoom = 5;

  // Writes at dst the bytes of code point cp in font f (transliterated on
  // -T ascii, overstruck where the device overstrikes); returns the end.
  char* render_glyph(char* dst, char32_t cp, TermFont f, int& width) const;
  // Whether printable ASCII in font f prints as its own bytes (each byte one
  // glyph of one column), so that text can be copied as it is.
  bool ascii_as_is(TermFont f) const { return !overstrike_ || f == TermFont::Roman; }
  // Writes at dst, overstruck in font f, a word of printable ASCII (no
  // blanks, no control characters); returns the end.  dst needs room for
  // kAsciiRoom bytes per byte of word.
  char* overstrike_ascii(char* dst, std::string_view word, TermFont f) const;
  // Switches the output to font and link (escape sequences on -T ansi and
  // with -O color; nothing on the overstriking devices, whose bytes carry
  // the font).  Bytes made by render_* follow.
  void switch_to(std::string& out, TermFont font, std::uint16_t link) { set_state(out, font, link); }
  // True when switch_to() and put_spaces() never write escape sequences.
  bool writes_plain() const { return !uses_links(); }
  // Whether switch_to(font, link) would write nothing.
  bool is_current(TermFont font, std::uint16_t link) const {
    return link == open_link_ && (!sgr_ || font == sgr_font_);
  }
  // Blanks inside a link stay inside it (link is 0 between links).
  void put_spaces(std::string& out, int n, std::uint16_t link) {
    if (n <= 0) return;
    set_state(out, TermFont::Roman, link);
    out.append(static_cast<std::size_t>(n), ' ');
  }
  void end_line(std::string& out) {
    set_state(out, TermFont::Roman, 0);
    out.push_back('\n');
  }

  // Registers a hyperlink target; returns the index a run stores (never 0).
  std::uint16_t add_link(std::string url);

 private:
  // Overstriking marks the font in the glyph bytes themselves; SGR and plain
  // -T ansi leave the bytes alone.
  bool overstrikes() const { return overstrike_; }
  char* render_bytes(char* dst, std::string_view bytes, TermFont f) const;
  // Called for every run and every stretch of blanks; most of the time
  // nothing changes (always, without links and SGR), so that test is inline.
  void set_state(std::string& out, TermFont font, std::uint16_t link) {
    if (!is_current(font, link)) change_state(out, font, link);
  }
  void change_state(std::string& out, TermFont font, std::uint16_t link);

  TermDevice device_;
  bool sgr_;
  bool overstrike_;
  TermFont sgr_font_ = TermFont::Roman;
  std::uint16_t open_link_ = 0;
  std::vector<std::string> links_;  // links_[i - 1] for index i
};

// One tight loop per font: most bold and underlined text is plain ASCII.
// Inline: it runs for most bold and underlined words, often of a byte or two.
// Unrolled: the loop's own counting costs as much as the three stores of a byte.
inline char* TermOutputDevice::overstrike_ascii(char* p, std::string_view word, TermFont f) const {
  switch (f) {
    case TermFont::Bold:
#pragma GCC unroll 4
      for (char c : word) {
        p[0] = c, p[1] = '\b', p[2] = c;
        p += 3;
      }
      break;
    case TermFont::Under:
#pragma GCC unroll 4
      for (char c : word) {
        p[0] = '_', p[1] = '\b', p[2] = c;
        p += 3;
      }
      break;
    case TermFont::BoldUnder:
#pragma GCC unroll 4
      for (char c : word) {
        p[0] = '_', p[1] = '\b', p[2] = c, p[3] = '\b', p[4] = c;
        p += 5;
      }
      break;
    case TermFont::Roman:
      p = std::copy(word.begin(), word.end(), p);
      break;
  }
  return p;
}

// Decodes one UTF-8 sequence at s[i]; advances i.  Invalid bytes decode as U+FFFD.
char32_t decode_utf8(std::string_view s, std::size_t& i);
// Columns a code point takes on a UTF-8 terminal (0, 1 or 2).
int utf8_columns(char32_t cp);

}  // namespace mdoc
