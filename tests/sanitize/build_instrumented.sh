#!/usr/bin/env bash
# Builds the instrumented build directory that sanitize_suite, sanitize_corpus
# and fuzz_targets_bounded share (a ctest fixture, tests/sanitize/tests.cmake):
#   build_instrumented.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
src=${1:?usage: build_instrumented.sh SOURCE_DIR BUILD_DIR}
build=${2:?usage: build_instrumented.sh SOURCE_DIR BUILD_DIR}
source "$(dirname "${BASH_SOURCE[0]}")/instrumented_build.sh"
start=$SECONDS
MDOC_INSTRUMENTED_PREBUILT= build_instrumented "$src" "$build" || { echo "FAIL: building $build"; exit 1; }
if instrumented_has_fuzz "$build"; then kind="clang, ASan+UBSan, libFuzzer coverage"; else kind="g++, ASan+UBSan"; fi
echo "ok: $build built ($kind) in $((SECONDS - start)) s"
