#include "mdoc/roff/escape.hpp"

namespace mdoc::roff {
namespace {

// Reads a name in one of the forms "c", "(cc" or "[name]" starting at pos.
// Returns false when the input ends first.
bool lex_name(std::string_view s, std::size_t& pos, std::string_view& name) {
  if (pos >= s.size()) return false;
  char c = s[pos];
  if (c == '(') {
    if (pos + 3 > s.size()) return false;
    name = s.substr(pos + 1, 2);
    pos += 3;
    return true;
  }
  if (c == '[') {
    std::size_t end = s.find(']', pos + 1);
    if (end == std::string_view::npos) return false;
    name = s.substr(pos + 1, end - pos - 1);
    pos = end + 1;
    return true;
  }
  name = s.substr(pos, 1);
  pos += 1;
  return true;
}

// Reads a delimited argument 'like this' (any delimiter) starting at pos.
// Nested escapes are skipped so that \w'\(em' ends at the right quote.
bool lex_quoted(std::string_view s, std::size_t& pos, std::string_view& arg) {
  if (pos >= s.size()) return false;
  char delim = s[pos];
  std::size_t i = pos + 1;
  while (i < s.size() && s[i] != delim) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      Escape inner = lex_escape(s, i);
      i += inner.length ? inner.length : 1;
    } else {
      ++i;
    }
  }
  if (i >= s.size()) return false;
  arg = s.substr(pos + 1, i - pos - 1);
  pos = i + 1;
  return true;
}

}  // namespace

Escape lex_escape(std::string_view s, std::size_t pos) {
  Escape e;
  e.length = 1;
  if (pos + 1 >= s.size()) return e;  // a lone backslash at the end
  char c = s[pos + 1];
  e.letter = c;
  std::size_t p = pos + 2;
  auto finish = [&](EscapeKind kind) {
    e.kind = kind;
    e.length = p - pos;
    return e;
  };
  auto fail = [&]() {
    e.kind = EscapeKind::Invalid;
    e.length = (p > s.size() ? s.size() : p) - pos;
    if (e.length < 2) e.length = 2;
    return e;
  };
  switch (c) {
    case '(':
      if (pos + 4 > s.size()) { p = s.size(); return fail(); }
      e.argument = s.substr(pos + 2, 2);
      p = pos + 4;
      return finish(EscapeKind::SpecialChar);
    case '[': {
      std::size_t end = s.find(']', pos + 2);
      if (end == std::string_view::npos) { p = s.size(); return fail(); }
      e.argument = s.substr(pos + 2, end - pos - 2);
      p = end + 1;
      return finish(EscapeKind::SpecialChar);
    }
    case 'C':
      if (!lex_quoted(s, p, e.argument)) { p = s.size(); return fail(); }
      return finish(EscapeKind::SpecialChar);
    case 'N':
      if (!lex_quoted(s, p, e.argument)) { p = s.size(); return fail(); }
      return finish(EscapeKind::CharNumber);
    case 'f':
      if (!lex_name(s, p, e.argument)) return fail();
      return finish(EscapeKind::Font);
    case '*':
      if (!lex_name(s, p, e.argument)) return fail();
      return finish(EscapeKind::String);
    case 'n':
      if (p < s.size() && (s[p] == '+' || s[p] == '-')) e.sign = s[p++];
      if (!lex_name(s, p, e.argument)) return fail();
      return finish(EscapeKind::Register);
    case '$':
      if (!lex_name(s, p, e.argument)) return fail();
      return finish(EscapeKind::MacroArgument);
    case 'w':
      if (!lex_quoted(s, p, e.argument)) { p = s.size(); return fail(); }
      return finish(EscapeKind::Width);
    case 'B':
      if (!lex_quoted(s, p, e.argument)) { p = s.size(); return fail(); }
      return finish(EscapeKind::NumericCheck);
    case 'o':
      if (!lex_quoted(s, p, e.argument)) { p = s.size(); return fail(); }
      return finish(EscapeKind::Overstrike);
    case 'h':
      if (!lex_quoted(s, p, e.argument)) { p = s.size(); return fail(); }
      return finish(EscapeKind::HorizontalMove);
    case 'l':
      if (!lex_quoted(s, p, e.argument)) { p = s.size(); return fail(); }
      return finish(EscapeKind::HorizontalLine);
    case 'A': case 'b': case 'D': case 'H': case 'L': case 'R': case 'S':
    case 'v': case 'x': case 'X': case 'Z':
      if (!lex_quoted(s, p, e.argument)) { p = s.size(); return fail(); }
      return finish(EscapeKind::Ignored);
    case 'F': case 'g': case 'k': case 'M': case 'm': case 'V': case 'Y':
      if (!lex_name(s, p, e.argument)) return fail();
      return finish(EscapeKind::Ignored);
    case 's': {
      // \sN \s+N \s-N \s(NN \s[N] \s'N' and signed variants of those.
      if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p;
      if (p >= s.size()) return fail();
      char d = s[p];
      if (d == '(') {
        p += 1;
        if (p < s.size() && (s[p] == '+' || s[p] == '-')) ++p;
        p += 2;
        if (p > s.size()) { p = s.size(); return fail(); }
      } else if (d == '[' || d == '\'') {
        char close = d == '[' ? ']' : '\'';
        std::size_t end = s.find(close, p + 1);
        if (end == std::string_view::npos) { p = s.size(); return fail(); }
        p = end + 1;
      } else if (d >= '0' && d <= '9') {
        ++p;
        // groff reads a second digit only when the first is 1-3.
        if (d >= '1' && d <= '3' && p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
      } else {
        return fail();
      }
      return finish(EscapeKind::Ignored);
    }
    case 'O':
      if (!lex_name(s, p, e.argument)) return fail();
      return finish(EscapeKind::Unsupported);
    case '"': p = s.size(); return finish(EscapeKind::Comment);
    case '#': p = s.size(); return finish(EscapeKind::CommentJoin);
    case '~': case ' ': case '0': return finish(EscapeKind::NoBreakSpace);
    case '&': case ')': case '|': case '^': case '%': case ',': case '/': case 'a': case 't':
    case 'd': case 'u': case 'r':
      return finish(EscapeKind::ZeroWidth);
    case ':': return finish(EscapeKind::BreakPoint);
    case 'c': return finish(EscapeKind::Continuation);
    case 'p': return finish(EscapeKind::BreakLine);
    case 'z': return finish(EscapeKind::ZeroAdvance);
    case '{': return finish(EscapeKind::CondOpen);
    case '}': return finish(EscapeKind::CondClose);
    case '!': case '?': return finish(EscapeKind::Unsupported);
    default: return finish(EscapeKind::Literal);
  }
}

}  // namespace mdoc::roff
