// The Mermaid diagram of a diff (markdown_output): the changed resources and
// their direct neighbours, from the graphs of both templates (a removed
// resource and its references are only in OLD's), each changed one in the
// colour of what happens to it, with the same word in its label.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "cfn/graph.hpp"
#include "diff/output.hpp"

namespace cfn::detail::diff {
namespace {

/// More changed resources and neighbours than this, and the diagram would not
/// help a reviewer (nor stay within what GitHub renders): it is left out.
constexpr std::size_t kMostDrawn = 100;

/// The classes, by what happens to the resource.
enum Class : int { kAdded, kRemoved, kReplace, kMayReplace, kRejected, kUpdate, kUnknown, kNone, kClasses };

const MermaidClass& class_definition(Class c) {
  static const MermaidClass kDefinitions[kClasses] = {
      {"added", "fill:#dafbe1,stroke:#1a7f37,color:#1f2328", "added"},
      {"removed", "fill:#eaeef2,stroke:#57606a,color:#57606a", "removed"},
      {"replace", "fill:#ffebe9,stroke:#cf222e,color:#1f2328,stroke-width:2px", "REPLACE"},
      {"may_replace", "fill:#fff1e5,stroke:#bc4c00,color:#1f2328", "MAY REPLACE"},
      {"rejected", "fill:#ffebe9,stroke:#82071e,color:#82071e,stroke-width:3px", "REJECTED"},
      {"update", "fill:#fff8c5,stroke:#9a6700,color:#1f2328", "update"},
      {"unknown", "fill:#f6f8fa,stroke:#57606a,color:#1f2328", "unknown"},
      {"no_change", "fill:#ddf4ff,stroke:#0969da,color:#1f2328", "no change to the resource"},
  };
  return kDefinitions[c];
}

Class class_of(const ResourceChange& r) {
  if (r.kind == ChangeKind::Added) return r.replaces.empty() ? kAdded : kReplace;
  if (r.kind == ChangeKind::Removed) return kRemoved;
  switch (r.impact) {
    case Impact::None:
      return kNone;
    case Impact::Update:
      return kUpdate;
    case Impact::Unknown:
      return kUnknown;
    case Impact::MayReplace:
      return kMayReplace;
    case Impact::Replace:
      return kReplace;
    case Impact::Rejected:
      return kRejected;
  }
  return kUnknown;
}

/// NEW's graph, with each removed resource of `diff` and its references from OLD's.
TemplateGraph both_templates(const TemplateDiff& diff, const Value& old_document, const Value& new_document) {
  const TemplateView new_view(new_document);
  TemplateGraph graph = template_graph(new_view);
  std::unordered_map<std::string, std::size_t> node;  // strings: the nodes grow
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) node.emplace(graph.nodes[i].id, i);
  std::unordered_set<std::string_view> removed_ids;
  for (const ResourceChange& r : diff.resources)
    if (r.kind == ChangeKind::Removed) removed_ids.insert(r.logical_id);
  const TemplateView old_view(old_document);
  const TemplateGraph old_graph = template_graph(old_view);
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> in_new(old_graph.nodes.size(), kNone);
  std::vector<bool> removed(old_graph.nodes.size(), false);
  for (std::size_t i = 0; i < old_graph.nodes.size(); ++i) {
    const GraphNode& n = old_graph.nodes[i];
    if (const auto it = node.find(n.id); it != node.end()) {
      in_new[i] = it->second;
    } else if (removed_ids.contains(n.id)) {
      removed[i] = true;
      in_new[i] = graph.nodes.size();
      node.emplace(n.id, graph.nodes.size());
      graph.nodes.push_back(n);
    }
  }
  for (const GraphEdge& e : old_graph.edges)
    if ((removed[e.from] || removed[e.to]) && in_new[e.from] != kNone && in_new[e.to] != kNone)
      graph.edges.push_back({in_new[e.from], in_new[e.to], e.kind, e.attributes});
  return graph;
}

}  // namespace

std::string change_diagram(const TemplateDiff& diff, const Value& old_document, const Value& new_document) {
  const TemplateGraph graph = both_templates(diff, old_document, new_document);
  std::unordered_map<std::string_view, std::size_t> node;
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) node.emplace(graph.nodes[i].id, i);
  MermaidOptions options;
  options.node_class.assign(graph.nodes.size(), -1);
  std::vector<int> class_index(kClasses, -1);  // Class -> index in options.classes, for the classes used
  for (const ResourceChange& r : diff.resources) {
    const auto it = node.find(r.logical_id);
    if (it == node.end()) continue;
    const Class c = class_of(r);
    if (class_index[c] < 0) {
      class_index[c] = static_cast<int>(options.classes.size());
      options.classes.push_back(class_definition(c));
    }
    options.node_class[it->second] = class_index[c];
  }
  std::vector<bool> drawn(graph.nodes.size(), false);
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) drawn[i] = options.node_class[i] >= 0;
  for (const GraphEdge& e : graph.edges)  // the direct neighbours of a changed resource
    if (options.node_class[e.from] >= 0 || options.node_class[e.to] >= 0) drawn[e.from] = drawn[e.to] = true;
  for (std::size_t i = 0; i < graph.nodes.size(); ++i)
    if (drawn[i]) options.nodes.push_back(i);
  if (options.nodes.empty()) return {};
  if (options.nodes.size() > kMostDrawn)
    return "The diagram is left out: " + std::to_string(options.nodes.size()) +
           " changed resources and neighbours are more than " + std::to_string(kMostDrawn) + ".\n";
  std::sort(options.nodes.begin(), options.nodes.end(),
            [&](std::size_t a, std::size_t b) { return graph.nodes[a].id < graph.nodes[b].id; });
  return "```mermaid\n" + mermaid_flowchart(graph, options) +
         "```\n\nEach changed resource says what happens to it (red: replace, orange: may replace, yellow: update, "
         "green: added, grey: removed), with the resources it refers to and that refer to it; dotted arrows are "
         "DependsOn, dashed boxes have a Condition.\n";
}

}  // namespace cfn::detail::diff
