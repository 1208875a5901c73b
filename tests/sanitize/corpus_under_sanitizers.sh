#!/usr/bin/env bash
# The corpus through a sanitizer build of mdoc (a ctest, tests/sanitize/tests.cmake):
#   corpus_under_sanitizers.sh SOURCE_DIR BUILD_DIR
# configures BUILD_DIR (instrumented_build.sh: ASan + UBSan) if needed,
# builds mdoc, then runs every corpus page through `mdoc lint` and a sample of
# MDOC_SANITIZE_SAMPLE pages (default 300) through `mdoc render -T ascii` and
# `-T html`.  Any sanitizer report, crash or exit status above 6 fails the test.
# Exit 77 (skipped) when the corpus is not installed.
set -uo pipefail
src=${1:?usage: corpus_under_sanitizers.sh SOURCE_DIR BUILD_DIR}
build=${2:?usage: corpus_under_sanitizers.sh SOURCE_DIR BUILD_DIR}
sample=${MDOC_SANITIZE_SAMPLE:-300}

shopt -s nullglob
pages=(/usr/share/man/man2/*.2freebsd.gz /usr/share/man/man4/*.4freebsd.gz /usr/share/man/man9/*.9freebsd.gz)
if ((${#pages[@]} == 0)); then
  echo "SKIP: the freebsd-manpages corpus is not installed"
  exit 77
fi

# MDOC_SANITIZE_BINARY: an already built sanitizer mdoc (skips the build).
mdoc=${MDOC_SANITIZE_BINARY:-}
if [[ -z $mdoc ]]; then
  source "$(dirname "${BASH_SOURCE[0]}")/instrumented_build.sh"
  build_instrumented "$src" "$build" mdoc || { echo "FAIL: building mdoc in $build"; exit 1; }
  mdoc=$build/cli/mdoc
fi

# Distinct exit codes, so a sanitizer finding is never read as a lint status.
export ASAN_OPTIONS=exitcode=86:detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=exitcode=87:halt_on_error=1:print_stacktrace=1
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
failed=0

# run LABEL ARGS...: one mdoc process; statuses 0-6 are mdoc's own.
run() {
  local label=$1
  shift
  "$mdoc" "$@" >/dev/null 2>"$logs/err"
  local status=$?
  if ((status > 6)) || grep -qE 'Sanitizer|runtime error:' "$logs/err"; then
    echo "FAIL: $label (status $status): mdoc $*"
    grep -m10 -E 'ERROR|runtime error|SUMMARY|#[0-9] ' "$logs/err"
    failed=1
    return 1
  fi
}

start=$SECONDS
# lint takes many files per process; a failing batch is retried file by file
# so that the report names the page.
for ((i = 0; i < ${#pages[@]}; i += 100)); do
  batch=("${pages[@]:i:100}")
  if ! run "lint batch" lint "${batch[@]}" 2>/dev/null; then
    for p in "${batch[@]}"; do run "lint $p" lint "$p"; done
  fi
done
linted=${#pages[@]}

step=$(( ${#pages[@]} / sample ))
((step < 1)) && step=1
rendered=0
for ((i = 0; i < ${#pages[@]}; i += step)); do
  p=${pages[i]}
  run "ascii $p" render -T ascii "$p"
  run "html $p" render -T html "$p"
  ((rendered++))
done
echo "lint: $linted pages; render -T ascii and -T html: $rendered pages; $((SECONDS - start))s under ASan+UBSan"
((failed == 0)) && echo "ok: no sanitizer report"
exit $failed
