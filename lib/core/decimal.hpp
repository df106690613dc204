// A finite number's text as an exact decimal, so that numbers no double
// holds compare and print by value (cfn::Numeral's equality, the string
// CloudFormation passes on).
#pragma once

#include <string>
#include <string_view>

namespace cfn::detail {

// A finite numeral as sign, significant digits (no leading or trailing zeros)
// and the exponent of the last of them: 1.50e3 is (+, "15", 2).
struct Decimal {
  bool negative = false;
  std::string digits;
  long long exponent = 0;
  friend bool operator==(const Decimal&, const Decimal&) = default;
};

/// The decimal of a finite numeral's text (a JSON number, checked by the caller).
Decimal decimal_of(std::string_view text);

}  // namespace cfn::detail
