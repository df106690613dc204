#include "cfn/finding.hpp"

#include <algorithm>
#include <tuple>

#include "text/terminal_text.hpp"

namespace cfn {
namespace {

std::string describe_errors(const std::vector<Finding>& findings) {
  std::string out =
      "the template has " + std::to_string(findings.size()) + (findings.size() == 1 ? " error:" : " errors:");
  for (const Finding& f : findings)
    out += "\n  " + detail::strings::terminal_safe(to_string(f.path) + ": " + f.message) + " (" + std::string(f.code) +
           ")";
  return out;
}

}  // namespace

std::string_view to_string(Severity severity) noexcept { return severity == Severity::Error ? "error" : "warning"; }

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
  return detail::strings::terminal_safe(out);
}

void sort_findings(std::vector<Finding>& findings) {
  std::vector<std::pair<std::string, Finding>> keyed;
  keyed.reserve(findings.size());
  for (Finding& f : findings) keyed.emplace_back(to_string(f.path), std::move(f));
  std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return std::tie(a.second.mark.line, a.second.mark.column, a.first, a.second.code) <
           std::tie(b.second.mark.line, b.second.mark.column, b.first, b.second.code);
  });
  findings.clear();
  for (auto& keyed_finding : keyed) findings.push_back(std::move(keyed_finding.second));
}

ValidationError::ValidationError(std::vector<Finding> findings)
    : Error(describe_errors(findings)), findings_(std::move(findings)) {}

void throw_if_errors(std::span<const Finding> findings) {
  std::vector<Finding> errors;
  for (const Finding& f : findings)
    if (f.severity == Severity::Error) errors.push_back(f);
  if (!errors.empty()) throw ValidationError(std::move(errors));
}

}  // namespace cfn
