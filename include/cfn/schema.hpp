// What the CloudFormation resource specification says about every resource
// type and property type: properties with their shape, required flag and
// update behaviour, attributes, what Ref returns, ARN templates.
//
// The data is a compact table generated at build time from the vendored
// specification (integers and one string blob, no JSON at run time; its rows
// are private to lib/schema); the classes here are cheap views into it, each
// a row number. Lookups are binary searches.
//
//   if (auto vol = cfn::schema::find_resource_type("AWS::EC2::Volume"))
//     if (auto az = vol->find_property("AvailabilityZone"))
//       assert(az->required() && az->update() == cfn::schema::UpdateType::Immutable);
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cfn/detail/index_iterator.hpp"

namespace cfn::schema {

enum class Shape : std::uint8_t {
  String,
  Integer,
  Double,
  Boolean,
  Timestamp,
  Json,    // any JSON value
  Object,  // a property type (see TypeRef::object)
  List,    // items of TypeRef::item
  Map,     // string keys, values of TypeRef::item
};

/// Replacement behaviour of a property change (the spec's UpdateType).
enum class UpdateType : std::uint8_t { Mutable, Immutable, Conditional };

inline constexpr std::uint16_t kNoObject = 0xFFFF;

/// One accepted shape of a value.
struct TypeRef {
  Shape shape;
  Shape item;            // for List and Map
  std::uint16_t object;  // property type index for Object, or List/Map of Object; kNoObject otherwise
};

/// "string", "list of strings", "AWS::EC2::LaunchTemplate.MetadataOptions", ...
[[nodiscard]] std::string describe(const TypeRef& type);

/// A range of views over consecutive rows of the table (View(i) is row i).
template <class View>
class Rows {
 public:
  using iterator = detail::IndexIterator<Rows, View>;
  Rows(std::uint32_t first, std::size_t count) : first_(first), count_(count) {}
  [[nodiscard]] iterator begin() const { return iterator(this, 0); }
  [[nodiscard]] iterator end() const { return iterator(this, count_); }
  [[nodiscard]] std::size_t size() const noexcept { return count_; }
  [[nodiscard]] bool empty() const noexcept { return count_ == 0; }
  [[nodiscard]] View operator[](std::size_t i) const { return View(first_ + static_cast<std::uint32_t>(i)); }

 private:
  std::uint32_t first_;
  std::size_t count_;
};

class PropertyInfo {
 public:
  /// Row `row` of the table.
  explicit PropertyInfo(std::uint32_t row) noexcept : row_(row) {}
  [[nodiscard]] std::string_view name() const noexcept;
  /// The shape; when the specification accepts several, the first of them.
  [[nodiscard]] TypeRef type() const noexcept;
  /// Every accepted shape when the specification lists several (PrimitiveTypes/Types), else empty.
  [[nodiscard]] std::span<const TypeRef> alternatives() const noexcept;
  [[nodiscard]] bool required() const noexcept;
  [[nodiscard]] bool deprecated() const noexcept;
  [[nodiscard]] UpdateType update() const noexcept;

 private:
  std::uint32_t row_;
};

class AttributeInfo {
 public:
  /// Row `row` of the table.
  explicit AttributeInfo(std::uint32_t row) noexcept : row_(row) {}
  [[nodiscard]] std::string_view name() const noexcept;
  [[nodiscard]] TypeRef type() const noexcept;

 private:
  std::uint32_t row_;
};

using PropertyList = Rows<PropertyInfo>;
using AttributeList = Rows<AttributeInfo>;

/// Binary search of a property list (they are sorted by name).
[[nodiscard]] std::optional<PropertyInfo> find_property(PropertyList properties, std::string_view name) noexcept;

class PropertyTypeInfo {
 public:
  /// Row `row` of the table.
  explicit PropertyTypeInfo(std::uint32_t row) noexcept : row_(row) {}
  /// "AWS::EC2::LaunchTemplate.MetadataOptions", or "Tag".
  [[nodiscard]] std::string_view name() const noexcept;
  /// Sorted by name.
  [[nodiscard]] PropertyList properties() const noexcept;
  [[nodiscard]] std::optional<PropertyInfo> find_property(std::string_view name) const noexcept;

 private:
  std::uint32_t row_;
};

class ResourceTypeInfo {
 public:
  /// Row `row` of the table.
  explicit ResourceTypeInfo(std::uint32_t row) noexcept : row_(row) {}
  /// "AWS::EC2::VPC".
  [[nodiscard]] std::string_view name() const noexcept;
  /// Sorted by name.
  [[nodiscard]] PropertyList properties() const noexcept;
  /// Sorted by name.
  [[nodiscard]] AttributeList attributes() const noexcept;
  [[nodiscard]] std::optional<PropertyInfo> find_property(std::string_view name) const noexcept;
  [[nodiscard]] std::optional<AttributeInfo> find_attribute(std::string_view name) const noexcept;
  /// Fn::GetAtt (and ${Id.Attribute}) may ask a resource of this type for
  /// `attribute`: an attribute of the specification; Outputs.Name when the
  /// type has Outputs (nested stacks, provisioned products); Id; a property,
  /// or a path through property types to one (the specification lists as
  /// attributes only what cannot be set, CloudFormation answers for
  /// properties too: awscdk-service-spec issue #1139); and the read-only
  /// parts of objects cfn-lint lists. As cfn-lint accepts them.
  [[nodiscard]] bool answers_attribute(std::string_view attribute) const noexcept;
  /// The attribute Ref returns, when the specification says; "" otherwise.
  [[nodiscard]] std::string_view ref_returns() const noexcept;
  /// "arn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId}", or "".
  [[nodiscard]] std::string_view arn_template() const noexcept;

 private:
  std::uint32_t row_;
};

/// "aws-service-spec 0.1.216".
[[nodiscard]] std::string_view specification_version() noexcept;
/// Sorted by name.
[[nodiscard]] Rows<ResourceTypeInfo> resource_types() noexcept;
/// Sorted by name; TypeRef::object indexes this list.
[[nodiscard]] Rows<PropertyTypeInfo> property_types() noexcept;

[[nodiscard]] std::optional<ResourceTypeInfo> find_resource_type(std::string_view name) noexcept;
[[nodiscard]] std::optional<PropertyTypeInfo> find_property_type(std::string_view name) noexcept;
[[nodiscard]] PropertyTypeInfo property_type(std::uint16_t index) noexcept;

/// Custom::Name and AWS::CloudFormation::CustomResource take any properties.
[[nodiscard]] bool is_custom_resource_type(std::string_view type) noexcept;

}  // namespace cfn::schema
