# Tests of `mdoc header`, the companion's generated header and the CMake
# package.  Included from tests/CMakeLists.txt.
set(MDOC_HEADER_TESTS ${CMAKE_CURRENT_LIST_DIR})
set(MDOC_HEADER_WORK ${CMAKE_CURRENT_BINARY_DIR}/header)

find_program(MDOC_GXX NAMES g++)
find_program(MDOC_CLANGXX NAMES clang++)
foreach(compiler IN ITEMS MDOC_GXX MDOC_CLANGXX)
  if(NOT ${compiler})
    continue()
  endif()
  get_filename_component(compiler_name ${${compiler}} NAME)
  add_test(NAME header.socketpair_strict.${compiler_name}
    COMMAND sh ${MDOC_HEADER_TESTS}/socketpair_strict.sh $<TARGET_FILE:mdoc>
            ${PROJECT_SOURCE_DIR}/pages/socketpair.2 ${${compiler}} ${MDOC_HEADER_WORK}/strict-${compiler_name})
  add_test(NAME header.mismatch_rejected.${compiler_name}
    COMMAND sh ${MDOC_HEADER_TESTS}/mismatch.sh $<TARGET_FILE:mdoc>
            ${MDOC_HEADER_TESTS}/pages/mismatch.2 ${${compiler}} ${MDOC_HEADER_WORK}/mismatch-${compiler_name})
endforeach()

add_test(NAME header.freebsd_dragonfly_same_errors
  COMMAND sh ${MDOC_HEADER_TESTS}/same_errors.sh $<TARGET_FILE:mdoc>
          ${PROJECT_SOURCE_DIR}/pages/socketpair.2 ${PROJECT_SOURCE_DIR}/pages/dragonfly/socketpair.2
          ${MDOC_GXX} ${MDOC_HEADER_WORK}/same-errors)
add_test(NAME header.deterministic
  COMMAND sh ${MDOC_HEADER_TESTS}/deterministic.sh $<TARGET_FILE:mdoc>
          ${PROJECT_SOURCE_DIR}/pages/socketpair.2 ${MDOC_HEADER_WORK}/deterministic)

# Installs the build into a temporary prefix and builds tests/consumer against it.
add_test(NAME header.consumer_project
  COMMAND sh ${MDOC_HEADER_TESTS}/consumer.sh ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR}
          ${MDOC_HEADER_WORK}/consumer)
set_tests_properties(header.consumer_project PROPERTIES TIMEOUT 900 RUN_SERIAL TRUE)

# Every section-2 page of freebsd-manpages with ERRORS, ratcheted against a
# committed baseline.  Slow (a compiler run per page): label "corpus".
add_test(NAME header.corpus_section2
  COMMAND sh ${MDOC_HEADER_TESTS}/corpus.sh $<TARGET_FILE:mdoc> ${MDOC_HEADER_WORK}/corpus
          ${MDOC_HEADER_TESTS}/corpus-baseline.txt ${MDOC_GXX})
set_tests_properties(header.corpus_section2 PROPERTIES TIMEOUT 1800 LABELS corpus COST 80)
# The same corpus with clang++ doubles the time; CI keeps to g++ (the
# socketpair strict checks above run with both compilers).
option(MDOC_EXTENDED_TESTS "Also run the slow duplicate corpus checks" OFF)
if(MDOC_CLANGXX AND MDOC_EXTENDED_TESTS)
  add_test(NAME header.corpus_section2_clang
    COMMAND sh ${MDOC_HEADER_TESTS}/corpus.sh $<TARGET_FILE:mdoc> ${MDOC_HEADER_WORK}/corpus-clang
            ${MDOC_HEADER_TESTS}/corpus-baseline.txt ${MDOC_CLANGXX})
  set_tests_properties(header.corpus_section2_clang PROPERTIES TIMEOUT 1800 RUN_SERIAL TRUE LABELS corpus)
endif()
