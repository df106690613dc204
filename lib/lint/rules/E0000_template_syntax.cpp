// E0000: the text reads as CloudFormation reads it. cfn-lint's E0000 is its
// parse errors; two of them let the template be read on, so every other rule
// still judges it:
//  - a key appears once in each map. YAML and JSON readers keep one of the
//    values (CloudFormation and the parser keep the last) and drop the other
//    without a word, so a duplicate is always a mistake
//    (Document::duplicate_keys);
//  - a YAML tag is one of CloudFormation's functions. `!Rain::Embed f` or
//    `!Foo x` makes CloudFormation refuse the template; read with
//    UnknownTags::ReadAsLongForm (cfnpp lint), the parser lists the tag
//    (Document::unknown_tags) and reads its node as the long form
//    `Fn::Foo: x`, the other rules then say what that breaks.
//    Functions and their tags:
//    https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
// Only a parsed document can have either.
#include "cfn/intrinsics.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e0000 {

void check(Context& ctx, const RuleInfo& rule) {
  for (const DuplicateKey& d : ctx.duplicate_keys()) {
    std::string message = "key '" + d.key + "' appears twice in the same map";
    if (d.first.known()) message += " (first at line " + std::to_string(d.first.line) + ")";
    message += "; only the value written last is kept";
    ctx.report(rule, d.duplicate, {}, std::move(message));
  }
  for (const UnknownTag& t : ctx.unknown_tags())
    ctx.report(
        rule, t.mark, {},
        t.reason + "; the checks read on as its long form, " + long_form_of_tag(std::string_view(t.tag).substr(1)));
}

}  // namespace e0000

extern const Rule kE0000{
    {.code = "E0000",
     .severity = Severity::Error,
     .title = "Keys are unique and tags are CloudFormation's",
     .description =
         "A key appears once in every map (`Document::duplicate_keys`, from the parser): YAML and JSON readers keep "
         "one value and drop the other silently, so a duplicate is always a mistake. A YAML tag is one of "
         "CloudFormation's functions (`!Ref`, `!Sub`...): CloudFormation refuses a template with any other "
         "(`!Rain::Embed`, a rain directive `rain pkg` replaces); lint reads its node on as the long form "
         "(`Fn::Rain::Embed: file`, as cfn-lint does) so the other rules judge the rest (`Document::unknown_tags`).",
     .source = "https://yaml.org/spec/1.1/#id932806"},
    e0000::check};

}  // namespace cfn::detail::checks
