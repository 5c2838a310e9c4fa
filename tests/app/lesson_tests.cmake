# Lesson files on the command line: every shipped lesson is described and passes `tenfold check` on its own
# answer boards; boards saved after a lesson name the expected misconception; bad files and steps are refused.
# About 40 short processes, no graphics: a few seconds in all.
set(LESSONS ${PROJECT_SOURCE_DIR}/assets/lessons)
set(SAVED ${DATA}/lessons/saved-after-lesson.json)

file(GLOB SHIPPED_LESSONS CONFIGURE_DEPENDS ${LESSONS}/*.json)
foreach(lesson IN LISTS SHIPPED_LESSONS)
  get_filename_component(name ${lesson} NAME_WE)
  tenfold_cli_test("lesson ${name} is described step by step" CODE 0
    OUT "^Lesson: .*Step 1 of [5-8]: .*Prompt: .*Check: .*Answer: " ARGS describe ${lesson})
  tenfold_cli_test("lesson ${name} passes its own answer boards" CODE 0
    OUT "^Checking the answer boards of .*: right\\. .* checked steps are right\\.[\r\n]*$" ARGS check ${lesson} --answers)
endforeach()

tenfold_cli_test("check names the misconception of each saved board" CODE 1
  OUT "Step 1, Represent numbers to 1,000: not right \\(place-holder-zero\\)\\. This shows 35, not 305\\..*Step 7, Flexible partitioning of numbers to 100: right\\. .*1 of 7 checked steps are right\\."
  ARGS check ${SAVED})
foreach(pair "2:concatenation" "3:ten-not-exchanged" "4:smaller-from-larger" "5:larger-denominator" "6:longer-decimal")
  string(REPLACE ":" ";" parts ${pair})
  list(GET parts 0 step)
  list(GET parts 1 id)
  tenfold_cli_test("check --step ${step} names ${id}" CODE 1 OUT "^Checking the saved boards of .*Step ${step}, .*: not right \\(${id}\\)\\. .*Look at the "
    ARGS check ${SAVED} --step ${step})
endforeach()
tenfold_cli_test("check --step of a right board exits 0" CODE 0 OUT "Step 7, .*: right\\. .* make 47\\."
  ARGS check ${SAVED} --step 7)
tenfold_cli_test("check --json prints one JSON document with the misconception's id" CODE 1
  OUT "^\\{.*\"format\": \"tenfold-check\".*\"misconception\": \"smaller-from-larger\".*\\}[\r\n]*$" ARGS check ${SAVED} --step 4 --json)
tenfold_cli_test("describe --json reads a lesson" CODE 0 OUT "\"format\": \"tenfold-lesson-describe\".*\"commands\": 8"
  ARGS describe ${SAVED} --json)
tenfold_cli_test("describe says how a saved board was left" CODE 0 OUT "Board, as the class left it after 8 commands:"
  ARGS describe ${SAVED})
tenfold_cli_test("check refuses a step the lesson does not have" CODE 2 ERR "^tenfold: The lesson has 7 steps: choose a step from 1 to 7\\."
  ARGS check ${SAVED} --step 8)
tenfold_cli_test("check names the place and reason in a broken lesson" CODE 2
  ERR "broken-check\\.json' is not a lesson Tenfold can open: /steps/1/check/vlaue: \"vlaue\" is not something a lesson file"
  ARGS check ${DATA}/lessons/broken-check.json)
tenfold_cli_test("check refuses a board file" CODE 2 ERR "is not a lesson Tenfold can open: /format: This is not a Tenfold lesson file\\."
  ARGS check ${PROJECT_SOURCE_DIR}/assets/boards/forty-seven.json)
tenfold_cli_test("check names a missing lesson file" CODE 2 ERR "^tenfold: cannot read lesson file '.*no-such-lesson.json'"
  ARGS check ${DATA}/no-such-lesson.json)

# Presenting: a lesson saved after teaching keeps every step's board and history, and opens again as
# the class left it (two replays and a check on the file; about 10 seconds).
add_test(NAME "lesson: saved after teaching and opened again as the class left it"
  COMMAND ${CMAKE_COMMAND} "-DEXE=$<TARGET_FILE:tenfold>" -DDATA=${OUT_DIR}/lesson-flow-data
          -DLESSON=${LESSONS}/03-partition-numbers-to-100.json -DSAVE=${DATA}/lessons/present-save.replay
          -DREOPEN=${DATA}/lessons/present-reopen.replay -P ${CMAKE_CURRENT_SOURCE_DIR}/lesson_flow.cmake)
set_tests_properties("lesson: saved after teaching and opened again as the class left it" PROPERTIES
  ENVIRONMENT "SDL_VIDEODRIVER=offscreen;XDG_RUNTIME_DIR=${OUT_DIR}" TIMEOUT 300)
