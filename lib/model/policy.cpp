#include "cfn/policy.hpp"

#include "cfn/intrinsics.hpp"

namespace cfn::policy {
namespace {

// One item as a scalar, several as a list: how IAM policies are usually written.
Value items(const std::vector<Str>& values) {
  if (values.size() == 1) return values.front().value();
  List out;
  for (const Str& v : values) out.push_back(v.value());
  return out;
}

void either(Map& out, const std::vector<Str>& yes, const std::vector<Str>& no, std::string_view yes_key,
            std::string_view no_key) {
  if (yes.empty() == no.empty())
    throw Error("IAM statement needs exactly one of " + std::string(yes_key) + " and " + std::string(no_key));
  if (!yes.empty()) out.set(yes_key, items(yes));
  if (!no.empty()) out.set(no_key, items(no));
}

}  // namespace

Value Statement::to_value() const {
  Map out;
  if (sid) out.set("Sid", *sid);
  out.set("Effect", effect == Effect::Allow ? "Allow" : "Deny");
  if (principal) out.set("Principal", *principal);
  if (not_principal) out.set("NotPrincipal", *not_principal);
  either(out, action, not_action, "Action", "NotAction");
  if (!resource.empty() || !not_resource.empty()) either(out, resource, not_resource, "Resource", "NotResource");
  if (condition) out.set("Condition", *condition);
  return out;
}

PolicyDocument& PolicyDocument::add(Statement statement) {
  statements_.push_back(std::move(statement));
  return *this;
}

Value PolicyDocument::to_value() const {
  List statements;
  for (const Statement& s : statements_) statements.push_back(s.to_value());
  return Map{{"Version", "2012-10-17"}, {"Statement", std::move(statements)}};
}

Value service_principal(std::string_view service) { return Map{{"Service", service}}; }

PolicyDocument assume_role_policy(std::string_view service) {
  return PolicyDocument({Statement{.principal = service_principal(service), .action = {"sts:AssumeRole"}}});
}

Fn managed_policy_arn(std::string_view name) {
  return sub("arn:${AWS::Partition}:iam::aws:policy/" + std::string(name));
}

}  // namespace cfn::policy
