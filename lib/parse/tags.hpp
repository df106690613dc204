// CloudFormation's YAML short-form tags. `!Name x` means {"Fn::Name": x}
// ({"Ref": x} and {"Condition": x} for those two): a cfn::Fn node for the
// functions the model has, and that single-key map for the documented ones
// it has not (the rule functions !Contains, !EachMemberEquals, !EachMemberIn,
// !RefAll, !ValueOf, !ValueOfAll, and !GetStackOutput), which the emitters
// then write in long form. Any other tag is an error, or (for lint) read as
// that map too (unknown_function).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "cfn/value.hpp"

namespace cfn::detail::parser {

struct TagFunction {
  std::optional<FnKind> kind;  // a function of the model, or
  std::string long_name;       // the key of the map that stands for the function
};

/// The function of a short-form tag given without its '!' ("GetAtt"); nullopt when unknown.
[[nodiscard]] std::optional<TagFunction> function_for_tag(std::string_view tag);

/// An unknown tag read as its long form: the map {"Fn::Rain::Embed": argument} for "Rain::Embed".
[[nodiscard]] TagFunction unknown_function(std::string_view tag);

/// The function applied to its argument, marked at `mark`.
[[nodiscard]] Value apply_function(const TagFunction& function, Value argument, Mark mark);

/// The function applied to a tagged scalar's text: the text is a string, and
/// `!GetAtt A.b.c` is [A, "b.c"] (split at the first dot, as CloudFormation
/// and cfn-lint do; [A] when there is no dot).
[[nodiscard]] Value apply_function_to_text(const TagFunction& function, const std::string& text, Mark mark);

}  // namespace cfn::detail::parser
