#!/usr/bin/env bash
# The CI fuzz run (a ctest, tests/fuzz/tests.cmake):
#   run_ci.sh SOURCE_DIR BUILD_DIR
# builds the libFuzzer targets with clang in BUILD_DIR, replays every saved
# crash of tests/fuzz/regressions/ through each target, then fuzzes each target
# for MDOC_FUZZ_SECONDS (default 30) from the committed corpus.  Exit 77
# (skipped) when no clang with libFuzzer is installed.
set -uo pipefail
src=${1:?usage: run_ci.sh SOURCE_DIR BUILD_DIR}
build=${2:?usage: run_ci.sh SOURCE_DIR BUILD_DIR}
source "$src/tests/fuzz/fuzz_common.sh"
seconds=${MDOC_FUZZ_SECONDS:-30}

build_fuzz_targets "$src" "$build" "${fuzz_targets[@]}"
case $? in
  0) ;;
  77) echo "SKIP: no clang++ with libFuzzer (apt-get install clang-14 libclang-rt-14-dev)"; exit 77 ;;
  *) echo "FAIL: building the fuzz targets"; exit 1 ;;
esac

failed=0
for t in "${fuzz_targets[@]}"; do
  if ! replay_regressions "$src" "$build" "$t"; then
    echo "FAIL: fuzz_$t crashes on a saved regression input"
    failed=1
  fi
  # A fresh working corpus each run: CI measures the committed seeds.
  rm -rf "$build/corpus/$t"
  log=$build/fuzz_$t.log
  if run_fuzz_target "$src" "$build" "$t" "$seconds" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    echo "ok: fuzz_$t ${seconds}s, ${runs:-?} executions, coverage ${cov:-?} edges"
  else
    echo "FAIL: fuzz_$t found a problem; input saved in $build/artifacts/$t/"
    grep -m20 -E 'ERROR|runtime error|SUMMARY|Test unit written' "$log"
    failed=1
  fi
done
exit $failed
