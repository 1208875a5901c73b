// Copies of a few bytes (a word of text, a blank): most pieces of text the
// HTML back end collects are that short, and a call to memcpy for each cost
// more than the copy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace mdoc::html {

// Copies n <= 16 bytes with a few loads and stores: a head and a tail that
// overlap in the middle, never reading or writing past either end.
inline void copy_short(char* to, const char* from, std::size_t n) {
  if (n >= 8) {
    std::uint64_t head, tail;
    std::memcpy(&head, from, 8);
    std::memcpy(&tail, from + n - 8, 8);
    std::memcpy(to, &head, 8);
    std::memcpy(to + n - 8, &tail, 8);
  } else if (n >= 4) {
    std::uint32_t head, tail;
    std::memcpy(&head, from, 4);
    std::memcpy(&tail, from + n - 4, 4);
    std::memcpy(to, &head, 4);
    std::memcpy(to + n - 4, &tail, 4);
  } else if (n >= 2) {
    std::uint16_t head, tail;
    std::memcpy(&head, from, 2);
    std::memcpy(&tail, from + n - 2, 2);
    std::memcpy(to, &head, 2);
    std::memcpy(to + n - 2, &tail, 2);
  } else if (n == 1) {
    *to = *from;
  }
}

}  // namespace mdoc::html
