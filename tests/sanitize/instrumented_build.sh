# Sourced (not run) by the scripts that need a build under AddressSanitizer
# and UndefinedBehaviorSanitizer: the sanitizer suite and corpus
# (tests/sanitize) and the fuzz targets (tests/fuzz).  They share one build
# directory, so CI compiles the project twice (plain and instrumented), not
# three times.

# The clang that has libFuzzer (Debian: clang-14 + libclang-rt-14-dev).
find_fuzz_compiler() {
  local c
  for c in clang++ clang++-14 clang++-15 clang++-16; do
    if command -v "$c" >/dev/null 2>&1 &&
       echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
         "$c" -x c++ -fsanitize=fuzzer -o /dev/null - >/dev/null 2>&1; then
      echo "$c"
      return 0
    fi
  done
  return 1
}

# configure_instrumented SOURCE_DIR BUILD_DIR: configures BUILD_DIR unless it
# already is.  With a clang that has libFuzzer: MDOC_FUZZ=ON, which
# instruments everything for libFuzzer's coverage as well as ASan and UBSan,
# and builds the tests too.  Without one: g++ and MDOC_SANITIZE=ON (the same
# sanitizers, no fuzz targets).  Optimised lightly, with line tables only:
# this build is compiled on every CI run, and reports still name file and line.
configure_instrumented() {
  local src=$1 build=$2 compiler
  [[ -f $build/CMakeCache.txt ]] && return 0
  if compiler=$(find_fuzz_compiler); then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" -DMDOC_FUZZ=ON \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" >/dev/null
  else
    cmake -S "$src" -B "$build" -G Ninja -DMDOC_SANITIZE=ON \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" >/dev/null
  fi
}

# instrumented_has_fuzz BUILD_DIR: was BUILD_DIR configured with the fuzz targets?
instrumented_has_fuzz() {
  grep -q '^MDOC_FUZZ:BOOL=ON$' "$1/CMakeCache.txt" 2>/dev/null
}

# build_instrumented SOURCE_DIR BUILD_DIR [TARGET...]: configures if needed and
# builds TARGETs (everything when none).  Under ctest the instrumented_build
# test has built everything first (MDOC_INSTRUMENTED_PREBUILT=1), so the tests
# that use the build can run side by side without building it again.
build_instrumented() {
  local src=$1 build=$2
  shift 2
  [[ ${MDOC_INSTRUMENTED_PREBUILT:-} == 1 && -f $build/CMakeCache.txt ]] && return 0
  configure_instrumented "$src" "$build" || return 1
  local targets=()
  (($# > 0)) && targets=(--target "$@")
  cmake --build "$build" -j"${MDOC_INSTRUMENTED_BUILD_JOBS:-2}" "${targets[@]}" >/dev/null
}
