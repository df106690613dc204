#include "cfn/sub.hpp"

#include <algorithm>

#include "cfn/intrinsics.hpp"
#include "cfn/limits.hpp"
#include "text/position.hpp"

namespace cfn {

SubNames::SubNames(const Template& tpl) {
  for (const Member& p : tpl.parameters()) add(p.key);
  for (const Member& r : tpl.resources()) add_resource(r.key);
}

SubNames& SubNames::add(std::string_view name) {
  names_.emplace(name);
  return *this;
}

SubNames& SubNames::add_resource(std::string_view logical_id) {
  resources_.emplace(logical_id);
  return *this;
}

bool SubNames::declares(std::string_view name) const {
  if (is_pseudo_parameter(name) || names_.contains(name) || resources_.contains(name)) return true;
  const auto attribute = split_get_att(name);
  return attribute && !attribute->second.empty() && resources_.contains(attribute->first) &&
         is_valid_sub_variable_name(name);
}

std::string escape_for_sub(std::string_view text, const SubNames& names) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (const SubPart& part : parse_sub(text)) {
    switch (part.kind) {
      case SubPart::Kind::Text:
        out += part.text;
        break;
      case SubPart::Kind::Variable:
        out += names.declares(part.text) ? "${" : "${!";
        out += part.text;
        out += '}';
        break;
      case SubPart::Kind::Escaped:  // the text had "${!": keep it literal as "${!!"
        out += "${!!";
        out += part.text;
        out += '}';
        break;
      case SubPart::Kind::Unterminated:
        throw Error(detail::strings::describe_position(text, part.offset) +
                    ": '${' has no closing '}'; CloudFormation does not document how Fn::Sub reads that");
    }
  }
  return out;
}

Value sub_text(std::string_view text, const SubNames& names, Map variables) {
  SubNames scope = names;
  for (const Member& v : variables) scope.add(v.key);
  const auto parts = parse_sub(text);
  const bool substitutes = std::any_of(parts.begin(), parts.end(), [&](const SubPart& p) {
    return p.kind == SubPart::Kind::Variable && scope.declares(p.text);
  });
  if (!substitutes) return std::string(text);
  return sub(escape_for_sub(text, scope), std::move(variables));
}

Fn user_data(std::string_view script, const SubNames& names, Map variables) {
  if (script.size() > limits::kUserDataBytes)
    throw Error("user data is " + std::to_string(script.size()) + " bytes; EC2 accepts at most " +
                std::to_string(limits::kUserDataBytes) + " bytes before base64");
  return base64(sub_text(script, names, std::move(variables)));
}

}  // namespace cfn
