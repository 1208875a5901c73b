# Profile-guided optimisation of the mdoc program (-DMDOC_PGO=ON, GCC).
#
# A copy of the program instrumented to count what it executes
# (-fprofile-generate) is built in <build>/pgo-instrumented, renders the
# bundled pages (pages/) in each format, and the program's own code is
# then compiled knowing which branches are taken and which functions are
# hot (-fprofile-use): about 9% fewer instructions per page, on pages it
# never saw.  Code the training does not reach is optimised as usual
# (-fprofile-partial-training).
#
# Off by default: it builds the program twice.  bench/run.sh turns it on.
# A profile only steers optimisation: a stale one (after an edit) costs
# speed, never correctness, so objects are not rebuilt when it changes;
# each build re-runs the training before compiling what changed.
option(MDOC_PGO "Optimise the mdoc program with a profile of it rendering the bundled pages (GCC)" OFF)
# Set by the instrumented sub-build only: where its counts go.
set(MDOC_PGO_INSTRUMENT "" CACHE PATH "Internal: build instrumented, writing profiles here")
mark_as_advanced(MDOC_PGO_INSTRUMENT)

if(MDOC_PGO_INSTRUMENT)
  add_compile_options(-fprofile-generate -fprofile-update=single -fprofile-dir=${MDOC_PGO_INSTRUMENT})
  add_link_options(-fprofile-generate)
endif()

set(MDOC_PGO_ACTIVE OFF)
if(MDOC_PGO AND NOT MDOC_PGO_INSTRUMENT)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    message(WARNING "MDOC_PGO needs GCC (this is ${CMAKE_CXX_COMPILER_ID}): building without a profile")
  elseif(MDOC_SANITIZE OR MDOC_FUZZ)
    message(WARNING "MDOC_PGO is for optimised builds: ignored with MDOC_SANITIZE or MDOC_FUZZ")
  else()
    set(MDOC_PGO_ACTIVE ON)
  endif()
endif()

if(MDOC_PGO_ACTIVE)
  include(ExternalProject)
  set(_pgo_build ${CMAKE_BINARY_DIR}/pgo-instrumented)
  set(_pgo_counts ${CMAKE_BINARY_DIR}/pgo-counts)    # what the instrumented program writes
  set(_pgo_profile ${CMAKE_BINARY_DIR}/pgo-profile)  # what the compiler reads
  set(_pgo_program ${_pgo_build}/cli/mdoc)
  ExternalProject_Add(mdoc_pgo_instrumented
    SOURCE_DIR ${PROJECT_SOURCE_DIR}
    BINARY_DIR ${_pgo_build}
    CMAKE_ARGS -DCMAKE_BUILD_TYPE=Release -DMDOC_BUILD_TESTS=OFF -DMDOC_PGO=OFF
               -DMDOC_PGO_INSTRUMENT=${_pgo_counts} -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
    BUILD_COMMAND ${CMAKE_COMMAND} --build ${_pgo_build} --target mdoc
    INSTALL_COMMAND ""
    # Its own build decides whether anything changed.
    BUILD_ALWAYS ON
    BUILD_BYPRODUCTS ${_pgo_program})
  # The bundled pages, and the fuzzer's seeds: small pages written to use
  # every part of the language (lists, displays, the SYNOPSIS, escapes,
  # roff requests, bad input), so that no common path is left untrained.
  file(GLOB _pgo_pages CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/pages/*.[1-9] ${PROJECT_SOURCE_DIR}/pages/*/*.[1-9]
       ${PROJECT_SOURCE_DIR}/tests/fuzz/corpus/seed-*.mdoc)
  add_custom_command(OUTPUT ${_pgo_profile}/.trained
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=${_pgo_program} "-DPAGES=${_pgo_pages}" -DCOUNTS=${_pgo_counts}
            -DPROFILE=${_pgo_profile} -DINSTRUMENTED_BUILD=${_pgo_build} -DBUILD=${CMAKE_BINARY_DIR}
            -P ${PROJECT_SOURCE_DIR}/share/cmake/mdocProfileTrain.cmake
    DEPENDS mdoc_pgo_instrumented ${_pgo_program} ${_pgo_pages} ${PROJECT_SOURCE_DIR}/share/cmake/mdocProfileTrain.cmake
    COMMENT "Training the instrumented mdoc on the bundled pages"
    VERBATIM)
  add_custom_target(mdoc_pgo_profile DEPENDS ${_pgo_profile}/.trained)
endif()

# Compiles target with the profile (after the training has made it); does
# nothing unless MDOC_PGO is on.
function(mdoc_optimise_with_profile target)
  if(MDOC_PGO_ACTIVE)
    target_compile_options(${target} PRIVATE -fprofile-use -fprofile-dir=${CMAKE_BINARY_DIR}/pgo-profile
                           -fprofile-partial-training -Wno-missing-profile -Wno-coverage-mismatch)
    add_dependencies(${target} mdoc_pgo_profile)
  endif()
endfunction()
