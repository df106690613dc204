// Helpers of the pattern tests: finding resources and properties in a built
// template, and checking it with cfnpp lint.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cfn/lint.hpp"
#include "cfn/template.hpp"
#include "cfn/value.hpp"
#include "user_data_support.hpp"

namespace cfn::test {

inline const Value& resource(const Value& doc, std::string_view id) {
  const Value* resources = doc.find("Resources");
  REQUIRE(resources != nullptr);
  const Value* r = resources->find(id);
  INFO("resource " << id);
  REQUIRE(r != nullptr);
  return *r;
}

inline const Value& props(const Value& doc, std::string_view id) {
  const Value* p = resource(doc, id).find("Properties");
  INFO("properties of " << id);
  REQUIRE(p != nullptr);
  return *p;
}

/// Follows keys (and list indexes written as "0", "1", ...) from `v`; fails the test when one is missing.
inline const Value& at(const Value& v, std::initializer_list<std::string_view> path) {
  const Value* cur = &v;
  for (std::string_view step : path) {
    INFO("step " << step);
    if (cur->is_list()) {
      const auto index = static_cast<std::size_t>(std::stoul(std::string(step)));
      REQUIRE(index < cur->as_list().size());
      cur = &cur->as_list()[index];
    } else {
      cur = cur->find(step);
      REQUIRE(cur != nullptr);
    }
  }
  return *cur;
}

/// The variables of a launch template's user data.
inline const Value& user_data_variables(const Value& doc, std::string_view launch_template) {
  const Value& sub = user_data_sub(doc, launch_template);
  REQUIRE(sub.is_list());
  return sub.as_list()[1];
}

/// (logical id, type) of every resource, in template order.
inline std::vector<std::pair<std::string, std::string>> resource_types(const Value& doc) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Member& r : doc.find("Resources")->as_map()) out.emplace_back(r.key, r.value.find("Type")->as_string());
  return out;
}

/// The logical ids of the resources, in template order.
inline std::vector<std::string> ids(const Value& doc) {
  std::vector<std::string> out;
  for (const auto& [id, type] : resource_types(doc)) out.push_back(id);
  return out;
}

/// The template has a resource `id`.
inline bool has(const Value& doc, std::string_view id) { return doc.find("Resources")->find(id) != nullptr; }

/// Every finding of cfnpp lint (warnings included), printed when there are any.
inline std::size_t lint_findings(const Value& doc, std::string_view name) {
  const auto findings = lint(doc);
  for (const auto& f : findings) UNSCOPED_INFO(format_finding(f, name));
  return findings.size();
}

}  // namespace cfn::test
