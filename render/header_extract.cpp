// Reads a HeaderModel from the AST: NAME, SYNOPSIS, DESCRIPTION, RETURN
// VALUES and ERRORS.  Only the tree is read, never the source text.
#include <algorithm>
#include <cctype>
#include <functional>

#include "mdoc/ast.hpp"
#include "render/header_declarator.hpp"
#include "render/header_model.hpp"
#include "render/header_text.hpp"

namespace mdoc::header {
namespace {

using Visit = std::function<void(const Node&)>;

// Pre-order walk over n's descendants.
void each_descendant(const Node& n, const Visit& visit) {
  for (const Node* c = n.first; c; c = c->next) {
    visit(*c);
    each_descendant(*c, visit);
  }
}

std::string section_title(const Node& sh) { return sh.head() ? header::plain_text(*sh.head()) : ""; }

// The body of the first top-level section with this title.
const Node* section_body(const Document& doc, std::string_view title) {
  for (const Node* n = doc.root()->first; n; n = n->next)
    if (n->type == NodeType::Block && n->macro == Macro::Sh && section_title(*n) == title) return n->body();
  return nullptr;
}

// The text of an element's first Text child, markers removed.
std::string first_word(const Node& n) {
  for (const Node* c = n.first; c; c = c->next)
    if (c->type == NodeType::Text) return strip_markers(c->text());
  return "";
}

bool is_constant_name(std::string_view s) {
  if (s.empty() || !std::isupper(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_';
  });
}

// NULL is a pointer, never a value of an integer argument.
bool is_flag_name(std::string_view s) { return is_constant_name(s) && s != "NULL"; }

std::string trimmed(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

void add_unique(std::vector<std::string>& v, std::string s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
}

// --- NAME, DESCRIPTION ---------------------------------------------------

void read_name(const Document& doc, HeaderModel& m) {
  const Node* body = section_body(doc, "NAME");
  if (!body) return;
  for (const Node* c = body->first; c; c = c->next) {
    if (c->type == NodeType::Element && c->macro == Macro::Nm) add_unique(m.names, first_word(*c));
    if (c->type == NodeType::Block && c->macro == Macro::Nd && c->body()) m.description = header::plain_text(*c->body());
  }
}

// The first paragraph of DESCRIPTION: the nodes before the first Pp or display.
void read_summary(const Document& doc, HeaderModel& m) {
  const Node* body = section_body(doc, "DESCRIPTION");
  if (!body) return;
  const Node* end = body->first;
  while (end && end->macro != Macro::Pp && end->macro != Macro::Lp && end->macro != Macro::Bl &&
         end->macro != Macro::Bd && end->macro != Macro::Ss)
    end = end->next;
  m.summary = plain_text_run(body->first, end);
}

// --- SYNOPSIS ------------------------------------------------------------

struct SynopsisReader {
  HeaderModel& m;
  std::string return_type;

  void include(std::string h) {
    h = trimmed(std::move(h));
    if (h.size() > 2 && (h.front() == '<' || h.front() == '"')) h = h.substr(1, h.size() - 2);
    add_unique(m.includes, h);
  }

  void fd(const Node& n) {
    std::string line = header::plain_text(n);
    if (line.rfind("#include", 0) == 0) {
      include(line.substr(8));
    } else {
      add_unique(m.declarations, line);
    }
  }

  void fn(const Node& n) {
    Prototype p;
    p.return_type = return_type;
    for (const Node* c = n.first; c; c = c->next) {
      if (c->type != NodeType::Text) continue;
      std::string t = trimmed(strip_markers(c->text()));
      if (p.name.empty()) {
        p.name = t;
      } else if (!t.empty()) {
        p.parameters.push_back(t);
      }
    }
    finish(std::move(p));
  }

  void fo(const Node& n) {
    Prototype p;
    p.return_type = return_type;
    if (n.head()) p.name = trimmed(header::plain_text(*n.head()));
    if (n.body())
      for (const Node* c = n.body()->first; c; c = c->next) {
        if (c->macro != Macro::Fa) continue;
        for (const Node* t = c->first; t; t = t->next)
          if (t->type == NodeType::Text) p.parameters.push_back(trimmed(strip_markers(t->text())));
      }
    finish(std::move(p));
  }

  void finish(Prototype p) {
    return_type.clear();
    // "(void)" is C's way of saying "no parameters".
    if (p.parameters.size() == 1 && p.parameters[0] == "void") p.parameters.clear();
    if (!p.name.empty()) m.prototypes.push_back(std::move(p));
  }

  void read(const Node& parent) {
    for (const Node* c = parent.first; c; c = c->next) {
      switch (c->macro) {
        case Macro::In: include(first_word(*c)); break;
        case Macro::Fd: fd(*c); break;
        case Macro::Ft: return_type = trimmed(header::plain_text(*c)); break;
        case Macro::Fn: fn(*c); break;
        case Macro::Fo: fo(*c); break;
        case Macro::Vt: {
          std::string t = header::plain_text(*c);
          if (c->next && c->next->type == NodeType::Text && c->next->is(kDelimClose)) t += strip_markers(c->next->text());
          add_unique(m.declarations, t);
          break;
        }
        default:
          // Pages group declarations in Ss, Bk, Bd and the like.
          if (c->type == NodeType::Block) {
            if (c->head() && c->macro != Macro::Ss && c->macro != Macro::Sh) read(*c->head());
            if (c->body()) read(*c->body());
          }
          break;
      }
    }
  }
};

// --- RETURN VALUES ---------------------------------------------------------

// The functions (or utilities) an .Rv/.Ex names: its arguments as the parser
// kept them, or the names its expansion holds; the page's names otherwise.
std::vector<std::string> named_by(const Node& n, const HeaderModel& m) {
  std::vector<std::string> out;
  if (const Argument* std_arg = find_argument(n, "std"))
    for (const auto& v : std_arg->values) add_unique(out, std::string(v));
  if (out.empty())
    each_descendant(n, [&](const Node& c) {
      if (c.type == NodeType::Element && (c.macro == Macro::Fn || c.macro == Macro::Nm)) add_unique(out, first_word(c));
    });
  if (out.empty()) out = m.names;
  return out;
}

void read_returns(const Document& doc, HeaderModel& m) {
  each_descendant(*doc.root(), [&](const Node& n) {
    if (n.type != NodeType::Element || !find_argument(n, "std")) return;
    if (n.macro == Macro::Rv)
      for (auto& f : named_by(n, m)) add_unique(m.returns.functions, f);
    if (n.macro == Macro::Ex)
      for (auto& u : named_by(n, m)) add_unique(m.returns.utilities, u);
  });
}

// --- ERRORS ----------------------------------------------------------------

void add_error(HeaderModel& m, const std::string& name, const std::string& description) {
  auto it = std::find_if(m.errors.begin(), m.errors.end(), [&](const auto& e) { return e.name == name; });
  if (it == m.errors.end()) {
    m.errors.push_back({name, {}});
    it = m.errors.end() - 1;
  }
  if (!description.empty() &&
      std::find(it->descriptions.begin(), it->descriptions.end(), description) == it->descriptions.end())
    it->descriptions.push_back(description);
}

std::vector<std::string> error_names_in(const Node& n) {
  std::vector<std::string> names;
  auto take = [&](const Node& c) {
    if (c.type == NodeType::Element && c.macro == Macro::Er)
      for (const Node* t = c.first; t; t = t->next)
        if (t->type == NodeType::Text && is_constant_name(strip_markers(t->text()))) add_unique(names, strip_markers(t->text()));
  };
  take(n);
  each_descendant(n, take);
  return names;
}

bool ends_paragraph(const Node& n) {
  return n.macro == Macro::Pp || n.macro == Macro::Lp || n.macro == Macro::Bl || n.macro == Macro::Bd;
}

// The paragraph around n: its siblings up to the nearest Pp, list or display.
std::string paragraph_of(const Node& n) {
  const Node* first = &n;
  while (first->prev && !ends_paragraph(*first->prev)) first = first->prev;
  const Node* end = n.next;
  while (end && !ends_paragraph(*end)) end = end->next;
  return plain_text_run(first, end);
}

// Errors come as list items (".It Bq Er EMFILE" and its body) or, on pages
// with one or two, in prose ("... may return .Er EPERM if ...").
void read_errors(const Document& doc, HeaderModel& m) {
  const Node* body = section_body(doc, "ERRORS");
  if (!body) return;
  each_descendant(*body, [&](const Node& n) {
    if (n.type != NodeType::Block || n.macro != Macro::It || !n.head()) return;
    std::string description = n.body() ? header::plain_text(*n.body()) : "";
    for (const auto& name : error_names_in(*n.head())) add_error(m, name, description);
  });
  for (const Node* c = body->first; c; c = c->next) {
    if (c->type == NodeType::Block) continue;  // lists were read above
    for (const auto& name : error_names_in(*c)) add_error(m, name, paragraph_of(*c));
  }
}

// --- Constants documented for an argument ------------------------------------

struct Parameter {
  std::string name;
  std::string integer_type;  // the C++ builtin type of the parameter, "int" otherwise
};

std::string integer_type_of(const CType& t) {
  static constexpr std::pair<std::string_view, std::string_view> kIntegers[] = {
      {"int", "int"}, {"unsigned int", "unsigned int"}, {"unsigned", "unsigned int"},
      {"u_int", "unsigned int"}, {"long", "long"}, {"unsigned long", "unsigned long"},
      {"u_long", "unsigned long"}, {"short", "short"}, {"u_short", "unsigned short"},
      {"long long", "long long"},
  };
  for (const auto& [c, cxx] : kIntegers)
    if (t.type == c) return std::string(cxx);
  return "int";
}

std::vector<Parameter> parameters_of(const HeaderModel& m) {
  std::vector<Parameter> out;
  for (const auto& p : m.prototypes)
    for (const auto& text : p.parameters)
      if (auto t = parse_c_type(text); t && !t->name.empty())
        if (std::none_of(out.begin(), out.end(), [&](const Parameter& q) { return q.name == t->name; }))
          out.push_back({t->name, integer_type_of(*t)});
  return out;
}

class FlagReader {
 public:
  FlagReader(HeaderModel& m) : m_(m), params_(parameters_of(m)) {}

  void read(const Document& doc) {
    const Node* body = section_body(doc, "DESCRIPTION");
    if (!body || params_.empty()) return;
    read_container(*body);
  }

 private:
  const Parameter* parameter(std::string_view name) const {
    for (const auto& p : params_)
      if (p.name == name) return &p;
    return nullptr;
  }

  // A paragraph is a run of siblings between Pp (or the start) and the next Pp.
  // A list or literal display of constants belongs to the argument the
  // paragraph before it names.
  void read_container(const Node& parent) {
    std::vector<const Node*> paragraph, previous;
    auto before = [&]() -> const std::vector<const Node*>& { return paragraph.empty() ? previous : paragraph; };
    for (const Node* c = parent.first; c; c = c->next) {
      if (c->macro == Macro::Pp || c->macro == Macro::Lp) {
        read_paragraph(paragraph);
        if (!paragraph.empty()) previous = std::move(paragraph);
        paragraph.clear();
        continue;
      }
      bool literal = c->block() && (c->block()->display == DisplayType::Literal || c->block()->display == DisplayType::Unfilled);
      if (c->type == NodeType::Block && c->macro == Macro::Bl) {
        if (const Parameter* p = argument_named_in(before())) read_list(*c, *p);
      } else if (c->type == NodeType::Block && c->macro == Macro::Bd && literal && c->body()) {
        if (const Parameter* p = argument_named_in(before())) read_display(*c->body(), *p);
      } else if (c->type == NodeType::Block && (c->macro == Macro::Ss || c->macro == Macro::Bd) && c->body()) {
        read_container(*c->body());
      } else {
        paragraph.push_back(c);
        continue;
      }
      // After a list or display, the prose before it no longer introduces what follows.
      read_paragraph(paragraph);
      paragraph.clear();
      previous.clear();
    }
    read_paragraph(paragraph);
  }

  // The argument a paragraph is about: the last one it marks up with Fa, or
  // else the only parameter name it uses as a plain word ("The flags
  // specified are formed by or'ing the following values").
  const Parameter* argument_named_in(const std::vector<const Node*>& nodes) const {
    const Parameter* marked = nullptr;
    std::vector<const Parameter*> words;
    for (const Node* n : nodes)
      each_node_and_self(*n, [&](const Node& c) {
        if (c.type == NodeType::Element && c.macro == Macro::Fa) {
          if (const Parameter* p = parameter(first_word(c))) marked = p;
        } else if (c.type == NodeType::Text && !(c.parent && c.parent->macro == Macro::Fa)) {
          std::string word;
          for (char ch : strip_markers(c.text()) + " ") {
            if (std::isalnum(static_cast<unsigned char>(ch)) || ch == '_') {
              word += ch;
              continue;
            }
            if (const Parameter* p = parameter(word))
              if (std::find(words.begin(), words.end(), p) == words.end()) words.push_back(p);
            word.clear();
          }
        }
      });
    if (marked) return marked;
    return words.size() == 1 ? words.front() : nullptr;
  }

  // "O_RDONLY<tab>open for reading only": one constant and its meaning a line.
  void read_display(const Node& body, const Parameter& argument) {
    std::vector<FlagConstant> flags;
    for (const Node* c = body.first; c; c = c->next) {
      if (c->type != NodeType::Text) continue;
      std::string line = strip_markers(c->text());
      std::size_t space = line.find_first_of(" \t");
      std::string name = line.substr(0, space);
      if (!is_flag_name(name)) continue;
      flags.push_back({name, space == std::string::npos ? "" : trimmed(line.substr(space))});
    }
    // One stray capitalised word is not a table of constants.
    if (flags.size() >= 2) add(argument, std::move(flags));
  }

  static void each_node_and_self(const Node& n, const Visit& visit) {
    visit(n);
    if (n.macro != Macro::Bl) each_descendant(n, visit);
  }

  // "The SOCK_CLOEXEC and SOCK_NONBLOCK flags in the type argument": constants
  // and exactly one argument in a paragraph that speaks of flags.
  void read_paragraph(const std::vector<const Node*>& nodes) {
    std::vector<std::string> constants;
    std::vector<const Parameter*> arguments;
    std::string text;
    for (const Node* n : nodes) {
      each_node_and_self(*n, [&](const Node& c) {
        if (c.type == NodeType::Element && c.macro == Macro::Dv && is_flag_name(first_word(c)))
          add_unique(constants, first_word(c));
        if (c.type == NodeType::Element && c.macro == Macro::Fa)
          if (const Parameter* p = parameter(first_word(c)))
            if (std::find(arguments.begin(), arguments.end(), p) == arguments.end()) arguments.push_back(p);
        if (c.type == NodeType::Text) text += strip_markers(c.text()) + " ";
      });
    }
    if (constants.empty() || arguments.size() != 1 || text.find("flag") == std::string::npos) return;
    // The paragraph is what the page says about these constants.
    std::string said = plain_text_run(nodes.front(), nodes.back()->next);
    std::vector<FlagConstant> flags;
    for (auto& c : constants) flags.push_back({c, said});
    add(*arguments.front(), std::move(flags));
  }

  // A list whose items are constants, following prose that names an argument.
  void read_list(const Node& bl, const Parameter& argument) {
    std::vector<FlagConstant> flags;
    if (!bl.body()) return;
    for (const Node* it = bl.body()->first; it; it = it->next) {
      if (it->macro != Macro::It || !it->head()) continue;
      std::vector<std::string> names;
      each_descendant(*it->head(), [&](const Node& c) {
        if (c.type == NodeType::Element && c.macro == Macro::Dv)
          for (const Node* t = c.first; t; t = t->next)
            if (t->type == NodeType::Text && is_flag_name(strip_markers(t->text())))
              add_unique(names, strip_markers(t->text()));
      });
      std::string description = it->body() ? header::plain_text(*it->body()) : "";
      for (auto& n : names) flags.push_back({n, description});
    }
    add(argument, std::move(flags));
  }

  void add(const Parameter& argument, std::vector<FlagConstant> flags) {
    if (flags.empty()) return;
    auto it = std::find_if(m_.flags.begin(), m_.flags.end(), [&](const FlagSet& f) { return f.argument == argument.name; });
    if (it == m_.flags.end()) {
      m_.flags.push_back({argument.name, argument.integer_type, {}});
      it = m_.flags.end() - 1;
    }
    for (auto& f : flags)
      if (std::none_of(it->constants.begin(), it->constants.end(), [&](const FlagConstant& c) { return c.name == f.name; }))
        it->constants.push_back(std::move(f));
  }

  HeaderModel& m_;
  std::vector<Parameter> params_;
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string base_name(const std::string& path) {
  auto slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  // Installed pages are compressed; the page is the same.
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".gz") == 0) name.resize(name.size() - 3);
  return name;
}

}  // namespace

HeaderModel extract_header_model(const Document& doc) {
  HeaderModel m;
  m.source = base_name(doc.file);
  m.title = lower(doc.prologue.title);
  m.section = doc.prologue.section;
  m.date = doc.prologue.date;
  read_name(doc, m);
  read_summary(doc, m);
  if (const Node* synopsis = section_body(doc, "SYNOPSIS")) SynopsisReader{m, {}}.read(*synopsis);
  read_returns(doc, m);
  read_errors(doc, m);
  FlagReader(m).read(doc);
  return m;
}

}  // namespace mdoc::header
