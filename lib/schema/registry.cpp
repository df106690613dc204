#include "cfn/registry.hpp"

#include <algorithm>
#include <memory>
#include <mutex>

#include "schema/pattern.hpp"
#include "schema/registry_table.hpp"

namespace cfn::registry {
namespace {

std::string_view text(detail::registry_table::Text t) noexcept {
  return {detail::registry_table::kStrings + t.offset, t.size};
}

const detail::registry_table::NodeRow& row(std::uint32_t i) noexcept { return detail::registry_table::kNodes[i]; }

std::optional<std::uint32_t> bound(std::uint32_t v) noexcept {
  return v == detail::registry_table::kUnbounded ? std::nullopt : std::optional<std::uint32_t>(v);
}

const detail::registry_table::BoundRow* bounds(std::uint32_t i) noexcept {
  return row(i).bounds == detail::registry_table::kNone ? nullptr : &detail::registry_table::kBounds[row(i).bounds];
}

const detail::registry_table::ResourceRow* find_type(std::string_view type) noexcept {
  const detail::registry_table::ResourceRow* end =
      detail::registry_table::kResources + detail::registry_table::kResourceCount;
  const detail::registry_table::ResourceRow* it = std::lower_bound(
      detail::registry_table::kResources, end, type,
      [](const detail::registry_table::ResourceRow& r, std::string_view t) { return text(r.name) < t; });
  return it != end && text(it->name) == type ? it : nullptr;
}

std::optional<std::size_t> region_index(std::string_view region) noexcept {
  const detail::registry_table::Text* end = detail::registry_table::kRegions + detail::registry_table::kRegionCount;
  const detail::registry_table::Text* it =
      std::lower_bound(detail::registry_table::kRegions, end, region,
                       [](detail::registry_table::Text r, std::string_view n) { return text(r) < n; });
  if (it == end || text(*it) != region) return std::nullopt;
  return static_cast<std::size_t>(it - detail::registry_table::kRegions);
}

// Every pattern is compiled once per process, on first use: the table has
// thousands and a template meets a few. The cache only memoises a pure
// function of the (constant) table, so it is safe to share between threads.
class PatternCache {
 public:
  PatternCache() : once_(detail::registry_table::kPatternCount), compiled_(detail::registry_table::kPatternCount) {}
  const detail::schema_pattern::Pattern* get(std::uint16_t i) {
    std::call_once(once_[i], [&] {
      compiled_[i] = detail::schema_pattern::Pattern::compile(text(detail::registry_table::kPatterns[i]));
    });
    return compiled_[i] ? &*compiled_[i] : nullptr;
  }

 private:
  std::vector<std::once_flag> once_;
  std::vector<std::optional<detail::schema_pattern::Pattern>> compiled_;
};

std::optional<bool> matches(std::uint16_t pattern, std::string_view value) {
  if (pattern == detail::registry_table::kNone) return std::nullopt;
  static PatternCache cache;
  const detail::schema_pattern::Pattern* compiled = cache.get(pattern);
  if (compiled == nullptr) return std::nullopt;
  return compiled->matches(value);
}

std::vector<Constraints> branches(std::uint32_t first, std::uint32_t count) {
  std::vector<Constraints> out;
  out.reserve(count);
  for (std::uint32_t i = 0; i < count; ++i) out.emplace_back(detail::registry_table::kBranches[first + i]);
  return out;
}

std::vector<std::string_view> names(std::uint32_t first, std::uint32_t count) {
  std::vector<std::string_view> out;
  out.reserve(count);
  for (std::uint32_t i = 0; i < count; ++i) out.push_back(text(detail::registry_table::kNames[first + i]));
  return out;
}

constexpr std::uint8_t type_bit(JsonType t) noexcept {
  switch (t) {
    case JsonType::String:
      return detail::registry_table::kTypeString;
    case JsonType::Number:
      return detail::registry_table::kTypeNumber;
    case JsonType::Integer:
      return detail::registry_table::kTypeInteger;
    case JsonType::Boolean:
      return detail::registry_table::kTypeBoolean;
    case JsonType::Object:
      return detail::registry_table::kTypeObject;
    case JsonType::Array:
      return detail::registry_table::kTypeArray;
    case JsonType::Null:
      return detail::registry_table::kTypeNull;
  }
  return 0;
}

}  // namespace

std::optional<Constraints> Constraints::property(std::string_view name) const noexcept {
  const detail::registry_table::MemberRow* begin = detail::registry_table::kMembers + row(row_).members;
  const detail::registry_table::MemberRow* end = begin + row(row_).member_count;
  const detail::registry_table::MemberRow* it =
      std::lower_bound(begin, end, name,
                       [](const detail::registry_table::MemberRow& m, std::string_view n) { return text(m.name) < n; });
  if (it == end || text(it->name) != name) return std::nullopt;
  return Constraints(it->node);
}

std::optional<Constraints> Constraints::items() const noexcept {
  const std::uint32_t items = row(row_).items;
  return items == detail::registry_table::kNoNode ? std::nullopt : std::optional<Constraints>(Constraints(items));
}

std::vector<std::string_view> Constraints::enum_values() const {
  std::vector<std::string_view> out;
  out.reserve(row(row_).enum_count);
  for (std::uint32_t i = 0; i < row(row_).enum_count; ++i)
    out.push_back(text(detail::registry_table::kEnumValues[row(row_).enum_values + i]));
  return out;
}

bool Constraints::enum_case_insensitive() const noexcept {
  return (row(row_).flags & detail::registry_table::kEnumCaseInsensitive) != 0;
}

std::optional<std::string_view> Constraints::pattern() const noexcept {
  if (row(row_).pattern == detail::registry_table::kNone) return std::nullopt;
  return text(detail::registry_table::kPatterns[row(row_).pattern]);
}

std::optional<bool> Constraints::matches_pattern(std::string_view value) const {
  return matches(row(row_).pattern, value);
}

std::optional<std::uint32_t> Constraints::min_length() const noexcept { return bound(row(row_).min_length); }
std::optional<std::uint32_t> Constraints::max_length() const noexcept { return bound(row(row_).max_length); }
std::optional<std::uint32_t> Constraints::min_items() const noexcept { return bound(row(row_).min_items); }
std::optional<std::uint32_t> Constraints::max_items() const noexcept { return bound(row(row_).max_items); }

std::optional<double> Constraints::minimum() const noexcept {
  const detail::registry_table::BoundRow* b = bounds(row_);
  return b != nullptr && (b->flags & detail::registry_table::kHasMinimum) ? std::optional<double>(b->minimum)
                                                                          : std::nullopt;
}

std::optional<double> Constraints::maximum() const noexcept {
  const detail::registry_table::BoundRow* b = bounds(row_);
  return b != nullptr && (b->flags & detail::registry_table::kHasMaximum) ? std::optional<double>(b->maximum)
                                                                          : std::nullopt;
}

bool Constraints::exclusive_minimum() const noexcept {
  const detail::registry_table::BoundRow* b = bounds(row_);
  return b != nullptr && (b->flags & detail::registry_table::kExclusiveMinimum);
}

bool Constraints::exclusive_maximum() const noexcept {
  const detail::registry_table::BoundRow* b = bounds(row_);
  return b != nullptr && (b->flags & detail::registry_table::kExclusiveMaximum);
}

bool Constraints::unique_items() const noexcept {
  return (row(row_).flags & detail::registry_table::kUniqueItems) != 0;
}

std::vector<Constraints> Constraints::any_of() const { return branches(row(row_).branches, row(row_).any_of_count); }

std::vector<Constraints> Constraints::one_of() const {
  return branches(row(row_).branches + row(row_).any_of_count, row(row_).one_of_count);
}

std::vector<Constraints> Constraints::all_of() const {
  return branches(row(row_).branches + row(row_).any_of_count + row(row_).one_of_count, row(row_).all_of_count);
}

std::vector<std::string_view> Constraints::required() const { return names(row(row_).names, row(row_).required_count); }

std::vector<std::string_view> Constraints::required_xor() const {
  return names(row(row_).names + row(row_).required_count, row(row_).required_xor_count);
}

std::vector<Dependency> Constraints::dependencies() const {
  std::vector<Dependency> out;
  out.reserve(row(row_).dependency_count);
  for (std::uint32_t i = 0; i < row(row_).dependency_count; ++i) {
    const detail::registry_table::DependencyRow& d = detail::registry_table::kDependencies[row(row_).dependencies + i];
    out.push_back({text(d.name), names(d.names, d.count), d.excluded != 0});
  }
  return out;
}

bool Constraints::typed() const noexcept { return row(row_).types != 0; }

bool Constraints::allows(JsonType type) const noexcept {
  return row(row_).types == 0 || (row(row_).types & type_bit(type)) != 0;
}

bool Constraints::closed() const noexcept { return (row(row_).flags & detail::registry_table::kClosed) != 0; }

std::optional<std::string_view> Constraints::format() const noexcept {
  if (row(row_).format == detail::registry_table::kNone) return std::nullopt;
  return text(detail::registry_table::kFormats[row(row_).format].name);
}

std::optional<bool> Constraints::matches_format(std::string_view value) const {
  if (row(row_).format == detail::registry_table::kNone) return std::nullopt;
  return matches(detail::registry_table::kFormats[row(row_).format].pattern, value);
}

std::optional<Constraints> find_resource(std::string_view type) noexcept {
  const detail::registry_table::ResourceRow* r = find_type(type);
  if (r == nullptr || r->node == detail::registry_table::kNoNode) return std::nullopt;
  return Constraints(r->node);
}

std::vector<std::string_view> read_only_properties(std::string_view type) {
  const detail::registry_table::ResourceRow* r = find_type(type);
  if (r == nullptr) return {};
  return names(r->read_only, r->read_only_count);
}

std::vector<std::string_view> regions() {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < detail::registry_table::kRegionCount; ++i)
    out.push_back(text(detail::registry_table::kRegions[i]));
  return out;
}

bool is_region(std::string_view region) noexcept { return region_index(region).has_value(); }

std::optional<bool> offered_in(std::string_view type, std::string_view region) noexcept {
  const detail::registry_table::ResourceRow* r = find_type(type);
  const std::optional<std::size_t> i = region_index(region);
  if (r == nullptr || r->regions == 0 || !i) return std::nullopt;
  return (r->regions >> *i & 1) != 0;
}

std::vector<std::string_view> regions_offering(std::string_view type) {
  std::vector<std::string_view> out;
  const detail::registry_table::ResourceRow* r = find_type(type);
  if (r == nullptr) return out;
  for (std::size_t i = 0; i < detail::registry_table::kRegionCount; ++i)
    if (r->regions >> i & 1) out.push_back(text(detail::registry_table::kRegions[i]));
  return out;
}

std::string_view data_source() noexcept {
  return "CloudFormation registry schemas and region type lists (cfn-lint v1.51.5, 2026-06-15)";
}

}  // namespace cfn::registry
