// The serialiser's output: see HtmlWriter.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "render/copy_short.hpp"
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
  // A string of a few bytes (a class name) copied without a call.
  void put_short(std::string_view s) {
    const std::size_t n = s.size();
    if (n > 16) return put(s);
    if (static_cast<std::size_t>(end_ - pos_) < 16) grow(16);
    copy_short(pos_, s.data(), n);
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
