#include "cfn/schema.hpp"

#include <algorithm>

#include "schema/table.hpp"

namespace cfn::schema {
namespace {

std::string_view text(detail::schema_table::Text t) noexcept {
  return {detail::schema_table::kStrings + t.offset, t.size};
}

// Binary search of the rows table[first, first + count), sorted by name.
template <class View, class Row>
std::optional<View> find_by_name(const Row* table, std::uint32_t first, std::size_t count,
                                 std::string_view name) noexcept {
  const Row* begin = table + first;
  const Row* end = begin + count;
  const Row* it =
      std::lower_bound(begin, end, name, [](const Row& row, std::string_view n) { return text(row.name) < n; });
  if (it == end || text(it->name) != name) return std::nullopt;
  return View(static_cast<std::uint32_t>(it - table));
}

const detail::schema_table::PropertyRow& property_row(std::uint32_t i) noexcept {
  return detail::schema_table::kProperties[i];
}
const detail::schema_table::ResourceRow& resource_row(std::uint32_t i) noexcept {
  return detail::schema_table::kResourceTypes[i];
}
const detail::schema_table::PropertyTypeRow& property_type_row(std::uint32_t i) noexcept {
  return detail::schema_table::kPropertyTypes[i];
}

std::string_view shape_name(Shape s, bool plural) {
  switch (s) {
    case Shape::String:
      return plural ? "strings" : "string";
    case Shape::Integer:
      return plural ? "integers" : "integer";
    case Shape::Double:
      return plural ? "numbers" : "number";
    case Shape::Boolean:
      return plural ? "booleans" : "boolean";
    case Shape::Timestamp:
      return plural ? "timestamps" : "timestamp";
    case Shape::Json:
      return plural ? "JSON values" : "JSON value";
    case Shape::Object:
      return plural ? "objects" : "object";
    case Shape::List:
      return plural ? "lists" : "list";
    case Shape::Map:
      return plural ? "maps" : "map";
  }
  return "?";
}

/// `path` ("A" or "A.B.C") names a property of `properties`, through property
/// types; a Json property accepts any path below it.
bool names_property(PropertyList properties, std::string_view path, int depth = 0) {
  const std::size_t dot = path.find('.');
  const auto p = find_property(properties, path.substr(0, dot));
  if (!p) return false;
  if (dot == std::string_view::npos) return true;
  if (depth > 16) return false;
  const std::string_view rest = path.substr(dot + 1);
  auto through = [&](const TypeRef& t) {
    if (t.shape == Shape::Json || ((t.shape == Shape::List || t.shape == Shape::Map) && t.item == Shape::Json))
      return true;
    if (t.object == kNoObject) return false;
    return names_property(property_type(t.object).properties(), rest, depth + 1);
  };
  if (through(p->type())) return true;
  for (const TypeRef& alt : p->alternatives())
    if (through(alt)) return true;
  return false;
}

/// Attributes CloudFormation answers that the specification does not list
/// as attributes nor as properties: read-only parts of objects, from the
/// resource provider schemas (cfn-lint 1.51.0's GetAtt list for us-east-1).
constexpr std::pair<std::string_view, std::string_view> kMoreAttributes[] = {
    {"AWS::Amplify::Domain", "Certificate.CertificateArn"},
    {"AWS::Amplify::Domain", "Certificate.CertificateType"},
    {"AWS::Amplify::Domain", "Certificate.CertificateVerificationDNSRecord"},
    {"AWS::EC2::CapacityReservation", "CommitmentInfo.CommitmentEndDate"},
    {"AWS::EC2::CapacityReservation", "CommitmentInfo.CommittedInstanceCount"},
    {"AWS::EC2::Subnet", "BlockPublicAccessStates.InternetGatewayBlockMode"},
    {"AWS::SQS::Queue", "RedrivePolicy.deadLetterTargetArn"},
    {"AWS::SQS::Queue", "RedrivePolicy.maxReceiveCount"},
};

}  // namespace

std::string_view PropertyInfo::name() const noexcept { return text(property_row(row_).name); }
TypeRef PropertyInfo::type() const noexcept { return property_row(row_).type; }
std::span<const TypeRef> PropertyInfo::alternatives() const noexcept {
  return {detail::schema_table::kAlternatives + property_row(row_).alternatives, property_row(row_).alternative_count};
}
bool PropertyInfo::required() const noexcept {
  return (property_row(row_).flags & detail::schema_table::kRequired) != 0;
}
bool PropertyInfo::deprecated() const noexcept {
  return (property_row(row_).flags & detail::schema_table::kDeprecated) != 0;
}
UpdateType PropertyInfo::update() const noexcept { return property_row(row_).update; }

std::optional<PropertyInfo> find_property(PropertyList properties, std::string_view name) noexcept {
  std::size_t low = 0;
  std::size_t high = properties.size();
  while (low < high) {
    const std::size_t mid = low + (high - low) / 2;
    if (properties[mid].name() < name) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  if (low < properties.size() && properties[low].name() == name) return properties[low];
  return std::nullopt;
}

std::string_view AttributeInfo::name() const noexcept { return text(detail::schema_table::kAttributes[row_].name); }
TypeRef AttributeInfo::type() const noexcept { return detail::schema_table::kAttributes[row_].type; }

std::string_view PropertyTypeInfo::name() const noexcept { return text(property_type_row(row_).name); }
PropertyList PropertyTypeInfo::properties() const noexcept {
  return {property_type_row(row_).properties, property_type_row(row_).property_count};
}
std::optional<PropertyInfo> PropertyTypeInfo::find_property(std::string_view name) const noexcept {
  return schema::find_property(properties(), name);
}

std::string_view ResourceTypeInfo::name() const noexcept { return text(resource_row(row_).name); }
PropertyList ResourceTypeInfo::properties() const noexcept {
  return {resource_row(row_).properties, resource_row(row_).property_count};
}
AttributeList ResourceTypeInfo::attributes() const noexcept {
  return {resource_row(row_).attributes, resource_row(row_).attribute_count};
}
std::optional<PropertyInfo> ResourceTypeInfo::find_property(std::string_view name) const noexcept {
  return schema::find_property(properties(), name);
}
std::optional<AttributeInfo> ResourceTypeInfo::find_attribute(std::string_view name) const noexcept {
  return find_by_name<AttributeInfo>(detail::schema_table::kAttributes, resource_row(row_).attributes,
                                     resource_row(row_).attribute_count, name);
}
bool ResourceTypeInfo::answers_attribute(std::string_view attribute) const noexcept {
  if (find_attribute(attribute)) return true;
  if (attribute.starts_with("Outputs.") && find_attribute("Outputs")) return true;
  if (attribute == "Id" || names_property(properties(), attribute)) return true;
  for (const auto& [type, name] : kMoreAttributes)
    if (type == this->name() && name == attribute) return true;
  return false;
}

std::string_view ResourceTypeInfo::ref_returns() const noexcept { return text(resource_row(row_).ref_returns); }
std::string_view ResourceTypeInfo::arn_template() const noexcept { return text(resource_row(row_).arn_template); }

std::string_view specification_version() noexcept { return text(detail::schema_table::kSpecificationVersion); }

Rows<ResourceTypeInfo> resource_types() noexcept { return {0, detail::schema_table::kResourceTypeCount}; }

Rows<PropertyTypeInfo> property_types() noexcept { return {0, detail::schema_table::kPropertyTypeCount}; }

std::optional<ResourceTypeInfo> find_resource_type(std::string_view name) noexcept {
  return find_by_name<ResourceTypeInfo>(detail::schema_table::kResourceTypes, 0,
                                        detail::schema_table::kResourceTypeCount, name);
}

std::optional<PropertyTypeInfo> find_property_type(std::string_view name) noexcept {
  return find_by_name<PropertyTypeInfo>(detail::schema_table::kPropertyTypes, 0,
                                        detail::schema_table::kPropertyTypeCount, name);
}

PropertyTypeInfo property_type(std::uint16_t index) noexcept { return PropertyTypeInfo(index); }

std::string describe(const TypeRef& type) {
  const auto object_name = [&] { return std::string(property_type(type.object).name()); };
  switch (type.shape) {
    case Shape::Object:
      return object_name();
    case Shape::List:
    case Shape::Map: {
      std::string out = type.shape == Shape::List ? "list of " : "map of ";
      out += type.item == Shape::Object ? object_name() : std::string(shape_name(type.item, true));
      return out;
    }
    default:
      return std::string(shape_name(type.shape, false));
  }
}

bool is_custom_resource_type(std::string_view type) noexcept {
  return type.starts_with("Custom::") || type == "AWS::CloudFormation::CustomResource";
}

}  // namespace cfn::schema
