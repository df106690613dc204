#include "cfn/arn.hpp"

#include "cfn/intrinsics.hpp"
#include "cfn/schema.hpp"
#include "cfn/sub.hpp"

namespace cfn::arn {
namespace {

// How `value` appears inside the Sub string, adding a variable when it cannot
// be written inline.
std::string placeholder(std::string_view name, const Value& value, Map& variables) {
  // ${X.y} reads back as a GetAtt (split at the first dot): a name with a dot
  // is no Ref there, and a GetAtt is inline only when it reads back the same.
  if (value.is_fn(FnKind::Ref))
    if (const RefView ref(value.as_fn().argument());
        ref.well_formed() && ref.name().find('.') == std::string_view::npos)
      return "${" + std::string(ref.name()) + "}";
  if (value.is_fn(FnKind::GetAtt))
    if (const auto dotted = GetAttView(value.as_fn().argument()).dotted()) return "${" + *dotted + "}";
  if (value.is_string() && value.as_string().find("${") == std::string::npos) return value.as_string();
  variables.set(name, value);
  return "${" + std::string(name) + "}";
}

// The Sub of `text`, whose ${name} of each variable is written inline when
// the value allows it (see placeholder); the others stay variables.
Fn sub_inlining(std::string_view text, const Map& variables) {
  std::string out;
  Map kept;
  for (const SubPart& part : parse_sub(text)) {
    const Value* v = part.kind == SubPart::Kind::Variable ? variables.find(part.text) : nullptr;
    if (v != nullptr) {
      out += placeholder(part.text, *v, kept);
    } else if (part.kind == SubPart::Kind::Variable) {
      out += "${" + std::string(part.text) + "}";
    } else if (part.kind == SubPart::Kind::Escaped) {
      out += "${!" + std::string(part.text) + "}";
    } else {
      out += part.kind == SubPart::Kind::Unterminated ? "${" + std::string(part.text) : std::string(part.text);
    }
  }
  return sub(out, std::move(kept));
}

}  // namespace

Fn regional(std::string_view service, std::string_view resource, Map variables) {
  return sub_inlining(
      "arn:${AWS::Partition}:" + std::string(service) + ":${AWS::Region}:${AWS::AccountId}:" + std::string(resource),
      variables);
}

Fn global(std::string_view service, std::string_view resource, Map variables) {
  return sub_inlining("arn:${AWS::Partition}:" + std::string(service) + "::${AWS::AccountId}:" + std::string(resource),
                      variables);
}

Fn for_type(std::string_view resource_type, const Map& values) {
  const auto type = schema::find_resource_type(resource_type);
  if (!type) throw Error("arn::for_type: unknown resource type '" + std::string(resource_type) + "'");
  if (type->arn_template().empty())
    throw Error("arn::for_type: the specification gives no ARN format for " + std::string(resource_type));
  std::string out;
  Map variables;
  for (const SubPart& part : parse_sub(type->arn_template())) {
    if (part.kind != SubPart::Kind::Variable) {
      out += part.text;
      continue;
    }
    if (part.text == "Partition") {
      out += "${AWS::Partition}";
    } else if (part.text == "Region") {
      out += "${AWS::Region}";
    } else if (part.text == "Account") {
      out += "${AWS::AccountId}";
    } else if (const Value* v = values.find(part.text)) {
      out += placeholder(part.text, *v, variables);
    } else {
      throw Error("arn::for_type: " + std::string(resource_type) + " needs a value for ${" + std::string(part.text) +
                  "} (" + std::string(type->arn_template()) + ")");
    }
  }
  return sub(out, std::move(variables));
}

}  // namespace cfn::arn
