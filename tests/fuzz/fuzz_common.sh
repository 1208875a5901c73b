# Sourced by run_long.sh and run_ci.sh: builds the libFuzzer targets in a
# clang build directory and runs one of them on a working copy of the corpus.

fuzz_targets=(roff parser terminal html header json)

# find_fuzz_compiler and configure_instrumented: the build these targets share
# with the sanitizer suite and corpus.
source "$(dirname "${BASH_SOURCE[0]}")/../sanitize/instrumented_build.sh"

# build_fuzz_targets SOURCE_DIR BUILD_DIR TARGET...: 77 when no clang with
# libFuzzer is installed (or BUILD_DIR was configured without it).
build_fuzz_targets() {
  local src=$1 build=$2
  shift 2
  find_fuzz_compiler >/dev/null || return 77
  configure_instrumented "$src" "$build" || return 1
  instrumented_has_fuzz "$build" || return 77
  local t names=()
  for t in "$@"; do names+=("fuzz_$t"); done
  build_instrumented "$src" "$build" "${names[@]}" || return 1
}

# run_fuzz_target SOURCE_DIR BUILD_DIR TARGET SECONDS: the corpus grows in
# BUILD_DIR/corpus/TARGET (seeded from tests/fuzz/corpus), crashes land in
# BUILD_DIR/artifacts/TARGET/.  libFuzzer's status: 0 when nothing was found.
run_fuzz_target() {
  local src=$1 build=$2 target=$3 seconds=$4
  local work=$build/corpus/$target artifacts=$build/artifacts/$target/
  mkdir -p "$work" "$artifacts"
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  "$build/tests/fuzz/fuzz_$target" "$work" "$src/tests/fuzz/corpus" \
    -dict="$src/tests/fuzz/mdoc.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len="${MDOC_FUZZ_MAX_LEN:-4096}" -print_final_stats=1 -artifact_prefix="$artifacts" ${MDOC_FUZZ_FLAGS:-}
}

# replay_regressions SOURCE_DIR BUILD_DIR TARGET: every saved crash input, once.
replay_regressions() {
  local src=$1 build=$2 target=$3
  local inputs=("$src"/tests/fuzz/regressions/*)
  [[ -e ${inputs[0]} ]] || return 0
  "$build/tests/fuzz/fuzz_$target" -timeout=10 -rss_limit_mb=2048 "${inputs[@]}" >/dev/null 2>&1
}
