#!/bin/sh
# Compares the text of `mdoc render -T html` with `mandoc -T html` over the
# freebsd-manpages corpus (tags dropped, entities decoded, whitespace
# collapsed: see html_text.py) and enforces a ratchet: the number of
# identical pages may not fall below the committed baseline.
#
# usage: html_text_conformance.sh MDOC [BASELINE_FILE [DIFF_FILE]] [--update]
# Prints "identical/total"; writes the differing pages to DIFF_FILE.
# Exit 77 (skipped) when mandoc or the corpus is missing.
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/html_text_conformance.py" "$@"
