#!/bin/sh
# Runs the Nu Html Checker (npm package vnu-jar, needs Java) over pages
# rendered by `mdoc render -T html`: pages/socketpair.2 and a spread of
# corpus pages (every Nth of freebsd-manpages, at least 100), plus a site
# front page and section index.  Fails on any error; warnings and info
# messages are printed but do not count.
#
# usage: html_validate.sh MDOC [COUNT]
# Exit 77 (skipped) when java, vnu.jar or the corpus is missing.
set -u
mdoc=$1
count=${2:-120}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${VNU_JAR:-$here/node_modules/vnu-jar/build/dist/vnu.jar}
if ! command -v java >/dev/null 2>&1; then
  echo "SKIP: java is not installed (apt-get install default-jre-headless)"; exit 77
fi
if [ ! -f "$jar" ]; then
  echo "SKIP: $jar missing (run: npm ci --prefix tests/html)"; exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT INT TERM
"$mdoc" render -T html "$root/pages/socketpair.2" > "$out/socketpair.2.html"
total=$(ls /usr/share/man/man[249]/*freebsd.gz 2>/dev/null | wc -l)
if [ "$total" -eq 0 ]; then
  echo "SKIP: the freebsd-manpages corpus is not installed"; exit 77
fi
step=$(( total / count )); [ "$step" -ge 1 ] || step=1
ls /usr/share/man/man[249]/*freebsd.gz | awk -v s="$step" 'NR % s == 1' | head -n "$count" |
while read -r page; do
  name=$(basename "$page" .gz)
  "$mdoc" render -T html "$page" > "$out/$name.html" 2>/dev/null
done
# A small site: its front page and section index must validate too.
mkdir -p "$out/src/man2"
for p in socketpair pipe socket read write; do
  [ -f /usr/share/man/man2/$p.2freebsd.gz ] && ln -s /usr/share/man/man2/$p.2freebsd.gz "$out/src/man2/"
done
"$mdoc" site "$out/src" -o "$out/site" -j 2 2>/dev/null
cp "$out/site/index.html" "$out/site-front.html"
cp "$out/site/man2/index.html" "$out/site-section.html"
cp "$out/site/man2/socketpair.2.html" "$out/site-socketpair.html"
pages=$(ls "$out"/*.html | wc -l)
java -Xss4m -jar "$jar" --errors-only --format gnu --skip-non-html "$out"/*.html > "$out/report.txt" 2>&1
errors=$(grep -c ':.*error' "$out/report.txt")
head -n 40 "$out/report.txt"
echo "Nu Html Checker: $errors errors in $pages pages"
[ "$errors" -eq 0 ]
