// W3908: a resource that holds data sets DeletionPolicy, so deleting the
// stack (or removing the resource from the template) is a decision written
// down, not a default. Without it CloudFormation deletes the volume, table or
// file system and its data. Judged: the durable stateful types of
// cfn::knowledge::stateful_types() (databases, volumes, file systems,
// ledgers, user pools), except
//  - those CloudFormation cannot delete while they hold data (S3 buckets,
//    backup vaults: the deletion fails, so no data is lost by default);
//  - resources whose deletion protection is on (the deletion fails instead),
//    in the spelling of their type (DeletionProtection: true,
//    DeletionProtectionEnabled: true, Cognito's DeletionProtection: ACTIVE;
//    QLDB ledgers are protected unless they say otherwise);
//  - members of a cluster that holds the data (an RDS instance with
//    DBClusterIdentifier).
// Types whose DeletionPolicy defaults to Snapshot (RDS) are still reported
// (say which you want: Snapshot or Retain, or Delete for throwaway data),
// with that default in the message.
// Source: aws-attribute-deletionpolicy.html; the types' reference pages (in
// lib/model/knowledge.cpp).
#include "cfn/knowledge.hpp"
#include "cfn/template_view.hpp"
#include "lint/context.hpp"

namespace cfn::detail::checks {
namespace w3908 {

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    const knowledge::StatefulType* data = knowledge::data_holder(r.type, r.find("Properties"));
    if (data == nullptr || !data->durable || data->deletes_only_when_empty || r.find("DeletionPolicy") != nullptr ||
        knowledge::deletion_protected(*data, r.find("Properties")))
      continue;
    std::string message = std::string(r.type) + " without DeletionPolicy: ";
    if (data->snapshot_by_default)
      message +=
          "deleting the stack or the resource takes a final snapshot by default; set DeletionPolicy "
          "(Snapshot, Retain or Delete) to make that choice explicit";
    else
      message +=
          "deleting the stack or the resource deletes its data; set DeletionPolicy: Retain (or Snapshot) "
          "to keep it, or Delete to say it is disposable";
    ctx.report(rule, r.member->key_mark, r.path, std::move(message));
  }
}

}  // namespace w3908

extern const Rule kW3908{
    {.code = "W3908",
     .severity = Severity::Warning,
     .title = "Resources that hold data set DeletionPolicy",
     .description = "Resources that hold data set DeletionPolicy: the durable stateful types of `cfn/knowledge.hpp` "
                    "(volumes, RDS instances outside a cluster and clusters, DynamoDB, EFS, FSx, DocDB, Neptune, "
                    "Redshift, OpenSearch/Elasticsearch, Cognito user pools, QLDB, Timestream, SAM SimpleTable); not "
                    "when deletion protection is on in the type's own spelling (`DeletionProtection: true`, "
                    "`DeletionProtectionEnabled: true`, Cognito's `DeletionProtection: ACTIVE`; QLDB ledgers are "
                    "protected by default). Without it, deleting the stack deletes the data (RDS: takes a snapshot "
                    "by default; the message says so). S3 buckets and backup vaults are exempt: CloudFormation "
                    "cannot delete them while they hold data. The diff reads the same table. cfn-lint: I3011.",
     .source =
         "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html"},
    w3908::check};

}  // namespace cfn::detail::checks
