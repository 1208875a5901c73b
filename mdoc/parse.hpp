// The front end's entry points: bytes (or a file) in, a Document out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "mdoc/ast.hpp"

namespace mdoc {

// Bounds that keep hostile input from exhausting time or memory.  Each is
// reported with a diagnostic where it bites; the rest of the page still parses.
struct Limits {
  std::size_t expansion_depth = 64;      // nested string, register and escape expansion
  std::size_t macro_depth = 64;          // nested user-defined macro calls (.de)
  std::size_t include_depth = 16;        // nested .so
  std::size_t expansions_per_line = 1000;// string and macro expansions for one input line
  std::size_t line_length = 1u << 20;    // bytes in one logical input line after expansion
  std::size_t arguments = 1024;          // arguments to one macro line
  std::size_t nesting = 256;             // open blocks at one time
  std::size_t input_size = 64u << 20;    // bytes in one document, .so included
  std::size_t expanded_size = 4u << 20;  // bytes of lines after expansion (60 times the largest corpus page): bounds the tree and the output
};

struct ParseOptions {
  std::string file_name;   // used in diagnostics and to locate .so files
  std::string os;          // -I os=NAME: default for an empty .Os
  bool so_anywhere = false;// allow .so outside the page's own folder
  // Run the lint checks that only report (style and warning findings about
  // text lines, cross references, delimiters, section order...).  Checks that
  // also repair the tree run regardless, so every back end sees the same
  // tree; renderers turn this off when nobody will print those findings.
  bool lint = true;
  Limits limits;
};

// Parses a whole document held in memory.
Document parse(std::string_view bytes, const ParseOptions& options);

// Reads FILE (plain or gzip-compressed) into bytes.  On failure returns false
// and sets error to a one-line reason ("No such file or directory").
bool read_file(const std::string& path, std::string& bytes, std::string& error);

}  // namespace mdoc
