// The arena behind a page's text and its HTML tree: allocations aligned,
// never overlapping, across chunks and past the largest chunk size.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "mdoc/chunk_arena.hpp"

TEST_CASE("chunk arena: aligned, disjoint allocations that keep their bytes across many chunks") {
  mdoc::ChunkArena arena(64, 1024, 16);
  struct Piece {
    unsigned char* at;
    std::size_t size;
    unsigned char fill;
  };
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i < 2000; ++i) {
    std::size_t size = i % 97 == 0 ? 5000 : i % 40;  // now and then larger than any chunk
    std::size_t align = std::size_t{1} << (i % 4);
    auto* at = static_cast<unsigned char*>(arena.allocate(size, align));
    REQUIRE(at != nullptr);
    CHECK(reinterpret_cast<std::uintptr_t>(at) % align == 0);
    std::memset(at, static_cast<int>(i & 0xff), size);
    pieces.push_back({at, size, static_cast<unsigned char>(i & 0xff)});
  }
  for (const Piece& p : pieces)
    for (std::size_t k = 0; k < p.size; ++k) REQUIRE(p.at[k] == p.fill);
}

TEST_CASE("chunk arena: the free part of the newest chunk can be written and kept in place") {
  mdoc::ChunkArena arena(256, 256);
  auto* first = static_cast<char*>(arena.allocate(8, 8));
  char* free = arena.next();
  CHECK(free == first + 8);
  REQUIRE(arena.end() - free >= 10);
  std::memcpy(free, "0123456789", 10);
  arena.set_next(free + 10);  // kept
  auto* after = static_cast<char*>(arena.allocate(1, 1));
  CHECK(after == free + 10);
  CHECK(std::memcmp(free, "0123456789", 10) == 0);
}
