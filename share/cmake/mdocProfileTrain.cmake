# cmake -P script (see mdocProfile.cmake): runs the instrumented mdoc on the
# training pages, then puts each object's counts where the compiler of the
# main build looks for them.
#   PROGRAM  the instrumented mdoc        PAGES   the pages (a list)
#   COUNTS   where PROGRAM writes         PROFILE where the compiler reads
#   INSTRUMENTED_BUILD, BUILD             the two build folders
file(REMOVE_RECURSE ${COUNTS})
# Every format and the checks, so that each back end's paths are counted.
foreach(args "render;-T;ascii" "render;-T;utf8" "render;-T;html" "render;-T;json" "lint;-W;all")
  execute_process(COMMAND ${PROGRAM} ${args} ${PAGES} OUTPUT_QUIET ERROR_QUIET RESULT_VARIABLE status)
  # (lint exits with the level of what it found: only a crash is an error.)
  if(NOT status MATCHES "^[0-9]+$" OR status GREATER 5)
    message(FATAL_ERROR "training run '${args}' failed: ${status}")
  endif()
endforeach()

# GCC names a count file after its object's absolute path, '/' written '#'
# (with -fprofile-dir): the instrumented objects' names start with the
# instrumented build folder, the main build's with its own.
string(REPLACE "/" "#" from "${INSTRUMENTED_BUILD}/")
string(REPLACE "/" "#" to "${BUILD}/")
file(GLOB counts RELATIVE ${COUNTS} ${COUNTS}/*.gcda)
if(NOT counts)
  message(FATAL_ERROR "the instrumented program wrote no counts into ${COUNTS}")
endif()
file(REMOVE_RECURSE ${PROFILE})
file(MAKE_DIRECTORY ${PROFILE})
foreach(name IN LISTS counts)
  string(REPLACE "${from}" "${to}" renamed "${name}")
  file(COPY_FILE ${COUNTS}/${name} ${PROFILE}/${renamed})
endforeach()
file(TOUCH ${PROFILE}/.trained)
