// Whether a literal value satisfies a registry schema node as a whole: the
// judgement behind anyOf and oneOf (E3017, E3018), where a branch either
// matches or does not. The value rules (E3030-E3034) report each keyword on
// its own and share these comparisons.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/registry.hpp"
#include "cfn/value.hpp"

namespace cfn::detail::checks {

/// Match: the value satisfies the node; NoMatch: it certainly does not;
/// Unknown: a function (or a dynamic reference, an Fn::If, a property that may
/// be AWS::NoValue) decides, or the node has what is not checked here
/// (`additionalProperties: false`).
enum class Verdict : unsigned char { Match, NoMatch, Unknown };

[[nodiscard]] Verdict match(const Value& value, const registry::Constraints& node);

/// Whether a property of `map` is set: nullopt when it depends on a condition
/// (an Fn::If with an AWS::NoValue branch).
[[nodiscard]] std::optional<bool> is_set(const Map& map, std::string_view name);

/// How many of `names` are set in `map` (and which), and how many depend on a condition.
struct SetCount {
  std::size_t set = 0;
  std::size_t unknown = 0;
  std::vector<std::string_view> names;
};
[[nodiscard]] SetCount count_set(const Map& map, const std::vector<std::string_view>& names);

/// `value` is `allowed` of an enum: the same text (in any case when
/// `ignore_case`), or the same number ("80" is 80).
[[nodiscard]] bool enum_value_equal(std::string_view value, std::string_view allowed, bool ignore_case);

/// The number a scalar stands for: a number, or a string holding one ("8080"),
/// as CloudFormation converts them.
[[nodiscard]] std::optional<double> number_value(const Value& v);

/// A branch in a few words, for messages: its format, its required
/// properties, its type, or its pattern ("AWS::KMS::Key.Arn", "with ClientSecret").
[[nodiscard]] std::string describe(const registry::Constraints& branch);

/// A value in a few words, for messages: a scalar quoted ('aws/sns'), else "the object" or "the list".
[[nodiscard]] std::string describe_value(const Value& v);

/// The branches' descriptions, joined with " | ".
[[nodiscard]] std::string describe(const std::vector<registry::Constraints>& branches);

}  // namespace cfn::detail::checks
