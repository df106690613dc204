// The diff as text for a terminal or a log: a summary, then every changed
// resource with its consequence, its changed paths and the replaced
// resources it refers to ("[ref]"), then the other sections. Colors (ANSI) only when asked: red removed, green added,
// yellow modified, bold red for replacements, rejected updates and data loss.
#include "diff/output.hpp"
#include "text/terminal_text.hpp"

namespace cfn::detail::diff {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kRed = "\x1b[31m";
constexpr std::string_view kGreen = "\x1b[32m";
constexpr std::string_view kYellow = "\x1b[33m";
constexpr std::string_view kCyan = "\x1b[36m";
constexpr std::string_view kBoldRed = "\x1b[1;31m";
constexpr std::string_view kBoldYellow = "\x1b[1;33m";

// Every piece of text goes through detail::strings::terminal_safe (names, types and
// paths come from the templates); only the writer's own colors and line
// breaks reach the terminal as themselves.
class Writer {
 public:
  explicit Writer(bool color) : color_(color) {}

  Writer& put(std::string_view text) {
    out_ += detail::strings::terminal_safe(text);
    return *this;
  }
  Writer& paint(std::string_view color, std::string_view text) {
    if (color_ && !color.empty()) {
      out_ += color;
      out_ += detail::strings::terminal_safe(text);
      out_ += kReset;
    } else {
      out_ += detail::strings::terminal_safe(text);
    }
    return *this;
  }
  Writer& line() {
    out_ += '\n';
    return *this;
  }
  [[nodiscard]] std::string take() { return std::move(out_); }

 private:
  bool color_;
  std::string out_;
};

std::string_view marker(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added:
      return "[+]";
    case ChangeKind::Removed:
      return "[-]";
    case ChangeKind::Modified:
      return "[~]";
  }
  return "[?]";
}

std::string_view marker_color(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added:
      return kGreen;
    case ChangeKind::Removed:
      return kRed;
    case ChangeKind::Modified:
      return kYellow;
  }
  return {};
}

// "REPLACE" and friends shout; "update" does not.
std::string shown_impact(Impact impact) {
  std::string label = impact_label(impact);
  if (impact == Impact::Replace || impact == Impact::MayReplace || impact == Impact::Rejected)
    for (char& c : label) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return label;
}

std::string_view impact_color(Impact impact) {
  switch (impact) {
    case Impact::Replace:
    case Impact::Rejected:
      return kBoldRed;
    case Impact::MayReplace:
      return kBoldYellow;
    case Impact::Unknown:
      return kYellow;
    default:
      return {};
  }
}

void write_body(Writer& w, const ChangeBody& body, std::string_view indent) {
  if (body.inline_form) {
    if (!body.old_text.empty()) w.put(indent).paint(kRed, "- " + body.old_text).line();
    if (!body.new_text.empty()) w.put(indent).paint(kGreen, "+ " + body.new_text).line();
    return;
  }
  for (const std::string& l : body.lines) {
    std::string_view color;
    if (l.starts_with("@@")) color = kCyan;
    if (l.starts_with('-')) color = kRed;
    if (l.starts_with('+')) color = kGreen;
    w.put(indent).paint(color, l).line();
  }
}

/// A change of `resource` (nullptr: of an entry, which has no impact).
void write_change(Writer& w, const ValueChange& c, const ResourceChange* resource) {
  const ChangeKind kind = c.kind();
  w.put("    ").paint(marker_color(kind), marker(kind)).put(" ");
  w.put(c.path.empty() ? "(whole value)" : to_string(c.path));
  if (resource != nullptr) {
    w.put(": ").paint(impact_color(c.impact), shown_impact(c.impact));
    if (shows_reason(c, *resource)) w.put(" (" + c.reason + ")");
  }
  w.line();
  write_body(w, change_body(c.old_value, c.new_value), "        ");
}

void write_spread(Writer& w, const SpreadChange& s) {
  w.put("    ").paint(kCyan, "[ref]").put(" " + to_string(s.path) + ": ");
  w.paint(impact_color(s.impact), shown_impact(s.impact)).put(" " + spread_cause(s)).line();
}

void write_data(Writer& w, const DataRisk& data) {
  switch (data.fate) {
    case DataFate::Deleted:
      w.put("    ").paint(kBoldRed, data.if_replaced ? "!! DATA LOSS IF REPLACED:" : "!! DATA LOSS:");
      break;
    case DataFate::DeletedIfEmpty:
    case DataFate::Unknown:
      w.put("    ").paint(kBoldYellow, data.if_replaced ? "!! DATA AT RISK IF REPLACED:" : "!! DATA AT RISK:");
      break;
    default:
      w.put("    ").put(data.if_replaced ? "data if replaced:" : "data:");
      break;
  }
  w.put(" " + data.message).line();
}

void write_resource(Writer& w, const ResourceChange& r) {
  w.paint(marker_color(r.kind), marker(r.kind)).put(" ");
  if (r.kind == ChangeKind::Modified && r.old_type != r.new_type) {
    w.put((r.old_type.empty() ? "(no type)" : r.old_type) + " -> " + (r.new_type.empty() ? "(no type)" : r.new_type));
  } else {
    w.put(r.kind == ChangeKind::Removed ? r.old_type : r.new_type);
  }
  w.put(" ").paint(kBold, r.logical_id).put(": ");
  switch (r.kind) {
    case ChangeKind::Added:
      if (r.replaces.empty()) {
        w.paint(kGreen, "add");
      } else {
        w.paint(kBoldRed, "REPLACE").put(" (looks like a rename of " + r.replaces + ")");
      }
      break;
    case ChangeKind::Removed:
      w.paint(kRed, "remove");
      if (!r.replaced_by.empty()) w.put(" (" + r.replaced_by + " looks like its new name)");
      break;
    case ChangeKind::Modified:
      w.paint(impact_color(r.impact), shown_impact(r.impact));
      break;
  }
  w.line();
  if (r.kind == ChangeKind::Modified && !r.reason.empty())
    w.put("    ").paint(kBoldRed, "!!").put(" " + r.reason).line();
  if (r.data) write_data(w, *r.data);
  for (const ValueChange& c : r.changes) write_change(w, c, &r);
  for (const SpreadChange& s : r.spread) write_spread(w, s);
}

void write_entry(Writer& w, const EntryChange& e) {
  w.paint(marker_color(e.kind), marker(e.kind)).put(" ");
  w.paint(kBold, e.name.empty() ? e.section : e.name).line();
  if (e.kind != ChangeKind::Modified) {
    write_body(w, change_body(e.old_value, e.new_value), "    ");
    return;
  }
  for (const ValueChange& c : e.changes) {
    if (c.path.empty()) {
      write_body(w, change_body(c.old_value, c.new_value), "    ");
    } else {
      write_change(w, c, nullptr);
    }
  }
}

}  // namespace

std::string text_output(const TemplateDiff& diff, const DiffOutputOptions& options) {
  Writer w(options.color);
  const std::string for_deployment = diff.deployment ? " for " + deployment_phrase(*diff.deployment) : "";
  if (diff.empty()) {
    w.put("No changes: " + options.old_name + " and " + options.new_name + " mean the same template" + for_deployment +
          ".")
        .line();
    return w.take();
  }
  const DiffSummary s = diff.summary();
  w.paint(kBold, "cfnpp diff " + options.old_name + " " + options.new_name).line();
  if (diff.deployment) {
    w.put("For " + deployment_phrase(*diff.deployment)).line();
    if (const std::string c = conditions_phrase(*diff.deployment); !c.empty()) w.put("Conditions: " + c).line();
  }
  if (const std::string resources = resource_summary(s); !resources.empty()) w.put(resources).line();
  if (s.data_loss != 0)
    w.paint(kBoldRed, "!! DATA LOSS: " + std::to_string(s.data_loss) +
                          (s.data_loss == 1 ? " resource loses its data" : " resources lose their data"))
        .line();
  if (s.entries != 0) w.put("Other changes: " + changed_sections(diff)).line();

  if (!diff.resources.empty()) {
    w.line().paint(kBold, "Resources").line();
    for (const ResourceChange& r : diff.resources) write_resource(w, r);
  }
  std::string section;
  for (const EntryChange& e : diff.entries) {
    if (e.name.empty()) {  // a whole section (Description, Transform): its own heading
      section.clear();
      w.line();
      write_entry(w, e);
      continue;
    }
    if (e.section != section) {
      section = e.section;
      w.line().paint(kBold, section).line();
    }
    write_entry(w, e);
  }
  return w.take();
}

}  // namespace cfn::detail::diff
