#include "split/grouping.hpp"

#include <algorithm>
#include <numeric>
#include <queue>
#include <string>
#include <utility>

#include "cfn/split.hpp"

namespace cfn::detail::split {
namespace {

using Ids = std::vector<std::uint32_t>;

constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);

std::uint32_t find_root(Ids& parent, std::uint32_t i) {
  while (parent[i] != i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

std::string names(const Ids& resources, const std::function<std::string(std::uint32_t)>& name_of) {
  std::string out;
  const std::size_t shown = std::min<std::size_t>(resources.size(), 10);
  for (std::size_t i = 0; i < shown; ++i) out += (i == 0 ? "" : ", ") + name_of(resources[i]);
  if (shown < resources.size()) out += " and " + std::to_string(resources.size() - shown) + " more";
  return out;
}

/// Units that cannot be separated (glued resources), and the undirected
/// graph between them.
class Units {
 public:
  explicit Units(const ResourceGraph& graph) {
    const auto n = static_cast<std::uint32_t>(graph.edges.size());
    Ids parent(n);
    std::iota(parent.begin(), parent.end(), 0U);
    for (std::uint32_t i = 0; i < n; ++i)
      for (const std::uint32_t j : graph.glued[i]) parent[find_root(parent, i)] = find_root(parent, j);
    unit_of_.assign(n, kNone);
    for (std::uint32_t i = 0; i < n; ++i) {  // in position order, so members are sorted
      const std::uint32_t root = find_root(parent, i);
      if (unit_of_[root] == kNone) {
        unit_of_[root] = static_cast<std::uint32_t>(members_.size());
        members_.emplace_back();
      }
      unit_of_[i] = unit_of_[root];
      members_[unit_of_[i]].push_back(i);
    }
    neighbours_.resize(members_.size());
    for (std::uint32_t i = 0; i < n; ++i)
      for (const std::uint32_t j : graph.edges[i]) {
        const std::uint32_t a = unit_of_[i];
        const std::uint32_t b = unit_of_[j];
        if (a == b) continue;
        neighbours_[a].push_back(b);
        neighbours_[b].push_back(a);
      }
  }

  [[nodiscard]] std::size_t size() const noexcept { return members_.size(); }
  [[nodiscard]] std::uint32_t unit_of(std::uint32_t resource) const { return unit_of_[resource]; }
  [[nodiscard]] const Ids& members(std::uint32_t unit) const { return members_[unit]; }
  [[nodiscard]] const Ids& neighbours(std::uint32_t unit) const { return neighbours_[unit]; }

  [[nodiscard]] Ids resources(const Ids& units) const {
    Ids out;
    for (const std::uint32_t u : units) out.insert(out.end(), members_[u].begin(), members_[u].end());
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  Ids unit_of_;
  std::vector<Ids> members_;
  std::vector<Ids> neighbours_;
};

/// Splits sets of units into connected parts that fit.
class Partitioner {
 public:
  Partitioner(const Units& units, const FitsTest& fits, const std::function<std::string(std::uint32_t)>& name_of)
      : units_(units), fits_(fits), name_of_(name_of), mark_(units.size(), 0), degree_(units.size(), 0) {}

  void partition(const Ids& set, std::vector<Ids>& out) {
    for (Ids& component : components(set)) {
      const Ids resources = units_.resources(component);
      if (fits_(resources)) {
        out.push_back(std::move(component));
        continue;
      }
      if (component.size() == 1)
        throw SplitError(resources.size() == 1
                             ? "resource " + name_of_(resources[0]) + " does not fit one stack alone"
                             : "resources " + names(resources, name_of_) +
                                   " cannot be separated (a Fn::GetAtt of a computed attribute ties them) and do not "
                                   "fit one stack together");
      Ids shared;
      Ids rest;
      split_off_shared(component, shared, rest);
      partition(rest, out);
      partition(shared, out);
    }
  }

 private:
  // The connected components of `set`, each in the order of its first unit.
  std::vector<Ids> components(const Ids& set) {
    const std::uint32_t in_set = ++stamp_;
    for (const std::uint32_t u : set) mark_[u] = in_set;
    const std::uint32_t seen = ++stamp_;
    std::vector<Ids> out;
    Ids stack;
    for (const std::uint32_t start : set) {
      if (mark_[start] != in_set) continue;
      Ids component;
      mark_[start] = seen;
      stack.push_back(start);
      while (!stack.empty()) {
        const std::uint32_t u = stack.back();
        stack.pop_back();
        component.push_back(u);
        for (const std::uint32_t v : units_.neighbours(u))
          if (mark_[v] == in_set) {
            mark_[v] = seen;
            stack.push_back(v);
          }
      }
      std::sort(component.begin(), component.end());
      out.push_back(std::move(component));
    }
    return out;
  }

  // The units most connected within `component` go to `shared`: the
  // resources many others use (a network, a topic), whose removal leaves
  // each user's own resources together. When all are alike (no hub), the
  // first half by position.
  void split_off_shared(const Ids& component, Ids& shared, Ids& rest) {
    const std::uint32_t in_set = ++stamp_;
    for (const std::uint32_t u : component) mark_[u] = in_set;
    std::uint32_t most = 0;
    for (const std::uint32_t u : component) {
      degree_[u] = 0;
      for (const std::uint32_t v : units_.neighbours(u)) degree_[u] += mark_[v] == in_set ? 1 : 0;
      most = std::max(most, degree_[u]);
    }
    for (const std::uint32_t u : component) (degree_[u] == most ? shared : rest).push_back(u);
    if (rest.empty()) {
      const auto half = static_cast<std::ptrdiff_t>(component.size() / 2);
      shared.assign(component.begin(), component.begin() + half);
      rest.assign(component.begin() + half, component.end());
    }
  }

  const Units& units_;
  const FitsTest& fits_;
  const std::function<std::string(std::uint32_t)>& name_of_;
  Ids mark_;
  Ids degree_;
  std::uint32_t stamp_ = 0;
};

/// Strongly connected components of the graph between groups (Tarjan's
/// algorithm, without recursion): component[i] for each group.
Ids strong_components(const std::vector<Ids>& out_edges, std::uint32_t& count) {
  const auto n = static_cast<std::uint32_t>(out_edges.size());
  Ids index(n, kNone);
  Ids low(n, 0);
  Ids component(n, kNone);
  std::vector<bool> on_stack(n, false);
  Ids stack;
  std::vector<std::pair<std::uint32_t, std::size_t>> calls;  // node, next edge
  std::uint32_t next_index = 0;
  count = 0;
  for (std::uint32_t root = 0; root < n; ++root) {
    if (index[root] != kNone) continue;
    calls.emplace_back(root, 0);
    while (!calls.empty()) {
      auto& [v, edge] = calls.back();
      if (edge == 0 && index[v] == kNone) {
        index[v] = low[v] = next_index++;
        stack.push_back(v);
        on_stack[v] = true;
      }
      if (edge < out_edges[v].size()) {
        const std::uint32_t w = out_edges[v][edge++];
        if (index[w] == kNone) {
          calls.emplace_back(w, 0);
        } else if (on_stack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      if (low[v] == index[v]) {
        std::uint32_t w = kNone;
        do {
          w = stack.back();
          stack.pop_back();
          on_stack[w] = false;
          component[w] = count;
        } while (w != v);
        ++count;
      }
      const std::uint32_t done = v;
      calls.pop_back();
      if (!calls.empty()) low[calls.back().first] = std::min(low[calls.back().first], low[done]);
    }
  }
  return component;
}

}  // namespace

std::vector<std::vector<std::uint32_t>> group_resources(const ResourceGraph& graph, const FitsTest& fits,
                                                        const std::function<std::string(std::uint32_t)>& name_of) {
  const Units units(graph);
  Ids all(units.size());
  std::iota(all.begin(), all.end(), 0U);
  std::vector<Ids> parts;
  Partitioner(units, fits, name_of).partition(all, parts);

  // Resources in a reference cycle across parts must share one.
  Ids part_of(graph.edges.size());
  for (std::uint32_t p = 0; p < parts.size(); ++p)
    for (const std::uint32_t u : parts[p])
      for (const std::uint32_t r : units.members(u)) part_of[r] = p;
  std::vector<Ids> part_edges(parts.size());
  for (std::uint32_t r = 0; r < graph.edges.size(); ++r)
    for (const std::uint32_t target : graph.edges[r])
      if (part_of[target] != part_of[r]) part_edges[part_of[r]].push_back(part_of[target]);
  std::uint32_t count = 0;
  const Ids component = strong_components(part_edges, count);
  std::vector<Ids> merged(count);
  for (std::uint32_t p = 0; p < parts.size(); ++p) {
    const Ids resources = units.resources(parts[p]);
    merged[component[p]].insert(merged[component[p]].end(), resources.begin(), resources.end());
  }
  std::vector<Ids> depends(count);  // component -> the components it refers to
  std::vector<std::uint32_t> waiting(count, 0);
  std::vector<Ids> users(count);
  for (std::uint32_t p = 0; p < parts.size(); ++p)
    for (const std::uint32_t q : part_edges[p])
      if (component[p] != component[q]) depends[component[p]].push_back(component[q]);
  for (std::uint32_t c = 0; c < count; ++c) {
    std::sort(merged[c].begin(), merged[c].end());
    if (merged[c].size() > 1 && !fits(merged[c]))
      throw SplitError("resources " + names(merged[c], name_of) +
                       " refer to each other in a cycle and do not fit one stack together");
    std::sort(depends[c].begin(), depends[c].end());
    depends[c].erase(std::unique(depends[c].begin(), depends[c].end()), depends[c].end());
    waiting[c] = static_cast<std::uint32_t>(depends[c].size());
    for (const std::uint32_t d : depends[c]) users[d].push_back(c);
  }

  // Dependencies first; among the ready ones, the first in the template.
  using Ready = std::pair<std::uint32_t, std::uint32_t>;  // first resource, component
  std::priority_queue<Ready, std::vector<Ready>, std::greater<>> ready;
  for (std::uint32_t c = 0; c < count; ++c)
    if (waiting[c] == 0) ready.emplace(merged[c].front(), c);
  std::vector<Ids> ordered;
  ordered.reserve(count);
  while (!ready.empty()) {
    const std::uint32_t c = ready.top().second;
    ready.pop();
    for (const std::uint32_t user : users[c])
      if (--waiting[user] == 0) ready.emplace(merged[user].front(), user);
    ordered.push_back(std::move(merged[c]));
  }
  return ordered;
}

}  // namespace cfn::detail::split
