// The lifecycle of Lambda runtimes: when each was deprecated (no more
// patches) and when Lambda stops creating and then updating functions that
// use it. The rules E2531 (creation blocked) and W2531 (deprecated) read it.
// Dates are "YYYY-MM-DD"; the table was last reviewed on lint_data_date().
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/context.hpp"

namespace cfn::detail::checks {

struct RuntimeLifecycle {
  std::string_view runtime;       // "python3.9"
  std::string_view deprecated;    // end of support: no more security patches
  std::string_view create_block;  // CreateFunction refuses the runtime from this day
  std::string_view update_block;  // UpdateFunctionConfiguration/Code refuse it from this day
  std::string_view successor;     // what to move to
};

/// The runtime's lifecycle, or nullopt for a runtime the table does not list
/// (a current one, or one newer than the table).
[[nodiscard]] std::optional<RuntimeLifecycle> find_runtime(std::string_view runtime) noexcept;

/// A literal Runtime of a function: AWS::Lambda::Function and
/// AWS::Serverless::Function Runtime, and SAM's Globals.Function.Runtime.
struct RuntimeUse {
  const Value* runtime;  // a string
  Path path;
};
[[nodiscard]] std::vector<RuntimeUse> runtime_uses(const Context& ctx);

}  // namespace cfn::detail::checks
