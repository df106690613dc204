// The graph of a template: its nodes from the template view's sections, its
// edges from the intrinsics the view collected and from DependsOn. Sorting
// (n log n) makes the output independent of the template's order; the rest
// is one pass over the view.
#include "cfn/graph.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "cfn/intrinsics.hpp"
#include "cfn/knowledge.hpp"

namespace cfn {
namespace {

/// A reference before edges are merged: one attribute each.
struct Reference {
  std::size_t from;
  std::size_t to;
  GraphEdgeKind kind;
  std::string_view attribute;

  [[nodiscard]] auto order() const { return std::tie(from, to, kind, attribute); }
};

std::string string_member(const Value& entry, std::string_view key) {
  const Value* v = entry.is_map() ? entry.find(key) : nullptr;
  return v != nullptr && v->is_string() ? std::string(v->as_string()) : std::string();
}

bool letters_and_digits(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
}

class Builder {
 public:
  Builder(const TemplateView& view, const GraphOptions& options) : view_(view), options_(options) {}

  TemplateGraph build() {
    add_resources();
    if (options_.parameters) add_entries("Parameters", GraphNodeKind::Parameter);
    if (options_.outputs) add_entries("Outputs", GraphNodeKind::Output);
    for (const IntrinsicUse& use : view_.intrinsics()) add_intrinsic(use);
    add_depends_on();
    return finish();
  }

 private:
  void add_resources() {
    std::vector<std::size_t> order(view_.resources().size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return view_.resources()[a].id < view_.resources()[b].id; });
    node_of_resource_.assign(order.size(), kNone);
    for (const std::size_t i : order) {
      const TemplateResource& r = view_.resources()[i];
      if (!resources_.emplace(r.id, graph_.nodes.size()).second) continue;  // a repeated id: its first definition
      node_of_resource_[i] = graph_.nodes.size();
      GraphNode node;
      node.id = r.id;
      node.type = r.type;
      node.group = knowledge::type_service(r.type);
      if (r.body != nullptr) node.condition = string_member(r.member->value, "Condition");
      graph_.nodes.push_back(std::move(node));
    }
  }

  void add_entries(std::string_view section, GraphNodeKind kind) {
    const Map* map = view_.section(section);
    if (map == nullptr) return;
    std::vector<const Member*> members;
    for (const Member& m : *map) members.push_back(&m);
    std::stable_sort(members.begin(), members.end(), [](const Member* a, const Member* b) { return a->key < b->key; });
    auto& index = kind == GraphNodeKind::Parameter ? parameters_ : outputs_;
    for (const Member* m : members) {
      if (!index.emplace(m->key, graph_.nodes.size()).second) continue;
      GraphNode node;
      node.kind = kind;
      node.id = m->key;
      node.group = section;
      if (kind == GraphNodeKind::Parameter) node.type = string_member(m->value, "Type");
      if (kind == GraphNodeKind::Output) node.condition = string_member(m->value, "Condition");
      graph_.nodes.push_back(std::move(node));
    }
  }

  /// The node that an intrinsic stands in: its resource, or its output.
  [[nodiscard]] std::size_t referrer(const IntrinsicUse& use) const {
    if (use.section == TemplateSection::Resources && use.resource >= 0)
      return node_of_resource_[static_cast<std::size_t>(use.resource)];
    if (use.section == TemplateSection::Outputs && use.path.size() >= 2 && !use.path[1].is_index())
      if (const auto it = outputs_.find(use.path[1].key()); it != outputs_.end()) return it->second;
    return kNone;
  }

  /// The node a name refers to: a resource, else a parameter (when drawn).
  [[nodiscard]] std::size_t referred(std::string_view name) const {
    if (const auto it = resources_.find(name); it != resources_.end()) return it->second;
    if (const auto it = parameters_.find(name); it != parameters_.end()) return it->second;
    return kNone;
  }

  void add_intrinsic(const IntrinsicUse& use) {
    GraphEdgeKind kind = GraphEdgeKind::Ref;
    switch (use.kind()) {
      case FnKind::Ref:
        break;
      case FnKind::GetAtt:
        kind = GraphEdgeKind::GetAtt;
        break;
      case FnKind::Sub:
        kind = GraphEdgeKind::Sub;
        break;
      default:
        return;  // conditions and mappings are not nodes
    }
    const std::size_t from = referrer(use);
    if (from == kNone) return;
    const std::vector<NameReference> names = use.sub ? named_references(*use.sub) : named_references(use.node->as_fn());
    for (const NameReference& name : names) {
      if (use.in_loop(name.target)) continue;  // a Fn::ForEach identifier, not a template name
      if (const std::size_t to = referred(name.target); to != kNone)
        references_.push_back({from, to, kind, name.attribute});
    }
  }

  void add_depends_on() {
    for (std::size_t i = 0; i < node_of_resource_.size(); ++i) {
      if (node_of_resource_[i] == kNone) continue;
      for (const Value& entry : DependsOnView(view_.resources()[i].find("DependsOn")).entries()) {
        if (!entry.is_string()) continue;
        if (const auto it = resources_.find(entry.as_string()); it != resources_.end())
          references_.push_back({node_of_resource_[i], it->second, GraphEdgeKind::DependsOn, {}});
      }
    }
  }

  TemplateGraph finish() {
    std::sort(references_.begin(), references_.end(),
              [](const Reference& a, const Reference& b) { return a.order() < b.order(); });
    for (const Reference& r : references_) {
      if (graph_.edges.empty() || graph_.edges.back().from != r.from || graph_.edges.back().to != r.to ||
          graph_.edges.back().kind != r.kind)
        graph_.edges.push_back({r.from, r.to, r.kind, {}});
      std::vector<std::string>& attributes = graph_.edges.back().attributes;
      if (!r.attribute.empty() && (attributes.empty() || attributes.back() != r.attribute))
        attributes.emplace_back(r.attribute);  // sorted: the references are
    }
    return std::move(graph_);
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  const TemplateView& view_;
  const GraphOptions& options_;
  TemplateGraph graph_;
  std::vector<std::size_t> node_of_resource_;  // view resource index -> node
  std::unordered_map<std::string_view, std::size_t> resources_, parameters_, outputs_;
  std::vector<Reference> references_;
};

}  // namespace

std::string GraphNode::key() const {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out(1, kind == GraphNodeKind::Resource ? 'R' : kind == GraphNodeKind::Parameter ? 'P' : 'O');
  out += '_';
  if (letters_and_digits(id)) return out + id;
  out += '_';
  for (const char c : id) {
    const auto byte = static_cast<unsigned char>(c);
    out += kHex[byte >> 4];
    out += kHex[byte & 0xF];
  }
  return out;
}

TemplateGraph template_graph(const TemplateView& view, const GraphOptions& options) {
  return Builder(view, options).build();
}

}  // namespace cfn
