// Finding the next byte that needs attention in a run of text.
//
// Most of a manual is plain ASCII prose: the roff layer, the text decoder and
// the HTML escaper only act on control bytes, escapes, braces, hyphens or
// markup characters.  The search skips sixteen bytes at a time where SSE2 is
// available (every x86-64) instead of testing each byte, and without calling
// memchr once per interesting byte as std::string::find_first_of does.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mdoc::scan {

// The bytes to look for.  The fast path flags every control byte (below
// 0x20), every byte at or above 0x80 when the set has any, and up to four
// others, then checks the table: members from 0x20 to 0x7f must be among
// `others`.  (A set holding every byte from 0x7f up flags all bytes outside
// printable ASCII in one comparison: see flag_bytes.)
struct ByteSet {
  std::array<bool, 256> member{};
  std::array<char, 4> others{};
  std::size_t other_count = 0;
  bool high = false;  // some member is at or above 0x80
  int from_del_up = 0;  // how many members are at or above 0x7f

  constexpr ByteSet& add(char c) {
    auto b = static_cast<unsigned char>(c);
    if (b >= 0x7f && !member[b]) ++from_del_up;
    member[b] = true;
    if (b >= 0x80) high = true;
    else if (b >= 0x20) others[other_count++] = c;
    return *this;
  }
  constexpr ByteSet& add_controls_except(std::string_view kept) {
    for (char c = 0; c < 0x20; ++c)
      if (kept.find(c) == std::string_view::npos) add(c);
    return *this;
  }
  // Every byte at or above 0x80 (UTF-8 sequences).
  constexpr ByteSet& add_high() {
    for (int b = 0x80; b < 0x100; ++b) add(static_cast<char>(b));
    return *this;
  }
  constexpr bool contains(char c) const { return member[static_cast<unsigned char>(c)]; }
  // Every byte from 0x7f (DEL) up is a member.
  constexpr bool holds_del_and_high() const { return from_del_up == 0x100 - 0x7f; }
};

#if defined(__SSE2__)
// One bit per byte of v that may be in `set`: every member is flagged, and
// some other bytes (control and high bytes) may be.  Always in line: the
// set is a constant of each caller, whose tests then become a few vector
// instructions; a copy out of line (which a profile-guided build made)
// would loop over the set's bytes at run time.
[[gnu::always_inline]] inline unsigned flag_bytes(__m128i v, const ByteSet& set) {
  __m128i flagged;
  const bool outside_printable = set.holds_del_and_high();
  if (outside_printable) {
    // Control bytes, DEL and high bytes: those outside 0x20..0x7e.  Moved
    // by 0x60, that range starts at -128 as signed bytes and ends at -34:
    // one addition and one comparison instead of three tests.
    flagged = _mm_cmpgt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x60)), _mm_set1_epi8(-34));
  } else {
    flagged = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
    if (set.high) flagged = _mm_or_si128(flagged, v);  // movemask reads each lane's top bit
  }
  for (std::size_t k = 0; k < set.other_count; ++k) {
    if (outside_printable && set.others[k] == '\x7f') continue;  // flagged above
    flagged = _mm_or_si128(flagged, _mm_cmpeq_epi8(v, _mm_set1_epi8(set.others[k])));
  }
  return static_cast<unsigned>(_mm_movemask_epi8(flagged));
}

// The same for p[0, 16).
[[gnu::always_inline]] inline unsigned flag16(const char* p, const ByteSet& set) {
  return flag_bytes(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), set);
}

// The bytes of p[0, size), 4 <= size < 16 (a word, an argument), in one
// vector without reading past the end: two overlapping halves, the first
// from the start and the second ending at the end.  From 8 bytes on the
// halves are 8 bytes each (lanes 0-7 and 8-15); below, 4 each (lanes 0-3
// and 4-7), and lanes 8-15 are zero: a test that flags zeros must ignore
// them (see half_lanes).
[[gnu::always_inline]] inline __m128i load_halves(const char* p, std::size_t size) {
  if (size >= 8) {
    std::uint64_t head, tail;
    std::memcpy(&head, p, 8);
    std::memcpy(&tail, p + size - 8, 8);
    return _mm_set_epi64x(static_cast<long long>(tail), static_cast<long long>(head));
  }
  std::uint32_t head, tail;
  std::memcpy(&head, p, 4);
  std::memcpy(&tail, p + size - 4, 4);
  return _mm_set_epi32(0, 0, static_cast<int>(tail), static_cast<int>(head));
}
// The bits of a byte mask of load_halves(p, size) that are bytes of p.
constexpr unsigned half_lanes(std::size_t size) { return size >= 8 ? 0xffffu : 0xffu; }

// flag16 for p[0, size), 4 <= size < 16, loaded by load_halves; bit i is
// byte i of p.
[[gnu::always_inline]] inline unsigned flag_short(const char* p, std::size_t size, const ByteSet& set) {
  unsigned mask = flag_bytes(load_halves(p, size), set);
  if (size >= 8) return (mask & 0xffu) | (mask >> 8) << (size - 8);
  return (mask & 0xfu) | (mask >> 4 & 0xfu) << (size - 4);
}

#endif

// The index of the first byte of text[from, size) in `set`, or size.
inline std::size_t find_byte(std::string_view text, std::size_t from, const ByteSet& set) {
  std::size_t i = from;
  const std::size_t size = text.size();
#if defined(__SSE2__)
  // A block that would end past the text ends at its end instead, starting
  // before `from`: the bits before `from` are dropped.  So any text of 16
  // bytes or more is searched a block at a time, its tail included.
  if (size >= 16 && i < size) {
    for (;;) {
      std::size_t at = i + 16 <= size ? i : size - 16;
      unsigned mask = flag16(text.data() + at, set) >> (i - at) << (i - at);
      for (; mask; mask &= mask - 1) {
        std::size_t hit = at + static_cast<std::size_t>(__builtin_ctz(mask));
        if (set.contains(text[hit])) return hit;
      }
      if (at + 16 >= size) return size;
      i = at + 16;
    }
  }
#endif
  while (i < size && !set.contains(text[i])) ++i;
  return i;
}

// The same for a set whose bytes are rare in the text, so that the search
// usually runs to its end: a text of 4 to 15 bytes (a word) is then checked
// in one step, not byte by byte.  (Where a member comes within a few bytes,
// as the blank after a word, find_byte's byte loop gets there sooner.)
inline std::size_t find_rare_byte(std::string_view text, std::size_t from, const ByteSet& set) {
#if defined(__SSE2__)
  const std::size_t size = text.size();
  if (size >= 4 && size < 16 && from < size) {
    for (unsigned mask = flag_short(text.data(), size, set) >> from << from; mask; mask &= mask - 1) {
      std::size_t hit = static_cast<std::size_t>(__builtin_ctz(mask));
      if (set.contains(text[hit])) return hit;
    }
    return size;
  }
#endif
  return find_byte(text, from, set);
}

// Finds the members of a set in one text, front to back, for many searches
// whose starting points only move forward (the lines of a page): it looks
// at 64 bytes per step and keeps what it found for the next search, where
// find_byte would reload a block at every start.  (The set is a template
// argument: its bytes become constants of the search.)
template <const ByteSet& set_>
class ByteCursor {
 public:
  explicit ByteCursor(std::string_view text) : text_(text), mask_(flag64(0)) {}

  // The index of the first byte of text[from, size) in the set, or size.
  // `from` must not be less than in the call before.
  std::size_t next(std::size_t from) {
    if (from >= text_.size()) return text_.size();
    if (from - block_ >= 64) {
      block_ = from;
      mask_ = flag64(from);
    } else {
      mask_ &= ~std::uint64_t{0} << (from - block_);
    }
    for (;;) {
      for (; mask_; mask_ &= mask_ - 1) {
        std::size_t hit = block_ + static_cast<std::size_t>(__builtin_ctzll(mask_));
        if (set_.contains(text_[hit])) return hit;
      }
      block_ += 64;
      if (block_ >= text_.size()) return text_.size();
      mask_ = flag64(block_);
    }
  }

 private:
  // One bit per byte of text[at, at + 64) that may be in the set (none past
  // the end).  (Out of line: inlined, its vector constants were loaded again
  // after every call the caller made between two searches, that is for every
  // line, where a block holds a few lines.)
  [[gnu::noinline]] std::uint64_t flag64(std::size_t at) const {
    const std::size_t size = text_.size();
#if defined(__SSE2__)
    if (size >= 64) {
      // At the end, the last 64 bytes, shifted so that bit 0 is `at`.
      std::size_t base = at + 64 <= size ? at : size - 64;
      const char* p = text_.data() + base;
      std::uint64_t mask = std::uint64_t{flag16(p, set_)} | std::uint64_t{flag16(p + 16, set_)} << 16 |
                           std::uint64_t{flag16(p + 32, set_)} << 32 | std::uint64_t{flag16(p + 48, set_)} << 48;
      return mask >> (at - base);
    }
#endif
    std::uint64_t mask = 0;
    for (std::size_t k = at; k < size && k < at + 64; ++k)
      if (set_.contains(text_[k])) mask |= std::uint64_t{1} << (k - at);
    return mask;
  }

  std::string_view text_;
  std::size_t block_ = 0;  // where the block mask_ describes starts
  std::uint64_t mask_;     // its candidates not yet passed
};

// Control bytes (below 0x20, and DEL) including tab.
inline constexpr ByteSet kControls = ByteSet().add_controls_except("").add('\x7f');
inline std::size_t find_control(std::string_view s, std::size_t from) { return find_byte(s, from, kControls); }

// An opening or closing brace.
inline constexpr ByteSet kBraces = ByteSet().add('{').add('}');
inline std::size_t find_brace(std::string_view s, std::size_t from) { return find_byte(s, from, kBraces); }

// What ends a run of text the decoder copies as it is: control bytes,
// non-ASCII bytes, escapes and hyphens (which may become break points).
inline constexpr ByteSet kTextSpecial = ByteSet().add_controls_except("").add_high().add('\\').add('-');
inline std::size_t find_text_special(std::string_view s, std::size_t from) { return find_rare_byte(s, from, kTextSpecial); }

}  // namespace mdoc::scan
