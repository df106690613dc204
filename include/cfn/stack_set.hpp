/// @file
/// One stack in many accounts and regions: a template that wraps a stack in an
/// AWS::CloudFormation::StackSet with service-managed permissions (AWS
/// Organizations deploys it to every account of the target organizational
/// units, and to accounts that join them later).
///
/// @code
///   cfn::Template wrapper = cfn::stack_set(cfn::patterns::autoheal());
/// @endcode
///
/// The wrapper's parameters: OrganizationalUnitIds and Regions (where the
/// stack instances go), and the stack's own parameters, passed to every
/// instance, except those of type AWS::SSM::Parameter::Value<...>, which each
/// account and region resolves itself (an AMI id differs per region). When
/// the stack's compact JSON is over the 51,200 bytes a StackSet's
/// TemplateBody holds, the wrapper takes a TemplateURL parameter instead.
#pragma once

#include "cfn/template.hpp"

namespace cfn {

/// Throws cfn::ValidationError when the stack has errors.
[[nodiscard]] Template stack_set(const Template& stack);

}  // namespace cfn
