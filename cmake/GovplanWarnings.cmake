# govplan_set_warnings(target): the project's warning set, -Werror when GOVPLAN_WARNINGS_AS_ERRORS.
function(govplan_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wconversion -Wshadow)
    # GCC 12 reports impossible overlaps inside libstdc++'s std::string concatenation at -O3
    # (GCC bug 105651, fixed in GCC 13): not our code, so not our warning.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
    if(GOVPLAN_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
