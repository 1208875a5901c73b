// Lookups in the data tables of share/ (compiled in, see share/CMakeLists.txt)
// and the small text expansions built on them: special characters,
// predefined strings, .St, .Lb, .Dt volumes and architectures, .At/.Bx/.Fx
// and friends, .Dd dates.  Every value is what mandoc 1.14.6 prints; the
// tables were harvested by running it (tools/harvest/harvest.py).
//
// "roff text" below means source text that may hold escapes (\(lq, \~, \-):
// the caller decodes it like any input text, so -T ascii and -T utf8 both
// come out as mandoc's.  No function allocates at start-up or keeps state.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mdoc {

// ---------------------------------------------------------------- characters

// One rendering per output kind.  `ascii` is the exact bytes mandoc -T ascii
// writes and may contain overstrikes "X\bY" (accents, arrows, bullet "+\bo"):
// a terminal shows Y over X, one column wide; see ascii_display_width().
struct Glyph {
    std::string_view utf8;
    std::string_view ascii;
};

// The named special character \(xx or \[name] (NAME without the brackets),
// or nullptr if mandoc does not know it (mandoc then warns "invalid escape
// sequence" and prints nothing).  Covers every name of mandoc_char(7) plus
// the undocumented \[-], \[Lq], \[Rq] and \[md]; not \[uXXXX] or \[charN],
// which are numeric (see ascii_for_codepoint).
const Glyph* special_character(std::string_view name);

// The one-character escapes that print a glyph: \e \- \. \' \`
// and the spaces "\ " \~ \0 (each one blank, non-breaking).  nullptr for
// every other character, including the zero-width ones (\& \| \^ \) \% \:).
const Glyph* escape_character(char c);

// What mandoc -T ascii prints for code point CP, whether written as
// \[uXXXX] or as raw UTF-8: ASCII stands for itself, 575 code points have a
// transliteration ("é" -> "'\be", U+00A0 -> " ", U+00AD -> ""; the C1
// controls U+0080..U+009F print as "<80>".."<9F>"), all others print "<?>".
std::string_view ascii_for_codepoint(char32_t cp);
inline constexpr std::string_view kUnknownAscii = "<?>";

// False where mandoc -T utf8 does not print the code point itself: the C1
// controls U+0080..U+009F come out as U+FFFD.
bool utf8_renders(char32_t cp);
inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// Terminal columns of an -T ascii rendering: an overstrike "X\bY" is one.
std::size_t ascii_display_width(std::string_view ascii);

// -------------------------------------------------------- predefined strings

// Roff text of the predefined string \*X, \*(XX, \*[NAME] (30 names, e.g.
// "Lq" -> "\(lq", "R" -> "\(rg").  Ba, lp and rp expand to plain "|", "(",
// ")" because mandoc then treats them as mdoc delimiters.  \*(.T, the
// output device name, is not here: it depends on the back end.
std::optional<std::string_view> predefined_string(std::string_view name);

// ------------------------------------------------------------------ .St .Lb

// Roff text of .St ARG, ARG with its dash ("-p1003.1-2008" ->
// "IEEE Std 1003.1-2008 (\(lqPOSIX.1\(rq)"), nullopt for an unknown
// standard (mandoc: ERROR "unknown standard specifier", prints nothing).
std::optional<std::string_view> standard_text(std::string_view arg);

// Roff text of .Lb NAME for the 91 libraries mandoc knows ("libc" ->
// "Standard C\~Library (libc, \-lc)"), nullopt for others.
std::optional<std::string_view> library_text(std::string_view name);
// What mandoc prints for any other library: library \(lqNAME\(rq (and it
// warns "unknown library name").
std::string unknown_library_text(std::string_view name);

// ----------------------------------------------------------------------- .Dt

// Volume named by .Dt's section ("2" -> "System Calls Manual", "3p" ->
// "Perl Library Manual").  Any other section is its own volume (mandoc
// warns "unknown manual section"), except that a missing section argument
// gives kMissingSectionVolume; pass "" for that case.  (An explicitly empty
// section, .Dt FOO "", gives an empty volume: the caller's business.)
std::string_view section_volume(std::string_view section);
inline constexpr std::string_view kMissingSectionVolume = "LOCAL";
bool is_known_section(std::string_view section);

// mandoc stores .Dt's third argument lower-cased as the architecture,
// whatever it is, and shows it in the header as "VOLUME (arch)".
std::string architecture_name(std::string_view arch);
std::string header_volume(std::string_view volume, std::string_view arch);

// Architectures mandoc -T lint accepts without STYLE "unknown architecture"
// (case-insensitive).  mandoc only checks manuals whose operating system
// (.Os argument, or -I os=) contains "OpenBSD" or "NetBSD";
// checks_architecture(os) says whether it does.  The one-argument form
// accepts an architecture known to either system.
bool is_known_architecture(std::string_view arch);
bool is_known_architecture(std::string_view arch, std::string_view os);
bool checks_architecture(std::string_view os);

// ------------------------------------------------- .At .Bx .Bsx .Dx .Fx ...

// Roff text of .At ARG for the 14 known versions ("v7" ->
// "Version\~7 AT&T UNIX"), nullopt for others.
std::optional<std::string_view> att_version_text(std::string_view arg);
// .At ARG: the version text, or "AT&T UNIX" when ARG is empty or unknown.
// For an unknown ARG mandoc warns "unknown AT&T UNIX version" and prints the
// argument after the name, as a separate word (normal, breakable space).
std::string att_text(std::string_view arg);
inline constexpr std::string_view kAttUnix = "AT&T UNIX";

// .Bx [VERSION [VARIANT]] -> VERSION "BSD" ["-" VARIANT], one word with no
// spaces ("4.4", "Lite2" -> "4.4BSD-Lite2"; "" -> "BSD").  A first
// lower-case ASCII letter of VARIANT is capitalised ("lite2" -> "Lite2").
// An empty but present variant still gives the dash ("4.4BSD-").
std::string bsd_text(std::string_view version, std::optional<std::string_view> variant = std::nullopt);

// Name printed by the BSD macros without "x": "Bsx" -> "BSD/OS", "Dx" ->
// "DragonFly", "Fx" -> "FreeBSD", "Nx" -> "NetBSD", "Ox" -> "OpenBSD",
// "Ux" -> "UNIX"; nullopt for any other macro name.
std::optional<std::string_view> os_macro_name(std::string_view macro);
// OS [VERSION] as roff text: the version follows after a non-breaking space
// ("FreeBSD", "12.0" -> "FreeBSD\~12.0"); .Ux takes no version in mandoc.
// Caveat: mandoc never breaks the line between the two words, so -T ascii
// matches at every width, but -T utf8/html/markdown print an ordinary space
// there, not the U+00A0 that \~ gives; a back end that wants those bytes
// exact needs a keep-together space instead (the AST has no such marker yet).
std::string os_version_text(std::string_view os, std::string_view version);

// ----------------------------------------------------------------------- .Dd

struct CivilDate {
    int year = 0;
    int month = 0;  // 1..12
    int day = 0;    // 1..31
};
CivilDate today();  // local time, as mandoc uses for $Mdocdate$

// The flags mirror mandoc's diagnostics: of future, normalized and legacy at
// most one is set, because a date in the future gets only that warning.
struct DateResult {
    std::string text;         // what mandoc prints in the footer
    bool ok = false;          // parsed; false: TEXT is the argument verbatim
                              // (mandoc: "cannot parse date, using it verbatim",
                              // or "missing date" for an empty argument)
    bool mdocdate = false;    // "$Mdocdate: May 5 2020 $" or "$Mdocdate$" form
    bool normalized = false;  // "Month D, YYYY" written differently (mandoc:
                              // STYLE "normalizing date format to: TEXT")
    bool legacy = false;      // man(7) form YYYY-MM-DD, kept verbatim (STYLE
                              // "legacy man(7) date format")
    bool future = false;      // two or more days after TODAY (WARNING "date in
                              // the future, using it anyway")
};

// .Dd argument (the words joined by single spaces) -> footer date.
// Accepted: "$Mdocdate$" (today), "$Mdocdate: Mon D YYYY $", "Month D, YYYY"
// with full or 3-letter month names in any case, a 1- or 2-digit day and a
// year of at most 4 digits, and "YYYY-M-D".  A day past the month's end
// rolls over ("February 30, 2010" -> "March 2, 2010").
DateResult normalize_date(std::string_view arg);
DateResult normalize_date(std::string_view arg, CivilDate today);

}  // namespace mdoc
