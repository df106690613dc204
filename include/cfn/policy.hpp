/// @file
/// IAM policy documents as typed statements.
///
/// @code
///   cfn::policy::PolicyDocument{{
///       {.action = {"ec2:AttachVolume"},
///        .resource = {cfn::arn::for_type("AWS::EC2::Volume", {{"VolumeId", volume.ref()}}),
///                     cfn::arn::regional("ec2", "instance/*")}},
///       {.action = {"ec2:DescribeInstances", "ec2:DescribeVolumes"}, .resource = {"*"}},
///   }}
/// @endcode
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cfn/typed_values.hpp"
#include "cfn/value.hpp"

namespace cfn::policy {

/// A statement's Effect.
enum class Effect { Allow, Deny };

/// One statement, in the order IAM documents its elements. Designated-initializer
/// order (C++20 requires declaration order): sid, effect, principal,
/// not_principal, action, not_action, resource, not_resource, condition.
struct Statement {
  std::optional<std::string> sid{};  ///< Sid: the statement's name
  Effect effect = Effect::Allow;     ///< Effect
  /// A principal map ({"Service": "lambda.amazonaws.com"}), "*", or a function.
  std::optional<Value> principal{};
  std::optional<Value> not_principal{};  ///< NotPrincipal: every principal but these
  std::vector<Str> action{};             ///< Action: "s3:GetObject", "ec2:Describe*"
  std::vector<Str> not_action{};         ///< NotAction: every action but these
  std::vector<Str> resource{};           ///< Resource: ARNs, best scoped to the stack's own
  std::vector<Str> not_resource{};       ///< NotResource: every resource but these
  /// {"StringEquals": {"aws:SourceArn": ...}}
  std::optional<Value> condition{};

  /// The statement's JSON; throws cfn::Error when it has neither Action nor
  /// NotAction, or both (likewise Resource / NotResource).
  [[nodiscard]] Value to_value() const;
};

/// An IAM policy document: version 2012-10-17 and its statements.
class PolicyDocument {
 public:
  PolicyDocument() = default;
  /// A document of these statements.
  PolicyDocument(std::vector<Statement> statements) : statements_(std::move(statements)) {}
  /// Appends a statement.
  PolicyDocument& add(Statement statement);
  /// The statements, in order.
  [[nodiscard]] const std::vector<Statement>& statements() const noexcept { return statements_; }
  /// {"Version": "2012-10-17", "Statement": [...]}
  [[nodiscard]] Value to_value() const;
  /// to_value(), so a document goes wherever a value does (a PolicyDocument property).
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
