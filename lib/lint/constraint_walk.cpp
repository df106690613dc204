#include "lint/constraint_walk.hpp"

#include <fmt/format.h>

#include "cfn/intrinsics.hpp"
#include "cfn/template_view.hpp"
#include "lint/property_walk.hpp"
#include "text/utf8.hpp"

namespace cfn::detail::checks {

bool is_dynamic_reference(const Value& v) {
  return v.is_string() && v.as_string().find("{{resolve:") != std::string::npos;
}

namespace {

/// Walks with one Path, extended and shrunk in place.
class Walker {
 public:
  Walker(const ConstraintVisit& visit, Path path) : visit_(visit), path_(std::move(path)) {}

  // Each value is visited with its node and, in turn, with each allOf branch of it (all of them apply).
  void value(const Value& v, const registry::Constraints& constraints) {
    if (v.is_fn(FnKind::If)) {  // each branch is a value the property may have
      const Value& arg = v.as_fn().argument();
      if (!arg.is_list() || arg.as_list().size() != 3) return;
      const Path::Scope fn(path_, "Fn::If");
      for (std::size_t i = 1; i < 3; ++i) {
        const Path::Scope branch(path_, i);
        value(arg.as_list()[i], constraints);
      }
      return;
    }
    if (v.is_fn() || is_dynamic_reference(v)) return;  // known only when the stack is deployed
    visit_(v, constraints, path_);
    for (const registry::Constraints& all : constraints.all_of()) value(v, all);
    if (v.is_map()) {
      for (const Member& m : v.as_map()) {
        const std::optional<registry::Constraints> property = constraints.property(m.key);
        if (!property) continue;
        const Path::Scope scope(path_, m.key);
        value(m.value, *property);
      }
    } else if (v.is_list()) {
      const std::optional<registry::Constraints> items = constraints.items();
      if (!items) return;
      for (std::size_t i = 0; i < v.as_list().size(); ++i) {
        const Path::Scope scope(path_, i);
        value(v.as_list()[i], *items);
      }
    }
  }

 private:
  const ConstraintVisit& visit_;
  Path path_;
};

}  // namespace

void walk_constraints(const Context& context, const ConstraintVisit& visit) {
  const TemplateView& view = context.view();
  if (view.macros()) return;  // a macro rewrites what would be walked
  for (const TemplateResource& r : view.resources()) {
    if (r.templated || !is_checked_type_namespace(r.type)) continue;
    const Value* props = r.find("Properties");
    if (props == nullptr || !props->is_map()) continue;
    const std::optional<registry::Constraints> constraints = registry::find_resource(r.type);
    if (!constraints) continue;
    Walker(visit, r.path / "Properties").value(*props, *constraints);
  }
}

std::string quote_value(std::string_view text) {
  constexpr std::size_t kMax = 60;
  if (text.size() <= kMax) return fmt::format("'{}'", text);
  return fmt::format("'{}...'", strings::utf8_prefix(text, kMax));
}

}  // namespace cfn::detail::checks
