#include "cfn/intrinsics.hpp"

#include <algorithm>
#include <array>

namespace cfn {
namespace {

// In FnKind order. Usage strings follow the template reference's syntax sections.
constexpr std::array kFunctions{
    FnTraits{FnKind::Ref, "Ref", "Ref", "the name of a parameter, resource or pseudo parameter", FnResult::Depends,
             true, false},
    FnTraits{FnKind::GetAtt, "Fn::GetAtt", "GetAtt", "[LogicalId, AttributeName] or 'LogicalId.AttributeName'",
             FnResult::Depends, true, false},
    FnTraits{FnKind::Sub, "Fn::Sub", "Sub", "a string or [string, {variables}]", FnResult::String, true, true},
    FnTraits{FnKind::Join, "Fn::Join", "Join", "[Delimiter, [Values]]", FnResult::String, false, true},
    FnTraits{FnKind::Select, "Fn::Select", "Select", "[Index, [Values]]", FnResult::Depends, false, false},
    FnTraits{FnKind::Split, "Fn::Split", "Split", "[Delimiter, SourceString]", FnResult::List, false, false},
    FnTraits{FnKind::If, "Fn::If", "If", "[ConditionName, ValueIfTrue, ValueIfFalse]", FnResult::Depends, true, true},
    FnTraits{FnKind::Base64, "Fn::Base64", "Base64", "a value to encode", FnResult::String, false, true},
    FnTraits{FnKind::GetAZs, "Fn::GetAZs", "GetAZs", "a region, or '' for the stack's", FnResult::List, false, false},
    FnTraits{FnKind::ImportValue, "Fn::ImportValue", "ImportValue", "the name of an exported output", FnResult::String,
             false, false},
    FnTraits{FnKind::FindInMap, "Fn::FindInMap", "FindInMap", "[MapName, TopLevelKey, SecondLevelKey]",
             FnResult::Depends, true, false},
    FnTraits{FnKind::Cidr, "Fn::Cidr", "Cidr", "[IpBlock, Count, CidrBits]", FnResult::List, false, false},
    FnTraits{FnKind::Length, "Fn::Length", "Length", "a list", FnResult::String, false, false},
    FnTraits{FnKind::ToJsonString, "Fn::ToJsonString", "ToJsonString", "a map or a list", FnResult::String, false,
             true},
    FnTraits{FnKind::Equals, "Fn::Equals", "Equals", "[Value1, Value2]", FnResult::Condition, false, false},
    FnTraits{FnKind::And, "Fn::And", "And", "[Condition, ...] (2 to 10)", FnResult::Condition, false, false},
    FnTraits{FnKind::Or, "Fn::Or", "Or", "[Condition, ...] (2 to 10)", FnResult::Condition, false, false},
    FnTraits{FnKind::Not, "Fn::Not", "Not", "[Condition]", FnResult::Condition, false, false},
    FnTraits{FnKind::Condition, "Condition", "Condition", "the name of a condition", FnResult::Condition, true, false},
    FnTraits{FnKind::Transform, "Fn::Transform", "Transform", "{Name: MacroName, Parameters: {...}}", FnResult::Depends,
             false, true},
};
static_assert([] {
  for (std::size_t i = 0; i < kFunctions.size(); ++i)
    if (static_cast<std::size_t>(kFunctions[i].kind) != i) return false;
  return true;
}());

// The functions whose argument is a list of a fixed length (the template
// reference's syntax sections; Fn::FindInMap's fourth item is the
// DefaultValue of AWS::LanguageExtensions).
struct ListArity {
  FnKind kind;
  std::size_t min_items;
  std::size_t max_items;
};
constexpr std::array kListArities{
    ListArity{FnKind::Join, 2, 2},   ListArity{FnKind::Select, 2, 2},    ListArity{FnKind::Split, 2, 2},
    ListArity{FnKind::If, 3, 3},     ListArity{FnKind::FindInMap, 3, 4}, ListArity{FnKind::Cidr, 3, 3},
    ListArity{FnKind::Equals, 2, 2}, ListArity{FnKind::And, 2, 10},      ListArity{FnKind::Or, 2, 10},
    ListArity{FnKind::Not, 1, 1},
};

constexpr std::array<std::string_view, 7> kUnmodelled{
    "Fn::Contains", "Fn::EachMemberEquals", "Fn::EachMemberIn",   "Fn::RefAll",
    "Fn::ValueOf",  "Fn::ValueOfAll",       "Fn::GetStackOutput",
};

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

const FnTraits& fn_traits(FnKind kind) noexcept { return kFunctions[static_cast<std::size_t>(kind)]; }
std::span<const FnTraits> all_fn_traits() noexcept { return kFunctions; }
std::span<const std::string_view> unmodelled_function_names() noexcept { return kUnmodelled; }

std::string long_form_of_tag(std::string_view tag) {
  if (const auto kind = fn_from_tag(tag)) return std::string(fn_name(*kind));  // Ref, Condition
  return "Fn::" + std::string(tag);
}

std::string_view fn_name(FnKind kind) noexcept { return fn_traits(kind).name; }
std::string_view fn_tag(FnKind kind) noexcept { return fn_traits(kind).tag; }

std::optional<FnKind> fn_from_name(std::string_view long_name) noexcept {
  for (const FnTraits& f : kFunctions)
    if (f.name == long_name) return f.kind;
  return std::nullopt;
}

std::optional<FnKind> fn_from_tag(std::string_view tag) noexcept {
  for (const FnTraits& f : kFunctions)
    if (f.tag == tag) return f.kind;
  return std::nullopt;
}

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

// ---- views ----

std::optional<std::pair<std::string_view, std::string_view>> split_get_att(std::string_view text) noexcept {
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  return std::pair{text.substr(0, dot), text.substr(dot + 1)};
}

GetAttView::GetAttView(const Value& argument) noexcept {
  if (argument.is_string()) {
    const auto parts = split_get_att(argument.as_string());
    if (!parts || parts->first.empty() || parts->second.empty()) return;
    resource_ = attribute_ = &argument;
    resource_name_ = parts->first;
    attribute_name_ = parts->second;
    well_formed_ = true;
    return;
  }
  if (!argument.is_list() || argument.as_list().size() != 2) return;
  const Value& resource = argument.as_list()[0];
  const Value& attribute = argument.as_list()[1];
  auto part = [](const Value& v) { return v.is_fn() || (v.is_string() && !v.as_string().empty()); };
  if (!part(resource) || !part(attribute)) return;
  resource_ = &resource;
  attribute_ = &attribute;
  if (resource.is_string()) resource_name_ = resource.as_string();
  if (attribute.is_string()) attribute_name_ = attribute.as_string();
  well_formed_ = true;
}

std::optional<std::string> GetAttView::dotted() const {
  if (!literal_resource() || !literal_attribute() || resource_name_.find('.') != std::string_view::npos)
    return std::nullopt;
  return std::string(resource_name_) + "." + std::string(attribute_name_);
}

std::vector<SubPart> parse_sub(std::string_view s) {
  std::vector<SubPart> parts;
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t open = s.find("${", i);
    if (open == std::string_view::npos) {
      parts.push_back({SubPart::Kind::Text, s.substr(i), i});
      break;
    }
    if (open > i) parts.push_back({SubPart::Kind::Text, s.substr(i, open - i), i});
    const std::size_t close = s.find('}', open + 2);
    if (close == std::string_view::npos) {
      parts.push_back({SubPart::Kind::Unterminated, s.substr(open + 2), open});
      break;
    }
    const std::string_view body = s.substr(open + 2, close - open - 2);
    if (body.starts_with('!')) {
      parts.push_back({SubPart::Kind::Escaped, body.substr(1), open});
    } else {
      parts.push_back({SubPart::Kind::Variable, body, open});
    }
    i = close + 1;
  }
  return parts;
}

bool is_valid_sub_variable_name(std::string_view name) noexcept {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == ':';
  });
}

SubView::SubView(const Value& argument) {
  if (argument.is_string()) {
    text_ = &argument;
    well_formed_ = true;
  } else if (argument.is_list() && argument.as_list().size() == 2) {
    list_form_ = true;
    text_ = &argument.as_list()[0];
    variables_node_ = &argument.as_list()[1];
    if (variables_node_->is_map()) variables_ = &variables_node_->as_map();
    well_formed_ = text_->is_string() && variables_ != nullptr;
  }
  if (well_formed_) parts_ = parse_sub(text_->as_string());
}

std::string_view SubView::text() const noexcept {
  return well_formed_ ? std::string_view(text_->as_string()) : std::string_view();
}

bool SubView::declares(std::string_view name) const noexcept {
  return variables_ != nullptr && variables_->contains(name);
}

RefView::RefView(const Value& argument) noexcept {
  if (!argument.is_string()) return;
  name_ = argument.as_string();
  well_formed_ = true;
}

std::vector<NameReference> named_references(const SubView& sub) {
  std::vector<NameReference> out;
  for (const SubPart& part : sub.parts()) {
    if (part.kind != SubPart::Kind::Variable || sub.declares(part.text)) continue;
    if (const auto dotted = split_get_att(part.text)) {  // ${Resource.Attribute}
      out.push_back({dotted->first, dotted->second});
    } else {
      out.push_back({part.text, {}});
    }
  }
  return out;
}

std::vector<NameReference> named_references(const Fn& fn) {
  switch (fn.kind()) {
    case FnKind::Ref:
      if (const RefView ref(fn.argument()); ref.well_formed()) return {{ref.name(), {}}};
      return {};
    case FnKind::GetAtt:
      if (const GetAttView att(fn.argument()); att.literal_resource()) return {{att.resource(), att.attribute()}};
      return {};
    case FnKind::Sub:
      return named_references(SubView(fn.argument()));
    default:
      return {};
  }
}

bool is_no_value(const Value& v) noexcept {
  return v.is_fn(FnKind::Ref) && RefView(v.as_fn().argument()).name() == "AWS::NoValue";
}

std::optional<std::string> argument_shape_problem(FnKind kind, const Value& argument) {
  const auto arity =
      std::find_if(kListArities.begin(), kListArities.end(), [kind](const ListArity& a) { return a.kind == kind; });
  if (arity == kListArities.end()) return std::nullopt;
  const FnTraits& traits = fn_traits(kind);
  const std::string takes = std::string(traits.name) + " takes " + std::string(traits.usage) + ", not ";
  if (!argument.is_list()) return takes + describe_kind(argument);
  const List& items = argument.as_list();
  if (items.size() < arity->min_items || items.size() > arity->max_items)
    return takes + "a list of " + std::to_string(items.size()) + (items.size() == 1 ? " item" : " items");
  if (kind != FnKind::Join) return std::nullopt;
  // "For the Fn::Join delimiter, you can't use any functions."
  if (!items[0].is_string()) return takes + "a delimiter that is " + describe_kind(items[0]);
  const Value& values = items[1];
  if (values.is_list()) return std::nullopt;
  if (values.is_fn() && fn_traits(values.as_fn().kind()).result != FnResult::String &&
      fn_traits(values.as_fn().kind()).result != FnResult::Condition)
    return std::nullopt;  // Fn::GetAZs, Fn::Split, a Ref to a list parameter, Fn::If...: a list at deployment
  return takes + "values that are " + describe_kind(values);
}

DependsOnView::DependsOnView(const Value* depends_on) noexcept {
  if (depends_on == nullptr) return;
  if (depends_on->is_list()) {
    list_ = true;
    entries_ = depends_on->as_list();
  } else {
    entries_ = std::span<const Value>(depends_on, 1);
  }
}

}  // namespace cfn
