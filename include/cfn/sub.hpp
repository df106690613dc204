// Escaping for Fn::Sub: how to turn a plain script (user data, inline Lambda
// code) into an Fn::Sub that CloudFormation gives back unchanged except for
// the substitutions you declared.
//
// CloudFormation reads a Sub string left to right (cfn::parse_sub in
// cfn/intrinsics.hpp): "${" opens a variable that ends at the next "}"
// (newlines included); "${!" instead opens a literal that is printed without
// the "!". So a shell's ${VAR:-x} must be written ${!VAR:-x}, and bash's
// ${!ref} must be written ${!!ref}.
#pragma once

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/intrinsics.hpp"
#include "cfn/template.hpp"
#include "cfn/value.hpp"

namespace cfn {

/// The names a Sub string may substitute: pseudo parameters always; the
/// template's parameters and resources (and Resource.Attribute); variables.
class SubNames {
 public:
  SubNames() = default;
  /// Parameters and resources of `tpl` as they are now.
  explicit SubNames(const Template& tpl);
  /// A parameter or a variable of the Sub's map.
  SubNames& add(std::string_view name);
  /// A resource: declares `id` and every `id.Attribute`.
  SubNames& add_resource(std::string_view logical_id);
  [[nodiscard]] bool declares(std::string_view name) const;

 private:
  std::set<std::string, std::less<>> names_;
  std::set<std::string, std::less<>> resources_;
};

/// The Sub string for `text`: every "${" that opens a variable not declared in
/// `names` becomes "${!", declared ones stay. Throws cfn::Error (with line and
/// column) on a "${" that has no closing "}", whose meaning CloudFormation
/// does not document.
[[nodiscard]] std::string escape_for_sub(std::string_view text, const SubNames& names);

/// The value for a script kept as a plain file: Fn::Sub of the escaped text
/// when it uses a declared name (`variables` are declared too and become the
/// Sub's map), or the text itself as a plain string when it uses none.
[[nodiscard]] Value sub_text(std::string_view text, const SubNames& names, Map variables = {});

/// EC2 user data: Fn::Base64 of sub_text. Throws cfn::Error when the script is
/// over the 16 KB EC2 limit.
[[nodiscard]] Fn user_data(std::string_view script, const SubNames& names, Map variables = {});

}  // namespace cfn
