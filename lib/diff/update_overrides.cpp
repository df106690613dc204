// The specification's UpdateType says what CloudFormation's resource handler
// declares; for some properties of stateful resources the handler refuses
// the change instead, and the documentation says "Updates are not
// supported": the stack update fails (UPDATE_FAILED, then rollback), the
// resource is neither updated nor replaced. Trusting the specification would
// announce an update in place where the deployment fails.
//
// Sources:
//  [VOL-DOC] AWS::EC2::Volume reference, awsdocs/aws-cloudformation-user-guide
//      doc_source/aws-resource-ec2-volume.md (commit 10befd25): AvailabilityZone,
//      Encrypted, KmsKeyId and SnapshotId "Update requires: Updates are not
//      supported."; MultiAttachEnabled: "AWS CloudFormation does not currently
//      support updating a single-attach volume to be multi-attach enabled,
//      updating a multi-attach enabled volume to be single-attach, or updating
//      the size or number of I/O operations per second (IOPS) of a multi-attach
//      enabled volume." The specification (aws-service-spec 0.1.216) says
//      Mutable for all of them.
//  [VOL-PR556] awsdocs/aws-cloudformation-user-guide pull request #556 (merged
//      2020-01): changing a volume's AvailabilityZone fails with "UPDATE_FAILED
//      Volume properties other than AutoEnableIO, type, size, and IOPS cannot be
//      updated. Change the properties back to previous values and update the
//      stack again." The same message covers AvailabilityZoneId (added later).
//  [VOL-1505] aws-cloudformation/cloudformation-coverage-roadmap issue #1505:
//      "AWS::EC2::Volume disallows any update to SnapshotId".
//  [DDB-LSI] AWS::DynamoDB::Table LocalSecondaryIndex reference
//      (https://docs.amazonaws.cn/AWSCloudFormation/latest/TemplateReference/
//      aws-properties-dynamodb-table-localsecondaryindex.html; the zh_cn page on
//      docs.aws.amazon.com says the same): "A local secondary
//      index can only be created when its parent table is created."; IndexName,
//      KeySchema and Projection "Update requires: Updates are not supported."
//      (the older table page said "Replacement" for LocalSecondaryIndexes). The
//      specification says Mutable.
//  [CR-DOC] AWS::CloudFormation::CustomResource reference
//      (aws-resource-cfn-customresource.md): ServiceToken "Updates are not
//      supported." (the specification says Immutable: replacement); the update fails with "UPDATE_FAILED ... Modifying
//      service token is not allowed." (cloudcomponents/cdk-constructs issue #197,
//      aws-solutions/aws-waf-security-automations issue #114; the request to
//      replace instead is cloudformation-coverage-roadmap issue #802). Custom::Name
//      types are the same resource under another name.
#include "diff/update_overrides.hpp"

#include <array>

namespace cfn::detail::diff {
namespace {

constexpr std::string_view kVolumeNote =
    "updates are not supported (AWS documentation; the specification says Mutable)";
constexpr std::string_view kServiceToken =
    "updates are not supported: CloudFormation refuses to change a custom resource's service token";

constexpr std::array<UpdateOverride, 9> kOverrides{{
    {"AWS::CloudFormation::CustomResource", "ServiceToken", "Immutable", Impact::Rejected, kServiceToken, "[CR-DOC]"},
    {"AWS::DynamoDB::Table", "LocalSecondaryIndexes", "Mutable", Impact::Rejected,
     "updates are not supported: local secondary indexes are created with the table only", "[DDB-LSI]"},
    {"AWS::EC2::Volume", "AvailabilityZone", "Mutable", Impact::Rejected, kVolumeNote, "[VOL-DOC] [VOL-PR556]"},
    {"AWS::EC2::Volume", "AvailabilityZoneId", "Mutable", Impact::Rejected,
     "updates are not supported: a volume cannot move to another zone", "[VOL-PR556]"},
    {"AWS::EC2::Volume", "Encrypted", "Mutable", Impact::Rejected, kVolumeNote, "[VOL-DOC]"},
    {"AWS::EC2::Volume", "KmsKeyId", "Mutable", Impact::Rejected, kVolumeNote, "[VOL-DOC]"},
    {"AWS::EC2::Volume", "MultiAttachEnabled", "Mutable", Impact::Rejected,
     "updates are not supported: CloudFormation cannot switch a volume between single- and multi-attach", "[VOL-DOC]"},
    {"AWS::EC2::Volume", "SnapshotId", "Mutable", Impact::Rejected, kVolumeNote, "[VOL-DOC] [VOL-1505]"},
    {"Custom::*", "ServiceToken", "", Impact::Rejected, kServiceToken, "[CR-DOC]"},
}};

}  // namespace

const UpdateOverride* find_update_override(std::string_view resource_type, std::string_view property) noexcept {
  const bool custom = resource_type.starts_with("Custom::");
  for (const UpdateOverride& o : kOverrides) {
    if (o.property != property) continue;
    if (o.resource_type == resource_type || (custom && o.resource_type == "Custom::*")) return &o;
  }
  return nullptr;
}

std::span<const UpdateOverride> update_overrides() noexcept { return kOverrides; }

}  // namespace cfn::detail::diff
