#include "lint/context.hpp"

#include "cfn/knowledge.hpp"
#include "cfn/schema.hpp"
#include "cfn/template_view.hpp"
#include "text/closest.hpp"
#include "text/position.hpp"

namespace cfn::detail::checks {

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

const strings::ClosestNames& Context::names(Names which) const {
  std::unique_ptr<strings::ClosestNames>& index = names_[static_cast<std::size_t>(which)];
  if (index) return *index;
  std::vector<std::string_view> list;
  switch (which) {
    case Names::ParametersAndResources:
      list = view().parameter_and_resource_ids();
      break;
    case Names::Resources:
      list = view().resource_ids();
      break;
    case Names::Conditions:
      list = view().condition_names();
      break;
    case Names::Mappings:
      list = view().mapping_names();
      break;
    case Names::ResourceTypes:
      for (const schema::ResourceTypeInfo t : schema::resource_types()) list.push_back(t.name());
      break;
  }
  index = std::make_unique<strings::ClosestNames>(std::move(list));
  return *index;
}

void Context::report(const RuleInfo& rule, Mark mark, Path path, std::string message) {
  findings_.push_back(Finding{rule.severity, rule.code, std::move(path), mark, std::move(message)});
}

namespace {

// How far a misspelling may be from the name meant: a third of its length.
std::size_t reach_of(std::string_view word) { return word.size() / 3; }

std::string suggestion(std::string_view best) {
  return best.empty() ? std::string() : " (did you mean " + std::string(best) + "?)";
}

}  // namespace

std::string_view closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  return strings::closest_match(word, candidates, reach_of(word));
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
  return suggestion(closest_match(word, candidates));
}

std::string did_you_mean(std::string_view word, const strings::ClosestNames& names,
                         const std::vector<std::string_view>& more) {
  const std::size_t reach = reach_of(word);
  std::string_view best = names.find(word, reach);
  const std::size_t best_distance = best.empty() ? reach + 1 : strings::edit_distance(word, best);
  if (best_distance > 0 && !more.empty()) {
    const std::string_view other = strings::closest_match(word, more, best_distance - 1);
    if (!other.empty()) best = other;
  }
  return suggestion(best);
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
  if (!best.empty()) return message + suggestion(best);
  if (names.empty()) return message;
  std::string list;
  for (std::size_t i = 0; i < names.size() && i < 8; ++i) list += (i ? ", " : "") + std::string(names[i]);
  if (names.size() > 8) list += ", ...";
  return message + " (it has " + list + ")";
}

}  // namespace cfn::detail::checks
