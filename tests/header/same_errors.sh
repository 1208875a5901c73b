#!/bin/sh
# The FreeBSD and DragonFly socketpair(2) pages document the same errors:
# both generated headers, included in one program, must list the same names.
# usage: same_errors.sh MDOC FREEBSD_PAGE DRAGONFLY_PAGE COMPILER WORKDIR
set -eu
mdoc=$1 freebsd=$2 dragonfly=$3 compiler=$4 work=$5
mkdir -p "$work"
"$mdoc" header "$freebsd" --namespace man::freebsd -o "$work/freebsd.hpp"
"$mdoc" header "$dragonfly" --namespace man::dragonfly -o "$work/dragonfly.hpp"
cat > "$work/same_errors.cpp" <<'CPP'
#include "freebsd.hpp"
#include "dragonfly.hpp"
#include <algorithm>
#include <cstdio>
#include <set>
#include <string>
template <class Table> std::set<std::string> names(const Table& t) {
  std::set<std::string> out;
  for (const auto& e : t) out.insert(e.name);
  return out;
}
int main() {
  auto a = names(man::freebsd::documented_errors), b = names(man::dragonfly::documented_errors);
  for (const auto& n : a) std::printf("%s%s", n.c_str(), b.count(n) ? " " : "(FreeBSD only) ");
  std::printf("\n");
  return a == b && a.size() == 5 ? 0 : 1;
}
CPP
"$compiler" -std=c++17 -Wall -Wextra -Werror -pedantic -o "$work/same_errors" "$work/same_errors.cpp"
"$work/same_errors"
