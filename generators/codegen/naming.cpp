#include "naming.hpp"

#include <algorithm>
#include <cctype>
#include <span>

#include "spec.hpp"

namespace codegen {
namespace {

constexpr std::string_view kKeywords[] = {
    "alignas",     "alignof",   "and",        "and_eq",    "asm",      "auto",         "bitand",
    "bitor",       "bool",      "break",      "case",      "catch",    "char",         "char8_t",
    "char16_t",    "char32_t",  "class",      "compl",     "concept",  "const",        "consteval",
    "constexpr",   "constinit", "const_cast", "continue",  "co_await", "co_return",    "co_yield",
    "decltype",    "default",   "delete",     "do",        "double",   "dynamic_cast", "else",
    "enum",        "explicit",  "export",     "extern",    "false",    "float",        "for",
    "friend",      "goto",      "if",         "inline",    "int",      "long",         "mutable",
    "namespace",   "new",       "noexcept",   "not",       "not_eq",   "nullptr",      "operator",
    "or",          "or_eq",     "private",    "protected", "public",   "register",     "reinterpret_cast",
    "requires",    "return",    "short",      "signed",    "sizeof",   "static",       "static_assert",
    "static_cast", "struct",    "switch",     "template",  "this",     "thread_local", "throw",
    "true",        "try",       "typedef",    "typeid",    "typename", "union",        "unsigned",
    "using",       "virtual",   "void",       "volatile",  "wchar_t",  "while",        "xor",
    "xor_eq",      "import",    "module",     "final",     "override", "assert",
};

// Members of cfn::ResourceObject / cfn::PropertyObject and the nested Handle class.
constexpr std::string_view kObjectMembers[] = {"type",         "type_name", "properties", "put",
                                               "set_property", "to_value",  "Handle"};
constexpr std::string_view kHandleMembers[] = {"ref", "get_att", "logical_id", "type"};

bool contains(std::span<const std::string_view> words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string safe(std::string name) { return is_cpp_keyword(name) ? name + "_" : name; }

}  // namespace

bool is_cpp_keyword(std::string_view word) { return contains(kKeywords, word); }

ServiceName service_of(std::string_view type_key) {
  const std::string_view resource = type_key.substr(0, type_key.find('.'));
  const std::size_t last = resource.rfind("::");
  const std::string_view service = resource.substr(0, last);  // "AWS::EC2"
  const std::size_t sep = service.find("::");
  const std::string vendor = safe(lower(service.substr(0, sep)));
  const std::string name = safe(lower(service.substr(sep + 2)));
  return {std::string(service), "cfn::" + vendor + "::" + name, "cfn/" + vendor + "/" + name + ".hpp"};
}

std::string class_name(std::string_view type_key) {
  if (type_key == "Tag") return "cfn::Tag";
  const std::size_t dot = type_key.find('.');
  const std::string_view resource = type_key.substr(0, dot);
  std::string name(resource.substr(resource.rfind("::") + 2));
  if (dot != std::string_view::npos) {
    name += '_';
    name += type_key.substr(dot + 1);
  }
  std::replace(name.begin(), name.end(), '.', '_');
  return safe(name);
}

std::string setter_name(std::string_view property, std::string_view class_name) {
  std::string name(property);
  if (is_cpp_keyword(name) || contains(kObjectMembers, name) || name == class_name) name += '_';
  return name;
}

std::string attribute_accessor(std::string_view attribute) {
  std::string name(attribute);
  std::replace(name.begin(), name.end(), '.', '_');
  if (is_cpp_keyword(name) || contains(kHandleMembers, name) || name == "Handle") name += '_';
  return name;
}

std::string nested_type_name(std::string_view type_key, const TypeDef& resource) {
  std::string name(type_key.substr(type_key.find('.') + 1));
  std::replace(name.begin(), name.end(), '.', '_');
  const std::string owner = class_name(resource.key);
  const auto taken = [&](const std::string& candidate) {
    return is_cpp_keyword(candidate) || contains(kObjectMembers, candidate) || candidate == owner ||
           std::any_of(resource.properties.begin(), resource.properties.end(),
                       [&](const Property& p) { return setter_name(p.name, owner) == candidate; });
  };
  while (taken(name)) name += '_';
  return name;
}

}  // namespace codegen
