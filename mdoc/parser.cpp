#include "mdoc/parser.hpp"

#include <algorithm>
#include <array>

#include "mdoc/block_args.hpp"
#include "mdoc/checks.hpp"
#include "mdoc/scan.hpp"
#include "mdoc/text.hpp"

namespace mdoc {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// What ends an unquoted argument, or must be looked at first: a blank, or
// an escape (which may escape a blank).
inline constexpr scan::ByteSet kWordEnd = scan::ByteSet().add(' ').add('\\');
// The same inside double quotes: a quote (closing, or doubled), or an escape.
inline constexpr scan::ByteSet kQuotedEnd = scan::ByteSet().add('"').add('\\');

// A display whose lines are not filled: while one is open, new nodes are marked kNoFill.
bool is_no_fill_display(const Node* b) {
  return b->macro == Macro::Bd && b->block() &&
         (b->block()->display == DisplayType::Literal || b->block()->display == DisplayType::Unfilled);
}

// Removes b from v, a list of blocks that is most often empty.
void erase_block(std::vector<Node*>& v, const Node* b) {
  if (!v.empty()) v.erase(std::remove(v.begin(), v.end(), b), v.end());
}

// plain_text(head) == "SYNOPSIS", asked for every Sh.  Most heads are one
// text node without markers (every marker is a control byte): that one is
// compared where it lies, not copied.
bool is_synopsis_head(const Node& head) {
  const Node* t = head.first;
  bool one_plain_text = t && t == head.last && t->type == NodeType::Text &&
                        std::none_of(t->text().begin(), t->text().end(),
                                     [](char c) { return static_cast<unsigned char>(c) < 0x20; });
  return one_plain_text ? t->text() == "SYNOPSIS" : plain_text(head) == "SYNOPSIS";
}

bool is_list_without_heads(ListType t) {
  return t == ListType::Bullet || t == ListType::Dash || t == ListType::Hyphen || t == ListType::Enum ||
         t == ListType::Item;
}

}  // namespace

Parser::Parser(Document& doc, const ParseOptions& options)
    : doc_(doc), options_(options), lint_(options.lint), cur_(doc.root()) {
  // A parser reads one page: room for the words of most macro lines and the
  // blocks open at once, rather than growing to it on every page.
  args_.reserve(16);
  open_.reserve(16);
}

void Parser::diag(Level level, std::uint32_t column, std::string message, std::string detail) {
  doc_.diagnostics.push_back({level, line_, column, std::move(message), std::move(detail)});
}

// mandoc quotes the macro line from the macro name on: ".Xx args".
std::string Parser::line_detail(std::uint32_t column) const {
  std::string_view text = line_text();
  if (column == 0 || column > text.size()) return std::string(text);
  std::string_view rest = text.substr(column - 1);
  while (!rest.empty() && is_blank(rest.back())) rest.remove_suffix(1);
  return std::string(rest);
}

// ---------------------------------------------------------------- tree building

Node* Parser::add_to(Node* parent, NodeType type, Macro m, std::uint32_t column) {
  Node* n = doc_.make_node(type, m, line_, column);
  if (type != NodeType::Head && type != NodeType::Body && type != NodeType::Tail) {
    if (line_start_) n->flags |= kLineStart;
    line_start_ = false;
    if (no_space_next_ || !spacing_) n->flags |= kNoSpace;
    no_space_next_ = false;
    if (!spacing_) n->flags |= kSpacingOff;
  }
  if (synopsis_) n->flags |= kSynopsis;
  if (no_fill_now()) n->flags |= kNoFill;
  append_child(parent, n);
  return n;
}

Node* Parser::add(NodeType type, Macro m, std::uint32_t column) { return add_to(cur_, type, m, column); }

// Most lines hold nothing to decode, and the roff layer has seen it: their
// text is copied without a second look at its bytes.
inline void Parser::decode(std::string_view raw, std::pmr::string& out, std::uint32_t column, DecodeOptions options) {
  if (line_decodes_to_itself_) out.append(raw);
  else decode_text(raw, out, doc_.diagnostics, line_, column, options);
}

inline void Parser::decode_text_of(Node* n, std::string_view raw, std::uint32_t column, DecodeOptions options) {
  if (line_decodes_to_itself_) {
    doc_.set_text(n, raw);
    return;
  }
  decoded_.clear();
  decode_text(raw, decoded_, doc_.diagnostics, line_, column, options);
  doc_.set_text(n, decoded_);
}

Node* Parser::add_text_raw(Node* parent, std::string_view raw, std::uint32_t column, bool mark_hyphens) {
  Node* n = add_to(parent, NodeType::Text, Macro::None, column);
  decode_text_of(n, raw, column, DecodeOptions{mark_hyphens});
  last_text_ = n;
  last_raw_ = raw;
  return n;
}

Node* Parser::add_text(Node* parent, const Arg& arg, bool delimiters, bool mark_hyphens) {
  Node* n = add_text_raw(parent, arg.raw, arg.column, mark_hyphens);
  if (delimiters) {
    switch (delimiter(arg)) {
      case Delim::Open: n->flags |= kDelimOpen; break;
      case Delim::Close: n->flags |= kDelimClose; break;
      case Delim::Middle: n->flags |= kDelimMiddle; break;
      case Delim::None: break;
    }
  }
  return n;
}

Node* Parser::open_block(Macro m, std::uint32_t column) {
  if (open_.size() >= options_.limits.nesting) {
    diag(Level::Error, column, "input stack limit exceeded, infinite loop?", std::string(macro_name(m)));
    return nullptr;
  }
  Node* b = add(NodeType::Block, m, column);
  open_.push_back(b);
  if (m == Macro::Bl) innermost_list_ = b;
  return b;
}

// Closes block and everything opened inside it.  Explicit blocks closed this
// way were left open by the author: they are reported and marked.
void Parser::close_block(Node* block, bool report_broken) {
  auto it = std::find(open_.begin(), open_.end(), block);
  if (it == open_.end()) return;
  while (open_.back() != block) {
    Node* inner = open_.back();
    pop_open();
    if (macro_info(inner->macro).has(kExplicit)) {
      inner->flags |= kEndedEarly | kBroken;
      if (report_broken)
        doc_.diagnostics.push_back({Level::Warning, line_, 0, "blocks badly nested",
                                    std::string(macro_name(block->macro)) + " breaks " +
                                        std::string(macro_name(inner->macro))});
    }
    erase_block(line_blocks_, inner);
    erase_block(head_blocks_, inner);
  }
  pop_open();
  erase_block(line_blocks_, block);
  erase_block(head_blocks_, block);
  cur_ = block->parent ? block->parent : doc_.root();
  // A block's parent may itself be a block (delimiters after a body); new
  // content then goes to that block's container.
  while (cur_->type == NodeType::Block) cur_ = cur_->parent ? cur_->parent : doc_.root();
}

// Closes everything opened inside block's body and continues in that body.
void Parser::close_to_body(Node* block) {
  auto it = std::find(open_.begin(), open_.end(), block);
  if (it == open_.end()) return;
  while (open_.back() != block) close_block(open_.back(), true);
  if (!block->body()) append_child(block, doc_.make_node(NodeType::Body, block->macro, line_, block->column));
  cur_ = block->body();
}

void Parser::pop_open() {
  Node* b = open_.back();
  if (is_no_fill_display(b)) --open_no_fill_displays_;
  open_.pop_back();
  if (b == innermost_list_) innermost_list_ = find_open(Macro::Bl);
}

Node* Parser::find_open(Macro m) const {
  for (auto it = open_.rbegin(); it != open_.rend(); ++it)
    if ((*it)->macro == m) return *it;
  return nullptr;
}

Node* Parser::find_open_any(std::initializer_list<Macro> ms) const {
  for (auto it = open_.rbegin(); it != open_.rend(); ++it)
    for (Macro m : ms)
      if ((*it)->macro == m) return *it;
  return nullptr;
}

bool Parser::in_line_scoped_block() const { return !line_blocks_.empty(); }

// ---------------------------------------------------------------- arguments

inline Parser::Delim Parser::delimiter(const Arg& a) const {
  // What a one-byte argument is, by its byte: a table keeps this function,
  // asked for nearly every argument, small enough to inline.
  static constexpr std::array<Delim, 256> kByByte = [] {
    std::array<Delim, 256> t{};
    for (char c : std::string_view("([")) t[static_cast<unsigned char>(c)] = Delim::Open;
    t['|'] = Delim::Middle;
    for (char c : std::string_view(".,:;)]?!")) t[static_cast<unsigned char>(c)] = Delim::Close;
    return t;
  }();
  if (a.quoted) return Delim::None;
  std::string_view r = a.raw;
  if (r.size() == 1) return kByByte[static_cast<unsigned char>(r[0])];
  return r == "\\." ? Delim::Close : Delim::None;
}

bool Parser::only_closing_delimiters_left() const {
  if (!more()) return false;
  for (std::size_t i = next_; i < args_.size(); ++i)
    if (delimiter(args_[i]) != Delim::Close) return false;
  return true;
}

// Every callable macro's name is two or three bytes starting with a capital
// letter: most words are ruled out by that before the table is asked.
constexpr bool looks_callable(std::string_view name) {
  return name.size() >= 2 && name.size() <= 3 && name[0] >= 'A' && name[0] <= 'Z';
}
static_assert(std::all_of(std::begin(detail::kMacroTable), std::end(detail::kMacroTable),
                          [](const MacroInfo& m) { return (m.flags & kCallable) == 0 || looks_callable(m.name); }),
              "a callable macro's name does not pass looks_callable");

std::optional<Macro> Parser::callable(const Arg& a) const {
  if (a.quoted || !looks_callable(a.raw)) return std::nullopt;
  auto m = find_macro(a.raw);
  if (!m || !macro_info(*m).has(kCallable)) return std::nullopt;
  return m;
}

// A quoted argument with "" pairs, each made one quote, in scratch_ (kept
// for the line).  (Out of split_arguments: rare, and inlined it made that
// function set up a larger frame for every line.)
std::string_view Parser::unescape_quotes(std::string_view quoted) {
  std::string& s = scratch_.emplace_back();
  for (std::size_t k = 0; k < quoted.size(); ++k) {
    s += quoted[k];
    if (quoted[k] == '"' && k + 1 < quoted.size() && quoted[k + 1] == '"') ++k;
  }
  return s;
}

// Splits a macro line's arguments: blanks separate, double quotes group
// ("" is a quote inside), "\ " is an escaped blank.  In a -column list a tab
// on an It line separates cells like Ta.
void Parser::split_arguments(std::string_view text, std::size_t offset) {
  args_.clear();
  next_ = 0;
  std::size_t count = 0;  // args_.size(), without a division by sizeof(Arg)
  std::size_t i = offset;
  while (i < text.size()) {
    // Blanks separate arguments; a tab inside a word belongs to it (mandoc
    // keeps "#endif<TAB>/*" as one argument).
    while (i < text.size() && (text[i] == ' ' || (text[i] == '\t' && (i == offset || text[i - 1] == ' ' || text[i - 1] == '\t')))) ++i;
    if (i >= text.size()) break;
    if (count++ >= options_.limits.arguments) {
      diag(Level::Error, static_cast<std::uint32_t>(i + 1), "too many arguments, skipping the rest");
      break;
    }
    Arg a;
    a.column = static_cast<std::uint32_t>(i + 1);
    if (text[i] == '"') {
      a.quoted = true;
      std::size_t start = ++i;
      bool has_pair = false;
      while ((i = scan::find_byte(text, i, kQuotedEnd)) < text.size()) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            has_pair = true;
            i += 2;
            continue;
          }
          break;
        }
        i = std::min(i + 2, text.size());  // an escaped character, maybe a quote
      }
      std::size_t end = std::min(i, text.size());
      if (i >= text.size())
        diag(Level::Style, a.column, "unterminated quoted argument");
      else
        ++i;
      if (has_pair) {
        a.raw = unescape_quotes(text.substr(start, end - start));
        a.unescaped = true;
      } else {
        a.raw = text.substr(start, end - start);
      }
    } else {
      std::size_t start = i;
      // An escaped character (an escaped blank) does not end the word.
      while ((i = scan::find_byte(text, i, kWordEnd)) < text.size() && text[i] == '\\')
        i = std::min(i + 2, text.size());
      a.raw = text.substr(start, i - start);
    }
    args_.push_back(a);
  }
}

// ---------------------------------------------------------------- lines

void Parser::on_line(const roff::Line& line) {
  line_ = line.line;
  line_read_ = &line;
  line_decodes_to_itself_ = line.decodes_to_itself;
  line_start_ = true;
  last_text_ = nullptr;
  if (!scratch_.empty()) clear_scratch();  // clear() is not free even when empty
  if (line.control)
    macro_line(line);
  else
    text_line(line.text);
}

// Out of line: inlined, deque::clear() made on_line save every register.
void Parser::clear_scratch() { scratch_.clear(); }

bool Parser::no_fill_now() const { return !fill_ || open_no_fill_displays_ > 0; }

// Inside a -column list tabs separate cells.
bool Parser::in_column_list() const {
  const Node* bl = innermost_list_;
  return bl && bl->block() && bl->block()->list == ListType::Column;
}

void Parser::text_line(std::string_view text) {
  std::string_view t = text;
  bool nofill = no_fill_now();
  if (lint_) checks::text_line(doc_.diagnostics, line_, text, {!nofill, in_column_list(), fill_ && nofill});
  {
    std::size_t end = t.size();
    while (end > 0 && is_blank(t[end - 1])) --end;
    if (end < t.size() && !(end > 0 && t[end - 1] == '\\')) {
      diag(Level::Style, static_cast<std::uint32_t>(end + 1), "whitespace at end of input line");
      if (!nofill) t = t.substr(0, end);
    }
  }
  // (A line whose last byte is not blank is not blank: most lines.)
  bool blank = (t.empty() || is_blank(t.back())) && std::all_of(t.begin(), t.end(), is_blank);
  if (blank && nofill) {
    // In no-fill mode a blank line is an empty output line.
    add_text_raw(cur_, "", 1, false);
    return;
  }
  if (blank) {
    diag(Level::Warning, 1, "blank line in fill mode, using .sp");
    Node* n = add(NodeType::Element, Macro::req_sp, 1);
    n->flags |= kImplicitMacro;
    return;
  }
  if (!nofill && is_blank(t[0])) {
    // Leading blanks start a new output line, as in roff.
    Node* n = add(NodeType::Element, Macro::req_br, 1);
    n->flags |= kImplicitMacro;
    line_start_ = true;
  }
  if (in_column_list() && t.find('\t') != std::string_view::npos && column_row_from_text(t)) return;
  bool continues = t.size() >= 2 && t[t.size() - 2] == '\\' && t.back() == 'c';  // ends in \c
  if (continues) t.remove_suffix(2);
  if (continued_) no_space_next_ = true;
  Node* n = add_text_raw(cur_, t, 1, !nofill);
  continued_ = continues;
  if (!continues && ends_sentence(t)) n->flags |= kEndOfSentence;
  last_text_ = nullptr;
}

// In a column list, a text line with tabs is a row of its own: each tab
// starts the next cell.  Returns false when not in a column list.
bool Parser::column_row_from_text(std::string_view text) {
  Node* bl = innermost_list_;
  if (!bl || !bl->block() || bl->block()->list != ListType::Column) return false;
  for (auto it = open_.rbegin(); it != open_.rend() && *it != bl; ++it)
    if ((*it)->macro != Macro::It) return false;  // inside a display or nested block
  close_to_body(bl);
  Node* it = open_block(Macro::It, 1);
  if (!it) return false;
  it->flags |= kImplicitMacro;
  add_to(it, NodeType::Head, Macro::It, 1);
  std::size_t start = 0;
  for (;;) {
    std::size_t tab = text.find('\t', start);
    std::string_view cell = text.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    cur_ = add_to(it, NodeType::Body, Macro::It, static_cast<std::uint32_t>(start + 1));
    if (!cell.empty()) add_text_raw(cur_, cell, static_cast<std::uint32_t>(start + 1), false);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
    while (start < text.size() && text[start] == '\t') ++start;
  }
  return true;
}

void Parser::macro_line(const roff::Line& line) {
  std::string_view text = line.text;
  // The roff layer has found the name already, most of the time.
  std::size_t start = line.name_start, p = line.name_end;
  if (p == 0) {
    p = 1;
    while (p < text.size() && is_blank(text[p])) ++p;
    start = p;
    while (p < text.size() && !is_blank(text[p])) ++p;
  }
  std::string_view name = text.substr(start, p - start);
  auto col = static_cast<std::uint32_t>(start + 1);
  auto m = find_macro(name);
  if (!m) {
    diag(Level::Error, col, "skipping unknown macro", "." + line_detail(col));
    return;
  }
  // A text line ending in \c joins whatever comes next, macros included.
  if (continued_) no_space_next_ = true;
  continued_ = false;
  if (text.back() == ' ') check_macro_line_end(text, *m, p);  // most lines end otherwise
  // mandoc does not judge tabs on the SYNOPSIS lines of Fd, Cd and Nm.
  bool synopsis_line = synopsis_ && (*m == Macro::Fd || *m == Macro::Cd || *m == Macro::Nm);
  if (lint_ && !no_fill_now() && !in_column_list() && !synopsis_line)
    checks::tabs(doc_.diagnostics, line_, text, true);
  // The head of a -diag item is taken verbatim and not judged.
  const Node* list = *m == Macro::It ? innermost_list_ : nullptr;
  bool diag_head = list && list->block() && list->block()->list == ListType::Diag;
  if (lint_ && !no_fill_now() && !diag_head) checks::macro_line(doc_.diagnostics, line_, text);
  split_arguments(text, p);
  if (*m != Macro::It && *m != Macro::El && !open_.empty() && open_.back()->macro == Macro::Bl &&
      open_.back()->block() && open_.back()->block()->list == ListType::Column &&
      macro_info(*m).has(kCallable)) {
    // Content before the first It of a column list is a row of its own.
    Node* it = open_block(Macro::It, col);
    if (it) {
      it->flags |= kImplicitMacro;
      add_to(it, NodeType::Head, Macro::It, col);
      cur_ = add_to(it, NodeType::Body, Macro::It, col);
      if (text.find('\t', p) != std::string_view::npos) split_column_line(p);
    }
  }
  run_macro(*m, col);
  end_of_line();
}

// mandoc reports blanks ending a macro line (roff requests excepted) at the
// column after the line, or at its last byte when only the name precedes
// them or the last blank is escaped.  Called for lines that end in a blank.
void Parser::check_macro_line_end(std::string_view text, Macro m, std::size_t name_end) {
  if (macro_info(m).kind == MacroKind::Request) return;
  std::size_t end = text.size();
  while (end > name_end && text[end - 1] == ' ') --end;
  bool escaped = end > name_end && text[end - 1] == '\\';
  bool has_args = end > name_end;
  auto col = static_cast<std::uint32_t>(has_args && !escaped ? text.size() + 1 : text.size());
  diag(Level::Style, col, "whitespace at end of input line");
}

void Parser::end_of_line() {
  // Partial implicit blocks end with their line.
  while (!line_blocks_.empty()) close_block(line_blocks_.back(), true);
  // On a macro line only a separate . ! ? argument ends a sentence.
  if (last_text_ && last_text_->is(kDelimClose) &&
      (last_raw_ == "." || last_raw_ == "!" || last_raw_ == "?" || last_raw_ == "\\."))
    last_text_->flags |= kEndOfSentence;
  // Heads given on this line (Sh, Ss, It, Nm): the body starts now.
  if (!head_blocks_.empty()) start_bodies();
  args_.clear();
  next_ = 0;
}

// Gives the blocks whose head was this line (head_blocks_) their bodies.
// Blocks held open go back to head_blocks_ while the list is read: read a
// swapped-out copy (both keep their storage from line to line).
void Parser::start_bodies() {
  std::vector<Node*>& heads = heads_scratch_;
  heads.swap(head_blocks_);
  for (Node* b : heads) {
    if (std::find(open_.begin(), open_.end(), b) == open_.end()) continue;
    // An explicit block opened in the head (.It Xo ... .Xc) keeps it open
    // over the following lines.
    bool held = false;
    for (auto it = std::find(open_.begin(), open_.end(), b) + 1; it != open_.end(); ++it)
      if (macro_info((*it)->macro).has(kExplicit)) held = true;
    if (held) {
      head_blocks_.push_back(b);
      continue;
    }
    while (open_.back() != b) close_block(open_.back(), true);
    Node* body = doc_.make_node(NodeType::Body, b->macro, b->line, b->column);
    if (synopsis_) body->flags |= kSynopsis;
    append_child(b, body);
    cur_ = body;
    if (b->macro == Macro::Sh) synopsis_ = is_synopsis_head(*b->head());
    if (b->macro == Macro::Sh && synopsis_) body->flags |= kSynopsis;
  }
  heads.clear();
}

void Parser::finish() {
  if (!open_.empty()) {
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      Node* b = *it;
      if (macro_info(b->macro).has(kExplicit)) {
        b->flags |= kEndedEarly;
        doc_.diagnostics.push_back({Level::Error, b->line, b->column, "appending missing end of block",
                                    std::string(macro_name(b->macro))});
      }
    }
    close_block(open_.front(), false);
  }
}

// ---------------------------------------------------------------- macros

void Parser::run_macro(Macro m, std::uint32_t column) {
  const MacroInfo& info = macro_info(m);
  if (info.kind != MacroKind::Prologue) seen_body_macro_ = true;
  if (m == Macro::Nm && synopsis_ && column == first_macro_column()) {
    synopsis_name(column);
    return;
  }
  if (m == Macro::Vt && synopsis_ && column == first_macro_column()) {
    part_implicit(m, column);
    return;
  }
  switch (info.kind) {
    case MacroKind::Prologue: prologue_macro(m, column); break;
    case MacroKind::FullExplicit: full_explicit(m, column); break;
    case MacroKind::FullImplicit:
      if (m == Macro::Sh || m == Macro::Ss) section_macro(m, column);
      else if (m == Macro::It) item_macro(column);
      else description_macro(column);
      break;
    case MacroKind::PartExplicit: part_explicit(m, column); break;
    case MacroKind::PartImplicit: part_implicit(m, column); break;
    case MacroKind::Close: close_macro(m, column); break;
    case MacroKind::InLine: in_line(m, column); break;
    case MacroKind::InLineArgN: in_line_argn(m, column); break;
    case MacroKind::InLineEoln: in_line_eoln(m, column); break;
    case MacroKind::Column: column_macro(column); break;
    case MacroKind::Request: request_macro(m, column); break;
  }
}

std::uint32_t Parser::first_macro_column() const {
  std::string_view text = line_text();
  std::size_t p = 1;
  while (p < text.size() && is_blank(text[p])) ++p;
  return static_cast<std::uint32_t>(p + 1);
}

void Parser::prologue_macro(Macro m, std::uint32_t column) {
  Node* e = add(NodeType::Element, m, column);
  if (m == Macro::Dd) {
    // The date is one argument however it is spelled.
    if (more()) {
      std::string_view first = args_[next_].raw;
      std::string_view last = args_.back().raw;
      bool one_span = std::none_of(args_.begin() + static_cast<std::ptrdiff_t>(next_), args_.end(),
                                   [](const Arg& a) { return a.unescaped; });
      std::string_view joined;
      if (one_span) {
        joined = std::string_view(first.data(), static_cast<std::size_t>(last.data() + last.size() - first.data()));
      } else {
        // Some argument is a copy, not a view of the line: join the copies.
        std::string& s = scratch_.emplace_back();
        for (std::size_t k = next_; k < args_.size(); ++k) {
          if (k > next_) s += ' ';
          s += args_[k].raw;
        }
        joined = s;
      }
      Arg a{joined, args_[next_].column, false};
      if (args_.size() - next_ == 1) a = args_[next_];
      add_text(e, a, false);
    }
  } else {
    for (; more(); ++next_) add_text(e, args_[next_], false);
  }
  next_ = args_.size();
  if (seen_body_macro_ && m != Macro::Dt) {
    // Dd and Os still take effect late; the validator reports it.
  }
}

void Parser::section_macro(Macro m, std::uint32_t column) {
  // Explicit blocks still open end here; mandoc reports each at the heading.
  auto break_open_blocks = [&](const Node* outer) {
    for (auto it = open_.rbegin(); it != open_.rend() && *it != outer; ++it)
      if (macro_info((*it)->macro).has(kExplicit)) {
        (*it)->flags |= kEndedEarly;
        diag(Level::Error, column, "inserting missing end of block",
             std::string(macro_name(m)) + " breaks " + std::string(macro_name((*it)->macro)));
      }
  };
  if (m == Macro::Sh) {
    if (!open_.empty()) {
      break_open_blocks(nullptr);
      close_block(open_.front(), false);
    }
    cur_ = doc_.root();
    synopsis_ = false;
  } else {
    Node* ss = find_open(Macro::Ss);
    Node* sh = find_open(Macro::Sh);
    break_open_blocks(ss ? ss : sh);
    if (ss) close_block(ss, false);
    else if (sh) {
      while (open_.back() != sh) close_block(open_.back(), false);
      close_to_body(sh);
    }
  }
  Node* b = open_block(m, column);
  if (!b) return;
  Node* head = add_to(b, NodeType::Head, m, column);
  cur_ = head;
  rest_of_line(true);
  head_blocks_.push_back(b);
}

void Parser::synopsis_name(std::uint32_t column) {
  if (Node* nm = find_open(Macro::Nm)) close_block(nm, true);
  Node* b = open_block(Macro::Nm, column);
  if (!b) return;
  Node* head = add_to(b, NodeType::Head, Macro::Nm, column);
  cur_ = head;
  rest_of_line(true);
  head_blocks_.push_back(b);
}

void Parser::description_macro(std::uint32_t column) {
  Node* b = open_block(Macro::Nd, column);
  if (!b) return;
  add_to(b, NodeType::Head, Macro::Nd, column);
  cur_ = add_to(b, NodeType::Body, Macro::Nd, column);
  // mandoc lets a description break at its hyphens, as in text lines.
  for (; more(); ++next_) {
    add_text(cur_, args_[next_], true, true);
  }
}

void Parser::item_macro(std::uint32_t column) {
  Node* bl = innermost_list_;
  if (!bl) {
    diag(Level::Error, column, "skipping item outside list", line_detail(column));
    next_ = args_.size();
    return;
  }
  close_to_body(bl);
  Node* it = open_block(Macro::It, column);
  if (!it) return;
  ListType type = bl->block() ? bl->block()->list : ListType::Item;
  Node* head = add_to(it, NodeType::Head, Macro::It, column);
  doc_.note_list_head(head, type);
  if (type == ListType::Column) {
    cur_ = add_to(it, NodeType::Body, Macro::It, column);
    // Tabs on the It line separate cells like Ta.
    std::string_view rest = line_text().substr(std::min<std::size_t>(column + 1, line_text().size()));
    if (rest.find('\t') != std::string_view::npos) split_column_line(column + 1);
    rest_of_line(true);
    return;
  }
  if (is_list_without_heads(type)) {
    if (more()) diag(Level::Error, column, "skipping all arguments", line_detail(column));
    cur_ = head;
    rest_of_line(true);
    cur_ = add_to(it, NodeType::Body, Macro::It, column);
    return;
  }
  cur_ = head;
  rest_of_line(type != ListType::Diag);
  head_blocks_.push_back(it);
}

// Re-splits an It line of a column list so that tabs become Ta calls.
// Tabs separate cells even inside double quotes; a quote left open at a tab
// carries over into the next cell (as mandoc reads such lines).
void Parser::split_column_line(std::size_t name_end) {
  std::vector<Arg> out;
  std::string_view text = line_text();
  std::size_t i = name_end;
  std::size_t cell_start = i;
  bool quoted = false, cell_quoted = false;
  auto flush = [&](std::size_t end) {
    std::string& cell = scratch_.emplace_back(cell_quoted ? "\"" : "");
    cell.append(text.substr(cell_start, end - cell_start));
    std::vector<Arg> saved;
    saved.swap(args_);
    std::size_t reported = doc_.diagnostics.size();
    split_arguments(cell, 0);
    // A quote closed in a later cell is not unterminated.
    if (end < text.size() || !quoted)
      std::erase_if(doc_.diagnostics, [&, i = std::size_t{0}](const Diagnostic& d) mutable {
        return i++ >= reported && d.message == "unterminated quoted argument";
      });
    for (auto& a : args_) {
      // An unescaped argument lives in scratch_: its column says where its
      // opening quote was, which is where its text starts less one.
      std::size_t offset = a.unescaped ? a.column : static_cast<std::size_t>(a.raw.data() - cell.data());
      if (cell_quoted && offset > 0) --offset;
      a.column = static_cast<std::uint32_t>(cell_start + offset + 1);
      out.push_back(a);
    }
    args_.swap(saved);
  };
  for (; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) { ++i; continue; }
    if (text[i] == '"') quoted = !quoted;
    if (text[i] == '\t') {
      flush(i);
      out.push_back(Arg{"Ta", static_cast<std::uint32_t>(i + 1), false});
      while (i + 1 < text.size() && text[i + 1] == '\t') ++i;
      cell_start = i + 1;
      cell_quoted = quoted;
    }
  }
  flush(text.size());
  args_ = std::move(out);
  next_ = 0;
}

void Parser::column_macro(std::uint32_t column) {
  Node* it = find_open(Macro::It);
  Node* bl = it ? it->parent && it->parent->parent ? it->parent->parent : nullptr : nullptr;
  if (!it || !bl || bl->macro != Macro::Bl || !bl->block() || bl->block()->list != ListType::Column) {
    diag(Level::Error, column, "skipping column outside column list", line_detail(column));
    return;
  }
  while (open_.back() != it) close_block(open_.back(), true);
  cur_ = add_to(it, NodeType::Body, Macro::It, column);
  rest_of_line(true);
}

void Parser::full_explicit(Macro m, std::uint32_t column) {
  Node* b = open_block(m, column);
  if (!b) {
    next_ = args_.size();
    return;
  }
  parse_dash_arguments(b);
  if (m == Macro::Bf && more() && b->block() && b->block()->font == FontType::None) {
    std::string_view f = args_[next_].raw;
    if (f == "Em") b->block()->font = FontType::Emphasis;
    else if (f == "Li") b->block()->font = FontType::Literal;
    else if (f == "Sy") b->block()->font = FontType::Symbolic;
  }
  if (m == Macro::Bl && b->block() && b->block()->list == ListType::Column) {
    // Column widths may also follow the other options.
    for (Argument& a : b->block()->args)
      if (a.name == "column") {
        for (; more(); ++next_) {
          decode(args_[next_].raw, a.values.emplace_back(), args_[next_].column);
          b->block()->columns.emplace_back(a.values.back());
        }
      }
  }
  Node* head = add_to(b, NodeType::Head, m, column);
  for (; more(); ++next_) add_text(head, args_[next_], false);
  cur_ = add_to(b, NodeType::Body, m, column);
}

void Parser::part_explicit(Macro m, std::uint32_t column) {
  Node* b = open_block(m, column);
  if (!b) {
    next_ = args_.size();
    return;
  }
  bool parsed = macro_info(m).has(kParsed);
  if (m == Macro::Eo && more() && delimiter(args_[next_]) != Delim::None) add_text(b, args_[next_++], true);
  Node* head = add_to(b, NodeType::Head, m, column);
  if (m == Macro::Fo || m == Macro::Eo) {
    cur_ = head;
    if (m == Macro::Fo) {
      if (more()) add_text(head, args_[next_++], false);
      if (more()) {
        diag(Level::Error, args_[next_].column, "skipping excess arguments", line_detail(column));
        next_ = args_.size();
      }
    } else {
      rest_of_line(parsed);
    }
    if (std::find(open_.begin(), open_.end(), b) != open_.end()) {
      cur_ = add_to(b, NodeType::Body, m, column);
    } else if (!b->body()) {
      // Closed on its own line (.Eo [ a Ec ]): the body is empty but present.
      Node* body = doc_.make_node(NodeType::Body, m, line_, column);
      if (b->tail()) insert_before(b->tail(), body);
      else append_child(b, body);
    }
    return;
  }
  cur_ = add_to(b, NodeType::Body, m, column);
  rest_of_line(parsed);
}

void Parser::part_implicit(Macro m, std::uint32_t column) {
  Node* b = open_block(m, column);
  if (!b) {
    next_ = args_.size();
    return;
  }
  bool parsed = macro_info(m).has(kParsed);
  bool outer_takes_trailing = !line_blocks_.empty();
  line_blocks_.push_back(b);
  add_to(b, NodeType::Head, m, column);
  Node* body = add_to(b, NodeType::Body, m, column);
  while (more()) {
    if (std::find(open_.begin(), open_.end(), b) == open_.end()) return;  // closed by a callee
    cur_ = body;
    if (only_closing_delimiters_left()) {
      // Trailing punctuation: an enclosing block of this line takes it; a
      // block that begins its line keeps it after its body; otherwise it
      // follows the block.
      if (outer_takes_trailing) break;
      if (column != first_macro_column()) {
        close_block(b, true);
        while (more()) add_text(cur_, args_[next_++], true);
        return;
      }
      while (more()) add_text(b, args_[next_++], true);
      break;
    }
    const Arg& a = args_[next_];
    if (parsed) {
      if (auto c = callable(a)) {
        ++next_;
        run_macro(*c, a.column);
        continue;
      }
    }
    add_text(body, a, true);
    ++next_;
  }
  close_block(b, true);
}

void Parser::close_macro(Macro m, std::uint32_t column) {
  Macro opener = opening_macro(m);
  Node* b = find_open(opener);
  const MacroInfo& info = macro_info(m);
  if (!b) {
    diag(Level::Error, column, "skipping end of block that is not open", std::string(macro_name(m)));
    if (info.has(kParsed)) rest_of_line(true);
    else next_ = args_.size();
    return;
  }
  close_block(b, true);
  if (m == Macro::Ec) {
    Node* tail = doc_.make_node(NodeType::Tail, Macro::Eo, line_, column);
    append_child(b, tail);
  }
  if (info.has(kNoArgs)) {
    if (more()) diag(Level::Error, column, "skipping all arguments", line_detail(column));
    next_ = args_.size();
    return;
  }
  if (m == Macro::Fc || m == Macro::Ec || info.has(kParsed)) rest_of_line(info.has(kParsed));
}

void Parser::in_line(Macro m, std::uint32_t column) {
  const MacroInfo& info = macro_info(m);
  bool parsed = info.has(kParsed);
  bool ignore_delims = info.has(kIgnoreDelims);
  Node* elem = nullptr;
  bool produced = false;
  Node* container = cur_;
  if (m == Macro::An && more() && args_[next_].raw.size() > 1 && args_[next_].raw[0] == '-' &&
      argument_shape(m, args_[next_].raw.substr(1)) != ArgumentShape::Unknown) {
    Node* e = add_to(container, NodeType::Element, m, column);
    parse_dash_arguments(e);
    if (!more()) return;
    produced = true;
    elem = e;
  }
  while (more()) {
    const Arg& a = args_[next_];
    if (parsed) {
      if (auto c = callable(a)) {
        if (!produced) add_to(container, NodeType::Element, m, column);
        ++next_;
        run_macro(*c, a.column);
        return;
      }
    }
    Delim d = ignore_delims ? Delim::None : delimiter(a);
    if (d != Delim::None) {
      if (d == Delim::Close && only_closing_delimiters_left() && in_line_scoped_block()) {
        if (!produced) add_to(container, NodeType::Element, m, column);
        return;
      }
      if (d != Delim::Open && !produced) {
        add_to(container, NodeType::Element, m, column);
        produced = true;
      }
      elem = nullptr;
      add_text(container, a, true);
      ++next_;
      continue;
    }
    if (!elem || m == Macro::Fl) {
      elem = add_to(container, NodeType::Element, m, column);
      produced = true;
    }
    add_text(elem, a, false);
    ++next_;
  }
  if (!produced) add_to(container, NodeType::Element, m, column);
}

void Parser::in_line_argn(Macro m, std::uint32_t column) {
  const MacroInfo& info = macro_info(m);
  bool parsed = info.has(kParsed);
  bool ignore_delims = info.has(kIgnoreDelims);
  std::size_t count = 0;
  Node* container = cur_;
  while (more() && !ignore_delims && info.max_args > 0 && delimiter(args_[next_]) == Delim::Open)
    add_text(container, args_[next_++], true);
  Node* elem = add_to(container, NodeType::Element, m, column);
  if (m == Macro::Ap) elem->flags |= kNoSpace;
  while (more() && count < info.max_args) {
    const Arg& a = args_[next_];
    if (parsed && callable(a)) break;
    if (!ignore_delims && delimiter(a) != Delim::None) break;
    add_text(elem, a, false);
    ++next_;
    ++count;
  }
  if (m == Macro::Ns || m == Macro::Ap || m == Macro::Pf) no_space_next_ = true;
  rest_of_line(parsed);
}

void Parser::in_line_eoln(Macro m, std::uint32_t column) {
  const MacroInfo& info = macro_info(m);
  Node* e = add(NodeType::Element, m, column);
  if (m == Macro::Rv || m == Macro::Ex) parse_dash_arguments(e);
  if (info.has(kNoArgs)) {
    if (more()) diag(Level::Error, column, "skipping all arguments", line_detail(column));
    next_ = args_.size();
    return;
  }
  if (m == Macro::Sm) {
    bool on = !spacing_;
    if (more()) {
      std::string_view a = args_[next_].raw;
      if (a == "on") on = true;
      else if (a == "off") on = false;
      add_text(e, args_[next_++], false);
    }
    next_ = args_.size();
    spacing_ = on;
    if (on) no_space_next_ = false;
    return;
  }
  bool join = info.has(kJoin);
  for (std::size_t k = next_; k < args_.size(); ++k)
    if (args_[k].quoted || delimiter(args_[k]) != Delim::None) join = false;
  if (join && more()) {
    // The arguments form one text, as in mandoc's tree.
    std::string_view first = args_[next_].raw;
    const Arg& lastarg = args_.back();
    if (args_.size() - next_ > 1) {
      std::string_view joined(first.data(),
                              static_cast<std::size_t>(lastarg.raw.data() + lastarg.raw.size() - first.data()));
      add_text(e, Arg{joined, args_[next_].column, true}, false, true);
      next_ = args_.size();
      return;
    }
  }
  // Reference fields may break at their hyphens, like text lines.
  bool hyphens = info.has(kJoin) && m != Macro::Nd;
  for (; more(); ++next_) add_text(e, args_[next_], true, hyphens);
}

void Parser::request_macro(Macro m, std::uint32_t column) {
  Node* e = add(NodeType::Element, m, column);
  for (; more(); ++next_) add_text(e, args_[next_], false);
  if (m == Macro::req_nf) fill_ = false;
  if (m == Macro::req_fi) fill_ = true;
}

void Parser::rest_of_line(bool parsed) {
  while (more()) {
    if (in_line_scoped_block() && only_closing_delimiters_left()) return;
    const Arg& a = args_[next_];
    if (parsed) {
      if (auto c = callable(a)) {
        ++next_;
        run_macro(*c, a.column);
        return;
      }
    }
    add_text(cur_, a, true);
    ++next_;
  }
}

void Parser::parse_dash_arguments(Node* n) {
  n->set_block(doc_.make_block_args());
  // Each dash-argument takes at least one word of the line: room for them
  // all (up to a few) at once, not moved as the vector grows.
  n->block()->args.reserve(std::min<std::size_t>(args_.size() - next_, 4));
  while (more()) {
    const Arg& a = args_[next_];
    if (a.quoted || a.raw.size() < 2 || a.raw[0] != '-') break;
    std::string_view name = a.raw.substr(1);
    ArgumentShape shape = argument_shape(n->macro, name);
    if (shape == ArgumentShape::Unknown) break;
    ++next_;
    Argument& arg = n->block()->args.emplace_back();  // in the node's arena, as its values
    arg.name = name;
    arg.line = line_;
    arg.column = a.column;
    if (shape == ArgumentShape::OneValue) {
      if (more()) decode(args_[next_++].raw, arg.values.emplace_back(), a.column);
    } else if (shape == ArgumentShape::AllValues) {
      while (more()) {
        const Arg& v = args_[next_];
        if (!v.quoted && v.raw.size() > 1 && v.raw[0] == '-' &&
            argument_shape(n->macro, v.raw.substr(1)) != ArgumentShape::Unknown)
          break;
        decode(v.raw, arg.values.emplace_back(), v.column);
        ++next_;
      }
    }
  }
  interpret_block_arguments(*n, doc_.diagnostics);
  // The display type is known now; pop_open() counts the display out.
  if (!open_.empty() && open_.back() == n && is_no_fill_display(n)) ++open_no_fill_displays_;
}

}  // namespace mdoc
