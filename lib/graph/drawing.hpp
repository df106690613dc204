// What the DOT and Mermaid drawings of a TemplateGraph share: the lines of a
// node's label, the label of a reference arrow, the groups the nodes are
// drawn in, and the arrows (references between two nodes merged into one).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/graph.hpp"

namespace cfn::detail::graph {

/// The label's lines, unescaped: the id, the type (a parameter's, or
/// "output"), "if CONDITION" when the node exists only under a condition.
[[nodiscard]] std::vector<std::string> node_lines(const GraphNode& node);

/// The nodes of one group, in the order drawn.
struct Group {
  std::string_view name;  ///< "" for nodes drawn outside any group
  std::vector<std::size_t> nodes;
};
/// The groups of the nodes `selected` (indices into graph.nodes, ascending):
/// resources by group name, then parameters, then outputs; each group's
/// nodes in id order.
[[nodiscard]] std::vector<Group> groups(const TemplateGraph& graph, const std::vector<std::size_t>& selected);

/// One arrow: all the references (Ref, GetAtt, Sub) of a node to another,
/// or a DependsOn.
struct Arrow {
  std::size_t from = 0;
  std::size_t to = 0;
  bool depends_on = false;
  std::string label;  ///< the attributes named (the first two, then "+N"), or ""; none for DependsOn
};
/// The arrows of the graph's edges, in the edges' order.
[[nodiscard]] std::vector<Arrow> arrows(const TemplateGraph& graph);

/// A label line as either format draws it before its own escaping: what a
/// terminal would act on (controls, bidirectional marks, invalid UTF-8)
/// written as escapes (detail::strings::terminal_safe), so a drawing shows
/// exactly the text of the template.
[[nodiscard]] std::string visible(std::string_view text);

}  // namespace cfn::detail::graph
