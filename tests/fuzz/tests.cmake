# libFuzzer targets for a bounded time under ASan/UBSan, built in the
# instrumented build directory shared with tests/sanitize (tests/fuzz/run_ci.sh;
# skipped without clang).  Not from a sanitizer or fuzz build itself, which
# would nest builds.
if(NOT MDOC_SANITIZE AND NOT MDOC_FUZZ)
  add_test(NAME fuzz_targets_bounded
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/run_ci.sh ${PROJECT_SOURCE_DIR} ${MDOC_INSTRUMENTED_BUILD})
  set_tests_properties(fuzz_targets_bounded PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 1500 LABELS "fuzz;slow"
    FIXTURES_REQUIRED mdoc_instrumented ENVIRONMENT MDOC_INSTRUMENTED_PREBUILT=1 COST 250)
endif()
