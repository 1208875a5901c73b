#include "mdoc/roff/numeric.hpp"

#include <cstdint>

namespace mdoc::roff {
namespace {

// Basic units per scaling unit, for a terminal (1i = 240u).
double unit_factor(char unit) {
  switch (unit) {
    case 'i': return 240;
    case 'c': return 240.0 / 2.54;
    case 'v': case 'P': return 40;
    case 'm': case 'n': return 24;
    case 'p': return 240.0 / 72;
    case 'M': return 0.24;
    case 'f': return 65536;
    case 'u': default: return 1;
  }
}

// Wrapping arithmetic in unsigned avoids undefined behaviour on overflow,
// which mandoc_roff(7) says behaves "as in the C language" (i.e. wraps).
int wrap(std::int64_t v) { return static_cast<int>(static_cast<std::uint32_t>(v)); }

bool evaluate_term(std::string_view s, std::size_t& pos, int& value, char unit, int depth);

bool evaluate_expression(std::string_view s, std::size_t& pos, int& value, char unit, int depth,
                         bool in_parens) {
  if (!evaluate_term(s, pos, value, unit, depth)) return false;
  for (;;) {
    if (in_parens)
      while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
    if (pos >= s.size()) return true;
    char op = s[pos];
    char op2 = pos + 1 < s.size() ? s[pos + 1] : '\0';
    std::size_t len = 1;
    int code = 0;
    switch (op) {
      case '+': case '-': case '*': case '/': case '%': case '&': case ':': code = op; break;
      case '=': code = '='; if (op2 == '=') len = 2; break;
      case '<':
        if (op2 == '=') { code = 'l'; len = 2; }
        else if (op2 == '>') { code = '!'; len = 2; }
        else if (op2 == '?') { code = 'm'; len = 2; }
        else code = '<';
        break;
      case '>':
        if (op2 == '=') { code = 'g'; len = 2; }
        else if (op2 == '?') { code = 'M'; len = 2; }
        else code = '>';
        break;
      default: return true;  // end of the expression
    }
    pos += len;
    if (in_parens)
      while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
    int rhs = 0;
    if (!evaluate_term(s, pos, rhs, unit, depth)) return false;
    std::int64_t l = value, r = rhs;
    switch (code) {
      case '+': value = wrap(l + r); break;
      case '-': value = wrap(l - r); break;
      case '*': value = wrap(l * r); break;
      case '/': value = r == 0 ? 0 : wrap(l / r); break;
      case '%': value = r == 0 ? 0 : wrap(l % r); break;
      case '&': value = l > 0 && r > 0; break;
      case ':': value = l > 0 || r > 0; break;
      case '=': value = l == r; break;
      case '<': value = l < r; break;
      case '>': value = l > r; break;
      case 'l': value = l <= r; break;
      case 'g': value = l >= r; break;
      case '!': value = l != r; break;
      case 'm': value = static_cast<int>(l < r ? l : r); break;
      case 'M': value = static_cast<int>(l > r ? l : r); break;
    }
  }
}

bool evaluate_term(std::string_view s, std::size_t& pos, int& value, char unit, int depth) {
  if (depth > 64 || pos >= s.size()) return false;
  if (s[pos] == '(') {
    ++pos;
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
    if (!evaluate_expression(s, pos, value, unit, depth + 1, true)) return false;
    if (pos >= s.size() || s[pos] != ')') return false;
    ++pos;
    return true;
  }
  bool negative = false;
  if (s[pos] == '+' || s[pos] == '-') {
    negative = s[pos] == '-';
    ++pos;
    if (pos < s.size() && s[pos] == '(') {
      if (!evaluate_term(s, pos, value, unit, depth + 1)) return false;
      if (negative) value = wrap(-static_cast<std::int64_t>(value));
      return true;
    }
  }
  std::size_t start = pos;
  double number = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    number = number * 10 + (s[pos] - '0');
    if (number > 1e12) number = 1e12;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    double scale = 0.1;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      number += (s[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
  }
  if (pos == start) return false;
  char u = unit;
  if (pos < s.size() && std::string_view("icvPmnpMfu").find(s[pos]) != std::string_view::npos) u = s[pos++];
  double scaled = number * unit_factor(u);
  if (scaled > 2147483647.0) scaled = 2147483647.0;
  value = static_cast<int>(scaled);
  if (negative) value = -value;
  return true;
}

}  // namespace

bool evaluate_numeric(std::string_view s, std::size_t& pos, int& value, char default_unit) {
  std::size_t p = pos;
  int v = 0;
  if (!evaluate_expression(s, p, v, default_unit, 0, false)) return false;
  pos = p;
  value = v;
  return true;
}

}  // namespace mdoc::roff
