# mdoc lint against mandoc -T lint over the corpus: fails when mdoc crashes or
# hangs on any page, or when fewer messages agree with mandoc's than the
# figures committed in baseline-lint.txt.
add_test(NAME lint.corpus_vs_mandoc
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/lint_vs_mandoc.sh
                 $<TARGET_FILE:mdoc> ${CMAKE_BINARY_DIR}
                 ${CMAKE_CURRENT_LIST_DIR}/baseline-lint.txt)
set_tests_properties(lint.corpus_vs_mandoc PROPERTIES
                     SKIP_RETURN_CODE 77 TIMEOUT 1200 LABELS "corpus;lint;mandoc")
