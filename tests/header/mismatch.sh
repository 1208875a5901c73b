#!/bin/sh
# A page that documents a type the platform declares differently gives a
# header that compiles and records the difference; with
# MDOC_HEADER_STRICT_DECLARATIONS the difference fails the compile, naming
# the function.
# usage: mismatch.sh MDOC PAGE COMPILER WORKDIR
set -u
mdoc=$1 page=$2 compiler=$3 work=$4
mkdir -p "$work"
"$mdoc" header "$page" -o "$work/mismatch.hpp" || exit 1
printf '#include "mismatch.hpp"\n' > "$work/use_mismatch.cpp"
if "$compiler" -std=c++17 -fsyntax-only -DMDOC_HEADER_STRICT_DECLARATIONS "$work/use_mismatch.cpp" 2> "$work/mismatch.log"; then
  echo "the header compiled although the page documents another type"
  exit 1
fi
grep -q "pipe(): the platform declares another type" "$work/mismatch.log" || { cat "$work/mismatch.log"; exit 1; }
# By default the header compiles and records the difference.
printf '#include "mismatch.hpp"\nstatic_assert(man::pipe::pipe_declaration == mdoc_header_detail::declaration::differently);\n' \
  > "$work/use_mismatch.cpp"
"$compiler" -std=c++17 -Wall -Wextra -Werror -pedantic -fsyntax-only \
  "$work/use_mismatch.cpp"
