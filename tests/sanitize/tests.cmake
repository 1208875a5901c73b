# The test suite and the corpus under ASan + UBSan, in a separate g++ build
# directory that the scripts configure themselves (MDOC_SANITIZE=ON).  Not
# registered inside a sanitizer or fuzz build, which would nest builds.
if(NOT MDOC_SANITIZE AND NOT MDOC_FUZZ)
  set(MDOC_SANITIZE_BUILD ${CMAKE_BINARY_DIR}/sanitize)
  add_test(NAME sanitize_corpus
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/corpus_under_sanitizers.sh ${PROJECT_SOURCE_DIR} ${MDOC_SANITIZE_BUILD})
  add_test(NAME sanitize_suite
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/suite_under_sanitizers.sh ${PROJECT_SOURCE_DIR} ${MDOC_SANITIZE_BUILD})
  set_tests_properties(sanitize_corpus sanitize_suite PROPERTIES
    SKIP_RETURN_CODE 77 TIMEOUT 3600 LABELS "sanitize;slow" RESOURCE_LOCK mdoc_sanitize_build)
endif()

# Command-line failures (missing, directory, unreadable files, write errors),
# in every build: under MDOC_SANITIZE it checks the sanitized binary.
add_test(NAME cli_failures COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/cli_failures.sh $<TARGET_FILE:mdoc>)
