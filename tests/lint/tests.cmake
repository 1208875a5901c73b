# mdoc lint against mandoc -T lint over the corpus: fails when mdoc crashes or
# hangs on any page, or when fewer messages agree with mandoc's than the
# figures committed in baseline-lint.txt.
add_test(NAME lint.corpus_vs_mandoc
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/lint_vs_mandoc.sh
                 $<TARGET_FILE:mdoc> ${CMAKE_BINARY_DIR}
                 ${CMAKE_CURRENT_LIST_DIR}/baseline-lint.txt)
set_tests_properties(lint.corpus_vs_mandoc PROPERTIES
                     SKIP_RETURN_CODE 77 TIMEOUT 1200 LABELS "corpus;lint;mandoc" COST 100)

# Our own pages must be clean under mandoc -T lint -W warning.
add_test(NAME lint.pages_clean_under_mandoc
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/mandoc_lint_pages.sh ${PROJECT_SOURCE_DIR}/pages)
set_tests_properties(lint.pages_clean_under_mandoc PROPERTIES SKIP_RETURN_CODE 77 LABELS "lint;mandoc")

# README.md's two set-up lines agree with each other and with .ci/run.
add_test(NAME lint.readme_setup_commands
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/readme_commands.sh ${PROJECT_SOURCE_DIR})
set_tests_properties(lint.readme_setup_commands PROPERTIES LABELS "lint")
