// Suppression as cfn-lint has it: `Metadata: cfn-lint: config: ignore_checks`
// in the template and in its resources, and LintOptions::ignore_checks.
#pragma once

#include <string>
#include <vector>

#include "cfn/lint.hpp"

namespace cfn::detail::checks {

/// Splits `findings` (sorted) into those reported and those an ignore_checks
/// entry of `options` or of `root`'s Metadata matches, keeping the order.
/// Linear in the findings and the template's resources.
[[nodiscard]] LintReport suppress(std::vector<Finding> findings, const Value& root, const LintOptions& options);

}  // namespace cfn::detail::checks
