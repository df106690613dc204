# cfnpp_add_template(NAME name COMMAND program [args...] OUTPUT path/X.yaml [DEPENDS ...] [DIAGRAM])
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
# With DIAGRAM, the template's drawing (`cfnpp graph`) goes beside it the same
# way: path/X.dot, generated, copied by `update-templates` and drift-tested
# byte for byte (test "template drift: path/X.dot"), and path/X.svg, drawn
# from it by Graphviz's dot when dot is installed (else `update-templates`
# says the SVG was not rewritten). The SVG is not drift-tested byte for byte:
# dot's layout and its SVG comments change with its version and the fonts
# installed, while the DOT is cfnpp's own output.
# COMMAND may name an executable target of the project. The cfnpp tool is the
# in-tree target cfnpp-cli or, for installed packages, cfnpp::cfnpp-cli.

set(CFNPP_TEMPLATES_DIR ${CMAKE_CURRENT_LIST_DIR})

function(cfnpp_add_template)
  cmake_parse_arguments(T "DIAGRAM" "NAME;OUTPUT" "COMMAND;DEPENDS" ${ARGN})
  if(NOT T_NAME OR NOT T_COMMAND OR NOT T_OUTPUT)
    message(FATAL_ERROR "cfnpp_add_template: NAME, COMMAND and OUTPUT are required")
  endif()
  if(TARGET cfnpp-cli)
    set(tool_target cfnpp-cli)
  elseif(TARGET cfnpp::cfnpp-cli)
    set(tool_target cfnpp::cfnpp-cli)
  else()
    message(FATAL_ERROR "cfnpp_add_template: the cfnpp tool is not available (find_package(cfnpp) first)")
  endif()
  set(tool $<TARGET_FILE:${tool_target}>)
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
  set(outputs ${generated})
  set(drawing "")
  if(T_DIAGRAM)
    # Drawn by the command that generates the template: two targets depending
    # on one custom command's output would run it twice at once under make -j.
    string(REGEX REPLACE "\\.[^./]*$" ".dot" generated_dot ${generated})
    set(drawing COMMAND ${tool_target} graph --format dot -o ${generated_dot} ${generated})
    list(APPEND outputs ${generated_dot})
    list(APPEND T_DEPENDS ${tool_target})
  endif()
  add_custom_command(OUTPUT ${outputs}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/cfnpp_templates/${T_NAME}
    COMMAND ${executable} ${program} > ${generated}.tmp
    COMMAND ${CMAKE_COMMAND} -E rename ${generated}.tmp ${generated}
    ${drawing}
    DEPENDS ${T_DEPENDS}
    COMMENT "Generating template ${T_OUTPUT}"
    VERBATIM)
  add_custom_target(cfnpp-template-${T_NAME} ALL DEPENDS ${outputs})

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
  if(T_DIAGRAM)
    cfnpp_add_template_diagram(${T_NAME} ${T_OUTPUT} ${checked_in} ${generated_dot})
  endif()
endfunction()

# The DIAGRAM part of cfnpp_add_template: writing the drawing, and its drift test.
function(cfnpp_add_template_diagram name output checked_in generated_dot)
  find_program(CFNPP_DOT_EXECUTABLE dot DOC "Graphviz's dot, which draws the templates' diagrams as SVG")
  string(REGEX REPLACE "\\.[^./]*$" "" stem ${checked_in})
  string(REGEX REPLACE "\\.[^./]*$" "" output_stem ${output})
  if(CFNPP_DOT_EXECUTABLE)
    set(draw_svg COMMAND ${CFNPP_DOT_EXECUTABLE} -Tsvg -o ${stem}.svg ${generated_dot})
  else()
    set(draw_svg COMMAND ${CMAKE_COMMAND} -E echo "Graphviz's dot is not installed: ${output_stem}.svg was not rewritten")
  endif()
  add_custom_target(cfnpp-update-template-${name}-diagram
    COMMAND ${CMAKE_COMMAND} -E copy ${generated_dot} ${stem}.dot
    ${draw_svg}
    DEPENDS cfnpp-template-${name}
    COMMENT "Writing ${output_stem}.dot and .svg"
    VERBATIM)
  add_dependencies(update-templates cfnpp-update-template-${name}-diagram)
  add_test(NAME "template drift: ${output_stem}.dot"
    COMMAND ${CMAKE_COMMAND} -DCHECKED_IN=${stem}.dot -DGENERATED=${generated_dot} -DOUTPUT_NAME=${output_stem}.dot
            -P ${CFNPP_TEMPLATES_DIR}/CfnppTemplateDrift.cmake)
endfunction()
