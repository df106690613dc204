#include "graph/drawing.hpp"

#include <algorithm>

#include "text/terminal_text.hpp"

namespace cfn::detail::graph {
namespace {

/// Attributes shown on an arrow before the rest are counted ("Arn, Name +3").
constexpr std::size_t kShownAttributes = 2;

}  // namespace

std::vector<std::string> node_lines(const GraphNode& node) {
  std::vector<std::string> lines{node.id};
  if (node.kind == GraphNodeKind::Output) {
    lines.emplace_back("output");
  } else if (!node.type.empty()) {
    lines.push_back(node.type);
  }
  if (!node.condition.empty()) lines.push_back("if " + node.condition);
  return lines;
}

std::vector<Group> groups(const TemplateGraph& graph, const std::vector<std::size_t>& selected) {
  std::vector<std::size_t> order = selected;
  // Nodes are sorted by kind, then id: a stable sort by (kind, group) keeps ids in order.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const GraphNode& x = graph.nodes[a];
    const GraphNode& y = graph.nodes[b];
    return x.kind != y.kind ? x.kind < y.kind : x.group < y.group;
  });
  std::vector<Group> out;
  for (const std::size_t i : order) {
    const GraphNode& n = graph.nodes[i];
    if (out.empty() || graph.nodes[out.back().nodes.front()].kind != n.kind || out.back().name != n.group)
      out.push_back({n.group, {}});
    out.back().nodes.push_back(i);
  }
  return out;
}

std::vector<Arrow> arrows(const TemplateGraph& graph) {
  std::vector<Arrow> out;
  std::vector<std::string> attributes;  // of the arrow being built
  auto close = [&] {
    if (out.empty() || out.back().depends_on) return;
    std::sort(attributes.begin(), attributes.end());
    attributes.erase(std::unique(attributes.begin(), attributes.end()), attributes.end());
    std::string& label = out.back().label;
    for (std::size_t i = 0; i < attributes.size() && i < kShownAttributes; ++i)
      label += (i == 0 ? "" : ", ") + attributes[i];
    if (attributes.size() > kShownAttributes) label += " +" + std::to_string(attributes.size() - kShownAttributes);
    attributes.clear();
  };
  for (const GraphEdge& e : graph.edges) {
    const bool depends_on = e.kind == GraphEdgeKind::DependsOn;
    const bool same =
        !out.empty() && !depends_on && !out.back().depends_on && out.back().from == e.from && out.back().to == e.to;
    if (!same) {
      close();
      out.push_back({e.from, e.to, depends_on, {}});
    }
    attributes.insert(attributes.end(), e.attributes.begin(), e.attributes.end());
  }
  close();
  return out;
}

std::string visible(std::string_view text) { return detail::strings::terminal_safe(text); }

}  // namespace cfn::detail::graph
