#!/usr/bin/env bash
# Runs one fuzz target for longer than CI does:
#   tests/fuzz/run_long.sh TARGET SECONDS [EXTRA_CORPUS_DIR]
# TARGET: roff, parser, terminal, html, header or json.  The build lives in
# $MDOC_FUZZ_BUILD (default build-fuzz at the top of the source tree); the
# grown corpus stays there between runs.  Any finding is saved under
# build-fuzz/artifacts/TARGET/; turn it into a file of tests/fuzz/regressions/
# (or a doctest in tests/unit/test_regressions.cpp) once fixed.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$src/tests/fuzz/fuzz_common.sh"

target=${1:?usage: run_long.sh TARGET SECONDS [EXTRA_CORPUS_DIR]}
seconds=${2:?usage: run_long.sh TARGET SECONDS [EXTRA_CORPUS_DIR]}
if [[ " ${fuzz_targets[*]} " != *" $target "* ]]; then
  echo "run_long.sh: unknown target $target (one of: ${fuzz_targets[*]})" >&2
  exit 2
fi
build=${MDOC_FUZZ_BUILD:-$src/build-fuzz}
status=0
build_fuzz_targets "$src" "$build" "$target" || status=$?
if ((status == 77)); then
  echo "run_long.sh: no clang++ with libFuzzer (apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 2
elif ((status != 0)); then
  echo "run_long.sh: building fuzz_$target failed" >&2
  exit 1
fi
if [[ -n ${3:-} ]]; then
  MDOC_FUZZ_FLAGS="${MDOC_FUZZ_FLAGS:-} $3" run_fuzz_target "$src" "$build" "$target" "$seconds"
else
  run_fuzz_target "$src" "$build" "$target" "$seconds"
fi
