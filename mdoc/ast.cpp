#include "mdoc/ast.hpp"

#include <algorithm>
#include <cstddef>
#include <memory>
#include <memory_resource>
#include <new>
#include <utility>
#include <vector>

namespace mdoc {
namespace {

// Objects whose addresses never change, allocated in chunks that grow
// geometrically.  (std::deque would also keep addresses stable, but its
// fixed 512-byte blocks hold only three Nodes: one allocation every three
// nodes, on the hottest path of the parser.)
template <typename T>
class StablePool {
 public:
  StablePool() = default;
  StablePool(const StablePool&) = delete;
  StablePool& operator=(const StablePool&) = delete;
  ~StablePool() {
    for (std::size_t c = 0; c < chunks_.size(); ++c) {
      T* first = chunks_[c].get();
      std::destroy(first, c + 1 == chunks_.size() ? next_ : first + capacity(c));
    }
  }

  template <typename... Args>
  T& emplace(Args&&... args) {
    if (next_ == end_) add_chunk();
    T* slot = ::new (static_cast<void*>(next_)) T(std::forward<Args>(args)...);
    ++next_;
    return *slot;
  }

 private:
  void add_chunk() {
    std::size_t n = capacity(chunks_.size());
    next_ = chunks_.emplace_back(static_cast<T*>(::operator new(n * sizeof(T)))).get();
    end_ = next_ + n;
  }

  // 64 objects first (a short page), doubling up to 4096 per chunk.
  static std::size_t capacity(std::size_t chunk) { return std::size_t{64} << std::min<std::size_t>(chunk, 6); }

  struct Release {
    void operator()(T* p) const { ::operator delete(p); }
  };
  std::vector<std::unique_ptr<T, Release>> chunks_;
  T* next_ = nullptr;  // the next free slot of the last chunk
  T* end_ = nullptr;   // the end of the last chunk
};

}  // namespace

// The whole tree is freed at once with the Document.  Node text comes from
// one growing buffer: most text runs are longer than a std::string holds in
// place, and a heap allocation (and a free) for each was a tenth of the
// parser's time.  Declared first, the buffer outlives the nodes using it.
struct Document::Arena {
  std::pmr::monotonic_buffer_resource text{16 * 1024};
  StablePool<Node> nodes;
  StablePool<BlockArgs> block_args;
};

Document::Document() : arena_(std::make_unique<Arena>()) {
  root_ = make_node(NodeType::Root, Macro::None, 1, 1);
}
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;
Document::~Document() = default;

Node* Document::make_node(NodeType type, Macro macro, std::uint32_t line, std::uint32_t column) {
  Node& n = arena_->nodes.emplace(&arena_->text);
  n.type = type;
  n.macro = macro;
  n.line = line;
  n.column = column;
  return &n;
}

BlockArgs* Document::make_block_args() { return &arena_->block_args.emplace(); }

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
