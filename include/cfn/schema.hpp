/// @file
/// What the CloudFormation resource specification says about every resource
/// type and property type: properties with their shape, required flag and
/// update behaviour, attributes, what Ref returns, ARN templates.
///
/// The data is a compact table generated at build time from the vendored
/// specification (integers and one string blob, no JSON at run time; its rows
/// are private to lib/schema); the classes here are cheap views into it, each
/// a row number. Lookups are binary searches.
///
/// @code
///   if (auto vol = cfn::schema::find_resource_type("AWS::EC2::Volume"))
///     if (auto az = vol->find_property("AvailabilityZone"))
///       assert(az->required() && az->update() == cfn::schema::UpdateType::Immutable);
/// @endcode
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cfn/detail/index_iterator.hpp"
#include "cfn/value.hpp"

namespace cfn::schema {

/// What a value of a property or attribute is.
enum class Shape : std::uint8_t {
  String,
  Integer,
  Double,
  Boolean,
  Timestamp,
  Json,    ///< any JSON value
  Object,  ///< a property type (see TypeRef::object)
  List,    ///< items of TypeRef::item
  Map,     ///< string keys, values of TypeRef::item
};

/// Replacement behaviour of a property change (the spec's UpdateType).
enum class UpdateType : std::uint8_t { Mutable, Immutable, Conditional };

/// TypeRef::object when the shape involves no property type.
inline constexpr std::uint16_t kNoObject = 0xFFFF;

/// One accepted shape of a value.
struct TypeRef {
  Shape shape;           ///< string, integer, list, map, object...
  Shape item;            ///< for List and Map
  std::uint16_t object;  ///< property type index for Object, or List/Map of Object; kNoObject otherwise
};

/// "string", "list of strings", "AWS::EC2::LaunchTemplate.MetadataOptions", ...
[[nodiscard]] std::string describe(const TypeRef& type);

/// A range of views over consecutive rows of the table (View(i) is row i).
template <class View>
class Rows {
 public:
  /// Iterates the views, in table order.
  using iterator = detail::IndexIterator<Rows, View>;
  /// The `count` rows from row `first`.
  Rows(std::uint32_t first, std::size_t count) : first_(first), count_(count) {}
  /// @name Iteration
  //@{
  /// Over the rows, in table order.
  [[nodiscard]] iterator begin() const { return iterator(this, 0); }
  [[nodiscard]] iterator end() const { return iterator(this, count_); }
  //@}
  /// The number of rows.
  [[nodiscard]] std::size_t size() const noexcept { return count_; }
  /// No rows.
  [[nodiscard]] bool empty() const noexcept { return count_ == 0; }
  /// The view of the i-th row of the range.
  [[nodiscard]] View operator[](std::size_t i) const { return View(first_ + static_cast<std::uint32_t>(i)); }

 private:
  std::uint32_t first_;
  std::size_t count_;
};

/// A property of a resource type or property type, as the specification describes it.
class PropertyInfo {
 public:
  /// Row `row` of the table.
  explicit PropertyInfo(std::uint32_t row) noexcept : row_(row) {}
  /// "CidrBlock".
  [[nodiscard]] std::string_view name() const noexcept;
  /// The shape; when the specification accepts several, the first of them.
  [[nodiscard]] TypeRef type() const noexcept;
  /// Every accepted shape when the specification lists several (PrimitiveTypes/Types), else empty.
  [[nodiscard]] std::span<const TypeRef> alternatives() const noexcept;
  /// The specification marks it Required.
  [[nodiscard]] bool required() const noexcept;
  /// The specification marks it deprecated.
  [[nodiscard]] bool deprecated() const noexcept;
  /// What changing it does to the resource: updated in place, replaced, or it depends.
  [[nodiscard]] UpdateType update() const noexcept;
  /// The same row.
  friend bool operator==(const PropertyInfo&, const PropertyInfo&) = default;

 private:
  std::uint32_t row_;
};

/// An attribute of a resource type (what Fn::GetAtt reads), as the specification describes it.
class AttributeInfo {
 public:
  /// Row `row` of the table.
  explicit AttributeInfo(std::uint32_t row) noexcept : row_(row) {}
  /// "Arn", "Endpoint.Address".
  [[nodiscard]] std::string_view name() const noexcept;
  /// The attribute's shape.
  [[nodiscard]] TypeRef type() const noexcept;

 private:
  std::uint32_t row_;
};

/// The properties of a type, sorted by name.
using PropertyList = Rows<PropertyInfo>;
/// The attributes of a resource type, sorted by name.
using AttributeList = Rows<AttributeInfo>;

/// Binary search of a property list (they are sorted by name).
[[nodiscard]] std::optional<PropertyInfo> find_property(PropertyList properties, std::string_view name) noexcept;

/// A property type (the value of an Object property), as the specification describes it.
class PropertyTypeInfo {
 public:
  /// Row `row` of the table.
  explicit PropertyTypeInfo(std::uint32_t row) noexcept : row_(row) {}
  /// "AWS::EC2::LaunchTemplate.MetadataOptions", or "Tag".
  [[nodiscard]] std::string_view name() const noexcept;
  /// Sorted by name.
  [[nodiscard]] PropertyList properties() const noexcept;
  /// The property of that name (case-sensitive), or nullopt.
  [[nodiscard]] std::optional<PropertyInfo> find_property(std::string_view name) const noexcept;

 private:
  std::uint32_t row_;
};

/// A resource type, as the specification describes it.
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
  /// The property of that name (case-sensitive), or nullopt.
  [[nodiscard]] std::optional<PropertyInfo> find_property(std::string_view name) const noexcept;
  /// The attribute of that name (case-sensitive), or nullopt.
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

/// The resource type of that name ("AWS::EC2::VPC"), or nullopt.
[[nodiscard]] std::optional<ResourceTypeInfo> find_resource_type(std::string_view name) noexcept;
/// The property type of that name ("AWS::EC2::LaunchTemplate.MetadataOptions", "Tag"), or nullopt.
[[nodiscard]] std::optional<PropertyTypeInfo> find_property_type(std::string_view name) noexcept;
/// property_types()[index] (index: a TypeRef::object other than kNoObject).
[[nodiscard]] PropertyTypeInfo property_type(std::uint16_t index) noexcept;

/// Custom::Name and AWS::CloudFormation::CustomResource take any properties.
[[nodiscard]] bool is_custom_resource_type(std::string_view type) noexcept;

/// A position inside a resource's Properties, following the specification
/// one step at a time: a map key, a list index, or a function. Lint's
/// property walk, the diff's update assessment and the checks of built
/// templates all walk through it, so every tool reads a nested value the
/// same way. Where the specification accepts several shapes, resolve(value)
/// keeps the one the value has:
///  - a list takes the first List shape;
///  - a map takes the first Object shape whose property type names every key
///    of the map, else the only Object shape when there is one, else the
///    first Map shape;
///  - otherwise the shapes stay, and what lies below cannot be told: a key
///    then needs the only Object shape or a Map shape, an index a List shape.
/// A cursor is a few words: copying it per step costs no allocation.
class Cursor {
 public:
  /// Where in a template the cursor stands.
  enum class At : std::uint8_t {
    Untyped,      ///< outside what the specification describes
    Properties,   ///< a resource's Properties: key() names one of its properties
    Value,        ///< a property's value, or a part of one: shapes() says what it may be
    IfArguments,  ///< Fn::If's [condition, when true, when false]: the branches stand where the If stands
  };

  /// Outside any resource.
  Cursor() = default;
  /// At the Properties of a resource of `resource_type`; Untyped when the
  /// specification does not describe the type, and for custom resources
  /// (they take any properties).
  [[nodiscard]] static Cursor properties_of(std::string_view resource_type);
  /// At the Properties of a resource of the type `resource_type` describes.
  [[nodiscard]] static Cursor properties_of(const ResourceTypeInfo& resource_type) noexcept;

  /// One step down, into the member `key` of a map.
  [[nodiscard]] Cursor key(std::string_view key) const;
  /// One step down, into item `i` of a list.
  [[nodiscard]] Cursor index(std::size_t i) const;
  /// Into the argument of a function: Fn::If's branches keep the value's
  /// shapes; inside any other function the specification says nothing.
  [[nodiscard]] Cursor function(FnKind kind) const;
  /// The shape of `value` among those accepted here (see above).
  [[nodiscard]] Cursor resolve(const Value& value) const;

  /// Where the cursor stands.
  [[nodiscard]] At at() const noexcept { return at_; }
  /// The resource type, at and below its Properties.
  [[nodiscard]] std::optional<ResourceTypeInfo> resource() const noexcept { return resource_; }
  /// At::Value: the shapes the value may have (more than one until resolved).
  [[nodiscard]] std::span<const TypeRef> shapes() const noexcept;
  /// At::Value, resolved to a property type: the one whose properties key() names.
  [[nodiscard]] std::optional<PropertyTypeInfo> object() const noexcept;
  /// The property this value belongs to (the last one a key entered).
  [[nodiscard]] std::optional<PropertyInfo> property() const noexcept { return property_; }
  /// The type property() belongs to: "AWS::EC2::Instance" or "AWS::EC2::Instance.Ebs".
  [[nodiscard]] std::string_view owner() const noexcept { return owner_; }
  /// The last key is not a property of the type that owns it (owner() names that type).
  [[nodiscard]] bool unknown_property() const noexcept { return unknown_property_; }
  /// At or inside a value the specification types as JSON.
  [[nodiscard]] bool in_json() const noexcept { return in_json_; }

 private:
  void enter(const PropertyInfo& property, std::string_view owner) noexcept;
  [[nodiscard]] Cursor untyped() const noexcept;
  [[nodiscard]] Cursor with_shape(const TypeRef& shape) const noexcept;

  At at_ = At::Untyped;
  std::optional<ResourceTypeInfo> resource_;
  std::optional<PropertyInfo> property_;
  std::string_view owner_;
  TypeRef shape_{};                        ///< the shape, when there is one
  std::span<const TypeRef> alternatives_;  ///< the shapes, when there are several
  bool unknown_property_ = false;
  bool in_json_ = false;
};

}  // namespace cfn::schema
