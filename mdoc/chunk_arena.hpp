// Memory handed out front to back from chunks that grow geometrically, and
// freed all at once with the arena: for what lives as long as a page (the
// text of its tree, its HTML).  An allocation is a few instructions; nothing
// is freed on its own.
#pragma once

#include <cstddef>
#include <cstdint>

namespace mdoc {

class ChunkArena {
 public:
  // Chunks hold first_chunk bytes at first, doubling up to largest_chunk; a
  // larger request gets a chunk of its own size.  The `tail` bytes after
  // the end of every chunk are never handed out, so that a reader may read
  // up to that many bytes past the end of anything the arena holds.
  ChunkArena(std::size_t first_chunk, std::size_t largest_chunk, std::size_t tail = 0)
      : next_size_(first_chunk), largest_(largest_chunk), tail_(tail) {}
  ChunkArena(const ChunkArena&) = delete;
  ChunkArena& operator=(const ChunkArena&) = delete;
  ~ChunkArena();

  void* allocate(std::size_t size, std::size_t align) {
    std::uintptr_t at = (next_ + align - 1) & ~(std::uintptr_t{align} - 1);
    // (>=: a chunk is never filled to its last byte by allocate, so that the
    // first request, before any chunk, takes the slow way even for 0 bytes.)
    if (at + size >= end_) [[unlikely]] return allocate_in_new_chunk(size, align);
    next_ = at + size;
    return reinterpret_cast<void*>(at);
  }

  // The free bytes of the newest chunk, [next(), end()): a caller may write
  // something that grows there in place, then keep it with set_next() (or
  // give back the end of its last allocation the same way).
  char* next() const { return reinterpret_cast<char*>(next_); }
  char* end() const { return reinterpret_cast<char*>(end_); }
  void set_next(char* p) { next_ = reinterpret_cast<std::uintptr_t>(p); }

 private:
  [[gnu::noinline]] void* allocate_in_new_chunk(std::size_t size, std::size_t align);

  struct Chunk {
    Chunk* previous;  // each chunk holds the one made before it
    std::size_t size;
  };
  static_assert(sizeof(Chunk) % alignof(std::max_align_t) == 0);

  Chunk* last_ = nullptr;    // the newest chunk
  std::uintptr_t next_ = 0;  // its first free byte
  std::uintptr_t end_ = 0;   // its end (before the tail)
  std::size_t next_size_;
  const std::size_t largest_;
  const std::size_t tail_;
};

}  // namespace mdoc
