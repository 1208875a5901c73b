#include "render/html_text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "mdoc/scan.hpp"
#include "render/html_dom.hpp"

namespace mdoc::html {
namespace {

constexpr std::string_view kNoBreakSpace = "\u00a0";
constexpr std::string_view kMinus = "\u2212";

// The bytes append_visible() must look at: the markers of ast.hpp and the
// first byte of U+2212.  Everything else is copied in runs.
constexpr scan::ByteSet kMarkers = scan::ByteSet()
    .add(text_marker::kFont)
    .add(text_marker::kNoBreakSpace)
    .add(text_marker::kBreakHyphen)
    .add(text_marker::kBreakPoint)
    .add(text_marker::kZeroWidth)
    .add(kMinus[0]);

// Whether some byte of an 8-byte word is a control byte (every marker is
// one) or 0xE2, the first byte of U+2212: the usual bit tricks for "a byte
// below n" and "a zero byte" (after xor), which are exact about whether
// there is one.
bool word_may_hold_marker(std::uint64_t w) {
  constexpr std::uint64_t kOnes = 0x0101010101010101, kHighs = kOnes * 0x80;
  std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHighs;
  std::uint64_t x = w ^ (kOnes * 0xE2);
  std::uint64_t minus_lead = (x - kOnes) & ~x & kHighs;
  return (below_space | minus_lead) != 0;
}

// Whether text may hold one of kMarkers; a yes is only a maybe (a tab, or
// another character starting with 0xE2).  Most text nodes are a word or
// two, where find_byte tests byte by byte: up to sixteen bytes are tested as
// two overlapping words.
bool may_hold_marker(std::string_view text) {
  const char* p = text.data();
  std::size_t n = text.size();
  if (n > 16) return scan::find_byte(text, 0, kMarkers) != n;
  if (n >= 8) {
    std::uint64_t first, last;
    std::memcpy(&first, p, 8);
    std::memcpy(&last, p + n - 8, 8);
    return word_may_hold_marker(first) || word_may_hold_marker(last);
  }
  if (n >= 4) {
    std::uint32_t first, last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    return word_may_hold_marker(first | std::uint64_t{last} << 32);
  }
  for (std::size_t i = 0; i < n; ++i)
    if (kMarkers.contains(p[i])) return true;
  return false;
}

// Appends the visible characters of text[from, ...) up to the next font
// change, and returns where that is (text.size() at the end).
// (Out is a std::string or the DomTextBuffer of a text node.)
template <class Out>
std::size_t append_visible(std::string_view text, std::size_t from, Out& out) {
  std::size_t run = from;  // start of the bytes not yet copied
  for (std::size_t i = scan::find_byte(text, from, kMarkers); i < text.size(); i = scan::find_byte(text, i, kMarkers)) {
    out.append(text.data() + run, i - run);
    run = i + 1;
    switch (text[i]) {
      case text_marker::kNoBreakSpace: out += kNoBreakSpace; break;
      case text_marker::kBreakHyphen: out += '-'; break;
      case text_marker::kBreakPoint:
      case text_marker::kZeroWidth: break;
      case text_marker::kFont:
        if (i + 1 < text.size()) return i;
        break;  // a marker without its code: nothing to show
      default:
        // \- decodes to U+2212; mandoc -T html writes it as an ASCII hyphen.
        if (text.substr(i, kMinus.size()) == kMinus) {
          out += '-';
          run = i + kMinus.size();
        } else {
          run = i;  // another character with the same lead byte: copied with the run
        }
    }
    i = std::max(run, i + 1);
  }
  out.append(text.data() + run, text.size() - run);
  return text.size();
}

DomNode* open_font(DomNode* parent, FontCode font) {
  switch (font) {
    case FontCode::Bold: return add_element(parent, "b");
    case FontCode::Italic: return add_element(parent, "i");
    case FontCode::BoldItalic: return add_element(add_element(parent, "b"), "i");
    case FontCode::Mono: return add_element(parent, "span", "Li");
    default: return parent;
  }
}

}  // namespace

std::string display_text(std::string_view text) {
  std::string out;
  // Font changes skipped: the marker and its code.
  for (std::size_t i = 0; (i = append_visible(text, i, out)) < text.size();) i += 2;
  return out;
}

namespace {

// render_text_content() for text with markers (font changes, no-break
// spaces, ...): out of line, so that plain text does not pay for its frame.
[[gnu::noinline]] void render_marked_text(Context& ctx, std::string_view text) {
  DomNode* base = ctx.text_parent();
  DomNode* target = base;
  FontCode current = FontCode::Roman, previous = FontCode::Roman;
  for (std::size_t i = 0; (i = append_visible(text, i, ctx.text_buffer(target))) < text.size();) {
    FontCode font = static_cast<FontCode>(text[i + 1]);
    i += 2;
    if (font == FontCode::Previous) font = previous;
    // The font element goes after the text so far.
    ctx.flush_text();
    previous = current;
    current = font;
    target = font == FontCode::Roman ? base : open_font(base, font);
  }
  ctx.allow_space();
}


#if defined(__SSE2__)
// Appends text of sixteen bytes or more unless it may hold a marker: searched
// and copied in one pass, a block of sixteen bytes at a time (the last block
// overlapping the one before).  Returns false, having kept nothing, when
// some byte is one of kMarkers.
bool append_long_plain(DomTextBuffer& out, std::string_view text) {
  const std::size_t size = text.size();
  char* to = out.reserve(size);
  for (std::size_t i = 0;; i += 16) {
    std::size_t at = i + 16 <= size ? i : size - 16;
    __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    for (unsigned flagged = scan::flag_bytes(block, kMarkers); flagged; flagged &= flagged - 1)
      if (kMarkers.contains(text[at + static_cast<std::size_t>(__builtin_ctz(flagged))])) return false;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(to + at), block);
    if (at + 16 >= size) break;
  }
  out.commit(size);
  return true;
}
#endif

}  // namespace

void render_text_content(Context& ctx, std::string_view text) {
  // Most text holds no marker: one search and one copy.
#if defined(__SSE2__)
  if (text.size() >= 16) {
    if (!append_long_plain(ctx.text_buffer(ctx.text_parent()), text)) render_marked_text(ctx, text);
    ctx.allow_space();
    return;
  }
#endif
  if (may_hold_marker(text)) {
    render_marked_text(ctx, text);
    return;
  }
  ctx.text_buffer(ctx.text_parent()).append(text);
  ctx.allow_space();
}

}  // namespace mdoc::html
