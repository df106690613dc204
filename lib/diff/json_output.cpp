// The diff as JSON for programs, schema "cfnpp-diff/1" (include/cfn/diff.hpp).
// Keys are always present, in a fixed order; null where nothing applies.
#include "cfn/emit.hpp"
#include "diff/output.hpp"

namespace cfn::detail::diff {
namespace {

std::string json_string(std::string_view s) { return to_json(Value(s), JsonLayout::Compact); }

std::string string_or_null(std::string_view s) { return s.empty() ? "null" : json_string(s); }

std::string value_or_null(const std::optional<Value>& v) { return v ? to_json(*v, JsonLayout::Compact) : "null"; }

/// A list of objects, one a line below `indent`; "[]" when empty.
template <class Item, class WriteItem>
void write_objects(std::string& out, const std::vector<Item>& items, std::string_view indent,
                   const WriteItem& write_item) {
  if (items.empty()) {
    out += "[]";
    return;
  }
  out += "[\n";
  for (std::size_t i = 0; i < items.size(); ++i)
    out += std::string(indent) + "  " + write_item(items[i]) + (i + 1 < items.size() ? ",\n" : "\n");
  out += std::string(indent) + "]";
}

void write_changes(std::string& out, const std::vector<ValueChange>& changes, bool with_impact,
                   std::string_view indent) {
  write_objects(out, changes, indent, [with_impact](const ValueChange& c) {
    return "{\"path\": " + to_json(to_value(c.path), JsonLayout::Compact) +
           ", \"path_text\": " + json_string(to_string(c.path)) + ", \"change\": " + json_string(to_string(c.kind())) +
           ", \"old\": " + value_or_null(c.old_value) + ", \"new\": " + value_or_null(c.new_value) +
           ", \"impact\": " + (with_impact ? json_string(to_string(c.impact)) : std::string("null")) +
           ", \"reason\": " + string_or_null(c.reason) + "}";
  });
}

void write_spread(std::string& out, const std::vector<SpreadChange>& spread, std::string_view indent) {
  write_objects(out, spread, indent, [](const SpreadChange& s) {
    return "{\"source\": " + json_string(s.source) +
           ", \"source_impact\": " + json_string(to_string(s.source_surely ? Impact::Replace : Impact::MayReplace)) +
           ", \"origin\": " + json_string(s.origin) + ", \"path\": " + to_json(to_value(s.path), JsonLayout::Compact) +
           ", \"path_text\": " + json_string(to_string(s.path)) + ", \"impact\": " + json_string(to_string(s.impact)) +
           ", \"reason\": " + string_or_null(s.reason) + "}";
  });
}

std::string data_json(const std::optional<DataRisk>& d) {
  if (!d) return "null";
  return "{\"fate\": " + json_string(to_string(d->fate)) + ", \"policy\": " + json_string(d->policy) +
         ", \"value\": " + string_or_null(d->value) + ", \"default\": " + (d->by_default ? "true" : "false") +
         ", \"if_replaced\": " + (d->if_replaced ? "true" : "false") + ", \"message\": " + json_string(d->message) +
         "}";
}

std::string truth_or_null(const std::optional<Truth>& t) { return t ? json_string(to_string(*t)) : "null"; }

std::string deployment_json(const std::optional<DiffDeployment>& d) {
  if (!d) return "null";
  Map parameters;
  for (const auto& [name, value] : d->parameters) parameters.append({name, Value(value), {}});
  std::string out =
      "{\"parameters\": " + to_json(Value(std::move(parameters)), JsonLayout::Compact) + ", \"conditions\": [";
  for (std::size_t i = 0; i < d->conditions.size(); ++i) {
    const DiffDeployment::Condition& c = d->conditions[i];
    out += (i == 0 ? "" : ", ") + std::string("{\"name\": ") + json_string(c.name) +
           ", \"old\": " + truth_or_null(c.old_value) + ", \"new\": " + truth_or_null(c.new_value) + "}";
  }
  return out + "]}";
}

}  // namespace

std::string json_output(const TemplateDiff& diff, const DiffOutputOptions& options) {
  const DiffSummary s = diff.summary();
  std::string out = "{\n";
  out += "  \"schema\": \"cfnpp-diff/1\",\n";
  out += "  \"old\": " + json_string(options.old_name) + ",\n";
  out += "  \"new\": " + json_string(options.new_name) + ",\n";
  out += std::string("  \"changed\": ") + (diff.empty() ? "false" : "true") + ",\n";
  out += "  \"summary\": {\"added\": " + std::to_string(s.added) + ", \"removed\": " + std::to_string(s.removed) +
         ", \"modified\": " + std::to_string(s.modified) + ", \"spread\": " + std::to_string(s.spread) +
         ", \"replace\": " + std::to_string(s.replace) + ", \"may_replace\": " + std::to_string(s.may_replace) +
         ", \"rejected\": " + std::to_string(s.rejected) + ", \"unknown\": " + std::to_string(s.unknown) +
         ", \"update\": " + std::to_string(s.update) + ", \"data_loss\": " + std::to_string(s.data_loss) +
         ", \"entries\": " + std::to_string(s.entries) + "},\n";

  out += "  \"resources\": [";
  for (std::size_t i = 0; i < diff.resources.size(); ++i) {
    const ResourceChange& r = diff.resources[i];
    out += i == 0 ? "\n" : ",\n";
    out += "    {\"logical_id\": " + json_string(r.logical_id) + ", \"change\": " + json_string(to_string(r.kind)) +
           ", \"old_type\": " + string_or_null(r.old_type) + ", \"new_type\": " + string_or_null(r.new_type) +
           ", \"impact\": " + json_string(to_string(r.impact)) + ", \"reason\": " + string_or_null(r.reason) +
           ", \"replaces\": " + string_or_null(r.replaces) + ", \"replaced_by\": " + string_or_null(r.replaced_by) +
           ", \"data\": " + data_json(r.data) + ",\n     \"changes\": ";
    write_changes(out, r.changes, true, "     ");
    out += ",\n     \"spread\": ";
    write_spread(out, r.spread, "     ");
    out += "}";
  }
  out += diff.resources.empty() ? "],\n" : "\n  ],\n";

  out += "  \"entries\": [";
  for (std::size_t i = 0; i < diff.entries.size(); ++i) {
    const EntryChange& e = diff.entries[i];
    out += i == 0 ? "\n" : ",\n";
    out += "    {\"section\": " + json_string(e.section) + ", \"name\": " + string_or_null(e.name) +
           ", \"change\": " + json_string(to_string(e.kind)) + ", \"old\": " + value_or_null(e.old_value) +
           ", \"new\": " + value_or_null(e.new_value) + ",\n     \"changes\": ";
    write_changes(out, e.changes, false, "     ");
    out += "}";
  }
  out += diff.entries.empty() ? "],\n" : "\n  ],\n";
  out += "  \"deployment\": " + deployment_json(diff.deployment) + "\n";
  out += "}\n";
  return out;
}

}  // namespace cfn::detail::diff
