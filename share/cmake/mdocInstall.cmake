# What `cmake --install` puts in place: the program, the library with its
# headers, and a CMake package (find_package(mdoc)) with mdoc_add_header().
# Included from the top-level CMakeLists.txt after the targets exist.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# mdoc::mdoc is the whole library: the front end and every back end.
add_library(mdoc_library INTERFACE)
target_link_libraries(mdoc_library INTERFACE mdoc_front mdoc_render)
add_library(mdoc::mdoc ALIAS mdoc_library)
set_target_properties(mdoc_library PROPERTIES EXPORT_NAME mdoc)
set_target_properties(mdoc PROPERTIES EXPORT_NAME program)
set_target_properties(mdoc_front PROPERTIES EXPORT_NAME front)
set_target_properties(mdoc_render PROPERTIES EXPORT_NAME render)
set_target_properties(mdoc_share PROPERTIES EXPORT_NAME share)

# Every target of this project the library links, found by walking its link
# libraries, so a library added to the front end later is exported too.
function(mdoc_collect_link_closure target out)
  set(seen ${${out}})
  get_target_property(aliased ${target} ALIASED_TARGET)
  if(aliased)
    set(target ${aliased})
  endif()
  get_target_property(imported ${target} IMPORTED)
  if(imported OR target IN_LIST seen)
    return()
  endif()
  list(APPEND seen ${target})
  get_target_property(type ${target} TYPE)
  set(links "")
  if(NOT type STREQUAL "INTERFACE_LIBRARY")
    get_target_property(links ${target} LINK_LIBRARIES)
  endif()
  get_target_property(interface_links ${target} INTERFACE_LINK_LIBRARIES)
  foreach(link IN LISTS links interface_links)
    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
    if(TARGET ${link})
      mdoc_collect_link_closure(${link} seen)
    endif()
  endforeach()
  set(${out} ${seen} PARENT_SCOPE)
endfunction()
# The program's own link libraries stay private to it: only the library's
# closure is exported.
set(MDOC_INSTALLED_TARGETS mdoc)
mdoc_collect_link_closure(mdoc_library MDOC_INSTALLED_TARGETS)

install(TARGETS ${MDOC_INSTALLED_TARGETS}
  EXPORT mdocTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
foreach(folder mdoc render)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/${folder}/
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/${folder}
    FILES_MATCHING PATTERN "*.hpp" PATTERN "*.def")
endforeach()

set(MDOC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/mdoc)
install(EXPORT mdocTargets NAMESPACE mdoc:: DESTINATION ${MDOC_CMAKE_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/mdocConfig.cmake.in
  ${PROJECT_BINARY_DIR}/mdocConfig.cmake
  INSTALL_DESTINATION ${MDOC_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/mdocConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/mdocConfig.cmake
  ${PROJECT_BINARY_DIR}/mdocConfigVersion.cmake
  ${CMAKE_CURRENT_LIST_DIR}/mdocHeader.cmake
  DESTINATION ${MDOC_CMAKE_DIR})
