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

std::vector<Finding> lint(const Value& document, const LintSource& source) {
  checks::Context context(document, source);
  for (const checks::Rule* rule : checks::all_rules()) rule->check(context, rule->info);
  std::vector<Finding> findings = context.take_findings();
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.mark.line, a.mark.column, a.path, a.code) < std::tie(b.mark.line, b.mark.column, b.path, b.code);
  });
  return findings;
}

std::vector<Finding> lint(const Document& document, std::size_t source_bytes) {
  return lint(document.root, LintSource{source_bytes, document.duplicate_keys});
}

std::string format_finding(const Finding& f, std::string_view file) {
  std::string out(file);
  if (f.mark.known()) out += ":" + std::to_string(f.mark.line) + ":" + std::to_string(f.mark.column);
  out += ": ";
  out += to_string(f.severity);
  out += ' ';
  out += f.code;
  out += ": ";
  if (!f.mark.known() && !f.path.empty()) out += f.path + ": ";
  out += f.message;
  return out;
}

namespace {

std::string describe_errors(const std::vector<Finding>& findings) {
  std::string out = "the template has " + std::to_string(findings.size()) +
                    (findings.size() == 1 ? " error:" : " errors:");
  for (const Finding& f : findings) out += "\n  " + f.path + ": " + f.message + " (" + std::string(f.code) + ")";
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
