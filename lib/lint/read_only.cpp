#include "lint/read_only.hpp"

#include "cfn/registry.hpp"

namespace cfn::detail::checks {
namespace {

constexpr std::size_t kBelowProperties = 3;  // Resources, the logical id, Properties

// `pointer` ("Endpoint/Address", "Rules/*/Id") names the steps of `path` from kBelowProperties on.
bool names(std::string_view pointer, const Path& path) {
  std::size_t begin = 0;
  for (std::size_t i = kBelowProperties; i < path.size(); ++i) {
    const Path::Step step = path[i];
    if (!step.is_index() && step.key() == "Fn::If" && i + 1 < path.size() && path[i + 1].is_index()) {
      ++i;  // a branch of Fn::If stands where the If stands
      continue;
    }
    if (begin > pointer.size()) return false;
    const std::size_t end = std::min(pointer.find('/', begin), pointer.size());
    const std::string_view part = pointer.substr(begin, end - begin);
    if (step.is_index() ? part != "*" : part != step.key()) return false;
    begin = end + 1;
  }
  return begin == pointer.size() + 1;
}

}  // namespace

bool is_read_only(std::string_view type_name, const Path& path) {
  if (path.size() <= kBelowProperties) return false;
  const std::string_view resource_type = type_name.substr(0, type_name.find('.'));
  for (const std::string_view pointer : registry::read_only_properties(resource_type))
    if (names(pointer, path)) return true;
  return false;
}

}  // namespace cfn::detail::checks
