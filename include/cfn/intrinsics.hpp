/// @file
/// CloudFormation's intrinsic functions: builders that make them, the one
/// table of what each function is (fn_traits), and read-only views that
/// decode the arguments of parsed or built ones, so that every tool reads
/// Fn::GetAtt, Fn::Sub, Ref and DependsOn the same way.
///
/// Builders return a cfn::Fn node (never an encoded string), which converts
/// to cfn::Value wherever a value goes:
///
/// @code
///   cfn::sub("arn:${AWS::Partition}:s3:::${Bucket}/*")
///   cfn::join(",", {cfn::ref("A"), "b"})
///   cfn::if_("IsProd", "m5.large", cfn::pseudo::no_value())
/// @endcode
///
/// Views read what a template holds, in any of its spellings:
///
/// @code
///   if (v.is_fn(cfn::FnKind::GetAtt))
///     if (const cfn::GetAttView att(v.as_fn().argument()); att.well_formed())
///       use(att.resource(), att.attribute());   // "Db", "Endpoint.Address"
/// @endcode
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cfn/value.hpp"

namespace cfn {

/// Ref: a parameter's value, a resource's documented Ref value, or a pseudo parameter.
[[nodiscard]] Fn ref(std::string_view logical_id);
/// Fn::GetAtt: an attribute of a resource.
[[nodiscard]] Fn get_att(std::string_view logical_id, std::string_view attribute);
/// Attribute given by an intrinsic (allowed: Ref to a parameter).
[[nodiscard]] Fn get_att(std::string_view logical_id, Fn attribute);
/// Fn::Sub of text whose `${Name}` are parameters, resources (`${Id.Attribute}`) and pseudo parameters.
[[nodiscard]] Fn sub(std::string_view text);
/// Fn::Sub with a map of its own variables.
[[nodiscard]] Fn sub(std::string_view text, Map variables);
/// Fn::Join of items.
[[nodiscard]] Fn join(std::string_view delimiter, List items);
/// Joins a list produced by a function (Fn::Split, Fn::GetAZs, a list parameter...).
[[nodiscard]] Fn join(std::string_view delimiter, Fn items);
/// Fn::Select: item `index` (from 0) of a list.
[[nodiscard]] Fn select(Value index, Value list);
/// Fn::Split: a string into a list.
[[nodiscard]] Fn split(std::string_view delimiter, Value source);
/// Fn::If on a condition named as text (cfn::if_ takes a ConditionRef too).
[[nodiscard]] Fn if_(std::string_view condition, Value if_true, Value if_false);
/// Fn::Base64 (EC2 user data).
[[nodiscard]] Fn base64(Value value);
/// Fn::GetAZs; the empty string means the stack's region.
[[nodiscard]] Fn get_azs(Value region = "");
/// Fn::ImportValue: an output another stack exports.
[[nodiscard]] Fn import_value(Value export_name);
/// Fn::FindInMap: a value of a mapping.
[[nodiscard]] Fn find_in_map(Value map_name, Value top_level_key, Value second_level_key);
/// Fn::Cidr: `count` address blocks of `cidr_bits` host bits each, carved from `ip_block`.
[[nodiscard]] Fn cidr(Value ip_block, Value count, Value cidr_bits);
/// Fn::Length (AWS::LanguageExtensions): the number of items of a list.
[[nodiscard]] Fn length(Value list);
/// Fn::ToJsonString (AWS::LanguageExtensions): a value as JSON text.
[[nodiscard]] Fn to_json_string(Value value);
/// Fn::Equals, for conditions.
[[nodiscard]] Fn equals(Value a, Value b);
/// Fn::And of 2 to 10 conditions.
[[nodiscard]] Fn and_(List conditions);
/// Fn::Or of 2 to 10 conditions.
[[nodiscard]] Fn or_(List conditions);
/// Fn::Not of a condition.
[[nodiscard]] Fn not_(Value condition);
/// Reference to a named condition, for use inside Fn::And/Or/Not.
[[nodiscard]] Fn condition(std::string_view name);
/// Fn::Transform: a macro applied to a part of the template.
[[nodiscard]] Fn transform(std::string_view macro_name, Map parameters);

/// The pseudo parameters, as Ref nodes.
namespace pseudo {
/// @name Pseudo parameters
//@{
/// Ref of the pseudo parameter of that name (AWS::AccountId, AWS::NotificationARNs, AWS::NoValue, AWS::Partition,
/// AWS::Region, AWS::StackId, AWS::StackName, AWS::URLSuffix).
[[nodiscard]] Fn account_id();
[[nodiscard]] Fn notification_arns();
[[nodiscard]] Fn no_value();
[[nodiscard]] Fn partition();
[[nodiscard]] Fn region();
[[nodiscard]] Fn stack_id();
[[nodiscard]] Fn stack_name();
[[nodiscard]] Fn url_suffix();
//@}
}  // namespace pseudo

/// "AWS::AccountId", ..., "AWS::URLSuffix".
[[nodiscard]] std::span<const std::string_view> pseudo_parameter_names() noexcept;
/// `name` is one of pseudo_parameter_names().
[[nodiscard]] bool is_pseudo_parameter(std::string_view name) noexcept;

/// Logical ids (resources, parameters, outputs, conditions, mappings) are
/// 1 to 255 ASCII letters and digits.
[[nodiscard]] bool is_valid_logical_id(std::string_view id) noexcept;
/// Throws cfn::Error naming the id and what is wrong with it.
void check_logical_id(std::string_view id, std::string_view what);

// ---- what each function is ----

/// What a function gives back, as far as the template alone tells.
enum class FnResult : std::uint8_t {
  String,     ///< Fn::Sub, Fn::Join, Fn::Base64, Fn::ImportValue, Fn::ToJsonString, Fn::Length (a number)
  List,       ///< Fn::GetAZs, Fn::Split, Fn::Cidr
  Condition,  ///< Fn::Equals, Fn::And, Fn::Or, Fn::Not, Condition: true or false, in condition expressions only
  Depends,    ///< Ref, Fn::GetAtt, Fn::Select, Fn::FindInMap, Fn::If, Fn::Transform: whatever they point at
};

/// One row of the function table (sources: the CloudFormation template
/// reference, "Intrinsic function reference").
struct FnTraits {
  FnKind kind;             ///< the function
  std::string_view name;   ///< the long form's key: "Fn::GetAtt", "Ref", "Condition"
  std::string_view tag;    ///< the YAML short form without '!': "GetAtt"
  std::string_view usage;  ///< the documented argument, for messages: "[LogicalId, AttributeName] or ..."
  FnResult result;         ///< what the function gives: a string, a list, a condition...
  /// The argument names parameters, resources, mappings or conditions of
  /// the template (Ref, Fn::GetAtt, Fn::Sub, Fn::FindInMap, Fn::If, Condition).
  bool names_entities;
  /// The argument is data assembled into the result (Fn::Join's items,
  /// Fn::Sub's text and variables, Fn::If's branches, Fn::Base64's and
  /// Fn::ToJsonString's content, Fn::Transform's parameters), as opposed to
  /// a reference or a computation read as one value (Ref, Fn::GetAtt, Fn::Select...).
  bool composite;
};

/// The row of `kind`.
[[nodiscard]] const FnTraits& fn_traits(FnKind kind) noexcept;
/// Every function of the model, in FnKind order.
[[nodiscard]] std::span<const FnTraits> all_fn_traits() noexcept;
/// Documented functions with a short form that FnKind does not model (the
/// rule functions Fn::Contains, Fn::EachMemberEquals, Fn::EachMemberIn,
/// Fn::RefAll, Fn::ValueOf, Fn::ValueOfAll, and Fn::GetStackOutput): their
/// long names. The parser keeps them as a one-key map.
[[nodiscard]] std::span<const std::string_view> unmodelled_function_names() noexcept;
/// The long-form key of the short-form tag `!Name` (given without the '!'),
/// by CloudFormation's rule: "Fn::Name", except Ref and Condition ("Ref").
/// Any name, known or not ("Rain::Embed" gives "Fn::Rain::Embed").
[[nodiscard]] std::string long_form_of_tag(std::string_view tag);

// ---- reading function arguments ----

/// What "A.b.c" names where CloudFormation reads a resource attribute from
/// one string (the long form `Fn::GetAtt: A.b.c`, the short form
/// `!GetAtt A.b.c`, and `${A.b.c}` in Fn::Sub): resource "A", attribute
/// "b.c", split at the first dot. nullopt when there is no dot. Either part
/// may be empty ("A." or ".b"): the views judge that.
[[nodiscard]] std::optional<std::pair<std::string_view, std::string_view>> split_get_att(
    std::string_view text) noexcept;

/// Fn::GetAtt's argument in either spelling: [LogicalId, AttributeName] (each
/// a string, or with AWS::LanguageExtensions a function; the attribute may be
/// a Ref) or "LogicalId.AttributeName" (split_get_att). Dotted attribute names
/// ("Endpoint.Address", "Outputs.Name") are attributes like any other.
class GetAttView {
 public:
  /// Reads `argument` (Fn::GetAtt's); it must outlive the view.
  explicit GetAttView(const Value& argument) noexcept;

  /// Two parts, each a non-empty string or a function.
  [[nodiscard]] bool well_formed() const noexcept { return well_formed_; }
  /// @name Nodes
  //@{
  /// The nodes of the parts, for their marks: in the string form both are
  /// the string. nullptr when not well formed.
  [[nodiscard]] const Value* resource_node() const noexcept { return resource_; }
  [[nodiscard]] const Value* attribute_node() const noexcept { return attribute_; }
  //@}
  /// @name Names
  //@{
  /// The literal names; "" when a part is a function (or not well formed).
  [[nodiscard]] std::string_view resource() const noexcept { return resource_name_; }
  [[nodiscard]] std::string_view attribute() const noexcept { return attribute_name_; }
  //@}
  /// @name Literal parts
  //@{
  /// The part is a literal name (not a function), in a well-formed argument.
  [[nodiscard]] bool literal_resource() const noexcept { return well_formed_ && !resource_name_.empty(); }
  [[nodiscard]] bool literal_attribute() const noexcept { return well_formed_ && !attribute_name_.empty(); }
  //@}
  /// "A.b" when the argument can be written as one dotted string that
  /// split_get_att reads back as the same two parts (the resource has no dot);
  /// nullopt otherwise (["A.b", "c"] stays a list).
  [[nodiscard]] std::optional<std::string> dotted() const;

 private:
  const Value* resource_ = nullptr;
  const Value* attribute_ = nullptr;
  std::string_view resource_name_;
  std::string_view attribute_name_;
  bool well_formed_ = false;
};

/// One piece of a Fn::Sub string, as CloudFormation scans it.
struct SubPart {
  /// What the piece is.
  enum class Kind {
    Text,          ///< literal text
    Variable,      ///< ${name}: `text` is the name
    Escaped,       ///< ${!body}: CloudFormation prints "${" + text + "}"
    Unterminated,  ///< "${" with no closing "}": `text` is the rest of the string
  };
  Kind kind;              ///< what the piece is
  std::string_view text;  ///< see Kind; views into the Sub string
  std::size_t offset;     ///< where the piece starts in the Sub string
};

/// Splits a Sub string into its pieces, left to right: "${" opens a variable
/// that ends at the next "}" (newlines included); "${!" opens a literal.
[[nodiscard]] std::vector<SubPart> parse_sub(std::string_view s);

/// True when CloudFormation accepts `name` as a Sub variable name: letters,
/// digits, '_', '.' and ':' only, not empty.
[[nodiscard]] bool is_valid_sub_variable_name(std::string_view name) noexcept;

/// Fn::Sub's argument in either form, "text" or [text, {Name: value}], with
/// the text split into its parts once.
class SubView {
 public:
  /// Reads `argument` (Fn::Sub's); it must outlive the view.
  explicit SubView(const Value& argument);

  /// A string, or a list of a string and a map.
  [[nodiscard]] bool well_formed() const noexcept { return well_formed_; }
  /// The list form: [text, variables], whether or not its items are well formed.
  [[nodiscard]] bool list_form() const noexcept { return list_form_; }
  /// The string (or, in a malformed list form, what stands in its place); nullptr otherwise.
  [[nodiscard]] const Value* text_node() const noexcept { return text_; }
  /// The list form's second item; nullptr in the string form.
  [[nodiscard]] const Value* variables_node() const noexcept { return variables_node_; }
  /// The variables' map; nullptr in the string form (or when it is not a map).
  [[nodiscard]] const Map* variables() const noexcept { return variables_; }
  /// The text when well formed, else "".
  [[nodiscard]] std::string_view text() const noexcept;
  /// parse_sub(text()); empty when not well formed.
  [[nodiscard]] const std::vector<SubPart>& parts() const noexcept { return parts_; }
  /// A variable of the Sub's own map.
  [[nodiscard]] bool declares(std::string_view name) const noexcept;

 private:
  const Value* text_ = nullptr;
  const Value* variables_node_ = nullptr;
  const Map* variables_ = nullptr;
  bool list_form_ = false;
  bool well_formed_ = false;
  std::vector<SubPart> parts_;
};

/// Ref's argument: the name of a parameter, resource or pseudo parameter.
class RefView {
 public:
  /// Reads `argument` (Ref's); it must outlive the view.
  explicit RefView(const Value& argument) noexcept;
  /// A string.
  [[nodiscard]] bool well_formed() const noexcept { return well_formed_; }
  /// The name; "" when not well formed.
  [[nodiscard]] std::string_view name() const noexcept { return name_; }
  /// The name is a pseudo parameter (AWS::Region...).
  [[nodiscard]] bool pseudo_parameter() const noexcept { return is_pseudo_parameter(name_); }

 private:
  std::string_view name_;
  bool well_formed_ = false;
};

/// A name that a Ref, a Fn::GetAtt or a `${...}` of Fn::Sub refers to:
/// `target` (a resource, parameter or pseudo parameter) and, for Fn::GetAtt
/// and `${Name.Attribute}`, the attribute ("" for Ref, `${Name}`, and a
/// Fn::GetAtt whose attribute is a function).
struct NameReference {
  std::string_view target;     ///< "Bucket", "AWS::Region", "Stage"
  std::string_view attribute;  ///< "Arn", "Endpoint.Address", or ""
};

/// @name Names a function refers to
//@{
/// What `fn` itself refers to, not the functions inside its argument: Ref's
/// name, a Fn::GetAtt's literal resource, each `${Name}` and
/// `${Name.Attribute}` of a Fn::Sub text that its own map does not declare
/// (split at the first dot, as Fn::GetAtt). Nothing for other functions or
/// malformed arguments. Views into the argument: it must outlive the result.
[[nodiscard]] std::vector<NameReference> named_references(const Fn& fn);
/// The `${...}` references of a Fn::Sub already read.
[[nodiscard]] std::vector<NameReference> named_references(const SubView& sub);
//@}

/// True for `!Ref AWS::NoValue`, which removes the property it stands for.
[[nodiscard]] bool is_no_value(const Value& v) noexcept;

/// What is wrong with the argument of a function whose argument is a list of
/// a fixed shape (Fn::Equals: 2 values; Fn::Not: 1 condition; Fn::And and
/// Fn::Or: 2 to 10 conditions; Fn::Join: a literal string delimiter, and a
/// list or a function that gives one), as "Fn::Join takes [Delimiter,
/// [Values]], not ..."; nullopt when it has the shape, or for other functions.
[[nodiscard]] std::optional<std::string> argument_shape_problem(FnKind kind, const Value& argument);

/// A resource's DependsOn attribute: one logical id or a list of them.
class DependsOnView {
 public:
  /// `depends_on` may be nullptr (no DependsOn).
  explicit DependsOnView(const Value* depends_on) noexcept;
  /// Written as a list (each entry's path then has its index).
  [[nodiscard]] bool list_form() const noexcept { return list_; }
  /// The entries: the one value, or the list's items (strings when well formed).
  [[nodiscard]] std::span<const Value> entries() const noexcept { return entries_; }

 private:
  std::span<const Value> entries_;
  bool list_ = false;
};

}  // namespace cfn
