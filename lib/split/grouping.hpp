// Grouping the resources of a template for cfn::split: clusters that fit one
// stack, in an order where every cluster comes after the ones it refers to.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace cfn::detail::split {

/// The resources as a graph: edges[i] are the resources resource i refers to
/// (Ref, GetAtt, Sub, DependsOn); glued[i] those it cannot be separated from.
struct ResourceGraph {
  std::vector<std::vector<std::uint32_t>> edges;
  std::vector<std::vector<std::uint32_t>> glued;
};

/// Whether these resources fit one stack.
using FitsTest = std::function<bool(std::span<const std::uint32_t> resources)>;

/// Clusters of resources (each sorted by position) that each fit, in an
/// order in which each cluster's references point to itself or to earlier
/// clusters. A cluster of resources that refer to each other is kept whole
/// when it fits; when it does not, the resources most referred to within it
/// (shared ones) are taken out, and the rest falls apart into the parts
/// that stayed connected. Resources in a reference cycle, or glued, always
/// share a cluster. Throws SplitError when glued or cyclic resources do not
/// fit together.
[[nodiscard]] std::vector<std::vector<std::uint32_t>> group_resources(
    const ResourceGraph& graph, const FitsTest& fits, const std::function<std::string(std::uint32_t)>& name_of);

}  // namespace cfn::detail::split
