// The stateful resource types: cfn-lint's list of resources that hold data
// (src/cfnlint/data/AdditionalSpecs/StatefulResources.json) without
//  - AWS::CloudFormation::Stack: a nested stack holds no data itself, its
//    resources follow their own policies;
//  - AWS::DocDB::DBInstance and AWS::Neptune::DBInstance: members of a
//    cluster, which holds the data (an AWS::RDS::DBInstance with
//    DBClusterIdentifier is skipped for the same reason);
// and with AWS::OpenSearchService::Domain and AWS::Timestream::Table, which
// hold data as much as the Elasticsearch domain does.
//
// Policies (AWS CloudFormation user guide, aws-attribute-deletionpolicy.md and
// aws-attribute-updatereplacepolicy.md):
//  - DeletionPolicy applies when a resource is removed from the template (the
//    deployed resource's policy, so OLD's); UpdateReplacePolicy when a
//    property change replaces it (cfnpp takes NEW's: the template being
//    deployed). Both default to Delete, except DeletionPolicy on
//    AWS::RDS::DBCluster and on AWS::RDS::DBInstance without
//    DBClusterIdentifier, which defaults to Snapshot.
//  - Snapshot is supported by AWS::EC2::Volume, AWS::ElastiCache::CacheCluster,
//    AWS::ElastiCache::ReplicationGroup, AWS::Neptune::DBCluster,
//    AWS::RDS::DBCluster, AWS::RDS::DBInstance and AWS::Redshift::Cluster; on
//    other types "CloudFormation reverts to the default option, which is Delete".
//  - S3 buckets are deleted only when empty ("you must delete all objects in
//    the bucket for deletion to succeed"); so are backup vaults (a vault that
//    holds recovery points cannot be deleted).
//  - Retain and RetainExceptOnCreate keep the resource (outside the stack).
//  - Deletion protection (DeletionProtection, DeletionProtectionEnabled: true,
//    Cognito's DeletionProtection: ACTIVE) makes the deletion fail.
#include "diff/stateful.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace cfn::diff_detail {
namespace {

constexpr std::array<StatefulType, 24> kStateful{{
    {"AWS::Backup::BackupVault", false, false, true},
    {"AWS::Cognito::UserPool", false, false, false},
    {"AWS::DocDB::DBCluster", false, false, false},
    {"AWS::DynamoDB::GlobalTable", false, false, false},
    {"AWS::DynamoDB::Table", false, false, false},
    {"AWS::EC2::Volume", true, false, false},
    {"AWS::EFS::FileSystem", false, false, false},
    {"AWS::EMR::Cluster", false, false, false},
    {"AWS::ElastiCache::CacheCluster", true, false, false},
    {"AWS::ElastiCache::ReplicationGroup", true, false, false},
    {"AWS::Elasticsearch::Domain", false, false, false},
    {"AWS::FSx::FileSystem", false, false, false},
    {"AWS::Logs::LogGroup", false, false, false},
    {"AWS::Neptune::DBCluster", true, false, false},
    {"AWS::OpenSearchService::Domain", false, false, false},
    {"AWS::QLDB::Ledger", false, false, false},
    {"AWS::RDS::DBCluster", true, true, false},
    {"AWS::RDS::DBInstance", true, true, false},
    {"AWS::Redshift::Cluster", true, false, false},
    {"AWS::S3::Bucket", false, false, true},
    {"AWS::SDB::Domain", false, false, false},
    {"AWS::SQS::Queue", false, false, false},
    {"AWS::SecretsManager::Secret", false, false, false},
    {"AWS::Timestream::Table", false, false, false},
}};

const Value* property(const Value& resource, std::string_view name) {
  const Value* props = resource.find("Properties");
  return props == nullptr ? nullptr : props->find(name);
}

std::string type_of(const Value& resource) {
  const Value* t = resource.find("Type");
  return t != nullptr && t->is_string() ? t->as_string() : std::string();
}

bool is_on(const Value* v) {
  if (v == nullptr) return false;
  if (v->is_bool()) return v->as_bool();
  return v->is_string() && (v->as_string() == "true" || v->as_string() == "ACTIVE");
}

// The stateful type of a resource that holds data, else nullptr.
const StatefulType* holding_data(const Value& resource) {
  const std::string type = type_of(resource);
  const StatefulType* s = find_stateful_type(type);
  if (s != nullptr && type == "AWS::RDS::DBInstance" && property(resource, "DBClusterIdentifier") != nullptr)
    return nullptr;  // an Aurora cluster member: the cluster holds the data
  return s;
}

DataRisk judge(const StatefulType& type, const Value& deployed, const Value* policy, std::string_view policy_name,
               bool snapshot_by_default, std::string_view what_happens) {
  DataRisk risk;
  risk.policy = std::string(policy_name);
  std::string value;
  if (policy == nullptr) {
    risk.by_default = true;
    value = snapshot_by_default ? "Snapshot" : "Delete";
  } else if (policy->is_string()) {
    value = policy->as_string();
  }
  risk.value = value;
  const std::string stated =
      risk.policy + " " + (value.empty() ? "is computed" : value) + (risk.by_default ? " (the default)" : "");

  if (is_on(property(deployed, "DeletionProtection")) || is_on(property(deployed, "DeletionProtectionEnabled"))) {
    risk.fate = DataFate::Protected;
    risk.message = "deletion protection is on: the deletion fails and the resource stays";
    return risk;
  }
  if (value.empty()) {
    risk.fate = DataFate::Unknown;
    risk.message = stated + ": check which policy applies; without Retain or Snapshot " + std::string(what_happens) +
                   " deletes it and its data";
  } else if (value == "Retain" || value == "RetainExceptOnCreate") {
    risk.fate = DataFate::Retained;
    risk.message = stated + ": the resource and its data are kept, outside the stack";
  } else if (value == "Snapshot" && type.snapshot) {
    risk.fate = DataFate::Snapshot;
    risk.message = stated + ": a snapshot is taken, then " + std::string(what_happens) + " deletes it";
  } else if (value == "Snapshot" || value == "Delete") {
    if (type.deletes_only_when_empty) {
      risk.fate = DataFate::DeletedIfEmpty;
      risk.message = stated + ": " + std::string(what_happens) +
                     " deletes it only if it is empty (the deletion fails while it holds data)";
    } else {
      risk.fate = DataFate::Deleted;
      risk.message = stated + (value == "Snapshot" ? " (not supported by " + std::string(type.type) + ")" : "") + ": " +
                     std::string(what_happens) + " deletes it and its data";
    }
  } else {
    risk.fate = DataFate::Unknown;
    risk.message = stated + ": not a policy CloudFormation knows";
  }
  return risk;
}

}  // namespace

std::span<const StatefulType> stateful_types() noexcept { return kStateful; }

const StatefulType* find_stateful_type(std::string_view type) noexcept {
  const auto it = std::lower_bound(kStateful.begin(), kStateful.end(), type,
                                   [](const StatefulType& s, std::string_view t) { return s.type < t; });
  return it != kStateful.end() && it->type == type ? &*it : nullptr;
}

std::optional<DataRisk> removal_risk(const Value& old_resource) {
  const StatefulType* type = holding_data(old_resource);
  if (type == nullptr) return std::nullopt;
  return judge(*type, old_resource, old_resource.find("DeletionPolicy"), "DeletionPolicy", type->snapshot_by_default,
               "removing the resource");
}

std::optional<DataRisk> replacement_risk(const Value& old_resource, const Value& new_resource, bool surely) {
  const StatefulType* type = holding_data(old_resource);
  if (type == nullptr) return std::nullopt;
  DataRisk risk = judge(*type, old_resource, new_resource.find("UpdateReplacePolicy"), "UpdateReplacePolicy", false,
                        "the replacement");
  risk.if_replaced = !surely;
  return risk;
}

}  // namespace cfn::diff_detail
