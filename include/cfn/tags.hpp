/// @file
/// Resource tags: the specification's shared Key/Value property type.
///
/// @code
///   vpc.Tags({{"Name", cfn::sub("${AWS::StackName}-vpc")}, {"Owner", owner.ref()}})
/// @endcode
#pragma once

#include <initializer_list>
#include <vector>

#include "cfn/typed_values.hpp"

namespace cfn {

/// One tag: Key and Value.
struct Tag {
  Str key;    ///< Key
  Str value;  ///< Value
  /// Throws cfn::Error when the key or the value is null (a null `const char*`).
  [[nodiscard]] Value to_value() const;
};

/// A list of tags (the properties whose items are Tag).
class Tags : public ListOf<Obj<Tag>> {
 public:
  /// @name Construction
  //@{
  /// The tags given (`{{"Name", "web"}, {"team", cfn::ref("Team")}}`), or a function producing the list.
  Tags(std::initializer_list<Tag> tags) : ListOf<Obj<Tag>>(std::vector<Tag>(tags)) {}
  Tags(const std::vector<Tag>& tags) : ListOf<Obj<Tag>>(tags) {}
  Tags(Fn f) noexcept : ListOf<Obj<Tag>>(std::move(f)) {}
  //@}
};

}  // namespace cfn
