/// @file
/// cfn::patterns::Scope: where a building block puts its resources. Every
/// block names its resources by parts ("Vpc", "PublicSubnetA", "Role"); the
/// scope turns a part into a logical id by prefixing it, so the same block
/// used twice in one template gives distinct ids:
///
/// @code
///   Scope web("Web");                       // WebVpc, WebPublicSubnetA, ...
///   Scope kept;                              // no prefix: Vpc, PublicSubnetA, ...
///   kept.rename("Vpc", "myVPC");             // a stack that must keep an established id
///   Scope role = web.child("Instance");      // WebInstanceRole, WebInstanceProfile
/// @endcode
///
/// A scope also carries the tags every resource of the block gets, and names
/// its resources' Name tags after the stack and the prefix
/// (${AWS::StackName}-web-vpc).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/tags.hpp"
#include "cfn/value.hpp"

namespace cfn::patterns {

/// Where a block adds its parts: the prefix of their logical ids
/// (Scope("Blue") gives BlueGroup), renames of parts, and the tags every
/// taggable resource of the scope gets.
class Scope {
 public:
  /// No prefix: parts are their own logical ids.
  Scope() = default;
  /// `prefix`: ASCII letters and digits (it starts every logical id). Throws cfn::Error otherwise.
  explicit Scope(std::string prefix);

  /// The prefix of the logical ids; empty for none.
  [[nodiscard]] const std::string& prefix() const noexcept { return prefix_; }

  /// The logical id of `part`: the prefix, then the part's new name if it was renamed, else the part.
  [[nodiscard]] std::string id(std::string_view part) const;

  /// Gives `part` another name (the prefix still comes first; an empty name
  /// makes the prefix the part's logical id). `part` may name a part of a child
  /// scope as "Child.Part". Throws cfn::Error if `name` is not letters and
  /// digits or the part was already renamed.
  Scope& rename(std::string_view part, std::string name);

  /// The scope of a block inside this one: prefix + `name`, the tags, and the
  /// renames given as "name.Part".
  [[nodiscard]] Scope child(std::string_view name) const;

  /// The same scope, keeping only the renames of `parts`: for a block that
  /// builds some of its parts with another block in its own scope.
  [[nodiscard]] Scope subset(const std::vector<std::string>& parts) const;

  /// Adds a tag that every taggable resource of the scope (and its children) gets.
  Scope& tag(Str key, Str value);
  /// The tags added with tag(), this scope's and its parents'.
  [[nodiscard]] const std::vector<Tag>& tags() const noexcept { return tags_; }

  /// The tags of a resource: Name (${AWS::StackName}, the prefix in kebab case,
  /// then `label`, joined by '-'), then the scope's tags.
  [[nodiscard]] std::vector<Tag> tags_for(std::string_view label) const;
  /// The Name tag's value alone, as a Fn::Sub. Throws cfn::Error when the
  /// prefix and `label` would take it past a tag value's 256 characters for a
  /// stack name of 128.
  [[nodiscard]] Fn name_for(std::string_view label) const;
  /// A physical name, for a resource AWS names by a required property with a
  /// length limit (a backup vault: 50 characters, a maintenance window: 128):
  /// the prefix in kebab case and `label`, then the stack's unique id (the
  /// UUID that ends AWS::StackId), joined by '-'. The stack's name cannot be
  /// in it: at up to 128 characters it overflows such limits, and a name that
  /// outlives its stack (a vault kept after deletion) would stop a new stack
  /// of the same name. Throws cfn::Error when the prefix and `label` leave no
  /// room for the id within `max_length`.
  [[nodiscard]] Fn unique_name(std::string_view label, std::size_t max_length) const;

  /// Throws cfn::Error when a rename names something that is neither one of
  /// `parts` nor a part of one of `children` ("Child.Part"): a misspelt rename
  /// would silently give a resource a new logical id, i.e. replace it.
  void check_renames(std::string_view block, const std::vector<std::string>& parts,
                     const std::vector<std::string>& children = {}) const;

 private:
  [[nodiscard]] std::string words(std::string_view label) const;

  std::string prefix_;
  std::map<std::string, std::string, std::less<>> renames_;
  std::vector<Tag> tags_;
};

}  // namespace cfn::patterns
