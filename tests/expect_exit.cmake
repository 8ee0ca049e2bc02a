# cmake -DEXPECTED=<code> -DCOMMAND=<cmd;args> -P expect_exit.cmake
# Runs COMMAND and fails unless it exits with EXPECTED; prints its output either way.
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT "${result}" STREQUAL "${EXPECTED}")
  message(FATAL_ERROR "expected exit code ${EXPECTED}, got ${result}")
endif()
