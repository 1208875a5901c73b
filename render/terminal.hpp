// Terminal back ends: -T ascii, -T utf8 and -T ansi.
//
// Output must be byte-identical to mandoc -T ascii / -T utf8 for the same
// options.  The three devices share one filling/adjusting writer and differ
// only in how a glyph and a font change are written.
#pragma once

#include <string>

#include "mdoc/ast.hpp"

namespace mdoc {

enum class TermDevice { Ascii, Utf8, Ansi };

struct TermOptions {
  TermDevice device = TermDevice::Ascii;
  int width = 78;          // -O width=N: the right margin, as in mandoc
  int indent = 5;          // -O indent=N: the left margin of the body text
  bool color = false;      // -O color with utf8: SGR instead of overstrike (ansi implies it)
  std::string man_url;     // -O man=TEMPLATE: OSC 8 links for .Xr (ansi/color only)
};

// Appends the rendered page to out.
void render_terminal(const Document& doc, const TermOptions& options, std::string& out);

}  // namespace mdoc
