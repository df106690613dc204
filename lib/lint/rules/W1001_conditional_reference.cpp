// W1001: a Ref, Fn::GetAtt, `${...}` of Fn::Sub or DependsOn names a resource that exists in
// every deployment where the reference is evaluated. A resource with a
// Condition exists only when it holds; where the referring resource (its own
// Condition), output (its Condition) or Fn::If branch can be evaluated with
// that condition false, the stack fails ("Unresolved resource dependencies").
// The Conditions are solved (lint/condition_solver.hpp): parameters take
// their AllowedValues, the rest what they are compared with or anything
// else; what the solver cannot tell is not reported. A warning, as in
// cfn-lint: the parameter values that fail may never be used.
// Source: aws-attribute-condition / conditions-section-structure; cfn-lint W1001.
#include <fmt/format.h>

#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/condition_solver.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace w1001 {

using Literal = ConditionSolver::Literal;

// The Condition of a resource's or output's map.
std::optional<std::string_view> condition_of(const Value* entry) {
  if (entry == nullptr || !entry->is_map()) return std::nullopt;
  const Value* c = entry->as_map().find("Condition");
  return c != nullptr && c->is_string() ? std::optional<std::string_view>(c->as_string()) : std::nullopt;
}

// The conditions under which the value at `path` is evaluated: its resource's or output's Condition (the
// entry at path[0..1]), and each Fn::If branch on the way down (the first branch when it holds, the second
// when it does not).
std::vector<Literal> context_of(const Value& root, const Path& path) {
  std::vector<Literal> out;
  const Value* at = &root;
  for (std::size_t i = 0; i < path.size() && at != nullptr; ++i) {
    const Path::Step step = path[i];
    if (i == 2)
      if (const auto c = condition_of(at)) out.emplace_back(*c, true);
    if (at->is_fn(FnKind::If) && !step.is_index() && step.key() == "Fn::If" && i + 1 < path.size() &&
        path[i + 1].is_index()) {
      const Value& arg = at->as_fn().argument();
      const std::size_t branch = path[i + 1].index();
      if (!arg.is_list() || arg.as_list().size() != 3 || branch == 0 || !arg.as_list()[0].is_string()) return out;
      out.emplace_back(arg.as_list()[0].as_string(), branch == 1);
      at = &arg.as_list()[branch];
      ++i;
      continue;
    }
    if (step.is_index())
      at = at->is_list() && step.index() < at->as_list().size() ? &at->as_list()[step.index()] : nullptr;
    else
      at = at->is_map() ? at->as_map().find(step.key()) : at->is_fn() ? &at->as_fn().argument() : nullptr;
  }
  if (path.size() == 2)
    if (const auto c = condition_of(at)) out.emplace_back(*c, true);
  return out;
}

std::string when(const std::vector<Literal>& context) {
  if (context.empty()) return ", and no condition guards this reference";
  std::string out;
  for (const auto& [name, value] : context)
    out +=
        (out.empty() ? ", which can be false when " : " and ") + std::string(name) + (value ? " is true" : " is false");
  return out;
}

std::optional<std::string_view> resource_condition(const TemplateResource& r) {
  const Value* c = r.find("Condition");
  return c != nullptr && c->is_string() ? std::optional<std::string_view>(c->as_string()) : std::nullopt;
}

class Check {
 public:
  Check(Context& ctx, const RuleInfo& rule) : ctx_(ctx), rule_(rule), solver_(ctx.view()) {}

  // `what` (Ref, Fn::GetAtt, DependsOn) names `target`, evaluated under `context`.
  void reference(std::string_view what, std::string_view target, std::vector<Literal> context, Mark mark,
                 const Path& path) {
    const TemplateResource* t = ctx_.view().resource(target);
    if (t == nullptr || t->templated) return;
    const std::optional<std::string_view> condition = resource_condition(*t);
    if (!condition) return;
    for (const auto& [name, value] : context)
      if (name == *condition && value) return;  // evaluated only where the target exists
    const std::string shown = when(context);
    context.emplace_back(*condition, false);
    if (solver_.satisfiable(context) != true) return;
    ctx_.report(
        rule_, mark, path,
        fmt::format("{} names '{}', which exists only when condition {} is true{}", what, target, *condition, shown));
  }

 private:
  Context& ctx_;
  const RuleInfo& rule_;
  ConditionSolver solver_;
};

void check(Context& ctx, const RuleInfo& rule) {
  const TemplateView& view = ctx.view();
  if (view.macros() || view.language_extensions()) return;  // names may be generated or rewritten
  Check c(ctx, rule);
  for (const IntrinsicUse& use : view.intrinsics()) {
    if (use.section != TemplateSection::Resources && use.section != TemplateSection::Outputs) continue;
    const char* what = use.kind() == FnKind::Ref ? "Ref" : use.kind() == FnKind::GetAtt ? "Fn::GetAtt" : "Fn::Sub";
    if (use.kind() != FnKind::Ref && use.kind() != FnKind::GetAtt && use.kind() != FnKind::Sub) continue;
    const std::vector<NameReference> names = use.sub ? named_references(*use.sub) : named_references(use.node->as_fn());
    if (names.empty()) continue;
    const std::vector<Literal> context = context_of(view.root(), use.path);
    for (const NameReference& name : names) c.reference(what, name.target, context, use.mark(), use.path);
  }
  for (const TemplateResource& r : view.resources()) {
    const DependsOnView depends_on(r.find("DependsOn"));
    std::vector<Literal> context;
    if (const auto own = resource_condition(r)) context.emplace_back(*own, true);
    for (std::size_t i = 0; i < depends_on.entries().size(); ++i) {
      const Value& entry = depends_on.entries()[i];
      if (!entry.is_string()) continue;
      const Path path = depends_on.list_form() ? r.path / "DependsOn" / i : r.path / "DependsOn";
      c.reference("DependsOn", entry.as_string(), context, entry.mark(), path);
    }
  }
}

}  // namespace w1001

extern const Rule kW1001{
    {.code = "W1001",
     .severity = Severity::Warning,
     .title = "References reach resources that exist where they are evaluated",
     .description = "A Ref, Fn::GetAtt, Fn::Sub variable or DependsOn that names a resource with a Condition is "
                    "evaluated only where "
                    "that condition holds: under the referring resource's or output's Condition and the Fn::If "
                    "branches around it. The Conditions are solved over the parameters (their AllowedValues, else "
                    "the values they are compared with or any other) and pseudo parameters; an Fn::Equals of "
                    "other functions is either. Where the condition can be false, the deployment with those values "
                    "fails (\"Unresolved resource dependencies\"). Not judged beyond 4,096 assignments, under a "
                    "macro or with AWS::LanguageExtensions. cfn-lint: W1001.",
     .source = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-condition.html"},
    w1001::check};

}  // namespace cfn::detail::checks
