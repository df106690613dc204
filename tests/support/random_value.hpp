// Random template values for property tests: nested maps, lists, scalars and
// function nodes, with tricky strings for keys and values. Every value it
// makes is one the parser can give back: map keys are never intrinsic names
// (a single-key map {"Ref": x} reads back as the function), strings are UTF-8.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "cfn/value.hpp"
#include "support/tricky_strings.hpp"

namespace cfn::test {

class RandomValues {
 public:
  explicit RandomValues(std::uint32_t seed) : rng_(seed), tricky_(tricky_strings()) {}

  /// A map of up to 6 members, nested up to `depth` levels.
  Value document(int depth = 4) { return map(depth); }

  Value value(int depth) {
    const int choice = pick(depth > 0 ? 12 : 7);
    switch (choice) {
      case 0:
        return Value(nullptr);
      case 1:
        return Value(pick(2) == 0);
      case 2:
        return integer();
      case 3:
        return real();
      case 4:
      case 5:
      case 6:
        return Value(string());
      case 7:
      case 8:
        return map(depth - 1);
      case 9:
        return list(depth - 1);
      default:
        return function(depth - 1);
    }
  }

  std::string string() {
    if (pick(3) != 0) return tricky_[static_cast<std::size_t>(pick(static_cast<int>(tricky_.size())))];
    static const std::vector<std::string> alphabet{
        "a",  "Z", "0",   "1", ".", "e", " ", " ", "\n", "\t", ":", "#", "-", "'",  "\"", "{",        "}",
        "[",  "]", ",",   "$", "!", "|", ">", "?", "&",  "*",  "%", "@", "`", "\\", "~",  "\xc3\xbc", "\xe2\x80\xa8",
        "\r", "y", "\x7f"};
    std::string s;
    for (int k = pick(16); k > 0; --k) s += alphabet[static_cast<std::size_t>(pick(static_cast<int>(alphabet.size())))];
    return s;
  }

  std::string key() {
    for (;;) {
      std::string k = string();
      if (!fn_from_name(k)) return k;
    }
  }

 private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  Value integer() {
    switch (pick(4)) {
      case 0:
        return Value(std::numeric_limits<std::int64_t>::min());
      case 1:
        return Value(std::numeric_limits<std::int64_t>::max());
      case 2:
        return Value(pick(2001) - 1000);
      default:
        return Value(std::uniform_int_distribution<std::int64_t>()(rng_));
    }
  }

  Value real() {
    switch (pick(5)) {
      case 0:
        return Value(0.1 * pick(100));
      case 1:
        return Value(-0.0);
      case 2:
        return Value(5e-324);
      case 3:
        return Value(std::numeric_limits<double>::max());
      default: {
        const double mantissa = std::uniform_real_distribution<double>(-1, 1)(rng_);
        return Value(std::ldexp(mantissa, pick(2000) - 1000));
      }
    }
  }

  Value map(int depth) {
    Map m;
    for (int n = pick(7); n > 0; --n) {
      std::string k = key();
      if (!m.contains(k)) m.append(Member{k, value(depth), {}});
    }
    return Value(std::move(m));
  }

  Value list(int depth) {
    List l;
    for (int n = pick(5); n > 0; --n) l.push_back(value(depth));
    return Value(std::move(l));
  }

  Value function(int depth) {
    const auto kind = static_cast<FnKind>(pick(static_cast<int>(FnKind::Transform) + 1));
    return Value(Fn(kind, value(depth)));
  }

  std::mt19937 rng_;
  std::vector<std::string> tricky_;
};

}  // namespace cfn::test
