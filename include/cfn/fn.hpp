// Builders for CloudFormation intrinsic functions and pseudo parameters.
// Each returns a cfn::Fn node (never an encoded string), which converts to
// cfn::Value wherever a value goes:
//
//   cfn::sub("arn:${AWS::Partition}:s3:::${Bucket}/*")
//   cfn::join(",", {cfn::ref("A"), "b"})
//   cfn::if_("IsProd", "m5.large", cfn::pseudo::no_value())
#pragma once

#include <span>
#include <string_view>

#include "cfn/value.hpp"

namespace cfn {

[[nodiscard]] Fn ref(std::string_view logical_id);
[[nodiscard]] Fn get_att(std::string_view logical_id, std::string_view attribute);
/// Attribute given by an intrinsic (allowed: Ref to a parameter).
[[nodiscard]] Fn get_att(std::string_view logical_id, Fn attribute);
[[nodiscard]] Fn sub(std::string_view text);
[[nodiscard]] Fn sub(std::string_view text, Map variables);
[[nodiscard]] Fn join(std::string_view delimiter, List items);
/// Joins a list produced by a function (Fn::Split, Fn::GetAZs, a list parameter...).
[[nodiscard]] Fn join(std::string_view delimiter, Fn items);
[[nodiscard]] Fn select(Value index, Value list);
[[nodiscard]] Fn split(std::string_view delimiter, Value source);
[[nodiscard]] Fn if_(std::string_view condition, Value if_true, Value if_false);
[[nodiscard]] Fn base64(Value value);
/// Fn::GetAZs; the empty string means the stack's region.
[[nodiscard]] Fn get_azs(Value region = "");
[[nodiscard]] Fn import_value(Value export_name);
[[nodiscard]] Fn find_in_map(Value map_name, Value top_level_key, Value second_level_key);
[[nodiscard]] Fn cidr(Value ip_block, Value count, Value cidr_bits);
[[nodiscard]] Fn length(Value list);
[[nodiscard]] Fn to_json_string(Value value);
[[nodiscard]] Fn equals(Value a, Value b);
[[nodiscard]] Fn and_(List conditions);
[[nodiscard]] Fn or_(List conditions);
[[nodiscard]] Fn not_(Value condition);
/// Reference to a named condition, for use inside Fn::And/Or/Not.
[[nodiscard]] Fn condition(std::string_view name);
[[nodiscard]] Fn transform(std::string_view macro_name, Map parameters);

/// The pseudo parameters, as Ref nodes.
namespace pseudo {
[[nodiscard]] Fn account_id();
[[nodiscard]] Fn notification_arns();
[[nodiscard]] Fn no_value();
[[nodiscard]] Fn partition();
[[nodiscard]] Fn region();
[[nodiscard]] Fn stack_id();
[[nodiscard]] Fn stack_name();
[[nodiscard]] Fn url_suffix();
}  // namespace pseudo

/// "AWS::AccountId", ..., "AWS::URLSuffix".
[[nodiscard]] std::span<const std::string_view> pseudo_parameter_names() noexcept;
[[nodiscard]] bool is_pseudo_parameter(std::string_view name) noexcept;

/// Logical ids (resources, parameters, outputs, conditions, mappings) are
/// 1 to 255 ASCII letters and digits.
[[nodiscard]] bool is_valid_logical_id(std::string_view id) noexcept;
/// Throws cfn::Error naming the id and what is wrong with it.
void check_logical_id(std::string_view id, std::string_view what);

}  // namespace cfn
