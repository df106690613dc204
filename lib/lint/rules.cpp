#include "lint/rules.hpp"

#include <array>

namespace cfn::checks {

std::span<const Rule* const> all_rules() noexcept {
  static constexpr std::array<const Rule*, 4> kRules{&kE3001, &kE3002, &kE3003, &kE3012};
  return kRules;
}

}  // namespace cfn::checks
