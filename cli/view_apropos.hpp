// `mdoc view -k WORD`: apropos(1) over the view search path.
//
// Every mdoc(7) page in the roots contributes its NAME section: the .Nm
// names and the .Nd description.  man(7) pages are left out because
// `mdoc view` cannot show them.  Only the head of each file is read (see
// view_page_head.hpp), so a scan of /usr/share/man stays quick.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mdoc::cli {

struct AproposEntry {
  std::vector<std::string> names;  // "socketpair"
  std::string section;             // the file's section: "2", "2freebsd"
  std::string description;         // "create a pair of connected sockets"
  std::string path;
};

struct AproposLimits {
  std::size_t max_files = 200000;  // page files examined over all roots
};

// The NAME section of every mdoc page in the roots, in search order.
std::vector<AproposEntry> collect_apropos_entries(const std::vector<std::string>& roots,
                                                  const AproposLimits& limits = {});

// True when any word is a case-insensitive substring of a name or of the
// description (apropos(1) without -a).
bool apropos_matches(const AproposEntry& entry, const std::vector<std::string>& words);

// "socket, socketpair(2) - create a pair of connected sockets"
std::string format_apropos_line(const AproposEntry& entry);

// The matching lines, sorted by name, links merged.  A section, when not
// empty, keeps only pages whose section starts with it (as in view).
std::vector<std::string> apropos(const std::vector<std::string>& roots, const std::vector<std::string>& words,
                                 std::string_view section = {}, const AproposLimits& limits = {});

}  // namespace mdoc::cli
