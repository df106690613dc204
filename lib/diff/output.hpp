// The three renderings of a TemplateDiff, and what they share.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cfn/diff.hpp"

namespace cfn::detail::diff {

[[nodiscard]] std::string text_output(const TemplateDiff& diff, const DiffOutputOptions& options);
[[nodiscard]] std::string markdown_output(const TemplateDiff& diff, const DiffOutputOptions& options);
[[nodiscard]] std::string json_output(const TemplateDiff& diff, const DiffOutputOptions& options);

/// The Markdown of a Mermaid diagram of the changed resources and their
/// direct neighbours (in OLD or NEW), coloured by what happens to each; a
/// sentence instead when there would be too many; "" without resource changes.
[[nodiscard]] std::string change_diagram(const TemplateDiff& diff, const Value& old_document,
                                         const Value& new_document);

/// "update", "replace", "may replace", ... for people.
[[nodiscard]] std::string impact_label(Impact impact);

/// How a change's old and new values are shown.
struct ChangeBody {
  /// Both values fit on a line (either may be absent: "").
  bool inline_form = true;
  std::string old_text, new_text;
  /// Otherwise, diff lines: "@@ -1,3 +1,3 @@" (multi-line strings only), " same", "-old", "+new".
  std::vector<std::string> lines;
};
[[nodiscard]] ChangeBody change_body(const std::optional<Value>& old_value, const std::optional<Value>& new_value);

/// Whether a resource's change shows its reason beside its impact: all but
/// a plain update by the resource's own specification (said by "update"
/// alone); a SAM resource's always, as the SAM mapping derives them.
[[nodiscard]] bool shows_reason(const ValueChange& change, const ResourceChange& resource);

/// Why a replacement reaches a resource, after its impact: "because
/// StateBucket is replaced (Bucket is Immutable)", plus "; the replacement
/// starts at Vpc" when the source was reached in turn.
[[nodiscard]] std::string spread_cause(const SpreadChange& spread);

/// "Resources: 2 added, 1 removed, 3 modified; 1 replace, 2 update; 1 reached
/// by a replacement", or "" without resource changes.
[[nodiscard]] std::string resource_summary(const DiffSummary& s);

/// "the deployment with Env=prod, Size=2" (or "... with no parameters given").
[[nodiscard]] std::string deployment_phrase(const DiffDeployment& deployment);

/// What the deployment's conditions are: "IsProd true, HasBackups false → true
/// (only in NEW: UseCdn unknown)", or "" when the templates have none.
[[nodiscard]] std::string conditions_phrase(const DiffDeployment& deployment);

/// The sections other than Resources with changes, in order: "Parameters, Outputs".
[[nodiscard]] std::string changed_sections(const TemplateDiff& diff);

}  // namespace cfn::detail::diff
