# The browser app, included by src/CMakeLists.txt in the WebAssembly build: the same tenfold_app library as
# the native binary, with the browser's entry point (app/main_web.cpp), linked twice:
#   tenfold.html (+ .js, .wasm, .data)  to be served: the font and icons in a data file fetched beside it
#   tenfold-offline.html                one file with everything inside, that runs from file:// (a USB stick)
# Both are written to TENFOLD_WEB_OUT (build-web/).
set(_web ${PROJECT_SOURCE_DIR}/src/platform/web)
set(_font /usr/share/fonts/truetype/andika/Andika-Regular.ttf)
if(NOT EXISTS ${_font})
  message(FATAL_ERROR "${_font} is missing: apt-get install fonts-sil-andika (scripts/web does)")
endif()

# The font, cut down to the characters the app can draw (Debian's fonttools): the board's glyph atlas
# (src/render/font_atlas.cpp: ASCII and kExtraGlyphs) and ImGui's default ranges (U+0020-00FF), plus the
# dashes and quotes beside them. 34 KB instead of 670 KB; without pyftsubset the whole font is used.
find_program(TENFOLD_PYFTSUBSET pyftsubset)
if(TENFOLD_PYFTSUBSET)
  set(_font_file ${CMAKE_BINARY_DIR}/web-data/Andika-Regular.ttf)
  add_custom_command(OUTPUT ${_font_file}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/web-data
    COMMAND ${TENFOLD_PYFTSUBSET} ${_font} --output-file=${_font_file}
            "--unicodes=U+0020-00FF,U+2013,U+2014,U+2018,U+2019,U+201C,U+201D,U+2026,U+2212,U+FFFD"
    DEPENDS ${_font} COMMENT "Cutting the board font down to the characters Tenfold draws" VERBATIM)
else()
  message(STATUS "No pyftsubset (apt-get install fonttools): the web build carries the whole font")
  set(_font_file ${_font})
endif()
add_custom_target(tenfold_web_font DEPENDS ${_font_file})

# The files the app reads, at the paths it looks for them (the font where Debian puts it; the assets where
# TENFOLD_ASSETS points, set by the entry point).
set(_files "${_font_file}@${_font}" "${PROJECT_SOURCE_DIR}/assets/icons@/assets/icons"
    "${PROJECT_SOURCE_DIR}/assets/tenfold.png@/assets/tenfold.png")
file(GLOB _file_deps ${PROJECT_SOURCE_DIR}/assets/icons/*.png)
list(APPEND _file_deps ${_font_file} ${PROJECT_SOURCE_DIR}/assets/tenfold.png)

set(TENFOLD_WEB_LINK_OPTIONS
  "SHELL:--shell-file ${_web}/shell.html" -sMINIFY_HTML=0 -sENVIRONMENT=web -sFORCE_FILESYSTEM=1 -lidbfs.js
  "-sEXPORTED_RUNTIME_METHODS=['ccall','cwrap','UTF8ToString','FS']"
  -sINITIAL_MEMORY=32MB)

add_library(tenfold_web_platform STATIC ${CMAKE_CURRENT_SOURCE_DIR}/platform/platform_web.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/app/app_web.cpp)
target_link_libraries(tenfold_web_platform PUBLIC tenfold_app)
target_compile_options(tenfold_web_platform PRIVATE ${TENFOLD_WARNINGS})

foreach(variant served offline)
  if(variant STREQUAL "served")
    set(target tenfold_web)
    set(name tenfold)
    set(pack --preload-file)
    set(extra)
  else()
    set(target tenfold_web_offline)
    set(name tenfold-offline)
    set(pack --embed-file)
    set(extra -sSINGLE_FILE=1)
  endif()
  add_executable(${target} ${CMAKE_CURRENT_SOURCE_DIR}/app/main_web.cpp)
  add_dependencies(${target} tenfold_web_font)
  target_link_libraries(${target} PRIVATE tenfold_web_platform)
  target_compile_options(${target} PRIVATE ${TENFOLD_WARNINGS})
  set(files)
  foreach(f IN LISTS _files)
    list(APPEND files "SHELL:${pack} ${f}")  # SHELL: keeps each flag with its file (no de-duplication)
  endforeach()
  target_link_options(${target} PRIVATE ${TENFOLD_WEB_LINK_OPTIONS} ${files} ${extra})
  list(JOIN _file_deps ";" deps)
  set_target_properties(${target} PROPERTIES OUTPUT_NAME ${name} SUFFIX ".html"
    RUNTIME_OUTPUT_DIRECTORY ${TENFOLD_WEB_OUT}
    LINK_DEPENDS "${_web}/shell.html;${deps}")
endforeach()
