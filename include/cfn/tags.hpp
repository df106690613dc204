// Resource tags: the specification's shared Key/Value property type.
//
//   vpc.Tags({{"Name", cfn::sub("${AWS::StackName}-vpc")}, {"Owner", owner.ref()}})
#pragma once

#include <initializer_list>
#include <vector>

#include "cfn/typed_values.hpp"

namespace cfn {

struct Tag {
  Str key;
  Str value;
  [[nodiscard]] Value to_value() const { return Map{{"Key", key.value()}, {"Value", value.value()}}; }
};

/// A list of tags (the properties whose items are Tag).
class Tags : public TypedValue {
 public:
  Tags(std::initializer_list<Tag> tags) : TypedValue(collect(tags)) {}
  Tags(const std::vector<Tag>& tags) : TypedValue(collect(tags)) {}
  Tags(Fn f) noexcept : TypedValue(std::move(f)) {}

 private:
  template <class Range>
  static List collect(const Range& tags) {
    List out;
    out.reserve(tags.size());
    for (const Tag& t : tags) out.push_back(t.to_value());
    return out;
  }
};

}  // namespace cfn
