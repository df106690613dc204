#include "cfn/value.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "cfn/intrinsics.hpp"

using cfn::List;
using cfn::Map;
using cfn::Value;

TEST_CASE("values hold every JSON kind and functions", "[model][value]") {
  CHECK(Value().is_null());
  CHECK(Value(nullptr).is_null());
  CHECK(Value(true).as_bool());
  CHECK(Value(42).as_int() == 42);
  CHECK(Value(std::uint16_t{7}).as_int() == 7);
  CHECK(Value(2.5).as_double() == 2.5);
  CHECK(Value(3).as_double() == 3.0);
  CHECK(Value("s").as_string() == "s");
  CHECK(Value(std::string_view("v")).as_string() == "v");
  CHECK(Value(List{1, "a"}).as_list().size() == 2);
  CHECK(Value(cfn::ref("X")).is_fn(cfn::FnKind::Ref));
  CHECK_THROWS_WITH(Value(std::numeric_limits<std::uint64_t>::max()),
                    "integer 18446744073709551615 does not fit a template number");
}

TEST_CASE("typed access names the expected and the actual kind", "[model][value]") {
  CHECK_THROWS_WITH(Value(List{}).as_string(), "expected a string, got list");
  CHECK_THROWS_WITH(Value("x").as_map(), "expected a map, got string");
  CHECK_THROWS_WITH(Value(cfn::sub("x")).as_int(), "expected an integer, got Fn::Sub");
  CHECK_THROWS_WITH(Value(1.5).as_int(), "expected an integer, got number");
}

TEST_CASE("maps keep insertion order and unique keys", "[model][value]") {
  Map m{{"z", 1}, {"a", 2}};
  m["m"] = 3;
  m.set("z", 9);  // replaced in place
  std::vector<std::string> keys;
  for (const auto& member : m) keys.push_back(member.key);
  CHECK(keys == std::vector<std::string>{"z", "a", "m"});
  CHECK(m.at("z").as_int() == 9);
  CHECK(m.find("nope") == nullptr);
  CHECK_THROWS_WITH(m.at("nope"), "no key 'nope' in map");
  CHECK(m.erase("a"));
  CHECK_FALSE(m.erase("a"));
  CHECK(m.size() == 2);
  CHECK_THROWS_WITH((Map{{"k", 1}, {"k", 2}}), "duplicate map key 'k'");
}

TEST_CASE("nlohmann-style building", "[model][value]") {
  Value v;
  v["Resources"]["Vpc"]["Type"] = "AWS::EC2::VPC";
  v["List"].push_back(1);
  v["List"].push_back("two");
  CHECK(v.find("Resources")->find("Vpc")->find("Type")->as_string() == "AWS::EC2::VPC");
  CHECK(v["List"].as_list().size() == 2);
  CHECK(Value(1).find("x") == nullptr);
}

TEST_CASE("equality is semantic", "[model][value]") {
  CHECK(Value(Map{{"a", 1}, {"b", 2}}) == Value(Map{{"b", 2}, {"a", 1}}));
  CHECK_FALSE(Value(List{1, 2}) == Value(List{2, 1}));
  CHECK(Value(1) == Value(1.0));
  CHECK_FALSE(Value("1") == Value(1));
  CHECK(Value(cfn::ref("A")) == Value(cfn::ref("A")));
  CHECK_FALSE(Value(cfn::ref("A")) == Value(cfn::sub("A")));
  Value marked("x");
  marked.set_mark({3, 4});
  CHECK(marked == Value("x"));
}

TEST_CASE("copies are deep", "[model][value]") {
  Value a = cfn::join(",", {Map{{"k", "v"}}});
  Value b = a;
  b.as_fn().argument().as_list()[0] = "changed";
  CHECK(a.as_fn().argument().as_list()[0] == Value(","));
  CHECK_FALSE(a == b);
}

TEST_CASE("large maps find every key after inserts, replacements, erases, copies and moves", "[model][value]") {
  // The oracle: a plain list of (key, value) searched from the front.
  std::vector<std::pair<std::string, std::int64_t>> oracle;
  const auto oracle_find = [&](const std::string& key) {
    return std::find_if(oracle.begin(), oracle.end(), [&](const auto& kv) { return kv.first == key; });
  };
  std::mt19937 rng(17);
  Map m;
  for (int step = 0; step < 20000; ++step) {
    const std::string key = "k" + std::to_string(rng() % 3000);
    const auto value = static_cast<std::int64_t>(rng() % 1000);
    switch (rng() % 8) {
      case 0: {
        const bool erased = m.erase(key);
        const auto it = oracle_find(key);
        CHECK(erased == (it != oracle.end()));
        if (it != oracle.end()) oracle.erase(it);
        break;
      }
      case 1:
        m[key] = value;
        if (const auto it = oracle_find(key); it != oracle.end())
          it->second = value;
        else
          oracle.emplace_back(key, value);
        break;
      case 2:
        if (oracle_find(key) == oracle.end()) {
          m.append({key, value, {}});
          oracle.emplace_back(key, value);
        }
        break;
      default:
        m.set(key, value);
        if (const auto it = oracle_find(key); it != oracle.end())
          it->second = value;
        else
          oracle.emplace_back(key, value);
    }
  }
  const Map copy = m;
  Map moved = Map(copy);
  for (const Map* map : std::initializer_list<const Map*>{&m, &copy, &moved}) {
    REQUIRE(map->size() == oracle.size());
    std::size_t i = 0;
    for (const cfn::Member& member : *map) {  // insertion order kept
      CHECK(member.key == oracle[i].first);
      CHECK(member.value.as_int() == oracle[i].second);
      ++i;
    }
    for (const auto& [key, value] : oracle) {
      REQUIRE(map->find(key) != nullptr);
      CHECK(map->find(key)->as_int() == value);
      CHECK(map->find_member(key)->key == key);
    }
    for (int absent = 3000; absent < 3100; ++absent) CHECK_FALSE(map->contains("k" + std::to_string(absent)));
  }
  CHECK(Value(m) == Value(copy));
  moved.set("k0", -1);
  CHECK_FALSE(Value(m) == Value(moved));
}
