#include "mdoc/chunk_arena.hpp"

#include <algorithm>
#include <new>

namespace mdoc {

ChunkArena::~ChunkArena() {
  for (Chunk* c = last_; c;) {
    Chunk* previous = c->previous;
    ::operator delete(c);
    c = previous;
  }
}

void* ChunkArena::allocate_in_new_chunk(std::size_t size, std::size_t align) {
  // Room for the request, its alignment and the byte allocate never fills.
  std::size_t capacity = std::max(next_size_, size + align + 1);
  next_size_ = std::min(next_size_ * 2, largest_);
  last_ = ::new (::operator new(sizeof(Chunk) + capacity + tail_)) Chunk{last_, capacity};
  next_ = reinterpret_cast<std::uintptr_t>(last_ + 1);
  end_ = next_ + capacity;
  return allocate(size, align);
}

}  // namespace mdoc
