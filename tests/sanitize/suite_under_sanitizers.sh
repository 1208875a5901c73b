#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer
# (a ctest, tests/sanitize/tests.cmake):
#   suite_under_sanitizers.sh SOURCE_DIR BUILD_DIR
# configures BUILD_DIR if needed (instrumented_build.sh: clang with the fuzz
# instrumentation, or g++), builds everything and runs its ctest.  The
# instrumented build does not register this test or the other build-nesting
# ones, so it does not recurse.  MDOC_SANITIZE_CTEST_ARGS
# passes extra ctest arguments (e.g. "-E conformance" for a quick local run).
set -uo pipefail
src=${1:?usage: suite_under_sanitizers.sh SOURCE_DIR BUILD_DIR}
build=${2:?usage: suite_under_sanitizers.sh SOURCE_DIR BUILD_DIR}

source "$(dirname "${BASH_SOURCE[0]}")/instrumented_build.sh"
build_instrumented "$src" "$build" || { echo "FAIL: building $build with sanitizers"; exit 1; }

export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# shellcheck disable=SC2086
# By default the slow corpus, HTML-tool and fuzz tests stay out (the corpus
# runs under the sanitizers in sanitize_corpus); CI must stay well inside 30
# minutes on 2 cores.  MDOC_SANITIZE_CTEST_ARGS="" runs everything.
# The consumer project links the installed (instrumented) libraries without
# the sanitizer runtime, so it runs in the normal build only.
ctest --test-dir "$build" --output-on-failure ${MDOC_SANITIZE_CTEST_ARGS-"-LE" "corpus|slow|fuzz|html" "-E" "consumer_project"}
