// IAM policy documents as typed statements.
//
//   cfn::policy::PolicyDocument{{
//       {.action = {"ec2:AttachVolume"},
//        .resource = {cfn::arn::for_type("AWS::EC2::Volume", {{"VolumeId", volume.ref()}}),
//                     cfn::arn::regional("ec2", "instance/*")}},
//       {.action = {"ec2:DescribeInstances", "ec2:DescribeVolumes"}, .resource = {"*"}},
//   }}
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cfn/typed_values.hpp"
#include "cfn/value.hpp"

namespace cfn::policy {

enum class Effect { Allow, Deny };

/// One statement, in the order IAM documents its elements. Designated-initializer
/// order (C++20 requires declaration order): sid, effect, principal,
/// not_principal, action, not_action, resource, not_resource, condition.
struct Statement {
  std::optional<std::string> sid{};
  Effect effect = Effect::Allow;
  /// A principal map ({"Service": "lambda.amazonaws.com"}), "*", or a function.
  std::optional<Value> principal{};
  std::optional<Value> not_principal{};
  std::vector<Str> action{};
  std::vector<Str> not_action{};
  std::vector<Str> resource{};
  std::vector<Str> not_resource{};
  /// {"StringEquals": {"aws:SourceArn": ...}}
  std::optional<Value> condition{};

  /// The statement's JSON; throws cfn::Error when it has neither Action nor
  /// NotAction, or both (likewise Resource / NotResource).
  [[nodiscard]] Value to_value() const;
};

class PolicyDocument {
 public:
  PolicyDocument() = default;
  PolicyDocument(std::vector<Statement> statements) : statements_(std::move(statements)) {}
  PolicyDocument& add(Statement statement);
  [[nodiscard]] const std::vector<Statement>& statements() const noexcept { return statements_; }
  /// {"Version": "2012-10-17", "Statement": [...]}
  [[nodiscard]] Value to_value() const;
  operator Value() const { return to_value(); }

 private:
  std::vector<Statement> statements_;
};

/// {"Service": service}, for trust policies.
[[nodiscard]] Value service_principal(std::string_view service);

/// The trust policy letting `service` ("lambda.amazonaws.com") assume a role.
[[nodiscard]] PolicyDocument assume_role_policy(std::string_view service);

/// arn:${AWS::Partition}:iam::aws:policy/NAME (an AWS managed policy).
[[nodiscard]] Fn managed_policy_arn(std::string_view name);

}  // namespace cfn::policy
