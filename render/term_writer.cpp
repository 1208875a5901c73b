#include "render/term_writer.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

#include "mdoc/ast.hpp"
#include "render/copy_short.hpp"
#include "render/term_blanks.hpp"

namespace mdoc {

// The most blanks printed in a row.  Offsets, widths and tab stops come from
// the page; without a bound ".ti 100000" or "-offset 100000n" on every line
// multiplies the output a hundred-thousandfold.  mandoc never indents past
// about 260 columns; no corpus page comes near this.
constexpr int kMaxBlankRun = 1000;

TermWriter::TermWriter(TermOutputDevice& device, std::string& out, int width)
    : rmargin(width), max_rmargin(width), device_(device), out_(out),
      per_item_(!device.writes_plain()), device_per_item_(per_item_),
      runs_switch_fonts_(device.uses_sgr()) {}

void TermWriter::add_break(ItemKind kind) {
  new_item(kind);
  if (kind == ItemKind::Tab) per_item_ = true;
}

void TermWriter::no_break_blank() {
  // On ASCII the no-break space is a blank like any other when printed.
  if (device_.ascii()) {
    add_no_break_blank();
    return;
  }
  add_glyph(0xa0);
}

void TermWriter::kept_blank() { add_no_break_blank(); }

void TermWriter::add_glyph(char32_t cp) {
  TermItem& run = open_run();
  int width = 0;
  bytes_.commit(device_.render_glyph(bytes_.room(TermOutputDevice::kGlyphRoom), cp, font(), width));
  run.width += width;
  run.size = static_cast<std::uint32_t>(bytes_.size() - run.begin);
}

namespace {

// Writes n blanks before end.  Most lines start a few blanks in: one
// store of sixteen blanks ending at end covers them, where a memset of
// a size known only here costs a loop.  The caller lets the bytes before
// end be overwritten (those before a line's first run: printed already,
// blanks, or lead room, of which there are at least 16 bytes).
void fill_blanks_before(char* end, std::size_t n) {
  static constexpr char kBlanks[16] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
                                       ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
  if (n <= sizeof kBlanks) std::memcpy(end - sizeof kBlanks, kBlanks, sizeof kBlanks);
  else std::memset(end - n, ' ', n);
}

}  // namespace

// Adds a word of printable ASCII, whose bytes go at out (where, if they
// print as they are, they lie already): it joins the open run or starts one.
// Returns the end of its bytes.
inline char* TermWriter::add_ascii_word(char* out, std::string_view word, TermFont font,
                                        bool as_is) {
  char* end = as_is ? out + word.size() : device_.overstrike_ascii(out, word, font);
  TermItem* run = joinable_run(font);
  if (!run) run = &new_item(ItemKind::Text, bytes_.offset(out));
  run->width += static_cast<int>(word.size());
  run->size += static_cast<std::uint32_t>(end - out);
  return end;
}

// Adds count blanks at out, as add_ascii_word adds a word.  Blanks that do
// not break, between two words, join the run of the word before them where
// the device prints them as they are (style.glue_blanks): the run has no
// break opportunity either, and one item is filled and printed faster than
// three (a function argument "const char *name" in the SYNOPSIS).
inline char* TermWriter::add_plain_blanks(char* out, int count, PlainStyle style,
                                          bool before_word) {
  if (!style.as_is) std::fill_n(out, count, ' ');
  if (!style.kept_blanks) {
    pending_lead_ += count;
    return out + count;
  }
  TermItem* run = style.glue_blanks && before_word ? joinable_run(style.font) : nullptr;
  if (run) {
    run->width += count;
    run->size += static_cast<std::uint32_t>(count);
  } else {
    count_no_break_blanks(count);
  }
  return out + count;
}

// Copies text to the end of bytes_ for add_plain or add_short_word, with a
// whole window of room past it so that it can be scanned.  Where glyphs
// print as their own bytes the copy is where they go; else it lies past the
// room the overstruck bytes need.
inline TermWriter::PlainCopy TermWriter::copy_plain(std::string_view text) {
  PlainCopy c{.size = text.size(), .font = font()};
  c.as_is = device_.ascii_as_is(c.font);
  std::size_t rendered = c.as_is ? 0 : TermOutputDevice::kAsciiRoom * c.size;
  c.out = bytes_.room(rendered + c.size + kPlainWindow);
  c.copy = c.out + rendered;
  copy_bytes(c.copy, text.data(), c.size);
  return c;
}

// Adds text if it is one short plain word, the most common text (a
// delimiter, a comma, a name), without the search for words and blanks
// add_plain makes.  Returns false, having added nothing, for other text.
inline bool TermWriter::add_short_word(std::string_view text) {
  if (text.empty() || text.size() > kShortWord) return false;
  PlainCopy c = copy_plain(text);
  if (!is_plain_word(c.copy, c.size)) return false;
  bytes_.commit(add_ascii_word(c.out, {c.copy, c.size}, c.font, c.as_is));
  return true;
}

// Adds the printable ASCII and blanks of text from `from` on, up to the
// first other byte; returns where it stopped.
std::size_t TermWriter::add_plain(std::string_view text, std::size_t from, bool kept_blanks) {
  PlainCopy c = copy_plain(text.substr(from));
  // Roman only: SGR devices print the blanks between words in other fonts as roman.
  if (c.font == TermFont::Roman && !kept_blanks) return from + add_phrase(c.out, c.size, c.font);
  // SGR devices print blanks in roman, not in the font of the words around them.
  bool glue_blanks = kept_blanks && !device_.uses_sgr();
  return from + add_words(c.out, c.copy, c.size, {c.font, c.as_is, kept_blanks, glue_blanks});
}

void TermWriter::word(std::string_view text) {
  if (!no_space) {
    if (keep) {
      kept_blank();
    } else {
      add_space();
      if (sentence) add_space();
    }
  }
  if (prekeep) keep = true;
  no_space = spacing_off;
  sentence = false;
  bool kept_blanks = unbreakable_word;
  unbreakable_word = false;
  if (!add_short_word(text)) add_text(text, kept_blanks);
}

// Plain text in stretches; markers, tabs and other bytes in add_special.
void TermWriter::add_text(std::string_view text, bool kept_blanks) {
  std::size_t i = 0;
  while (i < text.size()) {
    i = add_plain(text, i, kept_blanks);
    if (i < text.size()) i = add_special(text, i);
  }
}

// add_plain a word at a time, for text that is not a phrase: each word joins
// the open run or starts one, and the blanks after it are the lead of what
// follows (or no-break blanks).  Returns where the plain text ends.
std::size_t TermWriter::add_words(char* out, const char* copy, std::size_t size, PlainStyle style) {
  std::size_t stop = size;
  for (std::size_t window = 0; window < size; window += kPlainWindow) {
    PlainWindowScan w = scan_window(copy + window, std::min(size - window, kPlainWindow));
    // There are no blanks at or past limit, so a search for the end of
    // blanks stops there.
    int limit = static_cast<int>(w.limit);
    const char* at = copy + window;
    for (int b = 0; b < limit;) {
      std::uint64_t blanks_on = w.blank >> b;
      int word_end = blanks_on ? b + std::countr_zero(blanks_on) : limit;
      if (word_end > b)
        out = add_ascii_word(out, {at + b, static_cast<std::size_t>(word_end - b)}, style.font,
                             style.as_is);
      if (word_end == limit) break;
      std::uint64_t others_on = ~w.blank >> word_end;
      b = others_on ? std::min(word_end + std::countr_zero(others_on), limit) : limit;
      out = add_plain_blanks(out, b - word_end, style, b < limit);
    }
    if (w.stops) {
      stop = window + w.limit;
      break;
    }
  }
  bytes_.commit(out);
  return stop;
}

// add_plain for roman text whose blanks may break, copied to the end of
// bytes_ already: its words, if more than one, are one phrase, and its
// leading and trailing blanks are leads.  Returns where the plain text ends.
// Inlined into add_plain, its one caller, for most lines of prose.
[[gnu::always_inline]] inline std::size_t TermWriter::add_phrase(char* copy, std::size_t size, TermFont font) {
  PlainExtent e = plain_extent(copy, size);
  pending_lead_ += static_cast<int>(e.first);
  std::string_view words(copy + e.first, e.last_end - e.first);
  if (e.inner_blank) {
    std::size_t begin = bytes_.offset(copy + e.first);
    TermItem* phrase = phrase_before();
    if (phrase) pending_lead_ = 0;
    else phrase = &new_item(ItemKind::Phrase, begin);
    phrase->size = static_cast<std::uint32_t>(begin + words.size() - phrase->begin);
    phrase->width = static_cast<int>(phrase->size);
  } else if (!words.empty()) {
    add_ascii_word(copy + e.first, words, font, true);
  }
  pending_lead_ += static_cast<int>(e.stop - e.last_end);
  bytes_.commit(copy + e.stop);
  return e.stop;
}

// Adds what text[i] starts (a marker, a tab, a glyph other than printable
// ASCII); returns where the next one starts.
std::size_t TermWriter::add_special(std::string_view text, std::size_t i) {
  switch (text[i]) {
    case text_marker::kFont:
      if (i + 1 < text.size()) {
        switch (static_cast<FontCode>(text[i + 1])) {
          case FontCode::Bold: replace_font(TermFont::Bold); break;
          case FontCode::Italic: replace_font(TermFont::Under); break;
          case FontCode::BoldItalic: replace_font(TermFont::BoldUnder); break;
          case FontCode::Previous: replace_font(last_font_); break;
          default: replace_font(TermFont::Roman); break;
        }
      }
      return i + 2;
    case text_marker::kNoBreakSpace: no_break_blank(); break;
    case text_marker::kBreakHyphen:
      add_glyph('-');
      items_.back().kind = ItemKind::Hyphen;  // closes the run: the break comes after it
      break;
    case text_marker::kBreakPoint: add_break(ItemKind::BreakPoint); break;
    case text_marker::kZeroWidth: break;
    case '\t': add_break(ItemKind::Tab); break;
    default:
      // Control characters and everything beyond ASCII, one glyph at a time.
      add_glyph(decode_utf8(text, i));
      return i;
  }
  return i + 1;
}

int TermWriter::text_width(std::string_view text) const {
  // Most text measured (names, list widths) is printable ASCII, a column a
  // byte: one test over all of it, without a branch per byte, says so.
  bool printable = true;
  for (char c : text) printable &= static_cast<unsigned char>(c) - 0x20u < 0x60u;
  if (printable) return static_cast<int>(text.size());
  int w = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == text_marker::kFont) {
      i += 2;
      continue;
    }
    if (c == text_marker::kBreakPoint || c == text_marker::kZeroWidth) {
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) {  // blanks and markers included: one column
      ++w;
      ++i;
      continue;
    }
    w += device_.glyph_width(decode_utf8(text, i));
  }
  return w;
}

void TermWriter::replace_font(TermFont f) {
  last_font_ = fonts_.back();
  fonts_.back() = f;
}

int TermWriter::next_tab(int col) const {
  // Explicit stops (.ta) do not repeat: past the last one a tab does nothing.
  if (!tab_stops.empty()) {
    for (int stop : tab_stops)
      if (stop > col) return stop;
    return col;
  }
  int w = tab_width > 0 ? tab_width : 1;
  return (col / w + 1) * w;
}

std::uint32_t TermWriter::last_break(const TermItem& phrase, std::uint32_t from,
                                     std::uint32_t at) const {
  // A phrase starts kLeadRoom bytes into the buffer or later.
  static_assert(Bytes::kLeadRoom >= 16);
  return last_blank_start(bytes_.view(phrase.begin, phrase.size).data(), from, at);
}

std::uint32_t TermWriter::first_break(const TermItem& phrase, std::uint32_t from) const {
  std::string_view b = bytes_.view(phrase.begin, phrase.size);
  for (std::uint32_t q = from + 1; q < phrase.size; ++q)
    if (b[q] == ' ' && b[q - 1] != ' ') return q;
  return 0;
}

std::uint32_t TermWriter::skip_blanks(const TermItem& phrase, std::uint32_t at) const {
  std::string_view b = bytes_.view(phrase.begin, phrase.size);
  while (at < phrase.size && b[at] == ' ') ++at;
  return at;
}

// Finds how many items from start fit in target columns.  The line ends at the
// last break opportunity that fits; a word longer than the line overflows.
// A run (or a stretch of no-break blanks) holds no break opportunity, so
// testing the overflow once at its end decides as testing every glyph would.
// A phrase is a run with break opportunities inside: when all of it fits, the
// last of them is the one to remember; else the line ends at the last one
// before the margin.
//
// Inlined into flush, its one caller, once per line.
[[gnu::always_inline]] inline TermWriter::Fit TermWriter::fit(ItemPos start, int target) const {
  Fit best;
  bool have_break = false;
  bool content = false;    // a glyph since the start of the line
  bool after_tab = false;  // blanks right after a tab are no break opportunity
  int vis = 0;             // columns used so far, blanks included
  int ink = 0;             // columns up to the end of the last glyph
  std::size_t text_end = 0;
  int run_width = 0;       // columns up to the end of the last run
  const TermItem* items = items_.data();
  std::size_t count = items_.size();
  // A break inside phrase i at byte q of it, whose byte 0 is at column base.
  auto break_in = [&](std::size_t i, int base, std::uint32_t q) {
    int column = base + static_cast<int>(q);
    return Fit{{i, q}, column, items[i].begin + q, column};
  };
  // The same, for phrase i whose bytes from `from` on start at column vis.
  auto inside = [&](std::size_t i, std::uint32_t from, std::uint32_t q) {
    return break_in(i, vis - static_cast<int>(from), q);
  };
  // A phrase that fits whole from its first byte has a break inside (it
  // holds more than one word); the last one is looked for only when the line
  // ends there, not when a later item takes over as the best break.
  std::size_t best_phrase = count;  // none
  int best_phrase_base = 0;
  auto set_best = [&](const Fit& f) {
    best = f;
    best_phrase = count;
    have_break = true;
  };
  auto best_break = [&]() -> Fit {
    if (best_phrase == count) return best;
    const TermItem& p = items[best_phrase];
    return break_in(best_phrase, best_phrase_base, last_break(p, 0, p.size - 1));
  };
  for (std::size_t i = start.item; i < count; ++i) {
    const TermItem& it = items[i];
    // A stretch of blanks is one break opportunity, before its first blank.
    if (it.lead > 0 && content && !after_tab) set_best({{i, 0}, ink, text_end, run_width});
    vis += it.lead;
    after_tab = false;
    if (it.kind == ItemKind::Text) {  // the most items: a word
      vis += it.width;
      if (vis > target && have_break) return best_break();
      ink = run_width = vis;
      text_end = it.begin + it.size;
      content = true;
      continue;
    }
    switch (it.kind) {
      case ItemKind::Text:
        break;
      case ItemKind::Phrase: {
        std::uint32_t from = i == start.item ? start.offset : 0;
        int length = it.width - static_cast<int>(from);
        int room = target - vis;
        if (length > room) {
          // The first word past the margin ends the line before it; when
          // that is the first word, at the break before the phrase, or
          // else (a word longer than the line) at the first break after it.
          auto margin = static_cast<std::uint32_t>(room);
          std::uint32_t q = room > 0 ? last_break(it, from, from + margin) : 0;
          if (q) return inside(i, from, q);
          if (have_break) return best_break();
          if ((q = first_break(it, from))) return inside(i, from, q);
        } else if (from == 0) {
          best_phrase = i;
          best_phrase_base = vis;
          have_break = true;
        } else if (std::uint32_t q = last_break(it, from, it.size - 1)) {
          set_best(inside(i, from, q));
        }
        vis += length;
        ink = run_width = vis;
        text_end = it.begin + it.size;
        content = true;
        break;
      }
      case ItemKind::NoBreakBlank:  // part of the word it glues: it must fit too
        vis += it.width;
        if (vis > target && have_break) return best_break();
        ink = vis;
        content = true;
        break;
      case ItemKind::Hyphen:
        vis += it.width;
        if (vis > target && have_break) return best_break();
        ink = run_width = vis;
        text_end = it.begin + it.size;
        content = true;
        set_best({{i + 1, 0}, ink, text_end, run_width});
        break;
      case ItemKind::Tab:
        if (content && it.lead == 0 && !(i > start.item && items[i - 1].kind == ItemKind::Tab))
          set_best({{i, 0}, ink, text_end, run_width});
        vis = next_tab(vis);
        after_tab = true;
        break;
      case ItemKind::BreakPoint:
        if (content) set_best({{i + 1, 0}, ink, text_end, run_width});
        break;
    }
  }
  return {{count, 0}, ink, text_end, run_width};
}

// Prints the line from start to line.end after blanks blanks.  The bytes of
// the runs and of the blanks between them lie in order in bytes_, so a
// stretch of runs that needs no font or link change on the way (all of a
// line on the overstriking devices) is copied at once.
void TermWriter::print_items(ItemPos start, const Fit& line, int blanks) {
  int vis = 0;  // relative to where the field started on this line
  int pending = blanks;
  bool stored = false;  // the pending blanks are those in bytes_ after the last run
  std::uint16_t last_link = 0;
  std::size_t copy_from = 0, copy_to = 0;  // bytes to copy as they are
  std::size_t end = line.end.offset > 0 ? line.end.item + 1 : line.end.item;
  for (std::size_t i = start.item; i < end; ++i) {
    const TermItem& it = items_[i];
    pending += it.lead;
    vis += it.lead;
    switch (it.kind) {
      case ItemKind::BreakPoint:
        break;
      case ItemKind::NoBreakBlank:
        pending += it.width;
        vis += it.width;
        break;
      case ItemKind::Tab: {
        int to = next_tab(vis);
        pending += to - vis;
        vis = to;
        stored = false;
        break;
      }
      case ItemKind::Hyphen:
      case ItemKind::Text:
      case ItemKind::Phrase: {
        // The part of a phrase on this line; a phrase has a column a byte.
        std::size_t begin = it.begin + (i == start.item ? start.offset : 0);
        std::size_t stop = it.begin + (i == line.end.item ? line.end.offset : it.size);
        int width = it.kind == ItemKind::Phrase ? static_cast<int>(stop - begin) : it.width;
        // Blanks print only before a glyph: trailing ones vanish.
        std::uint16_t blank_link = it.link == last_link ? it.link : 0;
        if (stored && (pending == 0 || device_.is_current(TermFont::Roman, blank_link)) &&
            device_.is_current(it.font, it.link)) {
          copy_to = stop;
        } else {
          out_.append(bytes_.view(copy_from, copy_to - copy_from));
          pending = std::min(pending, kMaxBlankRun);
          device_.put_spaces(out_, pending, blank_link);
          device_.switch_to(out_, it.font, it.link);
          copy_from = begin;
          copy_to = stop;
        }
        viscol_ += pending + width;
        pending = 0;
        stored = true;
        last_link = it.link;
        vis += width;
        break;
      }
    }
  }
  out_.append(bytes_.view(copy_from, copy_to - copy_from));
}

// print_items for a device that writes no escape sequences, and a field
// without tabs: the bytes from the first run to the last are the runs with
// their blanks between them, so they print as one copy, and fit has found
// where the last run ends already.  Inlined into flush, which calls it for
// almost every line: the call cost more than a short line's printing.
[[gnu::always_inline]] inline void TermWriter::print_plain(ItemPos start, const Fit& line, int blanks) {
  int lead = blanks;  // blanks before the first run
  std::size_t end = line.end.offset > 0 ? line.end.item + 1 : line.end.item;
  std::size_t first = start.item;
  for (; first < end; ++first) {
    const TermItem& it = items_[first];
    lead += it.lead;
    if (is_run(it.kind)) break;
    lead += it.width;  // no-break blanks; a break point has none
  }
  if (first == end) return;  // blanks alone never print
  int columns = blanks + line.run_width;
  if (lead > kMaxBlankRun) {
    columns -= lead - kMaxBlankRun;
    lead = kMaxBlankRun;
  }
  std::size_t from = items_[first].begin + (first == start.item ? start.offset : 0);
  auto blanks_before = static_cast<std::size_t>(lead);
  static_assert(Bytes::kLeadRoom >= 16);  // fill_blanks_before's room
  if (blanks_before <= from) {
    // The bytes before the line are printed already or blanks (or the
    // buffer's lead room): the blanks go there, and the line is one copy.
    from -= blanks_before;
    fill_blanks_before(bytes_.at(from + blanks_before), blanks_before);
  } else {
    out_.append(blanks_before, ' ');
  }
  out_.append(bytes_.view(from, line.text_end - from));
  viscol_ += columns;
}

void TermWriter::end_line() {
  device_.end_line(out_);
  viscol_ = 0;
}

void TermWriter::flush() {
  int left = offset;
  if (temporary_indent >= 0 && viscol_ == 0 && !buffer_empty()) {
    left = temporary_indent;
    temporary_indent = -1;
  }
  int blanks = layout.no_pad || left < viscol_ ? 0 : left - viscol_;
  if (min_blank_ > 0 && blanks < min_blank_) blanks = min_blank_;
  ItemPos col;
  for (;;) {
    int start = viscol_ + blanks;
    int target;
    if (layout.never_break) target = std::numeric_limits<int>::max() / 2;
    else if (layout.no_break) target = max_rmargin > start ? max_rmargin - start : 0;
    else target = rmargin > start ? rmargin - start : 0;

    Fit f = fit(col, target);
    if (f.width == 0 && f.end.item >= items_.size()) break;
    if (f.width < target && !layout.never_break) {
      if (layout.center) blanks += (target - f.width) / 2;
      else if (layout.right) blanks += target - f.width;
    }
    if (per_item_) print_items(col, f, blanks);
    else print_plain(col, f, blanks);
    col = f.end;

    // Blanks at an automatic line break are swallowed by it.  Inside a
    // phrase a word follows them; else the line may have been the last.
    if (col.offset > 0) {
      col.offset = skip_blanks(items_[col.item], col.offset);
    } else {
      std::size_t rest = col.item;
      while (rest < items_.size() && is_blank(rest)) ++rest;
      if (rest == items_.size()) break;
    }
    items_[col.item].lead = 0;
    end_line();
    blanks = layout.break_indent ? rmargin : offset;
  }

  items_.clear();
  pending_lead_ = 0;
  bytes_.clear();
  per_item_ = device_per_item_;
  min_blank_ = trailspace;
  layout.no_pad = false;

  if (!layout.no_break) {
    end_line();
    return;
  }
  if (layout.hang) return;
  // A tag too wide for its column: the body starts on the next line.
  if (viscol_ > 0 && viscol_ + trailspace > rmargin) end_line();
}

void TermWriter::new_line() {
  no_space = true;
  if (!buffer_empty() || viscol_ > 0) flush();
}

void TermWriter::blank_line() {
  new_line();
  viscol_ = 0;
  min_blank_ = 0;
  if (skip_blank_lines > 0) {
    --skip_blank_lines;
    return;
  }
  end_line();
}

}  // namespace mdoc
