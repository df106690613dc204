// Rename detection: on random templates it links what the rule's plain
// definition (every added resource against every removed one, in order)
// links; on thousands of renamed resources it links each to its old name.
#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "cfn/diff.hpp"
#include "support/diff_helpers.hpp"

using cfn::ChangeKind;
using cfn::Map;
using cfn::Member;
using cfn::Value;

namespace {

// The rule of lib/diff/renames.hpp, written out directly. Property values
// here are strings and lists of strings, so "equivalent" is equality.
std::map<std::string, std::string> oracle_renames(const cfn::TemplateDiff& d, const Map& old_resources,
                                                  const Map& new_resources) {
  const auto properties = [](const Value& r) {
    const Value* p = r.find("Properties");
    return p != nullptr && p->is_map() ? p->as_map() : Map{};
  };
  const auto similarity = [](const Map& a, const Map& b) {
    std::set<std::string> names;
    for (const Member& m : a) names.insert(m.key);
    for (const Member& m : b) names.insert(m.key);
    if (names.empty()) return 1.0;
    double same = 0;
    for (const std::string& n : names)
      if (a.find(n) != nullptr && b.find(n) != nullptr && *a.find(n) == *b.find(n)) ++same;
    return same / static_cast<double>(names.size());
  };
  std::set<std::string> removed;
  for (const cfn::ResourceChange& c : d.resources)
    if (c.kind == ChangeKind::Removed) removed.insert(c.logical_id);
  std::map<std::string, std::string> links;  // added -> removed
  std::set<std::string> taken;
  for (const cfn::ResourceChange& added : d.resources) {
    if (added.kind != ChangeKind::Added) continue;
    const Value& now = *new_resources.find(added.logical_id);
    const std::string type = now.find("Type")->as_string();
    std::string best;
    double best_score = 0.5;
    for (const Member& old : old_resources) {
      if (removed.count(old.key) == 0 || taken.count(old.key) != 0 || old.value.find("Type")->as_string() != type)
        continue;
      const double score = similarity(properties(old.value), properties(now));
      if (score > best_score || (best.empty() && score >= best_score)) {
        best = old.key;
        best_score = score;
      }
    }
    if (best.empty()) continue;
    taken.insert(best);
    links[added.logical_id] = best;
  }
  return links;
}

Value resource(const std::string& type, Map properties) {
  Map r;
  r.append({"Type", Value(type), {}});
  if (!properties.empty()) r.append({"Properties", Value(std::move(properties)), {}});
  return Value(std::move(r));
}

/// `count` queues QueueN with the properties `before(n)`, renamed RenamedN
/// with `after(n)`; every added queue must replace the old one at its own
/// position.
template <class Properties>
void check_renamed_in_order(int count, const Properties& before, const Properties& after) {
  Map old_resources;
  Map new_resources;
  for (int i = 0; i < count; ++i) {
    const std::string n = std::to_string(i);
    old_resources.append({"Queue" + n, resource("AWS::SQS::Queue", before(i, n)), {}});
    new_resources.append({"Renamed" + n, resource("AWS::SQS::Queue", after(i, n)), {}});
  }
  Map old_doc;
  old_doc.append({"Resources", Value(std::move(old_resources)), {}});
  Map new_doc;
  new_doc.append({"Resources", Value(std::move(new_resources)), {}});
  const cfn::TemplateDiff d = cfn::diff_templates(Value(old_doc), Value(new_doc));
  REQUIRE(d.resources.size() == 2 * static_cast<std::size_t>(count));
  std::size_t linked = 0;
  for (const cfn::ResourceChange& c : d.resources) {
    if (c.kind != ChangeKind::Added) continue;
    CHECK(c.replaces == "Queue" + c.logical_id.substr(std::string("Renamed").size()));
    linked += c.replaces.empty() ? 0 : 1;
  }
  CHECK(linked == static_cast<std::size_t>(count));
}

}  // namespace

TEST_CASE("renames: random templates link what the rule's definition links", "[diff][renames]") {
  const std::vector<std::string> types{"AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::EC2::Volume"};
  const std::vector<std::string> names{"A", "B", "C", "D", "E"};
  for (std::uint32_t seed = 1; seed <= 400; ++seed) {
    std::mt19937 rng(seed);
    const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    // Few property values, so that many resources look alike and ties are common.
    const auto random_properties = [&] {
      Map p;
      for (const std::string& n : names)
        if (pick(2) == 0)
          p.append({n, pick(4) == 0 ? Value(cfn::List{"x", "y"}) : Value("v" + std::to_string(pick(3))), {}});
      return p;
    };
    Map old_resources;
    Map new_resources;
    const std::size_t count = 1 + pick(30);
    for (std::size_t i = 0; i < count; ++i) {
      const std::string type = types[pick(types.size())];
      Map props = random_properties();
      old_resources.append({"Old" + std::to_string(i), resource(type, props), {}});
      switch (pick(4)) {
        case 0:  // kept
          new_resources.append({"Old" + std::to_string(i), resource(type, props), {}});
          break;
        case 1:  // renamed
          new_resources.append({"New" + std::to_string(i), resource(type, props), {}});
          break;
        case 2:  // renamed and changed
          if (!props.empty()) props.begin()->value = Value("changed");
          props.set(names[pick(names.size())], Value("v" + std::to_string(pick(3))));
          new_resources.append({"New" + std::to_string(i), resource(type, props), {}});
          break;
        default:  // removed, and something else added
          new_resources.append(
              {"Other" + std::to_string(i), resource(types[pick(types.size())], random_properties()), {}});
      }
    }
    Map old_doc;
    old_doc.append({"Resources", Value(old_resources), {}});
    Map new_doc;
    new_doc.append({"Resources", Value(new_resources), {}});
    const cfn::TemplateDiff d = cfn::diff_templates(Value(old_doc), Value(new_doc));
    std::map<std::string, std::string> links;
    for (const cfn::ResourceChange& c : d.resources) {
      if (c.kind == ChangeKind::Added && !c.replaces.empty()) links[c.logical_id] = c.replaces;
      if (c.kind == ChangeKind::Removed && !c.replaced_by.empty()) {
        const auto it = std::find_if(d.resources.begin(), d.resources.end(),
                                     [&](const cfn::ResourceChange& a) { return a.logical_id == c.replaced_by; });
        REQUIRE(it != d.resources.end());
        CHECK(it->replaces == c.logical_id);
      }
    }
    CAPTURE(seed);
    CHECK(links == oracle_renames(d, old_resources, new_resources));
  }
}

TEST_CASE("renames: every one of 20,000 renamed resources is linked to its old name", "[diff][renames]") {
  // Issue 11, row 7: rename detection was cubic (57.8 s for 3,000 resources).
  // Half of the resources are alike but for one property, half identical.
  // The named queues find their own; the identical ones pair off in order.
  const auto properties = [](int i, const std::string& n) {
    Map props;
    props.append({"VisibilityTimeout", Value(30), {}});
    if (i % 2 == 0) props.append({"QueueName", Value("queue-" + n), {}});
    return props;
  };
  check_renamed_in_order(20000, properties, properties);
}

TEST_CASE("renames: 20,000 resources renamed and changed, alike but for one property, are linked in order",
          "[diff][renames]") {
  // Every candidate shares VisibilityTimeout and scores 1/2: a scan of all
  // the candidates per added resource would be quadratic. Ties go to the
  // first in OLD that is not taken: the same position.
  const auto named = [](const char* prefix) {
    return std::function<Map(int, const std::string&)>([prefix](int, const std::string& n) {
      Map props;
      props.append({"VisibilityTimeout", Value(30), {}});
      props.append({"QueueName", Value(prefix + n), {}});
      return props;
    });
  };
  check_renamed_in_order(20000, named("old-"), named("new-"));
}
