#include "cfn/patterns/parameters.hpp"

#include <string>

#include "cfn/intrinsics.hpp"

namespace cfn::patterns {

Fn OptionalParameter::value_or_nothing() const { return if_(is_set, parameter.ref(), pseudo::no_value()); }

OptionalParameter add_optional_parameter(Template& t, std::string_view name, Parameter parameter) {
  if (!parameter.default_value) parameter.default_value = "";
  auto ref = t.add_parameter(name, std::move(parameter));
  auto is_set = t.add_condition("Has" + std::string(name), not_(equals(ref.ref(), "")));
  return {std::move(ref), std::move(is_set)};
}

void require_together(Template& t, std::string_view rule_name, const OptionalParameter& a, const OptionalParameter& b) {
  // Rules take no conditions: the emptiness of each parameter, spelt out.
  const auto empty = [](const OptionalParameter& p) { return Value(equals(p.parameter.ref(), "")); };
  const Value neither = and_({empty(a), empty(b)});
  const Value both = and_({not_(empty(a)), not_(empty(b))});
  t.add_rule(rule_name,
             Map{{"Assertions", List{Map{{"Assert", or_({neither, both})},
                                         {"AssertDescription", a.parameter.name() + " and " + b.parameter.name() +
                                                                   " are given together, or neither"}}}}});
}

ParameterRef add_instance_type_parameter(Template& t, std::string_view default_type) {
  return t.add_parameter("InstanceType", {.type = "String",
                                          .description = "EC2 instance type (x86_64 for the default image)",
                                          .default_value = default_type,
                                          .allowed_pattern = "^[a-z0-9-]+\\.[a-z0-9-]+$",
                                          .constraint_description = "an instance type such as t3.micro"});
}

ParameterRef add_image_parameter(Template& t, std::string_view ssm_name) {
  return t.add_parameter("LatestAmiId", {.type = "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                                         .description = "SSM public parameter with the AMI id",
                                         .default_value = ssm_name});
}

SshParameters add_ssh_parameters(Template& t, std::string_view default_key_name, std::string_view default_cidr) {
  auto key_name = add_optional_parameter(
      t, "KeyName", {.description = "EC2 key pair for SSH; empty for none", .default_value = default_key_name});
  auto cidr =
      add_optional_parameter(t, "SshCidr",
                             {.description = "Range allowed to SSH in; empty: no port open (Session Manager only)",
                              .default_value = default_cidr,
                              .allowed_pattern = std::string("^$|") + kCidrPattern,
                              .constraint_description = "empty, or a CIDR block such as 203.0.113.0/24"});
  return {std::move(key_name), std::move(cidr)};
}

OptionalParameter add_volume_key_parameter(Template& t) {
  return add_optional_parameter(
      t, "KmsKeyArn",
      {.description = "Customer managed KMS key for the volumes; empty: the account's EBS default. Its key policy must "
                      "let AWSServiceRoleForAutoScaling use it",
       .allowed_pattern = R"(^$|^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key/(mrk-)?[a-f0-9-]+$)",
       .constraint_description = "empty, or a KMS key ARN"});
}

OptionalParameter add_alarm_email_parameter(Template& t) {
  return add_optional_parameter(t, "AlarmEmail",
                                {.description = "Where alarms go; empty: nowhere (subscribe to the topic later)"});
}

}  // namespace cfn::patterns
