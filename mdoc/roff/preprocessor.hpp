// The roff layer: physical lines in, logical lines out.
//
// It joins continued lines, drops comments, interpolates strings, number
// registers and macro arguments, evaluates conditionals, executes the roff
// requests that define things (.ds .nr .de .so .tr ...), expands user-defined
// macros, and hands every remaining text or macro line to a LineSink (the
// mdoc parser).  Requests that affect formatting (.br .sp .nf ...) are passed
// on as macro lines: the mdoc parser turns them into nodes.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mdoc/diagnostic.hpp"
#include "mdoc/parse.hpp"

namespace mdoc::roff {

struct Line {
  std::string_view text;  // control lines start with '.'; the name follows
  std::uint32_t line = 0; // physical line where the logical line started
  bool control = false;
  // A control line's name, text[name_start, name_end): after the control
  // character and blanks, up to a blank or the end.  Both 0 when the roff
  // layer did not find it so (an escape in the name, an edited line).
  std::uint32_t name_start = 0;
  std::uint32_t name_end = 0;
  // The text is printable ASCII and tabs without escapes or hyphens: it
  // decodes to itself, and so does every part of it.  (Known for lines
  // passed on as they were read, most lines; false when not known.)
  bool decodes_to_itself = false;
};

class LineSink {
 public:
  virtual ~LineSink() = default;
  virtual void on_line(const Line& line) = 0;
};

class Preprocessor {
 public:
  Preprocessor(const ParseOptions& options, std::vector<Diagnostic>& diagnostics, LineSink& sink);
  ~Preprocessor();

  // Processes a whole document.
  void run(std::string_view bytes);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace mdoc::roff
