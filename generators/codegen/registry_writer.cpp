// The registry table behind cfn/registry.hpp (lib/schema/registry_table.hpp):
// reads the vendored CloudFormation registry schemas (one JSON Schema per
// resource type) and the resource types of each region, and writes the value
// constraints as a graph of integer rows. Only nodes that constrain a value,
// or lead to one that does, are kept; identical leaves are written once.
// $ref to the schema's definitions are followed (recursive definitions
// become cycles in the graph). The combinations (anyOf, oneOf, allOf,
// requiredXor, dependentRequired and draft-07 `dependencies`,
// dependentExcluded) are kept as lists of branch nodes and of names; `type`,
// `required`, `additionalProperties: false` and `format` only where a branch
// is judged (they decide whether it matches). Keywords the checks do not
// read (if/then, cfn-lint's own, formats formats.json does not list) are
// left out.
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "string_blob.hpp"
#include "writers.hpp"

namespace codegen {
namespace {

constexpr std::uint32_t kUnbounded = 0xFFFFFFFF;

// JSON Schema's `type` names, as bits of NodeRow::types (lib/schema/registry_table.hpp).
constexpr std::pair<std::string_view, std::uint8_t> kTypeBits[] = {
    {"string", 1}, {"number", 2}, {"integer", 4}, {"boolean", 8}, {"object", 16}, {"array", 32}, {"null", 64}};

struct Dependency {
  std::string name;                // when this property is set,
  std::vector<std::string> names;  // these must be set too (or must not be, when excluded)
  bool excluded = false;
};

struct Node {
  std::map<std::string, std::size_t> members;  // property name -> node
  std::optional<std::size_t> items;
  std::vector<std::string> enum_values;
  bool enum_case_insensitive = false;
  std::optional<std::string> pattern;
  std::optional<double> minimum, maximum;
  bool exclusive_minimum = false, exclusive_maximum = false;
  std::uint32_t min_length = kUnbounded, max_length = kUnbounded;
  std::uint32_t min_items = kUnbounded, max_items = kUnbounded;
  bool unique_items = false;
  std::vector<std::size_t> any_of, one_of, all_of;
  std::vector<std::string> required_xor;
  std::vector<Dependency> dependencies;
  // Read where a branch is judged only (cleared elsewhere by RegistryWriter::keep_branch_keywords).
  std::vector<std::string> required;
  std::uint8_t types = 0;
  bool closed = false;  // additionalProperties: false
  std::optional<std::string> format;

  // Constrains a value by itself (its anyOf/oneOf count only when every branch does: RegistryWriter::mark_useful).
  [[nodiscard]] bool constrains() const {
    return !enum_values.empty() || pattern || minimum || maximum || min_length != kUnbounded ||
           max_length != kUnbounded || min_items != kUnbounded || max_items != kUnbounded || unique_items ||
           !required_xor.empty() || !dependencies.empty() || !required.empty() || types != 0 || closed || format;
  }
  [[nodiscard]] bool is_leaf() const {
    return members.empty() && !items && all_of.empty() && any_of.empty() && one_of.empty();
  }
};

int hex4(std::string_view s) {
  int v = 0;
  for (const char c : s) {
    const int d = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// yaml-cpp rejects the JSON escapes of UTF-16 surrogate pairs ("\ud800\udc00",
// in patterns of characters beyond the BMP): they become the UTF-8 bytes of
// the character they encode, which a JSON string may hold as they are.
std::string decode_surrogate_pairs(std::string text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] != 'u') {  // another escape: keep both characters
      out += text[i];
      out += text[++i];
      continue;
    }
    if (text.compare(i, 2, "\\u") == 0 && i + 12 <= text.size() && text.compare(i + 6, 2, "\\u") == 0) {
      const int high = hex4(std::string_view(text).substr(i + 2, 4));
      const int low = hex4(std::string_view(text).substr(i + 8, 4));
      if (high >= 0xD800 && high <= 0xDBFF && low >= 0xDC00 && low <= 0xDFFF) {
        const std::uint32_t cp =
            0x10000 + ((static_cast<std::uint32_t>(high) - 0xD800) << 10) + (static_cast<std::uint32_t>(low) - 0xDC00);
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
        i += 11;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::optional<double> number(const YAML::Node& n) {
  if (!n || !n.IsScalar()) return std::nullopt;
  try {
    return n.as<double>();
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
}

std::uint32_t count(const YAML::Node& n) {
  const std::optional<double> v = number(n);
  if (!v || *v < 0) return kUnbounded;
  return *v >= static_cast<double>(kUnbounded) ? kUnbounded - 1 : static_cast<std::uint32_t>(*v);
}

// Builds the nodes of one schema into `nodes`.
class SchemaReader {
 public:
  SchemaReader(const YAML::Node& schema, std::vector<Node>& nodes, const std::map<std::string, std::string>& formats,
               std::string file)
      : root_(schema), nodes_(nodes), formats_(formats), file_(std::move(file)) {}

  // A $ref with keywords beside it (`{"$ref": ..., "maxItems": 2}`, as cfn-lint's schemas write) is both:
  // a node of its own keywords with the definition as an allOf branch.
  std::size_t build(const YAML::Node& n) {
    const YAML::Node ref = n["$ref"];
    if (ref && ref.IsScalar() && n.size() == 1) return definition(ref.Scalar());
    const std::size_t index = nodes_.size();
    nodes_.emplace_back();
    fill(index, n);
    if (!ref || !ref.IsScalar()) return index;
    if (const Node& own = nodes_[index]; !own.constrains() && own.is_leaf()) {  // only words beside it: no children
      nodes_.pop_back();
      return definition(ref.Scalar());
    }
    nodes_[index].all_of.push_back(definition(ref.Scalar()));
    return index;
  }

 private:
  // A JSON pointer into the schema ("#/definitions/Tag", "#/properties/Arn").
  YAML::Node resolve(const std::string& ref) const {
    if (!ref.starts_with("#/")) throw std::runtime_error(file_ + ": unsupported $ref " + ref);
    YAML::Node at = root_;
    for (std::size_t begin = 2; begin <= ref.size();) {
      const std::size_t end = std::min(ref.find('/', begin), ref.size());
      if (!at.IsMap()) throw std::runtime_error(file_ + ": $ref to a missing node " + ref);
      at.reset(at[ref.substr(begin, end - begin)]);  // reset: operator= would overwrite the node itself
      if (!at) throw std::runtime_error(file_ + ": $ref to a missing node " + ref);
      begin = end + 1;
    }
    return at;
  }

  std::size_t definition(const std::string& ref) {
    if (const auto it = memo_.find(ref); it != memo_.end()) return it->second;
    const YAML::Node def = resolve(ref);
    if (!def.IsMap()) throw std::runtime_error(file_ + ": $ref to a node that is not a schema: " + ref);
    if (const YAML::Node next = def["$ref"]; next && next.IsScalar()) {
      if (next.Scalar() == ref) throw std::runtime_error(file_ + ": $ref to itself: " + ref);
      return memo_[ref] = definition(next.Scalar());
    }
    const std::size_t index = nodes_.size();
    nodes_.emplace_back();
    memo_[ref] = index;  // before filling: a definition may refer to itself
    fill(index, def);
    return index;
  }

  void fill(std::size_t index, const YAML::Node& n) {
    if (!n.IsMap()) return;
    Node node;
    const YAML::Node enums = n["enum"] ? n["enum"] : n["enumCaseInsensitive"];
    if (enums && enums.IsSequence()) {
      node.enum_case_insensitive = !n["enum"];
      for (const YAML::Node& e : enums)
        if (e.IsScalar()) node.enum_values.push_back(e.Scalar());
    }
    if (const YAML::Node p = n["pattern"]; p && p.IsScalar()) node.pattern = p.Scalar();
    node.minimum = number(n["minimum"]);
    node.maximum = number(n["maximum"]);
    // draft-07: exclusiveMinimum/exclusiveMaximum are numbers
    if (const auto v = number(n["exclusiveMinimum"]);
        v && n["exclusiveMinimum"].Scalar() != "true" && n["exclusiveMinimum"].Scalar() != "false") {
      node.minimum = v;
      node.exclusive_minimum = true;
    }
    if (const auto v = number(n["exclusiveMaximum"]);
        v && n["exclusiveMaximum"].Scalar() != "true" && n["exclusiveMaximum"].Scalar() != "false") {
      node.maximum = v;
      node.exclusive_maximum = true;
    }
    node.min_length = count(n["minLength"]);
    node.max_length = count(n["maxLength"]);
    node.min_items = count(n["minItems"]);
    node.max_items = count(n["maxItems"]);
    if (const YAML::Node u = n["uniqueItems"]; u && u.IsScalar()) node.unique_items = u.Scalar() == "true";
    node.required = names(n["required"]);
    node.required_xor = names(n["requiredXor"]);
    node.dependencies = dependencies(n);
    node.types = types(n["type"]);
    if (const YAML::Node a = n["additionalProperties"]; a && a.IsScalar()) node.closed = a.Scalar() == "false";
    if (const YAML::Node f = n["format"]; f && f.IsScalar() && formats_.count(f.Scalar())) node.format = f.Scalar();
    // Children are built after this node's slot exists (they may refer back to it).
    std::map<std::string, std::size_t> members;
    if (const YAML::Node props = n["properties"]; props && props.IsMap())
      for (const auto& p : props)
        if (p.second.IsMap()) members[p.first.Scalar()] = build(p.second);
    std::optional<std::size_t> items;
    if (const YAML::Node i = n["items"]; i && i.IsMap()) items = build(i);
    std::vector<std::size_t> any_of = branches(n["anyOf"]), one_of = branches(n["oneOf"]),
                             all_of = branches(n["allOf"]);
    node.members = std::move(members);
    node.items = items;
    node.any_of = std::move(any_of);
    node.one_of = std::move(one_of);
    node.all_of = std::move(all_of);
    nodes_[index] = std::move(node);
  }

  std::vector<std::size_t> branches(const YAML::Node& list) {
    std::vector<std::size_t> out;
    if (list && list.IsSequence())
      for (const YAML::Node& b : list)
        if (b.IsMap()) out.push_back(build(b));
    return out;
  }

  static std::vector<std::string> names(const YAML::Node& list) {
    std::vector<std::string> out;
    if (list && list.IsSequence())
      for (const YAML::Node& n : list)
        if (n.IsScalar()) out.push_back(n.Scalar());
    return out;
  }

  static std::vector<Dependency> dependencies(const YAML::Node& n) {
    std::vector<Dependency> out;
    const auto add = [&](const YAML::Node& map, bool excluded) {
      if (!map || !map.IsMap()) return;
      for (const auto& d : map)
        if (d.second.IsSequence()) out.push_back({d.first.Scalar(), names(d.second), excluded});
    };
    add(n["dependentRequired"], false);
    add(n["dependencies"], false);  // draft-07; its schema form (a map) is not held
    add(n["dependentExcluded"], true);
    return out;
  }

  static std::uint8_t types(const YAML::Node& type) {
    std::uint8_t out = 0;
    const auto add = [&](const std::string& name) {
      for (const auto& [n, bit] : kTypeBits)
        if (n == name) out |= bit;
    };
    if (type && type.IsScalar()) add(type.Scalar());
    if (type && type.IsSequence())
      for (const YAML::Node& t : type)
        if (t.IsScalar()) add(t.Scalar());
    return out;
  }

  YAML::Node root_;
  std::vector<Node>& nodes_;
  const std::map<std::string, std::string>& formats_;
  std::string file_;
  std::map<std::string, std::size_t> memo_;
};

class RegistryWriter {
 public:
  RegistryWriter(const std::filesystem::path& schemas, const std::filesystem::path& regions,
                 const std::filesystem::path& formats) {
    read_regions(regions);
    read_formats(formats);
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(schemas))
      if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw std::runtime_error(schemas.string() + ": no schemas");
    for (const auto& file : files) {
      try {
        read_schema(file);
      } catch (const YAML::Exception& e) {
        throw std::runtime_error(file.string() + ": " + e.what());
      }
    }
  }

  std::string write() {
    check_all_of_acyclic();
    keep_branch_keywords();
    mark_useful();
    // Useful nodes get rows; leaves with the same constraints share one.
    std::vector<std::uint32_t> row(nodes_.size(), kUnbounded);
    std::map<std::string, std::uint32_t> leaves;
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      if (!useful_[i]) continue;
      const Node& n = nodes_[i];
      if (n.is_leaf()) {
        const std::string key = constraint_key(n);
        if (const auto it = leaves.find(key); it != leaves.end()) {
          row[i] = it->second;
          continue;
        }
        leaves.emplace(key, static_cast<std::uint32_t>(order.size()));
      }
      row[i] = static_cast<std::uint32_t>(order.size());
      order.push_back(i);
    }
    std::string node_rows, member_rows;
    std::size_t member_count = 0;
    for (const std::size_t i : order) {
      const Node& n = nodes_[i];
      const std::size_t first_member = member_count;
      for (const auto& [name, child] : n.members) {
        if (!useful_[child]) continue;
        member_rows += fmt::format("    {{{}, {}}},\n", strings_.text(name), row[child]);
        ++member_count;
      }
      const std::uint32_t items = n.items && useful_[*n.items] ? row[*n.items] : kUnbounded;
      const std::uint8_t flags = (n.enum_case_insensitive ? 1 : 0) | (n.unique_items ? 2 : 0) | (n.closed ? 4 : 0);
      const std::size_t first_branch = branch_count_;
      std::size_t all_of = 0;
      for (const std::size_t b : n.all_of) all_of += useful_[b] ? 1 : 0;
      for (const auto* list : {&n.any_of, &n.one_of, &n.all_of})
        for (const std::size_t b : *list)
          if (useful_[b]) branch_rows_ += fmt::format("    {},\n", row[b]), ++branch_count_;
      const std::size_t first_name = name_count_;
      for (const auto* list : {&n.required, &n.required_xor})
        for (const std::string& name : *list)
          name_rows_ += fmt::format("    {},\n", strings_.text(name)), ++name_count_;
      const std::size_t first_dependency = dependency_count_;
      for (const Dependency& d : n.dependencies) {
        const std::size_t first = name_count_;
        for (const std::string& name : d.names)
          name_rows_ += fmt::format("    {},\n", strings_.text(name)), ++name_count_;
        dependency_rows_ +=
            fmt::format("    {{{}, {}, {}, {}}},\n", strings_.text(d.name), first, d.names.size(), d.excluded ? 1 : 0);
        ++dependency_count_;
      }
      node_rows += fmt::format(
          "    {{{}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}}},\n",
          first_member, member_count - first_member, items, enum_range(n.enum_values), n.enum_values.size(),
          n.pattern ? pattern_index(*n.pattern) : 0xFFFF, bounds_index(n), flags, n.min_length, n.max_length,
          n.min_items, n.max_items, first_branch, n.any_of.size(), n.one_of.size(), all_of, first_name,
          n.required.size(), n.required_xor.size(), first_dependency, n.dependencies.size(),
          n.format ? format_index(*n.format) : 0xFFFF, n.types);
    }
    if (order.size() >= kUnbounded) throw std::runtime_error("too many nodes for the table");

    std::string resource_rows;
    for (const auto& [name, root] : types_) {
      const std::uint32_t node = root && useful_[*root] ? row[*root] : kUnbounded;
      const auto offered = regions_of_.find(name);
      const std::size_t first_read_only = name_count_;
      const auto read_only = read_only_.find(name);
      if (read_only != read_only_.end())
        for (const std::string& pointer : read_only->second)
          name_rows_ += fmt::format("    {},\n", strings_.text(pointer)), ++name_count_;
      resource_rows += fmt::format("    {{{}, {}, {:#x}u, {}, {}}},\n", strings_.text(name), node,
                                   offered == regions_of_.end() ? 0 : offered->second, first_read_only,
                                   name_count_ - first_read_only);
    }
    std::string region_rows;
    for (const std::string& r : regions_) region_rows += fmt::format("    {},\n", strings_.text(r));
    std::string pattern_rows;
    for (const std::string& p : patterns_) pattern_rows += fmt::format("    {},\n", strings_.text(p));
    const auto nonempty = [](const std::string& rows, const char* filler) { return rows.empty() ? filler : rows; };

    return fmt::format(
        "// Generated by cfnpp-codegen from the CloudFormation registry schemas and the\n"
        "// resource types per region (generators/registry). DO NOT EDIT.\n"
        "#include \"schema/registry_table.hpp\"\n\n"
        "#ifdef __clang__\n"
        "#pragma clang diagnostic ignored \"-Woverlength-strings\"\n"
        "#endif\n\n"
        "namespace cfn::detail::registry_table {{\n\n"
        "const char kStrings[] =\n{};\n\n"
        "const NodeRow kNodes[] = {{\n{}}};\n\n"
        "const MemberRow kMembers[] = {{\n{}}};\n\n"
        "const Text kEnumValues[] = {{\n{}}};\n\n"
        "const Text kPatterns[] = {{\n{}}};\n"
        "const std::size_t kPatternCount = {};\n\n"
        "const BoundRow kBounds[] = {{\n{}}};\n\n"
        "const std::uint32_t kBranches[] = {{\n{}}};\n\n"
        "const Text kNames[] = {{\n{}}};\n\n"
        "const DependencyRow kDependencies[] = {{\n{}}};\n\n"
        "const FormatRow kFormats[] = {{\n{}}};\n\n"
        "const ResourceRow kResources[] = {{\n{}}};\n"
        "const std::size_t kResourceCount = {};\n\n"
        "const Text kRegions[] = {{\n{}}};\n"
        "const std::size_t kRegionCount = {};\n\n"
        "}}  // namespace cfn::detail::registry_table\n",
        strings_.literal(),
        nonempty(node_rows,
                 "    {0, 0, kNoNode, 0, 0, kNone, kNone, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, kNone, 0},\n"),
        nonempty(member_rows, "    {{0, 0}, kNoNode},\n"), nonempty(enum_rows_, "    {0, 0},\n"),
        nonempty(pattern_rows, "    {0, 0},\n"), patterns_.size(), nonempty(bound_rows_, "    {0, 0, 0},\n"),
        nonempty(branch_rows_, "    kNoNode,\n"), nonempty(name_rows_, "    {0, 0},\n"),
        nonempty(dependency_rows_, "    {{0, 0}, 0, 0, 0},\n"), nonempty(format_rows_, "    {{0, 0}, kNone},\n"),
        resource_rows, types_.size(), region_rows, regions_.size());
  }

 private:
  void read_formats(const std::filesystem::path& path) {
    const YAML::Node root = load(path);
    if (!root.IsMap()) throw std::runtime_error(path.string() + ": expected a map of format to pattern");
    for (const auto& f : root)
      if (!f.first.Scalar().starts_with("_")) formats_[f.first.Scalar()] = f.second.Scalar();
  }

  // A value is judged against itself and each allOf branch in turn (lib/lint/constraint_walk.cpp): an allOf
  // cycle would never end, so none may exist.
  void check_all_of_acyclic() const {
    enum : std::uint8_t { kFresh, kOpen, kDone };
    std::vector<std::uint8_t> state(nodes_.size(), kFresh);
    const std::function<void(std::size_t)> visit = [&](std::size_t i) {
      state[i] = kOpen;
      for (const std::size_t b : nodes_[i].all_of) {
        if (state[b] == kOpen) throw std::runtime_error("allOf refers back to itself");
        if (state[b] == kFresh) visit(b);
      }
      state[i] = kDone;
    };
    for (std::size_t i = 0; i < nodes_.size(); ++i)
      if (state[i] == kFresh) visit(i);
  }

  // type, required, additionalProperties and format decide whether an anyOf/oneOf branch matches; elsewhere
  // the specification's rules (E3002, E3003, E3012) judge them, so they are cleared there.
  void keep_branch_keywords() {
    std::vector<bool> judged(nodes_.size(), false);
    std::vector<std::size_t> stack;
    for (const Node& n : nodes_)
      for (const auto* list : {&n.any_of, &n.one_of}) stack.insert(stack.end(), list->begin(), list->end());
    while (!stack.empty()) {
      const std::size_t i = stack.back();
      stack.pop_back();
      if (judged[i]) continue;
      judged[i] = true;
      const Node& n = nodes_[i];
      for (const auto& [name, child] : n.members) stack.push_back(child);
      if (n.items) stack.push_back(*n.items);
      for (const auto* list : {&n.any_of, &n.one_of, &n.all_of}) stack.insert(stack.end(), list->begin(), list->end());
    }
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      if (judged[i]) continue;
      nodes_[i].required.clear();
      nodes_[i].types = 0;
      nodes_[i].closed = false;
      nodes_[i].format.reset();
    }
  }

  void read_regions(const std::filesystem::path& path) {
    const YAML::Node root = load(path);
    if (!root.IsMap()) throw std::runtime_error(path.string() + ": expected a map of region to types");
    for (const auto& r : root) regions_.push_back(r.first.Scalar());
    std::sort(regions_.begin(), regions_.end());
    if (regions_.size() > 64) throw std::runtime_error(path.string() + ": more than 64 regions");
    for (std::size_t i = 0; i < regions_.size(); ++i) {
      const YAML::Node types = root[regions_[i]];
      if (!types.IsSequence()) throw std::runtime_error(path.string() + ": " + regions_[i] + ": expected a list");
      for (const YAML::Node& t : types) {
        regions_of_[t.Scalar()] |= std::uint64_t{1} << i;
        types_.try_emplace(t.Scalar());
      }
    }
  }

  void read_schema(const std::filesystem::path& file) {
    const YAML::Node schema = load(file);
    const YAML::Node name = schema["typeName"];
    if (!name || !name.IsScalar()) throw std::runtime_error(file.string() + ": no typeName");
    SchemaReader reader(schema, nodes_, formats_, file.string());
    types_[name.Scalar()] = reader.build(schema);
    // readOnlyProperties: JSON pointers "/properties/Endpoint/Address" ("*": every item of a list). One the
    // schema also lists as createOnly, writeOnly or required (a SageMaker endpoint's EndpointName) contradicts
    // the resource-schema rules, which keep those apart: the property is settable, and left out.
    std::set<std::string> settable;
    for (const char* list : {"createOnlyProperties", "writeOnlyProperties"})
      if (const YAML::Node pointers = schema[list]; pointers && pointers.IsSequence())
        for (const YAML::Node& pointer : pointers)
          if (pointer.IsScalar()) settable.insert(pointer.Scalar());
    if (const YAML::Node required = schema["required"]; required && required.IsSequence())
      for (const YAML::Node& r : required)
        if (r.IsScalar()) settable.insert("/properties/" + r.Scalar());
    if (const YAML::Node read_only = schema["readOnlyProperties"]; read_only && read_only.IsSequence())
      for (const YAML::Node& pointer : read_only)
        if (pointer.IsScalar() && pointer.Scalar().starts_with("/properties/") && !settable.count(pointer.Scalar()))
          read_only_[name.Scalar()].push_back(pointer.Scalar().substr(std::string_view("/properties/").size()));
  }

  static YAML::Node load(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in.is_open()) throw std::runtime_error(path.string() + ": cannot read");
    try {
      return YAML::Load(decode_surrogate_pairs(text.str()));
    } catch (const YAML::Exception& e) {
      throw std::runtime_error(path.string() + ": " + e.what());
    }
  }

  // useful = constrains, or has a member, items or allOf branch that is useful, or an anyOf/oneOf whose
  // branches all are (a fixpoint: the graph may have cycles). A branch that constrains nothing matches every
  // value: its anyOf always holds, and its oneOf is not judged; both are dropped.
  void mark_useful() {
    const auto all_useful = [&](const std::vector<std::size_t>& branches) {
      return !branches.empty() &&
             std::all_of(branches.begin(), branches.end(), [&](std::size_t b) { return useful_[b]; });
    };
    useful_.assign(nodes_.size(), false);
    for (std::size_t i = 0; i < nodes_.size(); ++i) useful_[i] = nodes_[i].constrains();
    for (bool changed = true; changed;) {
      changed = false;
      for (std::size_t i = 0; i < nodes_.size(); ++i) {
        if (useful_[i]) continue;
        const Node& n = nodes_[i];
        bool u = (n.items && useful_[*n.items]) || all_useful(n.any_of) || all_useful(n.one_of);
        for (const auto& [name, child] : n.members) u = u || useful_[child];
        for (const std::size_t b : n.all_of) u = u || useful_[b];
        if (u) useful_[i] = changed = true;
      }
    }
    for (Node& n : nodes_) {
      if (!all_useful(n.any_of)) n.any_of.clear();
      if (!all_useful(n.one_of)) n.one_of.clear();
    }
  }

  static std::string constraint_key(const Node& n) {
    std::string key = fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}", n.enum_case_insensitive, n.pattern.has_value(),
                                  n.pattern.value_or(""), n.minimum.value_or(0), n.minimum.has_value(),
                                  n.maximum.value_or(0), n.maximum.has_value(), n.exclusive_minimum,
                                  n.exclusive_maximum, n.min_length, n.max_length, n.unique_items);
    key += fmt::format("|{}|{}", n.min_items, n.max_items);
    for (const std::string& e : n.enum_values) key += "|" + std::to_string(e.size()) + ":" + e;
    key += fmt::format("#{}|{}|{}|", n.types, n.closed, n.format.value_or(""));
    for (const auto* list : {&n.required, &n.required_xor}) {
      for (const std::string& name : *list) key += std::to_string(name.size()) + ":" + name;
      key += "#";
    }
    for (const Dependency& d : n.dependencies) {
      key += fmt::format("{}{}:{}", d.excluded ? '-' : '+', d.name.size(), d.name);
      for (const std::string& name : d.names) key += std::to_string(name.size()) + ":" + name;
      key += "#";
    }
    return key;
  }

  std::size_t enum_range(const std::vector<std::string>& values) {
    if (values.empty()) return 0;
    std::string key;
    for (const std::string& v : values) key += std::to_string(v.size()) + ":" + v;
    if (const auto it = enums_.find(key); it != enums_.end()) return it->second;
    const std::size_t first = enum_count_;
    for (const std::string& v : values) enum_rows_ += fmt::format("    {},\n", strings_.text(v));
    enum_count_ += values.size();
    if (values.size() > 0xFFFF) throw std::runtime_error("enum too long for the table");
    return enums_[key] = first;
  }

  std::size_t pattern_index(const std::string& pattern) {
    const auto [it, inserted] = pattern_indexes_.try_emplace(pattern, patterns_.size());
    if (inserted) patterns_.push_back(pattern);
    if (patterns_.size() >= 0xFFFF) throw std::runtime_error("too many patterns for the table");
    return it->second;
  }

  std::size_t bounds_index(const Node& n) {
    if (!n.minimum && !n.maximum) return 0xFFFF;
    const int flags =
        (n.minimum ? 1 : 0) | (n.maximum ? 2 : 0) | (n.exclusive_minimum ? 4 : 0) | (n.exclusive_maximum ? 8 : 0);
    const std::string row = fmt::format("    {{{}, {}, {}}},\n", n.minimum.value_or(0), n.maximum.value_or(0), flags);
    const auto [it, inserted] = bounds_.try_emplace(row, bounds_.size());
    if (inserted) bound_rows_ += row;
    if (bounds_.size() >= 0xFFFF) throw std::runtime_error("too many bounds for the table");
    return it->second;
  }

  std::size_t format_index(const std::string& format) {
    const auto [it, inserted] = format_indexes_.try_emplace(format, format_indexes_.size());
    if (inserted)
      format_rows_ += fmt::format("    {{{}, {}}},\n", strings_.text(format), pattern_index(formats_.at(format)));
    return it->second;
  }

  std::map<std::string, std::string> formats_;  // cfn-lint's format name -> its pattern
  std::map<std::string, std::size_t> format_indexes_;
  std::string format_rows_;
  std::string branch_rows_, name_rows_, dependency_rows_;
  std::size_t branch_count_ = 0, name_count_ = 0, dependency_count_ = 0;
  std::vector<Node> nodes_;
  std::vector<bool> useful_;
  std::map<std::string, std::optional<std::size_t>> types_;    // every type: its schema's root, if it has a schema
  std::map<std::string, std::vector<std::string>> read_only_;  // type -> its read-only properties, as pointers
  std::vector<std::string> regions_;
  std::map<std::string, std::uint64_t> regions_of_;
  StringBlob strings_;
  std::map<std::string, std::size_t> enums_;
  std::string enum_rows_;
  std::size_t enum_count_ = 0;
  std::vector<std::string> patterns_;
  std::map<std::string, std::size_t> pattern_indexes_;
  std::map<std::string, std::size_t> bounds_;
  std::string bound_rows_;
};

}  // namespace

std::string write_registry_table(const std::filesystem::path& schemas, const std::filesystem::path& regions,
                                 const std::filesystem::path& formats) {
  return RegistryWriter(schemas, regions, formats).write();
}

}  // namespace codegen
