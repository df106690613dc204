/// @file
/// What a check is, as its rule file declares it: a stable code, a severity,
/// and the words `cfnpp lint --list-rules` and lib/lint/README.md print. Kept
/// to `<string_view>` on purpose: every lint rule's file includes it.
#pragma once

#include <cstdint>
#include <string_view>

namespace cfn {

/// An Error stops a template from being written (and `cfnpp lint` exits 1); a Warning does not.
enum class Severity : std::uint8_t { Warning, Error };
/// "warning" or "error".
[[nodiscard]] std::string_view to_string(Severity severity) noexcept;

/// One rule, as its file declares it.
struct RuleInfo {
  std::string_view code;         ///< "E3003": stable, cfn-lint's number where the check is the same
  Severity severity;             ///< error or warning
  std::string_view title;        ///< "Required properties are present"
  std::string_view description;  ///< what exactly is checked and why (Markdown)
  std::string_view source;       ///< where CloudFormation documents it (a URL)
};

}  // namespace cfn
