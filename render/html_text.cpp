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

// Appending text that holds no marker, which is most text: each of these
// searches and copies in one pass, and returns false, having kept nothing,
// when the text may hold one (then render_marked_text() renders it).

// Text of fewer than four bytes: byte by byte.
bool append_tiny_plain(DomTextBuffer& out, std::string_view text) {
  for (char c : text)
    if (kMarkers.contains(c)) return false;
  out.append(text);
  return true;
}

#if defined(__SSE2__)
// One bit per byte of v that is a control byte (every marker is one) or
// 0xE2, the first byte of U+2212: a maybe for the bytes of kMarkers.
unsigned marker_candidates(__m128i v) {
  __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1f)), v);
  __m128i minus_lead = _mm_cmpeq_epi8(v, _mm_set1_epi8(kMinus[0]));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(control, minus_lead)));
}

// Text of four to fifteen bytes (a word or two, most text nodes): tested
// at once as two overlapping halves (scan::load_halves, whose zero lanes
// would count as controls: half_lanes leaves them out), then copied.
bool append_short_plain(DomTextBuffer& out, std::string_view text) {
  const std::size_t n = text.size();
  if (marker_candidates(scan::load_halves(text.data(), n)) & scan::half_lanes(n)) return false;
  copy_short(out.reserve(n), text.data(), n);
  out.commit(n);
  return true;
}

// Text of sixteen bytes or more: a block of sixteen bytes at a time (the
// last block overlapping the one before).
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

bool append_plain(DomTextBuffer& out, std::string_view text) {
#if defined(__SSE2__)
  if (text.size() >= 16) return append_long_plain(out, text);
  if (text.size() >= 4) return append_short_plain(out, text);
#endif
  return append_tiny_plain(out, text);
}

}  // namespace

void render_text_content(Context& ctx, std::string_view text) {
  // (The text parent is worked out even for no text: it may open a paragraph.)
  if (!append_plain(ctx.text_buffer(ctx.text_parent()), text)) render_marked_text(ctx, text);
  ctx.allow_space();
}

}  // namespace mdoc::html
