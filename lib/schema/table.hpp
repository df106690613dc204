// The generated metadata table (schema_table.cpp in the build tree): arrays
// of the rows declared here, integers and offsets into one string blob
// only, so the generated file compiles in seconds. The views of
// cfn/schema.hpp hold row numbers into these arrays.
#pragma once

#include <cstddef>
#include <cstdint>

#include "cfn/schema.hpp"

namespace cfn::detail::schema_table {

// The rows are written in the specification's own terms (TypeRef, Shape, UpdateType).
using namespace cfn::schema;

struct Text {  // a string in the table's string blob
  std::uint32_t offset;
  std::uint16_t size;
};

struct PropertyRow {
  Text name;
  TypeRef type;
  std::uint16_t alternatives;  // first entry in the alternatives array
  std::uint8_t alternative_count;
  std::uint8_t flags;  // kRequired | kDeprecated
  UpdateType update;
};

struct AttributeRow {
  Text name;
  TypeRef type;
};

struct PropertyTypeRow {
  Text name;
  std::uint32_t properties;  // first entry in the properties array
  std::uint16_t property_count;
};

struct ResourceRow {
  Text name;
  std::uint32_t properties;
  std::uint16_t property_count;
  std::uint32_t attributes;  // first entry in the attributes array
  std::uint16_t attribute_count;
  Text ref_returns;
  Text arn_template;
};

inline constexpr std::uint8_t kRequired = 1;
inline constexpr std::uint8_t kDeprecated = 2;

extern const char kStrings[];
extern const Text kSpecificationVersion;
extern const TypeRef kAlternatives[];
extern const PropertyRow kProperties[];
extern const AttributeRow kAttributes[];
extern const PropertyTypeRow kPropertyTypes[];
extern const std::size_t kPropertyTypeCount;
extern const ResourceRow kResourceTypes[];
extern const std::size_t kResourceTypeCount;

}  // namespace cfn::detail::schema_table
