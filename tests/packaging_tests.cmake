# Install into the build tree, then prove that an outside project finds the library with
# find_package(govplan) and with pkg-config, and that the installed Python package imports.
# Skipped in sanitizer builds (GOVPLAN_PACKAGING_TESTS=OFF): an outside project would need the
# same sanitizer runtime.
option(GOVPLAN_PACKAGING_TESTS "Test the installed package from outside projects" ON)
if(NOT GOVPLAN_PACKAGING_TESTS)
  return()
endif()
set(prefix "${PROJECT_BINARY_DIR}/test-install")
add_test(NAME "packaging: cmake --install to a prefix"
  COMMAND "${CMAKE_COMMAND}" --install "${PROJECT_BINARY_DIR}" --prefix "${prefix}")
set_tests_properties("packaging: cmake --install to a prefix" PROPERTIES FIXTURES_SETUP installed)

add_test(NAME "packaging: an outside project uses find_package(govplan)"
  COMMAND "${CMAKE_CTEST_COMMAND}" --build-and-test
    "${CMAKE_CURRENT_SOURCE_DIR}/find-package" "${PROJECT_BINARY_DIR}/find-package-test"
    --build-generator "${CMAKE_GENERATOR}"
    --build-options "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}"
    --test-command consumer "${PROJECT_SOURCE_DIR}/examples/plans/chanh-lo-2024.txt")
set_tests_properties("packaging: an outside project uses find_package(govplan)" PROPERTIES
  FIXTURES_REQUIRED installed PASS_REGULAR_EXPRESSION "consumer: /KH-UBND 2024-02")

add_test(NAME "packaging: an outside project links govplan::json and govplan::render"
  COMMAND "${CMAKE_CTEST_COMMAND}" --build-and-test
    "${CMAKE_CURRENT_SOURCE_DIR}/find-package" "${PROJECT_BINARY_DIR}/find-package-io-test"
    --build-generator "${CMAKE_GENERATOR}"
    --build-options "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}"
    --test-command io_consumer)
set_tests_properties("packaging: an outside project links govplan::json and govplan::render" PROPERTIES
  FIXTURES_REQUIRED installed
  PASS_REGULAR_EXPRESSION "io-consumer: 250 working days, json ok, ics ok, schedules ok")

add_test(NAME "packaging: an outside program builds with pkg-config"
  COMMAND sh -c "PKG_CONFIG_PATH='${prefix}/${CMAKE_INSTALL_LIBDIR}/pkgconfig' && export PKG_CONFIG_PATH && \
'${CMAKE_CXX_COMPILER}' '${CMAKE_CURRENT_SOURCE_DIR}/find-package/main.cpp' $(pkg-config --cflags --libs govplan) \
-o '${PROJECT_BINARY_DIR}/pkg-config-consumer' && '${PROJECT_BINARY_DIR}/pkg-config-consumer' \
'${PROJECT_SOURCE_DIR}/examples/plans/chanh-lo-2024.txt'")
set_tests_properties("packaging: an outside program builds with pkg-config" PROPERTIES
  FIXTURES_REQUIRED installed PASS_REGULAR_EXPRESSION "consumer: /KH-UBND 2024-02")

if(GOVPLAN_BUILD_PYTHON)
  add_test(NAME "packaging: the installed Python package imports"
    COMMAND "${CMAKE_COMMAND}" -E env "PYTHONPATH=${prefix}/${GOVPLAN_PYTHON_INSTALL_DIR}"
      "${GOVPLAN_PYTHON_EXECUTABLE}" -c
      "import govplan, os; assert os.path.dirname(govplan.__file__).startswith('${prefix}'); print('govplan', govplan.__version__)")
  set_tests_properties("packaging: the installed Python package imports" PROPERTIES
    FIXTURES_REQUIRED installed PASS_REGULAR_EXPRESSION "govplan ${PROJECT_VERSION}")
endif()
