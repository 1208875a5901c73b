# The test suite and the corpus under ASan + UBSan, in the instrumented build
# directory they share with the fuzz targets (tests/fuzz/tests.cmake;
# instrumented_build.sh).  Not registered inside a sanitizer or fuzz build,
# which would nest builds.
if(NOT MDOC_SANITIZE AND NOT MDOC_FUZZ)
  set(MDOC_SANITIZE_BUILD ${MDOC_INSTRUMENTED_BUILD})
  # Built once, first (a fixture); the tests that use it then run side by
  # side with each other and with the rest.  ctest -j starts the costliest
  # tests first (COST, in seconds on CI, until ctest has timings of its own).
  add_test(NAME instrumented_build
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/build_instrumented.sh ${PROJECT_SOURCE_DIR} ${MDOC_SANITIZE_BUILD})
  set_tests_properties(instrumented_build PROPERTIES
    FIXTURES_SETUP mdoc_instrumented TIMEOUT 3600 LABELS "sanitize;fuzz;slow" COST 1000)
  add_test(NAME sanitize_corpus
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/corpus_under_sanitizers.sh ${PROJECT_SOURCE_DIR} ${MDOC_SANITIZE_BUILD})
  add_test(NAME sanitize_suite
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/suite_under_sanitizers.sh ${PROJECT_SOURCE_DIR} ${MDOC_SANITIZE_BUILD})
  set_tests_properties(sanitize_corpus sanitize_suite PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 3600 LABELS "sanitize;slow"
    FIXTURES_REQUIRED mdoc_instrumented ENVIRONMENT MDOC_INSTRUMENTED_PREBUILT=1)
  set_tests_properties(sanitize_corpus PROPERTIES COST 250)
  set_tests_properties(sanitize_suite PROPERTIES COST 100)
endif()

# Command-line failures (missing, directory, unreadable files, write errors),
# in every build: under MDOC_SANITIZE it checks the sanitized binary.
add_test(NAME cli_failures COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/cli_failures.sh $<TARGET_FILE:mdoc>)
