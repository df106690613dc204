# What keeps the clean build of the project's own targets cheap (issue 12: under
# 5 minutes on 2 cores; figures in bench/README.md). Nothing here reaches a
# consumer of the installed package (theirs is cfnpp_precompile_headers, in
# CfnppPrecompile.cmake).
#
# cfnpp_build_pch(TARGET [REUSE_FROM OWNER] [HEADERS ...]): with HEADERS,
# TARGET precompiles them; with REUSE_FROM, TARGET uses OWNER's precompiled
# header, made once. A reusing target must be compiled with the owner's flags
# (cfnpp_compile_options, the same optimization level).
#
# GCC only: clang refuses a precompiled header made with other flags, and the
# clang builds (the libFuzzer targets, tests/fuzz) do not need the speed.
function(cfnpp_build_pch target)
  cmake_parse_arguments(P "" "REUSE_FROM" "HEADERS" ${ARGN})
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    return()
  endif()
  if(P_REUSE_FROM)
    target_precompile_headers(${target} REUSE_FROM ${P_REUSE_FROM})
  else()
    target_precompile_headers(${target} PRIVATE ${P_HEADERS})
  endif()
  # GCC uses a precompiled header only under the macros it was made with;
  # RE2's pkg-config flags bring -pthread (_REENTRANT) to some targets, so
  # every target that makes or uses one compiles with it.
  target_compile_options(${target} PRIVATE -pthread)
  # GCC 12 warns falsely (-Wstringop-overflow, -Warray-bounds) inside
  # libstdc++ when its headers come from a precompiled header (GCC bug 105651).
  if(CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-stringop-overflow -Wno-array-bounds)
  endif()
endfunction()

# The standard headers nearly every source of the library, the tools and the
# building blocks includes: precompiled once per target, they save 15 to 30 %
# of each source's compile (bench/README.md, "Build cost").
set(CFNPP_STANDARD_PRECOMPILED_HEADERS
  <algorithm> <array> <cstdint> <functional> <map> <memory> <optional> <set> <span> <string>
  <string_view> <unordered_map> <utility> <variant> <vector>)

# cfnpp_test_optimization(TARGET): test code is compiled at -O0 in optimized
# builds, not at the build type's -O2/-O3: it runs once per test and calls
# the library under test, which keeps its optimization.
function(cfnpp_test_optimization target)
  target_compile_options(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:-O0>)
endfunction()

# cfnpp_run_once_optimization(TARGET): -O1 in optimized builds, for code that
# runs once per template it builds (the building blocks) or once per build
# (the code generator), in microseconds to seconds: -O3 would cost a third
# more of its compile time and save nothing anyone waits for.
function(cfnpp_run_once_optimization target)
  target_compile_options(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:-O1>)
  # GCC 12 at -O1 warns falsely in libstdc++'s string moves (a std::string
  # moved into a std::optional: "reading 24 bytes from a region of size 16"),
  # the family of GCC bug 105651.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:-Wno-stringop-overread>)
  endif()
endfunction()

# cfnpp_unity_build(TARGET): with CFNPP_UNITY_BUILD (the default), all TARGET's
# sources are compiled as one translation unit (CMake's unity build). For
# the test executables: each source's fixed cost (the precompiled header,
# Catch2's and the standard library's templates instantiated again) was most
# of its compile time. The sanitizer stage of .ci/run builds with
# -DCFNPP_UNITY_BUILD=OFF, so every source still compiles on its own.
function(cfnpp_unity_build target)
  if(CFNPP_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 0)
  endif()
endfunction()

# cfnpp_unity_group(TARGET GROUP SOURCES...): with CFNPP_UNITY_BUILD, those
# sources of TARGET are compiled as one translation unit named GROUP; its
# other sources each on their own. For the lint rules: each is small, and
# each keeps its code in a namespace of its own (lib/lint/README.md).
function(cfnpp_unity_group target group)
  if(CFNPP_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
    set_source_files_properties(${ARGN} PROPERTIES UNITY_GROUP ${group})
  endif()
endfunction()
