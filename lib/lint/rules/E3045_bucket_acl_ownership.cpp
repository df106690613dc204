// E3045: an S3 bucket that sets a canned ACL granting access to others
// (AccessControl PublicRead, PublicReadWrite, AuthenticatedRead, AwsExecRead,
// LogDeliveryWrite) enables ACLs with OwnershipControls (ObjectOwnership
// ObjectWriter or BucketOwnerPreferred). New buckets have Object Ownership
// "bucket owner enforced", which disables ACLs: S3 then refuses to set such
// an ACL (AccessControlListNotSupported) and the stack fails. Private,
// BucketOwnerFullControl and BucketOwnerRead give no one else access and are
// accepted. Values given by a function are not judged.
// Sources: https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
// (bucket owner enforced is the default and disables ACLs),
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-error-responses.html
// (requests that set ACLs then fail); cfn-lint E3045 (which does not look at
// ObjectOwnership itself).
#include <algorithm>
#include <array>

#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace e3045 {

constexpr std::array<std::string_view, 3> kAclsWithoutGrants{"Private", "BucketOwnerFullControl", "BucketOwnerRead"};

// Whether OwnershipControls, as written, leaves ACLs enabled: true, false, or nullopt when a function decides.
std::optional<bool> enables_acls(const Value* controls) {
  if (controls == nullptr) return false;
  if (!controls->is_map()) return std::nullopt;
  const Value* rules = controls->find("Rules");
  if (rules == nullptr) return false;
  if (!rules->is_list()) return std::nullopt;
  bool enabled = false;
  for (const Value& rule : rules->as_list()) {
    const Value* ownership = rule.is_map() ? rule.find("ObjectOwnership") : nullptr;
    if (ownership == nullptr) continue;  // the rule sets nothing: the default stays
    if (!ownership->is_string()) return std::nullopt;
    enabled = enabled || ownership->as_string() != "BucketOwnerEnforced";
  }
  return enabled;
}

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    if (r.type != "AWS::S3::Bucket") continue;
    const Value* acl = r.property("AccessControl");
    if (acl == nullptr || !acl->is_string()) continue;
    const std::string& name = acl->as_string();
    if (std::find(kAclsWithoutGrants.begin(), kAclsWithoutGrants.end(), name) != kAclsWithoutGrants.end()) continue;
    const Value* controls = r.property("OwnershipControls");
    const auto enabled = enables_acls(controls);
    if (!enabled || *enabled) continue;
    ctx.report(rule, acl->mark(), r.path / "Properties" / "AccessControl",
               "AccessControl " + name + " needs ACLs, which " +
                   (controls == nullptr ? std::string("new buckets disable (Object Ownership BucketOwnerEnforced)")
                                        : std::string("OwnershipControls leaves disabled (BucketOwnerEnforced)")) +
                   ": S3 refuses it; set OwnershipControls Rules [{ObjectOwnership: BucketOwnerPreferred}] or "
                   "ObjectWriter, or grant access with a bucket policy instead");
  }
}

}  // namespace e3045

extern const Rule kE3045{
    {.code = "E3045",
     .severity = Severity::Error,
     .title = "S3 canned ACLs that grant access come with OwnershipControls that enable ACLs",
     .description = "An AWS::S3::Bucket whose AccessControl grants others access (PublicRead, PublicReadWrite, "
                    "AuthenticatedRead, AwsExecRead, LogDeliveryWrite) sets OwnershipControls with ObjectOwnership "
                    "ObjectWriter or BucketOwnerPreferred: new buckets enforce bucket ownership, which disables "
                    "ACLs, and S3 refuses the ACL. Private, BucketOwnerFullControl and BucketOwnerRead pass. "
                    "Values given by a function are not judged. cfn-lint: E3045 (without the ObjectOwnership "
                    "check).",
     .source = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html"},
    e3045::check};

}  // namespace cfn::detail::checks
