// Reading just the head of a page: enough to tell man(7) from mdoc(7), to
// follow a ".so" link page, and to pull out the NAME section for apropos,
// without decompressing or parsing the whole file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mdoc::cli {

struct PageHead {
  bool readable = false;   // the file could be opened and read
  bool is_man = false;     // the first macro is .TH (or .SH): a man(7) page
  bool is_mdoc = false;    // the first macro is .Dd
  std::string so_target;   // the page is only ".so TARGET"
  // The NAME section, as written: its .Nm/.Nd lines and text lines, for a
  // parser to read properly.
  std::string name_section;
  // The same, read cheaply: names of .Nm lines and the .Nd text with the
  // common escapes decoded.
  std::vector<std::string> names;
  std::string description;
};

// Scans a page held in memory.
PageHead scan_page_head(std::string_view bytes);
// Streams FILE (plain or gzip) and stops as soon as the head is known.
PageHead read_page_head(const std::string& path);

// Decodes what NAME lines commonly hold: \& \- \e "\ " \(xx \[xx] and \*x
// (unknown ones are dropped), and removes quotes.
std::string decode_simple_escapes(std::string_view text);

}  // namespace mdoc::cli
