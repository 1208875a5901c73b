#!/usr/bin/env bash
# Lint conformance over the corpus: runs `mdoc lint` and `mandoc -T lint` on
# every page of freebsd-manpages and compares their messages line by line.
#
# Usage: lint_vs_mandoc.sh MDOC_BINARY WORK_DIR [BASELINE_FILE]
#
# Both programs print "PROGRAM: FILE:LINE:COL: LEVEL: message: detail"
# (mandoc on stdout, mdoc on stderr); with the program name stripped the
# lines are comparable as they are.  Reported: lines in both, only in
# mandoc's, only in ours, for WARNING and above and for all levels.
#
# Fails when mdoc crashes (exit status >= 128) or hangs (time limit 10 s) on
# any page, and when a "lines in both" figure drops below the baseline (lines
# "warning N" and "all N").  mandoc's messages are cached in WORK_DIR.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/../corpus/oracle.sh"

# "referenced manual not found" depends on which manuals the machine happens
# to have installed, not on the page, so it is left out on both sides.
normalise() {
  local program=$1 page=$2
  awk -v program="$program: " -v page="$page:" '
    index($0, program page) == 1 && !/: referenced manual not found: / {
      print substr($0, length(program) + 1)
    }'
}

# Worker: lints the pages given as arguments, appends our normalised messages
# to SCRATCH/ours.PID and prints "PAGE OUTCOME STATUS" for every page (see
# run_outcome).
lint_pages() {
  local mdoc=$1 cache=$2 scratch=$3
  shift 3
  local page rc outcome ours="$scratch/ours.$BASHPID" raw="$scratch/raw.$BASHPID"
  for page; do
    local cached="$cache$page.lint"
    if [[ ! -e $cached ]]; then
      mkdir -p "$(dirname "$cached")"
      { mandoc -T lint "$page" 2>&1 || true; } | normalise mandoc "$page" >"$cached.tmp"
      mv "$cached.tmp" "$cached"
    fi
    rc=0
    run_limited "$mdoc" lint "$page" >"$raw" 2>&1 </dev/null || rc=$?
    run_outcome $rc outcome
    normalise mdoc "$page" <"$raw" >>"$ours"
    echo "$page $outcome $rc"
  done
  rm -f "$raw"
}

if [[ ${1:-} == --lint-pages ]]; then
  shift
  lint_pages "$@"
  exit 0
fi

if (($# < 2)); then
  echo "usage: $0 MDOC_BINARY WORK_DIR [BASELINE_FILE]" >&2
  exit 2
fi
mdoc=$1
work=$2/lint
baseline=${3:-$here/baseline-lint.txt}
require_mandoc_and_corpus
if [[ ! -x $mdoc ]]; then
  echo "SKIP: $mdoc has not been built"
  exit 77
fi

cache=$work/cache/$(mandoc_cache_key)
scratch=$work/scratch
rm -rf "$scratch"
mkdir -p "$cache" "$scratch"

start=$SECONDS
corpus_pages >"$work/pages.txt"
xargs -d '\n' -n 40 -P "${CORPUS_JOBS:-2}" -a "$work/pages.txt" \
  bash "$here/lint_vs_mandoc.sh" --lint-pages "$mdoc" "$cache" "$scratch" >"$work/statuses.txt"
sed "s|^|$cache|; s|\$|.lint|" "$work/pages.txt" | xargs -d '\n' cat | LC_ALL=C sort >"$work/mandoc.txt"
cat "$scratch"/ours.* 2>/dev/null | LC_ALL=C sort >"$work/mdoc.txt" || true
LC_ALL=C comm -23 "$work/mandoc.txt" "$work/mdoc.txt" >"$work/only-mandoc.txt"
LC_ALL=C comm -13 "$work/mandoc.txt" "$work/mdoc.txt" >"$work/only-mdoc.txt"
LC_ALL=C comm -12 "$work/mandoc.txt" "$work/mdoc.txt" >"$work/both.txt"

severe=': (WARNING|ERROR|UNSUPP|BADARG|SYSERR): '
count() { if [[ $1 == all ]]; then wc -l <"$2"; else grep -c -E "$severe" "$2" || true; fi; }
declare -A agreed
pages=$(wc -l <"$work/pages.txt")
echo "lint: $pages pages ($((SECONDS - start)) s); messages in $work/{both,only-mandoc,only-mdoc}.txt"
for scope in warning all; do
  agreed[$scope]=$(count "$scope" "$work/both.txt")
  label=$([[ $scope == all ]] && echo "all levels" || echo "WARNING and above")
  printf '%-18s in both %6d   only mandoc %6d   only mdoc %6d\n' "$label:" "${agreed[$scope]}" \
    "$(count "$scope" "$work/only-mandoc.txt")" "$(count "$scope" "$work/only-mdoc.txt")"
done

# Where the disagreement is: the messages (without file, position and
# detail) that account for most lines on either side.
gaps() {
  sed -E 's/^[^:]*:[0-9]+:[0-9]+: //; s/^[^:]*: //; s/^([A-Z]+: [^:]*).*/\1/' "$1" |
    LC_ALL=C sort | uniq -c | sort -rn | head -n "${LINT_GAPS:-8}" | sed 's/^/    /'
}
echo "largest gaps, only mandoc:"
gaps "$work/only-mandoc.txt"
echo "largest gaps, only mdoc:"
gaps "$work/only-mdoc.txt"

status=0
failures=$(awk '$2 != "ran"' "$work/statuses.txt")
if [[ -n $failures ]]; then
  echo "FAIL: mdoc lint crashed (status >= 128) or hung (limit ${MDOC_PAGE_TIMEOUT:-10} s) on:"
  echo "$failures" | sed 's/^/  /'
  status=1
else
  echo "ok: no crash or hang on $pages pages"
fi

check_ratchets "$baseline" warning "${agreed[warning]}" all "${agreed[all]}" || status=1
exit $status
