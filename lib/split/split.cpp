#include "cfn/split.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "cfn/emit.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/knowledge.hpp"
#include "cfn/schema.hpp"
#include "emit/yaml_sizes.hpp"
#include "split/grouping.hpp"
#include "split/references.hpp"

namespace cfn {
namespace {

using detail::split::ReferenceVisitor;
using detail::split::SubRename;
using detail::split::visit_references;

constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
constexpr std::string_view kSplitMetadata = "cfnpp::Split";
// Bytes a wire costs in a template (an output or a parameter), at most.
constexpr std::size_t kWireBytes = 160;
// The estimate of a child's size leaves this share for what it cannot see.
constexpr double kBytesMargin = 0.9;

const Map& section(const Value& document, std::string_view name) {
  static const Map kEmpty;
  const Value* v = document.find(name);
  return v != nullptr && v->is_map() ? v->as_map() : kEmpty;
}

// A parameter type whose value is a list (passed to a child joined by commas).
bool list_parameter_type(std::string_view type) {
  return type.starts_with("List<") || type == "CommaDelimitedList" ||
         type.starts_with("AWS::SSM::Parameter::Value<List<") ||
         type == "AWS::SSM::Parameter::Value<CommaDelimitedList>";
}

// A template parameter as a child declares it: the parent resolves SSM
// parameters, so the child takes the value they resolve to.
Value child_parameter(const Value& definition) {
  Value copy = definition;
  if (!copy.is_map()) return copy;
  const Value* type = copy.find("Type");
  if (type == nullptr || !type->is_string() || !type->as_string().starts_with("AWS::SSM::Parameter::")) return copy;
  const bool list = list_parameter_type(type->as_string());
  Map plain;
  plain.set("Type", list ? "CommaDelimitedList" : "String");
  for (const std::string_view key : {"Description", "NoEcho"})
    if (const Value* v = copy.find(key)) plain.set(key, *v);
  return Value(std::move(plain));
}

std::string alphanumeric(std::string_view text) {
  std::string out;
  for (const char c : text)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  return out;
}

/// One resource of the template, with what it refers to.
struct Resource {
  std::string id;
  Value* body;            // in the Splitter's document, until its nested stack takes it
  std::string condition;  // its Condition, when it has one
  std::vector<std::pair<std::uint32_t, std::string>> uses;  // resource, attribute ("" for Ref)
  std::vector<std::uint32_t> depends_on;
  std::vector<std::uint32_t> glued;
  std::set<std::string> parameters;  // with those of its conditions
  std::set<std::string> conditions;  // with the ones they use
  std::set<std::string> mappings;
  bool every_mapping = false;  // a Fn::FindInMap with a computed map name
  std::size_t bytes = 0;
  std::uint32_t group = kNone;
};

/// A value crossing from the stack that holds `producer` to another.
struct Wire {
  std::string name;  // of the output, of the parameters, of the Sub variable in the parent
  std::uint32_t producer;
  std::string attribute;
  bool list = false;  // a list attribute, carried joined by commas
};

/// The names of each level's nested stacks: the template's resources go into
/// Stack1, Stack2 ... (stack-1.yaml ...); when the parent would hold more of
/// them than the limits allow (a fleet of 10,000 instances needs about 530),
/// the parent is split again, its stacks grouped under Group1, Group2 ...
/// (group-1.yaml ...), and once more under Part1 ... (500 x 500 x 500 stacks).
struct LevelNames {
  std::string_view stack;
  std::string_view file;
};
constexpr LevelNames kLevels[] = {{"Stack", "stack-"}, {"Group", "group-"}, {"Part", "part-"}};

struct Level {
  std::size_t index = 0;  // into kLevels
  /// The bucket and prefix parameters the template already declares (every level but the first).
  std::optional<std::pair<std::string, std::string>> package{};
};

class Splitter {
 public:
  Splitter(Value document, const SplitLimits& limits, Level level = {})
      : document_(std::move(document)), limits_(limits), level_(std::move(level)) {}

  SplitResult run() {
    if (const Value* transform = document_.find("Transform"))
      throw SplitError("the template uses a transform (" + to_yaml(*transform).substr(0, 80) +
                       "): split the template it expands to");
    read_conditions();
    read_resources();
    const Map& parameters = section(document_, "Parameters");
    const Map& outputs = section(document_, "Outputs");
    if (resources_.size() <= limits_.resources && parameters.size() <= limits_.parameters &&
        outputs.size() <= limits_.outputs && to_yaml(document_).size() <= limits_.template_bytes)
      return SplitResult{std::move(document_), {}, {}, {}};
    if (outputs.size() > limits_.outputs)
      throw SplitError("the template has " + std::to_string(outputs.size()) +
                       " outputs, and the parent of a split keeps them all: at most " +
                       std::to_string(limits_.outputs));
    const std::size_t added_parameters = level_.package ? 0 : 2;
    if (parameters.size() + added_parameters > limits_.parameters)
      throw SplitError("the template has " + std::to_string(parameters.size()) +
                       " parameters; the parent of a split keeps them all and adds 2: at most " +
                       std::to_string(limits_.parameters - added_parameters));
    read_parent_uses();
    make_groups();
    make_wires();
    SplitResult result;
    result.bucket_parameter = level_.package ? level_.package->first : unique_name("TemplateBucket");
    result.prefix_parameter = level_.package ? level_.package->second : unique_name("TemplatePrefix");
    for (std::size_t g = 0; g < groups_.size(); ++g)
      stack_ids_.push_back(unique_name(std::string(kLevels[level_.index].stack) + std::to_string(g + 1)));
    for (std::uint32_t g = 0; g < groups_.size(); ++g) result.children.push_back(make_child(g));
    result.parent = make_parent(result);
    for (const NestedStack& child : result.children) check_fits(child.file, child.document);
    if (!fits_limits(result.parent)) {
      if (level_.index + 1 == std::size(kLevels)) check_fits("the parent stack", result.parent);
      // The parent's nested stacks, grouped under nested stacks of their own.
      SplitResult upper = Splitter(std::move(result.parent), limits_,
                                   Level{level_.index + 1, std::pair{result.bucket_parameter, result.prefix_parameter}})
                              .run();
      result.parent = std::move(upper.parent);
      for (NestedStack& child : upper.children) result.children.push_back(std::move(child));
    }
    return result;
  }

 private:
  // ---- reading ----

  void read_conditions() {
    for (const Member& c : section(document_, "Conditions")) {
      Value definition = c.value;
      ConditionUses& uses = condition_uses_[c.key];
      ReferenceVisitor visitor;
      visitor.node = [&](std::string_view target, std::string_view) -> std::optional<Value> {
        if (section(document_, "Parameters").contains(target)) uses.parameters.emplace(target);
        return std::nullopt;
      };
      visitor.condition = [&](std::string_view name) { uses.conditions.emplace(name); };
      visitor.mapping = [&](std::string_view name) { uses.mappings.emplace(name); };
      visit_references(definition, visitor);
    }
  }

  /// A condition and every one it uses, with their parameters and mappings, into the sets.
  void add_condition(const std::string& name, std::set<std::string>& conditions, std::set<std::string>& parameters,
                     std::set<std::string>* mappings) {
    std::vector<std::string> pending{name};
    while (!pending.empty()) {
      std::string c = std::move(pending.back());
      pending.pop_back();
      const auto it = condition_uses_.find(c);
      if (it == condition_uses_.end() || !conditions.insert(c).second) continue;
      parameters.insert(it->second.parameters.begin(), it->second.parameters.end());
      if (mappings != nullptr) mappings->insert(it->second.mappings.begin(), it->second.mappings.end());
      for (const std::string& d : it->second.conditions) pending.push_back(d);
    }
  }

  void read_resources() {
    Value* section_value = document_.find("Resources");
    if (section_value == nullptr || !section_value->is_map()) return;
    Map& resources = section_value->as_map();
    resources_.reserve(resources.size());
    for (Member& m : resources) {
      if (m.key.starts_with(knowledge::kForEachPrefix))
        throw SplitError("Resources." + m.key + " is a Fn::ForEach: split the template it expands to");
      index_.emplace(m.key, static_cast<std::uint32_t>(resources_.size()));
      resources_.push_back(Resource{m.key, &m.value, {}, {}, {}, {}, {}, {}, {}, false, 0, kNone});
      taken_names_.insert(m.key);
    }
    for (const Member& p : section(document_, "Parameters")) taken_names_.insert(p.key);
    const std::vector<std::size_t> bytes = detail::emitter::yaml_member_sizes(resources);
    for (std::uint32_t i = 0; i < resources_.size(); ++i) {
      resources_[i].bytes = bytes[i];
      read_resource(i);
    }
  }

  [[nodiscard]] std::uint32_t resource_index(std::string_view id) const {
    const auto it = index_.find(id);
    return it == index_.end() ? kNone : it->second;
  }

  void read_resource(std::uint32_t i) {
    Resource& r = resources_[i];
    const Map& parameters = section(document_, "Parameters");
    std::set<std::string> conditions;
    ReferenceVisitor visitor = detail::split::reading_visitor([&](std::string_view target, std::string_view attribute) {
      if (const std::uint32_t t = resource_index(target); t != kNone && t != i)
        r.uses.emplace_back(t, std::string(attribute));
      else if (attribute.empty() && parameters.contains(target))
        r.parameters.emplace(target);
    });
    visitor.computed_get_att = [&](std::string_view target) {
      if (const std::uint32_t t = resource_index(target); t != kNone && t != i) r.glued.push_back(t);
    };
    visitor.condition = [&](std::string_view name) { conditions.emplace(name); };
    visitor.mapping = [&](std::string_view name) {
      if (name.empty())
        r.every_mapping = true;
      else
        r.mappings.emplace(name);
    };
    visit_references(*r.body, visitor);
    if (const Value* c = r.body->find("Condition"); c != nullptr && c->is_string()) {
      r.condition = c->as_string();
      conditions.insert(r.condition);
    }
    for (const std::string& c : conditions) add_condition(c, r.conditions, r.parameters, &r.mappings);
    if (const Value* d = r.body->find("DependsOn")) {
      const auto depend = [&](const Value& name) {
        if (!name.is_string()) return;
        if (const std::uint32_t t = resource_index(name.as_string()); t != kNone && t != i) r.depends_on.push_back(t);
      };
      if (d->is_list())
        for (const Value& name : d->as_list()) depend(name);
      else
        depend(*d);
    }
  }

  // What the template's Outputs use: the parent keeps them.
  void read_parent_uses() {
    Value outputs(section(document_, "Outputs"));
    ReferenceVisitor visitor = detail::split::reading_visitor([&](std::string_view target, std::string_view attribute) {
      if (const std::uint32_t t = resource_index(target); t != kNone)
        parent_uses_.emplace_back(t, std::string(attribute));
    });
    visitor.computed_get_att = [&](std::string_view target) {
      throw SplitError("an output has a Fn::GetAtt of resource " + std::string(target) +
                       " whose attribute is computed: no nested stack output can carry it");
    };
    visit_references(outputs, visitor);
  }

  // ---- grouping ----

  /// The key of a wire: the resource and the attribute.
  static std::string wire_key(std::uint32_t producer, std::string_view attribute) {
    return std::to_string(producer) + '.' + std::string(attribute);
  }

  bool fits(std::span<const std::uint32_t> members) {
    const std::uint32_t in_set = ++stamp_;
    for (const std::uint32_t r : members) mark_[r] = in_set;
    std::unordered_set<std::string> imports;
    std::unordered_set<std::string> exports;
    std::set<std::string> parameters;
    std::set<std::string> conditions;
    std::set<std::string> mappings;
    std::size_t bytes = 0;
    for (const std::uint32_t r : members) {
      const Resource& res = resources_[r];
      bytes += res.bytes;
      for (const auto& [target, attribute] : res.uses)
        if (mark_[target] != in_set) imports.insert(wire_key(target, attribute));
      for (const auto& [consumer, attribute] : used_by_[r])
        if (consumer == kNone || mark_[consumer] != in_set) exports.insert(wire_key(r, attribute));
      parameters.insert(res.parameters.begin(), res.parameters.end());
      conditions.insert(res.conditions.begin(), res.conditions.end());
      mappings.insert(res.mappings.begin(), res.mappings.end());
      if (res.every_mapping)
        for (const Member& m : section(document_, "Mappings")) mappings.insert(m.key);
    }
    for (const std::string& c : conditions) bytes += section_bytes("Conditions", c);
    for (const std::string& m : mappings) bytes += section_bytes("Mappings", m);
    for (const std::string& p : parameters) bytes += section_bytes("Parameters", p);
    bytes += kWireBytes * (imports.size() + exports.size());
    return members.size() <= limits_.resources && imports.size() + parameters.size() <= limits_.parameters &&
           exports.size() <= limits_.outputs && mappings.size() <= limits::kMappings &&
           static_cast<double>(bytes) <= kBytesMargin * static_cast<double>(limits_.template_bytes);
  }

  std::size_t section_bytes(std::string_view section_name, const std::string& name) {
    auto [sizes, added] = entry_bytes_.try_emplace(std::string(section_name));
    if (added) {  // the whole section at once, the first time one of its entries is weighed
      const Map& entries = section(document_, section_name);
      const std::vector<std::size_t> bytes = detail::emitter::yaml_member_sizes(entries);
      std::size_t e = 0;
      for (const Member& entry : entries) sizes->second.emplace(entry.key, bytes[e++]);
    }
    const auto it = sizes->second.find(name);
    return it == sizes->second.end() ? 0 : it->second;
  }

  void make_groups() {
    used_by_.assign(resources_.size(), {});
    for (std::uint32_t r = 0; r < resources_.size(); ++r)
      for (const auto& [target, attribute] : resources_[r].uses) used_by_[target].emplace_back(r, attribute);
    for (const auto& [target, attribute] : parent_uses_) used_by_[target].emplace_back(kNone, attribute);
    mark_.assign(resources_.size(), 0);

    detail::split::ResourceGraph graph;
    graph.edges.resize(resources_.size());
    graph.glued.resize(resources_.size());
    for (std::uint32_t r = 0; r < resources_.size(); ++r) {
      for (const auto& use : resources_[r].uses) graph.edges[r].push_back(use.first);
      graph.edges[r].insert(graph.edges[r].end(), resources_[r].depends_on.begin(), resources_[r].depends_on.end());
      graph.glued[r] = resources_[r].glued;
    }
    const auto fits_test = [this](std::span<const std::uint32_t> members) { return fits(members); };
    const auto name_of = [this](std::uint32_t r) { return resources_[r].id; };
    const std::vector<std::vector<std::uint32_t>> clusters = detail::split::group_resources(graph, fits_test, name_of);

    // Fill each stack with clusters, in dependency order, while they fit.
    std::vector<std::uint32_t> current;
    for (const std::vector<std::uint32_t>& cluster : clusters) {
      std::vector<std::uint32_t> candidate = current;
      candidate.insert(candidate.end(), cluster.begin(), cluster.end());
      if (!current.empty() && !fits(candidate)) {
        groups_.push_back(std::move(current));
        candidate = cluster;
      }
      current = std::move(candidate);
    }
    if (!current.empty()) groups_.push_back(std::move(current));
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      std::sort(groups_[g].begin(), groups_[g].end());
      for (const std::uint32_t r : groups_[g]) resources_[r].group = g;
    }
  }

  // ---- wiring ----

  std::string unique_name(std::string base) {
    if (base.size() > limits::kLogicalIdLength || base.empty()) base = "Wire";
    std::string name = base;
    for (std::size_t n = 2; taken_names_.contains(name); ++n) {
      const std::string suffix = std::to_string(n);
      name = base.substr(0, std::min(base.size(), limits::kLogicalIdLength - suffix.size())) + suffix;
    }
    taken_names_.insert(name);
    return name;
  }

  const Wire& wire(std::uint32_t producer, std::string_view attribute) {
    const std::string key = wire_key(producer, attribute);
    if (const auto it = wire_index_.find(key); it != wire_index_.end()) return wires_[it->second];
    const Resource& r = resources_[producer];
    Wire w{attribute.empty() ? r.id : unique_name(r.id + alphanumeric(attribute)), producer, std::string(attribute)};
    if (!attribute.empty()) {
      const Value* type = r.body->find("Type");
      if (type != nullptr && type->is_string())
        if (const auto info = schema::find_resource_type(type->as_string()))
          if (const auto a = info->find_attribute(attribute)) w.list = a->type().shape == schema::Shape::List;
    }
    wire_index_.emplace(key, wires_.size());
    wire_by_name_.emplace(w.name, wires_.size());
    wires_.push_back(std::move(w));
    return wires_.back();
  }

  void make_wires() {
    exports_.assign(groups_.size(), {});
    for (const Resource& r : resources_)
      for (const auto& [target, attribute] : r.uses)
        if (resources_[target].group != r.group)
          exports_[resources_[target].group].insert(wire(target, attribute).name);
    for (const auto& [target, attribute] : parent_uses_)
      exports_[resources_[target].group].insert(wire(target, attribute).name);
  }

  [[nodiscard]] const Wire& wire_named(const std::string& name) const { return wires_[wire_by_name_.at(name)]; }

  // ---- the children ----

  NestedStack make_child(std::uint32_t g) {
    const Map& template_parameters = section(document_, "Parameters");
    std::set<std::string> parameters;
    std::set<std::string> conditions;
    std::set<std::string> mappings;
    std::set<std::string> imports;  // wire names
    Map resources;
    Map split_depends_on;
    std::set<std::uint32_t> stack_depends_on;
    for (const std::uint32_t i : groups_[g]) {
      Resource& r = resources_[i];
      parameters.insert(r.parameters.begin(), r.parameters.end());
      conditions.insert(r.conditions.begin(), r.conditions.end());
      mappings.insert(r.mappings.begin(), r.mappings.end());
      if (r.every_mapping)
        for (const Member& m : section(document_, "Mappings")) mappings.insert(m.key);
      const auto crossing = [&](std::string_view target, std::string_view attribute) -> const Wire* {
        const std::uint32_t t = resource_index(target);
        if (t == kNone || resources_[t].group == g) return nullptr;
        const Wire& w = wire(t, attribute);
        imports.insert(w.name);
        return &w;
      };
      ReferenceVisitor visitor;
      visitor.node = [&](std::string_view target, std::string_view attribute) -> std::optional<Value> {
        if (const Wire* w = crossing(target, attribute)) return Value(cfn::ref(w->name));
        return std::nullopt;
      };
      visitor.sub_variable = [&](std::string_view target, std::string_view attribute) -> std::optional<SubRename> {
        if (const Wire* w = crossing(target, attribute)) return SubRename{w->name, std::nullopt};
        return std::nullopt;
      };
      Value body = std::move(*r.body);
      if (!body.is_map()) throw SplitError("resource " + r.id + " is not a map");
      visit_references(body, visitor);
      move_depends_on(r, body.as_map(), g, split_depends_on, stack_depends_on);
      resources.append(Member{r.id, std::move(body), {}});
    }
    stack_depends_on_.push_back(std::move(stack_depends_on));

    Map child;
    child.set("AWSTemplateFormatVersion", "2010-09-09");
    child.set("Description", "Nested stack " + std::to_string(g + 1) + " of " + std::to_string(groups_.size()) +
                                 ", made by cfnpp split");
    if (!split_depends_on.empty()) {
      Map record;
      record.set("DependsOn", Value(std::move(split_depends_on)));
      Map metadata;
      metadata.set(kSplitMetadata, Value(std::move(record)));
      child.set("Metadata", Value(std::move(metadata)));
    }
    Map child_parameters;
    for (const std::string& p : parameters) child_parameters.set(p, child_parameter(template_parameters.at(p)));
    for (const std::string& name : imports) {
      const Wire& w = wire_named(name);
      Map p;
      p.set("Type", w.list ? "CommaDelimitedList" : "String");
      p.set("Description", resources_[w.producer].id + (w.attribute.empty() ? "" : "." + w.attribute) + ", from " +
                               stack_ids_[resources_[w.producer].group]);
      if (!resources_[w.producer].condition.empty()) p.set("Default", "");
      child_parameters.set(name, Value(std::move(p)));
    }
    imports_.push_back(std::move(imports));
    parameters_.push_back(std::move(parameters));
    if (!child_parameters.empty()) child.set("Parameters", Value(std::move(child_parameters)));
    copy_entries(child, "Mappings", mappings);
    copy_entries(child, "Conditions", conditions);
    child.set("Resources", Value(std::move(resources)));
    Map outputs;
    for (const std::string& name : exports_[g]) {
      const Wire& w = wire_named(name);
      const std::string& id = resources_[w.producer].id;
      Map output;
      Value value = w.attribute.empty() ? Value(cfn::ref(id)) : Value(get_att(id, w.attribute));
      if (w.list) {
        Fn attribute = value.as_fn();
        value = Value(join(",", std::move(attribute)));
      }
      output.set("Value", std::move(value));
      if (!resources_[w.producer].condition.empty()) output.set("Condition", resources_[w.producer].condition);
      outputs.set(name, Value(std::move(output)));
    }
    if (!outputs.empty()) child.set("Outputs", Value(std::move(outputs)));
    return NestedStack{stack_ids_[g], std::string(kLevels[level_.index].file) + std::to_string(g + 1) + ".yaml",
                       Value(std::move(child))};
  }

  /// DependsOn on resources of other stacks leaves the resource: the nested
  /// stacks depend on each other instead, and the child's Metadata records it.
  void move_depends_on(const Resource& r, Map& body, std::uint32_t g, Map& record, std::set<std::uint32_t>& stacks) {
    const Value* d = body.find("DependsOn");
    if (d == nullptr) return;
    const bool was_list = d->is_list();
    const List names = was_list ? d->as_list() : List{*d};
    List kept;
    List moved;
    for (const Value& name : names) {
      const std::uint32_t t = name.is_string() ? resource_index(name.as_string()) : kNone;
      if (t == kNone || resources_[t].group == g) {
        kept.push_back(name);
        continue;
      }
      moved.push_back(name);
      stacks.insert(resources_[t].group);
    }
    if (moved.empty()) return;
    record.set(r.id, Value(std::move(moved)));
    Map rebuilt;  // without DependsOn, or with the ones that stay
    for (Member& m : body) {
      if (m.key != "DependsOn")
        rebuilt.append(std::move(m));
      else if (!kept.empty())
        rebuilt.append(Member{m.key, kept.size() == 1 && !was_list ? kept.front() : Value(kept), m.key_mark});
    }
    body = std::move(rebuilt);
  }

  void copy_entries(Map& target, std::string_view name, const std::set<std::string>& names) const {
    Map entries;
    const Map& from = section(document_, name);
    for (const std::string& n : names)
      if (const Value* v = from.find(n)) entries.set(n, *v);
    if (!entries.empty()) target.set(name, Value(std::move(entries)));
  }

  // ---- the parent ----

  /// !GetAtt Stack.Outputs.Name for a wire, in the parent.
  Value stack_output(const Wire& w) const {
    return Value(get_att(stack_ids_[resources_[w.producer].group], "Outputs." + w.name));
  }

  Value make_parent(const SplitResult& result) {
    Map parent;
    for (const std::string_view key : {"AWSTemplateFormatVersion", "Description", "Metadata"})
      if (const Value* v = document_.find(key)) parent.set(key, *v);
    Map parameters = section(document_, "Parameters");
    if (!level_.package) add_package_parameters(parameters, result);
    parent.set("Parameters", Value(std::move(parameters)));
    if (const Value* rules = document_.find("Rules")) parent.set("Rules", *rules);

    std::set<std::string> conditions;  // the parent's
    std::set<std::string> condition_parameters;
    std::set<std::string> mappings;
    Map outputs = section(document_, "Outputs");
    ReferenceVisitor visitor;
    visitor.node = [&](std::string_view target, std::string_view attribute) -> std::optional<Value> {
      const std::uint32_t t = resource_index(target);
      if (t == kNone) return std::nullopt;
      const Wire& w = wire(t, attribute);
      // A list attribute arrives joined by commas.
      return w.list ? Value(cfn::split(",", stack_output(w))) : stack_output(w);
    };
    visitor.sub_variable = [&](std::string_view target, std::string_view attribute) -> std::optional<SubRename> {
      const std::uint32_t t = resource_index(target);
      if (t == kNone) return std::nullopt;
      const Wire& w = wire(t, attribute);
      return SubRename{w.name, stack_output(w)};
    };
    visitor.condition = [&](std::string_view name) {
      add_condition(std::string(name), conditions, condition_parameters, &mappings);
    };
    visitor.mapping = [&](std::string_view name) {
      if (name.empty())
        for (const Member& m : section(document_, "Mappings")) mappings.insert(m.key);
      else
        mappings.emplace(name);
    };
    for (Member& output : outputs) {
      visit_references(output.value, visitor);
      if (const Value* c = output.value.find("Condition"); c != nullptr && c->is_string())
        add_condition(c->as_string(), conditions, condition_parameters, &mappings);
    }

    Map stacks;
    for (std::uint32_t g = 0; g < groups_.size(); ++g) {
      Map passed;
      std::set<std::uint32_t> wired;
      for (const std::string& p : parameters_[g]) {
        const Value* definition = section(document_, "Parameters").find(p);
        const Value* type = definition != nullptr ? definition->find("Type") : nullptr;
        const bool list = type != nullptr && type->is_string() && list_parameter_type(type->as_string());
        passed.set(p, list ? Value(join(",", cfn::ref(p))) : Value(cfn::ref(p)));
      }
      for (const std::string& name : imports_[g]) {
        const Wire& w = wire_named(name);
        const std::string& condition = resources_[w.producer].condition;
        wired.insert(resources_[w.producer].group);
        if (condition.empty()) {
          passed.set(name, stack_output(w));
          continue;
        }
        add_condition(condition, conditions, condition_parameters, &mappings);
        passed.set(name, Value(if_(condition, stack_output(w), pseudo::no_value())));
      }
      Map properties;
      properties.set("TemplateURL",
                     Value(sub("https://${" + result.bucket_parameter + "}.s3.${AWS::Region}.${AWS::URLSuffix}/${" +
                               result.prefix_parameter + "}" + result.children[g].file)));
      if (!passed.empty()) properties.set("Parameters", Value(std::move(passed)));
      Map stack;
      stack.set("Type", "AWS::CloudFormation::Stack");
      List depends_on;
      for (const std::uint32_t d : stack_depends_on_[g])
        if (!wired.contains(d)) depends_on.emplace_back(stack_ids_[d]);
      if (!depends_on.empty()) stack.set("DependsOn", Value(std::move(depends_on)));
      stack.set("Properties", Value(std::move(properties)));
      stacks.set(stack_ids_[g], Value(std::move(stack)));
    }

    // Conditions and mappings no stack uses stay with the parent, so that nothing is lost.
    std::set<std::string> used_conditions;
    std::set<std::string> used_mappings;
    for (const Resource& r : resources_) {
      used_conditions.insert(r.conditions.begin(), r.conditions.end());
      used_mappings.insert(r.mappings.begin(), r.mappings.end());
      if (r.every_mapping)
        for (const Member& m : section(document_, "Mappings")) used_mappings.insert(m.key);
    }
    for (const Member& c : section(document_, "Conditions"))
      if (!used_conditions.contains(c.key)) add_condition(c.key, conditions, condition_parameters, &mappings);
    for (const Member& m : section(document_, "Mappings"))
      if (!used_mappings.contains(m.key)) mappings.insert(m.key);
    copy_entries(parent, "Mappings", mappings);
    copy_entries(parent, "Conditions", conditions);
    parent.set("Resources", Value(std::move(stacks)));
    if (!outputs.empty()) parent.set("Outputs", Value(std::move(outputs)));
    return Value(std::move(parent));
  }

  /// The bucket and the key prefix of the package, which every TemplateURL names.
  static void add_package_parameters(Map& parameters, const SplitResult& result) {
    Map bucket;
    bucket.set("Type", "String");
    bucket.set("Description", "The S3 bucket that holds the nested stacks' templates");
    bucket.set("AllowedPattern", "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");
    parameters.set(result.bucket_parameter, Value(std::move(bucket)));
    Map prefix;
    prefix.set("Type", "String");
    prefix.set("Description", "The key prefix of the nested stacks' templates in that bucket: empty, or ending in /");
    prefix.set("Default", "");
    prefix.set("AllowedPattern", "^(.*/)?$");
    parameters.set(result.prefix_parameter, Value(std::move(prefix)));
  }

  [[nodiscard]] bool fits_limits(const Value& document) const {
    const auto count = [&](std::string_view name) { return section(document, name).size(); };
    return count("Resources") <= limits_.resources && count("Parameters") <= limits_.parameters &&
           count("Outputs") <= limits_.outputs && to_yaml(document).size() <= limits_.template_bytes;
  }

  void check_fits(const std::string& what, const Value& document) const {
    if (fits_limits(document)) return;
    const auto count = [&](std::string_view name) { return section(document, name).size(); };
    const std::size_t bytes = to_yaml(document).size();
    throw SplitError(what + " would exceed the limits: " + std::to_string(count("Resources")) + " resources, " +
                     std::to_string(count("Parameters")) + " parameters, " + std::to_string(count("Outputs")) +
                     " outputs, " + std::to_string(bytes) + " bytes");
  }

  struct ConditionUses {
    std::set<std::string> parameters;
    std::set<std::string> conditions;
    std::set<std::string> mappings;
  };

  Value document_;
  SplitLimits limits_;
  Level level_;
  std::vector<Resource> resources_;
  std::unordered_map<std::string_view, std::uint32_t> index_;
  std::map<std::string, ConditionUses> condition_uses_;
  std::vector<std::pair<std::uint32_t, std::string>> parent_uses_;
  std::vector<std::vector<std::pair<std::uint32_t, std::string>>> used_by_;  // consumer kNone: the parent
  std::vector<std::uint32_t> mark_;
  std::uint32_t stamp_ = 0;
  /// Bytes of each entry of the Conditions, Mappings and Parameters sections, by section and name.
  std::unordered_map<std::string, std::unordered_map<std::string, std::size_t>> entry_bytes_;
  std::vector<std::vector<std::uint32_t>> groups_;
  std::unordered_set<std::string> taken_names_;
  std::deque<Wire> wires_;  // a deque: references to wires stay valid
  std::unordered_map<std::string, std::size_t> wire_index_;
  std::unordered_map<std::string, std::size_t> wire_by_name_;
  std::vector<std::set<std::string>> exports_;
  std::vector<std::set<std::string>> imports_;
  std::vector<std::set<std::string>> parameters_;
  std::vector<std::set<std::uint32_t>> stack_depends_on_;
  std::vector<std::string> stack_ids_;
};

}  // namespace

SplitResult split(Value&& document, const SplitLimits& limits) {
  if (!document.is_map()) throw SplitError("a template is a map");
  return Splitter(std::move(document), limits).run();
}

SplitResult split(const Value& document, const SplitLimits& limits) { return split(Value(document), limits); }

}  // namespace cfn
