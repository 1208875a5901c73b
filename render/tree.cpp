// AST dumps.  -T tree mirrors mandoc's tree output closely enough to compare
// structure by eye: one node per line, indented by depth, with type, position
// and flags; -T json is the same information for programs.
#include "render/tree.hpp"

#include "render/json_string.hpp"

namespace mdoc {
namespace {

std::string_view type_name(NodeType t) {
  switch (t) {
    case NodeType::Root: return "root";
    case NodeType::Block: return "block";
    case NodeType::Head: return "head";
    case NodeType::Body: return "body";
    case NodeType::Tail: return "tail";
    case NodeType::Element: return "elem";
    case NodeType::Text: return "text";
    case NodeType::Table: return "table";
    case NodeType::Equation: return "eqn";
  }
  return "?";
}

struct FlagName {
  NodeFlag flag;
  std::string_view name;
};
constexpr FlagName kFlagNames[] = {
    {kLineStart, "line"},         {kNoSpace, "nospace"},       {kEndOfSentence, "eos"},
    {kDelimOpen, "delim-open"},   {kDelimClose, "delim-close"}, {kDelimMiddle, "delim-middle"},
    {kSynopsis, "synopsis"},      {kNoFill, "nofill"},         {kBroken, "broken"},
    {kEndedEarly, "ended-early"}, {kSpacingOff, "sm-off"},     {kImplicitMacro, "generated"},
    {kKeepTogether, "keep"},
};

// Shows markers in a readable form: \f[B], \~ and so on.
std::string visible(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == text_marker::kFont && i + 1 < text.size()) {
      out += "\\f[";
      out += text[++i];
      out += ']';
    } else if (c == text_marker::kNoBreakSpace) {
      out += "\\~";
    } else if (c == text_marker::kBreakHyphen) {
      out += '-';
    } else if (c == text_marker::kBreakPoint) {
      out += "\\:";
    } else {
      out += c;
    }
  }
  return out;
}

void tree_node(const Node& n, int depth, std::string& out) {
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  if (n.type == NodeType::Text) {
    out += visible(n.text());
  } else {
    out += n.macro == Macro::None ? std::string_view("root") : macro_name(n.macro);
  }
  out += " (";
  out += type_name(n.type);
  out += ")";
  for (const Argument& a : n.args()) {
    out += " -" + a.name;
    for (const auto& v : a.values) out += " [" + v + "]";
  }
  out += ' ' + std::to_string(n.line) + ':' + std::to_string(n.column);
  for (const auto& f : kFlagNames)
    if (n.is(f.flag)) {
      out += ' ';
      out += f.name;
    }
  out += '\n';
  for (const Node* c = n.first; c; c = c->next) tree_node(*c, depth + 1, out);
}

void json_node(const Node& n, std::string& out) {
  out += "{\"type\":\"";
  out += type_name(n.type);
  out += '"';
  if (n.macro != Macro::None) {
    out += ",\"macro\":";
    append_json_string(macro_name(n.macro), out);
  }
  out += ",\"line\":" + std::to_string(n.line) + ",\"column\":" + std::to_string(n.column);
  if (n.type == NodeType::Text) {
    out += ",\"text\":";
    append_json_string(strip_markers(n.text()), out);
  }
  if (!n.args().empty()) {
    out += ",\"args\":[";
    for (std::size_t i = 0; i < n.args().size(); ++i) {
      if (i) out += ',';
      out += "{\"name\":";
      append_json_string(n.args()[i].name, out);
      out += ",\"values\":[";
      for (std::size_t k = 0; k < n.args()[i].values.size(); ++k) {
        if (k) out += ',';
        append_json_string(n.args()[i].values[k], out);
      }
      out += "]}";
    }
    out += ']';
  }
  bool any = false;
  for (const auto& f : kFlagNames)
    if (n.is(f.flag)) {
      out += any ? "," : ",\"flags\":[";
      append_json_string(f.name, out);
      any = true;
    }
  if (any) out += ']';
  if (n.first) {
    out += ",\"children\":[";
    for (const Node* c = n.first; c; c = c->next) {
      json_node(*c, out);
      if (c->next) out += ',';
    }
    out += ']';
  }
  out += '}';
}

}  // namespace

void render_tree(const Document& doc, std::string& out) {
  const Prologue& p = doc.prologue;
  out += "title = \"" + p.title + "\"\nname  = \"" + p.name + "\"\nsec   = \"" + p.section + "\"\nvol   = \"" +
         p.volume + "\"\nos    = \"" + p.os + "\"\ndate  = \"" + p.date + "\"\n\n";
  for (const Node* c = doc.root()->first; c; c = c->next) tree_node(*c, 0, out);
}

void render_json(const Document& doc, std::string& out) {
  const Prologue& p = doc.prologue;
  out += "{\"prologue\":{\"title\":";
  append_json_string(p.title, out);
  out += ",\"section\":";
  append_json_string(p.section, out);
  out += ",\"arch\":";
  append_json_string(p.arch, out);
  out += ",\"volume\":";
  append_json_string(p.volume, out);
  out += ",\"os\":";
  append_json_string(p.os, out);
  out += ",\"date\":";
  append_json_string(p.date, out);
  out += ",\"name\":";
  append_json_string(p.name, out);
  out += "},\"diagnostics\":[";
  for (std::size_t i = 0; i < doc.diagnostics.size(); ++i) {
    const Diagnostic& d = doc.diagnostics[i];
    if (i) out += ',';
    out += "{\"line\":" + std::to_string(d.line) + ",\"column\":" + std::to_string(d.column) + ",\"level\":";
    append_json_string(level_name(d.level), out);
    out += ",\"message\":";
    append_json_string(d.message, out);
    out += '}';
  }
  out += "],\"root\":";
  json_node(*doc.root(), out);
  out += "}\n";
}

}  // namespace mdoc
