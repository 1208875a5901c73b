// Fast scans over text for the few bytes the front end must stop at.
//
// Most of a manual is plain ASCII prose: the roff layer and the text decoder
// only need to act on control bytes, escapes, braces or hyphens.  Testing
// eight bytes at a time (SWAR: "SIMD within a register") lets them skip the
// plain runs without a branch per byte, and without calling memchr once per
// interesting byte as std::string::find_first_of does.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace mdoc::scan {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kHighs = 0x8080808080808080ull;

// In each mask below the lowest flagged byte is exact; bytes above a flagged
// one may be flagged falsely (a borrow carries into them).  Only the lowest
// flag is ever used, so the scans are exact.
constexpr std::uint64_t zero_bytes(std::uint64_t x) { return (x - kOnes) & ~x & kHighs; }
constexpr std::uint64_t bytes_equal(std::uint64_t x, unsigned char b) { return zero_bytes(x ^ (kOnes * b)); }
// Bytes below n (n <= 0x80).
constexpr std::uint64_t bytes_below(std::uint64_t x, unsigned char n) { return (x - kOnes * n) & ~x & kHighs; }
// Bytes at or above 0x80 (UTF-8 sequences).
constexpr std::uint64_t bytes_high(std::uint64_t x) { return x & kHighs; }

inline std::uint64_t load8(const char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, sizeof x);
  if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
  return x;
}

// The position of the first byte at or after from for which Flags (a
// function of an 8-byte word, returning a mask as above) and the byte test
// Is agree, or s.size().  Flags and Is must describe the same set of bytes.
template <typename Flags, typename Is>
std::size_t find_first(std::string_view s, std::size_t from, Flags flags, Is is) {
  std::size_t i = from;
  while (i + 8 <= s.size()) {
    std::uint64_t m = flags(load8(s.data() + i));
    if (m) return i + static_cast<std::size_t>(std::countr_zero(m)) / 8;
    i += 8;
  }
  for (; i < s.size(); ++i)
    if (is(static_cast<unsigned char>(s[i]))) return i;
  return s.size();
}

// Control bytes (below 0x20, and DEL) including tab.
inline std::size_t find_control(std::string_view s, std::size_t from) {
  return find_first(
      s, from, [](std::uint64_t x) { return bytes_below(x, 0x20) | bytes_equal(x, 0x7f); },
      [](unsigned char c) { return c < 0x20 || c == 0x7f; });
}

// An opening or closing brace.
inline std::size_t find_brace(std::string_view s, std::size_t from) {
  return find_first(
      s, from, [](std::uint64_t x) { return bytes_equal(x, '{') | bytes_equal(x, '}'); },
      [](unsigned char c) { return c == '{' || c == '}'; });
}

// What ends a run of text the decoder copies as it is: control bytes,
// non-ASCII bytes, escapes and hyphens (which may become break points).
inline std::size_t find_text_special(std::string_view s, std::size_t from) {
  return find_first(
      s, from,
      [](std::uint64_t x) {
        return bytes_below(x, 0x20) | bytes_high(x) | bytes_equal(x, '\\') | bytes_equal(x, '-');
      },
      [](unsigned char c) { return c < 0x20 || c >= 0x80 || c == '\\' || c == '-'; });
}

}  // namespace mdoc::scan
