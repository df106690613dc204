// The CloudFormation resource specification as the code generator sees it.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace codegen {

/// A value shape from the spec: PrimitiveType, or Type (+ItemType/PrimitiveItemType).
struct Shape {
  std::string primitive;       // "String", "Integer", ... when primitive
  std::string container;       // "List" or "Map" when a collection
  std::string item_primitive;  // collection of primitives
  std::string type;            // property type key ("AWS::EC2::VPC.X", "Tag"): the object, or the items
};

struct Property {
  std::string name;
  Shape shape;
  std::vector<Shape> alternatives;  // from PrimitiveTypes/Types, when given (shape is then the first)
  bool required = false;
  bool deprecated = false;
  std::string update_type;  // Mutable, Immutable, Conditional
  std::string summary;
};

struct Attribute {
  std::string name;
  Shape shape;
};

struct TypeDef {
  std::string key;                    // "AWS::EC2::VPC" or "AWS::EC2::LaunchTemplate.MetadataOptions"
  std::vector<Property> properties;   // sorted by name
  std::vector<Attribute> attributes;  // sorted by name (resources only)
  std::vector<std::string> ref_returns;
  std::string arn_template;
  std::string summary;
  bool deprecated = false;
};

struct Spec {
  std::string version;
  std::map<std::string, TypeDef> resource_types;  // sorted by key
  std::map<std::string, TypeDef> property_types;
};

/// Reads the specification; throws std::runtime_error naming the file and the
/// type or property that does not have the expected structure.
Spec read_spec(const std::filesystem::path& path);

/// Brings the AWS SAM types' property names up to date from the SAM
/// documentation's property lists (sam-docs.json), adding the SAM types the
/// specification lacks (sam_overlay.cpp).
void apply_sam_docs(Spec& spec, const std::filesystem::path& docs);

}  // namespace codegen
