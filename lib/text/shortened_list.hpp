// A list of names for a message: the first `shown`, then how many there are.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cfn::detail::strings {

/// "a, b, c" or, past `shown` items, "a, b, ... (40 regions)" with `noun` naming the items.
inline std::string shortened_list(const std::vector<std::string_view>& items, std::size_t shown,
                                  std::string_view noun) {
  std::string out;
  for (std::size_t i = 0; i < items.size() && i < shown; ++i) {
    if (i != 0) out += ", ";
    out += items[i];
  }
  if (items.size() > shown) out += ", ... (" + std::to_string(items.size()) + " " + std::string(noun) + ")";
  return out;
}

}  // namespace cfn::detail::strings
