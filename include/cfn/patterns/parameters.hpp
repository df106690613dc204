/// @file
/// Template parameters that may be left empty, with the condition that says
/// whether they were given: for options a deployer may skip (a key pair, an
/// e-mail address, a KMS key).
///
/// @code
///   auto email = add_optional_parameter(t, "AlarmEmail", {.description = "Where alarms go; empty: nowhere"});
///   topic_options.email = email.parameter.ref();
///   topic_options.email_condition = email.is_set;     // HasAlarmEmail
/// @endcode
#pragma once

#include <string_view>

#include "cfn/template.hpp"

namespace cfn::patterns {

/// A parameter that may be left empty, and the condition that it is not (add_optional_parameter).
struct OptionalParameter {
  ParameterRef parameter;  ///< the parameter
  /// "Has" + the parameter's name: true when the parameter is not empty.
  ConditionRef is_set;
  /// Fn::If: the parameter's value when it is set, else AWS::NoValue (the property is left out).
  [[nodiscard]] Fn value_or_nothing() const;
};

/// Adds the parameter (its default is "" unless `parameter` has one) and its condition.
OptionalParameter add_optional_parameter(Template& t, std::string_view name, Parameter parameter);

/// Adds the rule `rule_name`: `a` and `b` are both given or both left empty,
/// for options that need each other (a zone and a record name), so that one
/// of them alone is refused before anything is created, not silently ignored.
void require_together(Template& t, std::string_view rule_name, const OptionalParameter& a, const OptionalParameter& b);

/// An IPv4 CIDR block such as 10.0.0.0/16 (AllowedPattern).
inline constexpr const char* kCidrPattern = R"(^(\d{1,3}\.){3}\d{1,3}/(\d|[12]\d|3[0-2])$)";

// The parameters stacks of instances share, with their checks.

/// InstanceType: a String matching an instance type name, default `default_type`.
ParameterRef add_instance_type_parameter(Template& t, std::string_view default_type);
/// LatestAmiId: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>, default the SSM parameter `ssm_name`.
ParameterRef add_image_parameter(Template& t, std::string_view ssm_name);
/// KeyName and SshCidr, both optional: no SSH port is open without a range.
struct SshParameters {
  OptionalParameter key_name;  ///< KeyName: an EC2 key pair
  OptionalParameter cidr;      ///< SshCidr: the range SSH is open to
};
/// Adds KeyName and SshCidr, with these defaults.
SshParameters add_ssh_parameters(Template& t, std::string_view default_key_name = "",
                                 std::string_view default_cidr = "");
/// KmsKeyArn, optional: a customer managed key for the volumes (an ARN, so IAM can name it).
OptionalParameter add_volume_key_parameter(Template& t);
/// AlarmEmail, optional: an address the alarm topic sends to.
OptionalParameter add_alarm_email_parameter(Template& t);

}  // namespace cfn::patterns
