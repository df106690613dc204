// What E3035 (DeletionPolicy) and E3036 (UpdateReplacePolicy) share: a
// resource's policy attribute holds one of the values CloudFormation knows.
#pragma once

#include <span>
#include <string_view>

#include "lint/rule.hpp"

namespace cfn::detail::checks {

/// Reports every resource whose `attribute` is not one of `allowed`. A
/// function there (Fn::If on a condition, Ref to a parameter) is computed:
/// CloudFormation accepts it only with the AWS::LanguageExtensions transform.
void check_policy(Context& ctx, const RuleInfo& rule, std::string_view attribute,
                  std::span<const std::string_view> allowed);

}  // namespace cfn::detail::checks
