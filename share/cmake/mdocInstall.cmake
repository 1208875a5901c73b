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

install(TARGETS mdoc mdoc_library mdoc_front mdoc_render mdoc_share
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
