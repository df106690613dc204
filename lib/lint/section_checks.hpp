// Checks several rules make on each section: logical id syntax and count limits.
#pragma once

#include <cstddef>
#include <string_view>

#include "lint/rule.hpp"

namespace cfn::detail::checks {

/// Every key of the top-level `section` is 1 to 255 ASCII letters and digits,
/// or one of `also` (Fn::ForEach::Name entries excepted under
/// AWS::LanguageExtensions). `what` names an entry: "resource", "parameter"...
void check_logical_ids(Context& ctx, const RuleInfo& rule, std::string_view section, std::string_view what,
                       std::string_view also = "");

/// The top-level `section` has at most `limit` entries.
void check_entry_count(Context& ctx, const RuleInfo& rule, std::string_view section, std::size_t limit,
                       std::string_view what);

}  // namespace cfn::detail::checks
