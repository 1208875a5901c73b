// Compact S-expressions of parsed trees, for asserting ASTs in tests:
//   (Sh (head "NAME") (body (Nm "foo") (Nd (head) (body "bar"))))
// Blocks print as (Macro (head ...) (body ...)), elements as (Macro ...),
// text as "text" with markers shown (\f[B], \~); flags are not shown.
#pragma once

#include <string>
#include <string_view>

#include "mdoc/ast.hpp"
#include "mdoc/parse.hpp"

namespace mdoc::test {

inline void sexpr_node(const Node& n, std::string& out) {
  if (n.type == NodeType::Text) {
    out += '"';
    for (std::size_t i = 0; i < n.text().size(); ++i) {
      char c = n.text()[i];
      if (c == text_marker::kFont && i + 1 < n.text().size()) {
        out += "\\f[";
        out += n.text()[++i];
        out += ']';
      } else if (c == text_marker::kNoBreakSpace) out += "\\~";
      else if (c == text_marker::kBreakHyphen) out += "\\%-";
      else out += c;
    }
    out += '"';
    return;
  }
  out += '(';
  switch (n.type) {
    case NodeType::Head: out += "head"; break;
    case NodeType::Body: out += "body"; break;
    case NodeType::Tail: out += "tail"; break;
    default: out += macro_name(n.macro);
  }
  for (const Node* c = n.first; c; c = c->next) {
    out += ' ';
    sexpr_node(*c, out);
  }
  out += ')';
}

// The document body (everything but Dd/Dt/Os) as S-expressions.
inline std::string sexpr(const Document& doc) {
  std::string out;
  for (const Node* c = doc.root()->first; c; c = c->next) {
    if (c->macro == Macro::Dd || c->macro == Macro::Dt || c->macro == Macro::Os) continue;
    if (!out.empty()) out += ' ';
    sexpr_node(*c, out);
  }
  return out;
}

inline Document parse_page(std::string_view body, std::string_view prologue = ".Dd May 1, 2020\n.Dt TEST 1\n.Os\n") {
  std::string text(prologue);
  text += body;
  ParseOptions o;
  o.file_name = "test.1";
  o.os = "TestOS";
  return parse(text, o);
}

// Parses a body snippet and returns its S-expression.
inline std::string sx(std::string_view body) { return sexpr(parse_page(body)); }

inline bool has_diagnostic(const Document& doc, std::string_view message) {
  for (const auto& d : doc.diagnostics)
    if (d.message.find(message) != std::string::npos) return true;
  return false;
}

}  // namespace mdoc::test
