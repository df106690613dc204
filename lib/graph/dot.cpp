// A TemplateGraph as Graphviz DOT. Node names are GraphNode::key() (letters,
// digits and '_', never quoted); every label is a quoted string escaped for
// DOT: its escString rules read "\\" as a backslash and "\n" as a line
// break, and would read "\N", "\G"... as the node's or graph's name.
#include <numeric>

#include "cfn/graph.hpp"
#include "graph/drawing.hpp"

namespace cfn {
namespace {

/// `text` for a quoted DOT string.
std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

/// A quoted label of these lines.
std::string label(const std::vector<std::string>& lines) {
  std::string out = "\"";
  for (std::size_t i = 0; i < lines.size(); ++i)
    out += (i == 0 ? "" : "\\n") + escaped(detail::graph::visible(lines[i]));
  return out + '"';
}

std::string_view shape(GraphNodeKind kind) {
  switch (kind) {
    case GraphNodeKind::Resource:
      return "box";
    case GraphNodeKind::Parameter:
      return "ellipse";
    case GraphNodeKind::Output:
      return "note";
  }
  return "box";
}

}  // namespace

std::string to_dot(const TemplateGraph& graph) {
  std::string out =
      "digraph template {\n"
      "  graph [rankdir=LR, nodesep=0.2, ranksep=0.5, fontname=\"Helvetica\", fontsize=11];\n"
      "  graph [labeljust=l, labelloc=b, label=\"solid arrow: Ref, GetAtt or Sub (labelled with the attributes); "
      "dashed arrow: DependsOn; dashed box: exists only if its condition holds\"];\n"
      "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#57606a\", fontname=\"Helvetica\", "
      "fontsize=10];\n"
      "  edge [color=\"#57606a\", fontcolor=\"#57606a\", fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n";
  std::vector<std::size_t> all(graph.nodes.size());
  std::iota(all.begin(), all.end(), std::size_t{0});
  std::size_t cluster = 0;
  for (const detail::graph::Group& group : detail::graph::groups(graph, all)) {
    std::string indent = "  ";
    if (!group.name.empty()) {
      out += "  subgraph cluster_" + std::to_string(cluster++) + " {\n    label=" + label({std::string(group.name)}) +
             ";\n    labelloc=t;\n    style=\"rounded,filled\";\n    fillcolor=\"#f6f8fa\";\n    color=\"#d0d7de\";\n";
      indent = "    ";
    }
    for (const std::size_t i : group.nodes) {
      const GraphNode& n = graph.nodes[i];
      out += indent + n.key() + " [label=" + label(detail::graph::node_lines(n));
      if (n.kind != GraphNodeKind::Resource) out += ", shape=" + std::string(shape(n.kind));
      if (!n.condition.empty()) out += ", style=\"rounded,filled,dashed\"";
      out += "];\n";
    }
    if (!group.name.empty()) out += "  }\n";
  }
  for (const detail::graph::Arrow& a : detail::graph::arrows(graph)) {
    out += "  " + graph.nodes[a.from].key() + " -> " + graph.nodes[a.to].key();
    std::vector<std::string> attributes;
    // xlabel: placed once the layout is done. A label would be a node of the
    // ranking, on which dot 2.42 fails for some graphs with clusters ("trouble
    // in init_rank": the fleets), and newrank, which avoids that, overlaps clusters.
    if (!a.label.empty()) attributes.push_back("xlabel=" + label({a.label}));
    if (a.depends_on) attributes.emplace_back("style=dashed, color=\"#8c959f\"");
    for (std::size_t i = 0; i < attributes.size(); ++i) out += (i == 0 ? " [" : ", ") + attributes[i];
    out += attributes.empty() ? ";\n" : "];\n";
  }
  return out + "}\n";
}

}  // namespace cfn
