# Keeping the work, through the real event path: quitting asks about unsaved changes (Save / Don't save /
# Cancel), and every way of running Tenfold without a window (a
# replay, --spots, --bench) stops promptly on SIGTERM or Ctrl+C with a clear message and a non-zero status.
# About 15 s in all (the signal tests wait 2 s each before the signal). Included from tests/app/CMakeLists.txt.
# tenfold_keep_flow(NAME SCRIPT SAVED-BOARD|NONE [LESSON FILE SAVED-LESSON]): the replay on the default
# board, or on the lesson FILE, then the boards (and lessons) folder checked.
function(tenfold_keep_flow name script saved)
  cmake_parse_arguments(K "" "LESSON;SAVED_LESSON" "" ${ARGN})
  add_test(NAME "keep: ${name}"
    COMMAND ${CMAKE_COMMAND} "-DEXE=$<TARGET_FILE:tenfold>" "-DDATA=${OUT_DIR}/keep-${script}" "-DSCRIPT=${DATA}/keep/${script}.replay"
            "-DSAVED=${saved}" "-DOPEN=${K_LESSON}" "-DSAVED_LESSON=${K_SAVED_LESSON}" -P ${CMAKE_CURRENT_LIST_DIR}/keep_flow.cmake)
  set_tests_properties("keep: ${name}" PROPERTIES ENVIRONMENT "SDL_VIDEODRIVER=offscreen;XDG_RUNTIME_DIR=${OUT_DIR}" TIMEOUT 200)
endfunction()
tenfold_keep_flow("quitting an unchanged board asks nothing" quit-unchanged NONE)
tenfold_keep_flow("quitting with unsaved changes asks; Cancel stays, Save keeps it in Boards" quit-cancel-save "Board 1")
tenfold_keep_flow("quitting with unsaved changes and Don't save keeps nothing" quit-dont-save NONE)
tenfold_keep_flow("quitting a changed lesson asks about the lesson; Save keeps it in Lessons" quit-lesson-save NONE
  LESSON ${PROJECT_SOURCE_DIR}/assets/lessons/02-numbers-to-20.json SAVED_LESSON "Numbers to 20 ten and some more")

# tenfold_signal_test(NAME SIGNAL TERM|INT ERR regex ARGS ...): stopped 2 s after it starts.
function(tenfold_signal_test name)
  cmake_parse_arguments(T "" "SIGNAL;ERR" "ARGS" ${ARGN})
  string(REPLACE ";" "|" args "${T_ARGS}")
  add_test(NAME "signal: ${name}"
    COMMAND ${CMAKE_COMMAND} "-DEXE=$<TARGET_FILE:tenfold>" "-DSIGNAL=${T_SIGNAL}" -DAFTER=2 "-DARGS=${args}"
            "-DERR_REGEX=${T_ERR}" -P ${CMAKE_CURRENT_LIST_DIR}/run_signal.cmake)
  set_tests_properties("signal: ${name}" PROPERTIES ENVIRONMENT "SDL_VIDEODRIVER=offscreen;XDG_RUNTIME_DIR=${OUT_DIR}" TIMEOUT 60)
endfunction()
tenfold_signal_test("a replay stops on SIGTERM and says so" SIGNAL TERM
  ERR "long.replay:[0-9]+: the replay was stopped by SIGTERM" ARGS --replay ${DATA}/keep/long.replay --size 640x360)
tenfold_signal_test("a replay stops on Ctrl+C and says so" SIGNAL INT
  ERR "long.replay:[0-9]+: the replay was stopped by SIGINT" ARGS --replay ${DATA}/keep/long.replay --size 640x360)
tenfold_signal_test("--spots with a script stops on SIGTERM and says so" SIGNAL TERM
  ERR "the replay was stopped by SIGTERM" ARGS --spots --replay ${DATA}/keep/long.replay --size 640x360)
tenfold_signal_test("--bench stops on SIGTERM and says so" SIGNAL TERM
  ERR "--bench was stopped by SIGTERM" ARGS --bench --frames 100000 --size 640x360)
