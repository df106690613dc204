# cfnpp_add_template(NAME name COMMAND program [args...] OUTPUT path/X.yaml [DEPENDS ...])
#
# For projects that generate CloudFormation templates at build time and check
# them in, so that code review shows every change as a template diff:
#  - the build runs COMMAND (which must write the template to standard output)
#    into the build tree;
#  - the target `update-templates` copies every generated template over its
#    checked-in OUTPUT (relative to the calling source directory);
#  - a test "template drift: OUTPUT" fails when the checked-in file differs from
#    the generated one, and prints `cfnpp diff` between them: what
#    CloudFormation would do if the stale file were deployed instead.
# COMMAND may name an executable target of the project. The cfnpp tool is the
# in-tree target cfnpp-cli or, for installed packages, cfnpp::cfnpp-cli.

set(CFNPP_TEMPLATES_DIR ${CMAKE_CURRENT_LIST_DIR})

function(cfnpp_add_template)
  cmake_parse_arguments(T "" "NAME;OUTPUT" "COMMAND;DEPENDS" ${ARGN})
  if(NOT T_NAME OR NOT T_COMMAND OR NOT T_OUTPUT)
    message(FATAL_ERROR "cfnpp_add_template: NAME, COMMAND and OUTPUT are required")
  endif()
  if(TARGET cfnpp-cli)
    set(tool $<TARGET_FILE:cfnpp-cli>)
  elseif(TARGET cfnpp::cfnpp-cli)
    set(tool $<TARGET_FILE:cfnpp::cfnpp-cli>)
  else()
    message(FATAL_ERROR "cfnpp_add_template: the cfnpp tool is not available (find_package(cfnpp) first)")
  endif()
  get_filename_component(checked_in ${T_OUTPUT} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
  get_filename_component(file_name ${T_OUTPUT} NAME)
  set(generated ${CMAKE_CURRENT_BINARY_DIR}/cfnpp_templates/${T_NAME}/${file_name})

  set(program ${T_COMMAND})
  list(POP_FRONT program executable)
  if(TARGET ${executable})
    # The program's target only: the rest of COMMAND are its arguments.
    list(APPEND T_DEPENDS ${executable})
    set(executable $<TARGET_FILE:${executable}>)
  endif()
  add_custom_command(OUTPUT ${generated}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/cfnpp_templates/${T_NAME}
    COMMAND ${executable} ${program} > ${generated}.tmp
    COMMAND ${CMAKE_COMMAND} -E rename ${generated}.tmp ${generated}
    DEPENDS ${T_DEPENDS}
    COMMENT "Generating template ${T_OUTPUT}"
    VERBATIM)
  add_custom_target(cfnpp-template-${T_NAME} ALL DEPENDS ${generated})

  if(NOT TARGET update-templates)
    add_custom_target(update-templates COMMENT "Copying the generated templates into the source tree")
  endif()
  add_custom_target(cfnpp-update-template-${T_NAME}
    COMMAND ${CMAKE_COMMAND} -E copy ${generated} ${checked_in}
    DEPENDS cfnpp-template-${T_NAME}
    COMMENT "Writing ${T_OUTPUT}")
  add_dependencies(update-templates cfnpp-update-template-${T_NAME})

  add_test(NAME "template drift: ${T_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} -DCHECKED_IN=${checked_in} -DGENERATED=${generated} -DTOOL=${tool}
            -DOUTPUT_NAME=${T_OUTPUT} -P ${CFNPP_TEMPLATES_DIR}/CfnppTemplateDrift.cmake)
endfunction()
