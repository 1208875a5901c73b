// The serialiser's output: see HtmlWriter.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "render/html_elements.hpp"

namespace mdoc::html {

// Writes into the output string through a pointer: std::string would check
// its size and capacity for every one of the page's many small pieces.  The
// string is lengthened ahead of the pointer and cut back to what was written
// when the writer goes away.
class HtmlWriter {
 public:
  explicit HtmlWriter(std::string& out) : out_(out) {
    std::size_t used = out_.size();
    out_.resize(used + kStep);
    pos_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }
  HtmlWriter(const HtmlWriter&) = delete;
  HtmlWriter& operator=(const HtmlWriter&) = delete;
  ~HtmlWriter() { out_.resize(static_cast<std::size_t>(pos_ - out_.data())); }

  void put(char c) {
    if (pos_ == end_) grow(1);
    *pos_++ = c;
  }
  // (In line even where the compiler would not: a call per piece cost more
  // than the copies of the code.)
  [[gnu::always_inline]] void put(std::string_view s) {
    if (static_cast<std::size_t>(end_ - pos_) < s.size()) grow(s.size());
    std::memcpy(pos_, s.data(), s.size());
    pos_ += s.size();
  }
  // A string of a few bytes (a class name) copied with loads and stores
  // that overlap, never reading past its end, rather than a call.
  void put_short(std::string_view s) {
    const std::size_t n = s.size();
    if (n > 16) return put(s);
    if (static_cast<std::size_t>(end_ - pos_) < 16) grow(16);
    const char* from = s.data();
    if (n >= 8) {
      copy_overlapping<8>(from, n);
    } else if (n >= 4) {
      copy_overlapping<4>(from, n);
    } else {
      for (std::size_t i = 0; i < n; ++i) pos_[i] = from[i];
    }
    pos_ += n;
  }
#if defined(__SSE2__)
  // The first `length` bytes of a block, stored at once.
  void put_block(__m128i block, std::size_t length) {
    if (static_cast<std::size_t>(end_ - pos_) < sizeof block) grow(sizeof block);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(pos_), block);
    pos_ += length;
  }
  // Two blocks, the second stored to end `length` (17 to 32) bytes on.
  void put_blocks(__m128i head, __m128i tail, std::size_t length) {
    if (static_cast<std::size_t>(end_ - pos_) < 2 * sizeof head) grow(2 * sizeof head);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(pos_), head);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(pos_ + length - sizeof tail), tail);
    pos_ += length;
  }
#endif
  // A table string: all its bytes stored at once, the pointer advanced by
  // its length.
  template <std::size_t Size>
  void put_padded(const Padded<Size>& s) {
    if (static_cast<std::size_t>(end_ - pos_) < Size) grow(Size);
    std::memcpy(pos_, s.bytes, Size);
    pos_ += s.length;
  }
 private:
  // n bytes (Size to 2 * Size) as a head and a tail of Size bytes each.
  template <std::size_t Size>
  void copy_overlapping(const char* from, std::size_t n) {
    char head[Size], tail[Size];
    std::memcpy(head, from, Size);
    std::memcpy(tail, from + n - Size, Size);
    std::memcpy(pos_, head, Size);
    std::memcpy(pos_ + n - Size, tail, Size);
  }

  // resize() zero-fills what it adds; in steps this small glibc does that
  // with vector stores, where a larger block would take "rep stosb", which
  // callgrind (our measure) counts byte by byte.  Capacity still doubles.
  static constexpr std::size_t kStep = 2048;

  void grow(std::size_t n) {
    std::size_t used = static_cast<std::size_t>(pos_ - out_.data());
    // One step at a time, even for a large piece (the style sheet).
    do out_.resize(out_.size() + kStep);
    while (out_.size() - used < n);
    pos_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }

  std::string& out_;
  char* pos_;
  char* end_;
};

}  // namespace mdoc::html
