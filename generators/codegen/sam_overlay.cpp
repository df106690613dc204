// The AWS SAM resource types of the specification are older than SAM: their
// property names are brought up to date from the SAM documentation
// (generators/registry/sam-docs.json: per SAM resource and property type
// page, its properties and their text).
//
// A page's property the specification lacks is added (any value: the
// documentation gives no machine-readable shape); one it spells in another
// case (NotificationArns for NotificationARNs) takes the documentation's
// spelling, which is SAM's. A property whose text names one property-type
// page ("*Type*: [ApiAuth](...sam-property-api-apiauth.html)") leads to that
// page for the property type the specification gives it. SAM resource
// types the specification lacks (AWS::Serverless::CapacityProvider...) are
// added when the documentation spells their name somewhere.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

#include "spec.hpp"

namespace codegen {
namespace {

constexpr std::string_view kSamPrefix = "AWS::Serverless::";

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

using Pages = std::map<std::string, std::map<std::string, std::string>>;  // page -> property -> text

// The property-type pages a property's "*Type*:" line links to.
std::vector<std::string> linked_pages(const std::string& text) {
  std::vector<std::string> out;
  const std::size_t type = text.find("*Type*:");
  if (type == std::string::npos) return out;
  const std::string line = text.substr(type, text.find('\n', type) - type);
  // Each "sam-property-[a-z0-9-]+" followed by ".html" or ".md".
  constexpr std::string_view kPage = "sam-property-";
  const auto page_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
  for (std::size_t at = line.find(kPage); at != std::string::npos; at = line.find(kPage, at + 1)) {
    std::size_t end = at + kPage.size();
    while (end < line.size() && page_char(line[end])) ++end;
    if (end == at + kPage.size()) continue;
    const std::string_view rest = std::string_view(line).substr(end);
    if (!rest.starts_with(".html") && !rest.starts_with(".md")) continue;
    out.push_back(line.substr(at, end - at));
    at = end;
  }
  return out;
}

// Every "AWS::Serverless::Name" the text spells.
void add_spelled_names(std::string_view text, std::set<std::string>& names) {
  const auto name_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  for (std::size_t at = text.find(kSamPrefix); at != std::string_view::npos; at = text.find(kSamPrefix, at + 1)) {
    std::size_t end = at + kSamPrefix.size();
    while (end < text.size() && name_char(text[end])) ++end;
    if (end > at + kSamPrefix.size()) names.insert(std::string(text.substr(at, end - at)));
  }
}

class Overlay {
 public:
  Overlay(Spec& spec, Pages pages) : spec_(spec), pages_(std::move(pages)) {}

  void apply() {
    // SAM type names as the specification and the documentation spell them.
    std::set<std::string> names;
    for (const auto& [key, def] : spec_.resource_types)
      if (key.starts_with(kSamPrefix)) names.insert(key);
    for (const auto& [page, properties] : pages_)
      for (const auto& [name, text] : properties) add_spelled_names(text, names);
    for (const auto& [page, properties] : pages_) {
      if (!page.starts_with("sam-resource-")) continue;
      const std::string wanted = page.substr(std::string_view("sam-resource-").size());
      const auto name = std::find_if(names.begin(), names.end(), [&](const std::string& n) {
        return lower(std::string_view(n).substr(kSamPrefix.size())) == wanted;
      });
      if (name == names.end()) continue;  // the documentation never spells the type's name
      auto [it, added] = spec_.resource_types.try_emplace(*name);
      if (added) it->second.key = *name;
      merge(it->second, page);
    }
  }

 private:
  void merge(TypeDef& def, const std::string& page) {
    if (!visited_.insert(def.key).second) return;
    for (const auto& entry : pages_.at(page)) {
      // Plain references, not structured bindings: clang 14 (the fuzz build) cannot capture a binding.
      const auto& name = entry.first;
      const auto& text = entry.second;
      auto p =
          std::find_if(def.properties.begin(), def.properties.end(), [&](const Property& q) { return q.name == name; });
      if (p == def.properties.end())
        p = std::find_if(def.properties.begin(), def.properties.end(),
                         [&](const Property& q) { return lower(q.name) == lower(name); });
      if (p == def.properties.end()) {
        Property added;
        added.name = name;
        added.shape.primitive = "Json";
        added.update_type = "Mutable";
        def.properties.push_back(std::move(added));
        continue;
      }
      p->name = name;
      const std::vector<std::string> linked = linked_pages(text);
      if (linked.size() != 1 || !pages_.contains(linked.front())) continue;
      std::vector<Shape> shapes = p->alternatives;  // the object among the shapes the property accepts
      shapes.push_back(p->shape);
      for (const Shape& shape : shapes)
        if (const auto type = spec_.property_types.find(shape.type); type != spec_.property_types.end())
          merge(type->second, linked.front());
    }
    std::sort(def.properties.begin(), def.properties.end(),
              [](const auto& a, const auto& b) { return a.name < b.name; });
  }

  Spec& spec_;
  Pages pages_;
  std::set<std::string> visited_;
};

}  // namespace

void apply_sam_docs(Spec& spec, const std::filesystem::path& docs) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(docs.string());
  } catch (const YAML::Exception& e) {
    throw std::runtime_error(docs.string() + ": " + e.what());
  }
  const YAML::Node properties = root["properties"];
  if (!properties || !properties.IsMap()) throw std::runtime_error(docs.string() + ": expected a map 'properties'");
  Pages pages;
  for (const auto& page : properties) {
    if (!page.second.IsMap()) throw std::runtime_error(docs.string() + ": " + page.first.Scalar() + ": expected a map");
    for (const auto& p : page.second) pages[page.first.Scalar()][p.first.Scalar()] = p.second.Scalar();
  }
  Overlay(spec, std::move(pages)).apply();
}

}  // namespace codegen
