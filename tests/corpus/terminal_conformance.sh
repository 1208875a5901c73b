#!/usr/bin/env bash
# Terminal conformance over the corpus: for every mdoc(7) page of
# freebsd-manpages, is `mdoc render -T FORMAT` byte for byte what
# `mandoc -T FORMAT` prints, for ascii and utf8?
#
# Usage: terminal_conformance.sh MDOC_BINARY WORK_DIR [BASELINE_FILE]
#
# Prints "ascii: identical/total" and "utf8: identical/total", writes the
# differing pages to WORK_DIR/terminal-differences.txt and fails when a figure
# drops below the baseline (lines "ascii N" and "utf8 N").  It also fails when
# our program crashes or hangs on any page: bad input must never do that.
# mandoc's outputs are cached in WORK_DIR, keyed by page path and mandoc
# version, so that reruns only pay for our own renderer.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/oracle.sh"
formats=(ascii utf8)
# Both programs see the same environment and options; MANWIDTH would change
# mandoc's width but not necessarily ours.
unset MANWIDTH

# Worker: compares the pages given as arguments and prints one line per page:
# "LANGUAGE ASCII_RESULT UTF8_RESULT PATH", results being same, diff, crash
# (exit status >= 128) or hang (killed after the time limit).
compare_pages() {
  local mdoc=$1 cache=$2 scratch=$3
  shift 3
  local page language format rc outcome results ours="$scratch/ours.$BASHPID"
  for page; do
    local cached="$cache$page"
    if [[ -s $cached.language ]]; then
      read -r language <"$cached.language"
    else
      mkdir -p "$(dirname "$cached")"
      language=$(page_language "$page")
      for format in "${formats[@]}"; do
        mandoc -T "$format" "$page" >"$cached.$format.tmp" 2>/dev/null || true
        mv "$cached.$format.tmp" "$cached.$format"
      done
      echo "$language" >"$cached.language"
    fi
    if [[ $language != mdoc ]]; then
      echo "$language - - $page"
      continue
    fi
    results=
    for format in "${formats[@]}"; do
      rc=0
      run_limited "$mdoc" render -T "$format" "$page" >"$ours" 2>/dev/null </dev/null || rc=$?
      run_outcome $rc outcome
      if [[ $outcome != ran ]]; then
        results+=" $outcome"
      elif cmp -s "$ours" "$cached.$format"; then
        results+=" same"
      else
        results+=" diff"
      fi
    done
    echo "mdoc$results $page"
  done
  rm -f "$ours"
}

if [[ ${1:-} == --compare-pages ]]; then
  shift
  compare_pages "$@"
  exit 0
fi

if (($# < 2)); then
  echo "usage: $0 MDOC_BINARY WORK_DIR [BASELINE_FILE]" >&2
  exit 2
fi
mdoc=$1
work=$2/corpus
baseline=${3:-$here/baseline-terminal.txt}
require_mandoc_and_corpus
if [[ ! -x $mdoc ]]; then
  echo "SKIP: $mdoc has not been built"
  exit 77
fi

cache=$work/cache/$(mandoc_cache_key)
mkdir -p "$cache" "$work/scratch"
results=$work/terminal-results.txt
differences=$work/terminal-differences.txt

start=$SECONDS
corpus_pages |
  xargs -d '\n' -n 40 -P "${CORPUS_JOBS:-2}" bash "$here/terminal_conformance.sh" --compare-pages \
    "$mdoc" "$cache" "$work/scratch" |
  sort -k 4 >"$results"

# Column 2 holds the ascii result, column 3 the utf8 result.
awk '$1 == "mdoc" && $2 != "same" { print "ascii", $2, $4 }
     $1 == "mdoc" && $3 != "same" { print "utf8", $3, $4 }' "$results" >"$differences"
total=$(awk '$1 == "mdoc"' "$results" | wc -l)
man_pages=$(awk '$1 == "man"' "$results" | wc -l)
other_pages=$(awk '$1 == "other"' "$results" | wc -l)
declare -A identical
for i in "${!formats[@]}"; do
  identical[${formats[$i]}]=$(awk -v c=$((i + 2)) '$1 == "mdoc" && $c == "same"' "$results" | wc -l)
done

echo "corpus: $total mdoc(7) pages; skipped $man_pages man(7) pages and $other_pages others" \
     "($((SECONDS - start)) s)"
for format in "${formats[@]}"; do
  echo "$format: ${identical[$format]}/$total"
done
echo "differing pages: $differences"
echo "  see one with: diff <(mandoc -T ascii PAGE) <($mdoc render -T ascii PAGE)"

status=0
failures=$(awk '$2 == "crash" || $2 == "hang" { print $2, $3 }' "$differences" | sort -u -k 2)
if [[ -n $failures ]]; then
  echo "FAIL: mdoc render crashed or hung (limit ${MDOC_PAGE_TIMEOUT:-10} s) on:"
  echo "$failures" | sed 's/^/  /'
  status=1
fi

ratchets=()
for format in "${formats[@]}"; do ratchets+=("$format" "${identical[$format]}"); done
check_ratchets "$baseline" "${ratchets[@]}" || status=1
exit $status
