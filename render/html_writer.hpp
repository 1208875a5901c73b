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

struct OutputRoom {
  char* pos;
  char* end;
};
// Lengthens `out` (its bytes up to `pos` are the output) to hold at least
// `n` bytes after pos.  Out of line (html_serialise.cpp), and given values
// only, so that a cursor's address is never taken (see HtmlCursor).
OutputRoom grow_output(std::string& out, char* pos, std::size_t n);

// Writes into the output string through a pointer: std::string would check
// its size and capacity for every one of the page's many small pieces.  The
// string is lengthened ahead of the pointer (HtmlWriter cuts it back).
//
// A cursor is a value the serialiser copies into a local variable for its
// loops: the bytes it stores are chars, which may alias anything in memory,
// so a position kept in memory (a member of the writer) would be reloaded
// and stored again around every byte; a local one whose address is never
// taken stays in a register.  Functions out of line take and return a
// cursor by value for that reason.
class HtmlCursor {
 public:
  HtmlCursor(std::string& out, char* pos, char* end) : out_(&out), pos_(pos), end_(end) {}

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
  friend class HtmlWriter;
  void grow(std::size_t n) {
    OutputRoom room = grow_output(*out_, pos_, n);
    pos_ = room.pos;
    end_ = room.end;
  }

  std::string* out_;
  char* pos_;
  char* end_;
};

// Owns the output string while a page is written to it through a cursor:
// lengthens it ahead, and cuts it back to what was written when it goes
// away.
class HtmlWriter {
 public:
  explicit HtmlWriter(std::string& out) : cursor_(out, nullptr, nullptr) {
    OutputRoom room = grow_output(out, out.data() + out.size(), 1);
    cursor_.pos_ = room.pos;
    cursor_.end_ = room.end;
  }
  HtmlWriter(const HtmlWriter&) = delete;
  HtmlWriter& operator=(const HtmlWriter&) = delete;
  ~HtmlWriter() { cursor_.out_->resize(static_cast<std::size_t>(cursor_.pos_ - cursor_.out_->data())); }

  // Where the next byte goes: copy it, write, and give it back.
  HtmlCursor& cursor() { return cursor_; }

 private:
  HtmlCursor cursor_;
};

}  // namespace mdoc::html
