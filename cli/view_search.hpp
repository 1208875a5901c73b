// Where `mdoc view` finds a page by name, the way man(1) does.
//
// The search path is a list of roots, searched in this order:
//   1. the bundled pages: the source tree's pages/ and an installed
//      share/mdoc/pages next to the binary (whichever exist);
//   2. $MDOCPATH, colon-separated (empty components are ignored);
//   3. $MANPATH, colon-separated.  As in man-db, a set MANPATH replaces the
//      system default unless it has an empty component (leading, trailing or
//      "::"), which stands for the system default at that place;
//   4. the system default, /usr/share/man and /usr/local/share/man, when
//      MANPATH is unset.
// Each root is searched in its man<SECTION>/ folders and in the root itself
// (pages/ keeps socketpair.2 at its top).  The first root holding any match
// wins; within that root the best section wins (see section_rank).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mdoc::cli {

struct SearchEnvironment {
  std::vector<std::string> bundled;  // bundled page folders, best first
  const char* mdocpath = nullptr;    // $MDOCPATH, null when unset
  const char* manpath = nullptr;     // $MANPATH, null when unset
  std::vector<std::string> system = {"/usr/share/man", "/usr/local/share/man"};
};

// The roots to search, in order, without duplicates or missing folders.
std::vector<std::string> search_roots(const SearchEnvironment& env);

// man-db's default section order (/etc/manpath.config SECTION).
const std::vector<std::string>& default_section_order();

// Position of a file's section (its extension, "2" or "2freebsd") in the
// default order: an exact entry, else the longest entry it starts with.
// Sections the order does not know sort last.
int section_rank(std::string_view extension);

// True for what man(1) would take as a section argument: "2", "3p", "n".
bool looks_like_section(std::string_view word);

struct PageFile {
  std::string path;       // the file
  std::string name;       // "socketpair"
  std::string extension;  // the section as the file name gives it: "2", "2freebsd"
};

// "socketpair.2freebsd.gz" -> name "socketpair", extension "2freebsd".
// False for names without a section-like extension.
bool split_page_file_name(std::string_view file_name, std::string& name, std::string& extension);

// Every page called NAME in the roots, best first.  An empty section means
// any; otherwise the extension must start with it ("2" matches "2freebsd",
// "3p" matches "3p" and "3perl").
std::vector<PageFile> find_pages(const std::vector<std::string>& roots, std::string_view name,
                                 std::string_view section);

// The file a ".so TARGET" link page means: TARGET relative to the root
// (man's rule, "man2/foo.2"), else to the page's own folder, with or without
// .gz.  Empty when there is none.
std::string resolve_so_link(const std::string& page, const std::string& target);

// Every page file in one root: its man*/ folders and the root itself.
std::vector<PageFile> list_pages(const std::string& root);

}  // namespace mdoc::cli
