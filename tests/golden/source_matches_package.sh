#!/usr/bin/env bash
# Checks that a page we keep in pages/ is the same manual as a page shipped by
# a Debian package: mandoc, the reference, must print both identically for
# every terminal format.  Comments and layout of the source may differ.
# Usage: source_matches_package.sh OUR_PAGE PACKAGE_PAGE
# Exit 77 (ctest: skipped) when mandoc or the package page is not installed.
set -euo pipefail

ours=$1
theirs=$2
source "$(dirname "${BASH_SOURCE[0]}")/../corpus/oracle.sh"
require_mandoc
if [[ ! -r $theirs ]]; then
  echo "SKIP: $theirs is missing (apt-get install freebsd-manpages)"
  exit 77
fi

unset MANWIDTH
status=0
for format in ascii utf8; do
  if diff -u --label "mandoc -T $format $theirs" --label "mandoc -T $format $ours" \
      <(mandoc -T "$format" "$theirs") <(mandoc -T "$format" "$ours"); then
    echo "ok: -T $format identical"
  else
    echo "FAIL: mandoc -T $format renders $ours differently from $theirs"
    status=1
  fi
done
exit $status
