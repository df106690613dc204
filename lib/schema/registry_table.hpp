// The generated registry table (registry_table.cpp in the build tree): the
// value constraints of the CloudFormation registry schemas as a graph of
// nodes (one per schema node that constrains something, or leads to one;
// identical nodes shared), and the resource types of each region. Integers
// and offsets into one string blob only, like the specification's table.
#pragma once

#include <cstddef>
#include <cstdint>

#include "schema/table.hpp"

namespace cfn::detail::registry_table {

using schema_table::Text;

inline constexpr std::uint32_t kNoNode = 0xFFFFFFFF;
inline constexpr std::uint32_t kUnbounded = 0xFFFFFFFF;
inline constexpr std::uint16_t kNone = 0xFFFF;

// NodeRow::flags
inline constexpr std::uint8_t kEnumCaseInsensitive = 1;
inline constexpr std::uint8_t kUniqueItems = 2;
inline constexpr std::uint8_t kClosed = 4;  // additionalProperties: false

// NodeRow::types: JSON Schema's `type`, one bit per name (0: any type)
inline constexpr std::uint8_t kTypeString = 1;
inline constexpr std::uint8_t kTypeNumber = 2;
inline constexpr std::uint8_t kTypeInteger = 4;
inline constexpr std::uint8_t kTypeBoolean = 8;
inline constexpr std::uint8_t kTypeObject = 16;
inline constexpr std::uint8_t kTypeArray = 32;
inline constexpr std::uint8_t kTypeNull = 64;

// BoundRow::flags
inline constexpr std::uint8_t kHasMinimum = 1;
inline constexpr std::uint8_t kHasMaximum = 2;
inline constexpr std::uint8_t kExclusiveMinimum = 4;
inline constexpr std::uint8_t kExclusiveMaximum = 8;

struct NodeRow {
  std::uint32_t members;  // first entry of kMembers (the node's properties, sorted by name)
  std::uint16_t member_count;
  std::uint32_t items;        // the node of list items, or kNoNode
  std::uint32_t enum_values;  // first entry of kEnumValues
  std::uint16_t enum_count;
  std::uint16_t pattern;  // index into kPatterns, or kNone
  std::uint16_t bounds;   // index into kBounds, or kNone
  std::uint8_t flags;
  std::uint32_t min_length;  // kUnbounded when not given
  std::uint32_t max_length;
  std::uint32_t min_items;
  std::uint32_t max_items;
  std::uint32_t branches;  // first entry of kBranches: any_of_count anyOf, then oneOf, then allOf nodes
  std::uint16_t any_of_count;
  std::uint16_t one_of_count;
  std::uint16_t all_of_count;
  std::uint32_t names;  // first entry of kNames: required_count `required`, then `requiredXor`
  std::uint16_t required_count;
  std::uint16_t required_xor_count;
  std::uint32_t dependencies;  // first entry of kDependencies
  std::uint16_t dependency_count;
  std::uint16_t format;  // index into kFormats, or kNone
  std::uint8_t types;
};

// `dependentRequired` (and draft-07 `dependencies`) / `dependentExcluded`: when `name` is set, the names
// kNames[names, names + count) must be set too / must not be.
struct DependencyRow {
  Text name;
  std::uint32_t names;
  std::uint16_t count;
  std::uint8_t excluded;
};

// A cfn-lint `format` the table knows, with the pattern it stands for.
struct FormatRow {
  Text name;
  std::uint16_t pattern;  // index into kPatterns
};

struct MemberRow {
  Text name;
  std::uint32_t node;
};

struct BoundRow {
  double minimum;
  double maximum;
  std::uint8_t flags;
};

struct ResourceRow {
  Text name;
  std::uint32_t node;       // the schema's root (its properties are the resource's), or kNoNode
  std::uint64_t regions;    // bit i: kRegions[i] offers the type
  std::uint32_t read_only;  // first entry of kNames: `readOnlyProperties` below /properties/ ("Endpoint/Address")
  std::uint16_t read_only_count;
};

extern const char kStrings[];
extern const NodeRow kNodes[];
extern const MemberRow kMembers[];
extern const Text kEnumValues[];
extern const Text kPatterns[];
extern const std::size_t kPatternCount;
extern const BoundRow kBounds[];
extern const std::uint32_t kBranches[];
extern const Text kNames[];
extern const DependencyRow kDependencies[];
extern const FormatRow kFormats[];
extern const ResourceRow kResources[];  // sorted by name: every type of a schema or a region
extern const std::size_t kResourceCount;
extern const Text kRegions[];  // sorted
extern const std::size_t kRegionCount;

}  // namespace cfn::detail::registry_table
