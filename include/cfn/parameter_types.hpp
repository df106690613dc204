/// @file
/// The types a template parameter can have, as typed constants: every type
/// CloudFormation documents (parameters-section-structure.html,
/// cloudformation-supplied-parameter-types.html), and nothing else.
///
/// @code
///   t.add_parameter("Subnets", {.type = cfn::parameter_types::SubnetIdList});
///   t.add_parameter("Ami", {.type = cfn::parameter_types::SsmImageId,
///                           .default_value =
///                           "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"});
/// @endcode
///
/// A string literal works too and is checked when the program compiles:
/// `.type = "AWS::EC2::Subnet::ID"` fails with "call to non-'constexpr'
/// function 'void cfn::detail::not_a_cloudformation_parameter_type()'". A name
/// known only at run time goes through ParameterType::find.
///
/// Constant names: an AWS-specific type is named after its resource and value
/// (AWS::EC2::Subnet::Id is SubnetId); List<...> appends List (SubnetIdList);
/// AWS::SSM::Parameter::Value<...> prepends Ssm (SsmImageId is
/// AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>).
#pragma once

#include <optional>
#include <span>
#include <string_view>

// The AWS-specific types: F(X, constant name, type). CloudFormation checks a
// value of these against the account and region. Each also exists as a list
// (List<...>), and both behind an SSM parameter; the key pair name (below) has
// no list of its own.
#define CFNPP_AWS_SPECIFIC_PARAMETER_TYPES(F, X)                     \
  F(X, AvailabilityZoneName, "AWS::EC2::AvailabilityZone::Name")     \
  F(X, ImageId, "AWS::EC2::Image::Id")                               \
  F(X, InstanceId, "AWS::EC2::Instance::Id")                         \
  F(X, SecurityGroupGroupName, "AWS::EC2::SecurityGroup::GroupName") \
  F(X, SecurityGroupId, "AWS::EC2::SecurityGroup::Id")               \
  F(X, SubnetId, "AWS::EC2::Subnet::Id")                             \
  F(X, VolumeId, "AWS::EC2::Volume::Id")                             \
  F(X, VpcId, "AWS::EC2::VPC::Id")                                   \
  F(X, HostedZoneId, "AWS::Route53::HostedZone::Id")
#define CFNPP_PLAIN(X, name, type) X(name, type)
#define CFNPP_LIST_OF(X, name, type) X(name##List, "List<" type ">")
#define CFNPP_SSM_OF(X, name, type) X(Ssm##name, "AWS::SSM::Parameter::Value<" type ">")
#define CFNPP_SSM_LIST_OF(X, name, type) X(Ssm##name##List, "AWS::SSM::Parameter::Value<List<" type ">>")

// Every type, as X(constant name, type).
#define CFNPP_PARAMETER_TYPES(X)                                                 \
  X(String, "String")                                                            \
  X(Number, "Number")                                                            \
  X(NumberList, "List<Number>")                                                  \
  X(CommaDelimitedList, "CommaDelimitedList")                                    \
  CFNPP_AWS_SPECIFIC_PARAMETER_TYPES(CFNPP_PLAIN, X)                             \
  X(KeyPairKeyName, "AWS::EC2::KeyPair::KeyName")                                \
  CFNPP_AWS_SPECIFIC_PARAMETER_TYPES(CFNPP_LIST_OF, X)                           \
  X(SsmParameterName, "AWS::SSM::Parameter::Name")                               \
  X(SsmString, "AWS::SSM::Parameter::Value<String>")                             \
  X(SsmStringList, "AWS::SSM::Parameter::Value<List<String>>")                   \
  X(SsmCommaDelimitedList, "AWS::SSM::Parameter::Value<CommaDelimitedList>")     \
  CFNPP_AWS_SPECIFIC_PARAMETER_TYPES(CFNPP_SSM_OF, X)                            \
  X(SsmKeyPairKeyName, "AWS::SSM::Parameter::Value<AWS::EC2::KeyPair::KeyName>") \
  CFNPP_AWS_SPECIFIC_PARAMETER_TYPES(CFNPP_SSM_LIST_OF, X)                       \
  X(SsmKeyPairKeyNameList, "AWS::SSM::Parameter::Value<List<AWS::EC2::KeyPair::KeyName>>")

namespace cfn {

namespace detail {
#define CFNPP_TYPE_NAME(name, type) type,
/// Every parameter type CloudFormation has.
inline constexpr std::string_view kParameterTypeNames[] = {CFNPP_PARAMETER_TYPES(CFNPP_TYPE_NAME)};
#undef CFNPP_TYPE_NAME

/// Not defined, and not constexpr: reaching it in a constant expression is the
/// compile-time error for a parameter type CloudFormation does not have.
void not_a_cloudformation_parameter_type();
}  // namespace detail

/// The Type of a template parameter: always one of detail::kParameterTypeNames.
class ParameterType {
 public:
  /// A type spelled as in a template, checked when the program compiles.
  consteval ParameterType(const char* name) : name_(known(name)) {}

  /// "AWS::EC2::Subnet::Id".
  [[nodiscard]] constexpr std::string_view name() const noexcept { return name_; }

  /// The type spelled `name` exactly (as in a template), or nullopt.
  [[nodiscard]] static constexpr std::optional<ParameterType> find(std::string_view name) noexcept {
    for (std::string_view listed : detail::kParameterTypeNames)
      if (listed == name) return ParameterType(listed);
    return std::nullopt;
  }
  /// The names of every type.
  [[nodiscard]] static constexpr std::span<const std::string_view> names() noexcept {
    return detail::kParameterTypeNames;
  }

  /// The same type.
  friend constexpr bool operator==(ParameterType a, ParameterType b) noexcept { return a.name_ == b.name_; }

 private:
  explicit constexpr ParameterType(std::string_view listed) noexcept : name_(listed) {}
  static consteval std::string_view known(std::string_view name) {
    if (const auto type = find(name)) return type->name_;
    detail::not_a_cloudformation_parameter_type();  ///< how an unknown name fails to compile (see the top)
    return name;
  }

  std::string_view name_;  ///< always one of detail::kParameterTypeNames, which live for the program
};

/// One constant per type: parameter_types::SubnetIdList is List<AWS::EC2::Subnet::Id>.
namespace parameter_types {
#define CFNPP_TYPE_CONSTANT(name, type) inline constexpr ParameterType name = type;
CFNPP_PARAMETER_TYPES(CFNPP_TYPE_CONSTANT)
#undef CFNPP_TYPE_CONSTANT
}  // namespace parameter_types

}  // namespace cfn

#undef CFNPP_PARAMETER_TYPES
#undef CFNPP_SSM_LIST_OF
#undef CFNPP_SSM_OF
#undef CFNPP_LIST_OF
#undef CFNPP_PLAIN
#undef CFNPP_AWS_SPECIFIC_PARAMETER_TYPES
