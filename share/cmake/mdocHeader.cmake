# mdoc_add_header(<target> PAGE <page> [NAMESPACE <ns>] [OUTPUT <relative path>])
#
# Generates a C++17 header from a section 2/3 manual page at build time with
# `mdoc header`, adds it to <target>'s sources and puts its folder on
# <target>'s include path (PUBLIC, so users of <target> see it too).
#   PAGE       the page (relative paths are taken from the current source folder)
#   NAMESPACE  the C++ namespace of the header (default: man::<page name>)
#   OUTPUT     where under the include folder the header goes, e.g. man/open.hpp
#              (default: <page name>.hpp)
# The program used is the mdoc target of this build tree, or mdoc::program
# from an installed package.
include_guard(GLOBAL)

function(mdoc_add_header target)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "PAGE;NAMESPACE;OUTPUT" "")
  if(NOT ARG_PAGE)
    message(FATAL_ERROR "mdoc_add_header(${target}): PAGE is required")
  endif()
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "mdoc_add_header(${target}): unexpected arguments: ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(TARGET mdoc::program)
    set(program mdoc::program)
  elseif(TARGET mdoc)
    set(program mdoc)
  else()
    message(FATAL_ERROR "mdoc_add_header(${target}): no mdoc program (find_package(mdoc) first)")
  endif()

  get_filename_component(page "${ARG_PAGE}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  if(ARG_OUTPUT)
    set(relative "${ARG_OUTPUT}")
  else()
    get_filename_component(stem "${page}" NAME)
    string(REGEX REPLACE "\\.gz$" "" stem "${stem}")
    string(REGEX REPLACE "\\.[^.]*$" "" stem "${stem}")
    set(relative "${stem}.hpp")
  endif()
  set(include_dir "${CMAKE_CURRENT_BINARY_DIR}/mdoc_headers/${target}")
  set(output "${include_dir}/${relative}")
  get_filename_component(output_dir "${output}" DIRECTORY)
  set(namespace_option "")
  if(ARG_NAMESPACE)
    set(namespace_option --namespace "${ARG_NAMESPACE}")
  endif()

  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${output_dir}"
    COMMAND "$<TARGET_FILE:${program}>" header "${page}" -o "${output}" ${namespace_option}
    DEPENDS "${page}" ${program}
    COMMENT "Generating ${relative} from ${page}"
    VERBATIM)
  target_sources(${target} PRIVATE "${output}")
  target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${include_dir}>")
endfunction()
