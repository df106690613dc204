// What a rule's check reads and reports to: the Context (the document, its
// TemplateView, the options) and the helpers several rules share. Rules that
// only call a shared check (section_checks.hpp, resource_policies.hpp) need
// only lint/rule.hpp.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/finding.hpp"
#include "cfn/lint.hpp"
#include "lint/rule.hpp"

namespace cfn {
class TemplateView;
struct TemplateResource;
}  // namespace cfn

namespace cfn::detail::strings {
class ClosestNames;
}  // namespace cfn::detail::strings

namespace cfn::detail::checks {

/// What the rules read: the template document, and for a parsed one what the
/// Document says about its text (for built templates: 0 bytes, no duplicates,
/// no version-dependent spellings, no unknown tags).
struct Source {
  const Value& root;
  std::size_t bytes;
  std::span<const DuplicateKey> duplicate_keys;
  std::span<const VersionDependentScalar> version_dependent_scalars;
  std::span<const UnknownTag> unknown_tags;
};

class Context {
 public:
  Context(const Source& source, const LintOptions& options = {});
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  [[nodiscard]] const Value& root() const noexcept { return source_.root; }
  /// The length of the parsed text; 0 for templates built in code.
  [[nodiscard]] std::size_t source_bytes() const noexcept { return source_.bytes; }
  [[nodiscard]] std::span<const DuplicateKey> duplicate_keys() const noexcept { return source_.duplicate_keys; }
  [[nodiscard]] std::span<const VersionDependentScalar> version_dependent_scalars() const noexcept {
    return source_.version_dependent_scalars;
  }
  [[nodiscard]] std::span<const UnknownTag> unknown_tags() const noexcept { return source_.unknown_tags; }
  /// The day date-dependent rules judge at, "YYYY-MM-DD" (LintOptions::as_of or lint_data_date()).
  [[nodiscard]] std::string_view as_of() const noexcept;
  /// The regions the template is meant for (LintOptions::regions, or us-east-1).
  [[nodiscard]] std::span<const std::string> regions() const noexcept;
  /// LintOptions::from_s3: the template is never passed inline.
  [[nodiscard]] bool from_s3() const noexcept { return options_.from_s3; }
  /// The template's sections, names, resources and intrinsics, built on
  /// first use and shared by the rules (cfn/template_view.hpp).
  [[nodiscard]] const TemplateView& view() const;

  /// The names "did you mean" offers for a misspelt reference, indexed once
  /// per template on first use (strings::ClosestNames), so that n bad
  /// references against n names stay near linear.
  enum class Names : unsigned char { ParametersAndResources, Resources, Conditions, Mappings, ResourceTypes };
  [[nodiscard]] const strings::ClosestNames& names(Names which) const;

  void report(const RuleInfo& rule, Mark mark, Path path, std::string message);
  [[nodiscard]] std::vector<Finding> take_findings() { return std::move(findings_); }

 private:
  Source source_;
  const LintOptions& options_;
  mutable std::unique_ptr<TemplateView> view_;
  mutable std::array<std::unique_ptr<strings::ClosestNames>, 5> names_;
  std::vector<Finding> findings_;
};

/// Every rule, sorted by code.
std::span<const Rule* const> all_rules() noexcept;

/// The closest of `candidates` to `word` (case-insensitive, edit distance at
/// most a third of the word's length), or "" when none is close.
std::string_view closest_match(std::string_view word, const std::vector<std::string_view>& candidates);
/// " (did you mean X?)" with the closest match, or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);
/// The same over indexed names and then a few `more` (the first of equals wins, the index's first).
std::string did_you_mean(std::string_view word, const strings::ClosestNames& names,
                         const std::vector<std::string_view>& more = {});

/// " (line N of the string)" when `offset` is past the first line of `text`, "" otherwise.
std::string line_in_string(std::string_view text, std::size_t offset);

/// Why `attribute` is not one Fn::GetAtt may ask `resource` for, or nullopt
/// when it is (schema::ResourceTypeInfo::answers_attribute), or when the type
/// is not one the specification describes (custom resources, registry
/// types: any attribute goes), or a SAM type (SAM answers for the resources
/// it generates). Names the closest attribute, or lists some.
std::optional<std::string> attribute_problem(const TemplateResource& resource, std::string_view attribute);

}  // namespace cfn::detail::checks
