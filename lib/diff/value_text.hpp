// Values as the diff prints them for people: one line of YAML flow style, or
// block YAML. (For programs: cfn::to_json(v, JsonLayout::Compact).)
#pragma once

#include <string>
#include <string_view>

#include "cfn/value.hpp"

namespace cfn::diff_detail {

/// `10.0.0.0/24`, `"80"`, `!Ref Vpc`, `!GetAtt Vpc.CidrBlock`, `[a, b]`,
/// `{Key: Name, Value: !Sub "${AWS::StackName}-vpc"}`. Strings YAML would read
/// as something else (numbers, booleans, null) are quoted, so '80' shows as "80".
[[nodiscard]] std::string inline_yaml(const Value& v);

/// Block YAML (what cfnpp fmt writes for the value), ending in a line break.
[[nodiscard]] std::string block_yaml(const Value& v);

}  // namespace cfn::diff_detail
