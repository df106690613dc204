// Fleets of 100 Autoheal and of 100 self-healing instances (issue 17): generated, split into nested
// stacks, and each stack checked: within the limits, 0 lint errors, every
// cross-stack reference wired through the parent (a child's parameter is a
// template parameter or another child's output), one instance's resources
// in one stack, and inlined back the same template.
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>

#include "cfn/build.hpp"
#include "cfn/patterns/autoheal.hpp"
#include "cfn/patterns/self_healing_instance.hpp"
#include "cfn/split.hpp"
#include "support/split_invariant.hpp"

using cfn::Map;
using cfn::Value;

namespace {

const Map& section(const Value& document, std::string_view name) {
  static const Map empty;
  const Value* v = document.find(name);
  return v != nullptr && v->is_map() ? v->as_map() : empty;
}

// "Instance12" for "Instance12AutohealGroup": the member a logical id belongs to.
std::string member_of(const std::string& logical_id) {
  if (logical_id.rfind("Instance", 0) != 0) return "";
  std::size_t end = 8;
  while (end < logical_id.size() && logical_id[end] >= '0' && logical_id[end] <= '9') ++end;
  return logical_id.substr(0, end);
}

// The fleet of 100 numbered instances, split: what both patterns' fleets must hold.
void check_split_fleet(const cfn::Template& fleet, std::size_t min_resources, std::size_t min_stacks) {
  // The whole template has no error but its size: that is what the split is for.
  for (const cfn::Finding& f : cfn::check(fleet))
    if (f.severity == cfn::Severity::Error) CHECK(f.code == "E3010");
  const Value input = fleet.to_value();
  REQUIRE(section(input, "Resources").size() > min_resources);

  const cfn::SplitLimits limits;
  const cfn::SplitResult s = cfn::split(input, limits);
  REQUIRE(s.children.size() >= min_stacks);
  cfn::test::check_invariant(input, s, limits);

  // Each instance lives in one stack.
  std::map<std::string, std::string> stack_of_member;
  for (const cfn::NestedStack& child : s.children)
    for (const cfn::Member& r : section(child.document, "Resources")) {
      const std::string member = member_of(r.key);
      if (member.empty()) continue;
      const auto [it, inserted] = stack_of_member.emplace(member, child.logical_id);
      CAPTURE(r.key);
      CHECK(it->second == child.logical_id);
    }
  CHECK(stack_of_member.size() == 100);

  // Every parameter of a child is passed by the parent: a template parameter
  // (Ref of the parent's own) or !GetAtt Producer.Outputs.Name of a child
  // that declares that output.
  const Map& parent_resources = section(s.parent, "Resources");
  std::map<std::string, const Value*> child_by_id;
  for (const cfn::NestedStack& child : s.children) child_by_id[child.logical_id] = &child.document;
  std::size_t wired = 0;
  for (const cfn::NestedStack& child : s.children) {
    const Value* stack = parent_resources.find(child.logical_id);
    REQUIRE(stack != nullptr);
    CHECK(stack->as_map().at("Type").as_string() == "AWS::CloudFormation::Stack");
    const Value* passed = stack->as_map().at("Properties").find("Parameters");
    for (const cfn::Member& p : section(child.document, "Parameters")) {
      CAPTURE(child.logical_id, p.key);
      const Value* given = passed != nullptr ? passed->find(p.key) : nullptr;
      if (given == nullptr) {
        CHECK(p.value.find("Default") != nullptr);  // left to its default, as in the input
        continue;
      }
      if (section(input, "Parameters").contains(p.key)) continue;  // a template parameter, passed through
      REQUIRE(given->is_fn());
      const cfn::Fn& fn = given->as_fn();
      REQUIRE(fn.kind() == cfn::FnKind::GetAtt);
      const cfn::List& args = fn.argument().as_list();
      const std::string producer = args.at(0).as_string();
      const std::string attribute = args.at(1).as_string();
      REQUIRE(attribute.rfind("Outputs.", 0) == 0);
      REQUIRE(child_by_id.contains(producer));
      CHECK(producer != child.logical_id);
      CHECK(section(*child_by_id[producer], "Outputs").contains(attribute.substr(8)));
      ++wired;
    }
  }
  CHECK(wired > 0);
}

}  // namespace

TEST_CASE(
    "fleet split: 100 Autoheal instances become stacks that fit the quotas and lint clean and are wired by the parent",
    "[split][fleet]") {
  check_split_fleet(cfn::patterns::autoheal_fleet({}, cfn::patterns::numbered_fleet(100)), 2000, 5);
}

TEST_CASE("fleet split: 100 self-healing instances likewise", "[split][fleet]") {
  check_split_fleet(cfn::patterns::self_healing_instance_fleet({}, cfn::patterns::numbered_fleet(100)), 900, 2);
}
