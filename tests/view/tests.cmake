# mdoc view: its unit tests (tests/unit/test_view*.cpp) need the view library,
# and a tmux session checks the pager end to end.
target_link_libraries(unit_tests PRIVATE mdoc_view ZLIB::ZLIB)

add_test(NAME view.tmux
  COMMAND ${CMAKE_CURRENT_LIST_DIR}/tmux_view.sh $<TARGET_FILE:mdoc>)
# The script exits 77 when tmux or less is missing.
set_tests_properties(view.tmux PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)

add_test(NAME view.cli COMMAND ${CMAKE_CURRENT_LIST_DIR}/cli_view.sh $<TARGET_FILE:mdoc>)
set_tests_properties(view.cli PROPERTIES TIMEOUT 60)
