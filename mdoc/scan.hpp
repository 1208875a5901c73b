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
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mdoc::scan {

// The bytes to look for.  The fast path flags every control byte (below
// 0x20), every byte at or above 0x80 when the set has any, and up to four
// others, then checks the table: members from 0x20 to 0x7f must be among
// `others`.
struct ByteSet {
  std::array<bool, 256> member{};
  std::array<char, 4> others{};
  std::size_t other_count = 0;
  bool high = false;  // some member is at or above 0x80

  constexpr ByteSet& add(char c) {
    auto b = static_cast<unsigned char>(c);
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
};

// The index of the first byte of text[from, size) in `set`, or size.
inline std::size_t find_byte(std::string_view text, std::size_t from, const ByteSet& set) {
  std::size_t i = from;
  const std::size_t size = text.size();
#if defined(__SSE2__)
  if (size - i >= 16) {
    const __m128i control_max = _mm_set1_epi8(0x1f);
    // Unused slots repeat a control byte, which is flagged anyway.
    auto other = [&](std::size_t k) { return _mm_set1_epi8(k < set.other_count ? set.others[k] : 0); };
    const __m128i o0 = other(0), o1 = other(1), o2 = other(2), o3 = other(3);
    // All ones when high bytes count: movemask reads each lane's top bit.
    const __m128i high = _mm_set1_epi8(set.high ? static_cast<char>(0x80) : 0);
    auto candidates = [&](std::size_t at) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
      __m128i flagged = _mm_cmpeq_epi8(_mm_min_epu8(v, control_max), v);
      flagged = _mm_or_si128(flagged, _mm_and_si128(v, high));
      flagged = _mm_or_si128(flagged, _mm_or_si128(_mm_cmpeq_epi8(v, o0), _mm_cmpeq_epi8(v, o1)));
      flagged = _mm_or_si128(flagged, _mm_or_si128(_mm_cmpeq_epi8(v, o2), _mm_cmpeq_epi8(v, o3)));
      return static_cast<unsigned>(_mm_movemask_epi8(flagged));
    };
    // The last block overlaps the one before it: no byte-by-byte tail.
    for (;;) {
      std::size_t at = i + 16 <= size ? i : size - 16;
      unsigned mask = candidates(at) >> (i - at) << (i - at);
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

// Control bytes (below 0x20, and DEL) including tab.
inline constexpr ByteSet kControls = ByteSet().add_controls_except("").add('\x7f');
inline std::size_t find_control(std::string_view s, std::size_t from) { return find_byte(s, from, kControls); }

// An opening or closing brace.
inline constexpr ByteSet kBraces = ByteSet().add('{').add('}');
inline std::size_t find_brace(std::string_view s, std::size_t from) { return find_byte(s, from, kBraces); }

// What ends a run of text the decoder copies as it is: control bytes,
// non-ASCII bytes, escapes and hyphens (which may become break points).
inline constexpr ByteSet kTextSpecial = ByteSet().add_controls_except("").add_high().add('\\').add('-');
inline std::size_t find_text_special(std::string_view s, std::size_t from) { return find_byte(s, from, kTextSpecial); }

}  // namespace mdoc::scan
