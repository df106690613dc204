#include "cfn/lint.hpp"

#include <algorithm>
#include <tuple>

#include "cfn/registry.hpp"
#include "lint/context.hpp"
#include "lint/suppression.hpp"

namespace cfn {

std::span<const RuleInfo> lint_rules() noexcept {
  static const std::vector<RuleInfo> infos = [] {
    std::vector<RuleInfo> out;
    for (const detail::checks::Rule* r : detail::checks::all_rules()) out.push_back(r->info);
    return out;
  }();
  return infos;
}

std::string_view lint_data_date() noexcept { return "2026-11-21"; }

bool is_iso_date(std::string_view s) noexcept {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] && (month != 2 || day <= 28 || leap);
}

namespace {

LintReport run_rules(const detail::checks::Source& source, const LintOptions& options) {
  if (!options.as_of.empty() && !is_iso_date(options.as_of))
    throw Error("as-of date '" + options.as_of + "' is not a date (YYYY-MM-DD)");
  for (const std::string& region : options.regions)
    if (!registry::is_region(region))
      throw Error("unknown region '" + region + "'" + detail::checks::did_you_mean(region, registry::regions()));
  detail::checks::Context context(source, options);
  for (const detail::checks::Rule* rule : detail::checks::all_rules()) rule->check(context, rule->info);
  std::vector<Finding> findings = context.take_findings();
  sort_findings(findings);
  return detail::checks::suppress(std::move(findings), source.root, options);
}

}  // namespace

LintReport lint_report(const Document& document, const LintOptions& options) {
  return run_rules({document.root, document.source_bytes, document.duplicate_keys, document.version_dependent_scalars,
                    document.unknown_tags},
                   options);
}

LintReport lint_report(const Value& document, const LintOptions& options) {
  return run_rules({document, 0, {}, {}, {}}, options);
}

std::vector<Finding> lint(const Document& document, const LintOptions& options) {
  return lint_report(document, options).findings;
}

std::vector<Finding> lint(const Value& document, const LintOptions& options) {
  return lint_report(document, options).findings;
}

void validate(const Value& document) { throw_if_errors(lint(document)); }

}  // namespace cfn
