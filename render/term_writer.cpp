#include "render/term_writer.hpp"

#include <algorithm>
#include <limits>

#include "mdoc/ast.hpp"

namespace mdoc {

TermWriter::TermWriter(TermOutputDevice& device, std::string& out, int width)
    : rmargin(width), max_rmargin(width), device_(device), out_(out) {}

void TermWriter::add_cell(CellKind kind, GlyphBytes bytes, int width) {
  TermCell c;
  c.bytes = bytes;
  c.width = static_cast<std::uint8_t>(std::clamp(width, 0, 255));
  c.kind = kind;
  c.font = font();
  c.link = link;
  cells_.push_back(std::move(c));
}

void TermWriter::no_break_blank() {
  // On ASCII the no-break space is a blank like any other when printed.
  if (device_.ascii()) {
    add_cell(CellKind::NoBreakBlank, "", 1);
    return;
  }
  TermGlyph g = device_.no_break_space();
  add_cell(CellKind::Glyph, g.bytes, g.width);
}

void TermWriter::kept_blank() { add_cell(CellKind::NoBreakBlank, "", 1); }

void TermWriter::word(std::string_view text) {
  if (!no_space) {
    if (keep) {
      kept_blank();
    } else {
      add_cell(CellKind::Space, "", 1);
      if (sentence) add_cell(CellKind::Space, "", 1);
    }
  }
  if (prekeep) keep = true;
  no_space = spacing_off;
  sentence = false;
  bool kept_blanks = unbreakable_word;
  unbreakable_word = false;

  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    switch (c) {
      case text_marker::kFont: {
        if (i + 1 < text.size()) {
          switch (static_cast<FontCode>(text[i + 1])) {
            case FontCode::Bold: replace_font(TermFont::Bold); break;
            case FontCode::Italic: replace_font(TermFont::Under); break;
            case FontCode::BoldItalic: replace_font(TermFont::BoldUnder); break;
            case FontCode::Previous: replace_font(last_font_); break;
            default: replace_font(TermFont::Roman); break;
          }
        }
        i += 2;
        continue;
      }
      case text_marker::kNoBreakSpace: no_break_blank(); break;
      case text_marker::kBreakHyphen: add_cell(CellKind::Hyphen, "-", 1); break;
      case text_marker::kBreakPoint: add_cell(CellKind::BreakPoint, "", 0); break;
      case text_marker::kZeroWidth: break;
      case ' ':
        if (kept_blanks) kept_blank();
        else add_cell(CellKind::Space, "", 1);
        break;
      case '\t': add_cell(CellKind::Tab, "", 0); break;
      default: {
        if (static_cast<unsigned char>(c) < 0x80) {  // the common case: ASCII prints as itself
          add_cell(CellKind::Glyph, c, 1);
          break;
        }
        std::size_t next = i;
        char32_t cp = decode_utf8(text, next);
        TermGlyph g = device_.glyph(cp);
        add_cell(CellKind::Glyph, g.bytes, g.width);
        i = next;
        continue;
      }
    }
    ++i;
  }
}

int TermWriter::text_width(std::string_view text) const {
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
    if (c == text_marker::kNoBreakSpace || c == text_marker::kBreakHyphen || c == ' ') {
      ++w;
      ++i;
      continue;
    }
    w += device_.glyph(decode_utf8(text, i)).width;
  }
  return w;
}

void TermWriter::push_font(TermFont f) {
  last_font_ = font();
  fonts_.push_back(f);
}

void TermWriter::pop_font() {
  if (fonts_.size() > 1) fonts_.pop_back();
}

void TermWriter::restore_fonts(std::size_t depth) {
  if (depth == 0) depth = 1;
  if (fonts_.size() > depth) fonts_.resize(depth);
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

// Finds how many cells from start fit in target columns.  The line ends at the
// last break opportunity that fits; a word longer than the line overflows.
TermWriter::Fit TermWriter::fit(std::size_t start, int target) const {
  Fit best;
  bool have_break = false;
  bool content = false;  // a glyph since the start of the line
  int vis = 0;           // columns used so far, blanks included
  int ink = 0;           // columns up to the end of the last glyph
  for (std::size_t i = start; i < cells_.size(); ++i) {
    const TermCell& c = cells_[i];
    switch (c.kind) {
      case CellKind::Space:
      case CellKind::Tab:
        if (content && (i == start || (cells_[i - 1].kind != CellKind::Space &&
                                       cells_[i - 1].kind != CellKind::Tab))) {
          best = {i, ink};
          have_break = true;
        }
        vis = c.kind == CellKind::Tab ? next_tab(vis) : vis + c.width;
        continue;
      case CellKind::BreakPoint:
        if (content) {
          best = {i + 1, ink};
          have_break = true;
        }
        continue;
      case CellKind::NoBreakBlank:  // part of the word it glues: it must fit too
      case CellKind::Hyphen:
      case CellKind::Glyph:
        vis += c.width;
        if (vis > target && have_break) return best;
        ink = vis;
        content = true;
        if (c.kind == CellKind::Hyphen) {
          best = {i + 1, ink};
          have_break = true;
        }
        continue;
    }
  }
  return {cells_.size(), ink};
}

void TermWriter::print_cells(std::size_t start, std::size_t end, int blanks) {
  int vis = 0;  // relative to where the field started on this line
  int pending = blanks;
  std::uint16_t last_link = 0;
  for (std::size_t i = start; i < end; ++i) {
    const TermCell& c = cells_[i];
    switch (c.kind) {
      case CellKind::Space:
      case CellKind::NoBreakBlank:
        pending += c.width;
        vis += c.width;
        break;
      case CellKind::Tab: {
        int to = next_tab(vis);
        pending += to - vis;
        vis = to;
        break;
      }
      case CellKind::BreakPoint: break;
      case CellKind::Hyphen:
      case CellKind::Glyph:
        device_.put_spaces(out_, pending, c.link == last_link ? c.link : 0);
        viscol_ += pending;
        pending = 0;
        device_.put(out_, c.bytes, c.font, c.link);
        last_link = c.link;
        viscol_ += c.width;
        vis += c.width;
        break;
    }
  }
}

void TermWriter::end_line() {
  device_.end_line(out_);
  viscol_ = 0;
}

void TermWriter::flush() {
  int left = offset;
  if (temporary_indent >= 0 && viscol_ == 0 && !cells_.empty()) {
    left = temporary_indent;
    temporary_indent = -1;
  }
  int blanks = layout.no_pad || left < viscol_ ? 0 : left - viscol_;
  if (min_blank_ > 0 && blanks < min_blank_) blanks = min_blank_;
  std::size_t col = 0;
  for (;;) {
    int start = viscol_ + blanks;
    int target;
    if (layout.never_break) target = std::numeric_limits<int>::max() / 2;
    else if (layout.no_break) target = max_rmargin > start ? max_rmargin - start : 0;
    else target = rmargin > start ? rmargin - start : 0;

    Fit f = fit(col, target);
    if (f.width == 0 && f.end >= cells_.size()) break;
    if (f.width < target && !layout.never_break) {
      if (layout.center) blanks += (target - f.width) / 2;
      else if (layout.right) blanks += target - f.width;
    }
    print_cells(col, f.end, blanks);
    col = f.end;

    std::size_t rest = col;
    while (rest < cells_.size() &&
           (cells_[rest].kind == CellKind::Space || cells_[rest].kind == CellKind::Tab ||
            cells_[rest].kind == CellKind::BreakPoint))
      ++rest;
    if (rest == cells_.size()) break;
    // Blanks at an automatic line break are swallowed by it.
    while (col < cells_.size() && cells_[col].kind == CellKind::Space) ++col;
    end_line();
    blanks = layout.break_indent ? rmargin : offset;
  }

  cells_.clear();
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
  if (!cells_.empty() || viscol_ > 0) flush();
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
