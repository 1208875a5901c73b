#!/usr/bin/env bash
# one_page_rss.sh MDOC PAGE LAYOUT: peak RSS of `mdoc render -T ascii PAGE`
# must not exceed mandoc's for the same page.  Each program runs five times
# and its smallest peak counts (the first run after a build may still be
# reading the binary in).  LAYOUT is "off" when the build has no lld and so
# no one-page code layout: then the figure is out of reach and the test skips.
set -uo pipefail
mdoc=${1:?usage: one_page_rss.sh MDOC PAGE LAYOUT}
page=${2:?usage: one_page_rss.sh MDOC PAGE LAYOUT}
layout=${3:-on}
command -v mandoc >/dev/null || { echo "SKIP: mandoc is not installed"; exit 77; }
[[ -x /usr/bin/time ]] || { echo "SKIP: /usr/bin/time is not installed (apt-get install time)"; exit 77; }
[[ $layout == on ]] || { echo "SKIP: built without lld, so without the one-page code layout"; exit 77; }

peak() {
  local best= kib
  for _ in 1 2 3 4 5; do
    kib=$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1)
    [[ $kib =~ ^[0-9]+$ ]] || { echo "FAIL: no peak RSS from: $*" >&2; return 1; }
    if [[ -z $best ]] || ((kib < best)); then best=$kib; fi
  done
  echo "$best"
}

ours=$(peak "$mdoc" render -T ascii "$page") || exit 1
theirs=$(peak mandoc -T ascii "$page") || exit 1
echo "peak RSS of one page: mdoc $ours KiB, mandoc $theirs KiB"
if ((ours > theirs)); then
  echo "FAIL: mdoc needs more memory than mandoc for one page (regenerate share/link-order.txt with tools/link_order.sh?)"
  exit 1
fi
echo "ok"
