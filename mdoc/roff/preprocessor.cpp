#include "mdoc/roff/preprocessor.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <limits>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include <sys/stat.h>

#include "mdoc/roff/escape.hpp"
#include "mdoc/roff/numeric.hpp"
#include "mdoc/roff/requests.hpp"
#include "mdoc/scan.hpp"
#include "mdoc/tables.hpp"

namespace mdoc::roff {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Register arithmetic saturates: a page can add to a register without
// bound (".nr N +2147483647", "\n+N" in a loop), and int overflow is undefined.
int saturating_add(int a, long long b) {
  long long sum = static_cast<long long>(a) + b;
  return static_cast<int>(std::clamp<long long>(sum, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  return s;
}

// True when s holds nothing but blanks from `from` on.
bool blank_from(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i)
    if (!is_blank(s[i])) return false;
  return true;
}

// Copy mode (used for .ds values and .de bodies): "\\" stands for "\".
std::string copy_mode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '\\') {
      out += '\\';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Splits request or user-macro arguments the roff way: blanks separate,
// double quotes group, "" inside quotes is a literal quote.
std::vector<std::string> split_arguments(std::string_view s, std::size_t max = 1024) {
  std::vector<std::string> args;
  std::size_t i = 0;
  while (i < s.size() && args.size() < max) {
    while (i < s.size() && is_blank(s[i])) ++i;
    if (i >= s.size()) break;
    std::string arg;
    if (s[i] == '"') {
      ++i;
      while (i < s.size()) {
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') { arg += '"'; i += 2; continue; }
          ++i;
          break;
        }
        if (s[i] == '\\' && i + 1 < s.size()) { arg += s[i]; arg += s[i + 1]; i += 2; continue; }
        arg += s[i++];
      }
    } else {
      while (i < s.size() && !is_blank(s[i])) {
        if (s[i] == '\\' && i + 1 < s.size()) { arg += s[i]; arg += s[i + 1]; i += 2; continue; }
        arg += s[i++];
      }
    }
    args.push_back(std::move(arg));
  }
  return args;
}

struct Definition {
  std::string text;  // string value, or macro body (lines joined by '\n')
  bool macro = false;
};

struct Register {
  int value = 0;
  int increment = 0;
};

struct Frame {
  std::vector<std::string> args;
  bool returned = false;
};

// Where the name of a control line lies: after the control character and
// blanks, up to a blank, an escape (which ends a name) or the end.
struct ControlName {
  std::size_t start = 0;
  std::size_t end = 0;
};
ControlName control_name(std::string_view text) {
  // The bytes that end a name, as a table: one test per byte of the name.
  static constexpr std::array<bool, 256> kEndsName = [] {
    std::array<bool, 256> ends{};
    ends[' '] = ends['\t'] = ends['\\'] = true;
    return ends;
  }();
  std::size_t p = 1;
  while (p < text.size() && is_blank(text[p])) ++p;
  std::size_t start = p;
  while (p < text.size() && !kEndsName[static_cast<unsigned char>(text[p])]) ++p;
  return {start, p};
}

// True when text is nothing but a comment (\"), after blanks or after the
// control character and blanks; first_escape is where its first backslash is.
bool only_comment(std::string_view text, std::size_t first_escape, char control_char) {
  if (first_escape + 1 >= text.size() || text[first_escape + 1] != '"') return false;
  std::string_view before = text.substr(0, first_escape);
  return blank_from(before, 0) || (before[0] == control_char && blank_from(before, 1));
}

// A logical line being processed.  It is read where it lies (the page's
// bytes, a macro body, the line holding a conditional) until something must
// change it: only then is it copied into a buffer the line may edit.  Most
// lines hold no escape and are never copied.
class LineText {
 public:
  enum Content { kAnything, kNoEscapes, kDecodesToItself };
  // A line read where it lies, copied into spare (a buffer of the caller's,
  // which may reuse it from line to line) only if it must change.
  // kNoEscapes: the text is known to hold no backslash (nothing to
  // interpolate, no braces to strip).  kDecodesToItself: nor any byte the
  // text decoder changes (see Line::decodes_to_itself).
  LineText(std::string_view text, std::string& spare, Content content = kAnything)
      : text_(text), spare_(&spare), no_escapes_(content != kAnything),
        decodes_to_itself_(content == kDecodesToItself) {}
  // A line that already lives in a buffer of its own, edited in place.
  explicit LineText(std::string& buffer) : text_(buffer), buffer_(&buffer), spare_(&buffer) {}
  LineText(const LineText&) = delete;
  LineText& operator=(const LineText&) = delete;

  std::string_view view() const { return buffer_ ? std::string_view(*buffer_) : text_; }
  bool may_hold_escapes() const { return !no_escapes_; }
  bool decodes_to_itself() const { return decodes_to_itself_; }
  std::string& edit() {
    if (!buffer_) {
      spare_->assign(text_);
      buffer_ = spare_;
    }
    no_escapes_ = decodes_to_itself_ = false;  // the caller may write any bytes
    return *buffer_;
  }

 private:
  std::string_view text_;
  std::string* buffer_ = nullptr;
  std::string* spare_;
  bool no_escapes_ = false;
  bool decodes_to_itself_ = false;
};

// The bytes that make a physical line need more than passing it on as it
// is: the escape character (escapes, comments, continuation) and control
// bytes other than tab (bad characters, a carriage return, the newline that
// ends the line).
inline constexpr scan::ByteSet kLineSpecials = scan::ByteSet().add_controls_except("\t").add('\x7f').add('\\');
// What the line splitter looks for: those, and the bytes that do not stop a
// line from passing as it is but that the text decoder changes (hyphens,
// which may become break points, and non-ASCII bytes).  Knowing that a
// line has none spares the decoder a second look at its bytes.
inline constexpr scan::ByteSet kLineScanned = scan::ByteSet(kLineSpecials).add('-').add_high();

}  // namespace

struct Preprocessor::State {
  const ParseOptions& options;
  std::vector<Diagnostic>& diagnostics;
  LineSink& sink;

  std::unordered_map<std::string, Definition> definitions;
  std::unordered_map<std::string, Register> registers;
  std::vector<Frame> frames;
  std::vector<std::string> include_stack;

  // Conditionals.
  int open_braces = 0;        // true \{ scopes still open
  int skip_braces = 0;        // >0: inside a false \{ scope
  std::uint32_t skip_line = 0;
  std::vector<bool> ie_results;

  // .de / .ig collection.
  bool collecting = false;
  bool ignoring = false;
  std::string collect_name;
  std::string collect_end;
  std::string collect_body;
  bool collect_append = false;
  std::uint32_t collect_line = 0;
  std::size_t collect_lines = 0;

  char control_char = '.';
  char escape_char = '\\';
  bool escapes_off = false;
  std::unordered_map<char, std::string> translations;

  // .it input trap.
  int trap_lines = 0;
  std::string trap_macro;

  std::uint32_t line = 0;
  std::size_t expansions = 0;
  std::size_t total_input = 0;
  bool stack_limit_reported = false;
  std::size_t emitted = 0;
  std::size_t reentry = 0;  // nested logical_line calls
  std::size_t macro_bytes = 0;  // body bytes of all macro calls
  bool size_limit_reported = false;

  // Limits asked about for every line: how deep logical_line may nest, how
  // many bytes may be emitted.
  const std::size_t max_reentry;
  const std::size_t max_emitted;

  State(const ParseOptions& o, std::vector<Diagnostic>& d, LineSink& s)
      : options(o), diagnostics(d), sink(s), max_reentry(o.limits.expansion_depth + o.limits.macro_depth),
        max_emitted(o.limits.expanded_size) {}

  // Expansions for the whole document: string interpolations, macro calls and
  // .while iterations.  No corpus page defines a macro and none interpolates
  // strings on more than 24 lines; a macro that calls itself twice would
  // make 2^macro_depth calls without this (fuzz_roff: 13 s for 664 bytes).
  std::size_t expansion_budget() const { return options.limits.expansions_per_line * 10; }

  void diag(Level level, std::uint32_t ln, std::uint32_t col, std::string msg, std::string detail = {}) {
    diagnostics.push_back({level, ln, col, std::move(msg), std::move(detail)});
  }

  void run_file(std::string_view bytes);
  void physical_lines(std::string_view bytes);
  [[gnu::noinline]] std::size_t joined_line(std::string_view bytes, std::size_t pos, std::uint32_t& ln,
                                            std::string& logical);
  // A view of a line that stays unchanged while it is processed (a nested
  // line that must change is copied first).
  void logical_line(std::string_view text, std::uint32_t ln, bool interpolated = false) {
    std::string copy;
    LineText line(text, copy);
    logical_line(line, ln, interpolated);
  }
  // A physical line that is a logical line of its own, read where it lies
  // (copied into spare, reused from line to line, only if it must change).
  // (Out of line: inlined, it made physical_lines keep its variables on the stack.)
  [[gnu::noinline]] void physical_logical_line(std::string_view text, std::uint32_t ln, std::string& spare,
                                               LineText::Content content) {
    LineText line(text, spare, content);
    logical_line(line, ln, false);
  }
  // Nothing is collected, skipped, translated or trapped: a line without
  // escapes that is no request and calls no macro of the page goes to the
  // parser as it is (most lines).
  bool passes_lines_on() const {
    return !collecting && !ignoring && skip_braces <= 0 && translations.empty() && trap_lines <= 0 &&
           reentry < max_reentry;
  }
  // Passes on such a line as logical_line would, without its set-up;
  // returns false, having done nothing, for a line logical_line must see.
  bool pass_on(std::string_view text, std::uint32_t ln, LineText::Content content) {
    bool decodes_to_itself = content == LineText::kDecodesToItself;
    if (text.empty() || (text[0] != control_char && text[0] != '\'')) {
      emit(text, ln, false, {}, decodes_to_itself);
      return true;
    }
    if (text[0] != '.') return false;  // logical_line makes the control character a '.'
    ControlName name = control_name(text);
    if (name.end == name.start || !definitions.empty() ||
        find_request(std::string_view(text.data() + name.start, name.end - name.start)))
      return false;
    emit(text, ln, true, name, decodes_to_itself);
    return true;
  }
  // A line in the caller's buffer: edited in place, the buffer reused for the next line.
  void logical_line(std::string& buffer, std::uint32_t ln) {
    LineText line(buffer);
    logical_line(line, ln, false);
  }
  void logical_line(LineText& line, std::uint32_t ln, bool interpolated);
  // (Out of line: only lines with escapes need it, and inlined it made
  // logical_line set up a large frame for every line.)
  [[gnu::noinline]] bool interpolate(LineText& line, std::uint32_t ln);
  // A line that begins with the control character and a comment (\"),
  // asked before interpolate, whose set-up costs more than the question.
  // (interpolate finds the other comment lines.)
  bool starts_comment_line(std::string_view text) const {
    return escape_char == '\\' && !escapes_off && text.size() >= 2 && text[0] == control_char && text[1] == '\\' &&
           only_comment(text, 1, control_char);
  }
  // A line that is nothing but a comment goes no further: it is not copied
  // to drop the comment.  (As in interpolate, a comment read from the file
  // that ends in blanks is reported.)
  void drop_comment_line(std::string_view text, std::uint32_t ln) {
    if (frames.empty() && is_blank(text.back()))
      diag(Level::Style, ln, static_cast<std::uint32_t>(text.size()), "whitespace at end of input line");
  }
  std::string register_value(std::string_view name, char sign);
  // Removes \{ and \} from a line that is being executed, tracking scopes.
  void strip_braces(LineText& line, std::uint32_t ln) {
    if (line.may_hold_escapes()) strip_escaped_braces(line, ln);
  }
  void strip_escaped_braces(LineText& line, std::uint32_t ln);
  bool count_skipped_braces(std::string_view text);
  // (Out of line, as interpolate: text lines do not need its frame.)
  [[gnu::noinline]] bool dispatch_control(LineText& line, const ControlName& name, const RequestInfo* req,
                                          std::uint32_t ln);
  void conditional(std::string_view request, std::string_view rest, std::uint32_t ln, std::size_t col);
  bool evaluate_condition(std::string_view s, std::size_t& pos);
  void request(std::string_view name, std::string_view rest, std::uint32_t ln, std::size_t col);
  void call_macro(const std::string& name, std::string_view rest, std::uint32_t ln);
  void include(std::string_view path, std::uint32_t ln, std::size_t col);
  void collect(std::string_view text, std::uint32_t ln);
  void emit(const LineText& line, std::uint32_t ln, bool control, const ControlName& name = {}) {
    emit(line.view(), ln, control, name, line.decodes_to_itself());
  }
  // (Inline: every line passes here.)
  [[gnu::always_inline]] void emit(std::string_view text, std::uint32_t ln, bool control, const ControlName& name,
                                   bool decodes_to_itself);
  [[gnu::noinline]] void report_size_limit(std::uint32_t ln);
  std::string translate(std::string_view text);
};

Preprocessor::Preprocessor(const ParseOptions& options, std::vector<Diagnostic>& diagnostics, LineSink& sink)
    : state_(std::make_unique<State>(options, diagnostics, sink)) {}
Preprocessor::~Preprocessor() = default;

void Preprocessor::run(std::string_view bytes) {
  state_->run_file(bytes);
  State& s = *state_;
  if (s.collecting || s.ignoring)
    s.diag(Level::Error, s.collect_line, 1, "appending missing end of block", s.ignoring ? "ig" : "de");
  if (s.skip_braces > 0 || s.open_braces > 0)
    s.diag(Level::Error, s.line, 1, "appending missing end of block", "if");
}

void Preprocessor::State::run_file(std::string_view bytes) {
  total_input += bytes.size();
  if (total_input > options.limits.input_size) {
    diag(Level::Unsupported, line, 1, "input too large");
    return;
  }
  physical_lines(bytes);
}

// Splits bytes into logical lines: joins "\<newline>" and "\#" continuations,
// replaces bytes mandoc does not accept, and feeds each logical line on.
void Preprocessor::State::physical_lines(std::string_view bytes) {
  std::uint32_t saved_line = line;
  std::uint32_t ln = 0;
  std::size_t pos = 0;
  std::string spare;  // a line that must change is copied here (see LineText)
  scan::ByteCursor<kLineScanned> specials(bytes);
  const std::size_t max_line = options.limits.line_length;
  // Whether a line without escapes may go to the parser as it is
  // (pass_on): only a line that goes through logical_line (a request) can
  // change that.
  bool passing = passes_lines_on();
  while (pos < bytes.size()) {
    // A line with nothing special up to its newline is its own logical line,
    // passed on where it lies: no copy.  So is a line whose escapes only
    // escape printable bytes (not a newline, a control byte or the # of a
    // comment, which join or change the line).  (Pages that change the
    // escape character or turn escapes off take the long way.)
    if (escape_char == '\\') {
      std::size_t stop = specials.next(pos);
      bool escaped = false, decoder_changes = false;
      // (Most lines hold nothing before their newline: no loop for them.)
      bool at_newline = stop < bytes.size() && bytes[stop] == '\n';
      for (; !at_newline && stop < bytes.size(); stop = specials.next(stop + 1)) {
        char c = bytes[stop];
        if (!kLineSpecials.contains(c)) {
          decoder_changes = true;  // a hyphen or a non-ASCII byte
        } else if (c == '\\' && stop + 1 < bytes.size() && !escapes_off && bytes[stop + 1] != '#' &&
                   (bytes[stop + 1] == '\\' || !kLineSpecials.contains(bytes[stop + 1]))) {
          escaped = true;
          ++stop;  // the escaped byte
        } else {
          break;
        }
      }
      if ((stop == bytes.size() || bytes[stop] == '\n') && stop - pos <= max_line) {
        line = ++ln;
        std::string_view text(bytes.data() + pos, stop - pos);
        LineText::Content content = escaped           ? LineText::kAnything
                                    : decoder_changes ? LineText::kNoEscapes
                                                      : LineText::kDecodesToItself;
        pos = stop == bytes.size() ? stop : stop + 1;
        if (!escaped && passing && pass_on(text, ln, content)) continue;
        physical_logical_line(text, ln, spare, content);
        passing = passes_lines_on();
        continue;
      }
    }
    pos = joined_line(bytes, pos, ln, spare);
    passing = passes_lines_on();
  }
  line = saved_line;
}

// The logical line that starts at bytes[pos], physical line ln + 1, read
// the long way: copied into logical, bad bytes replaced, continued lines
// joined.  Returns where the next line starts; ln is the last line read.
// (Apart from physical_lines: the few lines that need it would otherwise
// make every line's loop keep its variables on the stack.)
std::size_t Preprocessor::State::joined_line(std::string_view bytes, std::size_t pos, std::uint32_t& ln,
                                             std::string& logical) {
  logical.clear();
  const std::uint32_t start_line = ln + 1;
  for (;;) {
    std::size_t end = bytes.find('\n', pos);
    bool last = end == std::string_view::npos;
    std::string_view phys = bytes.substr(pos, last ? bytes.size() - pos : end - pos);
    pos = last ? bytes.size() : end + 1;
    ++ln;
    bool joining = false;
    if (!phys.empty() && phys.back() == '\r') phys.remove_suffix(1);
    std::size_t col0 = logical.size();
    logical.append(phys);
    // Control characters other than tab are rare: find them in one pass
    // over the appended bytes and replace each with '?'.
    for (std::size_t i = col0; (i = scan::find_control(logical, i)) < logical.size(); ++i) {
      auto c = static_cast<unsigned char>(logical[i]);
      if (c == '\t') continue;
      diag(Level::Error, ln, static_cast<std::uint32_t>(i - col0 + 1), "skipping bad character", std::to_string(c));
      logical[i] = '?';
    }
    if (logical.size() > options.limits.line_length) {
      diag(Level::Error, start_line, 1, "input line too long, truncated");
      logical.resize(options.limits.line_length);
    }
    // Find a trailing lone escape character or a \# comment: both join lines.
    if (!escapes_off) {
      std::string_view l = logical;
      for (std::size_t i = col0; i < l.size(); ++i) {
        i = l.find(escape_char, i);
        if (i == std::string_view::npos) break;
        if (i + 1 >= l.size()) {
          logical.pop_back();
          joining = true;
          break;
        }
        if (l[i + 1] == '#') {
          logical.resize(i);
          joining = true;
          break;
        }
        ++i;  // skip the escaped character
      }
    }
    if (joining && !last) continue;
    line = start_line;
    logical_line(logical, start_line);
    return pos;
  }
}

std::string Preprocessor::State::register_value(std::string_view name, char sign) {
  if (name == ".$") return std::to_string(frames.empty() ? 0 : frames.back().args.size());
  if (name == ".g") return "0";  // we are not groff
  if (name == ".T") return "1";
  if (name == ".H" || name == ".V") return "1";
  if (name == ".l") return "1560";  // 6.5i line length
  auto it = registers.find(std::string(name));
  if (it == registers.end()) return "0";
  if (sign == '+') it->second.value = saturating_add(it->second.value, it->second.increment);
  if (sign == '-') it->second.value = saturating_add(it->second.value, -static_cast<long long>(it->second.increment));
  return std::to_string(it->second.value);
}

// Interpolates strings, registers, macro arguments, \w and \B; removes
// comments.  Other escapes are left for the text decoder.  Returns false when
// the whole line turned out to be a comment.
bool Preprocessor::State::interpolate(LineText& line, std::uint32_t ln) {
  if (escapes_off) {
    // With .eo, a backslash prints itself.
    if (line.view().find('\\') == std::string_view::npos) return true;
    std::string out;
    for (char c : line.view()) out += c == '\\' ? std::string("\\e") : std::string(1, c);
    line.edit() = std::move(out);
    return true;
  }
  std::size_t i = line.view().find(escape_char);
  if (i == std::string_view::npos) return true;
  if (escape_char == '\\' && only_comment(line.view(), i, control_char)) {
    drop_comment_line(line.view(), ln);
    return false;
  }
  std::string& text = line.edit();
  std::size_t count = 0;
  bool was_comment_line = false;
  while (i < text.size()) {
    i = text.find(escape_char, i);
    if (i == std::string::npos) break;
    if (escape_char != '\\') text[i] = '\\';
    Escape e = lex_escape(text, i);
    std::string replacement;
    bool replace = false;
    switch (e.kind) {
      case EscapeKind::Comment: {
        // A comment read from the file that ends in blanks: mandoc reports
        // the last byte of the line.
        if (frames.empty() && is_blank(text.back()))
          diag(Level::Style, ln, static_cast<std::uint32_t>(text.size()), "whitespace at end of input line");
        // Drop the comment and the blanks before it.
        std::size_t cut = i;
        while (cut > 0 && is_blank(text[cut - 1])) --cut;
        if (cut > 0 && text[cut - 1] == '\\' && cut != i) ++cut;  // keep an escaped blank
        bool only = trim_left(std::string_view(text).substr(0, cut)).empty() ||
                    (text[0] == control_char && trim_left(std::string_view(text).substr(1, cut > 0 ? cut - 1 : 0)).empty());
        if (only) was_comment_line = true;
        text.resize(cut);
        continue;
      }
      case EscapeKind::String: {
        std::string name(e.argument);
        auto it = definitions.find(name);
        if (it != definitions.end()) {
          replacement = it->second.text;
        } else if (auto pre = predefined_string(name)) {
          replacement = std::string(*pre);
        } else if (name == ".T") {
          replacement = "ascii";
        } else {
          diag(Level::Warning, ln, static_cast<std::uint32_t>(i + 1), "undefined string, using \"\"", name);
        }
        replace = true;
        break;
      }
      case EscapeKind::Register:
        replacement = register_value(e.argument, e.sign);
        replace = true;
        break;
      case EscapeKind::MacroArgument: {
        if (frames.empty()) {
          diag(Level::Error, ln, static_cast<std::uint32_t>(i + 1), "using macro argument outside macro",
               "\\$" + std::string(e.argument));
        } else if (e.argument == "*" || e.argument == "@") {
          const auto& args = frames.back().args;
          for (std::size_t k = 0; k < args.size(); ++k) {
            if (k) replacement += ' ';
            if (e.argument == "@") replacement += '"' + args[k] + '"';
            else replacement += args[k];
          }
        } else {
          std::size_t n = 0;
          bool numeric = !e.argument.empty();
          for (char c : e.argument) {
            if (c < '0' || c > '9') numeric = false;
            else n = n * 10 + static_cast<std::size_t>(c - '0');
          }
          if (!numeric) {
            diag(Level::Error, ln, static_cast<std::uint32_t>(i + 1), "argument number is not numeric",
                 "\\$" + std::string(e.argument));
          } else if (n >= 1 && n <= frames.back().args.size()) {
            replacement = frames.back().args[n - 1];
          }
        }
        replace = true;
        break;
      }
      case EscapeKind::Width: {
        // mandoc: each character is 24 basic units wide.
        std::size_t glyphs = 0;
        std::string_view a = e.argument;
        for (std::size_t k = 0; k < a.size();) {
          if (a[k] == '\\') {
            Escape inner = lex_escape(a, k);
            if (inner.kind == EscapeKind::SpecialChar || inner.kind == EscapeKind::Literal ||
                inner.kind == EscapeKind::CharNumber || inner.kind == EscapeKind::NoBreakSpace)
              ++glyphs;
            k += inner.length;
          } else {
            if ((static_cast<unsigned char>(a[k]) & 0xC0) != 0x80) ++glyphs;
            ++k;
          }
        }
        replacement = std::to_string(glyphs * 24);
        replace = true;
        break;
      }
      case EscapeKind::NumericCheck: {
        std::size_t p = 0;
        int v = 0;
        bool ok = evaluate_numeric(e.argument, p, v) && p == e.argument.size();
        replacement = ok ? "1" : "0";
        replace = true;
        break;
      }
      default:
        break;
    }
    if (!replace) {
      i += e.length;
      continue;
    }
    if (++count > options.limits.expansions_per_line || ++expansions > expansion_budget()) {
      if (!stack_limit_reported) {
        diag(Level::Error, ln, static_cast<std::uint32_t>(i + 1), "input stack limit exceeded, infinite loop?");
        stack_limit_reported = true;
      }
      text.erase(i, e.length);
      continue;
    }
    if (text.size() - e.length + replacement.size() > options.limits.line_length) {
      diag(Level::Error, ln, static_cast<std::uint32_t>(i + 1), "input line too long, truncated");
      text.resize(i);
      break;
    }
    // Rescan the replacement: strings may contain escapes of their own.
    text.replace(i, e.length, replacement);
  }
  if (was_comment_line && trim_left(text).empty()) return false;
  if (was_comment_line && !text.empty() && text[0] == control_char &&
      trim_left(std::string_view(text).substr(1)).empty())
    return false;
  return true;
}

void Preprocessor::State::strip_escaped_braces(LineText& line, std::uint32_t ln) {
  // Most lines hold no escape, or no brace after the first one: then there
  // is nothing to lex.  (memchr looks for the backslash many bytes at a time.)
  std::string_view view = line.view();
  std::size_t first = view.find('\\');
  if (first == std::string_view::npos || scan::find_brace(view, first) == view.size()) return;
  std::string& text = line.edit();
  for (std::size_t i = first; i < text.size();) {
    i = text.find('\\', i);
    if (i == std::string::npos) break;
    Escape e = lex_escape(text, i);
    if (e.kind == EscapeKind::CondClose) {
      if (open_braces > 0) --open_braces;
      else diag(Level::Error, ln, static_cast<std::uint32_t>(i + 1), "skipping end of block that is not open", "\\}");
      text.erase(i, e.length);
      continue;
    }
    if (e.kind == EscapeKind::CondOpen) {
      ++open_braces;
      text.erase(i, e.length);
      continue;
    }
    i += e.length;
  }
}

// In a false \{ scope: counts braces; returns true when the scope ends on this line.
bool Preprocessor::State::count_skipped_braces(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != escape_char) { ++i; continue; }
    Escape e = lex_escape(text, i);
    if (e.kind == EscapeKind::CondOpen) ++skip_braces;
    if (e.kind == EscapeKind::CondClose && --skip_braces == 0) return true;
    if (e.kind == EscapeKind::Comment) break;
    i += e.length;
  }
  return skip_braces == 0;
}

inline void Preprocessor::State::emit(std::string_view text, std::uint32_t ln, bool control,
                                      const ControlName& name, bool decodes_to_itself) {
  // Expansion can turn a small page into an enormous one; the tree and every
  // rendering grow with what is emitted here, so this bounds them all.
  emitted += text.size() + 1;
  if (emitted > max_emitted) {
    report_size_limit(ln);
    return;
  }
  // The name is passed on when it ends the way the parser reads it: at a
  // blank or the end (not at an escape).
  bool whole = name.end > name.start && (name.end == text.size() || is_blank(text[name.end]));
  sink.on_line({text, ln, control, whole ? static_cast<std::uint32_t>(name.start) : 0,
                whole ? static_cast<std::uint32_t>(name.end) : 0, decodes_to_itself});
}

// Out of emit's way: emit is called for every line, and inlines without it.
void Preprocessor::State::report_size_limit(std::uint32_t ln) {
  if (!size_limit_reported) diag(Level::Error, ln, 1, "input too large after expansion, skipping the rest");
  size_limit_reported = true;
}

void Preprocessor::State::logical_line(LineText& line, std::uint32_t ln, bool interpolated) {
  // Conditionals, .nop and macros re-enter here; ".if 1 .if 1 ..." on one
  // long line must not exhaust the C++ stack.
  if (reentry >= max_reentry) {
    if (!stack_limit_reported) diag(Level::Error, ln, 1, "input stack limit exceeded, infinite loop?");
    stack_limit_reported = true;
    return;
  }
  ++reentry;
  struct Leave {
    std::size_t& depth;
    ~Leave() { --depth; }
  } leave{reentry};
  if (collecting || ignoring) {
    collect(line.view(), ln);
    return;
  }
  if (skip_braces > 0) {
    count_skipped_braces(line.view());
    return;
  }
  // (A line known to hold no escapes skips the call: most lines.  So does
  // a comment line, the most common line with one.)
  if (!interpolated && line.may_hold_escapes()) {
    if (starts_comment_line(line.view())) {
      drop_comment_line(line.view(), ln);
      return;
    }
    if (!interpolate(line, ln)) return;
  }

  std::string_view text = line.view();
  bool control = !text.empty() && (text[0] == control_char || text[0] == '\'');
  if (control) {
    if (text[0] != '.') line.edit()[0] = '.';
    ControlName name = control_name(text);
    bool named = name.end > name.start;
    // Most control lines call mdoc macros: neither requests nor macros the
    // page defined, which dispatch_control would pass on.
    const RequestInfo* req =
        named ? find_request(std::string_view(text.data() + name.start, name.end - name.start)) : nullptr;
    if ((req || (named && !definitions.empty())) && dispatch_control(line, name, req, ln)) return;
    strip_braces(line, ln);
    if (line.view().size() != text.size()) name = {};  // braces removed: the name may have moved
    text = line.view();
    // A lone control character is a no-op.  (A line with a name is not
    // blank: most lines.)
    if (name.end == name.start && blank_from(text, 1)) return;
    emit(line, ln, true, name);
    return;
  }
  strip_braces(line, ln);
  if (!translations.empty()) {
    std::string translated = translate(line.view());
    line.edit() = std::move(translated);
  }
  emit(line, ln, false);
  if (trap_lines > 0 && --trap_lines == 0 && !trap_macro.empty()) {
    std::string name = std::move(trap_macro);
    trap_macro.clear();
    call_macro(name, "", ln);
  }
}

std::string Preprocessor::State::translate(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      Escape e = lex_escape(text, i);
      out.append(text.substr(i, e.length));
      i += e.length - 1;
      continue;
    }
    auto it = translations.find(text[i]);
    if (it != translations.end()) out += it->second;
    else out += text[i];
  }
  return out;
}

// Handles requests, conditionals and user macros.  Returns true when the
// line was consumed; false when it goes on to the mdoc parser.
bool Preprocessor::State::dispatch_control(LineText& line, const ControlName& control, const RequestInfo* req,
                                           std::uint32_t ln) {
  std::string_view text = line.view();
  std::size_t name_start = control.start, p = control.end;
  // Read before the line is edited (strip_braces): afterwards the name of
  // a request is taken from the request table.
  std::string_view name(text.data() + name_start, p - name_start);
  // The arguments (not needed for the mdoc macros most lines call).
  auto rest = [&] { return trim_left(std::string_view(text.data() + p, text.size() - p)); };
  // The rest of the line after brace removal (which may shorten it).
  auto rest_without_braces = [&] {
    strip_braces(line, ln);
    std::string_view edited = line.view();
    return trim_left(edited.substr(std::min(p, edited.size())));
  };

  // Only a request's name needs comparing with the conditionals.
  if (req && (req->name == "if" || req->name == "ie" || req->name == "el" || req->name == "while")) {
    conditional(req->name, rest(), ln, name_start + 1);
    return true;
  }
  // Most pages define nothing: then there is no name to hash.
  if (!definitions.empty()) {
    std::string key(name);
    auto def = definitions.find(key);
    if (def != definitions.end() && def->second.macro) {
      call_macro(key, rest_without_braces(), ln);
      return true;
    }
  }
  if (!req) return false;  // an mdoc macro, or unknown: the parser decides
  switch (req->cls) {
    case RequestClass::Format:
      return false;
    case RequestClass::Ignored:
      strip_braces(line, ln);
      return true;
    case RequestClass::Unsupported:
      strip_braces(line, ln);
      diag(Level::Unsupported, ln, static_cast<std::uint32_t>(name_start + 1), "unsupported roff request",
           std::string(req->name));
      return true;
    case RequestClass::Insecure:
      strip_braces(line, ln);
      diag(Level::Error, ln, static_cast<std::uint32_t>(name_start + 1), "skipping insecure request",
           std::string(req->name));
      return true;
    case RequestClass::Define:
      break;
  }
  request(req->name, rest_without_braces(), ln, name_start + 1);
  return true;
}

bool Preprocessor::State::evaluate_condition(std::string_view s, std::size_t& pos) {
  bool negate = false;
  while (pos < s.size() && s[pos] == '!') {
    negate = !negate;
    ++pos;
  }
  if (pos >= s.size()) return false;
  bool result = false;
  char c = s[pos];
  switch (c) {
    case 'n': case 'o': result = true; ++pos; break;
    case 'e': case 't': case 'v': result = false; ++pos; break;
    case 'c': {
      ++pos;
      if (pos < s.size() && s[pos] == '\\') {
        Escape e = lex_escape(s, pos);
        result = e.kind == EscapeKind::SpecialChar ? special_character(e.argument) != nullptr
                                                   : e.kind == EscapeKind::Literal;
        pos += e.length;
      } else if (pos < s.size()) {
        result = static_cast<unsigned char>(s[pos]) < 0x80;
        ++pos;
      }
      break;
    }
    case 'd': case 'r': {
      ++pos;
      while (pos < s.size() && is_blank(s[pos])) ++pos;
      std::size_t start = pos;
      while (pos < s.size() && !is_blank(s[pos])) ++pos;
      std::string name(s.substr(start, pos - start));
      if (c == 'd') result = definitions.count(name) > 0 || predefined_string(name).has_value();
      else result = registers.count(name) > 0 || name == ".g" || name == ".$";
      break;
    }
    default: {
      if (c == '(' || c == '+' || c == '-' || (c >= '0' && c <= '9')) {
        int v = 0;
        result = evaluate_numeric(s, pos, v) && v > 0;
        if (!result) {
          // Skip the unparsable rest of the condition up to a blank.
          while (pos < s.size() && !is_blank(s[pos])) ++pos;
        }
      } else {
        // 'string1'string2': delimiter-separated string comparison.
        char delim = c;
        std::size_t a = pos + 1;
        std::size_t b = s.find(delim, a);
        if (b == std::string_view::npos) { pos = s.size(); return false; }
        std::size_t e = s.find(delim, b + 1);
        if (e == std::string_view::npos) { pos = s.size(); return false; }
        result = s.substr(a, b - a) == s.substr(b + 1, e - b - 1);
        pos = e + 1;
      }
    }
  }
  return negate ? !result : result;
}

void Preprocessor::State::conditional(std::string_view request, std::string_view rest, std::uint32_t ln,
                                      std::size_t col) {
  bool result;
  std::size_t pos = 0;
  if (request == "el") {
    if (ie_results.empty()) {
      diag(Level::Warning, ln, static_cast<std::uint32_t>(col), "no matching ie for el"); // best effort
      result = false;
    } else {
      result = !ie_results.back();
      ie_results.pop_back();
    }
  } else {
    result = evaluate_condition(rest, pos);
    if (request == "ie") ie_results.push_back(result);
  }
  std::string_view body = trim_left(rest.substr(std::min(pos, rest.size())));
  bool brace = body.size() >= 2 && body[0] == '\\' && body[1] == '{';

  if (request == "while") {
    // Loops run only on a one-line body (mandoc's subset), a bounded number of times.
    if (brace) {
      diag(Level::Unsupported, ln, static_cast<std::uint32_t>(col), "unsupported roff request", "while");
      if (!result) {
        skip_braces = 0;
        if (!count_skipped_braces(body)) skip_line = ln;
      }
      return;
    }
    std::string_view b = body;
    std::size_t guard = 0;
    // Nested loops multiply: every iteration counts against the expansion budget.
    while (result && !b.empty() && guard++ < 1000 && ++expansions <= expansion_budget()) {
      logical_line(b, ln, false);  // each iteration runs the body afresh: b is never edited
      pos = 0;
      result = evaluate_condition(rest, pos);
    }
    if (guard >= 1000 || expansions > expansion_budget()) diag(Level::Error, ln, static_cast<std::uint32_t>(col), "input stack limit exceeded, infinite loop?");
    return;
  }

  if (!result) {
    if (brace) {
      skip_braces = 0;
      if (!count_skipped_braces(body)) skip_line = ln;
    }
    return;
  }
  std::string_view next = body;
  if (brace) {
    ++open_braces;
    next = trim_left(next.substr(2));
  }
  if (next.empty()) return;
  logical_line(next, ln, true);
}

void Preprocessor::State::call_macro(const std::string& name, std::string_view rest, std::uint32_t ln) {
  if (frames.size() >= options.limits.macro_depth) {
    if (!stack_limit_reported)
      diag(Level::Error, ln, 1, "input stack limit exceeded, infinite loop?", name);
    stack_limit_reported = true;
    return;
  }
  if (++expansions > expansion_budget()) {
    if (!stack_limit_reported) diag(Level::Error, ln, 1, "input stack limit exceeded, infinite loop?", name);
    stack_limit_reported = true;
    return;
  }
  auto it = definitions.find(name);
  if (it == definitions.end()) return;
  // Each call copies and rescans the body, and .am can double a body per
  // call: the bytes of all calls share the expanded-size bound.
  macro_bytes += it->second.text.size();
  if (macro_bytes > options.limits.expanded_size) {
    if (!stack_limit_reported) diag(Level::Error, ln, 1, "input stack limit exceeded, infinite loop?", name);
    stack_limit_reported = true;
    return;
  }
  std::string body = it->second.text;  // copy: the macro may redefine itself
  Frame frame;
  for (auto& a : split_arguments(rest, options.limits.arguments)) frame.args.push_back(std::move(a));
  frames.push_back(std::move(frame));
  std::size_t pos = 0;
  while (pos <= body.size() && !frames.back().returned) {
    std::size_t end = body.find('\n', pos);
    if (end == std::string::npos) end = body.size();
    if (end > pos || end < body.size()) logical_line(std::string_view(body).substr(pos, end - pos), ln);
    if (end >= body.size()) break;
    pos = end + 1;
  }
  frames.pop_back();
}

void Preprocessor::State::collect(std::string_view text, std::uint32_t ln) {
  // The end marker is ".." (or ".END" for .de NAME END) as a control line.
  std::string_view t = text;
  if (!t.empty() && (t[0] == control_char || t[0] == '\'')) {
    std::string_view n = trim_left(t.substr(1));
    std::size_t e = 0;
    while (e < n.size() && !is_blank(n[e])) ++e;
    std::string_view word = n.substr(0, e);
    std::string_view end = collect_end.empty() ? std::string_view(".") : std::string_view(collect_end);
    if (word == end) {
      bool was_collecting = collecting;
      collecting = ignoring = false;
      if (was_collecting) {
        Definition& d = definitions[collect_name];
        if (collect_append && d.macro) {
          if (!d.text.empty()) d.text += '\n';
          d.text += collect_body;
        } else {
          d.text = collect_body;
        }
        d.macro = true;
      }
      collect_body.clear();
      // ".de X END": the end macro itself is then called.
      if (!collect_end.empty()) {
        auto it = definitions.find(collect_end);
        if (it != definitions.end() && it->second.macro) call_macro(collect_end, trim_left(n.substr(e)), ln);
      }
      return;
    }
  }
  if (collecting) {
    if (collect_body.size() + text.size() > options.limits.expanded_size) return;
    if (collect_lines++ > 0) collect_body += '\n';
    collect_body += copy_mode(text);
  }
}

// Where a .so target may be read from.  Untrusted pages must not pull in
// other files of the machine, so without so_anywhere a target resolves, after
// following symbolic links, below the page's own folder, or for the manual-root
// spelling "manN/page.N" below that sibling folder of the page's folder.
static std::vector<std::pair<std::string, std::string>> so_candidates(const std::string& p, const std::string& page,
                                                                      bool anywhere) {
  std::string dir;
  auto slash = page.rfind('/');
  if (slash != std::string::npos) dir = page.substr(0, slash + 1);
  std::vector<std::pair<std::string, std::string>> out;  // {file, folder it must stay in}
  if (p[0] == '/') {
    out.push_back({p, ""});
    return out;
  }
  out.push_back({dir + p, dir.empty() ? "." : dir});
  auto first = p.find('/');
  if (first != std::string::npos && p.compare(0, 3, "man") == 0)
    out.push_back({dir + "../" + p, dir + "../" + p.substr(0, first)});
  if (anywhere) {
    out.push_back({dir + "../" + p, ""});
    out.push_back({p, ""});
  }
  return out;
}

// The real path of file if it exists inside folder (any folder when empty).
static bool resolve_inside(const std::string& file, const std::string& folder, std::string& resolved) {
  char buf[PATH_MAX];
  if (!::realpath(file.c_str(), buf)) return false;
  resolved = buf;
  // Only regular files: a FIFO would block forever, a device never end.
  struct stat st{};
  if (::stat(buf, &st) != 0 || !S_ISREG(st.st_mode)) return false;
  if (folder.empty()) return true;
  if (!::realpath(folder.c_str(), buf)) return false;
  std::string root = buf;
  if (root != "/") root += '/';
  return resolved.compare(0, root.size(), root) == 0;
}

void Preprocessor::State::include(std::string_view path, std::uint32_t ln, std::size_t col) {
  std::string p(path);
  if (p.empty() || (!options.so_anywhere && (p[0] == '/' || p.find("..") != std::string::npos))) {
    diag(Level::Error, ln, static_cast<std::uint32_t>(col), "NOT IMPLEMENTED: .so with absolute path or \"..\"", "so " + p);
    return;
  }
  std::string bytes, error, resolved, page_path;
  resolve_inside(options.file_name, "", page_path);
  for (const auto& [file, folder] : so_candidates(p, options.file_name, options.so_anywhere)) {
    for (const std::string& f : {file, file + ".gz"}) {
      if (!resolve_inside(f, folder, resolved)) continue;
      if (include_stack.size() >= options.limits.include_depth ||
          std::find(include_stack.begin(), include_stack.end(), resolved) != include_stack.end() ||
          resolved == page_path) {
        diag(Level::Error, ln, static_cast<std::uint32_t>(col), "input stack limit exceeded, infinite loop?", "so " + p);
        return;
      }
      if (!read_file(resolved, bytes, error)) continue;
      diag(Level::Warning, ln, static_cast<std::uint32_t>(col), ".so is fragile, better use ln(1)", "so " + p);
      include_stack.push_back(resolved);
      run_file(bytes);
      include_stack.pop_back();
      return;
    }
  }
  diag(Level::Error, ln, static_cast<std::uint32_t>(col), ".so request failed", "so " + p);
}

void Preprocessor::State::request(std::string_view name, std::string_view rest, std::uint32_t ln, std::size_t col) {
  auto args = split_arguments(rest, 8);
  auto first_word = [&](std::string_view s) {
    std::size_t e = 0;
    while (e < s.size() && !is_blank(s[e])) ++e;
    return std::string(s.substr(0, e));
  };
  if (name == "ds" || name == "ds1" || name == "as" || name == "as1") {
    std::string key = first_word(rest);
    if (key.empty()) return;
    if (key.find('\\') != std::string::npos) {
      diag(Level::Error, ln, static_cast<std::uint32_t>(col), "escaped character not allowed in a name", std::string(name) + " " + key);
      return;
    }
    std::string_view value = trim_left(rest.substr(key.size()));
    if (!value.empty() && value[0] == '"') value.remove_prefix(1);
    Definition& d = definitions[key];
    std::string v = copy_mode(value);
    if (name[0] == 'a') d.text += v;
    else d.text = v;
    d.macro = false;
    return;
  }
  if (name == "de" || name == "de1" || name == "dei" || name == "dei1" || name == "am" || name == "am1" ||
      name == "ami" || name == "ami1") {
    if (args.empty()) {
      diag(Level::Error, ln, static_cast<std::uint32_t>(col), "skipping request without arguments", std::string(name));  // best effort
      return;
    }
    std::string key = args[0];
    std::string end = args.size() > 1 ? args[1] : "";
    bool indirect = name.find('i') != std::string_view::npos;
    if (indirect) {
      auto it = definitions.find(key);
      key = it == definitions.end() ? "" : it->second.text;
      if (!end.empty()) {
        auto e2 = definitions.find(end);
        end = e2 == definitions.end() ? "" : e2->second.text;
      }
    }
    if (key.empty()) return;
    collecting = true;
    collect_name = key;
    collect_end = end;
    collect_body.clear();
    collect_lines = 0;
    collect_append = name[0] == 'a';
    collect_line = ln;
    return;
  }
  if (name == "ig") {
    ignoring = true;
    collect_end = args.empty() ? "" : args[0];
    collect_line = ln;
    return;
  }
  if (name == "rm") {
    for (auto& a : args) definitions.erase(a);
    return;
  }
  if (name == "rn" || name == "als") {
    if (args.size() < 2) return;
    const std::string& from = name == "rn" ? args[0] : args[1];
    const std::string& to = name == "rn" ? args[1] : args[0];
    auto it = definitions.find(from);
    if (it == definitions.end()) return;
    Definition d = it->second;
    if (name == "rn") definitions.erase(it);
    definitions[to] = std::move(d);
    return;
  }
  if (name == "nr") {
    if (args.size() < 2) return;
    Register& r = registers[args[0]];
    std::string_view v = args[1];
    char sign = 0;
    if (!v.empty() && (v[0] == '+' || v[0] == '-')) sign = v[0];
    std::size_t p = sign ? 1 : 0;
    int value = 0;
    if (evaluate_numeric(v, p, value)) {
      if (sign == '+') r.value = saturating_add(r.value, value);
      else if (sign == '-') r.value = saturating_add(r.value, -static_cast<long long>(value));
      else r.value = value;
    }
    if (args.size() > 2) {
      std::size_t q = 0;
      int inc = 0;
      if (evaluate_numeric(args[2], q, inc)) r.increment = inc;
    }
    return;
  }
  if (name == "rr") {
    for (auto& a : args) registers.erase(a);
    return;
  }
  if (name == "so") {
    if (args.empty()) return;
    include(args[0], ln, col);
    return;
  }
  if (name == "tr") {
    std::string_view s = rest;
    std::vector<std::string> glyphs;
    for (std::size_t i = 0; i < s.size() && !is_blank(s[i]);) {
      std::size_t len = 1;
      if (s[i] == '\\') len = lex_escape(s, i).length;
      glyphs.emplace_back(s.substr(i, len));
      i += len;
    }
    for (std::size_t i = 0; i < glyphs.size(); i += 2) {
      if (glyphs[i].size() != 1) continue;  // only plain characters can be translated here
      translations[glyphs[i][0]] = i + 1 < glyphs.size() ? glyphs[i + 1] : " ";
    }
    return;
  }
  if (name == "cc") {
    control_char = args.empty() || args[0].empty() ? '.' : args[0][0];
    return;
  }
  if (name == "ec") {
    escape_char = args.empty() || args[0].empty() ? '\\' : args[0][0];
    escapes_off = false;
    return;
  }
  if (name == "eo") {
    escapes_off = true;
    return;
  }
  if (name == "it" || name == "itc") {
    std::size_t p = 0;
    int n = 0;
    if (args.size() < 2 || !evaluate_numeric(args[0], p, n) || n <= 0) {
      diag(Level::Error, ln, static_cast<std::uint32_t>(col), "skipping request without numeric argument", std::string(name));
      return;
    }
    trap_lines = n;
    trap_macro = args[1];
    return;
  }
  if (name == "nop") {
    logical_line(rest, ln, true);
    return;
  }
  if (name == "return") {
    if (frames.empty())
      diag(Level::Error, ln, static_cast<std::uint32_t>(col), "skipping request outside macro", "return");
    else
      frames.back().returned = true;
    return;
  }
  if (name == "shift") {
    if (frames.empty()) {
      diag(Level::Error, ln, static_cast<std::uint32_t>(col), "skipping request outside macro", "shift");
      return;
    }
    std::size_t p = 0;
    int n = 1;
    if (!args.empty()) evaluate_numeric(args[0], p, n);
    auto& a = frames.back().args;
    if (n < 0) n = 0;
    if (static_cast<std::size_t>(n) > a.size()) {
      diag(Level::Error, ln, static_cast<std::uint32_t>(col), "excessive shift", std::to_string(n));
      n = static_cast<int>(a.size());
    }
    a.erase(a.begin(), a.begin() + n);
    return;
  }
  // char, mso, ftr, schar, do, nroff, troff ...: accepted, no effect here.
}

}  // namespace mdoc::roff
