# Golden tests: the pages we keep in pages/ against their upstream originals.

# pages/socketpair.2 was rebuilt from a line-numbered web listing; mandoc must
# render it exactly like the page the freebsd-manpages package ships.
add_test(NAME golden.socketpair_source_matches_freebsd
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/source_matches_package.sh
                 ${PROJECT_SOURCE_DIR}/pages/socketpair.2
                 /usr/share/man/man2/socketpair.2freebsd.gz)
set_tests_properties(golden.socketpair_source_matches_freebsd PROPERTIES
                     SKIP_RETURN_CODE 77 LABELS "golden;mandoc")

# Our pages rendered by mdoc and by mandoc: the pages listed in
# expected-identical.txt must stay byte-identical (a ratchet per page).
add_test(NAME golden.pages_render_like_mandoc
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/render_matches_mandoc.sh
                 $<TARGET_FILE:mdoc> ${PROJECT_SOURCE_DIR}/pages
                 ${CMAKE_CURRENT_LIST_DIR}/expected-identical.txt)
set_tests_properties(golden.pages_render_like_mandoc PROPERTIES
                     SKIP_RETURN_CODE 77 LABELS "golden;mandoc")
