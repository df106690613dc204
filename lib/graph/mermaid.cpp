// A TemplateGraph as a Mermaid flowchart. Node names are GraphNode::key()
// (letters, digits and '_': no keyword such as "end" can be one); labels are
// quoted, with every character Mermaid reads specially inside a quoted label
// ('"', '#', the HTML '<', '>', '&', the markdown-string '`', the edge
// delimiter '|') written as an entity code (#quot;, #35;...), which
// Mermaid turns back into the character.
#include <numeric>

#include "cfn/graph.hpp"
#include "graph/drawing.hpp"

namespace cfn {
namespace {

std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "#quot;";
        break;
      case '#':
        out += "#35;";
        break;
      case '<':
        out += "#lt;";
        break;
      case '>':
        out += "#gt;";
        break;
      case '&':
        out += "#amp;";
        break;
      case '`':
        out += "#96;";
        break;
      case '|':
        out += "#124;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string label(const std::vector<std::string>& lines) {
  std::string out = "\"";
  for (std::size_t i = 0; i < lines.size(); ++i)
    out += (i == 0 ? "" : "<br/>") + escaped(detail::graph::visible(lines[i]));
  return out + '"';
}

/// The node's shape around its label: a box, a stadium (parameters), a parallelogram (outputs).
std::string shaped(GraphNodeKind kind, const std::string& text) {
  switch (kind) {
    case GraphNodeKind::Resource:
      return "[" + text + "]";
    case GraphNodeKind::Parameter:
      return "([" + text + "])";
    case GraphNodeKind::Output:
      return "[/" + text + "/]";
  }
  return "[" + text + "]";
}

}  // namespace

std::string mermaid_flowchart(const TemplateGraph& graph, const MermaidOptions& options) {
  std::vector<std::size_t> selected = options.nodes;
  if (selected.empty()) {
    selected.resize(graph.nodes.size());
    std::iota(selected.begin(), selected.end(), std::size_t{0});
  }
  std::vector<bool> drawn(graph.nodes.size(), false);
  for (const std::size_t i : selected) drawn[i] = true;
  auto class_of = [&](std::size_t i) -> const MermaidClass* {
    if (i >= options.node_class.size() || options.node_class[i] < 0) return nullptr;
    return &options.classes[static_cast<std::size_t>(options.node_class[i])];
  };

  std::string out = "flowchart LR\n";
  for (const MermaidClass& c : options.classes) out += "  classDef " + c.name + " " + c.style + "\n";
  std::size_t subgraph = 0;
  std::string styles;
  for (const detail::graph::Group& group : detail::graph::groups(graph, selected)) {
    std::string indent = "  ";
    if (!group.name.empty()) {
      out += "  subgraph g" + std::to_string(subgraph++) + "[" + label({std::string(group.name)}) + "]\n";
      indent = "    ";
    }
    for (const std::size_t i : group.nodes) {
      const GraphNode& n = graph.nodes[i];
      std::vector<std::string> lines = detail::graph::node_lines(n);
      const MermaidClass* c = class_of(i);
      if (c != nullptr && !c->note.empty()) lines.push_back(c->note);
      out += indent + n.key() + shaped(n.kind, label(lines)) + (c != nullptr ? ":::" + c->name : "") + "\n";
      if (!n.condition.empty()) styles += "  style " + n.key() + " stroke-dasharray:5 3\n";
    }
    if (!group.name.empty()) out += "  end\n";
  }
  for (const detail::graph::Arrow& a : detail::graph::arrows(graph)) {
    if (!drawn[a.from] || !drawn[a.to]) continue;
    out += "  " + graph.nodes[a.from].key() + (a.depends_on ? " -.->" : " -->");
    if (!a.label.empty()) out += "|" + label({a.label}) + "|";
    out += " " + graph.nodes[a.to].key() + "\n";
  }
  return out + styles;
}

}  // namespace cfn
