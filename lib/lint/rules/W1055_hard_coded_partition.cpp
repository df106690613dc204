// W1055: no string in Resources or Outputs spells an ARN's partition as
// "arn:aws:". The template then works only in the aws partition, not in
// China (aws-cn) or GovCloud (aws-us-gov); write arn:${AWS::Partition}:
// in a Fn::Sub. One finding per string.
// Source: pseudo-parameter-reference.md (AWS::Partition); cfn-lint I3042
// checks the same for region and account.
#include <algorithm>
#include <functional>

#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace w1055 {

constexpr std::string_view kPartition = "arn:aws:";

/// Boyer-Moore-Horspool: strings here are often long scripts full of 'a's,
/// where std::string::find (memchr for 'a', then compare) is slow.
bool contains_partition(const std::string& s) {
  static const std::boyer_moore_horspool_searcher searcher(kPartition.begin(), kPartition.end());
  return std::search(s.begin(), s.end(), searcher) != s.end();
}

class Finder {
 public:
  Finder(Context& ctx, const RuleInfo& rule) : ctx_(ctx), rule_(rule) {}

  void walk(const Value& v, Path& path) {
    switch (v.kind()) {
      case Value::Kind::String:
        if (contains_partition(v.as_string()))
          ctx_.report(rule_, v.mark(), path,
                      "hard-coded partition 'arn:aws:' works only in the aws partition; write "
                      "arn:${AWS::Partition}: in a Fn::Sub");
        break;
      case Value::Kind::List:
        for (std::size_t i = 0; i < v.as_list().size(); ++i) {
          path.push(i);
          walk(v.as_list()[i], path);
          path.pop();
        }
        break;
      case Value::Kind::Map:
        for (const Member& m : v.as_map()) {
          path.push(m.key);
          walk(m.value, path);
          path.pop();
        }
        break;
      case Value::Kind::Fn:
        path.push(fn_name(v.as_fn().kind()));
        walk(v.as_fn().argument(), path);
        path.pop();
        break;
      default:
        break;
    }
  }

 private:
  Context& ctx_;
  const RuleInfo& rule_;
};

void check(Context& ctx, const RuleInfo& rule) {
  Finder finder(ctx, rule);
  for (std::string_view section : {"Resources", "Outputs"}) {
    const Value* v = ctx.root().find(section);
    if (v == nullptr) continue;
    Path path{section};
    finder.walk(*v, path);
  }
}

}  // namespace w1055

extern const Rule kW1055{
    {.code = "W1055",
     .severity = Severity::Warning,
     .title = "ARNs use ${AWS::Partition}, not a hard-coded arn:aws:",
     .description = "No string in Resources or Outputs contains `arn:aws:`. Such a template works only in the aws "
                    "partition (not aws-cn, aws-us-gov); write `arn:${AWS::Partition}:` in a Sub. cfn-lint: I3042.",
     .source =
         "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html"},
    w1055::check};

}  // namespace cfn::detail::checks
