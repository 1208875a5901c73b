#!/bin/sh
# Generates a header for every section-2 page of freebsd-manpages that has an
# ERRORS section and compiles each one strictly on its own (-fsyntax-only).
# Prints "N of M"; fails when N falls below the committed baseline.
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
  printf "#include \"%s\"\n" "$h" > "$work/headers/$n.cpp"
  if "$mdoc" header "$f" -o "$h" > "$work/headers/$n.log" 2>&1 &&
     "$compiler" -std=c++17 -Wall -Wextra -Werror -pedantic -fsyntax-only "$work/headers/$n.cpp" >> "$work/headers/$n.log" 2>&1
  then : > "$work/headers/$n.ok"
  fi
' sh < "$work/pages.txt"
compiled=$(find "$work/headers" -name "*.ok" | wc -l)
echo "corpus: $compiled of $total section-2 pages with ERRORS give a header that compiles ($compiler)"
for log in "$work"/headers/*.log; do
  n=$(basename "$log" .log)
  [ -f "$work/headers/$n.ok" ] || echo "  failed: $n (see $log)"
done
expected=$(cat "$baseline")
if [ "$compiled" -lt "$expected" ]; then
  echo "corpus: below the baseline of $expected"
  exit 1
fi
if [ "$compiled" -gt "$expected" ]; then
  echo "corpus: above the baseline; raise $baseline to $compiled"
fi
exit 0
