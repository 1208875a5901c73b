#!/bin/sh
# Generates the socketpair(2) header and compiles a program that uses it with
# COMPILER -std=c++17 -Wall -Wextra -Werror -pedantic; the program asserts at
# compile time that all five errors and both flags are there.
# usage: socketpair_strict.sh MDOC PAGE COMPILER WORKDIR
set -eu
mdoc=$1 page=$2 compiler=$3 work=$4
mkdir -p "$work"
"$mdoc" header "$page" -o "$work/socketpair.hpp"
cat > "$work/use_socketpair.cpp" <<'CPP'
#include "socketpair.hpp"
#include "socketpair.hpp"  // a second inclusion must be harmless
namespace sp = man::socketpair;
static_assert(sp::documented_error_count == 5);
static_assert(sp::is_documented(EMFILE) && sp::is_documented(EAFNOSUPPORT) && sp::is_documented(EPROTONOSUPPORT) &&
              sp::is_documented(EOPNOTSUPP) && sp::is_documented(EFAULT));
static_assert(!sp::is_documented(EINTR));
static_assert(sp::to_underlying(sp::type_flags::sock_cloexec | sp::type_flags::sock_nonblock) ==
              (SOCK_CLOEXEC | SOCK_NONBLOCK));
static_assert(sp::socketpair_declaration == mdoc_header_detail::declaration::as_documented);
static_assert(sp::socketpair_returns.failure == -1);
int main() {
  std::error_code e = sp::errc::emfile;
  return e == sp::errc::emfile && e.message() == "Too many descriptors are in use by this process." ? 0 : 1;
}
CPP
"$compiler" -std=c++17 -Wall -Wextra -Werror -pedantic -DMDOC_HEADER_STRICT_DECLARATIONS -o "$work/use_socketpair" "$work/use_socketpair.cpp"
"$work/use_socketpair"
