#include "lint/condition_solver.hpp"

#include <algorithm>

#include "cfn/intrinsics.hpp"
#include "cfn/scalar_equivalence.hpp"

namespace cfn::detail::checks {

namespace {

// A value distinct from every literal of a template: a variable's "anything else".
std::string other_value(std::size_t variable) { return "\x01" + std::to_string(variable); }

}  // namespace

ConditionSolver::ConditionSolver(const TemplateView& view) : view_(view) {
  const Map* conditions = view.section("Conditions");
  if (conditions != nullptr)
    for (const Member& m : *conditions) {
      std::vector<std::string_view> open;
      (void)condition(m.key, open);
    }
  // Domains: AllowedValues, else the literals compared with and a value unlike them.
  std::vector<std::vector<std::string>> compared(variables_.size());
  for (const Node& n : nodes_) {
    if (n.kind != Node::Kind::Equals) continue;
    if (!n.literal_a && n.literal_b) compared[n.a].push_back(*n.literal_b);
    if (!n.literal_b && n.literal_a) compared[n.b].push_back(*n.literal_a);
  }
  const Map* parameters = view.section("Parameters");
  for (const auto& [name, index] : named_variables_) {
    Variable& var = variables_[index];
    const Value* body = parameters == nullptr ? nullptr : parameters->find(name);
    const Value* allowed = body != nullptr && body->is_map() ? body->as_map().find("AllowedValues") : nullptr;
    if (allowed != nullptr && allowed->is_list() && !allowed->as_list().empty()) {
      for (const Value& a : allowed->as_list())
        if (const std::optional<std::string> s = cloudformation_string(a)) var.domain.push_back(*s);
      if (var.domain.size() == allowed->as_list().size()) continue;
      var.domain.clear();  // a value the template cannot spell: any value
    }
    var.domain = compared[index];
    std::sort(var.domain.begin(), var.domain.end());
    var.domain.erase(std::unique(var.domain.begin(), var.domain.end()), var.domain.end());
    var.domain.push_back(other_value(index));
  }
}

std::optional<std::size_t> ConditionSolver::condition(std::string_view name, std::vector<std::string_view>& open) {
  if (const auto it = conditions_.find(name); it != conditions_.end()) return it->second;
  const Map* conditions = view_.section("Conditions");
  const Value* body = conditions == nullptr ? nullptr : conditions->find(name);
  if (body == nullptr || std::find(open.begin(), open.end(), name) != open.end()) return std::nullopt;
  open.push_back(name);
  const std::optional<std::size_t> node = parse(*body, open);
  open.pop_back();
  // Keyed by the member's own name, which lives as long as the document (`name` may not).
  const auto member = conditions->find_member(name);
  conditions_[member->key] = node;
  return node;
}

std::optional<std::size_t> ConditionSolver::named_variable(const Value& v) {
  if (!v.is_fn(FnKind::Ref) || !v.as_fn().argument().is_string()) return std::nullopt;
  const std::string& target = v.as_fn().argument().as_string();
  if (!view_.is_parameter(target) && !target.starts_with("AWS::")) return std::nullopt;
  const auto [it, inserted] = named_variables_.try_emplace(target, variables_.size());
  if (inserted) variables_.emplace_back();
  return it->second;
}

std::size_t ConditionSolver::free_variable() {
  variables_.push_back({{"true", "false"}});
  return variables_.size() - 1;
}

std::optional<std::size_t> ConditionSolver::parse(const Value& v, std::vector<std::string_view>& open) {
  if (v.is_fn(FnKind::Condition) && v.as_fn().argument().is_string())
    return condition(v.as_fn().argument().as_string(), open);
  if (!v.is_fn()) return std::nullopt;
  const Value& arg = v.as_fn().argument();
  const FnKind kind = v.as_fn().kind();
  Node node{};
  if (kind == FnKind::Equals) {
    if (!arg.is_list() || arg.as_list().size() != 2) return std::nullopt;
    node.kind = Node::Kind::Equals;
    // Each side a literal or a parameter; anything else makes the comparison a free boolean.
    const auto side = [&](const Value& s, std::optional<std::string>& literal, std::size_t& var) {
      if (s.is_scalar()) literal = cloudformation_string(s).value_or("");
      if (literal) return true;
      const std::optional<std::size_t> named = named_variable(s);
      if (named) var = *named;
      return named.has_value();
    };
    if (!side(arg.as_list()[0], node.literal_a, node.a) || !side(arg.as_list()[1], node.literal_b, node.b)) {
      node = Node{};
      node.kind = Node::Kind::Free;
      node.a = free_variable();
    }
  } else if (kind == FnKind::And || kind == FnKind::Or || kind == FnKind::Not) {
    // Fn::Not takes exactly one condition; another shape (E8005's) is not guessed at.
    if (!arg.is_list() || arg.as_list().empty() || (kind == FnKind::Not && arg.as_list().size() != 1))
      return std::nullopt;
    node.kind = kind == FnKind::And ? Node::Kind::And : kind == FnKind::Or ? Node::Kind::Or : Node::Kind::Not;
    for (const Value& c : arg.as_list()) {
      const std::optional<std::size_t> child = parse(c, open);
      if (!child) return std::nullopt;
      node.children.push_back(*child);
    }
  } else {
    return std::nullopt;
  }
  nodes_.push_back(std::move(node));
  return nodes_.size() - 1;
}

bool ConditionSolver::evaluate(std::size_t index, const std::vector<std::size_t>& choice) const {
  const Node& n = nodes_[index];
  const auto value = [&](const std::optional<std::string>& literal, std::size_t var) -> const std::string& {
    return literal ? *literal : variables_[var].domain[choice[var]];
  };
  switch (n.kind) {
    case Node::Kind::And:
      return std::all_of(n.children.begin(), n.children.end(), [&](std::size_t c) { return evaluate(c, choice); });
    case Node::Kind::Or:
      return std::any_of(n.children.begin(), n.children.end(), [&](std::size_t c) { return evaluate(c, choice); });
    case Node::Kind::Not:
      return !evaluate(n.children.front(), choice);
    case Node::Kind::Equals:
      return value(n.literal_a, n.a) == value(n.literal_b, n.b);
    case Node::Kind::Free:
      return choice[n.a] == 0;
  }
  return false;
}

void ConditionSolver::reads(std::size_t index, std::vector<bool>& used) const {
  const Node& n = nodes_[index];
  for (const std::size_t c : n.children) reads(c, used);
  if (n.kind == Node::Kind::Free || (n.kind == Node::Kind::Equals && !n.literal_a)) used[n.a] = true;
  if (n.kind == Node::Kind::Equals && !n.literal_b) used[n.b] = true;
}

std::optional<bool> ConditionSolver::satisfiable(const std::vector<Literal>& all) const {
  std::vector<std::pair<std::size_t, bool>> formulas;
  for (const auto& [name, value] : all) {
    const auto it = conditions_.find(name);
    if (it == conditions_.end() || !it->second) return std::nullopt;
    formulas.emplace_back(*it->second, value);
  }
  std::vector<bool> used(variables_.size(), false);
  for (const auto& [node, value] : formulas) reads(node, used);
  std::vector<std::size_t> free;  // the variables read, counted like the digits of a number
  std::size_t assignments = 1;
  for (std::size_t v = 0; v < variables_.size(); ++v) {
    if (!used[v]) continue;
    free.push_back(v);
    assignments *= variables_[v].domain.size();
    if (assignments > kMaxAssignments) return std::nullopt;
  }
  std::vector<std::size_t> choice(variables_.size(), 0);
  for (std::size_t n = 0; n < assignments; ++n) {
    if (std::all_of(formulas.begin(), formulas.end(),
                    [&](const auto& f) { return evaluate(f.first, choice) == f.second; }))
      return true;
    for (const std::size_t v : free) {  // the next assignment
      if (++choice[v] < variables_[v].domain.size()) break;
      choice[v] = 0;
    }
  }
  return false;
}

}  // namespace cfn::detail::checks
