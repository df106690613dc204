# The registry table: cfnpp-codegen turns the vendored CloudFormation registry
# schemas and the resource types per region (generators/registry) into
# registry_table.cpp, in the build tree, at build time (cfn/registry.hpp).

set(CFNPP_REGISTRY_DIR ${PROJECT_SOURCE_DIR}/generators/registry)
file(GLOB CFNPP_REGISTRY_SCHEMAS CONFIGURE_DEPENDS ${CFNPP_REGISTRY_DIR}/resources/*.json)
set(CFNPP_REGISTRY_TABLE ${CFNPP_GENERATED_DIR}/registry_table.cpp)

add_custom_command(
  OUTPUT ${CFNPP_REGISTRY_TABLE}
  COMMAND cfnpp-codegen registry ${CFNPP_REGISTRY_DIR}/resources ${CFNPP_REGISTRY_DIR}/regions.json
          ${CFNPP_REGISTRY_DIR}/formats.json ${CFNPP_REGISTRY_TABLE}
  DEPENDS cfnpp-codegen ${CFNPP_REGISTRY_SCHEMAS} ${CFNPP_REGISTRY_DIR}/regions.json ${CFNPP_REGISTRY_DIR}/formats.json
  COMMENT "Generating the registry table (value constraints, regions) from the registry schemas"
  VERBATIM)
add_custom_target(cfnpp-registry-table DEPENDS ${CFNPP_REGISTRY_TABLE})
