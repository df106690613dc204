#include "parse/yaml_reader.hpp"

#include <yaml.h>

#include <algorithm>
#include <cctype>
#include <future>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>

#include "cfn/scalar_equivalence.hpp"
#include "parse/block_scanner.hpp"
#include "parse/comments.hpp"
#include "parse/libyaml_parser.hpp"
#include "parse/scalar_resolver.hpp"
#include "parse/syntax_error.hpp"
#include "parse/tags.hpp"
#include "parse/value_builder.hpp"
#include "parse/yaml_parts.hpp"

namespace cfn::detail::parser {
namespace {

constexpr std::string_view kCoreTagPrefix = "tag:yaml.org,2002:";

// libyaml counts positions in characters; marks count columns in bytes and
// text offsets are bytes. Positions only move forward while a document is
// read (every event starts at or after the previous one), so two cursors
// that walk forward convert each position in time linear in the text.
class Positions {
 public:
  explicit Positions(std::string_view text) : text_(text), ascii_(is_ascii(text)) {}

  /// Byte offset of the character at libyaml's `index`.
  std::size_t offset(std::size_t index) {
    if (ascii_) return std::min(index, text_.size());
    return position_.move_to(text_, index);
  }

  Mark mark(const yaml_mark_t& m) {
    const std::size_t at = offset(m.index);
    const std::size_t line_start =
        ascii_ ? at - std::min(m.column, at) : line_start_.move_to(text_, m.index - m.column);
    return Mark{static_cast<std::uint32_t>(m.line + 1), static_cast<std::uint32_t>(at - line_start + 1)};
  }

 private:
  struct Cursor {
    std::size_t index = 0;   // characters before `offset`
    std::size_t offset = 0;  // bytes
    std::size_t move_to(std::string_view text, std::size_t target) {
      if (target < index) *this = Cursor{};  // not expected; correct anyway
      while (index < target && offset < text.size()) {
        const auto lead = static_cast<unsigned char>(text[offset]);  // the text is valid UTF-8
        offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        ++index;
      }
      return std::min(offset, text.size());
    }
  };

  static bool is_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  }

  std::string_view text_;
  bool ascii_;
  Cursor position_;
  Cursor line_start_;
};

// "!Ref", "!!binary", "!<tag:example.com,2000:x>".
std::string describe_tag(std::string_view tag) {
  if (tag.starts_with(kCoreTagPrefix)) return "!!" + std::string(tag.substr(kCoreTagPrefix.size()));
  if (tag.starts_with("!")) return std::string(tag);
  return "!<" + std::string(tag) + ">";
}

class Event {
 public:
  Event() = default;
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;
  ~Event() { clear(); }
  void clear() {
    if (filled_) yaml_event_delete(&event_);
    filled_ = false;
  }
  yaml_event_t& fill() {
    clear();
    filled_ = true;
    return event_;
  }
  [[nodiscard]] const yaml_event_t& operator*() const noexcept { return event_; }
  [[nodiscard]] const yaml_event_t* operator->() const noexcept { return &event_; }

 private:
  yaml_event_t event_{};
  bool filled_ = false;
};

// Where a text read on its own lies in the whole text: the line breaks and
// bytes before it.
struct Origin {
  std::size_t lines = 0;
  std::size_t bytes = 0;
};

// What the node events mean, whichever scanner gives them: scalars resolved
// as YAML 1.1 (PyYAML's composer), tags as CloudFormation reads them, and the
// value built with marks in the whole text.
class NodeReader final : public NodeEvents {
 public:
  NodeReader(std::vector<DuplicateKey>& duplicates, std::vector<UnknownTag>* unknown_tags, std::size_t origin_lines)
      : builder_(duplicates), unknown_tags_(unknown_tags), origin_lines_(origin_lines) {}

  void scalar(std::string_view tag, std::string_view text, bool plain_implicit, Mark local) override {
    const Mark m = in_whole(local);
    Value v;
    try {
      v = scalar_value(tag, text, plain_implicit, m);
    } catch (const std::invalid_argument& error) {
      throw SyntaxError(m, error.what());
    }
    if (tag.empty() && plain_implicit) note_if_version_dependent(text, v, m);
    if (builder_.expecting_key()) {
      if (!v.is_string()) throw SyntaxError(m, key_type_error(v, text));
      return builder_.key(std::move(v.as_string()), m);
    }
    v.set_mark(m);
    builder_.node(std::move(v));
  }

  void begin_collection(std::string_view tag, bool is_map, Mark local) override {
    const Mark m = in_whole(local);
    if (builder_.expecting_key())
      throw SyntaxError(m, is_map ? "a map key must be a string, not a map" : "a map key must be a string, not a list");
    const auto function = collection_tag(tag, is_map ? "map" : "seq", m);
    if (is_map) return builder_.begin_map(m, function);
    builder_.begin_list(m, function);
  }

  void end_map() override { builder_.end_map(); }
  void end_list() override { builder_.end_list(); }

  YamlDocument finish(std::optional<std::size_t> first_comment) {
    return YamlDocument{builder_.take_root(), first_comment, std::move(version_dependent_)};
  }

  [[nodiscard]] Mark in_whole(Mark local) const noexcept {
    local.line += static_cast<std::uint32_t>(origin_lines_);
    return local;
  }

 private:
  static std::string tag_error(std::string_view tag, std::string_view node) {
    const std::string name = describe_tag(tag);
    static constexpr std::array<std::string_view, 5> kExcluded{"binary", "omap", "pairs", "set", "timestamp"};
    if (tag.starts_with(kCoreTagPrefix) &&
        std::find(kExcluded.begin(), kExcluded.end(), tag.substr(kCoreTagPrefix.size())) != kExcluded.end())
      return "the tag " + name + " is not supported by CloudFormation";
    if (tag.starts_with(kCoreTagPrefix) && core_scalar_tag(tag.substr(kCoreTagPrefix.size())))
      return "the tag " + name + " is for scalars, not " + std::string(node);
    if (tag == std::string(kCoreTagPrefix) + "map" || tag == std::string(kCoreTagPrefix) + "seq")
      return "the tag " + name + " does not fit " + std::string(node);
    if (tag.starts_with("!Rain::"))
      return "unknown tag " + name + ": a rain directive, which `rain pkg` replaces before deploying; CloudFormation " +
             "knows only its functions' tags";
    return "unknown tag " + name + "; CloudFormation knows only its functions' tags (!Ref, !GetAtt, !Sub, !If, ...)";
  }

  // The value of a scalar, as PyYAML's composer resolves it: an untagged
  // plain scalar, or any scalar with the non-specific tag `!`, by the YAML
  // 1.1 patterns; other untagged scalars are strings.
  Value scalar_value(std::string_view tag, std::string_view text, bool plain_implicit, Mark m) {
    if (tag.empty() || tag == "!") {
      if (plain_implicit) return resolve_plain_scalar(text);
      return Value(std::string(text));
    }
    if (tag.starts_with(kCoreTagPrefix)) {
      const std::string_view name = tag.substr(kCoreTagPrefix.size());
      if (const auto core = core_scalar_tag(name)) return resolve_tagged_scalar(*core, text);
      throw SyntaxError(m, tag_error(tag, "a scalar"));
    }
    return apply_function_to_text(function_of(tag, m), std::string(text), m);
  }

  // Records a plain scalar that a YAML 1.2 reader types otherwise. Only
  // texts that start like a number, or that 1.1 does not read as a string
  // (yes, null), can: the others are strings in both.
  void note_if_version_dependent(std::string_view text, const Value& yaml_1_1, Mark m) {
    const char first = text.empty() ? '\0' : text.front();
    const bool numeric_start = (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
    if (!numeric_start && yaml_1_1.is_string()) return;
    Value yaml_1_2 = resolve_plain_scalar_1_2(text);
    if (equivalent_scalars(yaml_1_1, yaml_1_2, ScalarEquality::Exact)) return;
    version_dependent_.push_back({std::string(text), yaml_1_1, std::move(yaml_1_2), m});
  }

  static std::string key_type_error(const Value& key, std::string_view text) {
    const std::string quoted = "'" + std::string(text) + "'";
    if (key.is_fn() || key.is_map()) return "a map key must be a string, not a " + describe_kind(key);
    const std::string what = key.is_null()   ? "null"
                             : key.is_bool() ? std::string("the boolean ") + (key.as_bool() ? "true" : "false")
                                             : "a number";
    return "a map key must be a string, and YAML 1.1 reads " + quoted + " as " + what +
           " (CloudFormation: \"map keys must be strings\"); quote it";
  }

  // A local tag `!Name` that is not a function is an error, or, when the
  // caller collects unknown tags, recorded and read as its long form.
  TagFunction function_of(std::string_view tag, Mark m) {
    if (tag.size() > 1 && tag.front() == '!') {
      if (auto function = function_for_tag(tag.substr(1))) return std::move(*function);
      if (unknown_tags_ != nullptr) {
        unknown_tags_->push_back(UnknownTag{std::string(tag), m, tag_error(tag, "")});
        return unknown_function(tag.substr(1));
      }
    }
    throw SyntaxError(m, tag_error(tag, ""));
  }

  // None for the non-specific tags and for !!map / !!seq on the matching node.
  std::optional<TagFunction> collection_tag(std::string_view tag, std::string_view core_name, Mark m) {
    if (tag.empty() || tag == "!") return std::nullopt;
    if (tag.starts_with(kCoreTagPrefix)) {
      if (tag.substr(kCoreTagPrefix.size()) == core_name) return std::nullopt;
      throw SyntaxError(m, tag_error(tag, core_name == "map" ? "a map" : "a list"));
    }
    return function_of(tag, m);
  }

  ValueBuilder builder_;
  std::vector<VersionDependentScalar> version_dependent_;
  std::vector<UnknownTag>* unknown_tags_;  // null: an unknown tag is an error
  std::size_t origin_lines_;
};

// A text read with libyaml's parser: any YAML, its errors reported at
// their positions.
class LibyamlReader {
 public:
  LibyamlReader(std::string_view text, std::vector<DuplicateKey>& duplicates, std::vector<UnknownTag>* unknown_tags,
                Origin origin)
      : text_(text), positions_(text), nodes_(duplicates, unknown_tags, origin.lines), parser_(text), origin_(origin) {}

  YamlDocument read() {
    Event event;
    for (;;) {
      if (!parser_.next(event.fill())) {
        event.clear();
        throw syntax_error();
      }
      if (event->type == YAML_STREAM_END_EVENT) break;
      handle(*event);
    }
    std::optional<std::size_t> comment = find_yaml_comment(text_, scalar_spans_);
    if (comment) *comment += origin_.bytes;
    return nodes_.finish(comment);
  }

 private:
  void handle(const yaml_event_t& e) {
    switch (e.type) {
      case YAML_DOCUMENT_START_EVENT:
        if (++documents_ > 1)
          throw SyntaxError(mark(e.start_mark), "a second YAML document starts here; a template is a single document");
        return;
      case YAML_ALIAS_EVENT:
        throw SyntaxError(mark(e.start_mark), "YAML aliases (*" + std::string(as_view(e.data.alias.anchor)) +
                                                  ") are not supported by CloudFormation");
      case YAML_SCALAR_EVENT: {
        const auto& s = e.data.scalar;
        check_anchor(s.anchor, e.start_mark);
        record_scalar_span(e);
        return nodes_.scalar(as_view(s.tag), as_view(s.value, s.length), s.plain_implicit != 0,
                             positions_.mark(e.start_mark));
      }
      case YAML_SEQUENCE_START_EVENT:
        check_anchor(e.data.sequence_start.anchor, e.start_mark);
        return nodes_.begin_collection(as_view(e.data.sequence_start.tag), false, positions_.mark(e.start_mark));
      case YAML_SEQUENCE_END_EVENT:
        return nodes_.end_list();
      case YAML_MAPPING_START_EVENT:
        check_anchor(e.data.mapping_start.anchor, e.start_mark);
        return nodes_.begin_collection(as_view(e.data.mapping_start.tag), true, positions_.mark(e.start_mark));
      case YAML_MAPPING_END_EVENT:
        return nodes_.end_map();
      default:
        return;  // stream start, document end
    }
  }

  void record_scalar_span(const yaml_event_t& e) {
    std::size_t begin = positions_.offset(e.start_mark.index);
    const std::size_t end = positions_.offset(e.end_mark.index);
    if (e.data.scalar.style == YAML_LITERAL_SCALAR_STYLE || e.data.scalar.style == YAML_FOLDED_SCALAR_STYLE) {
      // The header line (`|-  # comment`) is not content.
      const std::size_t line_end = text_.find_first_of("\r\n", begin);
      begin = line_end == std::string_view::npos ? end : std::min(line_end, end);
    }
    scalar_spans_.push_back({begin, end});
  }

  void check_anchor(const yaml_char_t* anchor, const yaml_mark_t& at) {
    if (anchor != nullptr)
      throw SyntaxError(mark(at),
                        "YAML anchors (&" + std::string(as_view(anchor)) + ") are not supported by CloudFormation");
  }

  Mark mark(const yaml_mark_t& m) { return nodes_.in_whole(positions_.mark(m)); }

  SyntaxError syntax_error() {
    const yaml_parser_t& p = parser_.state();
    if (p.error == YAML_MEMORY_ERROR) throw std::bad_alloc();
    std::string reason = p.problem != nullptr ? p.problem : "invalid YAML";
    if (reason == "found incompatible YAML document")
      reason = "a %YAML directive for a version other than 1.1 or 1.2; CloudFormation reads YAML 1.1";
    if (p.context != nullptr) {
      const Mark context = mark(p.context_mark);
      reason += " (" + std::string(p.context) + " at line " + std::to_string(context.line) + ", column " +
                std::to_string(context.column) + ")";
    }
    const std::size_t offset = positions_.offset(p.problem_mark.index);
    return SyntaxError(mark(p.problem_mark), reason + tab_hint(offset));
  }

  // A hint when the line of the problem is indented with a tab.
  std::string tab_hint(std::size_t offset) const {
    std::size_t line_start = offset;
    while (line_start > 0 && text_[line_start - 1] != '\n' && text_[line_start - 1] != '\r') --line_start;
    const std::size_t indent_end = text_.find_first_not_of(" \t", line_start);
    const std::string_view indent = text_.substr(line_start, std::min(indent_end, text_.size()) - line_start);
    if (indent.find('\t') == std::string_view::npos) return {};
    return " (this line is indented with a tab; YAML allows only spaces)";
  }

  std::string_view text_;
  Positions positions_;
  NodeReader nodes_;
  LibyamlParser parser_;
  std::vector<TextSpan> scalar_spans_;
  Origin origin_;
  int documents_ = 0;
};

std::optional<BlockScan> scan_unless_error(std::string_view text, NodeReader& nodes) {
  try {
    return scan_block_yaml(text, nodes);
  } catch (const SyntaxError&) {
    return std::nullopt;
  }
}

// A text read by the block scanner when it is in the scanner's subset, by
// libyaml otherwise (also when the scanner's reading meets an error, which
// libyaml's reading reports where libyaml finds it).
YamlDocument read_text(std::string_view text, std::vector<DuplicateKey>& duplicates,
                       std::vector<UnknownTag>* unknown_tags, Origin origin, Scanner scanner) {
  if (scanner == Scanner::Fastest) {
    std::vector<DuplicateKey> block_duplicates;
    std::vector<UnknownTag> block_unknown_tags;
    NodeReader nodes(block_duplicates, unknown_tags != nullptr ? &block_unknown_tags : nullptr, origin.lines);
    if (std::optional<BlockScan> scan = scan_unless_error(text, nodes)) {
      std::move(block_duplicates.begin(), block_duplicates.end(), std::back_inserter(duplicates));
      if (unknown_tags != nullptr)
        std::move(block_unknown_tags.begin(), block_unknown_tags.end(), std::back_inserter(*unknown_tags));
      if (scan->first_comment) *scan->first_comment += origin.bytes;
      return nodes.finish(scan->first_comment);
    }
  }
  return LibyamlReader(text, duplicates, unknown_tags, origin).read();
}

// ---- Reading in parts (yaml_parts.hpp) ----

struct PartReading {
  YamlDocument doc;
  std::vector<DuplicateKey> duplicates;
  std::vector<UnknownTag> unknown_tags;
};

// A part read on its own; nullopt at a syntax error, which reading the whole
// text reports where it is.
std::optional<PartReading> read_part(std::string_view text, const TextPart& part, bool collect_unknown_tags,
                                     Scanner scanner) {
  std::string_view lines = text.substr(part.begin, part.end - part.begin);
  Origin origin{part.line, part.begin};
  std::string behind_prefix;
  if (part.begin != 0) {
    behind_prefix.reserve(kPartPrefix.size() + lines.size());
    behind_prefix.append(kPartPrefix).append(lines);
    lines = behind_prefix;
    origin = Origin{part.line - 1, part.begin - kPartPrefix.size()};
  }
  PartReading reading;
  try {
    reading.doc =
        read_text(lines, reading.duplicates, collect_unknown_tags ? &reading.unknown_tags : nullptr, origin, scanner);
  } catch (const SyntaxError&) {
    return std::nullopt;
  }
  return reading;
}

// The Resources map a part holds, or null when the part is not what a cut
// between two resources gives: the first part ends in the text's Resources,
// a block map of resources; every later part is the map {Resources: a map}
// (the prefix's key and the part's resources), and only the last one may go
// on with the sections after Resources.
Map* resources_of(PartReading& part, std::size_t index, std::size_t count, std::uint32_t resources_line) {
  if (!part.duplicates.empty() || !part.doc.root || !part.doc.root->is_map()) return nullptr;
  Map& root = part.doc.root->as_map();
  if (root.empty()) return nullptr;
  Member& resources = index == 0 ? *(root.end() - 1) : *root.begin();
  if (resources.key != "Resources" || !resources.value.is_map()) return nullptr;
  if (index == 0 && resources.key_mark.line != resources_line) return nullptr;
  if (index != 0 && index + 1 != count && root.size() != 1) return nullptr;
  return &resources.value.as_map();
}

// The parts joined into the document of the whole text, or nullopt when a
// part is not a run of whole resources or has a duplicate key, or a key is in
// two parts (reading the whole text reports duplicates in their order).
std::optional<YamlDocument> join_parts(std::vector<PartReading>& parts, std::uint32_t resources_line,
                                       std::vector<UnknownTag>* unknown_tags) {
  std::vector<Map*> resources;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    Map* map = resources_of(parts[i], i, parts.size(), resources_line);
    if (map == nullptr) return std::nullopt;
    resources.push_back(map);
  }
  YamlDocument& whole = parts.front().doc;
  Map& all = *resources.front();
  std::size_t total = 0;
  for (const Map* map : resources) total += map->size();
  all.reserve(total);
  for (std::size_t i = 1; i < parts.size(); ++i) {
    for (Member& member : *resources[i]) {
      if (all.contains(member.key)) return std::nullopt;
      all.append(std::move(member));
    }
  }
  Map& root = whole.root->as_map();
  Map& last = parts.back().doc.root->as_map();
  for (auto section = last.begin() + 1; section != last.end(); ++section) {
    if (root.contains(section->key)) return std::nullopt;
    root.append(std::move(*section));
  }
  for (std::size_t i = 1; i < parts.size(); ++i) {
    YamlDocument& part = parts[i].doc;
    if (!whole.first_comment) whole.first_comment = part.first_comment;
    std::move(part.version_dependent_scalars.begin(), part.version_dependent_scalars.end(),
              std::back_inserter(whole.version_dependent_scalars));
  }
  if (unknown_tags != nullptr)
    for (PartReading& part : parts)
      std::move(part.unknown_tags.begin(), part.unknown_tags.end(), std::back_inserter(*unknown_tags));
  return std::move(whole);
}

// The text read in parts at the same time, or nullopt when it cannot be.
std::optional<YamlDocument> read_in_parts(std::string_view text, const PartPlan& plan,
                                          std::vector<UnknownTag>* unknown_tags, Scanner scanner) {
  const bool collect = unknown_tags != nullptr;
  std::vector<std::future<std::optional<PartReading>>> later;
  for (std::size_t i = 1; i < plan.parts.size(); ++i)
    later.push_back(std::async(std::launch::async, read_part, text, plan.parts[i], collect, scanner));
  std::optional<PartReading> first = read_part(text, plan.parts.front(), collect, scanner);
  std::vector<PartReading> parts;
  bool complete = first.has_value();
  if (first) parts.push_back(std::move(*first));
  for (auto& part : later) {
    std::optional<PartReading> reading = part.get();  // rethrows what is not a syntax error (bad_alloc)
    complete = complete && reading.has_value();
    if (complete) parts.push_back(std::move(*reading));
  }
  if (!complete) return std::nullopt;
  return join_parts(parts, plan.resources_line, unknown_tags);
}

}  // namespace

std::size_t ReadPolicy::parts_for(std::size_t text_bytes) const noexcept {
  const std::size_t most = max_parts != 0 ? max_parts : std::max(1u, std::thread::hardware_concurrency());
  return min_part_bytes == 0 ? most : std::min(most, text_bytes / min_part_bytes);
}

YamlDocument read_yaml(std::string_view text, std::vector<DuplicateKey>& duplicates,
                       std::vector<UnknownTag>* unknown_tags, const ReadPolicy& policy) {
  const std::size_t bom = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // columns do not count it
  const std::string_view body = text.substr(bom);
  YamlDocument doc;
  const PartPlan plan = plan_parts(body, policy.parts_for(body.size()));
  std::optional<YamlDocument> in_parts;
  if (!plan.parts.empty()) in_parts = read_in_parts(body, plan, unknown_tags, policy.scanner);
  if (in_parts) {
    doc = std::move(*in_parts);
    doc.parts = plan.parts.size();
  } else {
    doc = read_text(body, duplicates, unknown_tags, Origin{}, policy.scanner);
  }
  if (doc.first_comment) *doc.first_comment += bom;
  return doc;
}

}  // namespace cfn::detail::parser
