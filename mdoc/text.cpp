#include "mdoc/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "mdoc/ast.hpp"
#include "mdoc/roff/escape.hpp"
#include "mdoc/scan.hpp"
#include "mdoc/tables.hpp"

namespace mdoc {
namespace {

using roff::EscapeKind;

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Decodes \[uXXXX] (4 to 6 hex digits, no surrogates) into a code point.
bool unicode_name(std::string_view name, char32_t& cp) {
  if (name.size() < 5 || name.size() > 7 || name[0] != 'u') return false;
  char32_t v = 0;
  for (char c : name.substr(1)) {
    v <<= 4;
    if (c >= '0' && c <= '9') v |= static_cast<char32_t>(c - '0');
    else if (c >= 'A' && c <= 'F') v |= static_cast<char32_t>(c - 'A' + 10);
    else if (c >= 'a' && c <= 'f') v |= static_cast<char32_t>(c - 'a' + 10);
    else return false;
  }
  if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
  cp = v;
  return true;
}

char font_code(std::string_view name) {
  if (name == "B" || name == "3" || name == "CB") return static_cast<char>(FontCode::Bold);
  if (name == "I" || name == "2" || name == "CI") return static_cast<char>(FontCode::Italic);
  if (name == "BI" || name == "4") return static_cast<char>(FontCode::BoldItalic);
  if (name == "R" || name == "1" || name == "CR" || name == "CW" || name == "C") return static_cast<char>(FontCode::Roman);
  if (name == "P" || name.empty()) return static_cast<char>(FontCode::Previous);
  return 0;
}

// Length of a valid UTF-8 sequence at s[i], or 0.
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
  if (b >= 0xF5) n = 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  return n;
}

template <typename String>
void append_utf8_to(String& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes raw from its first byte that needs decoding on.
template <typename String>
void decode_from(std::string_view raw, std::size_t first_special, String& out, std::vector<Diagnostic>& diagnostics,
                 std::uint32_t line, std::uint32_t column, DecodeOptions options) {
  auto col = [&](std::size_t i) { return static_cast<std::uint32_t>(column + i); };
  out.reserve(out.size() + raw.size());
  out.append(raw.data(), first_special);
  for (std::size_t i = first_special; i < raw.size();) {
    // Most text is printable ASCII without escapes or hyphens: copy such a
    // run in one append instead of byte by byte.
    std::size_t run = scan::find_text_special(raw, i);
    if (run > i) {
      out.append(raw.data() + i, run - i);
      i = run;
      continue;
    }
    char c = raw[i];
    if (c != '\\') {
      auto b = static_cast<unsigned char>(c);
      if (b >= 0x80) {
        std::size_t n = utf8_length(raw, i);
        if (n == 0) {
          diagnostics.push_back({Level::Error, line, col(i), "skipping bad character", std::to_string(b)});
          out += '?';
          ++i;
        } else {
          out.append(raw.substr(i, n));
          i += n;
        }
        continue;
      }
      if (c == '-' && options.mark_hyphens && i > 0 && i + 1 < raw.size() && is_ascii_alpha(raw[i - 1]) &&
          is_ascii_alpha(raw[i + 1])) {
        out += text_marker::kBreakHyphen;
      } else if (c == '\t' || b >= 0x20) {
        out += c;
      }
      ++i;
      continue;
    }
    roff::Escape e = roff::lex_escape(raw, i);
    switch (e.kind) {
      case EscapeKind::Literal:
        switch (e.letter) {
          case '\\': case 'e': case 'E': out += '\\'; break;
          case '-': out += '-'; break;  // mandoc prints \- as ASCII hyphen-minus (utf8, html)
          case '\'': append_utf8_to(out, 0x00B4); break;
          case '`': append_utf8_to(out, 0x0060); break;
          case '_': out += '_'; break;
          default: {
            std::size_t n = static_cast<unsigned char>(e.letter) >= 0x80 ? utf8_length(raw, i + 1) : 1;
            if (n == 0) n = 1;
            out.append(raw.substr(i + 1, n));
            e.length = 1 + n;
          }
        }
        break;
      case EscapeKind::SpecialChar: {
        char32_t cp = 0;
        if (unicode_name(e.argument, cp)) {
          // Control characters (\[u001B] is ESC) would reach the terminal
          // raw; mandoc prints the replacement character instead.
          bool control = cp < 0x20 || (cp >= 0x7F && cp < 0xA0);
          append_utf8_to(out, control ? 0xFFFD : cp);
        } else if (const Glyph* g = special_character(e.argument)) {
          out.append(g->utf8);
        } else {
          diagnostics.push_back({Level::Warning, line, col(i), "invalid escape sequence", std::string(raw.substr(i, e.length))});
        }
        break;
      }
      case EscapeKind::CharNumber: {
        int v = 0;
        bool ok = !e.argument.empty();
        for (char d : e.argument) {
          if (d < '0' || d > '9' || v > 0x10FFFF) { ok = false; break; }
          v = v * 10 + (d - '0');
        }
        if (ok && v >= 0x20 && v < 0x7F) out += static_cast<char>(v);
        else if (ok && v >= 0xA0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF)) append_utf8_to(out, static_cast<char32_t>(v));
        else diagnostics.push_back({Level::Warning, line, col(i), "invalid escape sequence", std::string(raw.substr(i, e.length))});
        break;
      }
      case EscapeKind::Font: {
        char f = font_code(e.argument);
        if (f) {
          out += text_marker::kFont;
          out += f;
        } else {
          diagnostics.push_back({Level::Warning, line, col(i), "unknown font, skipping request", std::string(raw.substr(i, e.length))});
        }
        break;
      }
      case EscapeKind::NoBreakSpace: out += text_marker::kNoBreakSpace; break;
      case EscapeKind::BreakPoint: out += text_marker::kBreakPoint; break;
      case EscapeKind::Overstrike:
        if (!e.argument.empty()) {
          // Only the last glyph stays visible on a terminal.
          std::string glyphs;
          decode_text(e.argument, glyphs, diagnostics, line, col(i), {});
          std::size_t k = glyphs.size();
          while (k > 0 && (static_cast<unsigned char>(glyphs[k - 1]) & 0xC0) == 0x80) --k;
          if (k > 0) --k;
          out.append(glyphs, k, std::string::npos);
        }
        break;
      case EscapeKind::HorizontalMove: {
        // Positive motion becomes that many non-breaking spaces (ens).
        int n = 0;
        std::string_view a = e.argument;
        std::size_t p = 0;
        if (!a.empty() && a[0] == '|') ++p;
        bool neg = p < a.size() && a[p] == '-';
        if (neg || (p < a.size() && a[p] == '+')) ++p;
        // At most 200 spaces are printed: stop counting long before int overflows.
        while (p < a.size() && a[p] >= '0' && a[p] <= '9') n = std::min(n * 10 + (a[p++] - '0'), 1000000);
        char unit = p < a.size() ? a[p] : 'm';
        if (unit == 'n') {} else if (unit == 'u') n /= 24; else if (unit == 'i') n *= 10; else if (unit == 'm') {}
        if (!neg) for (int k = 0; k < n && k < 200; ++k) out += text_marker::kNoBreakSpace;
        break;
      }
      case EscapeKind::Unsupported:
        diagnostics.push_back({Level::Unsupported, line, col(i), "unsupported escape sequence", std::string(raw.substr(i, e.length))});
        break;
      case EscapeKind::Invalid:
        diagnostics.push_back({Level::Warning, line, col(i), "incomplete escape sequence", std::string(raw.substr(i, e.length))});
        break;
      default:
        break;  // zero-width and ignored escapes print nothing
    }
    i += e.length;
  }
}

// Most text (a word, a plain line) decodes to itself: one copy, in a
// function small enough to inline into its callers.
template <typename String>
void decode_into(std::string_view raw, String& out, std::vector<Diagnostic>& diagnostics, std::uint32_t line,
                 std::uint32_t column, DecodeOptions options) {
  std::size_t first_special = scan::find_text_special(raw, 0);
  if (first_special == raw.size()) out.append(raw);
  else decode_from(raw, first_special, out, diagnostics, line, column, options);
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) { append_utf8_to(out, cp); }

void decode_text(std::string_view raw, std::string& out, std::vector<Diagnostic>& diagnostics, std::uint32_t line,
                 std::uint32_t column, DecodeOptions options) {
  decode_into(raw, out, diagnostics, line, column, options);
}
void decode_text(std::string_view raw, std::pmr::string& out, std::vector<Diagnostic>& diagnostics, std::uint32_t line,
                 std::uint32_t column, DecodeOptions options) {
  decode_into(raw, out, diagnostics, line, column, options);
}

std::string decode_text(std::string_view raw, std::vector<Diagnostic>& diagnostics, std::uint32_t line,
                        std::uint32_t column, DecodeOptions options) {
  std::string out;
  decode_text(raw, out, diagnostics, line, column, options);
  return out;
}

// ends_sentence() for text whose last byte is a closer.
bool ends_sentence_behind_closers(std::string_view raw) {
  std::size_t i = raw.size();
  while (i > 0) {
    char c = raw[i - 1];
    if (c == ')' || c == ']' || c == '"' || c == '\'') { --i; continue; }
    // \(rq and \(cq also close.
    if (i >= 4 && raw[i - 4] == '\\' && raw[i - 3] == '(' &&
        ((raw[i - 2] == 'r' && raw[i - 1] == 'q') || (raw[i - 2] == 'c' && raw[i - 1] == 'q'))) {
      i -= 4;
      continue;
    }
    break;
  }
  if (i == 0) return false;
  char c = raw[i - 1];
  if (c != '.' && c != '!' && c != '?') return false;
  // An escaped character (\. is a period that still ends sentences in mdoc).
  return true;
}

}  // namespace mdoc
