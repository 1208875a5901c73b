// Copies of a few bytes (a word of text, a blank): most pieces of text the
// HTML back end collects are that short, and a call to memcpy for each cost
// more than the copy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace mdoc::html {

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

}  // namespace mdoc::html
