// Whether a template's Conditions can hold together: a small solver for the
// reference rules (W1001). A condition is a formula of Fn::And, Fn::Or,
// Fn::Not, Condition and Fn::Equals; an Fn::Equals compares literals,
// parameters and pseudo parameters. Each parameter takes one of its
// AllowedValues; a parameter without them, and a pseudo parameter, takes one
// of the literals it is compared with or a value unlike all of them. An
// Fn::Equals of anything else (Fn::Select, Fn::FindInMap...) is a free
// boolean. The solver tries every assignment of what the formulas read, up
// to kMaxAssignments; beyond that it does not say.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cfn/template_view.hpp"

namespace cfn::detail::checks {

class ConditionSolver {
 public:
  /// A condition required to be true (or false).
  using Literal = std::pair<std::string_view, bool>;

  static constexpr std::size_t kMaxAssignments = 4096;

  explicit ConditionSolver(const TemplateView& view);

  /// Whether some assignment makes every literal of `all` hold: nullopt when
  /// it cannot be told (a condition that is not defined or refers to itself,
  /// more than kMaxAssignments assignments).
  [[nodiscard]] std::optional<bool> satisfiable(const std::vector<Literal>& all) const;

 private:
  struct Node {
    enum class Kind : unsigned char { And, Or, Not, Equals, Free } kind;
    std::vector<std::size_t> children;  // And, Or, Not: nodes
    // Equals: each side a literal or variable a / b; Free: variable a (its value 0 is true).
    std::optional<std::string> literal_a, literal_b;
    std::size_t a = 0, b = 0;
  };
  struct Variable {
    std::vector<std::string> domain;  // the values it may take
  };

  [[nodiscard]] std::optional<std::size_t> parse(const Value& v, std::vector<std::string_view>& open);
  [[nodiscard]] std::optional<std::size_t> condition(std::string_view name, std::vector<std::string_view>& open);
  [[nodiscard]] std::optional<std::size_t> named_variable(const Value& v);
  [[nodiscard]] std::size_t free_variable();
  [[nodiscard]] bool evaluate(std::size_t node, const std::vector<std::size_t>& choice) const;
  void reads(std::size_t node, std::vector<bool>& used) const;

  const TemplateView& view_;
  std::vector<Node> nodes_;
  std::vector<Variable> variables_;
  std::map<std::string, std::size_t, std::less<>> named_variables_;    // parameter or pseudo parameter -> variable
  std::map<std::string_view, std::optional<std::size_t>> conditions_;  // name -> its formula (nullopt: unknown)
};

}  // namespace cfn::detail::checks
