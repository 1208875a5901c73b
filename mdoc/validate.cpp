#include "mdoc/validate.hpp"

#include <sys/utsname.h>

#include <algorithm>
#include <fstream>
#include <string>

#include "mdoc/block_args.hpp"
#include "mdoc/checks.hpp"
#include "mdoc/tables.hpp"
#include "mdoc/text.hpp"

namespace mdoc {
namespace {

class Validator {
 public:
  Validator(Document& doc, const ParseOptions& options) : doc_(doc), options_(options) {}
  void run();

 private:
  void visit(Node* n);
  bool in_tree(const Node* n) const;
  void judge(Node* n);
  void element(Node* n);
  void block(Node* n);
  void prologue_macro(Node* n);
  void name_macro(Node* n);
  void useless_macro(Node* n, std::string_view sentence = {});
  void display_type(Node* n);
  void name_block(Node* n);
  void expand_return_values(Node* n);
  void expand_exit_status(Node* n);
  void expand_standard(Node* n);
  void expand_library(Node* n);
  void expand_att(Node* n);
  void expand_bsd(Node* n);
  void expand_os_name(Node* n, std::string_view os);
  void default_text(Node* n);
  void check_list(Node* n);
  void sort_reference(Node* n);

  Node* text(Node* parent, std::string_view roff_text, const Node* at, std::uint16_t flags = 0);
  // Gives t the decoded form of roff_text (reporting bad escapes at line:column).
  void set_decoded_text(Node* t, std::string_view roff_text, std::uint32_t line, std::uint32_t column) {
    std::string decoded;
    decode_text(roff_text, decoded, doc_.diagnostics, line, column);
    doc_.set_text(t, decoded);
  }
  Node* element_with_text(Node* parent, Macro m, std::string_view roff_text, const Node* at);
  void clear_children(Node* n);
  // Takes n (and its subtree) out of the tree.
  void detach(Node* n) {
    unlink(n);
    detached_ = true;
  }
  // Inserts generated sentence text right after n (Bt, Ud).
  void after(Node* n, std::string_view sentence);
  void diag(Level level, const Node* n, std::string message, std::string detail = {}) {
    doc_.diagnostics.push_back({level, n ? n->line : 0, n ? n->column : 0, std::move(message), std::move(detail)});
  }

  Document& doc_;
  const ParseOptions& options_;
  bool seen_dd_ = false, seen_dt_ = false, seen_os_ = false;
  // The nodes the paragraph check judges, in the order the walk met them;
  // usable only if no nodes were reordered (see checks::paragraphs).
  std::vector<Node*> paragraph_nodes_;
  // The nodes the blocks check may act on (see checks::noted_for_blocks).
  std::vector<Node*> block_nodes_;
  bool reordered_ = false;
  bool detached_ = false;  // some nodes met were taken out of the tree since
};

bool Validator::in_tree(const Node* n) const {
  while (n->parent) n = n->parent;
  return n == doc_.root();
}

Node* Validator::text(Node* parent, std::string_view roff_text, const Node* at, std::uint16_t flags) {
  Node* t = doc_.make_node(NodeType::Text, Macro::None, at->line, at->column);
  set_decoded_text(t, roff_text, at->line, at->column);
  t->flags = static_cast<std::uint16_t>(flags | kImplicitMacro | (parent->flags & (kSynopsis | kNoFill)));
  append_child(parent, t);
  return t;
}

Node* Validator::element_with_text(Node* parent, Macro m, std::string_view roff_text, const Node* at) {
  Node* e = doc_.make_node(NodeType::Element, m, at->line, at->column);
  e->flags = static_cast<std::uint16_t>(kImplicitMacro | (parent->flags & (kSynopsis | kNoFill)));
  append_child(parent, e);
  text(e, roff_text, at);
  return e;
}

void Validator::after(Node* n, std::string_view sentence) {
  Node* t = doc_.make_node(NodeType::Text, Macro::None, n->line, n->column);
  doc_.set_text(t, sentence);
  t->flags = static_cast<std::uint16_t>(kImplicitMacro | kEndOfSentence | (n->flags & (kSynopsis | kNoFill)));
  if (n->next) insert_before(n->next, t);
  else if (n->parent) append_child(n->parent, t);
}

void Validator::clear_children(Node* n) {
  while (n->first) detach(n->first);
}

void Validator::run() {
  // Room for what a page of average length notes, at once rather than by
  // doubling (a page notes some 75 nodes for the paragraph check).
  paragraph_nodes_.reserve(128);
  block_nodes_.reserve(32);
  visit(doc_.root());
  if (detached_) std::erase_if(paragraph_nodes_, [this](const Node* n) { return !in_tree(n); });
  run_checks(doc_, options_.lint, {reordered_ ? nullptr : &paragraph_nodes_, &block_nodes_});
  Prologue& p = doc_.prologue;
  if (!seen_dd_) diag(Level::Warning, nullptr, "missing date, using \"\"");
  if (p.title.empty()) p.title = "UNTITLED";
  if (p.os.empty()) p.os = options_.os.empty() ? default_os_name() : options_.os;
  if (!options_.os.empty() && !seen_os_) p.os = options_.os;
  if (p.volume.empty()) p.volume = header_volume(section_volume(p.section), p.arch);
  if (!doc_.root()->first || !enclosing(*doc_.root(), Macro::Sh)) {
    bool has_body = false;
    for (const Node* c = doc_.root()->first; c; c = c->next)
      if (macro_info(c->macro).kind != MacroKind::Prologue) has_body = true;
    if (!has_body) diag(Level::Warning, nullptr, "no document body");
  }
}

// Children first: expansions look at their own arguments only, and a
// node's text is complete before its parent is judged.
void Validator::visit(Node* root) {
  for_each_node_children_first(root, [this](Node* n) {
    // The walk goes from node to node by their links, each found only once
    // the node before is loaded: it waited on memory for most nodes.  The
    // parser made the nodes one after the other in the order the walk
    // mostly meets them: those a few places on are asked for ahead.
    __builtin_prefetch(n + 4);
    judge(n);
    if (checks::judged_by_paragraphs(*n)) paragraph_nodes_.push_back(n);
    if (checks::noted_for_blocks(*n)) block_nodes_.push_back(n);
  });
  judge(root);
}

void Validator::judge(Node* n) {
  if (n->type == NodeType::Element) element(n);
  else if (n->type == NodeType::Block) block(n);
}

void Validator::prologue_macro(Node* n) {
  Prologue& p = doc_.prologue;
  switch (n->macro) {
    case Macro::Dd: {
      if (seen_dd_) diag(Level::Error, n, "duplicate prologue macro", "Dd");
      seen_dd_ = true;
      std::string raw = n->first ? std::string(n->first->text()) : std::string();
      DateResult d = normalize_date(raw);
      if (raw.empty()) diag(Level::Warning, n, "missing date, using \"\"", "Dd");
      else if (d.future) diag(Level::Warning, n->first, "date in the future, using it anyway", "Dd " + raw);
      else if (d.legacy) diag(Level::Style, n->first, "legacy man(7) date format", "Dd " + raw);
      // mandoc points at the argument and shows the date it settled on.
      else if (!d.ok) diag(Level::Warning, n->first, "cannot parse date, using it verbatim", "Dd " + raw);
      else if (d.normalized) diag(Level::Style, n->first, "normalizing date format to", "Dd " + d.text);
      p.date = d.text;
      p.line = n->line;
      break;
    }
    case Macro::Dt: {
      if (seen_dt_) diag(Level::Error, n, "duplicate prologue macro", "Dt");
      seen_dt_ = true;
      const Node* a = n->first;
      if (!a) {
        diag(Level::Warning, n, "missing manual title, using UNTITLED", "Dt");
        p.title = "UNTITLED";
        break;
      }
      p.title = strip_markers(a->text());
      // mandoc points at the first lower case letter.
      for (std::size_t i = 0; i < p.title.size(); ++i)
        if (p.title[i] >= 'a' && p.title[i] <= 'z') {
          doc_.diagnostics.push_back({Level::Style, a->line, a->column + static_cast<std::uint32_t>(i),
                                      "lower case character in document title", "Dt " + p.title});
          break;
        }
      if (const Node* s = a->next) {
        p.section = strip_markers(s->text());
        if (const Node* arch = s->next) p.arch = architecture_name(strip_markers(arch->text()));
      } else {
        diag(Level::Warning, n, "missing manual section, using \"\"", "Dt " + p.title);
      }
      break;
    }
    case Macro::Os: {
      if (seen_os_) diag(Level::Error, n, "duplicate prologue macro", "Os");
      seen_os_ = true;
      std::string os;
      for (const Node* c = n->first; c; c = c->next) {
        if (!os.empty()) os += ' ';
        os += strip_markers(c->text());
      }
      p.os = os;
      break;
    }
    default: break;
  }
}

void Validator::element(Node* n) {
  switch (n->macro) {
    case Macro::Dd: case Macro::Dt: case Macro::Os: prologue_macro(n); break;
    case Macro::Nm: name_macro(n); break;
    case Macro::Ar: case Macro::Pa: case Macro::Mt: default_text(n); break;
    case Macro::Rv: expand_return_values(n); break;
    case Macro::Ex: expand_exit_status(n); break;
    case Macro::St: expand_standard(n); break;
    case Macro::Lb: expand_library(n); break;
    case Macro::At: expand_att(n); break;
    case Macro::Bx: expand_bsd(n); break;
    case Macro::Bsx: expand_os_name(n, "BSD/OS"); break;
    case Macro::Dx: expand_os_name(n, "DragonFly"); break;
    case Macro::Fx: expand_os_name(n, "FreeBSD"); break;
    case Macro::Nx: expand_os_name(n, "NetBSD"); break;
    case Macro::Ox: expand_os_name(n, "OpenBSD"); break;
    case Macro::Ux: expand_os_name(n, "UNIX"); break;
    case Macro::Bt: useless_macro(n, "is currently in beta test."); break;
    case Macro::Tn: useless_macro(n); break;
    case Macro::Ud: useless_macro(n, "currently under development."); break;
    default: break;
  }
}

// The switches above and below only dispatch (most nodes have nothing to
// judge and pass through a jump table); the work is in functions of its own.
void Validator::name_macro(Node* n) {
  if (doc_.prologue.name.empty() && n->first) doc_.prologue.name = plain_text(*n);
  default_text(n);
}

// Bt, Tn, Ud: reported; Bt and Ud add the sentence they stand for.
void Validator::useless_macro(Node* n, std::string_view sentence) {
  diag(Level::Style, n, "useless macro", std::string(macro_name(n->macro)));
  if (!sentence.empty()) after(n, sentence);
}

void Validator::block(Node* n) {
  switch (n->macro) {
    case Macro::Bl: check_list(n); break;
    case Macro::Nm: name_block(n); break;
    case Macro::Rs: sort_reference(n); break;
    case Macro::Bd: display_type(n); break;
    default: break;
  }
}

void Validator::name_block(Node* n) {
  if (n->head() && !n->head()->first && !doc_.prologue.name.empty()) text(n->head(), doc_.prologue.name, n);
}

void Validator::display_type(Node* n) {
  if (n->block() && n->block()->display == DisplayType::None) {
    diag(Level::Error, n, "missing display type, using -ragged", "Bd");
    n->block()->display = DisplayType::Ragged;
  }
}

void Validator::default_text(Node* n) {
  if (n->first) return;
  switch (n->macro) {
    case Macro::Ar:
      text(n, "file", n);
      text(n, "...", n);
      break;
    case Macro::Pa: case Macro::Mt: text(n, "~", n); break;
    case Macro::Nm:
      if (!doc_.prologue.name.empty()) text(n, doc_.prologue.name, n);
      else diag(Level::Error, n, "missing manual name, using \"\"", "Nm");
      break;
    default: break;
  }
}

// The fields of an .Rs reference print in one conventional order,
// whatever order the page gives them in.
void Validator::sort_reference(Node* n) {
  static constexpr Macro kOrder[] = {Macro::Pct_A, Macro::Pct_T, Macro::Pct_B, Macro::Pct_I, Macro::Pct_J,
                                     Macro::Pct_R, Macro::Pct_N, Macro::Pct_V, Macro::Pct_U, Macro::Pct_P,
                                     Macro::Pct_Q, Macro::Pct_C, Macro::Pct_D, Macro::Pct_O};
  Node* body = n->body();
  if (!body) return;
  auto rank = [](const Node* c) {
    for (std::size_t i = 0; i < std::size(kOrder); ++i)
      if (c->macro == kOrder[i]) return i;
    return std::size(kOrder);
  };
  std::vector<Node*> children;
  for (Node* c = body->first; c; c = c->next) children.push_back(c);
  auto by_rank = [&](Node* a, Node* b) { return rank(a) < rank(b); };
  if (std::is_sorted(children.begin(), children.end(), by_rank)) return;
  reordered_ = true;
  std::stable_sort(children.begin(), children.end(), by_rank);
  for (Node* c : children) unlink(c);
  for (Node* c : children) append_child(body, c);
}

void Validator::check_list(Node* n) {
  if (!n->block()) n->set_block(doc_.make_block_args());
  BlockArgs& b = *n->block();
  if (b.list == ListType::None) {
    diag(Level::Error, n, "missing list type, using -item", "Bl");
    b.list = ListType::Item;
  }
  if (b.list == ListType::Tag && b.width.empty()) {
    diag(Level::Warning, n, "missing -width in -tag list, using 6n", "Bl -tag");
  }
  // A macro name as -width stands for that macro's conventional width.
  if (!b.width.empty()) {
    if (auto w = macro_default_width(b.width)) b.width = std::string(*w);
  }
}

void Validator::expand_return_values(Node* n) {
  std::vector<std::string> names;
  for (const Node* c = n->first; c; c = c->next) names.emplace_back(c->text());
  clear_children(n);
  if (names.empty()) {
    text(n, "Upon successful completion, the value\\~0 is returned;", n);
  } else {
    text(n, "The", n);
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (names.size() > 2 && i > 0) text(n, ",", n, kDelimClose);
      if (names.size() > 1 && i + 1 == names.size()) text(n, "and", n);
      Node* fn = doc_.make_node(NodeType::Element, Macro::Fn, n->line, n->column);
      fn->flags = kImplicitMacro;
      append_child(n, fn);
      Node* t = doc_.make_node(NodeType::Text, Macro::None, n->line, n->column);
      doc_.set_text(t, names[i]);
      append_child(fn, t);
    }
    text(n, names.size() > 1 ? "functions return" : "function returns", n);
    text(n, "the value\\~0 if successful;", n);
  }
  text(n, "otherwise the value\\~\\-1 is returned and the global variable", n);
  element_with_text(n, Macro::Va, "errno", n);
  text(n, "is set to indicate the error.", n, kEndOfSentence);
}

void Validator::expand_exit_status(Node* n) {
  std::vector<std::string> names;
  for (const Node* c = n->first; c; c = c->next) names.emplace_back(c->text());
  clear_children(n);
  if (names.empty() && !doc_.prologue.name.empty()) names.push_back(doc_.prologue.name);
  text(n, "The", n);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names.size() > 2 && i > 0) text(n, ",", n, kDelimClose);
    if (names.size() > 1 && i + 1 == names.size()) text(n, "and", n);
    Node* nm = doc_.make_node(NodeType::Element, Macro::Nm, n->line, n->column);
    nm->flags = kImplicitMacro;
    append_child(n, nm);
    Node* t = doc_.make_node(NodeType::Text, Macro::None, n->line, n->column);
    doc_.set_text(t, names[i]);
    append_child(nm, t);
  }
  text(n, names.size() > 1 ? "utilities exit\\~0" : "utility exits\\~0", n);
  text(n, "on success, and\\~>0 if an error occurs.", n, kEndOfSentence);
}

void Validator::expand_standard(Node* n) {
  if (!n->first) {
    diag(Level::Warning, n, "empty argument, using 0n", "St");  // best effort
    return;
  }
  std::string arg = strip_markers(n->first->text());
  auto t = standard_text(arg);
  if (!t) {
    diag(Level::Error, n, "unknown standard specifier", "St " + arg);
    detach(n);
    return;
  }
  Node* first = n->first;
  detach(first);
  Node* rest = n->first;
  Node* expansion = doc_.make_node(NodeType::Text, Macro::None, n->line, first->column);
  set_decoded_text(expansion, *t, n->line, first->column);
  expansion->flags = kImplicitMacro;
  if (rest) insert_before(rest, expansion);
  else append_child(n, expansion);
}

void Validator::expand_library(Node* n) {
  if (!n->first) return;
  std::string arg = strip_markers(n->first->text());
  std::string roff_text;
  if (auto t = library_text(arg)) roff_text = std::string(*t);
  else roff_text = "library \\(lq" + arg + "\\(rq";
  clear_children(n);
  text(n, roff_text, n);
}

void Validator::expand_att(Node* n) {
  std::string arg = n->first ? strip_markers(n->first->text()) : std::string();
  Node* rest = n->first ? n->first->next : nullptr;
  std::string expansion = att_text(arg);
  if (n->first && expansion == att_text("") && !arg.empty()) {
    // Unknown version: mandoc prints the generic name and keeps the argument.
    Node* keep = n->first;
    detach(keep);
    Node* t = doc_.make_node(NodeType::Text, Macro::None, n->line, n->column);
    set_decoded_text(t, expansion, n->line, n->column);
    t->flags = kImplicitMacro;
    if (n->first) insert_before(n->first, t);
    else append_child(n, t);
    insert_before(t, keep);
    return;
  }
  if (n->first) detach(n->first);
  Node* t = doc_.make_node(NodeType::Text, Macro::None, n->line, n->column);
  set_decoded_text(t, expansion, n->line, n->column);
  t->flags = kImplicitMacro;
  if (rest) insert_before(rest, t);
  else append_child(n, t);
}

void Validator::expand_bsd(Node* n) {
  // .Bx [version [variant]] -> versionBSD-variant, without spaces.
  Node* version = n->first;
  Node* variant = version ? version->next : nullptr;
  Node* bsd = doc_.make_node(NodeType::Text, Macro::None, n->line, n->column);
  doc_.set_text(bsd, "BSD");
  bsd->flags = kImplicitMacro;
  if (!version) {
    append_child(n, bsd);
    return;
  }
  bsd->flags |= kNoSpace;
  if (variant) insert_before(variant, bsd);
  else append_child(n, bsd);
  if (variant) {
    Node* dash = doc_.make_node(NodeType::Text, Macro::None, n->line, n->column);
    doc_.set_text(dash, "-");
    dash->flags = kImplicitMacro | kNoSpace;
    insert_before(variant, dash);
    variant->flags |= kNoSpace;
    // mandoc capitalises the variant: 4.3BSD-Tahoe.
    if (!variant->text().empty() && variant->text()[0] >= 'a' && variant->text()[0] <= 'z') {
      std::string capitalised(variant->text());
      capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
      doc_.set_text(variant, capitalised);
    }
  }
}

void Validator::expand_os_name(Node* n, std::string_view os) {
  Node* t = doc_.make_node(NodeType::Text, Macro::None, n->line, n->column);
  doc_.set_text(t, os);
  t->flags = kImplicitMacro;
  if (n->first) insert_before(n->first, t);
  else append_child(n, t);
}

}  // namespace

namespace {
std::string read_os_name() {
  std::ifstream f("/etc/os-release");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("NAME=", 0) != 0) continue;
    std::string v = line.substr(5);
    if (!v.empty() && v.front() == '"') v = v.substr(1, v.find('"', 1) - 1);
    auto space = v.find(' ');
    if (space != std::string::npos) v.resize(space);
    if (!v.empty()) return v;
  }
  struct utsname u{};
  if (uname(&u) == 0) return std::string(u.sysname);
  return "UNKNOWN";
}
}  // namespace

// Read once per process: a run over many pages would otherwise open and
// parse /etc/os-release for every page without -I os.
std::string default_os_name() {
  static const std::string name = read_os_name();
  return name;
}

void validate(Document& doc, const ParseOptions& options) { Validator(doc, options).run(); }

}  // namespace mdoc
