# The typed model: cfnpp-codegen turns the vendored resource specification
# into one header per service (<cfn/aws/ec2.hpp>, ...) and the metadata table
# (schema_table.cpp), in the build tree, at build time.
#
# The list of headers must be known when CMake configures; it is read from the
# specification's resource type keys. cfnpp-codegen checks it against its own
# reading, so a spec that needs a different list fails loudly.

set(CFNPP_SPEC ${PROJECT_SOURCE_DIR}/generators/spec/CloudFormationResourceSpecification.json)
# The SAM documentation's property names correct the specification's SAM types (sam_overlay.cpp).
set(CFNPP_SAM_DOCS ${PROJECT_SOURCE_DIR}/generators/registry/sam-docs.json)
set(CFNPP_GENERATED_DIR ${PROJECT_BINARY_DIR}/generated)
set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CFNPP_SPEC})

file(STRINGS ${CFNPP_SPEC} cfnpp_type_lines REGEX "^  \"[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+\": {$")
set(cfnpp_headers "")
foreach(line IN LISTS cfnpp_type_lines)
  string(REGEX REPLACE "^  \"([A-Za-z0-9]+)::([A-Za-z0-9]+)::.*$" "cfn/\\1/\\2.hpp" header "${line}")
  string(TOLOWER "${header}" header)
  list(APPEND cfnpp_headers ${header})
endforeach()
list(REMOVE_DUPLICATES cfnpp_headers)
list(SORT cfnpp_headers)
list(LENGTH cfnpp_type_lines cfnpp_type_count)
if(cfnpp_type_count EQUAL 0)
  message(FATAL_ERROR "no resource types found in ${CFNPP_SPEC}")
endif()
string(REPLACE ";" "\n" cfnpp_header_list "${cfnpp_headers}")
file(CONFIGURE OUTPUT ${CFNPP_GENERATED_DIR}/headers.txt CONTENT "${cfnpp_header_list}\n")

set(CFNPP_GENERATED_HEADERS "")
foreach(header IN LISTS cfnpp_headers)
  list(APPEND CFNPP_GENERATED_HEADERS ${CFNPP_GENERATED_DIR}/include/${header})
endforeach()
set(CFNPP_SCHEMA_TABLE ${CFNPP_GENERATED_DIR}/schema_table.cpp)

add_custom_command(
  OUTPUT ${CFNPP_SCHEMA_TABLE} ${CFNPP_GENERATED_HEADERS}
  COMMAND cfnpp-codegen ${CFNPP_SPEC} ${CFNPP_GENERATED_DIR} ${CFNPP_GENERATED_DIR}/headers.txt ${CFNPP_SAM_DOCS}
  DEPENDS cfnpp-codegen ${CFNPP_SPEC} ${CFNPP_GENERATED_DIR}/headers.txt ${CFNPP_SAM_DOCS}
  COMMENT "Generating the typed model (${cfnpp_type_count} resource types) from the resource specification"
  VERBATIM)
add_custom_target(cfnpp-typed-model DEPENDS ${CFNPP_SCHEMA_TABLE} ${CFNPP_GENERATED_HEADERS})
