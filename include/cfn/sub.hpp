/// @file
/// Escaping for Fn::Sub: how to turn a plain script (user data, inline Lambda
/// code) into an Fn::Sub that CloudFormation gives back unchanged except for
/// the substitutions you declared.
///
/// CloudFormation reads a Sub string left to right (cfn::parse_sub in
/// cfn/intrinsics.hpp): "${" opens a variable that ends at the next "}"
/// (newlines included); "${!" instead opens a literal that is printed without
/// the "!". So a shell's ${VAR:-x} must be written ${!VAR:-x}, and bash's
/// ${!ref} must be written ${!!ref}.
///
/// A name with "::" or "." (${AWS::Region}, ${Eip.AllocationId}) is always
/// CloudFormation's: bash rejects such a ${...} as a bad substitution. The
/// escaper never escapes one, declared or not, so a misspelt name is not
/// turned into text the instance runs: it reaches the template, where
/// cfn::to_yaml checks it against the finished template (E1019, with "did you
/// mean"), whatever the order in which resources and user data were added.
/// check_sub_names says the same before there is a template (`cfnpp sub`).
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/error.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/template.hpp"
#include "cfn/value.hpp"

namespace cfn {

/// A script Fn::Sub cannot carry, at a position in it: what() is "line L,
/// column C: reason"; a tool names its file as FILE:L:C: reason.
class SubError : public Error {
 public:
  /// At 1-based `line` and `column` (in bytes) of the script.
  SubError(std::size_t line, std::size_t column, std::string reason);
  /// @name Position
  //@{
  /// Where, and what is wrong, without the position.
  [[nodiscard]] std::size_t line() const noexcept { return line_; }
  [[nodiscard]] std::size_t column() const noexcept { return column_; }
  [[nodiscard]] const std::string& reason() const noexcept { return reason_; }
  //@}

 private:
  std::size_t line_, column_;
  std::string reason_;
};

/// The names a Sub string may substitute: pseudo parameters always; the
/// template's parameters and resources (and Resource.Attribute); variables.
class SubNames {
 public:
  SubNames() = default;
  /// Parameters and resources of `tpl` as they are now.
  explicit SubNames(const Template& tpl);
  /// A parameter or a variable of the Sub's map. Throws cfn::Error when
  /// CloudFormation would refuse `name` in ${...} (is_valid_sub_variable_name).
  SubNames& add(std::string_view name);
  /// A resource: declares `id` and every `id.Attribute`. Throws cfn::Error
  /// when `id` is not a logical id (is_valid_logical_id).
  SubNames& add_resource(std::string_view logical_id);
  /// `name` was added (or is `id.Attribute` of an added resource).
  [[nodiscard]] bool declares(std::string_view name) const;
  /// The declared parameters, variables and resources, sorted.
  [[nodiscard]] std::vector<std::string_view> names() const;
  /// The declared resources, sorted.
  [[nodiscard]] std::vector<std::string_view> resources() const;

 private:
  std::set<std::string, std::less<>> names_;
  std::set<std::string, std::less<>> resources_;
};

/// True for a Sub variable name with "::" or "." (AWS::Region, Eip.AllocationId):
/// CloudFormation's, never a shell's.
[[nodiscard]] bool is_cloudformation_name(std::string_view name) noexcept;

/// What check_sub_names finds in a script.
struct SubNameProblem {
  /// An Error stops `cfnpp sub` (exit 2); a Warning is printed.
  enum class Severity { Error, Warning };
  Severity severity;    ///< how bad
  std::size_t offset;   ///< where the "${" is in the script
  std::string message;  ///< "${AWS::Regoin} is not a pseudo parameter (did you mean AWS::Region?)"
};

/// The script's ${...} names that are surely mistakes when `names` is all the
/// script may substitute: an error for each undeclared CloudFormation name
/// (is_cloudformation_name), with the closest declared one; a warning for a
/// plain ${Name} that is not declared, is within an edit distance of 2 of a
/// declared name (1 for names of 4-5 characters, only a case difference for
/// shorter ones, which shells use everywhere) and that the script
/// never assigns (Name=..., for Name in, read Name): it will stay shell text.
/// Each name once, in script order.
[[nodiscard]] std::vector<SubNameProblem> check_sub_names(std::string_view text, const SubNames& names);

/// The Sub string for `text`: every "${" that opens a variable neither
/// declared in `names` nor a CloudFormation name becomes "${!"; the others
/// stay. Throws cfn::SubError (line and column) on a "${" that has no
/// closing "}", whose meaning CloudFormation does not document.
[[nodiscard]] std::string escape_for_sub(std::string_view text, const SubNames& names);

/// The value for a script kept as a plain file: Fn::Sub of the escaped text
/// when it uses a declared name or a CloudFormation name (`variables` are declared too and become the
/// Sub's map), or the text itself as a plain string when it uses none.
[[nodiscard]] Value sub_text(std::string_view text, const SubNames& names, Map variables = {});

/// EC2 user data: Fn::Base64 of sub_text. Throws cfn::Error when the script is
/// over the 16 KB EC2 limit.
[[nodiscard]] Fn user_data(std::string_view script, const SubNames& names, Map variables = {});

}  // namespace cfn
