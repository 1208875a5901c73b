// The validator: a pass over the finished tree that judges and normalises.
//
// It fills the prologue, reports what mandoc reports about structure, and
// computes the shared text expansions (.Rv/.Ex -std, .St, .Lb, .At, .Bx and
// the BSD names, default texts of empty .Ar/.Pa/.Nm) as ordinary nodes, so
// that every back end renders them without knowing how they were made.
#pragma once

#include "mdoc/ast.hpp"
#include "mdoc/parse.hpp"

namespace mdoc {

void validate(Document& doc, const ParseOptions& options);

// The operating system name used for an empty .Os without -I os=: the
// system's name from /etc/os-release (as Debian's mandoc shows "Debian"),
// else uname(3).
std::string default_os_name();

}  // namespace mdoc
