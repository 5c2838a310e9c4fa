# A lesson saved after teaching and opened again: plays tests/data/lessons/present-save.replay on a
# shipped lesson with an empty data folder, checks the saved file (in the lessons folder, nothing half
# written, `tenfold check` sees step 1 right as the class left it), then plays present-reopen.replay,
# which opens it from the gallery and finds every step as it was left, history included.
# -DEXE=tenfold -DDATA=<empty folder> -DLESSON=<a lesson file> -DSAVE=<replay> -DREOPEN=<replay>
file(REMOVE_RECURSE ${DATA})
file(MAKE_DIRECTORY ${DATA})
set(env ${CMAKE_COMMAND} -E env XDG_DATA_HOME=${DATA} XDG_CONFIG_HOME=${DATA}/config)
set(problems "")
execute_process(COMMAND ${env} ${EXE} --replay ${SAVE} --size 1920x1080 ${LESSON}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 200)
if(NOT code EQUAL 0)
  string(APPEND problems "saving: exit status ${code}\n${out}${err}\n")
endif()
set(saved "${DATA}/tenfold/lessons/Partition numbers to 100.json")
if(NOT EXISTS "${saved}")
  file(GLOB listed ${DATA}/tenfold/lessons/*)
  string(APPEND problems "the saved lesson is missing (found: ${listed})\n")
else()
  file(GLOB left ${DATA}/tenfold/lessons/.* ${DATA}/tenfold/lessons/*saving*)
  if(left)
    string(APPEND problems "left behind: ${left}\n")
  endif()
  execute_process(COMMAND ${EXE} check "${saved}" --step 1 RESULT_VARIABLE checked OUTPUT_VARIABLE report ERROR_VARIABLE cerr)
  if(NOT checked EQUAL 0 OR NOT report MATCHES "Step 1, Numbers to 100: right\\. 4 tens and 7 ones make 47\\.")
    string(APPEND problems "check of the saved step 1 (${checked}): ${report}${cerr}\n")
  endif()
  execute_process(COMMAND ${env} ${EXE} --replay ${REOPEN} --size 1920x1080
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 200)
  if(NOT code EQUAL 0)
    string(APPEND problems "reopening: exit status ${code}\n${out}${err}\n")
  endif()
endif()
if(problems)
  message(FATAL_ERROR "${problems}")
endif()
message(STATUS "ok: the lesson was saved with every step's history and opened again as the class left it")
