// The first pass of "mdoc site": find the pages under the source folders and
// read each one's names, description and section.
#pragma once

#include <string>
#include <vector>

#include "cli/site_catalog.hpp"

namespace mdoc::cli::site {

struct SourceFile {
  std::string path;       // as found
  std::string file_name;  // "socketpair" from ".../socketpair.2freebsd.gz"
  std::string extension;  // "2freebsd"
};

// Every file below the roots whose name looks like NAME.SECTION or
// NAME.SECTION.gz (SECTION starting with a digit, n, l or o), sorted by path.
// Unreadable folders are reported in errors.
std::vector<SourceFile> find_sources(const std::vector<std::string>& roots, std::vector<std::string>& errors);

// Parses the page and fills the entry (everything but `output`).
void describe_page(const SourceFile& source, const std::string& os, PageEntry& entry);

// man(7) pages: the NAME line "name, other \- description".
void describe_man_page(const std::string& source_text, PageEntry& entry);

}  // namespace mdoc::cli::site
