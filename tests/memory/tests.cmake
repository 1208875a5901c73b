# Peak resident memory of a one-page run against mandoc's, measured side by
# side (a ratio, not a machine-dependent figure): the code layout of
# tools/link_order.sh keeps it below mandoc's, and a stale layout or a change
# that drags much more code into the one-page path shows here.  The
# sanitizer and fuzz builds link dynamically and are not measured.
if(NOT MDOC_SANITIZE AND NOT MDOC_FUZZ)
  if(MDOC_LINK_ORDER)
    set(MDOC_MEMORY_LAYOUT on)
  else()
    set(MDOC_MEMORY_LAYOUT off)
  endif()
  add_test(NAME memory.one_page_within_mandoc
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/one_page_rss.sh
                   $<TARGET_FILE:mdoc> ${PROJECT_SOURCE_DIR}/pages/socketpair.2 ${MDOC_MEMORY_LAYOUT})
  set_tests_properties(memory.one_page_within_mandoc PROPERTIES
                       SKIP_RETURN_CODE 77 LABELS "mandoc" RUN_SERIAL TRUE)
endif()
