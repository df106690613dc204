#include "cfn/canonical.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <string_view>

namespace cfn {
namespace {

using Order = std::span<const std::string_view>;

constexpr std::array<std::string_view, 10> kSections{"AWSTemplateFormatVersion",
                                                     "Description",
                                                     "Metadata",
                                                     "Transform",
                                                     "Parameters",
                                                     "Rules",
                                                     "Mappings",
                                                     "Conditions",
                                                     "Resources",
                                                     "Outputs"};
constexpr std::array<std::string_view, 11> kParameterKeys{
    "Type",      "Description", "Default",  "AllowedValues", "AllowedPattern", "ConstraintDescription",
    "MinLength", "MaxLength",   "MinValue", "MaxValue",      "NoEcho"};
constexpr std::array<std::string_view, 9> kResourceKeys{"Type",           "Condition",           "DependsOn",
                                                        "Properties",     "CreationPolicy",      "UpdatePolicy",
                                                        "DeletionPolicy", "UpdateReplacePolicy", "Metadata"};
constexpr std::array<std::string_view, 4> kOutputKeys{"Description", "Value", "Export", "Condition"};
constexpr std::array<std::string_view, 2> kRuleKeys{"RuleCondition", "Assertions"};

std::size_t rank(Order order, std::string_view key) {
  const auto it = std::find(order.begin(), order.end(), key);
  return static_cast<std::size_t>(it - order.begin());  // unknown keys rank last
}

void reorder(Map& m, Order order) {
  std::vector<Member> members(std::make_move_iterator(m.begin()), std::make_move_iterator(m.end()));
  std::stable_sort(members.begin(), members.end(),
                   [&](const Member& a, const Member& b) { return rank(order, a.key) < rank(order, b.key); });
  Map sorted;
  sorted.reserve(members.size());
  for (Member& member : members) sorted.append(std::move(member));
  m = std::move(sorted);
}

void reorder_entries(Value* section, Order order) {
  if (section == nullptr || !section->is_map()) return;
  for (Member& entry : section->as_map())
    if (entry.value.is_map()) reorder(entry.value.as_map(), order);
}

}  // namespace

Value canonicalize(Value document) {
  if (!document.is_map()) return document;
  reorder(document.as_map(), kSections);
  reorder_entries(document.find("Parameters"), kParameterKeys);
  reorder_entries(document.find("Resources"), kResourceKeys);
  reorder_entries(document.find("Outputs"), kOutputKeys);
  reorder_entries(document.find("Rules"), kRuleKeys);
  return document;
}

}  // namespace cfn
