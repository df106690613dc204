# cmake -P helper of cfnpp_add_template: fails when CHECKED_IN differs from
# GENERATED, showing `cfnpp diff CHECKED_IN GENERATED` when TOOL is given
# (a template; a diagram has no TOOL).
if(NOT EXISTS ${GENERATED})
  message(FATAL_ERROR "${GENERATED} was not generated: build first")
endif()
if(NOT EXISTS ${CHECKED_IN})
  message(FATAL_ERROR "${OUTPUT_NAME} is not checked in: run `cmake --build <build> --target update-templates` and commit it")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${CHECKED_IN} ${GENERATED} RESULT_VARIABLE differs)
if(differs AND NOT TOOL)
  message(FATAL_ERROR "${OUTPUT_NAME} is stale: cfnpp now draws the template otherwise.\n"
                      "Run `cmake --build <build> --target update-templates` and commit the result.")
elseif(differs)
  execute_process(COMMAND ${TOOL} diff --color=never ${CHECKED_IN} ${GENERATED} OUTPUT_VARIABLE diff ERROR_VARIABLE diff)
  string(REGEX REPLACE "\n" "\n  " diff "  ${diff}")  # indented: message() keeps the lines as they are
  message(FATAL_ERROR "${OUTPUT_NAME} is stale: the generator now writes something else.\n"
                      "What deploying the generated template would change (cfnpp diff checked-in generated):\n"
                      "${diff}\n"
                      "Run `cmake --build <build> --target update-templates` and commit the result.")
endif()
message(STATUS "${OUTPUT_NAME} matches the generator")
