# Installing and packaging the native app (included by the top-level CMakeLists.txt; not in the web build).
#   cmake --install build --prefix /usr    the binary, its assets, a .desktop file, the icon and AppStream
#                                         metadata where Linux desktops and software centres look for them
#   (cd build && cpack -G DEB)            tenfold_<version>_<arch>.deb, for apt install ./tenfold_*.deb
# The binary finds its assets in <prefix>/share/tenfold/assets (ui::assetsCandidates); the board font is
# Debian's Andika, a dependency of the package.
include(GNUInstallDirs)
install(TARGETS tenfold RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/icons ${PROJECT_SOURCE_DIR}/assets/boards
        DESTINATION ${CMAKE_INSTALL_DATADIR}/tenfold/assets)
install(FILES ${PROJECT_SOURCE_DIR}/assets/tenfold.png DESTINATION ${CMAKE_INSTALL_DATADIR}/tenfold/assets)
install(FILES ${PROJECT_SOURCE_DIR}/cmake/packaging/tenfold.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/assets/tenfold.png DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps)
configure_file(${PROJECT_SOURCE_DIR}/cmake/packaging/tenfold.metainfo.xml ${CMAKE_BINARY_DIR}/tenfold.metainfo.xml @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/tenfold.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tenfold)
set(CPACK_PACKAGE_VENDOR "Tenfold")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "virtual maths manipulatives for primary classrooms")
set(CPACK_PACKAGE_DESCRIPTION "Base-10 blocks, place value counters and charts, bead strings, part-whole and bar
models on one board, linked so that one quantity is shown concretely, pictorially and abstractly. Made for
interactive whiteboards and touch screens: several children can drag pieces at once.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Tenfold project")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
# Shared libraries found by dpkg-shlibdeps (SDL2, libepoxy, libstb, the C++ runtime); and what is loaded at
# run time: the board font, OpenGL (GLX in a window, EGL offscreen) and Mesa's drivers.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-sil-andika, libgl1, libegl1")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libgl1-mesa-dri")
include(CPack)
