#include "lint/argument_shape.hpp"

#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace {

void walk(Context& ctx, const RuleInfo& rule, FnKind kind, const Value& v, Path& path) {
  switch (v.kind()) {
    case Value::Kind::Fn: {
      const Value& argument = v.as_fn().argument();
      if (v.as_fn().kind() == kind)
        if (auto problem = argument_shape_problem(kind, argument))
          ctx.report(rule, argument.mark().known() ? argument.mark() : v.mark(), path, std::move(*problem));
      walk(ctx, rule, kind, argument, path);
      break;
    }
    case Value::Kind::Map:
      for (const Member& m : v.as_map()) {
        const Path::Scope scope(path, m.key);
        walk(ctx, rule, kind, m.value, path);
      }
      break;
    case Value::Kind::List:
      for (std::size_t i = 0; i < v.as_list().size(); ++i) {
        const Path::Scope scope(path, i);
        walk(ctx, rule, kind, v.as_list()[i], path);
      }
      break;
    default:
      break;
  }
}

}  // namespace

void check_argument_shape(Context& ctx, const RuleInfo& rule, FnKind kind) {
  if (ctx.view().macros()) return;
  // The sections CloudFormation evaluates functions in.
  for (const std::string_view section : {"Resources", "Outputs", "Conditions"}) {
    const Map* members = ctx.view().section(section);
    if (members == nullptr) continue;
    Path path{std::string(section)};
    for (const Member& m : *members) {
      const Path::Scope scope(path, m.key);
      walk(ctx, rule, kind, m.value, path);
    }
  }
}

}  // namespace cfn::detail::checks
