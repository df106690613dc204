#include <algorithm>

#include "cfn/emit.hpp"
#include "cfn/knowledge.hpp"
#include "diff/output.hpp"

namespace cfn::detail::diff {
namespace {

constexpr std::size_t kInlineWidth = 72;

bool multiline_string(const std::optional<Value>& v) {
  return v && v->is_string() && v->as_string().find('\n') != std::string::npos;
}

std::string plural(std::size_t n, std::string_view word) { return std::to_string(n) + " " + std::string(word); }

}  // namespace

bool shows_reason(const ValueChange& change, const ResourceChange& resource) {
  if (change.reason.empty()) return false;
  return change.impact != Impact::Update || knowledge::is_sam_type(resource.new_type);
}

std::string deployment_phrase(const DiffDeployment& deployment) {
  if (deployment.parameters.empty()) return "the deployment with no parameters given";
  std::string out = "the deployment with ";
  for (std::size_t i = 0; i < deployment.parameters.size(); ++i)
    out += (i == 0 ? "" : ", ") + deployment.parameters[i].first + "=" + deployment.parameters[i].second;
  return out;
}

std::string conditions_phrase(const DiffDeployment& deployment) {
  std::string out;
  for (const DiffDeployment::Condition& c : deployment.conditions) {
    out += out.empty() ? "" : ", ";
    out += c.name + " ";
    if (!c.old_value) {
      out += "(only in NEW) " + std::string(to_string(*c.new_value));
    } else if (!c.new_value) {
      out += "(only in OLD) " + std::string(to_string(*c.old_value));
    } else if (*c.old_value == *c.new_value) {
      out += std::string(to_string(*c.new_value));
    } else {
      out += std::string(to_string(*c.old_value)) + " → " + std::string(to_string(*c.new_value));
    }
  }
  return out;
}

std::string impact_label(Impact impact) {
  switch (impact) {
    case Impact::None:
      return "no change to the resource";
    case Impact::Update:
      return "update";
    case Impact::Unknown:
      return "unknown";
    case Impact::MayReplace:
      return "may replace";
    case Impact::Replace:
      return "replace";
    case Impact::Rejected:
      return "rejected";
  }
  return "?";
}

ChangeBody change_body(const std::optional<Value>& old_value, const std::optional<Value>& new_value) {
  ChangeBody body;
  const bool strings = (!old_value || old_value->is_string()) && (!new_value || new_value->is_string());
  if (strings && (multiline_string(old_value) || multiline_string(new_value))) {
    const std::string empty;
    const std::string& a = old_value ? old_value->as_string() : empty;
    const std::string& b = new_value ? new_value->as_string() : empty;
    const auto hunks = diff_hunks(diff_lines(a, b));
    if (!hunks.empty()) {
      body.inline_form = false;
      for (const DiffHunk& h : hunks) {
        body.lines.push_back("@@ -" + std::to_string(h.old_start) + "," + std::to_string(h.old_count) + " +" +
                             std::to_string(h.new_start) + "," + std::to_string(h.new_count) + " @@");
        for (const DiffLine& l : h.lines) {
          const char op = l.op == DiffLine::Op::Keep ? ' ' : l.op == DiffLine::Op::Remove ? '-' : '+';
          body.lines.push_back(op + std::string(l.text));
        }
      }
      return body;
    }
    // Same lines, different line breaks (a final '\n'): the quoted forms show it.
  }
  body.old_text = old_value ? to_yaml(*old_value, YamlLayout::Flow) : std::string();
  body.new_text = new_value ? to_yaml(*new_value, YamlLayout::Flow) : std::string();
  if (body.old_text.size() <= kInlineWidth && body.new_text.size() <= kInlineWidth) return body;

  body.inline_form = false;
  body.old_text.clear();
  body.new_text.clear();
  const std::string a = old_value ? to_yaml(*old_value) : std::string();
  const std::string b = new_value ? to_yaml(*new_value) : std::string();
  for (const DiffLine& l : diff_lines(a, b)) {
    const char op = l.op == DiffLine::Op::Keep ? ' ' : l.op == DiffLine::Op::Remove ? '-' : '+';
    body.lines.push_back(op + std::string(l.text));
  }
  return body;
}

std::string spread_cause(const SpreadChange& spread) {
  std::string out = "because " + spread.source + (spread.source_surely ? " is replaced" : " may be replaced");
  if (!spread.reason.empty()) out += " (" + spread.reason + ")";
  if (spread.origin != spread.source) out += "; the replacement starts at " + spread.origin;
  return out;
}

std::string resource_summary(const DiffSummary& s) {
  std::vector<std::string> kinds;
  if (s.added != 0) kinds.push_back(plural(s.added, "added"));
  if (s.removed != 0) kinds.push_back(plural(s.removed, "removed"));
  if (s.modified != 0) kinds.push_back(plural(s.modified, "modified"));
  if (kinds.empty()) return {};
  std::vector<std::string> impacts;
  if (s.rejected != 0) impacts.push_back(plural(s.rejected, "rejected"));
  if (s.replace != 0) impacts.push_back(plural(s.replace, "replace"));
  if (s.may_replace != 0) impacts.push_back(plural(s.may_replace, "may replace"));
  if (s.unknown != 0) impacts.push_back(plural(s.unknown, "unknown"));
  if (s.update != 0) impacts.push_back(plural(s.update, "update"));
  auto join = [](const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
  };
  std::string out = "Resources: " + join(kinds);
  if (!impacts.empty()) out += "; " + join(impacts);
  if (s.spread != 0) out += "; " + plural(s.spread, "reached by a replacement");
  return out;
}

std::string changed_sections(const TemplateDiff& diff) {
  std::vector<std::string> names;
  for (const EntryChange& e : diff.entries)
    if (std::find(names.begin(), names.end(), e.section) == names.end()) names.push_back(e.section);
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

}  // namespace cfn::detail::diff
