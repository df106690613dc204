/// @file
/// Comparing two templates: what CloudFormation would do if the stack built
/// from OLD were updated with NEW.
///
/// @code
///   cfn::TemplateDiff d = cfn::diff_templates(cfn::parse_file("old.yaml").root,
///                                             cfn::parse_file("new.yaml").root);
///   std::cout << cfn::format_diff(d, cfn::DiffFormat::Text);
/// @endcode
///
/// The comparison is semantic: both documents are normalised first, so that
/// nothing is reported for what does not change the template's meaning:
///  - formatting, key order, YAML vs JSON, short vs long intrinsic forms (the
///    parser reads `!Ref X` and `{Ref: X}` alike);
///  - `Fn::GetAtt: "A.B"` vs `[A, B]` (split at the first dot, as CloudFormation
///    does); `!Sub [s, {}]` vs `!Sub s`; `!Sub s` vs `s` when s has no "${";
///    `!GetAZs ''` vs `!GetAZs !Ref AWS::Region`;
///  - `Transform: X` vs `[X]`; `DependsOn: X` vs `[X]`, and DependsOn order
///    and repeats; a resource without Properties vs `Properties: {}`;
///  - quoting: CloudFormation hands template values to resources and
///    functions as strings, so scalars compare by their text: '80' == 80,
///    "true" == true, 80 == 80.0; null equals only null. Not inside the
///    values the specification types as JSON (IAM policy documents,
///    EventBridge patterns, Step Functions definitions...) nor in Metadata,
///    which reach their consumer as JSON: there "80" and 80 differ.
/// List order always matters (Tags included: CloudFormation updates a
/// resource whose list was reordered).
///
/// The consequence of each property change comes from the resource
/// specification's UpdateType, at every level of the property's path:
/// Immutable anywhere on the path means replacement, else Conditional means
/// "may replace", else Mutable means an update in place. A nested Mutable
/// never overrides an Immutable or Conditional ancestor: most nested entries
/// of the specification are Mutable by default (28,000 of 30,000), e.g.
/// AWS::DynamoDB::Table.KeySchema.AttributeName is Mutable while KeySchema is
/// Immutable. A curated table corrects the specification where the AWS
/// documentation says an update is not supported at all (lib/diff/update_overrides.cpp,
/// with sources): AWS::EC2::Volume's AvailabilityZone, for one. A SAM
/// resource's property is judged by the CloudFormation property the SAM
/// mapping (cfn/sam_mapping.hpp) says it becomes, and the reason says so.
///
/// A replacement spreads (SpreadChange): what refers to a replaced resource
/// is judged at the path of the reference as if it had changed there, and
/// is listed though its own text is unchanged; transitively
/// (lib/diff/replacement_spread.hpp has the rules).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/deployment.hpp"
#include "cfn/path.hpp"
#include "cfn/value.hpp"

namespace cfn {

// ---- consequences ----

/// What CloudFormation does to a resource, from the least to the most severe.
enum class Impact : std::uint8_t {
  None,        ///< the physical resource is not touched (DependsOn, Metadata, policies)
  Update,      ///< updated in place (the specification says Mutable)
  Unknown,     ///< the specification does not say (unknown type or property)
  MayReplace,  ///< Conditional: replaced in some cases
  Replace,     ///< Immutable property, or a new logical id
  Rejected,    ///< CloudFormation refuses the change: the update fails
};
/// "none", "update", "unknown", "may-replace", "replace", "rejected".
[[nodiscard]] std::string_view to_string(Impact impact) noexcept;

/// What happened to a resource, an entry or a value between the two templates.
enum class ChangeKind : std::uint8_t { Added, Removed, Modified };
/// "added", "removed", "modified".
[[nodiscard]] std::string_view to_string(ChangeKind kind) noexcept;

/// One difference at a path. For resources the path starts at the resource
/// ("Properties.CidrBlock", "DeletionPolicy"); for other sections at the entry
/// ("Default", "Value"); it is empty when the whole entry changed.
struct ValueChange {
  Path path;                       ///< Properties.Tags[0].Value (cfn::to_string)
  std::optional<Value> old_value;  ///< nullopt: added at this path
  std::optional<Value> new_value;  ///< nullopt: removed at this path
  Impact impact = Impact::None;    ///< resources only
  std::string reason;              ///< why that impact: "CidrBlock is Immutable"
  /// A SAM resource's change that the SAM mapping judges by another resource
  /// the transform generates (RolePath: the function's AWS::IAM::Role): a
  /// replacement there does not replace what the SAM resource's Ref names.
  bool another_resource = false;

  /// Added (no old value), removed (no new value) or modified.
  [[nodiscard]] ChangeKind kind() const noexcept {
    return !old_value ? ChangeKind::Added : !new_value ? ChangeKind::Removed : ChangeKind::Modified;
  }
};

// ---- data ----

/// What happens to the data of a stateful resource that is deleted or replaced.
enum class DataFate : std::uint8_t {
  Retained,        ///< Retain / RetainExceptOnCreate: kept, outside the stack
  Snapshot,        ///< a snapshot is taken, then the resource is deleted
  Deleted,         ///< deleted with its data: DATA LOSS
  DeletedIfEmpty,  ///< S3 buckets, backup vaults: deleted only when empty, else the deletion fails
  Protected,       ///< deletion protection is on: the deletion fails
  Unknown,         ///< the policy is computed (Fn::If): cfnpp cannot tell
};
/// "retained", "snapshot", "deleted", "deleted-if-empty", "protected", "unknown".
[[nodiscard]] std::string_view to_string(DataFate fate) noexcept;

/// The data at risk when a stateful resource is removed or (may be) replaced.
struct DataRisk {
  DataFate fate = DataFate::Deleted;  ///< what happens to the data
  std::string policy;                 ///< "DeletionPolicy" (removed) or "UpdateReplacePolicy" (replaced)
  std::string value;                  ///< "Delete", "Snapshot", ... as it applies
  bool by_default = false;            ///< the template does not set the policy
  bool if_replaced = false;           ///< the resource may be replaced (Conditional), not surely
  std::string message;                ///< one sentence for people

  /// The data is deleted with the resource.
  [[nodiscard]] bool loses_data() const noexcept { return fate == DataFate::Deleted; }
};

// ---- replacement that spreads ----

/// A replaced resource gets a new physical id (and new attributes), so a
/// resource that refers to it (Ref, Fn::GetAtt, a `${...}` of Fn::Sub,
/// anywhere in its Properties) changes too, though its text may not: what
/// that does is the update type at the reference's path, as for a change
/// there (Immutable: replaced; Conditional: may be replaced; Mutable:
/// updated). It spreads on: what that replaces is a source in turn.
/// DependsOn, Metadata and the policies are no change to the resource.
struct SpreadChange {
  std::string source;         ///< the referenced resource that is (or may be) replaced
  bool source_surely = true;  ///< false: the source may be replaced (Conditional), not surely
  /// The resource whose own change (or new logical id) starts the chain;
  /// equal to `source` when it does.
  std::string origin;
  Path path;                     ///< where the reference stands: Properties.Bucket
  Impact impact = Impact::None;  ///< what it does to the referring resource
  std::string reason;            ///< the update type there: "Bucket is Immutable"
};

// ---- results ----

/// One resource added, removed or modified, with what deploying it does.
struct ResourceChange {
  std::string logical_id;                  ///< the resource's logical id
  ChangeKind kind = ChangeKind::Modified;  ///< added, removed or modified
  std::string old_type;                    ///< empty when added
  std::string new_type;                    ///< empty when removed
  /// Added or removed: None, except Replace for the new logical id of what
  /// looks like a renamed resource (lib/diff/renames.hpp). Modified: the most severe impact of its changes and
  /// of the replacements that spread to it.
  Impact impact = Impact::None;
  std::string reason;       ///< for the resource as a whole (new logical id, type change)
  std::string replaces;     ///< added: the removed resource it looks like a rename of
  std::string replaced_by;  ///< removed: the added resource that looks like its new name
  /// Modified only, in the order of the NEW resource; empty when only a
  /// replacement spreads to the resource (its definition is unchanged).
  std::vector<ValueChange> changes;
  /// Modified only: the replaced resources it refers to, one entry each (the
  /// most severe of its references to it, the first among equals), in the
  /// order of the first reference.
  std::vector<SpreadChange> spread;
  std::optional<DataRisk> data;  ///< stateful resources that are removed or (may be) replaced
};

/// A change outside Resources: a parameter, rule, mapping, condition, output
/// or Metadata key (name set), or a whole section such as Description or
/// Transform (name empty).
struct EntryChange {
  std::string section;                     ///< "Parameters", "Outputs", "Description", ...
  std::string name;                        ///< the entry's name; empty for a whole section
  ChangeKind kind = ChangeKind::Modified;  ///< added, removed or modified
  std::optional<Value> old_value;          ///< nullopt: added
  std::optional<Value> new_value;          ///< nullopt: removed
  std::vector<ValueChange> changes;  ///< modified entries: what changed inside (one empty-path change for scalars)
};

/// Counts over a TemplateDiff, for a one-line summary and exit codes.
struct DiffSummary {
  std::size_t added = 0;        ///< resources added
  std::size_t removed = 0;      ///< resources removed
  std::size_t modified = 0;     ///< resources modified (their definition, or by a replacement that spreads)
  std::size_t spread = 0;       ///< modified resources that a replacement spreads to (SpreadChange)
  std::size_t replace = 0;      ///< resources replaced
  std::size_t may_replace = 0;  ///< resources that may be replaced (Conditional)
  std::size_t rejected = 0;     ///< resource changes CloudFormation refuses
  std::size_t unknown = 0;      ///< resource changes whose impact the specification does not give
  std::size_t update = 0;       ///< resources updated in place
  std::size_t data_loss = 0;    ///< resources whose data is deleted (surely or if replaced)
  std::size_t entries = 0;      ///< changes outside Resources
};

/// The one deployment a diff is made for (diff_deployment): the parameters
/// given, and the conditions they decide in each template.
struct DiffDeployment {
  std::vector<std::pair<std::string, std::string>> parameters;  ///< as given, in order
  /// A condition's value in OLD and in NEW (nullopt: the template has no such condition).
  struct Condition {
    std::string name;                ///< the condition's name
    std::optional<Truth> old_value;  ///< its value in OLD
    std::optional<Truth> new_value;  ///< its value in NEW
  };
  std::vector<Condition> conditions;  ///< NEW's in order, then those only OLD has
};

/// What deploying one template over another changes (diff_templates).
struct TemplateDiff {
  /// Resources in the order of the NEW template; a removed resource stands
  /// where it stood in OLD: after the resource that preceded it there (first
  /// when none did), so a renamed resource's two halves sit together.
  std::vector<ResourceChange> resources;
  /// Other sections in canonical order (cfn::knowledge::sections():
  /// AWSTemplateFormatVersion, Description, Metadata, Transform, Parameters,
  /// Rules, Mappings, Conditions, Outputs, Hooks, Globals), then unknown
  /// sections; entries in NEW order as above.
  std::vector<EntryChange> entries;
  /// Set by diff_deployment: the diff is for this deployment only.
  std::optional<DiffDeployment> deployment;

  /// Nothing changes.
  [[nodiscard]] bool empty() const noexcept { return resources.empty() && entries.empty(); }
  /// The counts of resources per kind and impact, and of other changes.
  [[nodiscard]] DiffSummary summary() const;
};

/// Compares two template documents (maps, as the parser gives them).
[[nodiscard]] TemplateDiff diff_templates(const Value& old_document, const Value& new_document);

/// Compares the two templates as one deployment with `parameters` sees them
/// (cfn::deploy: conditions resolved, resources and outputs whose condition
/// is false left out, Fn::If's branch picked, parameters' values in place of
/// their Refs), each with its own defaults; records the deployment and what
/// its conditions are in TemplateDiff::deployment. Without it (diff_templates)
/// a Condition or Fn::If change is judged for every deployment at once.
[[nodiscard]] TemplateDiff diff_deployment(const Value& old_document, const Value& new_document,
                                           const DeploymentParameters& parameters);

/// The normal form both documents are compared in (see the top of this
/// file); the scalar comparison by text is not a rewrite and is not applied here.
[[nodiscard]] Value normalize_template(Value document);

// ---- line diffs ----

/// One line of a line diff.
struct DiffLine {
  /// Kept in both, removed from the old text, or added in the new.
  enum class Op : std::uint8_t { Keep, Remove, Add };
  Op op;                  ///< what happens to the line
  std::string_view text;  ///< without the line break; views into the compared strings
  std::size_t old_line;   ///< 1-based; 0 for Add
  std::size_t new_line;   ///< 1-based; 0 for Remove
};

/// A shortest edit script turning the lines of `old_text` into those of
/// `new_text` (Myers' O(ND) algorithm). For very different texts it may
/// give up on minimality and replace the differing middle as a whole.
[[nodiscard]] std::vector<DiffLine> diff_lines(std::string_view old_text, std::string_view new_text);

/// A unified-diff hunk: "@@ -old_start,old_count +new_start,new_count @@" and its lines.
struct DiffHunk {
  std::size_t old_start = 0;    ///< 1-based first line in the old text
  std::size_t old_count = 0;    ///< lines of the old text
  std::size_t new_start = 0;    ///< 1-based first line in the new text
  std::size_t new_count = 0;    ///< lines of the new text
  std::vector<DiffLine> lines;  ///< the lines, context included
};
/// The changed lines of diff_lines() grouped with `context` unchanged lines around them.
[[nodiscard]] std::vector<DiffHunk> diff_hunks(const std::vector<DiffLine>& lines, std::size_t context = 3);

// ---- output ----

/// Text for terminals, Markdown for pull-request comments, Json for programs.
enum class DiffFormat : std::uint8_t { Text, Markdown, Json };

/// How format_diff writes.
struct DiffOutputOptions {
  bool color = false;            ///< ANSI colors (text only)
  std::string old_name = "OLD";  ///< the compared files, for the header
  std::string new_name = "NEW";  ///< the new file, for the header
  /// The compared templates (both, or neither): with them, Markdown draws a
  /// Mermaid diagram of the changed resources and their direct neighbours,
  /// coloured by what happens to each (cfn/graph.hpp). They must outlive the call.
  const Value* old_document = nullptr;
  const Value* new_document = nullptr;  ///< see old_document
};

/// The diff for people (Text, Markdown for pull-request comments) or
/// programs (Json, schema "cfnpp-diff/1":
///   {"schema", "old", "new", "changed", "summary": {...DiffSummary fields},
///    "resources": [{"logical_id", "change", "old_type", "new_type", "impact",
///                   "reason", "replaces", "replaced_by", "data": null | {"fate",
///                   "policy", "value", "default", "if_replaced", "message"},
///                   "changes": [CHANGE...], "spread": [{"source",
///                   "source_impact" ("replace" or "may-replace"), "origin",
///                   "path", "path_text", "impact", "reason"}...]}],
///    "entries": [{"section", "name", "change", "old", "new", "changes": [CHANGE...]}],
///    "deployment": null | {"parameters": {NAME: VALUE...}, "conditions": [{"name",
///                   "old", "new"} ("true", "false", "unknown"; null: not in that template)]}}
///  with CHANGE = {"path": [steps], "path_text", "change", "old", "new",
///  "impact", "reason"}; values in CloudFormation's JSON form (long-form
///  intrinsics); absent values and empty strings where nothing applies are null).
/// Deterministic: the same diff gives the same bytes.
[[nodiscard]] std::string format_diff(const TemplateDiff& diff, DiffFormat format,
                                      const DiffOutputOptions& options = {});

}  // namespace cfn
