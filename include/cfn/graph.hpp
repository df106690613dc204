/// @file
/// A template as a graph of what refers to what, and its drawings: Graphviz
/// DOT and Mermaid flowcharts (`cfnpp graph`).
///
/// @code
///   const cfn::Document doc = cfn::parse_file("Autoheal.yaml");
///   const cfn::TemplateView view(doc);
///   std::cout << cfn::to_dot(cfn::template_graph(view));
/// @endcode
///
/// The nodes are the resources (logical id, type, the service they belong
/// to, their Condition), and optionally the parameters and outputs. An edge
/// goes from the node that refers to the node referred to, one per kind of
/// reference: Ref, Fn::GetAtt (with the attributes), a `${Name}` or
/// `${Name.Attribute}` of Fn::Sub, DependsOn. The references are those the
/// template view collects (cfn::TemplateView::intrinsics, read through
/// cfn::named_references) and DependsOn (cfn::DependsOnView); names that are
/// not nodes (pseudo parameters, unknown names, what a transform generates)
/// have no edge. Everything is sorted, so a template gives the same bytes
/// whatever its order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cfn/template_view.hpp"

namespace cfn {

/// What a node of a TemplateGraph stands for.
enum class GraphNodeKind : std::uint8_t {
  Resource,   ///< a resource of Resources
  Parameter,  ///< a parameter (GraphOptions::parameters)
  Output,     ///< an output (GraphOptions::outputs)
};

/// A resource, parameter or output of the template.
struct GraphNode {
  GraphNodeKind kind = GraphNodeKind::Resource;  ///< what it is
  std::string id;                                ///< its logical id (a pattern for a Fn::ForEach resource)
  std::string type;                              ///< a resource's Type ("" when it is not a string), a parameter's Type
  /// What it is drawn among: the service of a resource's type
  /// (knowledge::type_service: "EC2"), "Parameters", "Outputs"; "" for a
  /// resource whose type names no service.
  std::string group;
  std::string condition;  ///< the Condition of a resource or output, "" when it always exists

  /// An identifier unique in the graph and safe in DOT and Mermaid without
  /// quoting: a kind letter ('R', 'P', 'O'), '_', then the id when it is
  /// letters and digits (R_Bucket), else '_' and the id's bytes in hex
  /// (R__427563), so that two nodes never share a key.
  [[nodiscard]] std::string key() const;
};

/// How one node refers to another.
enum class GraphEdgeKind : std::uint8_t {
  Ref,        ///< Ref
  GetAtt,     ///< Fn::GetAtt
  Sub,        ///< a `${Name}` or `${Name.Attribute}` of Fn::Sub
  DependsOn,  ///< the DependsOn attribute
};

/// `from` refers to `to` (indices into TemplateGraph::nodes) in this way.
struct GraphEdge {
  std::size_t from = 0;                     ///< the node that refers
  std::size_t to = 0;                       ///< the node referred to
  GraphEdgeKind kind = GraphEdgeKind::Ref;  ///< how
  /// Fn::GetAtt and `${Name.Attribute}`: the attributes named, sorted, each
  /// once; empty otherwise (and for a Fn::GetAtt whose attribute is computed).
  std::vector<std::string> attributes;
};

/// A template's nodes and edges.
struct TemplateGraph {
  /// Resources, then parameters, then outputs; each kind sorted by id.
  std::vector<GraphNode> nodes;
  /// Sorted by `from`, then `to` (the nodes' order), then kind; one per (from, to, kind).
  std::vector<GraphEdge> edges;
};

/// Which nodes template_graph adds besides the resources.
struct GraphOptions {
  bool parameters = false;  ///< the parameters, with an edge from each resource or output that uses one
  bool outputs = false;     ///< the outputs, with an edge to each resource or parameter an output uses
};

/// The graph of a template (its view's document must outlive the call only).
[[nodiscard]] TemplateGraph template_graph(const TemplateView& view, const GraphOptions& options = {});

/// A Graphviz DOT digraph: a box per node (logical id, then type), boxes in
/// a cluster per group, conditional resources dashed with "if CONDITION";
/// one solid arrow per pair of nodes for Ref, Fn::GetAtt and Fn::Sub,
/// labelled (xlabel) with the attributes named (the first two, then "+N"), a dashed
/// grey arrow for DependsOn, and a legend. Every label is escaped for DOT.
[[nodiscard]] std::string to_dot(const TemplateGraph& graph);

/// How a node is highlighted in a Mermaid drawing (mermaid_flowchart).
struct MermaidClass {
  std::string name;   ///< a class name: letters, digits, '_'
  std::string style;  ///< its classDef: "fill:#ffd7d5,stroke:#cf222e"
  std::string note;   ///< a last line of its nodes' labels ("REPLACE"), so colour is not the only sign; may be ""
};

/// What mermaid_flowchart draws: the nodes of `graph` whose indices are
/// listed (all when `nodes` is empty), the edges between them, and classes.
struct MermaidOptions {
  std::vector<std::size_t> nodes;     ///< indices into graph.nodes; empty: every node
  std::vector<MermaidClass> classes;  ///< the classes nodes may have (node_class)
  /// For each node index of graph.nodes, the index of its class in `classes`,
  /// or -1 (or a vector shorter than the nodes: none).
  std::vector<int> node_class;
};

/// A Mermaid flowchart (`flowchart LR`): the nodes in a subgraph per group,
/// the conditional ones dashed with "if CONDITION", solid arrows for
/// references, dotted ones for DependsOn, as to_dot draws them. Every label
/// is escaped for Mermaid (quotes, '#', '<', backticks... as entity codes).
[[nodiscard]] std::string mermaid_flowchart(const TemplateGraph& graph, const MermaidOptions& options = {});

}  // namespace cfn
