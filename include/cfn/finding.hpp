/// @file
/// The one channel for what is wrong with a template: a Finding (severity,
/// rule code, Path, position, message). The checks (cfn/lint.hpp) produce
/// them for any document; the builder (cfn/template.hpp) records them for
/// what only it can see; ValidationError carries them out of cfn/build.hpp.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/error.hpp"
#include "cfn/path.hpp"
#include "cfn/rule_info.hpp"
#include "cfn/value.hpp"

namespace cfn {

/// One problem a check found in a template: what, where, and which rule.
struct Finding {
  Severity severity;      ///< whether it stops the template
  std::string_view code;  ///< the rule's stable code, "E3003"
  Path path;              ///< Resources.Vol.Properties.Size
  Mark mark;              ///< in the parsed source; unknown (0) for templates built in code
  std::string message;    ///< one sentence saying what is wrong and, where it can, what to write
};

/// "FILE:LINE:COL: error CODE: message", as cfnpp lint prints it (or
/// "FILE: error CODE: PATH: message" for a finding without a position), with
/// control characters escaped (detail::strings::terminal_safe): it quotes the user's text.
[[nodiscard]] std::string format_finding(const Finding& finding, std::string_view file);

/// Sorts findings by position, then by their path as written, then by code.
void sort_findings(std::vector<Finding>& findings);

/// Thrown when a template to be written has errors; what() lists them.
class ValidationError : public Error {
 public:
  /// Takes the findings (errors and warnings) of the template that was refused.
  explicit ValidationError(std::vector<Finding> findings);
  /// The findings, sorted; format_finding prints each as `cfnpp lint` does.
  [[nodiscard]] const std::vector<Finding>& findings() const noexcept { return findings_; }

 private:
  std::vector<Finding> findings_;
};

/// Throws ValidationError with the errors among `findings`, if there are any.
void throw_if_errors(std::span<const Finding> findings);

}  // namespace cfn
