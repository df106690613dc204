# cmake -P script: one compile-fail test. SOURCE holds a mistake between
# `#ifdef CFNPP_MISTAKE` and `#else`, the right spelling after it, and a line
# `// First error: TEXT` (continued on further `// ` lines). The right
# spelling must compile; the mistake must fail with exactly one error, whose
# line contains TEXT: the first thing a user reads says what is wrong, and
# nothing cascades from it.
#
# Inputs: CXX, SOURCE, INCLUDE_DIRS ('|'-separated).
file(READ ${SOURCE} source_text)
string(REPLACE ";" "<semicolon>" source_text "${source_text}")  # a ';' would split the CMake lists below
# The line may go on in further // lines (clang-format wraps long comments).
string(REGEX MATCH "// First error: [^\n]*(\n// [^\n]*)*" expected "${source_text}")
string(REGEX REPLACE "^// First error: " "" expected "${expected}")
string(REPLACE "\n// " " " expected "${expected}")
if(expected STREQUAL "")
  message(FATAL_ERROR "${SOURCE} has no '// First error: ' line")
endif()
string(REPLACE "|" ";" include_dirs "${INCLUDE_DIRS}")
list(TRANSFORM include_dirs PREPEND "-I")
set(ENV{LC_ALL} C)  # ASCII quotes in the messages

execute_process(COMMAND ${CXX} -std=c++20 -fsyntax-only ${include_dirs} ${SOURCE}
                RESULT_VARIABLE rc ERROR_VARIABLE output OUTPUT_VARIABLE output)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the right spelling does not compile:\n${output}")
endif()

execute_process(COMMAND ${CXX} -std=c++20 -fsyntax-only -DCFNPP_MISTAKE ${include_dirs} ${SOURCE}
                RESULT_VARIABLE rc ERROR_VARIABLE output OUTPUT_VARIABLE output)
if(rc EQUAL 0)
  message(FATAL_ERROR "the mistake compiled")
endif()
string(REPLACE ";" "<semicolon>" output "${output}")
string(REGEX MATCHALL "[^\n]*: error: [^\n]*" errors "${output}")
list(LENGTH errors count)
list(GET errors 0 first)
string(FIND "${first}" "${expected}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the first error is not the expected one.\nexpected: ${expected}\nfirst:    ${first}\n\n${output}")
endif()
if(NOT count EQUAL 1)
  message(FATAL_ERROR "${count} errors for one mistake:\n${output}")
endif()
message(STATUS "one error: ${first}")
