// CHECK that two values are equal, naming their first difference when not.
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "support/first_difference.hpp"

namespace cfn::test {

inline void check_same(const Value& actual, const Value& expected) {
  const auto d = first_difference(actual, expected);
  INFO((d ? *d : std::string("equal")));
  CHECK(actual == expected);
}

}  // namespace cfn::test
