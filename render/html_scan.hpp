// Finding the next byte that needs attention in a run of text: the escaper
// (html_serialise.cpp) looks for markup characters, the text renderer
// (html_text.cpp) for markers.  Most runs have none, so the search skips
// sixteen bytes at a time where SSE2 is available (every x86-64).
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mdoc::html {

// The bytes to look for.  The fast path flags every control byte (below
// 0x20) and up to four others, then checks the table, so members at or above
// 0x20 must be among `others`.
struct ByteSet {
  std::array<bool, 256> member{};
  std::array<char, 4> others{};
  std::size_t other_count = 0;

  constexpr ByteSet& add(char c) {
    member[static_cast<unsigned char>(c)] = true;
    if (static_cast<unsigned char>(c) >= 0x20) others[other_count++] = c;
    return *this;
  }
  constexpr ByteSet& add_controls_except(std::string_view kept) {
    for (char c = 0; c < 0x20; ++c)
      if (kept.find(c) == std::string_view::npos) add(c);
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
    auto candidates = [&](std::size_t at) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
      __m128i flagged = _mm_cmpeq_epi8(_mm_min_epu8(v, control_max), v);
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

}  // namespace mdoc::html
