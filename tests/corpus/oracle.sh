#!/usr/bin/env bash
# Shared by the corpus scripts (sourced, not run): where the corpus is, which
# mandoc we compare with, and where its cached outputs live.

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
require_mandoc_and_corpus() {
  if ! command -v mandoc >/dev/null; then
    echo "SKIP: mandoc is not installed (apt-get install mandoc)"
    exit 77
  fi
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

# Runs our program with the per-page time limit; the status follows timeout(1):
# 124 when it hung, 128+N when it died of signal N.
run_limited() {
  timeout -k 5 "${MDOC_PAGE_TIMEOUT:-10}" "$@"
}
