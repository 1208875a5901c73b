// Finding the words and blanks of plain text for the terminal writer.
//
// Most text the writer gets is printable ASCII separated by blanks.  Rather
// than testing every byte for the end of its word, the writer turns 64 bytes
// at a time into two bit masks, of the blanks and of the bytes that are not
// plain text, and each word or stretch of blanks ends at the lowest set bit
// of a mask past its start.  SSE2 (every x86-64) tests sixteen bytes at once.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mdoc {

// Bit k stands for byte k of a window of 64 bytes.
struct PlainMasks {
  std::uint64_t blank = 0;  // a blank (' ')
  // Neither a blank nor printable ASCII: a control byte (markers, tabs),
  // DEL, a byte of a UTF-8 sequence.
  std::uint64_t other = 0;
};

inline constexpr std::size_t kPlainWindow = 64;

// The bits below n, for n up to 64.
constexpr std::uint64_t low_bits(std::size_t n) {
  return n < kPlainWindow ? (std::uint64_t{1} << n) - 1 : ~std::uint64_t{0};
}

// The masks of data[0, n) for n up to 64; bits from n on are unspecified.
// The whole window, data[0, 64), must be readable.
inline PlainMasks plain_masks(const char* data, std::size_t n) {
  PlainMasks m;
#if defined(__SSE2__)
  const __m128i blank = _mm_set1_epi8(' '), one = _mm_set1_epi8(1);
  const __m128i after_blank = _mm_set1_epi8('!');
  auto bits = [](__m128i flags) {
    return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(flags)));
  };
  for (std::size_t k = 0; k < n; k += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + k));
    // Signed, one added: control bytes fall below '!', and so do DEL (which
    // wraps round to -128) and the bytes of UTF-8 sequences (negative).
    __m128i other = _mm_cmplt_epi8(_mm_add_epi8(v, one), after_blank);
    m.blank |= bits(_mm_cmpeq_epi8(v, blank)) << k;
    m.other |= bits(other) << k;
  }
#else
  for (std::size_t k = 0; k < n; ++k) {
    auto c = static_cast<unsigned char>(data[k]);
    m.blank |= static_cast<std::uint64_t>(c == ' ') << k;
    m.other |= static_cast<std::uint64_t>(c < ' ' || c > '~') << k;
  }
#endif
  return m;
}

// The blanks of data[0, 16): bit k for byte k.
inline std::uint32_t blank_bits16(const char* data) {
#if defined(__SSE2__)
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data));
  return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
#else
  std::uint32_t bits = 0;
  for (int k = 0; k < 16; ++k) bits |= static_cast<std::uint32_t>(data[k] == ' ') << k;
  return bits;
#endif
}

// The last place in (from, at] where a stretch of blanks starts in data: a
// blank after a byte that is not one, or 0 if there is none.  Sixteen places
// at a time, backwards; the 16 bytes before data must be readable (they are
// looked at, not taken into account).
inline std::uint32_t last_blank_start(const char* data, std::uint32_t from, std::uint32_t at) {
  for (auto end = static_cast<std::ptrdiff_t>(at); end > static_cast<std::ptrdiff_t>(from);
       end -= 16) {
    std::ptrdiff_t first = end - 15;  // bit k of the masks stands for data[first + k]
    std::uint32_t starts = blank_bits16(data + first) & ~blank_bits16(data + first - 1);
    // Bits 0 to below stand for places not in (from, at].
    std::ptrdiff_t below = static_cast<std::ptrdiff_t>(from) - first;
    if (below >= 0) starts &= ~((std::uint32_t{2} << below) - 1);
    if (starts) return static_cast<std::uint32_t>(first + 31 - std::countl_zero(starts));
  }
  return 0;
}

// The longest text is_plain_word tests: sixteen bytes are one SSE2 vector.
inline constexpr std::size_t kShortWord = 16;

// Whether data[0, n), for n from 1 to kShortWord, is one word: printable ASCII
// without blanks.  The window data[0, 64) must be readable, as for plain_masks.
inline bool is_plain_word(const char* data, std::size_t n) {
  PlainMasks m = plain_masks(data, n);
  return ((m.blank | m.other) & low_bits(n)) == 0;
}

// A window of text scanned: where its plain text ends, and its blanks.
struct PlainWindowScan {
  std::size_t limit = 0;    // the first byte that is not plain text, or the window's size
  bool stops = false;       // a byte that is not plain text ends the window (at limit)
  std::uint64_t blank = 0;  // the blanks before limit
};

// Scans data[0, n) for n up to 64; the whole window must be readable.
inline PlainWindowScan scan_window(const char* data, std::size_t n) {
  PlainMasks m = plain_masks(data, n);
  std::uint64_t other = m.other & low_bits(n);
  std::size_t limit = other ? static_cast<std::size_t>(std::countr_zero(other)) : n;
  return {limit, other != 0, m.blank & low_bits(limit)};
}

// Where the plain text at the start of a copy lies, and its words.
struct PlainExtent {
  std::size_t stop = 0;      // where the plain text ends: its first other byte, or its size
  std::size_t first = 0;     // its first byte that is not a blank (stop when none is)
  std::size_t last_end = 0;  // one past its last byte that is not a blank (stop when none is)
  bool inner_blank = false;  // a blank lies between first and last_end: more than one word
};

// The extent of the plain text in data[0, size); 64 bytes past data + size
// must be readable.
inline PlainExtent plain_extent(const char* data, std::size_t size) {
  PlainExtent e{size, size, size, false};
  bool started = false;
  std::size_t first_blank = size;  // the first blank after first
  for (std::size_t window = 0; window < size; window += kPlainWindow) {
    PlainWindowScan w = scan_window(data + window, std::min(size - window, kPlainWindow));
    std::uint64_t words = ~w.blank & low_bits(w.limit);
    if (words) {
      if (!started) e.first = window + static_cast<std::size_t>(std::countr_zero(words));
      started = true;
      e.last_end = window + kPlainWindow - static_cast<std::size_t>(std::countl_zero(words));
    }
    if (started && first_blank == size) {
      // Blanks above the first word's first byte (a shift by 64 leaves none).
      std::uint64_t after = w.blank;
      if (e.first >= window) after &= ~((std::uint64_t{2} << (e.first - window)) - 1);
      if (after) first_blank = window + static_cast<std::size_t>(std::countr_zero(after));
    }
    if (w.stops) {
      e.stop = window + w.limit;
      break;
    }
  }
  if (!started) e.first = e.last_end = e.stop;
  e.inner_blank = first_blank < e.last_end;
  return e;
}

}  // namespace mdoc
