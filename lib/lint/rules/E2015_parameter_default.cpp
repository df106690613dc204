// E2015: a parameter's Default satisfies the parameter's own constraints:
// AllowedValues, AllowedPattern (the whole value must match), MinLength /
// MaxLength for strings, MinValue / MaxValue for numbers. For list types
// (CommaDelimitedList, List<...>) each item of the Default is judged.
// CloudFormation rejects a stack whose parameter value breaks them, and the
// Default is the value when none is given.
// Source: parameters-section-structure.html (the properties of a parameter); cfn-lint E2015.
#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>

#include "cfn/scalar_equivalence.hpp"
#include "cfn/template_view.hpp"
#include "lint/constraint_walk.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e2015 {

std::vector<std::string> items_of(const std::string& value, bool list) {
  if (!list) return {value};
  std::vector<std::string> out;
  for (std::size_t begin = 0;;) {
    const std::size_t comma = value.find(',', begin);
    std::string item = value.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    out.push_back(std::move(item));
    if (comma == std::string::npos) return out;
    begin = comma + 1;
  }
}

std::optional<double> number(const Value* v) {
  if (v == nullptr) return std::nullopt;
  const std::optional<std::string> text = cloudformation_string(*v);
  if (!text || text->empty()) return std::nullopt;
  char* end = nullptr;
  const double d = std::strtod(text->c_str(), &end);
  return end == text->c_str() + text->size() ? std::optional<double>(d) : std::nullopt;
}

class DefaultCheck {
 public:
  DefaultCheck(Context& ctx, const RuleInfo& rule, const Member& parameter)
      : ctx_(ctx), rule_(rule), name_(parameter.key), body_(parameter.value.as_map()) {}

  void run() {
    const Value* def = body_.find("Default");
    if (def == nullptr) return;
    const std::optional<std::string> text = cloudformation_string(*def);
    if (!text) return;
    const Value* type = body_.find("Type");
    const std::string_view type_name =
        type != nullptr && type->is_string() ? std::string_view{type->as_string()} : std::string_view{};
    const bool list = type_name == "CommaDelimitedList" || type_name.starts_with("List<");
    mark_ = def->mark();
    for (const std::string& item : items_of(*text, list)) judge(item, list);
  }

 private:
  void report(const std::string& message) {
    ctx_.report(rule_, mark_, Path{"Parameters", name_, "Default"},
                "the Default of parameter '" + name_ + "' " + message);
  }

  void judge(const std::string& item, bool list) {
    const std::string shown = quote_value(item) + (list ? " (an item)" : "");
    if (const Value* allowed = body_.find("AllowedValues"); allowed != nullptr && allowed->is_list()) {
      bool literal = true, found = false;
      std::string listed;
      for (const Value& a : allowed->as_list()) {
        const std::optional<std::string> t = cloudformation_string(a);
        if (!t)
          literal = false;
        else {
          found = found || *t == item;
          listed += (listed.empty() ? "" : ", ") + *t;
        }
      }
      if (literal && !found) report(shown + " is not one of its AllowedValues: " + listed);
    }
    if (const Value* pattern = body_.find("AllowedPattern"); pattern != nullptr && pattern->is_string()) {
      RE2::Options options;
      options.set_log_errors(false);
      const RE2 re(pattern->as_string(), options);  // what RE2 cannot read (lookaround) is not judged
      if (re.ok() && !RE2::FullMatch(item, re))
        report(shown + " does not match its AllowedPattern '" + pattern->as_string() + "'");
    }
    if (const auto least = number(body_.find("MinLength")); least && static_cast<double>(item.size()) < *least)
      report(shown + " is shorter than its MinLength " + *cloudformation_string(*body_.find("MinLength")));
    if (const auto most = number(body_.find("MaxLength")); most && static_cast<double>(item.size()) > *most)
      report(shown + " is longer than its MaxLength " + *cloudformation_string(*body_.find("MaxLength")));
    const Value fake(item);
    const std::optional<double> n = number(&fake);
    if (const auto least = number(body_.find("MinValue")); least && n && *n < *least)
      report(shown + " is less than its MinValue " + *cloudformation_string(*body_.find("MinValue")));
    if (const auto most = number(body_.find("MaxValue")); most && n && *n > *most)
      report(shown + " is greater than its MaxValue " + *cloudformation_string(*body_.find("MaxValue")));
  }

  Context& ctx_;
  const RuleInfo& rule_;
  const std::string& name_;
  const Map& body_;
  Mark mark_;
};

void check(Context& ctx, const RuleInfo& rule) {
  const Map* parameters = ctx.view().section("Parameters");
  if (parameters == nullptr) return;
  for (const Member& p : *parameters)
    if (p.value.is_map()) DefaultCheck(ctx, rule, p).run();
}

}  // namespace e2015

extern const Rule kE2015{
    {.code = "E2015",
     .severity = Severity::Error,
     .title = "Parameter defaults satisfy the parameter's constraints",
     .description = "A parameter's Default satisfies its AllowedValues, AllowedPattern (the whole value matches; "
                    "RE2: a pattern it cannot read is not judged), MinLength/MaxLength and MinValue/MaxValue; for "
                    "CommaDelimitedList and List<...> types, each item. CloudFormation rejects the stack when the "
                    "Default is used. cfn-lint: E2015.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html"},
    e2015::check};

}  // namespace cfn::detail::checks
