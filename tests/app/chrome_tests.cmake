# Tests of the chrome around the board: persistent settings, the board library, autosave, and the icons (every icon
# the UI uses exists, loads with stb_image and is drawn as expected; an icon button without its icon still
# works). Plain unit tests: no display and no GL context needed. Included from tests/app/CMakeLists.txt.
add_executable(tenfold_chrome_tests
  ${CMAKE_CURRENT_LIST_DIR}/test_settings_store.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_board_library.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_icons.cpp
  ${CMAKE_CURRENT_LIST_DIR}/test_autosave.cpp)
target_link_libraries(tenfold_chrome_tests PRIVATE tenfold_catch_main tenfold_app Catch2::Catch2)
target_compile_options(tenfold_chrome_tests PRIVATE ${TENFOLD_WARNINGS})
catch_discover_tests(tenfold_chrome_tests TEST_PREFIX "chrome: ")
