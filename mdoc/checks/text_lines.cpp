// Style checks of single input lines, made by the parser as lines arrive
// (the tree no longer knows how the source was laid out).
#include <cctype>
#include <string>

#include "mdoc/checks.hpp"

namespace mdoc::checks {
namespace {

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_word(char c) { return is_alnum(c) || c == '_'; }

void report(std::vector<Diagnostic>& out, Level level, std::uint32_t line, std::size_t index,
            std::string message, std::string detail = {}) {
  out.push_back({level, line, static_cast<std::uint32_t>(index + 1), std::move(message), std::move(detail)});
}

// A line longer than 80 bytes that could have been broken at a blank before
// column 80.  Lines opening with an escape are left alone, as mandoc does.
void long_line(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text) {
  if (text.size() <= 80 || text[0] == '\\') return;
  if (text.substr(0, 80).find(' ') == std::string_view::npos) return;
  report(out, Level::Style, line, text.size() - 1, "input text line longer than 80 bytes",
         std::string(text.substr(0, 20)) + "...");
}

// "word. Word" inside a line: two letters or digits, a period, blanks and a
// capital letter start a sentence that should start a line.
void new_sentence(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text) {
  for (std::size_t i = 2; i + 2 < text.size(); ++i) {
    if (text[i] != '.' || text[i + 1] != ' ' || !is_alnum(text[i - 1]) || !is_alnum(text[i - 2])) continue;
    std::size_t j = i + 1;
    while (j < text.size() && text[j] == ' ') ++j;
    if (j < text.size() && is_upper(text[j])) report(out, Level::Warning, line, j, "new sentence, new line");
  }
}

// " -- " (or "--" at either end of the line) written for an em-dash.
void verbatim_dashes(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text) {
  auto is_digit = [&](std::size_t k) { return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])); };
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '-' || text[i + 1] != '-' || (i > 0 && text[i - 1] != ' ')) continue;
    if (i + 2 < text.size() && text[i + 2] != ' ') continue;
    if (i >= 2 && is_digit(i - 2) && is_digit(i + 3)) continue;  // a range: "1 -- 2"
    report(out, Level::Style, line, i, "verbatim \"--\", maybe consider using \\(em");
  }
}

// "name()" standing alone: a function without Fn markup.
void function_names(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text) {
  for (std::size_t pos = text.find("()"); pos != std::string_view::npos; pos = text.find("()", pos + 2)) {
    std::size_t start = pos;
    while (start > 0 && is_word(text[start - 1])) --start;
    if (start == pos || (start > 0 && text[start - 1] != ' ')) continue;
    report(out, Level::Style, line, start, "function name without markup",
           std::string(text.substr(start, pos + 2 - start)));
  }
}

}  // namespace

void tabs(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text, bool macro_line) {
  // On a macro line mandoc counts columns in the argument with its opening
  // quote removed.
  std::size_t quotes = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"' && macro_line) ++quotes;
    if (text[i] == '\t') report(out, Level::Warning, line, i - (quotes > 0 ? 1 : 0), "tab in filled text");
  }
}

void text_line(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text, const LineContext& where) {
  if (text.empty()) return;
  if (!where.literal_display) os_names_in_line(out, line, text);
  if (!where.fill) return;
  long_line(out, line, text);
  if (!where.column_list) tabs(out, line, text, false);
  new_sentence(out, line, text);
  verbatim_dashes(out, line, text);
  function_names(out, line, text);
}

}  // namespace mdoc::checks
