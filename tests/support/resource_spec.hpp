// The vendored resource specification, read once with yaml-cpp (an
// independent reader) by the tests that check the generated code against it.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

namespace cfn::test {

inline const YAML::Node& resource_spec() {
  static const YAML::Node root =
      YAML::LoadFile(std::string(CFNPP_SOURCE_DIR) + "/generators/spec/CloudFormationResourceSpecification.json");
  return root;
}

}  // namespace cfn::test
