// Reading, parsing and reporting shared by the subcommands.
#pragma once

#include <string>
#include <string_view>

#include "mdoc/ast.hpp"
#include "render/terminal.hpp"

namespace mdoc::cli {

struct PageInputOptions {
  std::string os;  // -I os=NAME
  bool so_anywhere = false;  // --so-anywhere: .so may read outside the page's folder
  bool lint = true;  // run the report-only lint checks (ParseOptions::lint)
};

struct PageResult {
  bool ok = false;
  std::string error;  // why the file could not be read
  Document doc;
};

// Reads FILE (plain or gzip) and parses it.
PageResult load_page(const std::string& file, const PageInputOptions& options);
// Prints diagnostics at or above minimum to stderr; returns mandoc's exit status for them.
int report_diagnostics(const Document& doc, Level minimum);
// "base", "style", "warning", "error", "unsupp", "all".
bool parse_level(std::string_view name, Level& out);
// Writes to stdout; false when the reader went away (EPIPE) or the disk is full.
bool write_all(std::string_view bytes);
// What mandoc prints between two pages rendered for the terminal.
void terminal_page_separator(const TermOptions& options, std::string& out);

}  // namespace mdoc::cli
