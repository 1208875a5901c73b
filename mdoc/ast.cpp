#include "mdoc/ast.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <memory_resource>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

#include "mdoc/chunk_arena.hpp"
#include "mdoc/scan.hpp"

namespace mdoc {
namespace {

// Memory for objects whose addresses never change: chunks that grow
// geometrically, chained through their headers, so that nothing else is
// allocated.  (std::deque would also keep addresses stable, but its fixed
// 512-byte blocks hold only eight Nodes: one allocation every eight nodes,
// on the hottest path of the parser.)  The chunks are freed with it; the
// objects in them are their filler's to destroy.
template <typename T>
class Chunks {
 public:
  // The first chunk holds first_capacity objects.
  explicit Chunks(std::size_t first_capacity) : first_capacity_(first_capacity) {}
  Chunks(const Chunks&) = delete;
  Chunks& operator=(const Chunks&) = delete;
  ~Chunks() {
    while (last_) {
      Chunk* previous = last_->previous;
      ::operator delete(last_);
      last_ = previous;
    }
  }

  // A new chunk: its slots are [first, end).
  void add(T*& first, T*& end) {
    // Doubling up to 4096 objects per chunk.
    std::size_t n = last_ ? std::min<std::size_t>(last_->capacity * 2, 4096) : first_capacity_;
    last_ = ::new (::operator new(kHeaderRoom + n * sizeof(T))) Chunk{last_, n};
    first = last_->objects();
    end = first + n;
  }
  // Calls f(first, end) for the slots of every chunk, the newest first.
  template <typename F>
  void for_each_chunk(F f) const {
    for (Chunk* c = last_; c; c = c->previous) f(c->objects(), c->objects() + c->capacity);
  }

 private:
  struct Chunk {
    Chunk* previous;
    std::size_t capacity;
    // The objects follow the header at their own alignment (a Node's is a
    // cache line).  The chunk is allocated with room for that, rather than
    // by the aligned operator new: malloc's aligned path is slower.
    T* objects() {
      auto after_header = reinterpret_cast<std::uintptr_t>(this + 1);
      return reinterpret_cast<T*>((after_header + alignof(T) - 1) & ~(std::uintptr_t{alignof(T)} - 1));
    }
  };
  static constexpr std::size_t kHeaderRoom = sizeof(Chunk) + alignof(T) - 1;

  std::size_t first_capacity_;
  Chunk* last_ = nullptr;  // the newest chunk; each holds the one before
};

// Objects made one by one in Chunks, and destroyed with it.
template <typename T>
class StablePool {
 public:
  explicit StablePool(std::size_t first_capacity) : chunks_(first_capacity) {}
  ~StablePool() {
    chunks_.for_each_chunk([this](T* first, T* end) {
      if (end_ == end) end = next_;  // the newest chunk, filled up to next_
      for (T* o = first; o != end; ++o) std::destroy_at(o);
    });
  }

  template <typename... Args>
  T& emplace(Args&&... args) {
    if (next_ == end_) [[unlikely]] return emplace_in_new_chunk(args...);
    T* slot = ::new (static_cast<void*>(next_)) T(std::forward<Args>(args)...);
    ++next_;
    return *slot;
  }

 private:
  // Out of line, and taking its arguments by value: the common path of
  // emplace then saves no registers and builds no stack frame.
  template <typename... Args>
  [[gnu::noinline]] T& emplace_in_new_chunk(Args... args) {
    chunks_.add(next_, end_);
    return emplace(args...);
  }

  Chunks<T> chunks_;
  T* next_ = nullptr;  // the next free slot of the newest chunk
  T* end_ = nullptr;   // the end of the newest chunk
};

// The memory of a page's nodes.  Document::make_node fills each chunk
// itself, in line (a call into a pool for every node cost more).  A Node's
// text lives in the arena's text memory, which frees it with the rest of
// the page: no node is destroyed on its own (a walk over every node of the
// page only to find nothing to free).
static_assert(std::is_trivially_destructible_v<Node>);
using NodeChunks = Chunks<Node>;

// That text memory: a ChunkArena, which frees only with the Document.
// (What std::pmr::monotonic_buffer_resource does, but an allocation, asked
// for every text run, is a few instructions instead of a call to std::align
// and its bookkeeping.)  The dash-arguments' strings come from it through
// the memory_resource interface.
class TextMemory final : public std::pmr::memory_resource {
 public:
  // The node texts are taken from here directly: no virtual call.
  ChunkArena& arena() { return arena_; }

 private:
  void* do_allocate(std::size_t bytes, std::size_t alignment) override { return arena_.allocate(bytes, alignment); }
  void do_deallocate(void*, std::size_t, std::size_t) override {}
  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override { return this == &other; }

  // 16 KiB first (a short page), doubling up to 1 MiB.
  ChunkArena arena_{std::size_t{16} << 10, std::size_t{1} << 20};
};

}  // namespace

// The whole tree is freed at once with the Document.  Node text comes from
// one growing buffer, where each text run is copied once it is decoded: a
// node holds only where its text lies (a std::string in every node made it
// more than twice as large, and the walks over the tree as many cache lines
// longer), and a heap allocation (and a free) for each run was a tenth of
// the parser's time.  Declared first, the buffer outlives the nodes using it.
struct Document::Arena {
  TextMemory text;
  // A page of average length makes some 800 nodes: most pages fill the
  // first chunk or two (each chunk is an allocation, and a large one; 512
  // nodes stay below the size malloc maps on its own).
  NodeChunks nodes{512};
  StablePool<BlockArgs> block_args{64};
};

Document::Document() : arena_(std::make_unique<Arena>()), text_arena_(&arena_->text.arena()) {
  root_ = make_node(NodeType::Root, Macro::None, 1, 1);
}
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;
Document::~Document() = default;

void Document::note_list_head(const Node* head, ListType type) {
  if (heads_are_terms(type)) tag_list_heads.push_back(head);
}

void Document::add_node_chunk() { arena_->nodes.add(next_node_, nodes_end_); }

BlockArgs* Document::make_block_args() { return &arena_->block_args.emplace(&arena_->text); }

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
  node->parent = node->prev = node->next = nullptr;
}

const Argument* find_argument(const Node& n, std::string_view name) {
  for (const Argument& a : n.args())
    if (a.name == name) return &a;
  return nullptr;
}

const Node* enclosing(const Node& n, Macro m) {
  for (const Node* p = &n; p; p = p->parent)
    if (p->type == NodeType::Block && p->macro == m) return p;
  return nullptr;
}

namespace {

// Appends text to out with the markers removed.  Runs of ordinary bytes are
// copied whole: every marker is a control character, and most text has none.
// The bytes a marker can be (all below 0x20).
constexpr scan::ByteSet kMarkerBytes = scan::ByteSet().add_controls_except("");

void append_without_markers(std::string_view text, std::string& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    // Markers are rare: the runs between them are found a block at a time.
    std::size_t run = scan::find_rare_byte(text, i, kMarkerBytes);
    out.append(text.data() + i, run - i);
    if (run == text.size()) break;
    i = run + 1;
    switch (char c = text[run]) {
      case text_marker::kFont: ++i; break;  // and its FontCode byte
      case text_marker::kNoBreakSpace: out += ' '; break;
      case text_marker::kBreakHyphen: out += '-'; break;
      case text_marker::kBreakPoint: case text_marker::kZeroWidth: break;
      default: out += c; break;
    }
  }
}

void collect_text(const Node& n, std::string& out) {
  if (n.type == NodeType::Text) {
    if (!out.empty() && !n.is(kNoSpace)) out += ' ';
    append_without_markers(n.text(), out);
  }
  for (const Node* c = n.first; c; c = c->next) collect_text(*c, out);
}

}  // namespace

std::string strip_markers(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_without_markers(text, out);
  return out;
}

std::string plain_text(const Node& n) {
  std::string out;
  collect_text(n, out);
  return out;
}

}  // namespace mdoc
