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
// schema: the levels met so far decide. The steps follow schema::Cursor.
//
// SAM resources (AWS::Serverless::*) are the SAM transform's input: the
// specification marks every SAM property Immutable, which says nothing about
// what CloudFormation does. A change is judged instead by the CloudFormation
// property the SAM mapping (cfn/sam_mapping.hpp) says it becomes: an
// Application's Location by the TemplateURL of an AWS::CloudFormation::Stack,
// an SQS event's BatchSize by an AWS::Lambda::EventSourceMapping's. Passed
// directly, the path goes on in the generated type; reshaped by SAM, the
// mapped property decides as a whole. A property SAM alone knows is unknown.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cfn/diff.hpp"
#include "cfn/sam_mapping.hpp"
#include "cfn/schema.hpp"
#include "diff/equivalence.hpp"
#include "diff/update_overrides.hpp"

namespace cfn::detail::diff {

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
  /// Before stepping into `value`: the shape it has where the specification
  /// accepts several (schema::Cursor::resolve), and for a SAM function's
  /// event, the resource SAM generates for it (from its Type).
  [[nodiscard]] SchemaCursor resolve(const Value& value) const;

  [[nodiscard]] Comparison comparison() const noexcept {
    return base_ == Comparison::Json || at_.in_json() ? Comparison::Json : Comparison::AsString;
  }
  /// True when no step below can change comparison() (outside the schema, or already JSON).
  [[nodiscard]] bool comparison_is_final() const noexcept {
    return comparison() == Comparison::Json || at_.at() == schema::Cursor::At::Untyped;
  }

  struct Assessment {
    Impact impact;
    std::string reason;
    /// SAM: judged by another resource SAM generates (the function's role, a version), not the one Ref names.
    bool another_resource = false;
  };
  /// What changing the value at this position does to the resource.
  [[nodiscard]] Assessment assess() const;

 private:
  /// Where a SAM resource's path stands: in what SAM passes on as it is
  /// (Passed) or rewritten (Reshaped) to a CloudFormation property, or in
  /// what it turns into other resources (Unmapped).
  enum class Sam : unsigned char { No, Top, Events, Event, EventProperties, Passed, Reshaped, Unmapped };

  /// Records the property `after` entered from `before` (the path's update types).
  void record(const schema::Cursor& before, const schema::Cursor& after, std::string_view key);
  /// Enters the SAM property `key` (of the resource, or of the event `event_`).
  void enter_sam_property(std::string_view key);

  schema::Cursor at_;  // in the resource's own specification: shapes and comparisons
  Comparison base_ = Comparison::AsString;
  std::string resource_type_;
  bool custom_ = false;
  bool known_type_ = false;
  bool whole_properties_ = false;
  Sam sam_ = Sam::No;
  schema::Cursor judge_;                             // SAM: in the mapped resource, whose update types apply
  const knowledge::SamProperty* sam_row_ = nullptr;  // SAM: the mapping of the property entered
  std::string event_;                                // SAM: the Type of the function event entered
  std::string sam_property_;                         // SAM: the property entered, mapped or not
  std::optional<schema::UpdateType> worst_;
  std::string worst_at_;  // "CidrBlock", "Ebs.KmsKeyId"
  const UpdateOverride* override_ = nullptr;
  std::string unknown_;  // why the specification cannot say, when it cannot
};

}  // namespace cfn::detail::diff
