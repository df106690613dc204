# cmake -P script: install, build the consumer both ways, run it, compare.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(READ ${CONSUMER_DIR}/expected.yaml expected)

run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

# 1. find_package(cfnpp CONFIG REQUIRED) + target_link_libraries(... cfnpp::cfnpp)
run(${CMAKE_COMMAND} -S ${CONSUMER_DIR} -B ${WORK_DIR}/build -DCMAKE_PREFIX_PATH=${prefix}
    -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=Release)
run(${CMAKE_COMMAND} --build ${WORK_DIR}/build)
run(${WORK_DIR}/build/stack)
if(NOT run_output STREQUAL expected)
  message(FATAL_ERROR "CMake consumer printed:\n${run_output}\nexpected:\n${expected}")
endif()
# cfnpp_add_template() from the installed package: its drift test passes.
run(${CMAKE_CTEST_COMMAND} --test-dir ${WORK_DIR}/build --output-on-failure)

# 2. pkg-config --cflags --libs cfnpp
find_program(PKG_CONFIG pkg-config REQUIRED)
set(ENV{PKG_CONFIG_PATH} ${prefix}/${LIBDIR}/pkgconfig)
execute_process(COMMAND ${PKG_CONFIG} --cflags --libs --static cfnpp OUTPUT_VARIABLE flags RESULT_VARIABLE rc
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pkg-config does not know cfnpp")
endif()
separate_arguments(flags UNIX_COMMAND "${flags}")
run(${CXX} ${CONSUMER_DIR}/main.cpp -o ${WORK_DIR}/stack-pc ${flags})
run(${WORK_DIR}/stack-pc)
if(NOT run_output STREQUAL expected)
  message(FATAL_ERROR "pkg-config consumer printed:\n${run_output}")
endif()

# 3. The installed tool runs.
run(${prefix}/bin/cfnpp --version)
message(STATUS "installed ${prefix}: ${run_output}")
