/// @file
/// Checking templates: each check is a rule with a stable code (E for errors,
/// W for warnings), run over a template document, parsed or built in code.
///
/// @code
///   const cfn::ParseOptions reading{.unknown_tags = cfn::UnknownTags::ReadAsLongForm};
///   for (const cfn::Finding& f : cfn::lint(cfn::parse_file("stack.yaml", reading)))
///     std::cout << cfn::format_finding(f, "stack.yaml") << '\n';
/// @endcode
///
/// Parsed that way (as `cfnpp lint` parses), a YAML tag that is not
/// CloudFormation's (`!Foo x`, a rain directive) is an E0000 finding and the rest of
/// the template is still checked; the default parse throws at it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/document.hpp"
#include "cfn/error.hpp"
#include "cfn/finding.hpp"
#include "cfn/path.hpp"
#include "cfn/rule_info.hpp"
#include "cfn/value.hpp"

namespace cfn {

/// Every rule, sorted by code.
[[nodiscard]] std::span<const RuleInfo> lint_rules() noexcept;

/// How to judge what changes with time and place.
struct LintOptions {
  /// The day the date-dependent rules (Lambda runtimes: E2531, W2531) judge
  /// at, "YYYY-MM-DD". Empty: lint_data_date(), the day their data was last
  /// reviewed. Never the machine's clock: the same template gives the same
  /// findings on every machine and every day, until the data is updated.
  std::string as_of{};
  /// The regions the template is meant for (E3006: its resource types must
  /// be offered in each). Empty: us-east-1.
  std::vector<std::string> regions{};
  /// Rule codes, or their prefixes as cfn-lint takes them ("W39": W3902 to
  /// W3908; "W": every warning), whose findings are suppressed everywhere in
  /// the template (`cfnpp lint --ignore`), besides what the template's own
  /// Metadata suppresses (see LintReport).
  std::vector<std::string> ignore_checks{};
  /// The template reaches CloudFormation from S3 (a nested stack's
  /// TemplateURL, `aws cloudformation deploy --s3-bucket`), never as an
  /// inline body: W1002, the 51,200-byte inline limit, does not apply.
  bool from_s3 = false;
};

/// What the rules found, split as cfn-lint users expect: a finding is
/// suppressed when its code starts with an entry of LintOptions::ignore_checks,
/// of the template's `Metadata: {cfn-lint: {config: {ignore_checks: [...]}}}`,
/// or of the same Metadata of the resource its path is in
/// (`Resources.NAME.Metadata.cfn-lint.config.ignore_checks`).
struct LintReport {
  std::vector<Finding> findings;    ///< reported, sorted by position
  std::vector<Finding> suppressed;  ///< matched by an ignore_checks entry, sorted by position
};

/// The day the date-dependent data (the Lambda runtime table) was last
/// checked against its sources, "YYYY-MM-DD".
[[nodiscard]] std::string_view lint_data_date() noexcept;

/// True for a calendar date written "YYYY-MM-DD".
[[nodiscard]] bool is_iso_date(std::string_view text) noexcept;

/// Runs every rule on a parsed document (the size rules and E0000 read what
/// the Document says about its text) and sets the suppressed findings apart.
/// Findings are sorted by position, then path and code. Throws cfn::Error
/// when options.as_of is neither empty nor a date, or options.regions names a
/// region the region data does not know.
[[nodiscard]] LintReport lint_report(const Document& document, const LintOptions& options = {});
/// A template document built in code: no source text, no positions.
[[nodiscard]] LintReport lint_report(const Value& document, const LintOptions& options = {});
/// The findings of lint_report, without the suppressed ones.
[[nodiscard]] std::vector<Finding> lint(const Document& document, const LintOptions& options = {});
/// The findings of lint_report for a template document built in code.
[[nodiscard]] std::vector<Finding> lint(const Value& document, const LintOptions& options = {});

/// Runs every rule and throws ValidationError listing the errors, if any.
/// (A Template is checked by cfn/build.hpp, with what its builder recorded.)
void validate(const Value& document);

}  // namespace cfn
