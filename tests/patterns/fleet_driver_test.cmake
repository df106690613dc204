# cmake -P: a stack driver's fleets (generators/driver, issue 17). A fleet
# that fits one stack is one file; past the quotas, -o DIR gets parent.yaml
# and the nested stacks, each clean for `cfnpp lint`, and the driver prints
# how to deploy them; without -o, or with a bad fleet, exit 2 and nothing written.
#   DRIVER    the driver's executable
#   CFNPP     the cfnpp tool
#   WORK_DIR  a scratch directory
function(expect code)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL code)
    message(FATAL_ERROR "${ARGN}: exit ${rc}, expected ${code}\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

# No finding (these are deployed from S3, so the 51,200 bytes of an inline template do not apply).
function(expect_clean file)
  expect(0 ${CFNPP} lint --from-s3 ${file})
  if(NOT out STREQUAL "" OR NOT err STREQUAL "")
    message(FATAL_ERROR "cfnpp lint ${file} found something:\n${out}${err}")
  endif()
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

expect(0 ${DRIVER} --instances 3 -o ${WORK_DIR}/three.yaml)
expect_clean(${WORK_DIR}/three.yaml)

expect(0 ${DRIVER} --instances 40 -o ${WORK_DIR}/forty)
if(NOT err STREQUAL "")  # every stack of a package goes through S3: no W1002 for any
  message(FATAL_ERROR "the driver reported findings:\n${err}")
endif()
if(NOT out MATCHES "wrote .*parent.yaml and [0-9]+ nested stacks" OR NOT out MATCHES "aws cloudformation deploy")
  message(FATAL_ERROR "no summary and deploy commands:\n${out}")
endif()
file(GLOB stacks ${WORK_DIR}/forty/stack-*.yaml)
list(LENGTH stacks count)
if(count LESS 2)
  message(FATAL_ERROR "40 instances in ${count} nested stacks")
endif()
foreach(file ${WORK_DIR}/forty/parent.yaml ${stacks})
  expect_clean(${file})
endforeach()

# A split is files: not on standard output.
expect(2 ${DRIVER} --instances 40)
if(NOT err MATCHES "give -o DIR")
  message(FATAL_ERROR "unexpected message: ${err}")
endif()

file(WRITE ${WORK_DIR}/bad.yaml "instances:\n  - name: web-1\n")
foreach(bad "--instances;0" "--instances;2;--fleet;${WORK_DIR}/bad.yaml" "--fleet;${WORK_DIR}/bad.yaml"
            "--fleet;${WORK_DIR}/missing.yaml")
  expect(2 ${DRIVER} ${bad} -o ${WORK_DIR}/bad-out)
  if(EXISTS ${WORK_DIR}/bad-out)
    message(FATAL_ERROR "${bad}: wrote ${WORK_DIR}/bad-out")
  endif()
endforeach()
expect(2 ${DRIVER} --fleet ${WORK_DIR}/bad.yaml)
if(NOT err MATCHES "bad.yaml:2:11: name 'web-1'")
  message(FATAL_ERROR "unexpected message: ${err}")
endif()
