// Widths written in mdoc arguments (-width, -offset, Bl -column), in columns.
#pragma once

#include <string_view>

namespace mdoc {

class TermWriter;

// The largest width, either way, that a page's scaling width or a sum of them
// (.ll +N, relative .ta stops) may reach: the geometry is added up in int.
// No real page comes near a million columns.
inline constexpr int kTermMaxColumns = 1'000'000;

// A roff scaling width ("10n", "1.5i", "-3n") in columns; a value that is not a
// number with a unit measures as the printed width of the string itself, and
// a macro name as that macro's conventional width (mdoc(7) "-width Fl").
int term_scaled_width(std::string_view value, const TermWriter& w);

}  // namespace mdoc
