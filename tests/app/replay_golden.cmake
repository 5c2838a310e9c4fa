# Plays a replay script at a given size (as a child would, with taps only) and compares the picture its
# `screenshot` step wrote with a golden PNG: the golden is of a flow, not of a board written by hand. The
# actual picture and a diff on failure stay in WORK; scripts/update-goldens refreshes the golden.
file(MAKE_DIRECTORY ${WORK})
file(REMOVE ${WORK}/${SHOT})
execute_process(COMMAND ${EXE} --replay ${SCRIPT} --size ${SIZE} WORKING_DIRECTORY ${WORK}
                RESULT_VARIABLE code ERROR_VARIABLE err TIMEOUT 250)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "replay failed (${code}): ${err}")
endif()
string(REGEX REPLACE "\\.png$" "-diff.png" diff "${WORK}/${SHOT}")
execute_process(COMMAND ${CMP} ${GOLDEN} ${WORK}/${SHOT} ${diff} RESULT_VARIABLE cmp OUTPUT_VARIABLE out ERROR_VARIABLE cerr)
if(NOT cmp EQUAL 0)
  message(FATAL_ERROR "${out}${cerr}actual: ${WORK}/${SHOT}\ngolden: ${GOLDEN}\ndiff: ${diff}")
endif()
message(STATUS "${out}")
