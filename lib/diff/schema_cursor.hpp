// Follows a path into a resource's properties through the resource
// specification, to tell (1) what changing the value there does to the
// resource and (2) whether the value is typed as JSON (compared with its kinds).
//
// The rule for nested properties: every level of the path has an UpdateType
// in the specification; the most severe one decides (Immutable, then
// Conditional, then Mutable). An explicit Immutable deep inside (e.g.
// AWS::EC2::Instance.Ebs.KmsKeyId under the Conditional BlockDeviceMappings)
// is more specific than its parent and wins; a nested Mutable is the
// specification's default (28,000 of its 30,000 nested entries) and cannot
// lift an Immutable parent (AWS::DynamoDB::Table.KeySchema's AttributeName).
// A property the specification does not know makes the change unknown,
// unless an ancestor is Immutable (then it is a replacement whatever it is).
// Inside a function (other than the branches of Fn::If) the path leaves the
// schema: the levels met so far decide.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/diff.hpp"
#include "cfn/schema.hpp"
#include "diff/equivalence.hpp"
#include "diff/update_overrides.hpp"

namespace cfn::diff_detail {

class SchemaCursor {
 public:
  /// Outside resource properties (sections, resource attributes); no impact.
  static SchemaCursor untyped(Comparison comparison);
  /// At the Properties of a resource of this type.
  static SchemaCursor properties_of(std::string_view resource_type);

  [[nodiscard]] SchemaCursor key(std::string_view key) const;
  [[nodiscard]] SchemaCursor index(std::size_t i) const;
  /// Into the argument of a function node.
  [[nodiscard]] SchemaCursor function(FnKind kind) const;

  [[nodiscard]] Comparison comparison() const noexcept { return comparison_; }
  /// True when no step below can change comparison() (outside the schema, or already JSON).
  [[nodiscard]] bool comparison_is_final() const noexcept {
    return comparison_ == Comparison::Json || at_ == At::Untyped || at_ == At::Opaque;
  }

  struct Assessment {
    Impact impact;
    std::string reason;
  };
  /// What changing the value at this position does to the resource.
  [[nodiscard]] Assessment assess() const;

 private:
  enum class At : unsigned char { Untyped, Properties, Value, IfArguments, Opaque };

  void enter_property(std::string_view owner, const schema::PropertyInfo& info);
  void set_shapes(const schema::PropertyInfo& info);

  At at_ = At::Untyped;
  Comparison comparison_ = Comparison::Text;
  std::string resource_type_;
  bool custom_ = false;
  bool known_type_ = false;
  std::vector<schema::TypeRef> shapes_;  // the accepted shapes of the value here
  std::optional<schema::UpdateType> worst_;
  std::string worst_at_;  // "CidrBlock", "Ebs.KmsKeyId"
  const UpdateOverride* override_ = nullptr;
  std::string unknown_;  // why the specification cannot say, when it cannot
  bool whole_properties_ = false;
};

}  // namespace cfn::diff_detail
