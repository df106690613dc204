#include "cfn/fn.hpp"

#include <algorithm>
#include <array>

namespace cfn {
namespace {

void require_nonempty(std::string_view value, std::string_view function, std::string_view what) {
  if (value.empty()) throw Error(std::string(function) + ": " + std::string(what) + " must not be empty");
}

void require_list_or_fn(const Value& v, std::string_view function, std::string_view what) {
  if (!v.is_list() && !v.is_fn())
    throw Error(std::string(function) + ": " + std::string(what) + " must be a list or a function, got " +
                describe_kind(v));
}

constexpr std::array<std::string_view, 8> kPseudoParameters{
    "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",   "AWS::Partition",
    "AWS::Region",    "AWS::StackId",          "AWS::StackName", "AWS::URLSuffix",
};

}  // namespace

Fn ref(std::string_view logical_id) {
  require_nonempty(logical_id, "Ref", "the logical id");
  return Fn(FnKind::Ref, logical_id);
}

Fn get_att(std::string_view logical_id, std::string_view attribute) {
  require_nonempty(logical_id, "Fn::GetAtt", "the logical id");
  require_nonempty(attribute, "Fn::GetAtt", "the attribute name");
  return Fn(FnKind::GetAtt, List{logical_id, attribute});
}

Fn get_att(std::string_view logical_id, Fn attribute) {
  require_nonempty(logical_id, "Fn::GetAtt", "the logical id");
  return Fn(FnKind::GetAtt, List{logical_id, std::move(attribute)});
}

Fn sub(std::string_view text) { return Fn(FnKind::Sub, text); }

Fn sub(std::string_view text, Map variables) {
  if (variables.empty()) return sub(text);
  return Fn(FnKind::Sub, List{text, std::move(variables)});
}

Fn join(std::string_view delimiter, List items) { return Fn(FnKind::Join, List{delimiter, std::move(items)}); }

Fn join(std::string_view delimiter, Fn items) { return Fn(FnKind::Join, List{delimiter, std::move(items)}); }

Fn select(Value index, Value list) {
  if (index.is_int() && index.as_int() < 0) throw Error("Fn::Select: the index must not be negative");
  require_list_or_fn(list, "Fn::Select", "the list");
  return Fn(FnKind::Select, List{std::move(index), std::move(list)});
}

Fn split(std::string_view delimiter, Value source) {
  require_nonempty(delimiter, "Fn::Split", "the delimiter");
  return Fn(FnKind::Split, List{delimiter, std::move(source)});
}

Fn if_(std::string_view condition, Value if_true, Value if_false) {
  require_nonempty(condition, "Fn::If", "the condition name");
  return Fn(FnKind::If, List{condition, std::move(if_true), std::move(if_false)});
}

Fn base64(Value value) { return Fn(FnKind::Base64, std::move(value)); }
Fn get_azs(Value region) { return Fn(FnKind::GetAZs, std::move(region)); }
Fn import_value(Value export_name) { return Fn(FnKind::ImportValue, std::move(export_name)); }

Fn find_in_map(Value map_name, Value top_level_key, Value second_level_key) {
  return Fn(FnKind::FindInMap, List{std::move(map_name), std::move(top_level_key), std::move(second_level_key)});
}

Fn cidr(Value ip_block, Value count, Value cidr_bits) {
  return Fn(FnKind::Cidr, List{std::move(ip_block), std::move(count), std::move(cidr_bits)});
}

Fn length(Value list) {
  require_list_or_fn(list, "Fn::Length", "the argument");
  return Fn(FnKind::Length, std::move(list));
}

Fn to_json_string(Value value) {
  if (!value.is_map() && !value.is_list() && !value.is_fn())
    throw Error("Fn::ToJsonString: the argument must be a map or a list, got " + describe_kind(value));
  return Fn(FnKind::ToJsonString, std::move(value));
}

Fn equals(Value a, Value b) { return Fn(FnKind::Equals, List{std::move(a), std::move(b)}); }

Fn and_(List conditions) {
  if (conditions.size() < 2 || conditions.size() > 10)
    throw Error("Fn::And takes 2 to 10 conditions, got " + std::to_string(conditions.size()));
  return Fn(FnKind::And, std::move(conditions));
}

Fn or_(List conditions) {
  if (conditions.size() < 2 || conditions.size() > 10)
    throw Error("Fn::Or takes 2 to 10 conditions, got " + std::to_string(conditions.size()));
  return Fn(FnKind::Or, std::move(conditions));
}

Fn not_(Value condition) { return Fn(FnKind::Not, List{std::move(condition)}); }

Fn condition(std::string_view name) {
  require_nonempty(name, "Condition", "the condition name");
  return Fn(FnKind::Condition, name);
}

Fn transform(std::string_view macro_name, Map parameters) {
  require_nonempty(macro_name, "Fn::Transform", "the macro name");
  return Fn(FnKind::Transform, Map{{"Name", macro_name}, {"Parameters", std::move(parameters)}});
}

namespace pseudo {
Fn account_id() { return ref("AWS::AccountId"); }
Fn notification_arns() { return ref("AWS::NotificationARNs"); }
Fn no_value() { return ref("AWS::NoValue"); }
Fn partition() { return ref("AWS::Partition"); }
Fn region() { return ref("AWS::Region"); }
Fn stack_id() { return ref("AWS::StackId"); }
Fn stack_name() { return ref("AWS::StackName"); }
Fn url_suffix() { return ref("AWS::URLSuffix"); }
}  // namespace pseudo

std::span<const std::string_view> pseudo_parameter_names() noexcept { return kPseudoParameters; }

bool is_pseudo_parameter(std::string_view name) noexcept {
  return std::find(kPseudoParameters.begin(), kPseudoParameters.end(), name) != kPseudoParameters.end();
}

bool is_valid_logical_id(std::string_view id) noexcept {
  if (id.empty() || id.size() > 255) return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
}

void check_logical_id(std::string_view id, std::string_view what) {
  if (id.empty()) throw Error(std::string(what) + " id must not be empty");
  if (id.size() > 255)
    throw Error(std::string(what) + " id '" + std::string(id.substr(0, 40)) + "...' is " + std::to_string(id.size()) +
                " characters long; the limit is 255");
  if (!is_valid_logical_id(id))
    throw Error(std::string(what) + " id '" + std::string(id) + "' must contain only ASCII letters and digits");
}

}  // namespace cfn
