// Where two values differ, for test messages: the path of the first
// difference and what stands there on each side. Same equality as
// cfn::Value::operator== (map order and marks ignored, 1 == 1.0).
#pragma once

#include <optional>
#include <string>

#include "cfn/value.hpp"

namespace cfn::test {

/// nullopt when a == b; else e.g. "Resources.Bucket.Properties.Tags[1].Value: string \"a\" vs integer 5".
std::optional<std::string> first_difference(const Value& a, const Value& b);

/// A short description of a value: `string "abc"`, `integer 5`, `map (3 keys)`, `Fn::Sub`.
std::string describe_value(const Value& v);

}  // namespace cfn::test
