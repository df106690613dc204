// A TemplateGraph as Graphviz DOT. Node names are GraphNode::key() (letters,
// digits and '_', never quoted); every label is a quoted string escaped for
// DOT: its escString rules read "\\" as a backslash and "\n" as a line
// break, and would read "\N", "\G"... as the node's or graph's name.
#include <numeric>

#include "cfn/graph.hpp"
#include "graph/drawing.hpp"

namespace cfn {
namespace {

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

std::string label(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) {
    if (!text.empty()) text += '\n';
    text += detail::graph::visible(line);
  }
  std::string out = quoted(text);
  for (std::size_t at = out.find('\n'); at != std::string::npos; at = out.find('\n', at + 2)) out.replace(at, 1, "\\n");
  return out;
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
      "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, nodesep=0.2, ranksep=0.5, labeljust=l, "
      "labelloc=b,\n"
      "         label=\"solid arrow: Ref, GetAtt or Sub (labelled with the attributes); dashed arrow: DependsOn; "
      "dashed box: exists only if its condition holds\"];\n"
      "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#57606a\", fontname=\"Helvetica\", "
      "fontsize=10];\n"
      "  edge [color=\"#57606a\", fontcolor=\"#57606a\", fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n";
  std::vector<std::size_t> all(graph.nodes.size());
  std::iota(all.begin(), all.end(), std::size_t{0});
  std::size_t cluster = 0;
  for (const detail::graph::Group& group : detail::graph::groups(graph, all)) {
    std::string indent = "  ";
    if (!group.name.empty()) {
      out += "  subgraph cluster_" + std::to_string(cluster++) +
             " {\n    label=" + quoted(detail::graph::visible(group.name)) +
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
