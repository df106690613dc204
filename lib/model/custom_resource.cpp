#include "cfn/custom_resource.hpp"

#include <algorithm>

#include "cfn/limits.hpp"
#include "cfn/resource.hpp"

namespace cfn {
namespace {

bool valid_custom_name(std::string_view name) {
  return !name.empty() && name.size() <= limits::kCustomTypeNameLength &&
         std::all_of(name.begin(), name.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '@' ||
                  c == '-';
         });
}

}  // namespace

CustomResource::CustomResource(std::string type) : type_(std::move(type)) {
  if (type_ == "AWS::CloudFormation::CustomResource") return;
  if (!type_.starts_with("Custom::") || !valid_custom_name(std::string_view(type_).substr(8)))
    throw Error("custom resource type '" + type_ +
                "' must be AWS::CloudFormation::CustomResource or Custom:: followed by 1 to 60 letters, digits, _, @ "
                "or -");
}

CustomResource& CustomResource::ServiceToken(Str token) {
  if (token.value().is_null()) detail::null_property(type_, "ServiceToken");
  properties_.set("ServiceToken", std::move(token).value());
  return *this;
}

CustomResource& CustomResource::ServiceTimeout(Int seconds) {
  const Value& v = seconds.value();
  if (v.is_int() && (v.as_int() < 1 || v.as_int() > 3600))
    throw Error("ServiceTimeout must be 1 to 3600 seconds, got " + std::to_string(v.as_int()));
  properties_.set("ServiceTimeout", std::move(seconds).value());
  return *this;
}

CustomResource& CustomResource::property(std::string_view name, Json value) {
  if (name == "ServiceToken" || name == "ServiceTimeout")
    throw Error("set " + std::string(name) + " with its own setter, which checks it");
  if (value.value().is_null()) detail::null_property(type_, name);
  properties_.set(name, std::move(value).value());
  return *this;
}

}  // namespace cfn
