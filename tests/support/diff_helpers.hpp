// Helpers for the diff tests: templates from YAML text or from the pairs
// under tests/diff/pairs/.
#pragma once

#include <string>
#include <string_view>

#include "cfn/diff.hpp"
#include "cfn/file.hpp"
#include "cfn/parse.hpp"

namespace cfn::test {

inline TemplateDiff diff_text(std::string_view old_text, std::string_view new_text) {
  return diff_templates(parse_document(old_text, "old").root, parse_document(new_text, "new").root);
}

inline std::string pair_file(const std::string& name) {
  return std::string(CFNPP_SOURCE_DIR) + "/tests/diff/pairs/" + name;
}

inline TemplateDiff diff_pair(const std::string& old_name, const std::string& new_name) {
  return diff_templates(parse_file(pair_file(old_name)).root, parse_file(pair_file(new_name)).root);
}

/// A template with one resource of `type` whose Properties are the YAML `properties` (indented by 6).
inline std::string one_resource(std::string_view type, std::string_view properties, std::string_view extra = {}) {
  return "Resources:\n  R:\n    Type: " + std::string(type) + "\n" + std::string(extra) + "    Properties:\n" +
         std::string(properties);
}

}  // namespace cfn::test
