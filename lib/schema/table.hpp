// The generated metadata table (schema_table.cpp in the build tree): arrays
// of the rows declared in cfn/schema.hpp, integers and offsets into one
// string blob only, so the generated file compiles in seconds.
#pragma once

#include <cstddef>
#include <cstdint>

#include "cfn/schema.hpp"

namespace cfn::schema::table {

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

}  // namespace cfn::schema::table
