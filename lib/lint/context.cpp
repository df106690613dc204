#include "lint/context.hpp"

#include <algorithm>
#include <cctype>

#include "cfn/knowledge.hpp"
#include "cfn/schema.hpp"
#include "cfn/template_view.hpp"
#include "text/position.hpp"

namespace cfn::detail::checks {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const bool same =
          std::tolower(static_cast<unsigned char>(a[i - 1])) == std::tolower(static_cast<unsigned char>(b[j - 1]));
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

Context::Context(const Source& source, const LintOptions& options) : source_(source), options_(options) {}

Context::~Context() = default;

std::string_view Context::as_of() const noexcept {
  return options_.as_of.empty() ? lint_data_date() : std::string_view(options_.as_of);
}

std::span<const std::string> Context::regions() const noexcept {
  static const std::string kDefault[] = {"us-east-1"};
  if (options_.regions.empty()) return kDefault;
  return options_.regions;
}

const TemplateView& Context::view() const {
  if (!view_) view_ = std::make_unique<TemplateView>(root());
  return *view_;
}

void Context::report(const RuleInfo& rule, Mark mark, Path path, std::string message) {
  findings_.push_back(Finding{rule.severity, rule.code, std::move(path), mark, std::move(message)});
}

std::string_view closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  std::size_t best_distance = word.size() / 3 + 1;
  for (std::string_view c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  const std::string_view best = closest_match(word, candidates);
  return best.empty() ? std::string() : " (did you mean " + std::string(best) + "?)";
}

std::string line_in_string(std::string_view text, std::size_t offset) {
  const detail::strings::Position p = detail::strings::position_at(text, offset);
  if (p.line <= 1) return "";
  return " (line " + std::to_string(p.line) + " of the string)";
}

std::optional<std::string> attribute_problem(const TemplateResource& resource, std::string_view attribute) {
  if (!resource.schema || knowledge::is_sam_type(resource.type) || schema::is_custom_resource_type(resource.type))
    return std::nullopt;  // custom (the provider's Data), SAM, registry or unknown types
  const schema::ResourceTypeInfo& info = *resource.schema;
  if (info.answers_attribute(attribute)) return std::nullopt;
  std::vector<std::string_view> names;
  for (const schema::AttributeInfo a : info.attributes()) names.push_back(a.name());
  std::string message = std::string(info.name()) + " has no attribute '" + std::string(attribute) + "'";
  const std::string_view best = closest_match(attribute, names);
  if (!best.empty()) return message + " (did you mean " + std::string(best) + "?)";
  if (names.empty()) return message;
  std::string list;
  for (std::size_t i = 0; i < names.size() && i < 8; ++i) list += (i ? ", " : "") + std::string(names[i]);
  if (names.size() > 8) list += ", ...";
  return message + " (it has " + list + ")";
}

}  // namespace cfn::detail::checks
