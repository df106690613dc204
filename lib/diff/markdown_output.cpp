// The diff as GitHub-flavoured Markdown for a pull-request comment: a
// summary, a table of the changed resources with their consequence and
// data risk, a Mermaid diagram of them and their neighbours (with the
// templates), then the details (values in code spans, line diffs in ```diff
// blocks, "↳" for the replaced resources a resource refers to), then the
// other sections.
#include "diff/output.hpp"
#include "text/terminal_text.hpp"

namespace cfn::detail::diff {
namespace {

// A code span that survives backticks (and, in a table, pipes).
std::string code(std::string_view text, bool in_table = false) {
  std::string body;
  for (const char c : text) {
    if (c == '|' && in_table) {
      body += "\\|";
    } else if (c == '\n') {
      body += ' ';
    } else {
      body += c;
    }
  }
  const bool ticks = body.find('`') != std::string::npos;
  if (!ticks) return "`" + body + "`";
  return "`` " + body + " ``";
}

std::string_view sign(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added:
      return "+";
    case ChangeKind::Removed:
      return "-";
    case ChangeKind::Modified:
      return "~";
  }
  return "?";
}

std::string emphasised(Impact impact) {
  const std::string label = impact_label(impact);
  if (impact == Impact::Replace || impact == Impact::MayReplace || impact == Impact::Rejected)
    return "**" + label + "**";
  return label;
}

std::string resource_action(const ResourceChange& r, bool in_table) {
  switch (r.kind) {
    case ChangeKind::Added:
      return r.replaces.empty() ? "add" : "**replace** (looks like a rename of " + code(r.replaces, in_table) + ")";
    case ChangeKind::Removed:
      return r.replaced_by.empty() ? "remove"
                                   : "remove (" + code(r.replaced_by, in_table) + " looks like its new name)";
    case ChangeKind::Modified:
      return emphasised(r.impact);
  }
  return {};
}

std::string data_cell(const ResourceChange& r) {
  if (!r.data) return {};
  const DataRisk& d = *r.data;
  std::string fate;
  switch (d.fate) {
    case DataFate::Deleted:
      fate = d.if_replaced ? "**lost if replaced**" : "**lost**";
      break;
    case DataFate::DeletedIfEmpty:
      fate = "**deleted if empty**";
      break;
    case DataFate::Unknown:
      fate = "**at risk**";
      break;
    case DataFate::Retained:
      fate = "retained";
      break;
    case DataFate::Snapshot:
      fate = "snapshot";
      break;
    case DataFate::Protected:
      fate = "protected";
      break;
  }
  return fate + " (" + d.policy + " " + (d.value.empty() ? "computed" : d.value) +
         (d.by_default ? ", the default" : "") + ")";
}

std::string type_cell(const ResourceChange& r, bool in_table) {
  if (r.kind == ChangeKind::Modified && r.old_type != r.new_type)
    return code(r.old_type, in_table) + " → " + code(r.new_type, in_table);
  return code(r.kind == ChangeKind::Removed ? r.old_type : r.new_type, in_table);
}

void write_body(std::string& out, const ChangeBody& body, std::string_view indent) {
  if (body.inline_form) return;  // written on the bullet's line
  out += std::string(indent) + "```diff\n";
  for (const std::string& l : body.lines) out += std::string(indent) + l + "\n";
  out += std::string(indent) + "```\n";
}

std::string inline_values(const ChangeBody& body) {
  if (!body.inline_form) return {};
  if (!body.old_text.empty() && !body.new_text.empty()) return ": " + code(body.old_text) + " → " + code(body.new_text);
  if (!body.new_text.empty()) return ": " + code(body.new_text);
  if (!body.old_text.empty()) return ": " + code(body.old_text);
  return {};
}

/// A change of `resource` (nullptr: of an entry, which has no impact).
void write_change(std::string& out, const ValueChange& c, const ResourceChange* resource, std::string_view indent) {
  const ChangeBody body = change_body(c.old_value, c.new_value);
  out += std::string(indent) + "- " + std::string(sign(c.kind())) + " " +
         (c.path.empty() ? std::string("(whole value)") : code(to_string(c.path))) + inline_values(body);
  if (resource != nullptr) {
    out += " — " + emphasised(c.impact);
    if (shows_reason(c, *resource)) out += " (" + c.reason + ")";
  }
  out += "\n";
  write_body(out, body, std::string(indent) + "  ");
}

}  // namespace

std::string markdown_output(const TemplateDiff& diff, const DiffOutputOptions& options) {
  std::string out = "### cfnpp diff\n\n";
  const std::string for_deployment = diff.deployment ? " for " + deployment_phrase(*diff.deployment) : "";
  if (diff.empty()) {
    out += "No changes: " + code(options.old_name) + " and " + code(options.new_name) + " mean the same template" +
           for_deployment + ".\n";
    return detail::strings::terminal_safe(out, true);
  }
  const DiffSummary s = diff.summary();
  out += code(options.old_name) + " → " + code(options.new_name) + for_deployment + "\n\n";
  if (diff.deployment)
    if (const std::string c = conditions_phrase(*diff.deployment); !c.empty()) out += "- Conditions: " + c + "\n";
  if (const std::string resources = resource_summary(s); !resources.empty()) out += "- " + resources + "\n";
  if (s.data_loss != 0)
    out += "- **:warning: data loss: " + std::to_string(s.data_loss) +
           (s.data_loss == 1 ? " resource loses its data**\n" : " resources lose their data**\n");
  if (s.entries != 0) out += "- Other changes: " + changed_sections(diff) + "\n";

  if (!diff.resources.empty()) {
    out += "\n| | Resource | Type | Action | Data |\n|---|---|---|---|---|\n";
    for (const ResourceChange& r : diff.resources)
      out += "| " + std::string(sign(r.kind)) + " | " + code(r.logical_id, true) + " | " + type_cell(r, true) + " | " +
             resource_action(r, true) + " | " + data_cell(r) + " |\n";
    if (options.old_document != nullptr && options.new_document != nullptr)
      if (const std::string diagram = change_diagram(diff, *options.old_document, *options.new_document);
          !diagram.empty())
        out += "\n" + diagram;

    out += "\n#### Resources\n\n";
    for (const ResourceChange& r : diff.resources) {
      out += "- **" + std::string(sign(r.kind)) + " " + code(r.logical_id) + "** " + type_cell(r, false) + ": " +
             resource_action(r, false) + "\n";
      if (r.kind == ChangeKind::Modified && !r.reason.empty()) out += "  - :no_entry: " + r.reason + "\n";
      if (r.data)
        out += "  - " + std::string(r.data->loses_data() ? ":warning: **" : "") + "data" +
               (r.data->if_replaced ? " if replaced: " : ": ") + r.data->message + (r.data->loses_data() ? "**" : "") +
               "\n";
      for (const ValueChange& c : r.changes) write_change(out, c, &r, "  ");
      for (const SpreadChange& sc : r.spread)
        out += "  - ↳ " + code(to_string(sc.path)) + " — " + emphasised(sc.impact) + " " + spread_cause(sc) + "\n";
    }
  }
  std::string section;
  for (const EntryChange& e : diff.entries) {
    if (e.section != section) {
      section = e.section;
      out += "\n#### " + section + "\n\n";
    }
    const ChangeBody whole = change_body(e.old_value, e.new_value);
    out += "- **" + std::string(sign(e.kind)) + " " + code(e.name.empty() ? e.section : e.name) + "**";
    if (e.kind != ChangeKind::Modified) {
      out += inline_values(whole) + "\n";
      write_body(out, whole, "  ");
      continue;
    }
    if (e.changes.size() == 1 && e.changes.front().path.empty()) {
      const ChangeBody body = change_body(e.changes.front().old_value, e.changes.front().new_value);
      out += inline_values(body) + "\n";
      write_body(out, body, "  ");
      continue;
    }
    out += "\n";
    for (const ValueChange& c : e.changes) write_change(out, c, nullptr, "  ");
  }
  // Names, types and paths come from the templates: no control character
  // reaches a terminal or a CI log (the comment is often printed there too).
  return detail::strings::terminal_safe(out, true);
}

}  // namespace cfn::detail::diff
