#include "spec.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <stdexcept>

namespace codegen {
namespace {

std::string str(const YAML::Node& node, const char* key) {
  const YAML::Node v = node[key];
  return v && v.IsScalar() ? v.Scalar() : std::string();
}

bool flag(const YAML::Node& node, const char* key) {
  const YAML::Node v = node[key];
  return v && v.IsScalar() && v.as<bool>();
}

// Type "List"/"Map" name a container; any other Type names a property type.
Shape shape_of(const std::string& primitive, const std::string& type, const std::string& item_type,
               const std::string& item_primitive) {
  Shape s;
  s.primitive = primitive;
  if (type == "List" || type == "Map") {
    s.container = type;
    s.item_primitive = item_primitive;
    s.type = item_type;
  } else {
    s.type = type;
  }
  return s;
}

Shape read_shape(const YAML::Node& node) {
  return shape_of(str(node, "PrimitiveType"), str(node, "Type"), str(node, "ItemType"), str(node, "PrimitiveItemType"));
}

// PrimitiveTypes/Types list every accepted shape. A "List" there carries its
// item type in ItemType/PrimitiveItemType when the spec gives one; otherwise
// it is a list of JSON values.
std::vector<Shape> read_alternatives(const YAML::Node& node) {
  std::vector<Shape> out;
  if (const YAML::Node prims = node["PrimitiveTypes"])
    for (const auto& p : prims) out.push_back(shape_of(p.Scalar(), "", "", ""));
  if (const YAML::Node types = node["Types"]) {
    for (const auto& t : types) {
      const std::string name = t.Scalar();
      if (name == "List" || name == "Map") {
        const std::string item = str(node, "PrimitiveItemType");
        out.push_back(
            shape_of("", name, str(node, "ItemType"), item.empty() && str(node, "ItemType").empty() ? "Json" : item));
      } else {
        out.push_back(shape_of("", name, "", ""));
      }
    }
  }
  return out;
}

TypeDef read_type(const std::string& key, const YAML::Node& node) {
  TypeDef def;
  def.key = key;
  def.summary = str(node, "Summary");
  def.arn_template = str(node, "ArnTemplate");
  def.deprecated = flag(node, "Deprecated");
  if (const YAML::Node refs = node["RefReturns"])
    for (const auto& r : refs) def.ref_returns.push_back(r.Scalar());
  if (const YAML::Node props = node["Properties"]) {
    for (const auto& p : props) {
      Property prop;
      prop.name = p.first.Scalar();
      const YAML::Node& body = p.second;
      prop.alternatives = read_alternatives(body);
      prop.shape = prop.alternatives.empty() ? read_shape(body) : prop.alternatives.front();
      if (prop.alternatives.size() == 1) prop.alternatives.clear();
      if (prop.shape.primitive.empty() && prop.shape.container.empty() && prop.shape.type.empty())
        throw std::runtime_error(key + "." + prop.name + ": property has no type");
      prop.required = flag(body, "Required");
      prop.deprecated = flag(body, "Deprecated");
      prop.update_type = str(body, "UpdateType");
      prop.summary = str(body, "Summary");
      def.properties.push_back(std::move(prop));
    }
  }
  if (const YAML::Node attrs = node["Attributes"])
    for (const auto& a : attrs) def.attributes.push_back({a.first.Scalar(), read_shape(a.second)});
  std::sort(def.properties.begin(), def.properties.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  std::sort(def.attributes.begin(), def.attributes.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return def;
}

}  // namespace

Spec read_spec(const std::filesystem::path& path) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(path.string());
  } catch (const YAML::Exception& e) {
    throw std::runtime_error(path.string() + ": " + e.what());
  }
  Spec spec;
  spec.version = str(root, "ResourceSpecificationVersion");
  const YAML::Node resources = root["ResourceTypes"];
  const YAML::Node properties = root["PropertyTypes"];
  if (!resources || !resources.IsMap() || !properties || !properties.IsMap())
    throw std::runtime_error(path.string() + ": expected ResourceTypes and PropertyTypes maps");
  for (const auto& r : resources) spec.resource_types.emplace(r.first.Scalar(), read_type(r.first.Scalar(), r.second));
  for (const auto& p : properties) spec.property_types.emplace(p.first.Scalar(), read_type(p.first.Scalar(), p.second));

  // Every referenced property type must exist.
  const auto check = [&](const TypeDef& owner) {
    for (const Property& prop : owner.properties) {
      std::vector<Shape> shapes = prop.alternatives;
      shapes.push_back(prop.shape);
      for (const Shape& s : shapes)
        if (!s.type.empty() && !spec.property_types.contains(s.type))
          throw std::runtime_error(path.string() + ": " + owner.key + "." + prop.name + " refers to unknown type " +
                                   s.type);
    }
  };
  for (const auto& [key, def] : spec.resource_types) check(def);
  for (const auto& [key, def] : spec.property_types) check(def);
  return spec;
}

}  // namespace codegen
