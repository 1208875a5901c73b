// What "mdoc site" knows about every page before it renders any: where it
// comes from, where it goes, its names and description.  Built by a first
// pass over all sources (site_scan.cpp); read by the renderer to resolve
// .Xr references and by the index writer.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace mdoc::cli::site {

struct PageEntry {
  std::string source;       // the input file
  std::string file_name;    // "socketpair" (the file name before the section)
  std::string section;      // "2": the Dt section when the file extension starts with it
  std::string output;       // "man2/socketpair.2.html", relative to the output folder
  std::vector<std::string> names;  // the .Nm names of the NAME section (file_name first)
  std::string description;  // the .Nd text
  std::string title;        // "SOCKETPAIR(2)"
  std::string volume;       // "System Calls Manual"
  bool is_man = false;      // man(7) source: shown as a notice and the source text
  bool failed = false;      // could not be read or parsed: the page shows why
  std::string error;
};

class Catalog {
 public:
  std::vector<PageEntry> pages;

  // Call once every entry is filled: assigns unique output paths and builds the lookup.
  void finish();
  // The page documenting NAME in SECTION (any section when empty), or null.
  const PageEntry* find(const std::string& name, const std::string& section) const;
  // Sections in display order, with the indexes of their pages sorted by name.
  std::vector<std::pair<std::string, std::vector<std::size_t>>> by_section() const;

 private:
  std::map<std::pair<std::string, std::string>, std::size_t> by_name_section_;
  std::map<std::string, std::size_t> by_name_;
};

// The URL of `to` from the page at `from` (both relative to the output folder).
std::string relative_url(const std::string& from, const std::string& to);

}  // namespace mdoc::cli::site
