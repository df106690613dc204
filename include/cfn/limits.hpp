/// @file
/// CloudFormation and EC2 quotas that the builder and the checks enforce.
/// Sources: the CloudFormation user guide's quotas page and cfn-lint's LIMITS.
#pragma once

#include <cstddef>

namespace cfn::limits {

/// Resources in a template.
inline constexpr std::size_t kResources = 500;
/// Parameters in a template.
inline constexpr std::size_t kParameters = 200;
/// Outputs in a template.
inline constexpr std::size_t kOutputs = 200;
/// Mappings in a template.
inline constexpr std::size_t kMappings = 200;
/// Attributes (second-level keys) in a mapping.
inline constexpr std::size_t kMappingAttributes = 200;
/// Characters of a logical id.
inline constexpr std::size_t kLogicalIdLength = 255;
/// Bytes of the template's Description.
inline constexpr std::size_t kDescriptionBytes = 1024;
/// TemplateBody passed inline to CreateStack/UpdateStack.
inline constexpr std::size_t kInlineBodyBytes = 51'200;
/// Template read from S3 (cfn-lint E1002 counts 1 MB as 1,000,000 bytes).
inline constexpr std::size_t kBodyBytes = 1'000'000;
/// EC2 user data, before base64.
inline constexpr std::size_t kUserDataBytes = 16 * 1024;
/// The most cfnpp reads of one input (file, standard input, template text),
/// far above CloudFormation's own 1 MB, so only runaway input is refused.
inline constexpr std::size_t kInputBytes = std::size_t{256} << 20;
/// Maps and lists nested in one another: deeper input is refused by the
/// parser, deeper values by the emitters (every consumer of a Value recurses).
inline constexpr std::size_t kNestingDepth = 256;
/// Custom::Name type names.
inline constexpr std::size_t kCustomTypeNameLength = 60;

}  // namespace cfn::limits
