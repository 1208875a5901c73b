#include "render/header_text.hpp"

#include <string_view>

namespace mdoc::header {
namespace {

struct Enclosure {
  Macro macro;
  std::string_view open, close;
};

// The ASCII enclosures of mandoc -T ascii.
constexpr Enclosure kEnclosures[] = {
    {Macro::Aq, "<", ">"},   {Macro::Ao, "<", ">"},   {Macro::Bq, "[", "]"},
    {Macro::Bo, "[", "]"},   {Macro::Brq, "{", "}"},  {Macro::Bro, "{", "}"},
    {Macro::Dq, "\"", "\""}, {Macro::Do, "\"", "\""}, {Macro::Pq, "(", ")"},
    {Macro::Po, "(", ")"},   {Macro::Qq, "\"", "\""}, {Macro::Qo, "\"", "\""},
    {Macro::Sq, "'", "'"},   {Macro::So, "'", "'"},   {Macro::Ql, "'", "'"},
};

const Enclosure* enclosure_of(Macro m) {
  for (const auto& e : kEnclosures)
    if (e.macro == m) return &e;
  return nullptr;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

class PlainWriter {
 public:
  void word(std::string_view w, bool attach) {
    if (w.empty()) return;
    if (!out_.empty() && !attach && !glue_next_ && !is_space(out_.back())) out_ += ' ';
    out_ += w;
    glue_next_ = false;
  }
  void glue_next() { glue_next_ = true; }
  void separate() {
    if (!out_.empty() && !is_space(out_.back())) out_ += ' ';
  }
  std::string take() {
    // One line: collapse runs of white space, trim the ends.
    std::string clean;
    for (char c : out_) {
      if (is_space(c)) {
        if (!clean.empty() && clean.back() != ' ') clean += ' ';
      } else {
        clean += c;
      }
    }
    while (!clean.empty() && clean.back() == ' ') clean.pop_back();
    return clean;
  }

 private:
  std::string out_;
  bool glue_next_ = false;
};

void walk(const Node& n, PlainWriter& w);

void children(const Node& n, PlainWriter& w) {
  for (const Node* c = n.first; c; c = c->next) walk(*c, w);
}

// Fn and Fo: "name(arg, arg)"; in prose usually "name()".
void function(const Node& n, PlainWriter& w, bool attach) {
  const Node* name = n.type == NodeType::Block ? n.head() : n.first;
  std::string text = !name ? std::string()
                     : name->type == NodeType::Text ? strip_markers(name->text())
                                                    : strip_markers(mdoc::header::plain_text(*name));
  std::string args;
  const Node* first_arg = n.type == NodeType::Block ? (n.body() ? n.body()->first : nullptr)
                                                    : (n.first ? n.first->next : nullptr);
  for (const Node* a = first_arg; a; a = a->next) {
    std::string t = mdoc::header::plain_text(*a);
    if (t.empty()) continue;
    args += (args.empty() ? "" : ", ") + t;
  }
  w.word(text + "(" + args + ")", attach);
}

void element(const Node& n, PlainWriter& w, bool attach) {
  switch (n.macro) {
    case Macro::Ns:
      w.glue_next();
      return;
    case Macro::Fn:
      function(n, w, attach);
      return;
    case Macro::Xr: {
      const Node* name = n.first;
      const Node* sec = name ? name->next : nullptr;
      std::string t = name ? strip_markers(name->text()) : "";
      if (sec) t += "(" + strip_markers(sec->text()) + ")";
      w.word(t, attach);
      return;
    }
    case Macro::Fl:
      w.word("-", attach);
      w.glue_next();
      break;
    case Macro::Ar:
      if (!n.first) {
        w.word("file ...", attach);
        return;
      }
      break;
    case Macro::Pp: case Macro::Lp: case Macro::req_br: case Macro::req_sp:
      w.separate();
      return;
    default:
      break;
  }
  if (n.first && attach) w.glue_next();
  children(n, w);
}

void block(const Node& n, PlainWriter& w, bool attach) {
  if (n.macro == Macro::Fo) {
    function(n, w, attach);
    return;
  }
  const Enclosure* e = enclosure_of(n.macro);
  if (e) {
    w.word(e->open, attach);
    w.glue_next();
  } else if (n.macro == Macro::Bl || n.macro == Macro::Bd || n.macro == Macro::It) {
    w.separate();
  }
  // Children in order: a delimiter that follows the closing bracket is a
  // child of the block after its body (".Dq cause ." ends in a period).
  bool closed = false;
  for (const Node* c = n.first; c; c = c->next) {
    if (c->type == NodeType::Head && n.macro == Macro::Bl) continue;
    walk(*c, w);
    if (c->type == NodeType::Body && e) {
      w.word(e->close, true);
      closed = true;
    }
  }
  if (e && !closed) w.word(e->close, true);
}

void walk(const Node& n, PlainWriter& w) {
  bool attach = n.is(kNoSpace) || n.is(kDelimClose);
  switch (n.type) {
    case NodeType::Text:
      w.word(strip_markers(n.text()), attach);
      if (n.is(kDelimOpen)) w.glue_next();
      break;
    case NodeType::Element:
      element(n, w, attach);
      break;
    case NodeType::Block:
      block(n, w, attach);
      break;
    case NodeType::Head: case NodeType::Body: case NodeType::Tail: case NodeType::Root:
      children(n, w);
      break;
    case NodeType::Table: case NodeType::Equation:
      w.word(n.text(), false);
      break;
  }
}

}  // namespace

std::string plain_text(const Node& n) {
  PlainWriter w;
  if (n.type == NodeType::Text)
    walk(n, w);
  else
    children(n, w);
  return w.take();
}

std::string plain_text_run(const Node* first, const Node* end) {
  PlainWriter w;
  for (const Node* n = first; n && n != end; n = n->next) walk(*n, w);
  return w.take();
}

}  // namespace mdoc::header
