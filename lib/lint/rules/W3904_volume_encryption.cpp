// W3904: an AWS::EC2::Volume is encrypted (Encrypted: true). An unencrypted
// volume stays unencrypted for life; only a copy of a snapshot can change it.
// A volume restored from a snapshot (SnapshotId) without Encrypted takes the
// snapshot's encryption and is not judged, nor is a value given by a
// function. (Accounts with EBS encryption by default encrypt anyway; the
// template should not depend on it.)
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace w3904 {

bool is_true(const Value& v) { return (v.is_bool() && v.as_bool()) || (v.is_string() && v.as_string() == "true"); }

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    if (r.type != "AWS::EC2::Volume") continue;
    const Value* props = r.find("Properties");
    if (props != nullptr && !props->is_map()) continue;
    const Value* encrypted = r.property("Encrypted");
    if (encrypted == nullptr) {
      if (r.property("SnapshotId") != nullptr) continue;
      ctx.report(rule, props != nullptr ? props->mark() : r.member->key_mark, r.path / "Properties",
                 "the volume is not encrypted; set Encrypted: true");
    } else if (!encrypted->is_fn() && !is_true(*encrypted)) {
      ctx.report(rule, encrypted->mark(), r.path / "Properties" / "Encrypted",
                 "the volume is not encrypted; set Encrypted: true");
    }
  }
}

}  // namespace w3904

extern const Rule kW3904{
    {.code = "W3904",
     .severity = Severity::Warning,
     .title = "EBS volumes are encrypted",
     .description = "AWS::EC2::Volume has Encrypted: true (a volume from a snapshot without Encrypted takes the "
                    "snapshot's encryption and is not judged). An unencrypted volume stays unencrypted.",
     .source = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"},
    w3904::check};

}  // namespace cfn::detail::checks
