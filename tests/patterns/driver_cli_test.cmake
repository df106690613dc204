# cmake -P: a stack driver's command line (generators/driver). Usage errors
# exit 2 with "NAME: reason" on stderr and never touch the output file; -o
# writes the file; --format json writes JSON.
#   DRIVER          the driver's executable
#   WORK_DIR        a scratch directory
#   OPTIONS         '|'-separated options --help must list
#   VALID           '|'-separated arguments that change the output...
#   EXPECT_WRITTEN  ...so that the written file matches this regular expression
#   INVALID         '|'-separated arguments the driver refuses...
#   INVALID_MESSAGE ...with a message matching this regular expression
string(REPLACE "|" ";" OPTIONS "${OPTIONS}")
string(REPLACE "|" ";" VALID "${VALID}")
string(REPLACE "|" ";" INVALID "${INVALID}")

function(expect code)
  execute_process(COMMAND ${DRIVER} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL code)
    message(FATAL_ERROR "${DRIVER} ${ARGN}: exit ${rc}, expected ${code}\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(target ${WORK_DIR}/template.yaml)

expect(0 --help)
foreach(option ${OPTIONS} --format --output)
  if(NOT out MATCHES "${option}")
    message(FATAL_ERROR "--help does not list ${option}")
  endif()
endforeach()

expect(0 -o ${target} ${VALID})
file(READ ${target} written)
if(NOT written MATCHES "${EXPECT_WRITTEN}")
  message(FATAL_ERROR "-o did not write the stack with ${VALID}")
endif()

# Errors leave the existing file as it was.
expect(2 -o ${target} ${INVALID})
if(NOT err MATCHES "${INVALID_MESSAGE}")
  message(FATAL_ERROR "unexpected message: ${err}")
endif()
expect(2 -o ${target} --format xml)
expect(2 -o ${target} --no-such-option)
expect(2 -o ${target} stray)
file(READ ${target} after)
if(NOT after STREQUAL written)
  message(FATAL_ERROR "a failed run changed ${target}")
endif()

expect(0 --format json)
if(NOT out MATCHES "^{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\"")
  message(FATAL_ERROR "--format json did not write JSON")
endif()
expect(2 -o ${WORK_DIR}/no/such/dir/template.yaml)
if(NOT err MATCHES "cannot create a temporary file")
  message(FATAL_ERROR "unexpected message: ${err}")
endif()
