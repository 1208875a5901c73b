// Style checks of single input lines, made by the parser as lines arrive
// (the tree no longer knows how the source was laid out).
#include <algorithm>
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

// Words whose period mandoc does not take for a sentence end (found by
// trying it: "Inc." and "vs." are, "Ltd." or "Mr." are not).
bool is_abbreviation(std::string_view before_period) {
  std::size_t start = before_period.size();
  while (start > 0 && is_alnum(before_period[start - 1])) --start;
  std::string_view word = before_period.substr(start);
  return word == "Inc" || word == "vs";
}

// "word. Word" inside a line: two letters or digits, a period, blanks and a
// capital letter start a sentence that should start a line.
void new_sentence(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text) {
  for (std::size_t i = 2; i + 2 < text.size(); ++i) {
    if (text[i] != '.' || text[i + 1] != ' ' || !is_alnum(text[i - 1]) || !is_alnum(text[i - 2])) continue;
    if (is_abbreviation(text.substr(0, i))) continue;
    std::size_t j = i + 1;
    while (j < text.size() && text[j] == ' ') ++j;
    if (j < text.size() && is_upper(text[j])) report(out, Level::Warning, line, j, "new sentence, new line");
  }
}

// " -- " (or "--" at either end of the line) written for an em-dash; mandoc
// reports the first on a line only.
void verbatim_dashes(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text) {
  auto is_digit = [&](std::size_t k) { return k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])); };
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '-' || text[i + 1] != '-' || (i > 0 && text[i - 1] != ' ')) continue;
    if (i + 2 < text.size() && text[i + 2] != ' ') continue;
    if (i >= 2 && is_digit(i - 2) && is_digit(i + 3)) continue;  // a range: "1 -- 2"
    report(out, Level::Style, line, i, "verbatim \"--\", maybe consider using \\(em");
    return;
  }
}

// "name()" standing alone: a function without Fn markup.  On a macro line
// only words after a blank inside a quoted argument count.
void function_names(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text,
                    bool macro_line = false) {
  for (std::size_t pos = text.find("()"); pos != std::string_view::npos; pos = text.find("()", pos + 2)) {
    std::size_t start = pos;
    while (start > 0 && is_word(text[start - 1])) --start;
    if (start == pos || (start > 0 && text[start - 1] != ' ')) continue;
    if (macro_line && (start == 0 || std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(start), '"') % 2 == 0))
      continue;
    // In a quoted argument mandoc counts columns without the quote.
    report(out, Level::Style, line, macro_line ? start - 1 : start, "function name without markup",
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

void macro_line(std::vector<Diagnostic>& out, std::uint32_t line, std::string_view text) {
  std::size_t before = out.size();
  verbatim_dashes(out, line, text);
  // In a quoted argument mandoc counts columns without the quote.
  for (std::size_t k = before; k < out.size(); ++k)
    if (std::count(text.begin(), text.begin() + out[k].column - 1, '"') % 2 == 1) --out[k].column;
  function_names(out, line, text, true);
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
