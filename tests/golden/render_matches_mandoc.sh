#!/usr/bin/env bash
# Our pages rendered by mdoc against mandoc, page by page, for -T ascii and
# -T utf8.  The pages listed in the expectation file ("FORMAT PAGE" lines,
# PAGE relative to the pages folder) must be byte-identical; the others are
# reported, and those that have become identical are pointed out so that
# they can be added: a ratchet per page.
# Usage: render_matches_mandoc.sh MDOC PAGES_DIR EXPECTED_FILE
# Exit 77 (ctest: skipped) without mandoc.
set -euo pipefail

mdoc=$1 pages=$2 expected=$3
source "$(dirname "${BASH_SOURCE[0]}")/../corpus/oracle.sh"
require_mandoc
unset MANWIDTH
status=0 identical=0 total=0 outcome=
while IFS= read -r page; do
  name=${page#"$pages"/}
  for format in ascii utf8; do
    total=$((total + 1))
    must=false
    grep -qxF "$format $name" "$expected" && must=true
    ours=$(run_limited "$mdoc" render -T "$format" "$page" 2>/dev/null; echo "rc=$?") || true
    theirs=$(mandoc -T "$format" "$page" 2>/dev/null; echo "rc=0") || true
    # The appended status keeps trailing newlines in the comparison.
    run_outcome "${ours##*rc=}" outcome
    if [[ $outcome != ran ]]; then
      echo "FAIL: mdoc render -T $format $name: $outcome (status ${ours##*rc=})"
      status=1
    elif [[ ${ours%rc=*} == "${theirs%rc=*}" ]]; then
      identical=$((identical + 1))
      if $must; then
        echo "ok: $format $name"
      else
        echo "hint: $format $name is now identical; add \"$format $name\" to $expected"
      fi
    elif $must; then
      echo "FAIL: $format $name differs from mandoc:"
      diff <(printf '%s' "${theirs%rc=*}") <(printf '%s' "${ours%rc=*}") | head -n 20 | sed 's/^/  /' || true
      status=1
    else
      echo "differs (not yet expected): $format $name"
    fi
  done
done < <(find "$pages" -type f -name '*.[1-9]' | sort)
echo "identical: $identical/$total"
exit $status
