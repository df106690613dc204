#include "lint/rules.hpp"

#include <array>

namespace cfn::checks {

std::span<const Rule* const> all_rules() noexcept {
  // Sorted by code: by number, then E before W.
  static constexpr std::array<const Rule*, 43> kRules{
      &kE0000, &kE1001, &kE1002, &kW1002, &kE1003, &kE1004, &kE1006, &kE1010, &kE1011, &kE1019, &kE1020,
      &kE1023, &kW1023, &kW1055, &kE2010, &kE2011, &kE2531, &kW2531, &kE3001, &kE3002, &kE3003, &kE3004,
      &kE3005, &kE3007, &kE3010, &kE3011, &kE3012, &kE3015, &kE3901, &kW3902, &kW3903, &kW3904, &kW3905,
      &kW3906, &kW3907, &kW3908, &kE6005, &kE6010, &kE6011, &kE7002, &kE7010, &kE8001, &kE8002,
  };
  return kRules;
}

}  // namespace cfn::checks
