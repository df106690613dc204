# cmake -P script: install, build the consumers both ways (CMake package and
# pkg-config), run them, compare their output; then a core-only install.
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

# Configures and builds the CMake project SOURCE against the prefix, runs its
# PROGRAM and compares what it prints with EXPECTED.
function(cmake_consumer name source program expected)
  run(${CMAKE_COMMAND} -S ${source} -B ${WORK_DIR}/${name} -DCMAKE_PREFIX_PATH=${prefix}
      -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=Release)
  run(${CMAKE_COMMAND} --build ${WORK_DIR}/${name})
  run(${WORK_DIR}/${name}/${program})
  if(NOT run_output STREQUAL expected)
    message(FATAL_ERROR "CMake consumer ${name} printed:\n${run_output}\nexpected:\n${expected}")
  endif()
endfunction()

# Compiles SOURCE with `pkg-config --cflags --libs PACKAGE` (the README's
# command: no --static, so what a static libcfnpp needs must be in Requires),
# runs it and compares what it prints with EXPECTED.
function(pkg_config_consumer package source expected)
  execute_process(COMMAND ${PKG_CONFIG} --cflags --libs ${package} OUTPUT_VARIABLE flags RESULT_VARIABLE rc
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pkg-config does not know ${package}")
  endif()
  separate_arguments(flags UNIX_COMMAND "${flags}")
  run(${CXX} ${source} -o ${WORK_DIR}/${package}-pc ${flags})
  run(${WORK_DIR}/${package}-pc)
  if(NOT run_output STREQUAL expected)
    message(FATAL_ERROR "pkg-config consumer of ${package} printed:\n${run_output}\nexpected:\n${expected}")
  endif()
endfunction()

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(READ ${CONSUMER_DIR}/expected.yaml expected)
file(READ ${AUTOHEAL_TEMPLATE} autoheal_expected)
find_program(PKG_CONFIG pkg-config REQUIRED)
set(ENV{PKG_CONFIG_PATH} ${prefix}/${LIBDIR}/pkgconfig)

run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

# 1. The core: find_package(cfnpp CONFIG REQUIRED) + cfnpp::cfnpp, and pkg-config cfnpp.
cmake_consumer(build ${CONSUMER_DIR} stack "${expected}")
# cfnpp_add_template() from the installed package: its drift test passes.
run(${CMAKE_CTEST_COMMAND} --test-dir ${WORK_DIR}/build --output-on-failure)
pkg_config_consumer(cfnpp ${CONSUMER_DIR}/main.cpp "${expected}")

# 1b. cfnpp_precompile_headers(): the same program with the core and the iam and
#     s3 headers precompiled prints the same; the precompiled header is there and
#     holds them. A service without a header stops the configure, naming it.
cmake_consumer(precompiled-build ${PRECOMPILED_DIR} stack "${expected}")
file(GLOB_RECURSE pch_binaries ${WORK_DIR}/precompiled-build/CMakeFiles/stack.dir/*.gch)
file(GLOB_RECURSE pch_headers ${WORK_DIR}/precompiled-build/CMakeFiles/stack.dir/cmake_pch.hxx)
if(NOT pch_binaries OR NOT pch_headers)
  message(FATAL_ERROR "cfnpp_precompile_headers made no precompiled header: ${pch_binaries} ${pch_headers}")
endif()
file(READ ${pch_headers} pch_text)
foreach(header cfn/cfn.hpp cfn/aws/iam.hpp cfn/aws/s3.hpp)
  if(NOT pch_text MATCHES "#include <${header}>")
    message(FATAL_ERROR "the precompiled header does not include ${header}:\n${pch_text}")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -S ${PRECOMPILED_DIR} -B ${WORK_DIR}/precompiled-bad -DCMAKE_PREFIX_PATH=${prefix}
                -DCMAKE_CXX_COMPILER=${CXX} -DSERVICES=nosuch RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "no service header cfn/aws/nosuch.hpp")
  message(FATAL_ERROR "cfnpp_precompile_headers with an unknown service (exit ${rc}):\n${out}\n${err}")
endif()

# 2. The optional component: find_package(cfnpp COMPONENTS patterns) + cfnpp::patterns,
#    and pkg-config cfnpp-patterns, give a stack pattern that prints the checked-in template.
cmake_consumer(patterns-build ${PATTERNS_CONSUMER_DIR} autoheal_stack "${autoheal_expected}")
pkg_config_consumer(cfnpp-patterns ${PATTERNS_CONSUMER_DIR}/main.cpp "${autoheal_expected}")

# 2b. Every example of examples/ builds against the package and does its job.
run(${CMAKE_COMMAND} -S ${EXAMPLES_DIR} -B ${WORK_DIR}/examples -DCMAKE_PREFIX_PATH=${prefix}
    -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=Release)
run(${CMAKE_COMMAND} --build ${WORK_DIR}/examples)
run(${WORK_DIR}/examples/lint_template ${AUTOHEAL_TEMPLATE})  # no error in a generated template
run(${WORK_DIR}/examples/diff_templates ${AUTOHEAL_TEMPLATE} ${AUTOHEAL_TEMPLATE})
if(NOT run_output MATCHES "No change")
  message(FATAL_ERROR "diff_templates of a template with itself printed:\n${run_output}")
endif()
run(${WORK_DIR}/examples/blocks_stack)
set(blocks_yaml ${WORK_DIR}/blocks_stack.yaml)
file(WRITE ${blocks_yaml} "${run_output}")
foreach(part BlueGroup GreenGroup NetVpc OpsTopic)
  if(NOT run_output MATCHES "\n  ${part}:\n")
    message(FATAL_ERROR "blocks_stack has no resource ${part}:\n${run_output}")
  endif()
endforeach()
run(${WORK_DIR}/examples/lint_template ${blocks_yaml})
execute_process(COMMAND ${WORK_DIR}/examples/diff_templates ${AUTOHEAL_TEMPLATE} ${blocks_yaml}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT out MATCHES "BlueGroup")
  message(FATAL_ERROR "diff_templates of two different templates (exit ${rc}):\n${out}\n${err}")
endif()

# 3. Without the component: a core-only install has no patterns library, header or package file.
set(core_prefix ${WORK_DIR}/core-prefix)
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${core_prefix} --component core)
if(NOT EXISTS ${core_prefix}/include/cfn/template.hpp)
  message(FATAL_ERROR "the core component did not install the core headers")
endif()
foreach(path include/cfn/patterns ${LIBDIR}/cmake/cfnpp/cfnppPatternsTargets.cmake ${LIBDIR}/pkgconfig/cfnpp-patterns.pc)
  if(EXISTS ${core_prefix}/${path})
    message(FATAL_ERROR "the core component installed ${path}")
  endif()
endforeach()
file(GLOB patterns_libraries ${core_prefix}/${LIBDIR}/*cfnpp_patterns*)
if(patterns_libraries)
  message(FATAL_ERROR "the core component installed ${patterns_libraries}")
endif()
run(${CMAKE_COMMAND} -S ${CORE_ONLY_DIR} -B ${WORK_DIR}/core-only-build -DCMAKE_PREFIX_PATH=${core_prefix}
    -DCMAKE_CXX_COMPILER=${CXX})

# 4. The installed tool runs.
run(${prefix}/bin/cfnpp --version)
message(STATUS "installed ${prefix}: ${run_output}")
