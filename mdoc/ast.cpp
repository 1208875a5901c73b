#include "mdoc/ast.hpp"

#include <deque>

namespace mdoc {

// Nodes and block arguments are allocated in deques so their addresses stay
// stable; the whole tree is freed at once with the Document.
struct Document::Arena {
  std::deque<Node> nodes;
  std::deque<BlockArgs> block_args;
};

Document::Document() : arena_(std::make_unique<Arena>()) {
  root_ = make_node(NodeType::Root, Macro::None, 1, 1);
}
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;
Document::~Document() = default;

Node* Document::make_node(NodeType type, Macro macro, std::uint32_t line, std::uint32_t column) {
  Node& n = arena_->nodes.emplace_back();
  n.type = type;
  n.macro = macro;
  n.line = line;
  n.column = column;
  return &n;
}

BlockArgs* Document::make_block_args() { return &arena_->block_args.emplace_back(); }

void append_child(Node* parent, Node* child) {
  child->parent = parent;
  child->prev = parent->last;
  child->next = nullptr;
  if (parent->last)
    parent->last->next = child;
  else
    parent->first = child;
  parent->last = child;
  if (parent->type == NodeType::Block) {
    if (child->type == NodeType::Head && !parent->head) parent->head = child;
    if (child->type == NodeType::Body && !parent->body) parent->body = child;
    if (child->type == NodeType::Tail && !parent->tail) parent->tail = child;
  }
}

void insert_before(Node* sibling, Node* node) {
  Node* parent = sibling->parent;
  node->parent = parent;
  node->next = sibling;
  node->prev = sibling->prev;
  if (sibling->prev)
    sibling->prev->next = node;
  else if (parent)
    parent->first = node;
  sibling->prev = node;
}

void unlink(Node* node) {
  Node* parent = node->parent;
  if (node->prev) node->prev->next = node->next;
  else if (parent) parent->first = node->next;
  if (node->next) node->next->prev = node->prev;
  else if (parent) parent->last = node->prev;
  if (parent && parent->type == NodeType::Block) {
    if (parent->head == node) parent->head = nullptr;
    if (parent->body == node) parent->body = nullptr;
    if (parent->tail == node) parent->tail = nullptr;
  }
  node->parent = node->prev = node->next = nullptr;
}

const Argument* find_argument(const Node& n, std::string_view name) {
  for (const Argument& a : n.args)
    if (a.name == name) return &a;
  return nullptr;
}

const Node* enclosing(const Node& n, Macro m) {
  for (const Node* p = &n; p; p = p->parent)
    if (p->type == NodeType::Block && p->macro == m) return p;
  return nullptr;
}

std::string strip_markers(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == text_marker::kFont) { ++i; continue; }
    if (c == text_marker::kNoBreakSpace) { out += ' '; continue; }
    if (c == text_marker::kBreakHyphen) { out += '-'; continue; }
    if (c == text_marker::kBreakPoint || c == text_marker::kZeroWidth) continue;
    out += c;
  }
  return out;
}

namespace {
void collect_text(const Node& n, std::string& out) {
  if (n.type == NodeType::Text) {
    if (!out.empty() && !n.is(kNoSpace)) out += ' ';
    out += strip_markers(n.text);
  }
  for (const Node* c = n.first; c; c = c->next) collect_text(*c, out);
}
}  // namespace

std::string plain_text(const Node& n) {
  std::string out;
  collect_text(n, out);
  return out;
}

}  // namespace mdoc
