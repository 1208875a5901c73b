# The test suite and the corpus under ASan + UBSan, in the instrumented build
# directory they share with the fuzz targets (tests/fuzz/tests.cmake), which
# the scripts configure themselves (instrumented_build.sh).  Not registered
# inside a sanitizer or fuzz build, which would nest builds.
if(NOT MDOC_SANITIZE AND NOT MDOC_FUZZ)
  set(MDOC_SANITIZE_BUILD ${MDOC_INSTRUMENTED_BUILD})
  add_test(NAME sanitize_corpus
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/corpus_under_sanitizers.sh ${PROJECT_SOURCE_DIR} ${MDOC_SANITIZE_BUILD})
  add_test(NAME sanitize_suite
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/suite_under_sanitizers.sh ${PROJECT_SOURCE_DIR} ${MDOC_SANITIZE_BUILD})
  set_tests_properties(sanitize_corpus sanitize_suite PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 3600 LABELS "sanitize;slow" RESOURCE_LOCK mdoc_instrumented_build)
  # ctest -j starts the costliest tests first (COST, in seconds on CI, until
  # ctest has timings of its own): the instrumented build and the three tests
  # that take turns on it are the longest chain, so they start at once.
  set_tests_properties(sanitize_suite PROPERTIES COST 600)
  set_tests_properties(sanitize_corpus PROPERTIES COST 250)
endif()

# Command-line failures (missing, directory, unreadable files, write errors),
# in every build: under MDOC_SANITIZE it checks the sanitized binary.
add_test(NAME cli_failures COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/cli_failures.sh $<TARGET_FILE:mdoc>)
