// The typedef names a POSIX system with the common BSD extensions declares,
// and the header that declares each.  A prototype whose types are all known
// here (or are struct/union/enum tags) can be compared with the platform's
// declaration; one that names other types (cpuset_t, lwpid_t...) cannot be
// written down portably and is left unchecked.
#pragma once

#include <optional>
#include <string_view>

namespace mdoc::header {

// The header that declares typedef name, or nullopt for a name not in the table.
std::optional<std::string_view> header_for_type(std::string_view name);

}  // namespace mdoc::header
