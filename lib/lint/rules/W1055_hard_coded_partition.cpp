// W1055: no string in Resources or Outputs spells an ARN's partition as
// "arn:aws:". The template then works only in the aws partition, not in
// China (aws-cn) or GovCloud (aws-us-gov); write arn:${AWS::Partition}:
// in a Fn::Sub. One finding per string.
// Source: pseudo-parameter-reference.md (AWS::Partition); cfn-lint I3042
// checks the same for region and account.
#include "lint/rules.hpp"
#include "lint/template_index.hpp"

namespace cfn::checks {
namespace {

class Finder {
 public:
  Finder(Context& ctx, const RuleInfo& rule) : ctx_(ctx), rule_(rule) {}

  void walk(const Value& v, std::string& path) {
    switch (v.kind()) {
      case Value::Kind::String:
        if (v.as_string().find("arn:aws:") != std::string::npos)
          ctx_.report(rule_, v.mark(), path,
                      "hard-coded partition 'arn:aws:' works only in the aws partition; write "
                      "arn:${AWS::Partition}: in a Fn::Sub");
        break;
      case Value::Kind::List:
        for (std::size_t i = 0; i < v.as_list().size(); ++i) {
          const std::size_t size = path.size();
          path += "[" + std::to_string(i) + "]";
          walk(v.as_list()[i], path);
          path.resize(size);
        }
        break;
      case Value::Kind::Map:
        for (const Member& m : v.as_map()) {
          const std::size_t size = path.size();
          path = join_path(path, m.key);
          walk(m.value, path);
          path.resize(size);
        }
        break;
      case Value::Kind::Fn: {
        const std::size_t size = path.size();
        path = join_path(path, fn_name(v.as_fn().kind()));
        walk(v.as_fn().argument(), path);
        path.resize(size);
        break;
      }
      default: break;
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
    std::string path(section);
    finder.walk(*v, path);
  }
}

}  // namespace

extern const Rule kW1055{{"W1055", Severity::Warning, "ARNs use ${AWS::Partition}, not a hard-coded arn:aws:"}, check};

}  // namespace cfn::checks
