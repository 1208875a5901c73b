# HTML back end and static site tests.  Included from tests/CMakeLists.txt.
# The tools (vnu-jar, playwright-core) come from tests/html/package.json:
#   npm ci --prefix tests/html
# Each script exits 77 (skipped) when what it needs is not installed.

# Text of mdoc -T html equal to mandoc -T html over freebsd-manpages: a
# ratchet on the number of identical pages (html_text_baseline.txt).
add_test(NAME html.text_conformance
         COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/html_text_conformance.py
                 $<TARGET_FILE:mdoc> ${CMAKE_CURRENT_LIST_DIR}/html_text_baseline.txt
                 ${CMAKE_BINARY_DIR}/html_text_differences.txt)
set_tests_properties(html.text_conformance PROPERTIES
                     SKIP_RETURN_CODE 77 TIMEOUT 1800 LABELS "corpus;mandoc;html" COST 100)

# The Nu Html Checker finds no error in socketpair, 120 corpus pages and the site pages.
add_test(NAME html.nu_checker
         COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/html_validate.sh $<TARGET_FILE:mdoc> 120)
set_tests_properties(html.nu_checker PROPERTIES
                     SKIP_RETURN_CODE 77 TIMEOUT 900 LABELS "html")

# Headless Chromium: search, follow the hit, follow an .Xr link.
add_test(NAME html.browser_site
         COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/browser_test.sh $<TARGET_FILE:mdoc>)
set_tests_properties(html.browser_site PROPERTIES
                     SKIP_RETURN_CODE 77 TIMEOUT 300 LABELS "html")

# mdoc site on a small tree: files, indexes, search.json, .Xr resolution,
# man(7) and unreadable pages.
add_test(NAME html.site_structure
         COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/site_test.py $<TARGET_FILE:mdoc> ${PROJECT_SOURCE_DIR})
set_tests_properties(html.site_structure PROPERTIES TIMEOUT 120 LABELS "html")
