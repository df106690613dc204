#include "diff/section_diff.hpp"

#include "cfn/knowledge.hpp"
#include "diff/entry_order.hpp"
#include "diff/value_diff.hpp"

namespace cfn::detail::diff {
namespace {

// How a section is compared: as one value (a scalar, the Transform list) or
// entry by entry, and whether an entry's change is shown whole.
struct Section {
  std::string_view name;
  bool entries;
  Comparison comparison;
  bool whole_entries;  // a scalar section, or a condition expression
};

Section presentation(const knowledge::Section& s) {
  return Section{s.name, s.shape == knowledge::SectionShape::Map,
                 s.json_values ? Comparison::Json : Comparison::AsString,
                 s.shape == knowledge::SectionShape::Any || s.name == "Conditions"};
}

const Value* section_of(const Value& document, std::string_view name) {
  return document.is_map() ? document.find(name) : nullptr;
}

// A section that is absent or written empty (`Outputs:`) has no entries.
const Map* entries_of(const Value* section) {
  if (section == nullptr || !section->is_map()) return nullptr;
  return &section->as_map();
}

bool is_empty(const Value* v) { return v == nullptr || v->is_null(); }

void diff_whole(std::string_view name, const Value* a, const Value* b, Comparison comparison, bool whole,
                std::vector<EntryChange>& out) {
  if (is_empty(a) && is_empty(b)) return;
  EntryChange entry;
  entry.section = std::string(name);
  if (is_empty(a) || is_empty(b)) {
    entry.kind = is_empty(a) ? ChangeKind::Added : ChangeKind::Removed;
    if (!is_empty(a)) entry.old_value = *a;
    if (!is_empty(b)) entry.new_value = *b;
    out.push_back(std::move(entry));
    return;
  }
  if (equivalent(*a, *b, comparison)) return;
  entry.kind = ChangeKind::Modified;
  entry.old_value = *a;
  entry.new_value = *b;
  Path path;
  if (whole) {
    entry.changes.push_back(ValueChange{path, *a, *b, Impact::None, {}});
  } else {
    diff_values(a, b, path, SchemaCursor::untyped(comparison), entry.changes);
  }
  out.push_back(std::move(entry));
}

void diff_entries(const Section& section, const Value* a, const Value* b, std::vector<EntryChange>& out) {
  const bool a_is_map = is_empty(a) || a->is_map();
  const bool b_is_map = is_empty(b) || b->is_map();
  if (!a_is_map || !b_is_map) {  // not a section CloudFormation would accept: compare it whole
    diff_whole(section.name, a, b, section.comparison, false, out);
    return;
  }
  for (const OrderedEntry& e : merged_entries(entries_of(a), entries_of(b))) {
    EntryChange entry;
    entry.section = std::string(section.name);
    entry.name = e.key;
    if (e.old_value == nullptr || e.new_value == nullptr) {
      entry.kind = e.old_value == nullptr ? ChangeKind::Added : ChangeKind::Removed;
      if (e.old_value != nullptr) entry.old_value = *e.old_value;
      if (e.new_value != nullptr) entry.new_value = *e.new_value;
      out.push_back(std::move(entry));
      continue;
    }
    if (equivalent(*e.old_value, *e.new_value, section.comparison)) continue;
    entry.kind = ChangeKind::Modified;
    entry.old_value = *e.old_value;
    entry.new_value = *e.new_value;
    Path path;
    if (section.whole_entries) {
      entry.changes.push_back(ValueChange{path, *e.old_value, *e.new_value, Impact::None, {}});
    } else {
      diff_values(e.old_value, e.new_value, path, SchemaCursor::untyped(section.comparison), entry.changes);
    }
    out.push_back(std::move(entry));
  }
}

}  // namespace

void diff_sections(const Value& old_document, const Value& new_document, std::vector<EntryChange>& out) {
  for (const knowledge::Section& known : knowledge::sections()) {
    if (known.name == "Resources") continue;  // diff_templates compares resources
    const Section s = presentation(known);
    const Value* a = section_of(old_document, s.name);
    const Value* b = section_of(new_document, s.name);
    if (s.entries) {
      diff_entries(s, a, b, out);
    } else {
      diff_whole(s.name, a, b, s.comparison, s.whole_entries, out);
    }
  }
  // Sections the user guide does not know, in NEW's order (OLD-only ones where they were).
  const Map* old_map = old_document.is_map() ? &old_document.as_map() : nullptr;
  const Map* new_map = new_document.is_map() ? &new_document.as_map() : nullptr;
  for (const OrderedEntry& e : merged_entries(old_map, new_map)) {
    if (knowledge::find_section(e.key) != nullptr) continue;
    diff_whole(e.key, e.old_value, e.new_value, Comparison::Json, false, out);
  }
}

}  // namespace cfn::detail::diff
