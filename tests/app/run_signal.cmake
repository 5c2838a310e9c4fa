# Runs tenfold, sends it a stop signal after a while (coreutils' timeout, with the signal's default action
# restored first), and checks that it stopped promptly, with the status a shell reports for that signal
# and stderr matching a pattern.
# -DEXE=tenfold -DSIGNAL=TERM|INT -DAFTER=<seconds> -DARGS=a|b|c -DERR_REGEX=<regex>
string(REPLACE "|" ";" args "${ARGS}")
set(grace 4)  # seconds it may take to stop after the signal
string(TIMESTAMP t0 "%s")
execute_process(COMMAND env --default-signal=${SIGNAL} timeout --preserve-status -s ${SIGNAL} -k 20 ${AFTER} ${EXE} ${args}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(TIMESTAMP t1 "%s")
math(EXPR elapsed "${t1} - ${t0}")
math(EXPR limit "${AFTER} + ${grace}")
if(SIGNAL STREQUAL "TERM")
  set(expected 143)
else()
  set(expected 130)
endif()
set(problems "")
if(NOT code EQUAL expected)
  string(APPEND problems "exit status ${code}, expected ${expected} (128 + SIG${SIGNAL}; 137: it had to be killed)\n")
endif()
if(elapsed GREATER limit)
  string(APPEND problems "it took ${elapsed} s in all, more than ${grace} s after the signal\n")
endif()
if(NOT err MATCHES "${ERR_REGEX}")
  string(APPEND problems "stderr does not match: ${ERR_REGEX}\n")
endif()
if(problems)
  message(FATAL_ERROR "${problems}--- stdout:\n${out}\n--- stderr:\n${err}")
endif()
message(STATUS "stopped by SIG${SIGNAL} in ${elapsed} s, status ${code}: ${err}")
