#!/bin/sh
# Builds a small site with `mdoc site` from freebsd-manpages pages and runs
# browser_test.mjs against it in headless Chromium.
# usage: browser_test.sh MDOC
# Exit 77 (skipped) when chromium, node, playwright-core or the corpus is missing.
set -u
mdoc=$1
here=$(cd "$(dirname "$0")" && pwd)
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "SKIP: $chromium missing (apt-get install chromium)"; exit 77; }
command -v node >/dev/null 2>&1 || { echo "SKIP: node is not installed"; exit 77; }
[ -d "$here/node_modules/playwright-core" ] || { echo "SKIP: playwright-core missing (run: npm ci --prefix tests/html)"; exit 77; }
[ -f /usr/share/man/man2/socketpair.2freebsd.gz ] || { echo "SKIP: freebsd-manpages is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/src/man2" "$work/src/man4"
for p in socketpair pipe socket read write close accept bind connect listen shutdown \
         getsockopt recv send fcntl open dup select poll kqueue; do
  f=/usr/share/man/man2/$p.2freebsd.gz
  [ -f "$f" ] && ln -s "$f" "$work/src/man2/"
done
for p in unix inet tcp udp ip; do
  f=/usr/share/man/man4/$p.4freebsd.gz
  [ -f "$f" ] && ln -s "$f" "$work/src/man4/"
done
"$mdoc" site "$work/src" -o "$work/site" -j 2 || { echo "FAIL: mdoc site"; exit 1; }
cd "$here" && node browser_test.mjs "$work/site"
