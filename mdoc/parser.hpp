// The mdoc(7) parser: logical lines from the roff layer in, a tree out.
//
// It knows the scoping rules of the macro classes (see macro.hpp) and
// builds the tree the way mandoc does: blocks with head/body/tail children,
// in-line elements with text children, delimiters as separate text nodes.
// Judging the tree (missing sections, bad arguments, default texts) is the
// validator's job, not the parser's.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mdoc/ast.hpp"
#include "mdoc/parse.hpp"
#include "mdoc/roff/preprocessor.hpp"
#include "mdoc/text.hpp"

namespace mdoc {

class Parser final : public roff::LineSink {
 public:
  Parser(Document& doc, const ParseOptions& options);
  void on_line(const roff::Line& line) override;
  // Closes whatever is still open at the end of the input.
  void finish();

 private:
  struct Arg {
    std::string_view raw;
    std::uint32_t column = 0;
    bool quoted = false;
    // raw is a copy in scratch_ (a quoted argument with "" pairs), not a view
    // of the line: it cannot be joined with its neighbours as one span.
    bool unescaped = false;
  };
  enum class Delim { None, Open, Middle, Close };

  // Lines.
  void text_line(std::string_view text);
  void macro_line(const roff::Line& line);
  void split_arguments(std::string_view text, std::size_t offset);
  [[gnu::noinline]] std::string_view unescape_quotes(std::string_view quoted);
  void end_of_line();
  void start_bodies();
  [[gnu::noinline]] void clear_scratch();
  bool no_fill_now() const;
  bool in_column_list() const;
  void check_macro_line_end(std::string_view text, Macro m, std::size_t name_end);

  // Macro classes.
  void run_macro(Macro m, std::uint32_t column);
  void prologue_macro(Macro m, std::uint32_t column);
  void section_macro(Macro m, std::uint32_t column);
  void item_macro(std::uint32_t column);
  void column_macro(std::uint32_t column);
  void description_macro(std::uint32_t column);
  void full_explicit(Macro m, std::uint32_t column);
  void part_explicit(Macro m, std::uint32_t column);
  void part_implicit(Macro m, std::uint32_t column);
  void close_macro(Macro m, std::uint32_t column);
  void in_line(Macro m, std::uint32_t column);
  void in_line_argn(Macro m, std::uint32_t column);
  void in_line_eoln(Macro m, std::uint32_t column);
  void request_macro(Macro m, std::uint32_t column);
  void rest_of_line(bool parsed);
  void synopsis_name(std::uint32_t column);
  void split_column_line(std::size_t name_end);
  bool column_row_from_text(std::string_view text);
  std::uint32_t first_macro_column() const;
  void parse_dash_arguments(Node* n);

  // Tree building.
  Node* add(NodeType type, Macro m, std::uint32_t column);
  Node* add_to(Node* parent, NodeType type, Macro m, std::uint32_t column);
  Node* add_text(Node* parent, const Arg& arg, bool delimiters, bool mark_hyphens = false);
  Node* add_text_raw(Node* parent, std::string_view raw, std::uint32_t column, bool mark_hyphens);
  // Decodes text of this line (a part of it, or a copy of its bytes).
  void decode(std::string_view raw, std::pmr::string& out, std::uint32_t column, DecodeOptions options = {});
  // Gives n the decoded text of raw, a part of this line.
  void decode_text_of(Node* n, std::string_view raw, std::uint32_t column, DecodeOptions options);
  Node* open_block(Macro m, std::uint32_t column);
  void close_block(Node* block, bool report_broken);
  void close_to_body(Node* block);
  void pop_open();  // drops the innermost open block
  Node* find_open(Macro m) const;
  Node* find_open_any(std::initializer_list<Macro> ms) const;
  bool in_line_scoped_block() const;

  // Arguments of the current line.
  bool more() const { return next_ < args_.size(); }
  Delim delimiter(const Arg& a) const;
  bool only_closing_delimiters_left() const;
  std::optional<Macro> callable(const Arg& a) const;
  void diag(Level level, std::uint32_t column, std::string message, std::string detail = {});
  std::string line_detail(std::uint32_t column) const;

  Document& doc_;
  const ParseOptions& options_;
  const bool lint_;  // options_.lint, asked on every line
  Node* cur_;                      // the container receiving new children
  std::vector<Node*> open_;        // open blocks, innermost last
  std::size_t open_no_fill_displays_ = 0;  // of them, Bd -literal or -unfilled
  // Of them, the innermost Bl (find_open(Macro::Bl), asked on every text
  // line), or null; kept as blocks open and close.
  Node* innermost_list_ = nullptr;
  std::vector<Node*> line_blocks_; // blocks opened on this line that end with it
  std::vector<Node*> head_blocks_; // blocks whose head is this line (Sh, Ss, It ...)
  std::vector<Node*> heads_scratch_;  // end_of_line's copy of head_blocks_

  std::vector<Arg> args_;
  std::deque<std::string> scratch_;  // unescaped quoted arguments of this line
  std::string decoded_;  // decode_text_of's text before it goes to the Document
  std::size_t next_ = 0;
  // The line being read, while on_line reads it.  (Not a copy of its text:
  // the roff layer has just stored the text's pointer and size one by one,
  // and copying them as one wider load waited for both stores to reach
  // memory, on every line.)
  const roff::Line* line_read_ = nullptr;
  std::string_view line_text() const { return line_read_->text; }
  bool line_decodes_to_itself_ = false;  // see roff::Line
  std::uint32_t line_ = 0;
  bool line_start_ = true;
  bool no_space_next_ = false;
  bool continued_ = false;         // previous text line ended in \c
  bool spacing_ = true;            // .Sm on/off
  bool fill_ = true;               // .nf/.fi
  bool synopsis_ = false;          // inside SYNOPSIS
  bool seen_body_macro_ = false;   // prologue finished
  Node* last_text_ = nullptr;      // last text node of the line, for sentence ends
  std::string_view last_raw_;
};

}  // namespace mdoc
