#include "cli/view_page_head.hpp"

#include <zlib.h>

#include <cstring>

namespace mdoc::cli {
namespace {

// A page whose NAME section has not started by then is not worth reading on.
constexpr std::size_t kMaxHeadLines = 2000;
constexpr std::size_t kMaxLineBytes = 1u << 16;
// Nor one whose head is larger than this (a compression bomb, a binary).
constexpr std::size_t kMaxHeadBytes = 1u << 20;

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Splits macro arguments: blanks separate, double quotes group ("" is a quote).
std::vector<std::string> split_arguments(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_blank(s[i])) ++i;
    if (i >= s.size()) break;
    std::string arg;
    if (s[i] == '"') {
      for (++i; i < s.size(); ++i) {
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') { arg += '"'; ++i; continue; }
          ++i;
          break;
        }
        arg += s[i];
      }
    } else {
      while (i < s.size() && !is_blank(s[i])) {
        // Keep an escaped blank ("\ ") inside the argument.
        if (s[i] == '\\' && i + 1 < s.size()) arg += s[i++];
        arg += s[i++];
      }
    }
    out.push_back(std::move(arg));
  }
  return out;
}

bool is_comment(std::string_view line) {
  return line.substr(0, 3) == ".\\\"" || line.substr(0, 3) == "'\\\"" || line.substr(0, 3) == ".\\#" ||
         line.substr(0, 2) == "\\\"";
}

// Feeds the page line by line and says when the head is complete.
class HeadScanner {
 public:
  explicit HeadScanner(PageHead& head) : head_(head) {}

  // False once nothing further can change the head.
  bool feed(std::string_view line) {
    if (++lines_ > kMaxHeadLines) return false;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || is_comment(line)) return true;
    if (line[0] != '.' && line[0] != '\'') return text_line(line);
    std::size_t i = 1;
    while (i < line.size() && is_blank(line[i])) ++i;
    std::size_t start = i;
    while (i < line.size() && !is_blank(line[i])) ++i;
    return macro_line(line.substr(start, i - start), line.substr(i), line);
  }

 private:
  bool macro_line(std::string_view macro, std::string_view rest, std::string_view line) {
    if (macro.empty()) return true;
    if (!seen_macro_) {
      seen_macro_ = true;
      if (macro == "TH" || macro == "SH") {
        head_.is_man = true;
        return false;
      }
      if (macro == "so") {
        auto args = split_arguments(rest);
        if (!args.empty()) head_.so_target = args[0];
        return false;
      }
    }
    if (macro == "Dd") head_.is_mdoc = true;
    if (macro == "TH") {
      // A .TH after roff set-up lines (.ds, .de, ...) still means man(7).
      if (!head_.is_mdoc) head_.is_man = true;
      return !head_.is_man;
    }
    if (macro == "Sh" || macro == "SH") {
      if (in_name_) return false;
      auto args = split_arguments(rest);
      in_name_ = !args.empty() && args[0] == "NAME";
      if (in_name_) append_line(line);
      return true;
    }
    if (!in_name_) return true;
    append_line(line);
    if (macro == "Nm") {
      for (auto& arg : split_arguments(rest)) {
        std::string name = decode_simple_escapes(arg);
        while (!name.empty() && name.back() == ',') name.pop_back();
        if (!name.empty()) head_.names.push_back(std::move(name));
      }
    } else if (macro == "Nd") {
      in_description_ = true;
      append_description(rest);
    }
    return true;
  }

  bool text_line(std::string_view line) {
    if (in_name_) {
      append_line(line);
      if (in_description_) append_description(line);
    }
    return true;
  }

  void append_line(std::string_view line) {
    head_.name_section.append(line);
    head_.name_section += '\n';
  }

  void append_description(std::string_view text) {
    for (const auto& word : split_arguments(text)) {
      std::string decoded = decode_simple_escapes(word);
      if (decoded.empty()) continue;
      if (!head_.description.empty()) head_.description += ' ';
      head_.description += decoded;
    }
  }

  PageHead& head_;
  std::size_t lines_ = 0;
  bool seen_macro_ = false;
  bool in_name_ = false;
  bool in_description_ = false;
};

// The few special characters NAME lines use, for the cheap reading only.
std::string_view simple_special(std::string_view name) {
  if (name == "em" || name == "en" || name == "mi" || name == "hy") return "-";
  if (name == "aq" || name == "cq" || name == "oq") return "'";
  if (name == "dq" || name == "lq" || name == "rq" || name == "Lq" || name == "Rq") return "\"";
  if (name == "ga") return "`";
  if (name == "ti" || name == "ap") return "~";
  if (name == "ha") return "^";
  if (name == "rs") return "\\";
  return {};
}

}  // namespace

std::string decode_simple_escapes(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"') continue;
    if (c != '\\' || i + 1 >= text.size()) {
      out += c;
      continue;
    }
    char e = text[++i];
    switch (e) {
      case '&': case '|': case '^': case ':': case 'c': break;
      case '-': out += '-'; break;
      case 'e': case '\\': out += '\\'; break;
      case ' ': case '~': case '0': out += ' '; break;
      case '(':
        if (i + 2 < text.size()) out += simple_special(text.substr(i + 1, 2));
        i += 2;
        break;
      case '[': {
        auto close = text.find(']', i);
        if (close == std::string_view::npos) close = text.size();
        out += simple_special(text.substr(i + 1, close - i - 1));
        i = close;
        break;
      }
      case '*':
        // \*x, \*(xx, \*[name]: predefined strings; only their brackets are skipped.
        if (i + 1 < text.size() && text[i + 1] == '(') i += 3;
        else if (i + 1 < text.size() && text[i + 1] == '[') {
          auto close = text.find(']', i);
          i = close == std::string_view::npos ? text.size() : close;
        } else {
          ++i;
        }
        break;
      case 'f':
        // \fB, \f(CW, \f[R]: fonts do not matter here.
        if (i + 1 < text.size() && text[i + 1] == '(') i += 3;
        else if (i + 1 < text.size() && text[i + 1] == '[') {
          auto close = text.find(']', i);
          i = close == std::string_view::npos ? text.size() : close;
        } else {
          ++i;
        }
        break;
      default: out += e; break;
    }
  }
  return out;
}

PageHead scan_page_head(std::string_view bytes) {
  PageHead head;
  head.readable = true;
  HeadScanner scanner(head);
  while (!bytes.empty()) {
    auto newline = bytes.find('\n');
    std::string_view line = bytes.substr(0, newline);
    if (!scanner.feed(line)) break;
    if (newline == std::string_view::npos) break;
    bytes.remove_prefix(newline + 1);
  }
  return head;
}

PageHead read_page_head(const std::string& path) {
  PageHead head;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return head;
  // Most heads end within the first few kilobytes; a small buffer keeps
  // the inflating proportional to what is read.
  gzbuffer(f, 8192);
  head.readable = true;
  HeadScanner scanner(head);
  std::string line;
  char buf[4096];
  std::size_t total = 0;
  while (total < kMaxHeadBytes && gzgets(f, buf, sizeof buf)) {
    std::size_t n = std::strlen(buf);
    total += n;
    bool complete = n > 0 && buf[n - 1] == '\n';
    line.append(buf, complete ? n - 1 : n);
    // A long line is read on, up to a bound that binary junk cannot exceed.
    if (!complete && !gzeof(f) && line.size() < kMaxLineBytes) continue;
    if (!scanner.feed(line)) break;
    line.clear();
  }
  int err = 0;
  gzerror(f, &err);
  if (err != Z_OK && err != Z_BUF_ERROR) head.readable = false;
  gzclose(f);
  return head;
}

}  // namespace mdoc::cli
