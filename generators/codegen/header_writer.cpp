// One header per service: a class per resource type (a setter per property,
// a Handle with an accessor per attribute) and per property type.
#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "naming.hpp"
#include "writers.hpp"

namespace codegen {
namespace {

const char* value_class(const std::string& primitive) {
  if (primitive == "String" || primitive == "Timestamp") return "cfn::Str";
  if (primitive == "Integer" || primitive == "Long") return "cfn::Int";
  if (primitive == "Double") return "cfn::Num";
  if (primitive == "Boolean") return "cfn::Bool";
  return "cfn::Json";
}

// The C++ parameter type of a setter. Several accepted shapes: any value,
// checked against the table at emit time.
std::string parameter_type(const Property& p) {
  if (!p.alternatives.empty()) return "cfn::Json";
  const Shape& s = p.shape;
  if (s.container.empty()) return s.type.empty() ? value_class(s.primitive) : "cfn::Obj<" + class_name(s.type) + ">";
  if (s.container == "List" && s.type == "Tag") return "cfn::Tags";
  const std::string item = s.type.empty() ? value_class(s.item_primitive) : "cfn::Obj<" + class_name(s.type) + ">";
  return (s.container == "List" ? "cfn::ListOf<" : "cfn::MapOf<") + item + ">";
}

// A summary as a one-line comment: no line breaks, no trailing backslash
// (which would continue the comment onto the next line).
std::string comment_text(std::string text) {
  for (char& c : text)
    if (c == '\n' || c == '\r') c = ' ';
  while (!text.empty() && (text.back() == '\\' || text.back() == ' ')) text.pop_back();
  return text;
}

// "Required. Changing it replaces the resource." from the spec's flags.
std::string notes(const Property& p) {
  std::string out = p.required ? "Required." : "";
  const char* update = p.update_type == "Immutable"     ? "Changing it replaces the resource."
                       : p.update_type == "Conditional" ? "Changing it may replace the resource."
                                                        : "";
  if (*update != '\0') out += out.empty() ? update : std::string(" ") + update;
  return out;
}

void write_setters(std::string& out, const std::string& cls, const TypeDef& type) {
  for (const Property& p : type.properties) {
    out += '\n';
    if (!p.summary.empty()) out += fmt::format("  /// {}\n", comment_text(p.summary));
    if (const std::string n = notes(p); !n.empty()) out += fmt::format("  /// {}\n", n);
    if (p.deprecated) out += "  [[deprecated(\"deprecated in the CloudFormation resource specification\")]]\n";
    out += fmt::format("  {}& {}({} value) {{ put(type_name, \"{}\", std::move(value).value()); return *this; }}\n",
                       cls, setter_name(p.name, cls), parameter_type(p), p.name);
  }
}

void write_property_type(std::string& out, const TypeDef& type) {
  const std::string cls = class_name(type.key);
  out += fmt::format("\n/// Property type {}.\n", type.key);
  out += fmt::format("class {} : public cfn::PropertyObject<{}> {{\n public:\n", cls, cls);
  out += fmt::format("  static constexpr std::string_view type_name = \"{}\";\n", type.key);
  write_setters(out, cls, type);
  out += "};\n";
}

// The placeholders of an ARN template other than partition, region and account.
std::vector<std::string> arn_placeholders(std::string_view arn_template) {
  std::vector<std::string> out;
  for (std::size_t open = arn_template.find("${"); open != std::string_view::npos;
       open = arn_template.find("${", open + 2)) {
    const std::size_t close = arn_template.find('}', open);
    if (close == std::string_view::npos) break;
    std::string name(arn_template.substr(open + 2, close - open - 2));
    if (name != "Partition" && name != "Region" && name != "Account") out.push_back(std::move(name));
  }
  return out;
}

// How to build the resource's ARN with cfn::arn::for_type, and what fills
// each placeholder when the resource itself has it as an attribute.
void write_arn_comment(std::string& out, const TypeDef& type) {
  if (type.arn_template.empty()) return;
  const std::vector<std::string> placeholders = arn_placeholders(type.arn_template);
  std::string values;
  for (const std::string& p : placeholders) values += fmt::format("{}{{\"{}\", ...}}", values.empty() ? "" : ", ", p);
  out += fmt::format("///\n/// ARN: {}\n/// cfn::arn::for_type(\"{}\", {{{}}}) builds it",
                     comment_text(type.arn_template), type.key, values);
  out += placeholders.empty() ? ".\n" : "; the placeholders:\n";
  for (const std::string& p : placeholders) {
    const bool attribute =
        std::any_of(type.attributes.begin(), type.attributes.end(), [&](const Attribute& a) { return a.name == p; });
    out += attribute
               ? fmt::format("///  - {}: for this resource, its attribute Handle::{}()\n", p, attribute_accessor(p))
               : fmt::format("///  - {}\n", p);
  }
}

void write_resource_type(std::string& out, const TypeDef& type, const Service& service) {
  const std::string cls = class_name(type.key);
  out += '\n';
  if (!type.summary.empty()) out += fmt::format("/// {}\n", comment_text(type.summary));
  out += fmt::format("/// Resource type {}.\n", type.key);
  write_arn_comment(out, type);
  if (type.deprecated) out += "[[deprecated(\"deprecated in the CloudFormation resource specification\")]]\n";
  out += fmt::format("class {} : public cfn::ResourceObject<{}> {{\n public:\n", cls, cls);
  out += fmt::format("  static constexpr std::string_view type_name = \"{}\";\n\n", type.key);

  const std::string prefix = type.key + ".";
  bool first = true;
  for (const TypeDef* p : service.property_types) {
    if (!p->key.starts_with(prefix)) continue;
    if (std::exchange(first, false)) out += "  // The property types of this resource.\n";
    out += fmt::format("  using {} = {};\n", nested_type_name(p->key, type), class_name(p->key));
  }
  if (!first) out += '\n';

  out += "  /// What Template::add returns: Ref and Fn::GetAtt for this resource.\n";
  out += "  class Handle : public cfn::ResourceRef {\n   public:\n";
  out += "    explicit Handle(cfn::ResourceRef r) : cfn::ResourceRef(std::move(r)) {}\n";
  for (const Attribute& a : type.attributes)
    out += fmt::format("    [[nodiscard]] cfn::Fn {}() const {{ return get_att(\"{}\"); }}\n",
                       attribute_accessor(a.name), a.name);
  out += "  };\n\n";
  write_setters(out, cls, type);
  out += "};\n";
}

}  // namespace

std::map<std::string, Service> group_by_service(const Spec& spec) {
  std::map<std::string, Service> services;
  for (const auto& [key, def] : spec.resource_types) {
    Service& s = services[service_of(key).header];
    s.key = service_of(key).key;
    s.resource_types.push_back(&def);
  }
  for (const auto& [key, def] : spec.property_types)
    if (key != "Tag") services.at(service_of(key).header).property_types.push_back(&def);
  return services;
}

std::string write_service_header(const Spec& spec, const Service& service) {
  const ServiceName name = service_of(service.resource_types.front()->key);
  std::string out = fmt::format(
      "// Generated by cfnpp-codegen from the CloudFormation resource specification\n"
      "// ({}). DO NOT EDIT: change generators/codegen or the vendored specification.\n"
      "//\n"
      "// {}: {} resource types, {} property types. Naming rules: generators/codegen/naming.hpp.\n"
      "#pragma once\n\n"
      "#include <string_view>\n"
      "#include <utility>\n\n"
      "#include \"cfn/resource.hpp\"\n\n"
      "namespace {} {{\n",
      spec.version, service.key, service.resource_types.size(), service.property_types.size(), name.ns);
  if (!service.property_types.empty()) out += '\n';
  for (const TypeDef* t : service.property_types) out += fmt::format("class {};\n", class_name(t->key));
  for (const TypeDef* t : service.property_types) write_property_type(out, *t);
  for (const TypeDef* t : service.resource_types) write_resource_type(out, *t, service);
  out += fmt::format("\n}}  // namespace {}\n", name.ns);
  return out;
}

}  // namespace codegen
