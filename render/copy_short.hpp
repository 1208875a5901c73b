// Copies of a few bytes (a word of text, a blank, an id): most pieces of
// text the back ends collect are that short, and a call to memcpy for each
// cost more than the copy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace mdoc {

// Copies n bytes, sizeof(Word) <= n <= 2 * sizeof(Word), as a head and a
// tail of one Word each that overlap in the middle, never reading or
// writing past either end.
template <class Word>
inline void copy_head_and_tail(char* to, const char* from, std::size_t n) {
  Word head, tail;
  std::memcpy(&head, from, sizeof head);
  std::memcpy(&tail, from + n - sizeof tail, sizeof tail);
  std::memcpy(to, &head, sizeof head);
  std::memcpy(to + n - sizeof tail, &tail, sizeof tail);
}

// Copies n <= 16 bytes with a few loads and stores.
inline void copy_short(char* to, const char* from, std::size_t n) {
  if (n >= 8) copy_head_and_tail<std::uint64_t>(to, from, n);
  else if (n >= 4) copy_head_and_tail<std::uint32_t>(to, from, n);
  else if (n >= 2) copy_head_and_tail<std::uint16_t>(to, from, n);
  else if (n == 1) *to = *from;
}

// memcpy for the pieces of text the back ends copy (the ranges do not
// overlap): up to 16 bytes by copy_short; a longer one (a line of prose, a
// few dozen bytes) sixteen bytes at a time, the last move overlapping the
// one before, which costs less than a call of memcpy.
inline void copy_bytes(char* to, const char* from, std::size_t n) {
  if (n <= 16) return copy_short(to, from, n);
  for (std::size_t k = 0; k + 16 < n; k += 16) std::memcpy(to + k, from + k, 16);
  std::memcpy(to + n - 16, from + n - 16, 16);
}

}  // namespace mdoc
