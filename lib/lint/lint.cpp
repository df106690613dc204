#include "cfn/lint.hpp"

#include <algorithm>
#include <tuple>

#include "lint/rule.hpp"

namespace cfn {

std::string_view to_string(Severity severity) noexcept { return severity == Severity::Error ? "error" : "warning"; }

std::span<const RuleInfo> lint_rules() noexcept {
  static const std::vector<RuleInfo> infos = [] {
    std::vector<RuleInfo> out;
    for (const checks::Rule* r : checks::all_rules()) out.push_back(r->info);
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

std::vector<Finding> run_rules(const checks::Source& source, const LintOptions& options) {
  if (!options.as_of.empty() && !is_iso_date(options.as_of))
    throw Error("as-of date '" + options.as_of + "' is not a date (YYYY-MM-DD)");
  checks::Context context(source, options);
  for (const checks::Rule* rule : checks::all_rules()) rule->check(context, rule->info);
  std::vector<Finding> findings = context.take_findings();
  // By position, then by the path as written, then by code.
  std::vector<std::pair<std::string, Finding>> keyed;
  keyed.reserve(findings.size());
  for (Finding& f : findings) keyed.emplace_back(to_string(f.path), std::move(f));
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return std::tie(a.second.mark.line, a.second.mark.column, a.first, a.second.code) <
           std::tie(b.second.mark.line, b.second.mark.column, b.first, b.second.code);
  });
  findings.clear();
  for (auto& [path, f] : keyed) findings.push_back(std::move(f));
  return findings;
}

}  // namespace

std::vector<Finding> lint(const Document& document, const LintOptions& options) {
  return run_rules({document.root, document.source_bytes, document.duplicate_keys}, options);
}

std::vector<Finding> lint(const Value& document, const LintOptions& options) {
  return run_rules({document, 0, {}}, options);
}

std::string format_finding(const Finding& f, std::string_view file) {
  std::string out(file);
  if (f.mark.known()) out += ":" + std::to_string(f.mark.line) + ":" + std::to_string(f.mark.column);
  out += ": ";
  out += to_string(f.severity);
  out += ' ';
  out += f.code;
  out += ": ";
  if (!f.mark.known() && !f.path.empty()) out += to_string(f.path) + ": ";
  out += f.message;
  return out;
}

namespace {

std::string describe_errors(const std::vector<Finding>& findings) {
  std::string out =
      "the template has " + std::to_string(findings.size()) + (findings.size() == 1 ? " error:" : " errors:");
  for (const Finding& f : findings)
    out += "\n  " + to_string(f.path) + ": " + f.message + " (" + std::string(f.code) + ")";
  return out;
}

}  // namespace

ValidationError::ValidationError(std::vector<Finding> findings)
    : Error(describe_errors(findings)), findings_(std::move(findings)) {}

void validate(const Value& document) {
  std::vector<Finding> errors = lint(document);
  std::erase_if(errors, [](const Finding& f) { return f.severity != Severity::Error; });
  if (!errors.empty()) throw ValidationError(std::move(errors));
}

}  // namespace cfn
