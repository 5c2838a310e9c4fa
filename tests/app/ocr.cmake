# Renders a board with --screenshot and --texts, then reads every child-facing text back with OCR
# (tenfold_ocr_check) and fails when any reads differently from what was drawn. The picture, the texts
# dump and the crops stay in build/test-output.
set(cmd ${EXE} --screenshot ${OUT}.png --texts ${OUT}.json --size ${SIZE})
if(BOARD)
  list(APPEND cmd ${BOARD})
endif()
execute_process(COMMAND ${cmd} RESULT_VARIABLE code ERROR_VARIABLE err TIMEOUT 200)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "screenshot failed (${code}): ${err}")
endif()
execute_process(COMMAND ${OCR} ${OUT}.png ${OUT}.json ${OUT}-crops RESULT_VARIABLE code OUTPUT_VARIABLE out
                ERROR_VARIABLE err TIMEOUT 200)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "${out}${err}picture: ${OUT}.png\ntexts: ${OUT}.json")
endif()
message(STATUS "${out}")
