// How `mdoc view` writes a rendered page, the way man-db's man(1) does.
//
// Width: $MANWIDTH, else $COLUMNS, else the terminal's columns (TIOCGWINSZ on
// stdout), else 80; then man-db's margin: below 80 columns two are kept
// free, from 80 on the line is 39/40 of them (80 -> 78, 100 -> 97, 200 ->
// 195), measured with man-db 2.11 (`COLUMNS=N man -P cat`).  There is no
// upper cap: man-db has none either.
//
// Device: utf8 when the locale (LC_ALL, else LC_CTYPE, else LANG) names
// UTF-8, else ascii.  Bold and underline are overstrike, as man-db on Debian
// sends them: every pager (less with or without -R, more) and a bare
// terminal show that, and NO_COLOR is trivially honoured.
//
// Paging: only when stdout is a terminal, through /bin/sh -c "$MANPAGER",
// else "$PAGER", else "less" (then "more", then no pager).  As man-db does,
// LESS gets "-R" and a prompt naming the page put in front of the user's
// own LESS.  When stdout is not a terminal the text goes straight there,
// with the overstrike removed (like man-db's col -b) unless
// MAN_KEEP_FORMATTING is set.
#pragma once

#include <string>
#include <string_view>

#include "render/terminal.hpp"

namespace mdoc::cli {

// The renderer width for a terminal of that many columns.
int width_for_columns(int columns);
// Columns from MANWIDTH, COLUMNS or the terminal; 80 when none says.
int output_columns(bool stdout_is_terminal);
// Utf8 when the locale variables name UTF-8 (null: unset).
TermDevice device_for_locale(const char* lc_all, const char* lc_ctype, const char* lang);

// Removes overstrike ("X\bX" bold, "_\bX" underline), keeping the glyph.
std::string strip_overstrike(std::string_view text);

// The pager command to run, or "" for none: MANPAGER, PAGER, less, more.
std::string pager_command(const char* manpager, const char* pager);

// Writes text through the pager, run by /bin/sh -c.  A pager quitting early
// is not an error.  False when no pager could be started (nothing written).
bool write_through_pager(std::string_view text, const std::string& pager, const std::string& page_label);

}  // namespace mdoc::cli
