// Scalar equivalence: what the diff and fmt take for "the same scalar". The
// expected verdicts come from what CloudFormation passes to a resource (the
// string form of the YAML 1.1 value), not from the implementation; the law
// (reflexive, symmetric, transitive) is checked over random scalars.
#include "cfn/scalar_equivalence.hpp"

#include <catch2/catch.hpp>
#include <random>
#include <vector>

using cfn::Numeral;
using cfn::ScalarEquality;
using cfn::Value;

namespace {

bool as_string(const Value& a, const Value& b) { return cfn::equivalent_scalars(a, b, ScalarEquality::AsString); }
bool json(const Value& a, const Value& b) { return cfn::equivalent_scalars(a, b, ScalarEquality::Json); }
bool exact(const Value& a, const Value& b) { return cfn::equivalent_scalars(a, b, ScalarEquality::Exact); }

}  // namespace

TEST_CASE("scalar equivalence: properties compare by the string CloudFormation passes on", "[core][scalar]") {
  CHECK(as_string(Value(80), Value("80")));
  CHECK(as_string(Value(true), Value("true")));
  CHECK(as_string(Value(false), Value("false")));
  CHECK(as_string(Value(8.0), Value("8.0")));
  CHECK(as_string(Value(0.5), Value("0.5")));
  CHECK(as_string(Value(1000.0), Value("1000.0")));
  CHECK(as_string(Value(nullptr), Value(nullptr)));
  CHECK(as_string(Value(Numeral("1e400")), Value(Numeral("10e399"))));
  CHECK(as_string(Value(Numeral("1e400")), Value("1.0e+400")));
  CHECK(as_string(Value(Numeral("18446744073709551616")), Value("18446744073709551616")));
  // The non-transitive triple: '8.0' -> 8.0 is no change, so 8.0 -> 8 must be one ("8.0" is not "8").
  CHECK_FALSE(as_string(Value(8.0), Value(8)));
  CHECK_FALSE(as_string(Value("8.0"), Value(8)));
  // 1e3 is a string in YAML 1.1; "1e3" is not the text of 1000.
  CHECK_FALSE(as_string(Value("1e3"), Value(1000)));
  CHECK_FALSE(as_string(Value("1e3"), Value(1000.0)));
  CHECK_FALSE(as_string(Value(true), Value("True")));
  CHECK_FALSE(as_string(Value(80), Value("080")));
  CHECK_FALSE(as_string(Value(nullptr), Value("null")));
  CHECK_FALSE(as_string(Value(nullptr), Value("")));
  CHECK_FALSE(as_string(Value(cfn::List{}), Value(cfn::List{})));  // not scalars
}

TEST_CASE("scalar equivalence: JSON values keep their kinds, numbers by value", "[core][scalar]") {
  CHECK(json(Value(80), Value(80.0)));
  CHECK(json(Value(0.0), Value(-0.0)));
  CHECK(json(Value(Numeral("1e400")), Value(Numeral("1.0e+400"))));
  CHECK(json(Value(Numeral(".nan")), Value(Numeral(".nan"))));
  CHECK_FALSE(json(Value(80), Value("80")));
  CHECK_FALSE(json(Value(true), Value("true")));
  CHECK_FALSE(json(Value(1), Value(true)));
  CHECK_FALSE(json(Value(9007199254740993), Value(9007199254740992.0)));  // 2^53 + 1 is no double
  CHECK_FALSE(json(Value(Numeral("1e400")), Value("1e400")));
  CHECK_FALSE(json(Value(nullptr), Value("")));
}

TEST_CASE("scalar equivalence: fmt keeps every scalar exactly", "[core][scalar]") {
  CHECK(exact(Value(80), Value(80)));
  CHECK(exact(Value("a"), Value("a")));
  CHECK(exact(Value(Numeral("1e400")), Value(Numeral("1.0e+400"))));
  CHECK_FALSE(exact(Value(80), Value(80.0)));
  CHECK_FALSE(exact(Value(0.0), Value(-0.0)));
  CHECK_FALSE(exact(Value(1), Value(true)));
  CHECK_FALSE(exact(Value("1"), Value(1)));
}

TEST_CASE("scalar equivalence: the string CloudFormation passes on", "[core][scalar]") {
  CHECK(cfn::cloudformation_string(Value(8.0)) == "8.0");
  CHECK(cfn::cloudformation_string(Value(-7)) == "-7");
  CHECK(cfn::cloudformation_string(Value(Numeral("-12.5e-400"))) == "-1.25e-399");
  CHECK(cfn::cloudformation_string(Value(Numeral("-.inf"))) == "-.inf");
  CHECK_FALSE(cfn::cloudformation_string(Value(nullptr)).has_value());
}

TEST_CASE("scalar equivalence is reflexive, symmetric and transitive over random scalars", "[core][scalar][property]") {
  // Scalars drawn so that equal texts and values meet often: numbers, their
  // spellings as strings (some off by a digit), booleans, null, numerals.
  std::mt19937 random(20261201);
  const auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
  const std::vector<std::string> texts = {
      "8",    "8.0", "80", "080",  "1e3", "1000", "1000.0", "true",     "True",   "null",
      "",     "0.5", ".5", "-0.0", "0.0", "0",    "1e400",  "1.0e+400", "10e399", "18446744073709551616",
      ".inf", "x"};
  const std::vector<Numeral> numerals = {Numeral("1e400"),  Numeral("10e399"), Numeral("1.0e+400"),
                                         Numeral("-1e400"), Numeral("1E-400"), Numeral("18446744073709551616"),
                                         Numeral(".inf"),   Numeral(".nan"),   Numeral("-.inf")};
  std::vector<Value> pool;
  for (int i = 0; i < 240; ++i) {
    switch (pick(7)) {
      case 0:
        pool.emplace_back(static_cast<std::int64_t>(pick(3) == 0 ? pick(2000) : pick(12)) - 4);
        break;
      case 1:
        pool.emplace_back(static_cast<double>(static_cast<std::int64_t>(pick(24)) - 8) / (pick(2) == 0 ? 1 : 2));
        break;
      case 2:
        pool.emplace_back(texts[pick(texts.size())]);
        break;
      case 3:
        pool.emplace_back(cfn::cloudformation_string(pool.empty() ? Value(1) : pool[pick(pool.size())]).value_or("n"));
        break;
      case 4:
        pool.emplace_back(pick(2) == 0);
        break;
      case 5:
        pool.emplace_back(nullptr);
        break;
      default:
        pool.emplace_back(numerals[pick(numerals.size())]);
    }
  }
  for (const ScalarEquality how : {ScalarEquality::Exact, ScalarEquality::Json, ScalarEquality::AsString}) {
    const std::size_t n = pool.size();
    std::vector<char> same(n * n);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) same[i * n + j] = cfn::equivalent_scalars(pool[i], pool[j], how);
    std::size_t broken = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!same[i * n + i]) ++broken;  // reflexive
      for (std::size_t j = 0; j < n; ++j) {
        if (same[i * n + j] != same[j * n + i]) ++broken;  // symmetric
        if (!same[i * n + j]) continue;
        for (std::size_t k = 0; k < n; ++k)
          if (same[j * n + k] && !same[i * n + k]) ++broken;  // transitive
      }
    }
    INFO("comparison " << static_cast<int>(how));
    CHECK(broken == 0);
  }
}
