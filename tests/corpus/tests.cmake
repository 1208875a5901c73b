# Corpus conformance: every mdoc(7) page of freebsd-manpages rendered by us and
# by mandoc.  A ratchet: fails when fewer pages are identical than the figures
# committed in baseline-terminal.txt, or when mdoc crashes or hangs on a page.
add_test(NAME corpus.terminal_conformance
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/terminal_conformance.sh
                 $<TARGET_FILE:mdoc> ${CMAKE_BINARY_DIR}
                 ${CMAKE_CURRENT_LIST_DIR}/baseline-terminal.txt)
set_tests_properties(corpus.terminal_conformance PROPERTIES
                     SKIP_RETURN_CODE 77 TIMEOUT 1200 LABELS "corpus;mandoc" COST 200)
