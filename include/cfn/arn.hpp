/// @file
/// ARNs as Fn::Sub strings that use the stack's own partition, region and
/// account, never a hard-coded "arn:aws:".
///
/// @code
///   cfn::arn::regional("ec2", "instance/*")
///     -> !Sub arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:instance/*
///   cfn::arn::for_type("AWS::EC2::Volume", {{"VolumeId", volume.ref()}})
///     -> !Sub arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/${Volume}
/// @endcode
#pragma once

#include <string_view>

#include "cfn/value.hpp"

namespace cfn::arn {

/// arn:${AWS::Partition}:SERVICE:${AWS::Region}:${AWS::AccountId}:RESOURCE.
/// RESOURCE may use ${Name} for parameters, resources and `variables`; a
/// variable whose value is a Ref, a GetAtt or a plain string is written inline
/// (${Bucket}, ${Fn.Arn}, text), any other value stays a variable of the Sub.
[[nodiscard]] Fn regional(std::string_view service, std::string_view resource, Map variables = {});

/// arn:${AWS::Partition}:SERVICE::${AWS::AccountId}:RESOURCE, for services
/// without regions (iam, ...).
[[nodiscard]] Fn global(std::string_view service, std::string_view resource, Map variables = {});

/// The ARN of a resource of `resource_type`, from the specification's
/// ArnTemplate. ${Partition}, ${Region} and ${Account} become the pseudo
/// parameters; every other placeholder takes its value from `values`: a Ref
/// becomes ${Id}, a GetAtt ${Id.Attr}, a string is inlined, anything else
/// becomes a variable of the Sub. Throws cfn::Error when the type has no
/// ArnTemplate or a placeholder has no value.
[[nodiscard]] Fn for_type(std::string_view resource_type, const Map& values);

}  // namespace cfn::arn
