/// @file
/// One deployment of a template: the parameter values it is deployed with,
/// and the template as that deployment sees it. Conditions are evaluated
/// (Fn::Equals, Fn::And, Fn::Or, Fn::Not, Condition), a resource or output
/// whose condition is false is left out, Fn::If picks its branch (AWS::NoValue
/// removes the property or list item), and a Ref to a parameter with a value
/// becomes that value. A parameter's value is the one given, else its
/// Default; pseudo parameters (AWS::Region, AWS::AccountId...) have a value
/// only when given, AWS::Partition and AWS::URLSuffix also from a given
/// AWS::Region. What cannot be decided (a parameter without a value, a
/// condition on Fn::GetAtt) stays as written.
///
/// @code
///   cfn::DeploymentParameters p{{{"Env", "prod"}}};
///   const cfn::DeployedTemplate t = cfn::deploy(doc.root, p);   // t.document: IsProd's resources only
/// @endcode
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cfn/value.hpp"

namespace cfn {

/// Parameter values for one deployment, as `aws cloudformation deploy` takes
/// them; pseudo parameters by their names ("AWS::Region").
struct DeploymentParameters {
  std::vector<std::pair<std::string, std::string>> values;  ///< in the order given; a later one for a name wins

  /// The value given for `name`, or nullptr.
  [[nodiscard]] const std::string* find(std::string_view name) const noexcept;
};

/// The value of one condition in a deployment.
enum class Truth : std::uint8_t { False, True, Unknown };
/// "false", "true", "unknown".
[[nodiscard]] std::string_view to_string(Truth truth) noexcept;

/// A template as one deployment sees it (deploy()).
struct DeployedTemplate {
  Value document;  ///< the template, specialised
  /// Every condition of the Conditions section, in order, with its value.
  std::vector<std::pair<std::string, Truth>> conditions;
};

/// The template `document` (a map, as the parser gives it) deployed with `parameters`.
[[nodiscard]] DeployedTemplate deploy(const Value& document, const DeploymentParameters& parameters);

}  // namespace cfn
