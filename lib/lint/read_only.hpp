// Which properties the registry schemas say are read-only
// (`readOnlyProperties`): E3040 reports them, E3002 leaves them to it.
#pragma once

#include <string_view>

#include "cfn/path.hpp"

namespace cfn::detail::checks {

/// Whether the property at `path` (Resources.R.Properties.A.0.B; Fn::If
/// steps are passed over) of a resource of `resource_type` is read-only.
/// `type_name` is the resource type or one of its property types
/// ("AWS::EC2::Instance.Ebs"): the resource type is the part before the dot.
[[nodiscard]] bool is_read_only(std::string_view type_name, const Path& path);

}  // namespace cfn::detail::checks
