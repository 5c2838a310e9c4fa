# Command-line tests of reading and writing the user's files: a pipe, a device or a huge file given as a
# board or a replay script is refused at once (a pipe that nobody writes to must not hang: the run has 20
# seconds), and a screenshot that cannot be written fails the run. Included from tests/app/CMakeLists.txt.
set(FILE_TEST_DIR ${OUT_DIR}/file-tests)
file(MAKE_DIRECTORY ${FILE_TEST_DIR})
set(NOT_ORDINARY "is not an ordinary file \\(it is a device, a pipe or a socket\\), so Tenfold does not read it")

tenfold_cli_test("a pipe given as a board is refused at once" CODE 2 TIME_LIMIT 20 FIFO ${FILE_TEST_DIR}/pipe-board.json
  ERR "^tenfold: cannot read board file '.*pipe-board.json': \".*pipe-board.json\" ${NOT_ORDINARY}"
  ARGS describe ${FILE_TEST_DIR}/pipe-board.json)
tenfold_cli_test("a pipe given as a replay script is refused at once" CODE 2 TIME_LIMIT 20 FIFO ${FILE_TEST_DIR}/pipe.replay
  ERR "^tenfold: cannot read replay script '.*pipe.replay': \".*pipe.replay\" ${NOT_ORDINARY}"
  ARGS --replay ${FILE_TEST_DIR}/pipe.replay --size 320x200)
tenfold_cli_test("/dev/zero given as a board is refused at once" CODE 2 TIME_LIMIT 20
  ERR "^tenfold: cannot read board file '/dev/zero': \"/dev/zero\" ${NOT_ORDINARY}" ARGS describe /dev/zero)
tenfold_cli_test("/dev/zero given as a replay script is refused at once" CODE 2 TIME_LIMIT 20
  ERR "^tenfold: cannot read replay script '/dev/zero': \"/dev/zero\" ${NOT_ORDINARY}" ARGS --replay /dev/zero --size 320x200)
tenfold_cli_test("a board file of 1 GB is refused without being read" CODE 2 TIME_LIMIT 20
  SPARSE ${FILE_TEST_DIR}/huge-board.json SPARSE_BYTES 1073741824
  ERR "^tenfold: cannot read board file '.*huge-board.json': \".*huge-board.json\" is larger than 16 MB, too large for Tenfold to open"
  ARGS describe ${FILE_TEST_DIR}/huge-board.json)
tenfold_cli_test("a replay script of 44 MB is refused without being read" CODE 2 TIME_LIMIT 20
  SPARSE ${FILE_TEST_DIR}/huge.replay SPARSE_BYTES 46137344
  ERR "^tenfold: cannot read replay script '.*huge.replay': \".*huge.replay\" is larger than 1 MB, too large for Tenfold to open"
  ARGS --replay ${FILE_TEST_DIR}/huge.replay --size 320x200)
tenfold_cli_test("a screenshot onto /dev/full fails the run" CODE 2
  ERR "cannot write /dev/full: \"/dev/full\" is not an ordinary file, so Tenfold will not write over it"
  ARGS --screenshot /dev/full --size 320x200)

# The gallery's Duplicate, Delete, Undo and Save in place, checked on the files they leave.
add_test(NAME "gallery: duplicate, delete, undo and save in place leave the right files"
  COMMAND ${CMAKE_COMMAND} "-DEXE=$<TARGET_FILE:tenfold>" -DDATA=${FILE_TEST_DIR}/gallery-data
          -DBOARD=${PROJECT_SOURCE_DIR}/assets/boards/forty-seven.json
          -DSCRIPT=${PROJECT_SOURCE_DIR}/tests/data/gallery/duplicate-delete-undo-save.replay
          -P ${CMAKE_CURRENT_SOURCE_DIR}/gallery_flow.cmake)
set_tests_properties("gallery: duplicate, delete, undo and save in place leave the right files" PROPERTIES
  ENVIRONMENT "SDL_VIDEODRIVER=offscreen;XDG_RUNTIME_DIR=${OUT_DIR}" TIMEOUT 300)
