# The gallery's Duplicate, Delete (with its question), Undo and Save in place through the real event path,
# in a boards folder of its own: plays tests/data/gallery/duplicate-delete-undo-save.replay on a folder
# holding one board, "Lesson", then checks the files: the copy is there, the deleted board came back and
# was saved in place with a thumbnail, and nothing is left in the trash or half-written.
# -DEXE=tenfold -DDATA=<empty folder> -DBOARD=<a board file> -DSCRIPT=<the replay>
file(REMOVE_RECURSE ${DATA})
set(boards ${DATA}/tenfold/boards)
file(MAKE_DIRECTORY ${boards})
configure_file(${BOARD} ${boards}/Lesson.json COPYONLY)
file(SIZE ${boards}/Lesson.json written_by_hand)
execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_DATA_HOME=${DATA} XDG_CONFIG_HOME=${DATA}/config
                        ${EXE} --replay ${SCRIPT} --size 1366x768
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 200)
set(problems "")
if(NOT code EQUAL 0)
  string(APPEND problems "exit status ${code}\n")
endif()
foreach(f "Lesson.json" "Lesson (2).json" "Lesson.png")
  if(NOT EXISTS "${boards}/${f}")
    string(APPEND problems "${f} is missing\n")
  endif()
endforeach()
if(EXISTS ${boards}/Lesson.json)
  file(SIZE ${boards}/Lesson.json saved)
  if(saved EQUAL written_by_hand)
    string(APPEND problems "Lesson.json was not saved in place (still the file written by hand)\n")
  endif()
endif()
file(GLOB left ${boards}/.trash/* ${boards}/.*saving*)
if(left)
  string(APPEND problems "left behind: ${left}\n")
endif()
if(problems)
  file(GLOB listed RELATIVE ${boards} ${boards}/*)
  message(FATAL_ERROR "${problems}folder: ${listed}\n--- stdout:\n${out}\n--- stderr:\n${err}")
endif()
message(STATUS "ok: the gallery duplicated, deleted, brought back and saved in place")
