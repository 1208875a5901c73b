#!/usr/bin/env bash
# Sourced (not run) by the scripts that compare mdoc with mandoc, the oracle:
# finding mandoc and the corpus, naming mandoc's cached outputs, the time
# limit for our program and the ratchet against a committed baseline.

# Prints the corpus pages, one path a line: every manual of the Debian package
# freebsd-manpages (sections 2, 3, 4, 7 and 9).  CORPUS_FILTER, an extended
# regular expression, narrows it down while working on something.  Files the
# package lists but dpkg did not unpack (slim images exclude /usr/share/man)
# are left out.
corpus_pages() {
  local page
  {
    if dpkg -L freebsd-manpages >/dev/null 2>&1; then
      dpkg -L freebsd-manpages | grep -E '/man/man[0-9]/[^/]+\.gz$'
    else
      ls /usr/share/man/man[0-9]/*freebsd.gz 2>/dev/null
    fi
  } | { grep -E -- "${CORPUS_FILTER:-.}" || true; } | sort |
    while IFS= read -r page; do
      [[ -f $page ]] && echo "$page"
    done
  return 0
}

# A name for the installed mandoc and corpus, so that cached outputs are
# thrown away when either is upgraded.
mandoc_cache_key() {
  local mandoc_version corpus_version
  mandoc_version=$(dpkg-query -W -f='${Version}' mandoc 2>/dev/null ||
                   stat -L -c '%s-%Y' "$(command -v mandoc)")
  corpus_version=$(dpkg-query -W -f='${Version}' freebsd-manpages 2>/dev/null || echo unknown)
  echo "mandoc-${mandoc_version}_freebsd-manpages-${corpus_version}" | tr -c 'A-Za-z0-9._+\n-' '_'
}

# Exits 77 (ctest: skipped) with a reason when a comparison cannot run here.
require_mandoc() {
  if ! command -v mandoc >/dev/null; then
    echo "SKIP: mandoc is not installed (apt-get install mandoc)"
    exit 77
  fi
}
require_mandoc_and_corpus() {
  require_mandoc
  if [[ -z $(corpus_pages | head -n 1) ]]; then
    echo "SKIP: the corpus is not installed (apt-get install freebsd-manpages)"
    exit 77
  fi
}

# Prints "mdoc", "man" or "other" for a page: mdoc(7) pages open with .Dd,
# man(7) pages with .TH (comments and blank lines do not count).
page_language() {
  local first
  first=$(zcat -f -- "$1" | grep -m 1 -v -E "^([.'][[:space:]]*(\\\\\"|\$)|[[:space:]]*\$)" || true)
  case $first in
    .Dd*) echo mdoc ;;
    .TH*) echo man ;;
    *) echo other ;;
  esac
}

# Runs our program with the per-page time limit.
run_limited() {
  timeout -k 5 "${MDOC_PAGE_TIMEOUT:-10}" "$@"
}

# Sets the variable named VAR to what the exit status RC of run_limited
# means: "hang" (timeout(1) gave up on it), "crash" (killed by a signal),
# else "ran".  Bad input may make mdoc exit 1 to 6, never crash or hang.
# (A variable, not output: this runs twice per page, and $(...) would fork.)
run_outcome() {
  local rc=$1
  if ((rc == 124 || rc == 137)); then
    printf -v "$2" hang
  elif ((rc >= 128)); then
    printf -v "$2" crash
  else
    printf -v "$2" ran
  fi
}

# The ratchet: compares FIGURE with the line "KEY N" of BASELINE.  Prints a
# FAIL line and returns 1 when the figure dropped below N (or there is no
# such line); prints how to raise the baseline when it went above.
check_ratchet() {
  local baseline=$1 key=$2 figure=$3 expected
  expected=$(awk -v k="$key" '$1 == k { print $2 }' "$baseline" 2>/dev/null)
  if [[ -z $expected ]]; then
    echo "FAIL: $baseline has no line \"$key N\""
    return 1
  elif ((figure < expected)); then
    echo "FAIL: $key: $figure, below the baseline $expected"
    return 1
  elif ((figure > expected)); then
    echo "hint: $key improved from $expected to $figure; raise the baseline:" \
         "sed -i 's/^$key .*/$key $figure/' $baseline"
  fi
  return 0
}

# Checks every "KEY FIGURE" argument pair against BASELINE, unless
# CORPUS_FILTER narrowed the corpus.  Returns 1 when any figure dropped.
check_ratchets() {
  local baseline=$1 status=0
  shift
  if [[ -n ${CORPUS_FILTER:-} ]]; then
    echo "note: CORPUS_FILTER is set, so the figures are not compared with the baseline"
    return 0
  fi
  while (($# >= 2)); do
    check_ratchet "$baseline" "$1" "$2" || status=1
    shift 2
  done
  return $status
}
