# The style sheet and the search script, compiled into mdoc_render
# (declared in render/html_assets.hpp).  Included from render/CMakeLists.txt.
set(_mdoc_assets stylesheet:mdoc.css search_script:search.js)
foreach(_asset ${_mdoc_assets})
  string(REPLACE ":" ";" _parts ${_asset})
  list(GET _parts 0 _symbol)
  list(GET _parts 1 _file)
  set(_input ${PROJECT_SOURCE_DIR}/share/${_file})
  set(_output ${CMAKE_CURRENT_BINARY_DIR}/html_asset_${_symbol}.cpp)
  add_custom_command(
    OUTPUT ${_output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${_input} -DOUTPUT=${_output} -DSYMBOL=${_symbol}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/html_embed.cmake
    DEPENDS ${_input} ${CMAKE_CURRENT_SOURCE_DIR}/html_embed.cmake
    COMMENT "Embedding share/${_file}"
    VERBATIM)
  target_sources(mdoc_render PRIVATE ${_output})
endforeach()
