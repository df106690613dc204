// W3908: a resource that holds data sets DeletionPolicy, so deleting the
// stack (or removing the resource from the template) is a decision written
// down, not a default. Without it CloudFormation deletes the volume, table or
// file system and its data. Two kinds of resource are exempt:
//  - AWS::S3::Bucket: CloudFormation cannot delete a bucket that holds
//    objects (the deletion fails), so its data is never lost by default;
//    an empty bucket loses nothing. Warning on every bucket would be noise.
//  - resources whose deletion protection is on (DeletionProtection /
//    DeletionProtectionEnabled: true): the deletion fails instead.
// AWS::RDS::DBCluster and AWS::RDS::DBInstance without DBClusterIdentifier
// default to Snapshot rather than Delete; they are still reported (say which
// you want: Snapshot or Retain, or Delete for throwaway data), with that
// default in the message. An RDS instance in a cluster holds no data of its
// own (the cluster does) and is exempt.
// Source: aws-attribute-deletionpolicy.html; the types are those of cfn-lint's
// StatefulResources.json (I3011) that hold durable data.
#include <algorithm>
#include <array>

#include "lint/rules.hpp"
#include "lint/template_index.hpp"

namespace cfn::checks {
namespace {

constexpr std::array<std::string_view, 16> kStateful{
    "AWS::Cognito::UserPool",         "AWS::DocDB::DBCluster",  "AWS::DynamoDB::GlobalTable",
    "AWS::DynamoDB::Table",           "AWS::EC2::Volume",       "AWS::EFS::FileSystem",
    "AWS::Elasticsearch::Domain",     "AWS::FSx::FileSystem",   "AWS::Neptune::DBCluster",
    "AWS::OpenSearchService::Domain", "AWS::QLDB::Ledger",      "AWS::RDS::DBCluster",
    "AWS::RDS::DBInstance",           "AWS::Redshift::Cluster", "AWS::Serverless::SimpleTable",
    "AWS::Timestream::Database",
};

bool is_true(const Value* v) {
  return v != nullptr && ((v->is_bool() && v->as_bool()) || (v->is_string() && v->as_string() == "true"));
}

void check(Context& ctx, const RuleInfo& rule) {
  for (const ResourceEntry& r : ctx.index().resources()) {
    if (std::find(kStateful.begin(), kStateful.end(), r.type) == kStateful.end()) continue;
    if (r.find("DeletionPolicy") != nullptr) continue;
    if (is_true(r.property("DeletionProtection")) || is_true(r.property("DeletionProtectionEnabled"))) continue;
    if (r.type == "AWS::RDS::DBInstance" && r.property("DBClusterIdentifier") != nullptr)
      continue;  // an Aurora cluster member: the cluster holds the data
    std::string message = std::string(r.type) + " without DeletionPolicy: ";
    if (r.type == "AWS::RDS::DBCluster" || r.type == "AWS::RDS::DBInstance")
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

}  // namespace

extern const Rule kW3908{{"W3908", Severity::Warning, "Resources that hold data set DeletionPolicy"}, check};

}  // namespace cfn::checks
