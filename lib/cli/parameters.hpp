// cfnpp diff --parameters: one deployment's parameter values, from files in
// the forms `aws cloudformation` takes (a list of {ParameterKey,
// ParameterValue}, {"Parameters": {KEY: VALUE}}, a plain {KEY: VALUE}
// object; "file://" allowed in front of the path), or from the command line
// as KEY=VALUE or the CLI's shorthand ParameterKey=KEY,ParameterValue=VALUE.
#pragma once

#include <string>
#include <vector>

#include "cfn/deployment.hpp"
#include "cli/cli.hpp"

namespace cfn::detail::cli {

/// Every --parameters argument, in order (a later value for a name wins).
/// A bad file: ParseError "FILE:LINE:COL: reason"; a bad pair: UsageError.
[[nodiscard]] DeploymentParameters read_parameters(const std::vector<std::string>& arguments, Io& io);

}  // namespace cfn::detail::cli
