# The command-line tool run as a user runs it; exit codes are checked exactly by
# tests/expect_exit.cmake. (The Python suite tests the output in detail.)
set(GOVPLAN_SEED "${PROJECT_SOURCE_DIR}/examples/plans/chanh-lo-2024.txt")
function(govplan_cli_test name expected_exit)
  add_test(NAME "cli: ${name}"
    COMMAND "${CMAKE_COMMAND}" "-DEXPECTED=${expected_exit}"
            "-DCOMMAND=$<TARGET_FILE:govplan_cli>;${ARGN}"
            -P "${CMAKE_CURRENT_SOURCE_DIR}/expect_exit.cmake")
endfunction()
govplan_cli_test("the main job inspects the Chánh Lộ plan and succeeds" 0 inspect "${GOVPLAN_SEED}")
govplan_cli_test("help exits 0" 0 --help)
govplan_cli_test("version exits 0" 0 --version)
govplan_cli_test("an unknown subcommand is a usage error" 2 frobnicate)
govplan_cli_test("a missing argument is a usage error" 2 parse-date)
govplan_cli_test("an impossible date is a problem in the input" 1 parse-date 30/02/2024)
govplan_cli_test("a malformed number is a problem in the input" 1 parse-number "43/KH+UBND")
govplan_cli_test("a missing file is a problem in the input" 1 inspect "${PROJECT_SOURCE_DIR}/no/such/file.txt")
