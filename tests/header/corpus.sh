#!/bin/sh
# Generates a header for every section-2 page of freebsd-manpages that has an
# ERRORS section and compiles each one strictly on its own (-fsyntax-only).
#
# A header records, for each prototype, whether the platform declares the
# function as documented, differently (FreeBSD's setgroups(2) is not glibc's)
# or not at all; only MDOC_HEADER_STRICT_DECLARATIONS turns "differently" into
# a compile error.  Headers are compiled as generated; the pages whose
# functions the platform declares differently are listed.  The figure is
# ratcheted against the baseline file ("AS_IS COMPILE" on one line).
# usage: corpus.sh MDOC WORKDIR BASELINE_FILE [COMPILER] [PAGE_GLOB]
set -u
mdoc=$1 work=$2 baseline=$3 compiler=${4:-g++}
pages=${5:-/usr/share/man/man2/*.2freebsd.gz}
rm -rf "$work"
mkdir -p "$work/headers"
for f in $pages; do
  [ -f "$f" ] || continue
  zcat -f "$f" | grep -q '^\.Sh ERRORS' && echo "$f"
done > "$work/pages.txt"
total=$(wc -l < "$work/pages.txt")
if [ "$total" -eq 0 ]; then
  echo "corpus: no pages found ($pages)"
  exit 1
fi
export mdoc compiler work
# One job per page, two at a time: the machine is shared.
xargs -P 2 -n 1 sh -c '
  f=$1
  n=$(basename "$f" | sed "s/\.gz$//")
  h="$work/headers/$n.hpp"
  log="$work/headers/$n.log"
  strict="-std=c++17 -Wall -Wextra -Werror -pedantic -fsyntax-only"
  printf "#include \"%s\"\n" "$h" > "$work/headers/$n.cpp"
  "$mdoc" header "$f" -o "$h" > "$log" 2>&1 || exit 0
  # Strict declarations first: a header that passes them compiles as
  # generated too, so most pages (all but ~20) need one compiler run, not two.
  if "$compiler" $strict -DMDOC_HEADER_STRICT_DECLARATIONS "$work/headers/$n.cpp" >> "$log" 2>&1; then
    : > "$work/headers/$n.ok"
  elif "$compiler" $strict "$work/headers/$n.cpp" >> "$log" 2>&1; then
    : > "$work/headers/$n.ok"
    # Informational: the platform declares a documented function differently.
    : > "$work/headers/$n.differs"
  fi
' sh < "$work/pages.txt"
as_is=$(find "$work/headers" -name "*.ok" | wc -l)
differs=$(find "$work/headers" -name "*.differs" | wc -l)
compiles=$as_is
echo "corpus: $compiles of $total section-2 pages with ERRORS give a header that compiles ($compiler):"
echo "  $differs of them record a function the platform declares differently (an error under MDOC_HEADER_STRICT_DECLARATIONS)"
for log in "$work"/headers/*.log; do
  n=$(basename "$log" .log)
  if [ -f "$work/headers/$n.differs" ]; then
    echo "  declared differently: $n: $(grep -o '[A-Za-z0-9_]*(): the platform declares another type' "$log" | sed 's/: the.*//' | sort -u | tr '\n' ' ')"
  elif [ ! -f "$work/headers/$n.ok" ]; then
    echo "  failed: $n (see $log)"
  fi
done
read -r expected_as_is expected_compiles < "$baseline"
status=0
if [ "$as_is" -lt "$expected_as_is" ] || [ "$compiles" -lt "$expected_compiles" ]; then
  echo "corpus: below the baseline ($expected_as_is $expected_compiles)"
  status=1
elif [ "$as_is" -gt "$expected_as_is" ] || [ "$compiles" -gt "$expected_compiles" ]; then
  echo "corpus: above the baseline; write \"$as_is $compiles\" to $baseline"
fi
exit $status
