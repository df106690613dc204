// E3012: every property value has a shape the specification allows: a
// string where a string belongs, a list where a list belongs, and so on, at
// any depth. CloudFormation converts scalars (80 and "80" are both a fine
// String, "80" a fine Integer), so only what it cannot convert is reported.
// Intrinsics are judged by what they return when that is certain.
#include <cctype>
#include <cstdlib>

#include "cfn/intrinsics.hpp"
#include "lint/context.hpp"
#include "lint/property_walk.hpp"

namespace cfn::detail::checks {
namespace e3012 {

using schema::Shape;

bool is_scalar_shape(Shape s) { return s != Shape::Object && s != Shape::List && s != Shape::Map; }

bool is_integer_text(const std::string& s) {
  std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

bool is_number_text(const std::string& s) {
  if (s.empty()) return false;
  char* end = nullptr;
  std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size();
}

bool is_boolean_text(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s == "true" || s == "false";
}

bool accepts(const Value& v, const schema::TypeRef& type) {
  const Shape s = type.shape;
  if (s == Shape::Json) return true;
  switch (v.kind()) {
    case Value::Kind::Fn:
      switch (fn_traits(v.as_fn().kind()).result) {
        case FnResult::String:
        case FnResult::Condition:
          return is_scalar_shape(s);
        case FnResult::List:
          return s == Shape::List;
        case FnResult::Depends:  // Ref, GetAtt, Select, FindInMap, If...: what they point at decides
          return true;
      }
      return true;
    case Value::Kind::Null:
      return false;
    case Value::Kind::Bool:
      return s == Shape::Boolean || s == Shape::String;
    case Value::Kind::Int:
      return s == Shape::Integer || s == Shape::Double || s == Shape::String || s == Shape::Timestamp;
    case Value::Kind::Double:
      return s == Shape::Double || s == Shape::String ||
             (s == Shape::Integer && v.as_double() == static_cast<double>(static_cast<long long>(v.as_double())));
    case Value::Kind::Numeral:
      return s == Shape::Double || s == Shape::String || (s == Shape::Integer && v.as_numeral().is_integer());
    case Value::Kind::String:
      switch (s) {
        case Shape::String:
        case Shape::Timestamp:
          return true;
        case Shape::Integer:
          return is_integer_text(v.as_string());
        case Shape::Double:
          return is_number_text(v.as_string());
        case Shape::Boolean:
          return is_boolean_text(v.as_string());
        default:
          return false;
      }
    case Value::Kind::List:
      return s == Shape::List;
    case Value::Kind::Map:
      return s == Shape::Object || s == Shape::Map;
  }
  return false;
}

std::string describe_value(const Value& v) {
  if (v.is_string())
    return "string '" + (v.as_string().size() > 40 ? v.as_string().substr(0, 40) + "..." : v.as_string()) + "'";
  return describe_kind(v);
}

class Shapes : public PropertyVisitor {
 public:
  Shapes(Context& ctx, const RuleInfo& rule) : ctx_(ctx), rule_(rule) {}

  void value(const Value& v, std::span<const schema::TypeRef> shapes, const Path& path) override {
    // Fn::If is judged branch by branch; AWS::NoValue removes the property.
    if (v.is_fn(FnKind::If) || is_no_value(v)) return;
    std::string expected;
    for (const schema::TypeRef& shape : shapes) {
      if (accepts(v, shape)) return;
      expected += (expected.empty() ? "" : " or ") + schema::describe(shape);
    }
    ctx_.report(rule_, v.mark(), path, "expected " + expected + ", got " + describe_value(v));
  }

 private:
  Context& ctx_;
  const RuleInfo& rule_;
};

void check(Context& ctx, const RuleInfo& rule) {
  Shapes visitor(ctx, rule);
  walk_properties(ctx, visitor);
}

}  // namespace e3012

extern const Rule kE3012{
    {.code = "E3012",
     .severity = Severity::Error,
     .title = "Property values have the shape the specification gives",
     .description = "Property values have a shape the specification allows (a list where a list belongs...), at any "
                    "depth; both branches of Fn::If. CloudFormation cannot convert them. Scalars it converts (\"80\" "
                    "for an integer) pass. cfn-lint: E3012.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-resource-specification.html"},
    e3012::check};

}  // namespace cfn::detail::checks
