#include "render/header_declarator.hpp"

#include <algorithm>
#include <iterator>
#include <cctype>

namespace mdoc::header {
namespace {

constexpr std::string_view kBasicTypes[] = {
    "void", "char", "short", "int", "long", "float", "double",
    "signed", "unsigned", "_Bool", "bool", "wchar_t", "__int128",
};
constexpr std::string_view kQualifiers[] = {
    "const", "volatile", "restrict", "__restrict", "__restrict__",
};
// Words pages write that C++ has no use for: nullability and lint annotations.
constexpr std::string_view kDropped[] = {
    "_Nonnull", "_Nullable", "_Null_unspecified", "__unused",
    "__nonnull", "register", "__dead2", "__pure2",
};
constexpr std::string_view kKeywords[] = {
    "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor",
    "bool", "break", "case", "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl",
    "concept", "const", "consteval", "constexpr", "constinit", "const_cast", "continue",
    "co_await", "co_return", "co_yield", "decltype", "default", "delete", "do", "double",
    "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
    "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept",
    "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected", "public",
    "register", "reinterpret_cast", "requires", "restrict", "return", "short", "signed", "sizeof",
    "static", "static_assert", "static_cast", "struct", "switch", "template", "this",
    "thread_local", "throw", "true", "try", "typedef", "typeid", "typename", "union", "unsigned",
    "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq", "_Bool",
};

template <std::size_t N>
bool contains(const std::string_view (&table)[N], std::string_view word) {
  return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

bool is_word(std::string_view t) {
  return !t.empty() && (std::isalpha(static_cast<unsigned char>(t[0])) || t[0] == '_');
}

std::optional<std::vector<std::string>> tokenize(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isspace(c)) { ++i; continue; }
    if (std::isalnum(c) || c == '_') {
      std::size_t j = i;
      while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_')) ++j;
      out.emplace_back(s.substr(i, j - i));
      i = j;
    } else if (s.substr(i, 3) == "...") {
      out.emplace_back("...");
      i += 3;
    } else if (c == '*' || c == '(' || c == ')' || c == '[' || c == ']' || c == ',' || c == '+') {
      out.emplace_back(1, static_cast<char>(c));
      ++i;
    } else {
      return std::nullopt;
    }
  }
  return out;
}

// A recursive-descent reader for the C declarations found in synopses.
class DeclarationReader {
 public:
  explicit DeclarationReader(std::vector<std::string> tokens) : tokens_(std::move(tokens)) {}

  std::optional<CType> read_top() {
    CType result;
    if (!read_parameter(result.type, &result.name)) return std::nullopt;
    if (pos_ != tokens_.size()) return std::nullopt;
    result.typedef_names = typedef_names_;
    return result;
  }

 private:
  const std::string* peek() const { return pos_ < tokens_.size() ? &tokens_[pos_] : nullptr; }
  bool accept(std::string_view t) {
    if (pos_ < tokens_.size() && tokens_[pos_] == t) { ++pos_; return true; }
    return false;
  }

  static void append(std::string& out, std::string_view token) {
    bool glue = out.empty() || out.back() == '(' || out.back() == '[' || token == ")" ||
                token == "]" || token == "," || token == "[" ||
                (token == "(" && !out.empty() && out.back() != ' ' && out.back() != ',');
    if (!glue) out += ' ';
    out += token;
  }

  void append_qualifier(std::string& out, std::string_view q) {
    append(out, q == "restrict" ? std::string_view{"__restrict"} : q);
  }

  bool read_specifiers(std::string& out) {
    bool have_type = false;
    while (const std::string* t = peek()) {
      if (contains(kDropped, *t)) { ++pos_; continue; }
      if (contains(kQualifiers, *t)) { append_qualifier(out, *t); ++pos_; continue; }
      if (contains(kBasicTypes, *t)) {
        append(out, *t == "_Bool" ? std::string_view{"bool"} : std::string_view{*t});
        ++pos_;
        have_type = true;
        continue;
      }
      if (*t == "struct" || *t == "union" || *t == "enum") {
        if (have_type) return false;
        append(out, *t);
        ++pos_;
        const std::string* tag = peek();
        if (!tag || !is_identifier(*tag)) return false;
        append(out, *tag);
        ++pos_;
        have_type = true;
        continue;
      }
      if (is_word(*t) && !have_type && is_identifier(*t)) {
        typedef_names_.push_back(*t);
        append(out, *t);
        ++pos_;
        have_type = true;
        continue;
      }
      break;
    }
    return have_type;
  }

  // declarator := '*' qualifiers... direct; the name, if any, goes to *name.
  bool read_declarator(std::string& out, std::string* name) {
    while (accept("*")) {
      append(out, "*");
      while (const std::string* t = peek()) {
        if (contains(kDropped, *t)) { ++pos_; continue; }
        if (!contains(kQualifiers, *t)) break;
        append_qualifier(out, *t);
        ++pos_;
      }
    }
    const std::string* t = peek();
    if (t && *t == "(" && pos_ + 1 < tokens_.size() &&
        (tokens_[pos_ + 1] == "*" || tokens_[pos_ + 1] == "(")) {
      ++pos_;
      append(out, "(");
      if (!read_declarator(out, name) || !accept(")")) return false;
      append(out, ")");
    } else if (t && is_word(*t)) {
      if (contains(kDropped, *t)) {
        ++pos_;
      } else {
        if (!is_identifier(*t)) return false;
        if (name) *name = *t;
        ++pos_;
      }
    }
    return read_suffixes(out);
  }

  bool read_suffixes(std::string& out) {
    for (;;) {
      if (accept("[")) {
        append(out, "[");
        while (!accept("]")) {
          const std::string* t = peek();
          if (!t) return false;
          // C99 "[static 2]" and "[restrict]" mean nothing to C++.
          if (*t != "static" && !contains(kQualifiers, *t)) {
            if (is_word(*t) && !std::isdigit(static_cast<unsigned char>((*t)[0]))) return false;
            append(out, *t);
          }
          ++pos_;
        }
        append(out, "]");
      } else if (peek() && *peek() == "(") {
        ++pos_;
        append(out, "(");
        if (!read_parameter_list(out)) return false;
        append(out, ")");
      } else {
        return true;
      }
    }
  }

  bool read_parameter_list(std::string& out) {
    if (accept(")")) return true;
    for (bool first = true;; first = false) {
      if (!first) append(out, ",");
      if (accept("...")) {
        append(out, "...");
      } else {
        std::string param;
        if (!read_parameter(param, nullptr)) return false;
        append(out, param);
      }
      if (accept(")")) return true;
      if (!accept(",")) return false;
    }
  }

  bool read_parameter(std::string& out, std::string* name) {
    if (!read_specifiers(out)) return false;
    std::string ignored;
    return read_declarator(out, name ? name : &ignored);
  }

  std::vector<std::string> tokens_;
  std::size_t pos_ = 0;
  std::vector<std::string> typedef_names_;
};

}  // namespace

bool is_keyword(std::string_view word) { return contains(kKeywords, word); }

bool is_identifier(std::string_view word) {
  if (word.empty() || std::isdigit(static_cast<unsigned char>(word[0]))) return false;
  for (char c : word)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return !is_keyword(word);
}

std::optional<CType> parse_c_type(std::string_view text) {
  auto tokens = tokenize(text);
  if (!tokens || tokens->empty()) return std::nullopt;
  return DeclarationReader(std::move(*tokens)).read_top();
}

}  // namespace mdoc::header
