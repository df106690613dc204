// E3004: resources do not depend on each other in a circle. A resource
// depends on the resources it names with Ref, Fn::GetAtt, a ${Name} or
// ${Name.Attribute} of Fn::Sub (anywhere in its definition: Properties,
// Metadata, policies) and DependsOn; CloudFormation cannot order a circle and
// rejects the template ("Circular dependency between resources").
//
// Each set of resources that depend on each other (a strongly connected
// component) is reported once, at its first resource in document order,
// with the shortest cycle through that resource: "A -> B -> C -> A". When
// more resources are caught in the same knot, they are listed too.
// With SAM, what a function's or state machine's Events name is not a
// dependency of the function: the transform turns each event into resources
// of their own (permissions, event source mappings, rules) that depend on the
// function, so an Api event's RestApiId to an API whose definition names the
// function is no circle.
// Source: cfn-lint E3004 (which prints every pair); CloudFormation's error;
// the SAM Events pages (sam-property-function-eventsource).
#include <algorithm>
#include <deque>

#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e3004 {

using Graph = std::vector<std::vector<int>>;

/// The intrinsic lies in the Events of a SAM function or state machine (see above).
bool in_sam_events(const TemplateView& idx, const IntrinsicUse& in) {
  const TemplateResource& r = idx.resources()[static_cast<std::size_t>(in.resource)];
  if (r.type != "AWS::Serverless::Function" && r.type != "AWS::Serverless::StateMachine") return false;
  return in.path.starts_with(r.path / "Properties" / "Events");
}

Graph build_graph(const TemplateView& idx) {
  const auto resources = idx.resources();
  Graph g(resources.size());
  auto target = [&](std::string_view name) -> int {
    const TemplateResource* r = idx.resource(name);
    return r == nullptr ? -1 : static_cast<int>(r - resources.data());
  };
  auto add = [&](int from, int to) {
    if (from >= 0 && to >= 0 && !resources[static_cast<std::size_t>(from)].templated)
      g[static_cast<std::size_t>(from)].push_back(to);
  };
  for (const IntrinsicUse& in : idx.intrinsics()) {
    if (in.section != TemplateSection::Resources || in.resource < 0 || in_sam_events(idx, in)) continue;
    const auto names = in.sub ? named_references(*in.sub) : named_references(in.node->as_fn());
    for (const NameReference& name : names) add(in.resource, target(name.target));
  }
  for (std::size_t i = 0; i < resources.size(); ++i) {
    for (const Value& v : DependsOnView(resources[i].find("DependsOn")).entries())
      if (v.is_string()) add(static_cast<int>(i), target(v.as_string()));
  }
  for (auto& edges : g) {
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  }
  return g;
}

/// Tarjan's strongly connected components, iteratively (no recursion depth limit).
std::vector<std::vector<int>> components(const Graph& g) {
  const int n = static_cast<int>(g.size());
  std::vector<int> index(g.size(), -1), low(g.size(), 0);
  std::vector<bool> on_stack(g.size(), false);
  std::vector<int> stack;
  std::vector<std::vector<int>> out;
  int counter = 0;
  struct Frame {
    int node;
    std::size_t next;
  };
  std::vector<Frame> frames;
  for (int root = 0; root < n; ++root) {
    if (index[static_cast<std::size_t>(root)] >= 0) continue;
    frames.push_back({root, 0});
    while (!frames.empty()) {
      Frame& f = frames.back();
      const auto v = static_cast<std::size_t>(f.node);
      if (f.next == 0 && index[v] < 0) {
        index[v] = low[v] = counter++;
        stack.push_back(f.node);
        on_stack[v] = true;
      }
      if (f.next < g[v].size()) {
        const int w = g[v][f.next++];
        const auto wu = static_cast<std::size_t>(w);
        if (index[wu] < 0) {
          frames.push_back({w, 0});
        } else if (on_stack[wu]) {
          low[v] = std::min(low[v], index[wu]);
        }
        continue;
      }
      if (low[v] == index[v]) {
        std::vector<int> component;
        int w = -1;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[static_cast<std::size_t>(w)] = false;
          component.push_back(w);
        } while (w != f.node);
        std::sort(component.begin(), component.end());
        out.push_back(std::move(component));
      }
      const int done = f.node;
      frames.pop_back();
      if (!frames.empty()) {
        const auto parent = static_cast<std::size_t>(frames.back().node);
        low[parent] = std::min(low[parent], low[static_cast<std::size_t>(done)]);
      }
    }
  }
  return out;
}

/// The shortest cycle from `start` back to it, inside `component`.
std::vector<int> shortest_cycle(const Graph& g, int start, const std::vector<int>& component) {
  std::vector<int> parent(g.size(), -2);
  std::deque<int> queue{start};
  parent[static_cast<std::size_t>(start)] = -1;
  while (!queue.empty()) {
    const int v = queue.front();
    queue.pop_front();
    for (int w : g[static_cast<std::size_t>(v)]) {
      if (!std::binary_search(component.begin(), component.end(), w)) continue;
      if (w == start) {  // start -> ... -> v -> start
        std::vector<int> cycle;
        for (int u = v; u != start; u = parent[static_cast<std::size_t>(u)]) cycle.push_back(u);
        cycle.push_back(start);
        std::reverse(cycle.begin(), cycle.end());
        cycle.push_back(start);
        return cycle;
      }
      if (parent[static_cast<std::size_t>(w)] != -2) continue;
      parent[static_cast<std::size_t>(w)] = v;
      queue.push_back(w);
    }
  }
  return {};
}

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& idx = ctx.view();
  const auto resources = idx.resources();
  const Graph g = build_graph(idx);
  for (const std::vector<int>& component : components(g)) {
    const int start = component.front();
    const auto& edges = g[static_cast<std::size_t>(start)];
    if (component.size() == 1 && !std::binary_search(edges.begin(), edges.end(), start)) continue;
    const std::vector<int> cycle = shortest_cycle(g, start, component);
    std::string text;
    for (int v : cycle) text += (text.empty() ? "" : " -> ") + std::string(resources[static_cast<std::size_t>(v)].id);
    std::string message = "circular dependency: " + text;
    if (component.size() + 1 > cycle.size()) {
      message += "; " + std::to_string(component.size()) + " resources depend on each other:";
      for (std::size_t i = 0; i < component.size(); ++i)
        message += (i ? ", " : " ") + std::string(resources[static_cast<std::size_t>(component[i])].id);
    }
    const TemplateResource& first = resources[static_cast<std::size_t>(start)];
    ctx.report(rule, first.member->key_mark, first.path, std::move(message));
  }
}

}  // namespace e3004

extern const Rule kE3004{
    {.code = "E3004",
     .severity = Severity::Error,
     .title = "Resources do not depend on each other in a circle",
     .description = "Resources do not depend on each other in a circle, through Ref, Fn::GetAtt, Fn::Sub variables "
                    "(anywhere in the resource) and DependsOn. Each knot (strongly connected component) is reported "
                    "once, at its first resource in document order, with the shortest cycle through it: `A -> B -> C "
                    "-> A`, plus the list of every resource in the knot when it is larger. \"Circular dependency "
                    "between resources\". Deterministic output. With SAM, what a function's or state machine's Events "
                    "name is no dependency of it: the transform makes each event resources of their own. cfn-lint: "
                    "E3004.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html"},
    e3004::check};

}  // namespace cfn::detail::checks
