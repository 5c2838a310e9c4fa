# The WebAssembly build (configured with emcmake by scripts/web): Tenfold's dependencies made from Debian's
# packages only. SDL2 and Dear ImGui are compiled from their Debian source packages, which scripts/web unpacks
# into TENFOLD_WEB_SOURCES; GLM, nlohmann-json, Catch2 and stb are Debian's own headers, seen through a folder
# of links so that the host's /usr/include (glibc's headers) never enters the WebAssembly include path. The
# targets get the names the native build has from find_package and pkg-config, so the rest of the build is
# the same on both sides.
if(NOT EMSCRIPTEN)
  message(FATAL_ERROR "cmake/web.cmake is for the WebAssembly build: configure it with emcmake (see scripts/web)")
endif()

set(TENFOLD_WEB_SOURCES "${CMAKE_BINARY_DIR}/../cache" CACHE PATH
    "Where scripts/web unpacked Debian's libsdl2 and imgui source packages")
set(TENFOLD_WEB_OUT "${CMAKE_BINARY_DIR}/.." CACHE PATH "Where the browser app (tenfold.html, ...) is written")

# C++ exceptions are caught (board files, shader errors); memory grows with the board.
add_compile_options(-fexceptions)
add_link_options(-fexceptions -sALLOW_MEMORY_GROWTH=1)

# Debian's header-only libraries, through links in the build folder.
set(TENFOLD_WEB_INCLUDE "${CMAKE_BINARY_DIR}/web-include")
file(MAKE_DIRECTORY "${TENFOLD_WEB_INCLUDE}")
foreach(entry glm:libglm-dev nlohmann:nlohmann-json3-dev stb:libstb-dev catch2:catch2)
  string(REPLACE ":" ";" entry "${entry}")
  list(GET entry 0 dir)
  list(GET entry 1 package)
  if(NOT IS_DIRECTORY "/usr/include/${dir}")
    message(FATAL_ERROR "/usr/include/${dir} is missing: apt-get install ${package} (scripts/web does)")
  endif()
  if(NOT EXISTS "${TENFOLD_WEB_INCLUDE}/${dir}")
    file(CREATE_LINK "/usr/include/${dir}" "${TENFOLD_WEB_INCLUDE}/${dir}" SYMBOLIC)
  endif()
endforeach()

add_library(tenfold_web_headers INTERFACE)
target_include_directories(tenfold_web_headers SYSTEM INTERFACE "${TENFOLD_WEB_INCLUDE}")
add_library(nlohmann_json::nlohmann_json ALIAS tenfold_web_headers)
add_library(glm::glm ALIAS tenfold_web_headers)

# Catch2: its header, and its CMake module for catch_discover_tests (which runs the tests through node).
add_library(tenfold_web_catch2 INTERFACE)
target_include_directories(tenfold_web_catch2 SYSTEM INTERFACE "${TENFOLD_WEB_INCLUDE}")
add_library(Catch2::Catch2 ALIAS tenfold_web_catch2)
list(APPEND CMAKE_MODULE_PATH /usr/lib/cmake/Catch2)

if(TENFOLD_MODEL_ONLY)
  # Unit tests run under node on the real file system (test data is read from the source tree), and their
  # exit status is the process's.
  add_link_options(-sNODERAWFS=1 -sEXIT_RUNTIME=1 -sENVIRONMENT=node)
  return()
endif()

enable_language(C)  # SDL is C

# --- SDL2 from Debian's source package: no configure step. SDL's own SDL_config.h picks
# SDL_config_emscripten.h; what the app does not use (audio, haptics, sensors, SDL's 2D renderer)
# is switched off, and only the sources of the emscripten video, events and timer backends are compiled.
file(GLOB TENFOLD_WEB_SDL_DIR LIST_DIRECTORIES true "${TENFOLD_WEB_SOURCES}/libsdl2-2*")
if(NOT TENFOLD_WEB_SDL_DIR OR NOT EXISTS "${TENFOLD_WEB_SDL_DIR}/include/SDL_config_emscripten.h")
  message(FATAL_ERROR "Debian's libsdl2 source package is not in ${TENFOLD_WEB_SOURCES}: run scripts/web")
endif()
set(_sdl "${TENFOLD_WEB_SDL_DIR}/src")
set(_sdl_dirs . atomic cpuinfo dynapi events filesystem/emscripten libm loadso/dlopen locale locale/emscripten
    misc misc/emscripten power power/emscripten stdlib thread thread/generic timer timer/unix video
    video/emscripten video/yuv2rgb joystick joystick/emscripten)
set(TENFOLD_WEB_SDL_SOURCES "${_sdl}/file/SDL_rwops.c")
foreach(dir IN LISTS _sdl_dirs)
  file(GLOB _c "${_sdl}/${dir}/*.c")
  list(APPEND TENFOLD_WEB_SDL_SOURCES ${_c})
endforeach()
add_library(tenfold_web_sdl2 STATIC ${TENFOLD_WEB_SDL_SOURCES})
target_include_directories(tenfold_web_sdl2 SYSTEM PUBLIC "${TENFOLD_WEB_SDL_DIR}/include")
target_compile_definitions(tenfold_web_sdl2 PRIVATE SDL_AUDIO_DISABLED=1
  SDL_HAPTIC_DISABLED=1 SDL_SENSOR_DISABLED=1 SDL_RENDER_DISABLED=1 SDL_HIDAPI_DISABLED=1)
target_compile_options(tenfold_web_sdl2 PRIVATE -w)
add_library(SDL2::SDL2 ALIAS tenfold_web_sdl2)

# --- Dear ImGui 1.86 from Debian's source package, built as Debian builds it (stb from Debian's headers),
# with the OpenGL ES 3 (WebGL2) backend.
file(GLOB TENFOLD_WEB_IMGUI_DIR LIST_DIRECTORIES true "${TENFOLD_WEB_SOURCES}/imgui-1*")
if(NOT TENFOLD_WEB_IMGUI_DIR OR NOT EXISTS "${TENFOLD_WEB_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Debian's imgui source package is not in ${TENFOLD_WEB_SOURCES}: run scripts/web")
endif()
set(_im "${TENFOLD_WEB_IMGUI_DIR}")
add_library(tenfold_web_imgui STATIC ${_im}/imgui.cpp ${_im}/imgui_draw.cpp ${_im}/imgui_tables.cpp
  ${_im}/imgui_widgets.cpp ${_im}/backends/imgui_impl_sdl.cpp ${_im}/backends/imgui_impl_opengl3.cpp)
target_include_directories(tenfold_web_imgui SYSTEM PUBLIC ${_im} ${_im}/backends)
target_compile_definitions(tenfold_web_imgui PRIVATE IMGUI_IMPL_OPENGL_ES3
  IMGUI_DISABLE_STB_RECT_PACK_IMPLEMENTATION "IMGUI_STB_RECT_PACK_FILENAME=<stb/stb_rect_pack.h>"
  IMGUI_DISABLE_STB_TRUETYPE_IMPLEMENTATION "IMGUI_STB_TRUETYPE_FILENAME=<stb/stb_truetype.h>")
target_compile_options(tenfold_web_imgui PRIVATE -w)
target_link_libraries(tenfold_web_imgui PUBLIC tenfold_web_sdl2 tenfold_web_headers tenfold_web_stb)

# --- stb: Debian's libstb.so is native only, so its implementations are compiled once, here, for wasm.
add_library(tenfold_web_stb STATIC ${PROJECT_SOURCE_DIR}/src/platform/stb_web.cpp)
target_include_directories(tenfold_web_stb SYSTEM PUBLIC "${TENFOLD_WEB_INCLUDE}" "${TENFOLD_WEB_INCLUDE}/stb")
target_compile_options(tenfold_web_stb PRIVATE -w)

add_library(PkgConfig::IMGUI ALIAS tenfold_web_imgui)
add_library(PkgConfig::STB ALIAS tenfold_web_stb)
# No loader and no desktop GL: emscripten's <GLES3/gl3.h> is WebGL2 (see src/render/gl.hpp).
add_library(tenfold_web_gl INTERFACE)
target_link_options(tenfold_web_gl INTERFACE -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
add_library(PkgConfig::EPOXY ALIAS tenfold_web_gl)
add_library(OpenGL::GL ALIAS tenfold_web_gl)
