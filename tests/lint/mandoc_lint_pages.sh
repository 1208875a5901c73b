#!/usr/bin/env bash
# Our own pages are examples of good mdoc(7): mandoc -T lint must find
# nothing at WARNING or above in any of them.
# Usage: mandoc_lint_pages.sh PAGES_DIR.  Exit 77 (skipped) without mandoc.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/../corpus/oracle.sh"
require_mandoc
status=0 count=0
while IFS= read -r page; do
  count=$((count + 1))
  # mandoc reports on stdout; its stderr only complains about its database.
  messages=$(mandoc -T lint -W warning "$page" 2>/dev/null || true)
  if [[ -n $messages ]]; then
    echo "FAIL: $page"
    echo "$messages" | sed 's/^/  /'
    status=1
  fi
done < <(find "$1" -type f -name '*.[1-9]' | sort)
((count > 0)) || { echo "FAIL: no pages under $1"; exit 1; }
((status == 0)) && echo "ok: $count pages lint clean at WARNING and above"
exit $status
