// E3901: EC2 user data is at most 16 KB (16,384 bytes) before base64
// encoding. Judged for AWS::EC2::Instance UserData, AWS::EC2::LaunchTemplate
// LaunchTemplateData.UserData and AWS::AutoScaling::LaunchConfiguration
// UserData when the size is known from the template: a literal (already
// base64, as these properties take it: its decoded size), or Fn::Base64 of a
// literal, a Fn::Sub (its text without the variables, which only add) or a
// Fn::Join of those. What comes from parameters is not counted, so a
// finding is certain.
// Source: instancedata-add-user-data.html ("User data is limited to 16 KB, in
// raw form, before it is base64-encoded"); the facts file section 3.1.
#include "cfn/intrinsics.hpp"
#include "cfn/limits.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e3901 {

/// The fewest bytes `v` can stand for; 0 when unknown.
std::size_t min_size(const Value& v) {
  if (v.is_string()) return v.as_string().size();
  if (v.is_fn(FnKind::Sub)) {
    const SubView sub(v.as_fn().argument());
    std::size_t n = 0;
    for (const SubPart& part : sub.parts()) {  // none when not well formed
      if (part.kind == SubPart::Kind::Text) n += part.text.size();
      if (part.kind == SubPart::Kind::Escaped) n += part.text.size() + 3;  // "${" + text + "}"
      if (part.kind == SubPart::Kind::Unterminated) n += part.text.size() + 2;
    }
    return n;
  }
  if (v.is_fn(FnKind::Join)) {
    const Value& a = v.as_fn().argument();
    if (!a.is_list() || a.as_list().size() != 2 || !a.as_list()[0].is_string() || !a.as_list()[1].is_list()) return 0;
    const List& items = a.as_list()[1].as_list();
    std::size_t n = items.empty() ? 0 : a.as_list()[0].as_string().size() * (items.size() - 1);
    for (const Value& item : items) n += min_size(item);
    return n;
  }
  return 0;
}

/// The decoded size of a base64 literal; its length when it is not base64.
std::size_t decoded_size(const std::string& s) {
  std::size_t padding = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool b64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    if (c == '=' && i + 2 >= s.size()) {
      ++padding;
      continue;
    }
    if (!b64) return s.size();
  }
  if (s.size() % 4 != 0) return s.size();
  return s.size() / 4 * 3 - padding;
}

std::size_t user_data_size(const Value& v) {
  if (v.is_string()) return decoded_size(v.as_string());
  if (v.is_fn(FnKind::Base64)) return min_size(v.as_fn().argument());
  return 0;
}

void check_value(Context& ctx, const RuleInfo& rule, const Value* v, const Path& path) {
  if (v == nullptr) return;
  const std::size_t size = user_data_size(*v);
  if (size > limits::kUserDataBytes)
    ctx.report(rule, v->mark(), path,
               "user data is " + std::string(v->is_string() ? "" : "at least ") + std::to_string(size) +
                   " bytes before base64; EC2 accepts at most " + std::to_string(limits::kUserDataBytes));
}

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    if (r.type == "AWS::EC2::Instance" || r.type == "AWS::AutoScaling::LaunchConfiguration") {
      check_value(ctx, rule, r.property("UserData"), r.path / "Properties" / "UserData");
    } else if (r.type == "AWS::EC2::LaunchTemplate") {
      const Value* data = r.property("LaunchTemplateData");
      if (data != nullptr && data->is_map())
        check_value(ctx, rule, data->find("UserData"), r.path / "Properties" / "LaunchTemplateData" / "UserData");
    }
  }
}

}  // namespace e3901

extern const Rule kE3901{
    {.code = "E3901",
     .severity = Severity::Error,
     .title = "EC2 user data is at most 16 KB",
     .description = "EC2 user data (AWS::EC2::Instance UserData, AWS::EC2::LaunchTemplate "
                    "LaunchTemplateData.UserData, AWS::AutoScaling::LaunchConfiguration UserData) is at most 16,384 "
                    "bytes before base64, when its size is known: a literal (already base64: its decoded size), or "
                    "Fn::Base64 of a literal, a Sub (its text without variables, a lower bound) or a Join of those. "
                    "EC2 rejects larger user data. What parameters add is not counted, so a finding is certain.",
     .source = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-add-user-data.html"},
    e3901::check};

}  // namespace cfn::detail::checks
