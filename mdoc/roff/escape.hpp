// Lexing of one roff escape sequence (mandoc_roff(7) "ESCAPE SEQUENCE REFERENCE").
//
// Both the roff layer (which interpolates strings, registers and macro
// arguments) and the text decoder (which turns what remains into glyphs and
// markers) need to know where an escape ends; this is the one place that knows.
#pragma once

#include <cstddef>
#include <string_view>

namespace mdoc::roff {

enum class EscapeKind : unsigned char {
  Invalid,        // a truncated or malformed escape
  Literal,        // \\ \e \E \' \` \- \_ \. and "any other character prints itself"
  SpecialChar,    // \(xx \[name] \C'name'
  CharNumber,     // \N'number'
  Font,           // \fX \f(XX \f[name]
  String,         // \*x \*(xx \*[name]
  Register,       // \nx \n(xx \n[name], with optional sign
  MacroArgument,  // \$1 \$* \$@ \$(nn \$[nn]
  Width,          // \w'string'
  NumericCheck,   // \B'string'
  Comment,        // \" (rest of line)
  CommentJoin,    // \# (rest of physical line, then join)
  NoBreakSpace,   // \~ "\ " \0
  ZeroWidth,      // \& \) \| \^ \% \, \/ and other zero-width marks
  BreakPoint,     // \:
  Continuation,   // \c
  BreakLine,      // \p
  Overstrike,     // \o'string'
  ZeroAdvance,    // \z
  HorizontalMove, // \h'width'
  HorizontalLine, // \l'width'
  CondOpen,       // \{
  CondClose,      // \}
  Ignored,        // escapes mandoc parses and ignores (\s \v \X \m ...)
  Unsupported,    // escapes mandoc does not support (\! \? \O ...)
};

struct Escape {
  EscapeKind kind = EscapeKind::Invalid;
  char letter = 0;            // the character after the backslash
  std::string_view argument;  // name or quoted argument, without delimiters
  std::size_t length = 0;     // bytes consumed, starting at the backslash
  char sign = 0;              // \n+x / \n-x
};

// Lexes the escape starting at s[pos], which must be the escape character.
// Never reads past s.size(); a truncated escape comes back Invalid with
// length covering what it consumed (at least 1).
Escape lex_escape(std::string_view s, std::size_t pos);

}  // namespace mdoc::roff
