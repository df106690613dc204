// text_hash must agree with equivalent(·, ·, Comparison::AsString): rename
// detection only scores resources whose property values hash alike, so two
// values the diff finds equal but hashing apart would hide a rename. Checked
// on every pair of a pool of tricky scalars (numbers of every kind, numerals
// past a double's range, the strings of their texts) and on lists and maps
// built from them, keys shuffled.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "diff/equivalence.hpp"

using cfn::List;
using cfn::Map;
using cfn::Numeral;
using cfn::Value;
using cfn::detail::diff::Comparison;
using cfn::detail::diff::equivalent;
using cfn::detail::diff::text_hash;

namespace {

std::vector<Value> tricky_scalars() {
  std::vector<Value> pool = {
      Value(nullptr), Value(true), Value(false), Value("true"), Value("True"), Value("false"), Value("null"), Value(""),
      Value(0), Value(0.0), Value(-0.0), Value("0"), Value("-0"), Value("0.0"), Value("-0.0"), Value(80), Value(80.0),
      Value("80"), Value("80.0"), Value("080"), Value("8e1"), Value(0.5), Value("0.5"), Value("0.50"), Value(".5"),
      Value(0.1), Value("0.1"), Value("1e-1"),
      // 2^53 + 1: the integer equals the double it rounds to.
      Value(std::int64_t{9007199254740993}), Value(9007199254740992.0), Value("9007199254740993"),
      Value("9007199254740992"), Value(std::int64_t{-9223372036854775807 - 1}), Value("-9223372036854775808"),
      Value(1e308), Value("1e+308"), Value(5e-324), Value("5e-324"), Value("inf"), Value("nan"), Value("1e"),
      Value("-"), Value("1.5x"), Value(" 1")};
  // Numerals as the reader makes them, and as code may build them.
  for (const char* text :
       {"18446744073709551616", "18446744073709551616.0", "1e400", "10e399", "1.0e400", "1E+400", "-1e400", "1e-400",
        "-1e-400", "10e-401", ".inf", "-.inf", ".nan", "0.10", "80", "0.1", "9007199254740993"}) {
    pool.emplace_back(Numeral(text));
    pool.emplace_back(text);
  }
  return pool;
}

}  // namespace

TEST_CASE("text_hash: equivalent scalars hash alike", "[diff][hash]") {
  const std::vector<Value> pool = tricky_scalars();
  std::size_t equivalent_pairs = 0;
  for (const Value& a : pool) {
    for (const Value& b : pool) {
      if (!equivalent(a, b, Comparison::AsString)) continue;
      ++equivalent_pairs;
      INFO(cfn::describe_kind(a) << " " << cfn::cloudformation_string(a).value_or("null") << " ~ "
                                 << cfn::describe_kind(b) << " " << cfn::cloudformation_string(b).value_or("null"));
      CHECK(text_hash(a) == text_hash(b));
    }
  }
  // The pool is tricky only if it holds equivalent values of different kinds.
  CHECK(equivalent_pairs > pool.size() + 20);
}

TEST_CASE("text_hash: lists and maps of equivalent scalars hash alike, map key order aside", "[diff][hash]") {
  const std::vector<Value> pool = tricky_scalars();
  std::mt19937 rng(11);
  const auto pick = [&] { return pool[rng() % pool.size()]; };
  // A value equivalent to v: each scalar swapped for an equivalent one, map members shuffled.
  const auto twin_of = [&](const Value& v) {
    std::vector<const Value*> twins;
    for (const Value& candidate : pool)
      if (equivalent(v, candidate, Comparison::AsString)) twins.push_back(&candidate);
    return *twins[rng() % twins.size()];
  };
  std::size_t checked = 0;
  for (int round = 0; round < 300; ++round) {
    List a_items;
    List b_items;
    Map a_map;
    std::vector<std::pair<std::string, Value>> b_members;
    for (int i = 0; i < 6; ++i) {
      const Value v = pick();
      a_items.push_back(v);
      b_items.push_back(twin_of(v));
      const std::string key = "K" + std::to_string(i);
      const Value w = pick();
      a_map.append({key, w, {}});
      b_members.emplace_back(key, twin_of(w));
    }
    std::shuffle(b_members.begin(), b_members.end(), rng);
    Map b_map;
    for (auto& [key, value] : b_members) b_map.append({key, std::move(value), {}});
    const Value a(List{Value(std::move(a_items)), Value(std::move(a_map))});
    const Value b(List{Value(std::move(b_items)), Value(std::move(b_map))});
    REQUIRE(equivalent(a, b, Comparison::AsString));
    CHECK(text_hash(a) == text_hash(b));
    ++checked;
  }
  CHECK(checked == 300);
}
