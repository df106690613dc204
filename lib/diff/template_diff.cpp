// diff_templates: normalise both documents, compare the resources (in NEW's
// order), link renames, spread replacements to what refers to them, then the
// other sections.
#include <unordered_map>
#include <unordered_set>

#include "cfn/diff.hpp"
#include "diff/entry_order.hpp"
#include "diff/equivalence.hpp"
#include "diff/renames.hpp"
#include "diff/replacement_spread.hpp"
#include "diff/resource_diff.hpp"
#include "diff/section_diff.hpp"
#include "diff/stateful.hpp"

namespace cfn {

TemplateDiff diff_templates(const Value& old_document, const Value& new_document) {
  const Value a = normalize_template(old_document);
  const Value b = normalize_template(new_document);
  TemplateDiff diff;

  const Value* old_resources = a.is_map() ? a.find("Resources") : nullptr;
  const Value* new_resources = b.is_map() ? b.find("Resources") : nullptr;
  const Map none;
  const Map& old_map = old_resources != nullptr && old_resources->is_map() ? old_resources->as_map() : none;
  const Map& new_map = new_resources != nullptr && new_resources->is_map() ? new_resources->as_map() : none;
  const bool old_ok = old_resources == nullptr || old_resources->is_map() || old_resources->is_null();
  const bool new_ok = new_resources == nullptr || new_resources->is_map() || new_resources->is_null();
  if (old_ok && new_ok) {
    for (const detail::diff::OrderedEntry& e : detail::diff::merged_entries(&old_map, &new_map)) {
      if (e.old_value != nullptr && e.new_value != nullptr) {
        // Unchanged ones too, until the spread has been seen (a replacement may reach them).
        diff.resources.push_back(detail::diff::diff_resource(e.key, *e.old_value, *e.new_value));
        continue;
      }
      ResourceChange rc;
      rc.logical_id = e.key;
      if (e.old_value == nullptr) {
        rc.kind = ChangeKind::Added;
        rc.new_type = detail::diff::resource_type(*e.new_value);
      } else {
        rc.kind = ChangeKind::Removed;
        rc.old_type = detail::diff::resource_type(*e.old_value);
        if (e.old_value->is_map()) rc.data = detail::diff::removal_risk(*e.old_value);
      }
      diff.resources.push_back(std::move(rc));
    }
    detail::diff::link_renames(diff.resources, old_map, new_map);
    detail::diff::spread_replacements(diff.resources, old_map, new_map);
    std::erase_if(diff.resources, [](const ResourceChange& r) {
      return r.kind == ChangeKind::Modified && r.changes.empty() && r.spread.empty();
    });
  }

  // Resources that are not a map (a template CloudFormation rejects) compare whole.
  if ((!old_ok || !new_ok) &&
      !(old_resources != nullptr && new_resources != nullptr &&
        detail::diff::equivalent(*old_resources, *new_resources, detail::diff::Comparison::AsString))) {
    EntryChange whole;
    whole.section = "Resources";
    whole.kind = old_resources == nullptr   ? ChangeKind::Added
                 : new_resources == nullptr ? ChangeKind::Removed
                                            : ChangeKind::Modified;
    if (old_resources != nullptr) whole.old_value = *old_resources;
    if (new_resources != nullptr) whole.new_value = *new_resources;
    if (whole.kind == ChangeKind::Modified)
      whole.changes.push_back(ValueChange{{}, *old_resources, *new_resources, Impact::Unknown, {}});
    diff.entries.push_back(std::move(whole));
  }
  detail::diff::diff_sections(a, b, diff.entries);
  return diff;
}

TemplateDiff diff_deployment(const Value& old_document, const Value& new_document,
                             const DeploymentParameters& parameters) {
  const DeployedTemplate old_deployed = deploy(old_document, parameters);
  const DeployedTemplate new_deployed = deploy(new_document, parameters);
  TemplateDiff diff = diff_templates(old_deployed.document, new_deployed.document);
  DiffDeployment deployment;
  std::unordered_map<std::string_view, std::size_t> given;  // a later value for a name wins, in its place
  for (const auto& [name, value] : parameters.values)
    if (const auto [it, added] = given.emplace(name, deployment.parameters.size()); added)
      deployment.parameters.emplace_back(name, value);
    else
      deployment.parameters[it->second].second = value;
  std::unordered_map<std::string_view, Truth> old_values;
  for (const auto& [name, truth] : old_deployed.conditions) old_values.emplace(name, truth);
  std::unordered_set<std::string_view> in_new;
  for (const auto& [name, truth] : new_deployed.conditions) {
    const auto it = old_values.find(name);
    deployment.conditions.push_back(
        {name, it != old_values.end() ? std::optional<Truth>(it->second) : std::nullopt, truth});
    in_new.insert(name);
  }
  for (const auto& [name, truth] : old_deployed.conditions)
    if (!in_new.contains(name)) deployment.conditions.push_back({name, truth, std::nullopt});
  diff.deployment = std::move(deployment);
  return diff;
}

}  // namespace cfn
