// The line writer shared by the terminal devices: it collects words into a
// buffer and breaks them into output lines between a left and a right margin.
//
// The model follows mandoc's terminal formatter, as observed from its output:
//  - text is filled, never adjusted: no extra blanks are inserted to reach
//    the right margin, and nothing is hyphenated except at hyphens the input
//    marked as breakable (text_marker::kBreakHyphen) and at \: break points;
//  - a word that does not fit on an empty line overflows the right margin;
//  - a "field" is the text written between two flushes.  A no-break field
//    (a list tag) does not end the output line, so the next field (the list
//    body) continues on it after padding to its own left margin.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "render/term_device.hpp"

namespace mdoc {

// The buffered field is a list of items.  Printable text is kept in runs:
// stretches of glyphs in one link (and one font, where the device switches
// fonts between runs) with no break opportunity inside, already rendered
// for the device (transliterated, overstruck) into one byte buffer.
// Filling then works per run and blank, not per character, and printing
// copies whole runs.  The breakable blanks written before an item
// belong to it (its lead); blanks at the end of a field never print.  Roman
// prose is one phrase, its words and the blanks between them, looked into
// only where a line ends inside it.
enum class ItemKind : std::uint8_t {
  Text,          // a run of glyphs
  Hyphen,        // a run ending in a '-' after which the line may break
  Phrase,        // words of printable ASCII and the blanks between them, one column a byte
  BreakPoint,    // zero width; the line may break here (\:)
  Tab,           // advances to the next tab stop; the line may break here
  NoBreakBlank,  // blanks where the line may not break; dropped at the end of a line
};

struct TermItem {
  // A run's bytes in the writer's byte buffer (a field is far below 4 GiB:
  // the parser bounds the expanded text, Limits::expanded_size).
  std::uint32_t begin = 0;
  std::uint32_t size = 0;
  int width = 0;            // columns: of a run's glyphs, or the number of no-break blanks
  // Breakable blanks before the item.  The line may break before the first
  // of them (unless a tab comes right before), and a break swallows them all.
  int lead = 0;
  ItemKind kind = ItemKind::Text;
  TermFont font = TermFont::Roman;  // of its first glyph (joinable_run)
  std::uint16_t link = 0;
};

// How the current field is laid out.  Handlers set these before writing.
struct TermLayout {
  bool no_break = false;  // a list tag: the output line stays open after the field
  bool break_indent = false;  // continuation lines of a no-break field start at the right margin
  bool hang = false;      // a no-break field that never forces a break (Bl -hang)
  bool center = false;    // center each line between the margins
  bool right = false;     // align each line to the right margin
  bool no_pad = false;    // start at the current column, not at the left margin
  bool never_break = false;  // no-fill: print input lines as they are
};

class TermWriter {
 public:
  TermWriter(TermOutputDevice& device, std::string& out, int width);

  // Geometry, in absolute columns.
  int offset = 0;        // left margin of the current field
  int rmargin = 0;       // right margin of the current field
  int max_rmargin = 0;   // right edge of the page (-O width)
  int trailspace = 0;    // blanks a no-break field must leave before rmargin
  TermLayout layout;

  // Word spacing state.
  bool no_space = false;     // the next word joins the previous one
  bool sentence = false;     // the previous word ended a sentence: two blanks
  bool keep = false;         // inside Bk -words: blanks between words do not break
  bool spacing_off = false;  // .Sm off: every word joins the previous one
  bool prekeep = false;      // Bk -words: keep takes effect after the next word
  bool unbreakable_word = false;  // the next word's own blanks do not break (Fn arguments)

  // Appends a word: a blank (or two after a sentence) unless no_space, then
  // the text, which may hold font, no-break-space and break markers.
  void word(std::string_view text);
  // Appends one blank that is part of the current word (no break there).
  void no_break_blank();
  // Appends a plain blank where the line may not break (Bk, Fn arguments).
  void kept_blank();

  // Prints the buffered field, breaking it into lines.
  void flush();
  // Ends the current output line if anything is on it.
  void new_line();
  // Ends the current line and prints one blank line.
  void blank_line();

  // Fonts: a stack, as in mandoc; text escapes replace the top.  Inline:
  // font macros push and pop around every few words.
  void push_font(TermFont f) {
    last_font_ = font();
    fonts_.push_back(f);
  }
  void pop_font() {
    if (fonts_.size() > 1) fonts_.pop_back();
  }
  std::size_t font_depth() const { return fonts_.size(); }
  // Called around every node, almost always with nothing to pop: inline.
  void restore_fonts(std::size_t depth) {
    if (fonts_.size() > std::max<std::size_t>(depth, 1)) fonts_.resize(std::max<std::size_t>(depth, 1));
  }
  TermFont font() const { return fonts_.back(); }
  TermFont previous_font() const { return last_font_; }
  void replace_font(TermFont f);

  // Hyperlink of the words that follow (0: none).
  std::uint16_t link = 0;

  // Tab stops relative to the left margin: explicit stops, then every tab_width.
  std::vector<int> tab_stops;
  int tab_width = 5;

  int column() const { return viscol_; }
  bool buffer_empty() const { return items_.empty() && pending_lead_ == 0; }
  // Width of text as it would print (markers removed).
  int text_width(std::string_view text) const;
  TermOutputDevice& device() { return device_; }
  std::string& out() { return out_; }
  // Skips the next blank_line() calls (used after the header line).
  int skip_blank_lines = 0;
  // .ti: the left margin of the next output line only (-1: none).
  int temporary_indent = -1;

 private:
  // A place in the field: an item, and a byte of it when it is a phrase.
  struct ItemPos {
    std::size_t item = 0;
    std::uint32_t offset = 0;
  };
  struct Fit {
    ItemPos end;    // the line ends here: at an item or inside a phrase
    int width = 0;  // its printed width, trailing blanks excluded
    // The end of its last glyph in bytes_ and its column (less than width
    // when no-break blanks follow it): what print_plain needs.
    std::size_t text_end = 0;
    int run_width = 0;
  };

  // The runs' rendered bytes, with the blanks between them stored as ' ', so
  // that a line prints in as few copies as font and link changes allow.
  // Written through room(): plain stores instead of a std::string append
  // per glyph.  A field's bytes start kLeadRoom bytes into the buffer, so
  // that print_plain can put the blanks before a line in front of it.
  class Bytes {
   public:
    static constexpr std::size_t kLeadRoom = 128;
    Bytes() : buf_(kLeadRoom + 256, ' '), size_(kLeadRoom) {}
    char* room(std::size_t n) {
      if (buf_.size() - size_ < n) buf_.resize(std::max(buf_.size() * 2, size_ + n + 256));
      return buf_.data() + size_;
    }
    void commit(const char* end) { size_ = static_cast<std::size_t>(end - buf_.data()); }
    void push(char c) {
      *room(1) = c;
      ++size_;
    }
    std::size_t size() const { return size_; }
    // Where p, a pointer into the room, lies in the buffer.
    std::size_t offset(const char* p) const { return static_cast<std::size_t>(p - buf_.data()); }
    std::string_view view(std::size_t begin, std::size_t n) const { return {buf_.data() + begin, n}; }
    char* at(std::size_t offset) { return buf_.data() + offset; }
    void clear() { size_ = kLeadRoom; }

   private:
    std::string buf_;  // its size is the capacity; bytes past size_ are scratch
    std::size_t size_;
  };

  Fit fit(ItemPos start, int target) const;
  void print_items(ItemPos start, const Fit& line, int blanks);
  void print_plain(ItemPos start, const Fit& line, int blanks);
  // Break opportunities inside a phrase: the first blank of each stretch.
  std::uint32_t last_break(const TermItem& phrase, std::uint32_t from, std::uint32_t at) const;
  std::uint32_t first_break(const TermItem& phrase, std::uint32_t from) const;
  std::uint32_t skip_blanks(const TermItem& phrase, std::uint32_t at) const;
  int next_tab(int col) const;

  // The run the next glyph joins, if any: the last item when it is a run in
  // the current link with no blank after it (a run ends at every break
  // opportunity and link change), and in the current font where the device
  // switches fonts between runs (SGR); elsewhere the glyph bytes carry their
  // font, or none is shown, and a word and the delimiter after it in another
  // font ("name," or "foo(") are one run.
  TermItem* joinable_run(TermFont font) {
    if (pending_lead_ > 0 || items_.empty()) return nullptr;
    TermItem& last = items_.back();
    bool font_ok = last.font == font || !runs_switch_fonts_;
    return last.kind == ItemKind::Text && font_ok && last.link == link ? &last : nullptr;
  }
  // The phrase the next one continues, if any: the last item, when it is a
  // phrase in the current link.  Its bytes, the blanks after it (stored as
  // ' ', its lead) and those of the next phrase lie in a row, and the
  // blanks inside a phrase break as a lead before it would: one item where
  // a paragraph's input lines would make one each.
  TermItem* phrase_before() {
    if (items_.empty()) return nullptr;
    TermItem& last = items_.back();
    return last.kind == ItemKind::Phrase && last.link == link ? &last : nullptr;
  }
  TermItem& open_run() {
    TermItem* run = joinable_run(font());
    return run ? *run : new_item(ItemKind::Text, bytes_.size());
  }
  // A new item, which takes over the breakable blanks written before it.
  TermItem& new_item(ItemKind kind, std::size_t begin = 0) {
    if (link != 0) per_item_ = true;
    TermItem& item = items_.emplace_back(TermItem{.begin = static_cast<std::uint32_t>(begin),
                                                  .lead = pending_lead_,
                                                  .kind = kind,
                                                  .font = font(),
                                                  .link = link});
    pending_lead_ = 0;
    return item;
  }

  // Text copied to the end of bytes_ (copy_plain).
  struct PlainCopy {
    char* out = nullptr;   // where its rendered bytes go
    char* copy = nullptr;  // the copy: out, or past the room overstriking needs
    std::size_t size = 0;
    TermFont font = TermFont::Roman;
    bool as_is = true;     // glyphs print as their own bytes
  };
  PlainCopy copy_plain(std::string_view text);
  bool add_short_word(std::string_view text);
  void add_text(std::string_view text, bool kept_blanks);
  std::size_t add_plain(std::string_view text, std::size_t from, bool kept_blanks);
  std::size_t add_phrase(char* copy, std::size_t size, TermFont font);
  // How add_words renders its text.
  struct PlainStyle {
    TermFont font;
    bool as_is;        // glyphs print as their own bytes
    bool kept_blanks;  // blanks do not break
    bool glue_blanks;  // kept blanks between words may join a run (add_plain_blanks)
  };
  std::size_t add_words(char* out, const char* copy, std::size_t size, PlainStyle style);
  char* add_ascii_word(char* out, std::string_view word, TermFont font, bool as_is);
  char* add_plain_blanks(char* out, int count, PlainStyle style, bool before_word);
  void add_glyph(char32_t cp);
  std::size_t add_special(std::string_view text, std::size_t i);
  // Blanks whose bytes (' ') are in place already.  Adjacent no-break blanks
  // share an item: filling and printing only ever add their widths.
  void count_no_break_blanks(int n) {
    if (pending_lead_ == 0 && !items_.empty() && items_.back().kind == ItemKind::NoBreakBlank)
      items_.back().width += n;
    else new_item(ItemKind::NoBreakBlank).width = n;
  }
  void add_space() {
    bytes_.push(' ');
    ++pending_lead_;
  }
  void add_no_break_blank() {
    bytes_.push(' ');
    count_no_break_blanks(1);
  }
  void add_break(ItemKind kind);
  static bool is_run(ItemKind k) {
    return k == ItemKind::Text || k == ItemKind::Hyphen || k == ItemKind::Phrase;
  }
  // Items that print nothing by themselves.
  bool is_blank(std::size_t i) const {
    return items_[i].kind == ItemKind::Tab || items_[i].kind == ItemKind::BreakPoint;
  }
  void end_line();

  TermOutputDevice& device_;
  std::string& out_;
  std::vector<TermItem> items_;
  Bytes bytes_;
  int pending_lead_ = 0;  // breakable blanks after the last item: the next one's lead
  // The field holds a tab or a link, or the device writes escape sequences:
  // what print_plain does not handle.
  bool per_item_;
  bool device_per_item_;  // the device writes escape sequences: per_item_ for every field
  // Whether the device writes a font change between runs (SGR), so that a
  // run is all in its item's font (joinable_run).
  bool runs_switch_fonts_;
  std::vector<TermFont> fonts_{TermFont::Roman};
  TermFont last_font_ = TermFont::Roman;
  int viscol_ = 0;    // current output column
  int min_blank_ = 0; // blanks the next field needs after a no-break field
};

}  // namespace mdoc
