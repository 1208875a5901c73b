// Reading the C declarations a page's SYNOPSIS spells out (.Ft, .Fa).
//
// Pages write parameters as C source ("const struct sockaddr *restrict addr",
// "void (*handler)(int)", "char *const argv[]").  To compare a prototype with
// the platform's declaration the header needs the bare C++ type: parameter
// names removed (a name may be a macro on the platform), C-only words mapped,
// and the typedef names listed so the caller can tell whether the platform
// can be expected to know them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mdoc::header {

struct CType {
  std::string type;                       // C++ spelling without names: "const struct sockaddr *__restrict"
  std::string name;                       // the declared name, empty for abstract declarators
  std::vector<std::string> typedef_names; // "socklen_t", "cpuset_t" (not struct/union/enum tags)
};

// Parses one parameter or a return type.  nullopt when the text is not a C
// declaration this reader understands (the caller then leaves it unchecked).
std::optional<CType> parse_c_type(std::string_view text);

// True for C and C++ keywords, which cannot name a function, namespace or enumerator.
bool is_keyword(std::string_view word);
bool is_identifier(std::string_view word);

}  // namespace mdoc::header
