/// @file
/// Splitting a template that exceeds CloudFormation's quotas into a parent
/// stack and nested stacks (AWS::CloudFormation::Stack), as a drop-in
/// replacement: the parent takes the template's Parameters and gives its
/// Outputs under the same names.
///
/// @code
///   cfn::SplitResult s = cfn::split(cfn::parse_file("fleet.yaml").root);
///   write("parent.yaml", cfn::to_yaml(s.parent));
///   for (const cfn::NestedStack& c : s.children) write(c.file, cfn::to_yaml(c.document));
/// @endcode
///
/// How resources are grouped: resources that refer to each other (Ref,
/// Fn::GetAtt, ${} in Fn::Sub, DependsOn) stay together; when such a cluster
/// is too big for one stack, the resources many others refer to (a shared
/// network, a shared alarm topic) are taken out of it first, which leaves a
/// pattern's own resources (one instance of a fleet) together. Groups are
/// filled in dependency order, so the nested stacks depend on each other
/// without a cycle, and no group exceeds the limits.
///
/// How a group boundary is crossed: a reference from one group to a resource
/// of another becomes an Output of the producing child and a Parameter of the
/// consuming child, passed by the parent as `!GetAtt Producer.Outputs.Name`
/// (a list attribute travels joined by commas, as a CommaDelimitedList); a
/// DependsOn becomes a DependsOn between the two nested stacks (recorded in
/// the consuming child's Metadata under cfnpp::Split, so a reader can tell
/// which resources it stands for). Each child gets the template parameters,
/// conditions and mappings it uses. A reference to a resource with a
/// Condition is passed only when the condition holds (the output has the
/// condition, the parent passes AWS::NoValue otherwise, and the child's
/// parameter defaults to "").
///
/// When the parent would itself exceed the limits (a fleet of 10,000
/// instances needs about 530 nested stacks, and a stack holds 500
/// resources), it is split again the same way: the nested stacks are grouped
/// under nested stacks of their own (Group1, Group2 ..., files group-N.yaml),
/// and once more under Part1 ... (part-N.yaml) when needed: up to 500 x 500
/// x 500 stacks. Every level takes its templates from the same bucket and prefix.
///
/// Each child's TemplateURL is
/// @code
///   https://${TemplateBucket}.s3.${AWS::Region}.${AWS::URLSuffix}/${TemplatePrefix}<file>
/// @endcode
/// from two parameters the parent adds.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/error.hpp"
#include "cfn/limits.hpp"
#include "cfn/value.hpp"

namespace cfn {

/// What each stack (the parent and every child) must fit in.
struct SplitLimits {
  std::size_t resources = limits::kResources;    ///< resources in one stack
  std::size_t parameters = limits::kParameters;  ///< parameters of one stack
  std::size_t outputs = limits::kOutputs;        ///< outputs of one stack
  /// Of the YAML text, as written by cfn::to_yaml.
  std::size_t template_bytes = limits::kBodyBytes;
};

/// One child of a split: an AWS::CloudFormation::Stack of the parent and its template.
struct NestedStack {
  /// The parent's logical id for it ("Stack1").
  std::string logical_id;
  /// Its file name, relative to the key prefix ("stack-1.yaml").
  std::string file;
  /// Its template.
  Value document;
};

/// What cfn::split gives: the parent and its nested stacks.
struct SplitResult {
  /// The template itself when it fits the limits (and `children` is empty).
  Value parent;
  /// The nested stacks of every level: the template's (stack-N.yaml) in the
  /// order they are created, then the groups of them (group-N.yaml, part-N.yaml).
  std::vector<NestedStack> children;
  /// @name Template location
  //@{
  /// The parent's parameters for where the children's templates are (bucket, key prefix).
  std::string bucket_parameter;
  std::string prefix_parameter;
  //@}
};

/// Thrown when the template cannot be split: it uses a transform, a
/// resource cannot leave the others it is tied to (a Fn::GetAtt whose
/// attribute is computed, which no output can carry) and together they
/// exceed the limits, or the parent would exceed them even at three levels. what() names
/// the resources.
class SplitError : public Error {
 public:
  using Error::Error;
};

/// The template's document as a parent and nested stacks that each fit
/// `limits`; the template itself when it fits already.
[[nodiscard]] SplitResult split(const Value& document, const SplitLimits& limits = {});
/// The same, moving the document's values into the stacks instead of copying them.
[[nodiscard]] SplitResult split(Value&& document, const SplitLimits& limits = {});

/// The parent's file in a split package; the children are NestedStack::file.
inline constexpr std::string_view kSplitParentFile = "parent.yaml";

/// One stack of a split as the file written: its name and YAML text.
struct SplitFile {
  std::string name;       ///< the file's name: NestedStack::file, or kSplitParentFile
  const Value* document;  ///< the stack's template, in the SplitResult
  std::string text;       ///< the YAML written
};

/// The children, then the parent, as YAML (cfn::to_yaml).
[[nodiscard]] std::vector<SplitFile> split_files(const SplitResult& split);

/// Creates `dir` and writes the files into it, each atomically, the parent
/// last. Throws cfn::Error "PATH: reason".
void write_split_files(const std::vector<SplitFile>& files, const std::filesystem::path& dir);

/// The commands that upload the children written to `dir` and deploy the parent.
[[nodiscard]] std::string deploy_commands(const SplitResult& split, const std::filesystem::path& dir);

}  // namespace cfn
