// The tables of cfn/knowledge.hpp, with their sources.
//
// Resource attributes and what changing them does (user guide, "Resource
// attribute reference"):
//  - Type: CloudFormation refuses to change it: the change set fails with
//    "Update of resource type is not permitted" (aws/aws-sam-cli issue #6786,
//    panther-labs/panther issue #1895). Replace by giving a new logical id.
//  - Properties: the specification decides, property by property.
//  - DependsOn, Metadata, DeletionPolicy, UpdateReplacePolicy, UpdatePolicy,
//    CreationPolicy: change how CloudFormation treats the resource, not the
//    resource itself.
//  - Condition: decides whether the resource exists; changing it may create
//    or delete the resource, depending on the conditions' values.
//
// Stateful types: cfn-lint's list of resources that hold data
// (src/cfnlint/data/AdditionalSpecs/StatefulResources.json) without
// AWS::CloudFormation::Stack (a nested stack holds no data itself; its
// resources follow their own policies) and AWS::DocDB::DBInstance /
// AWS::Neptune::DBInstance (members of a cluster, which holds the data), and
// with AWS::OpenSearchService::Domain, AWS::Timestream::Database and Table,
// and AWS::Serverless::SimpleTable (a DynamoDB table), which hold data as much
// as their neighbours do.
//  - Snapshot is supported by AWS::EC2::Volume, AWS::ElastiCache::CacheCluster,
//    AWS::ElastiCache::ReplicationGroup, AWS::Neptune::DBCluster,
//    AWS::RDS::DBCluster, AWS::RDS::DBInstance and AWS::Redshift::Cluster; on
//    other types "CloudFormation reverts to the default option, which is
//    Delete" (aws-attribute-deletionpolicy). DeletionPolicy defaults to
//    Snapshot for AWS::RDS::DBCluster and for AWS::RDS::DBInstance without
//    DBClusterIdentifier (same page).
//  - S3 buckets are deleted only when empty ("you must delete all objects in
//    the bucket for deletion to succeed"); so are backup vaults (a vault that
//    holds recovery points cannot be deleted).
//  - Deletion protection, from each type's reference page: DeletionProtection
//    (Boolean) on AWS::DocDB::DBCluster, AWS::Neptune::DBCluster,
//    AWS::RDS::DBCluster, AWS::RDS::DBInstance and AWS::QLDB::Ledger ("If not
//    defined during ledger creation, this feature is enabled (true) by
//    default"); DeletionProtectionEnabled (Boolean) on AWS::DynamoDB::Table and
//    AWS::Logs::LogGroup; DeletionProtection ACTIVE | INACTIVE (String) on
//    AWS::Cognito::UserPool.
#include "cfn/knowledge.hpp"

#include <algorithm>
#include <array>

namespace cfn::knowledge {
namespace {

using enum SectionShape;

constexpr std::array<Section, 12> kSections{{
    {"AWSTemplateFormatVersion", Any},  // E1006 checks the value
    {"Description", Any},               // E1004 checks the value
    {"Metadata", Map, true},
    {"Transform", StringOrList},
    {"Parameters", Map},
    {"Rules", Map},
    {"Mappings", Map},
    {"Conditions", Map},
    {"Resources", Map},
    {"Outputs", Map},
    {"Hooks", Map, true},  // CodeDeploy blue/green deployments (AWS::CodeDeployBlueGreen)
    {"Globals", Map, false, true},
}};

constexpr std::array<std::string_view, 11> kParameterKeys{
    "Type",      "Description", "Default",  "AllowedValues", "AllowedPattern", "ConstraintDescription",
    "MinLength", "MaxLength",   "MinValue", "MaxValue",      "NoEcho"};
constexpr std::array<std::string_view, 4> kOutputKeys{"Description", "Value", "Export", "Condition"};
constexpr std::array<std::string_view, 2> kRuleKeys{"RuleCondition", "Assertions"};

constexpr std::string_view kPolicy = "a policy: it applies to later operations";

constexpr std::array<ResourceAttribute, 9> kAttributes{{
    {"Type", AttributeChange::Rejected, "CloudFormation refuses: \"Update of resource type is not permitted\"", true},
    {"Condition", AttributeChange::MayCreateOrDelete,
     "the resource exists only when its condition holds: it may be created or deleted", true},
    {"DependsOn", AttributeChange::None, "the order of operations only", true},
    {"Properties", AttributeChange::BySpecification, "", false},
    {"CreationPolicy", AttributeChange::None, kPolicy, false},
    {"UpdatePolicy", AttributeChange::None, kPolicy, false},
    {"DeletionPolicy", AttributeChange::None, kPolicy, true},
    {"UpdateReplacePolicy", AttributeChange::None, kPolicy, true},
    {"Metadata", AttributeChange::None, "metadata only: the resource itself is not changed", false},
}};

constexpr std::string_view kProtection = "DeletionProtection";
constexpr std::string_view kProtectionEnabled = "DeletionProtectionEnabled";

constexpr std::array<StatefulType, 26> kStateful{{
    {.type = "AWS::Backup::BackupVault", .durable = true, .deletes_only_when_empty = true},
    {.type = "AWS::Cognito::UserPool", .durable = true, .protection_property = kProtection, .protection_on = "ACTIVE"},
    {.type = "AWS::DocDB::DBCluster", .durable = true, .protection_property = kProtection, .protection_on = "true"},
    {.type = "AWS::DynamoDB::GlobalTable", .durable = true},
    {.type = "AWS::DynamoDB::Table",
     .durable = true,
     .protection_property = kProtectionEnabled,
     .protection_on = "true"},
    {.type = "AWS::EC2::Volume", .durable = true, .snapshot = true},
    {.type = "AWS::EFS::FileSystem", .durable = true},
    {.type = "AWS::EMR::Cluster"},
    {.type = "AWS::ElastiCache::CacheCluster", .snapshot = true},
    {.type = "AWS::ElastiCache::ReplicationGroup", .snapshot = true},
    {.type = "AWS::Elasticsearch::Domain", .durable = true},
    {.type = "AWS::FSx::FileSystem", .durable = true},
    {.type = "AWS::Logs::LogGroup", .protection_property = kProtectionEnabled, .protection_on = "true"},
    {.type = "AWS::Neptune::DBCluster",
     .durable = true,
     .snapshot = true,
     .protection_property = kProtection,
     .protection_on = "true"},
    {.type = "AWS::OpenSearchService::Domain", .durable = true},
    {.type = "AWS::QLDB::Ledger",
     .durable = true,
     .protection_property = kProtection,
     .protection_on = "true",
     .protected_by_default = true},
    {.type = "AWS::RDS::DBCluster",
     .durable = true,
     .snapshot = true,
     .snapshot_by_default = true,
     .protection_property = kProtection,
     .protection_on = "true"},
    {.type = "AWS::RDS::DBInstance",
     .durable = true,
     .snapshot = true,
     .snapshot_by_default = true,
     .protection_property = kProtection,
     .protection_on = "true",
     .cluster_member_property = "DBClusterIdentifier"},
    {.type = "AWS::Redshift::Cluster", .durable = true, .snapshot = true},
    {.type = "AWS::S3::Bucket", .durable = true, .deletes_only_when_empty = true},
    {.type = "AWS::SDB::Domain"},
    {.type = "AWS::SQS::Queue"},
    {.type = "AWS::SecretsManager::Secret"},
    {.type = "AWS::Serverless::SimpleTable", .durable = true},
    {.type = "AWS::Timestream::Database", .durable = true},
    {.type = "AWS::Timestream::Table", .durable = true},
}};
static_assert(std::is_sorted(kStateful.begin(), kStateful.end(),
                             [](const StatefulType& a, const StatefulType& b) { return a.type < b.type; }));

constexpr std::array<std::string_view, 2> kSamImplicit{"ServerlessRestApi", "ServerlessHttpApi"};

template <class Row>
const Row* find_by_name(std::span<const Row> rows, std::string_view name) {
  const auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.name == name; });
  return it == rows.end() ? nullptr : &*it;
}

const Value* property(const Value* properties, std::string_view name) {
  return properties != nullptr && properties->is_map() ? properties->as_map().find(name) : nullptr;
}

}  // namespace

std::span<const Section> sections() noexcept { return kSections; }
const Section* find_section(std::string_view name) noexcept { return find_by_name<Section>(kSections, name); }

std::span<const std::string_view> parameter_keys() noexcept { return kParameterKeys; }
std::span<const std::string_view> output_keys() noexcept { return kOutputKeys; }
std::span<const std::string_view> rule_keys() noexcept { return kRuleKeys; }

std::span<const ResourceAttribute> resource_attributes() noexcept { return kAttributes; }
const ResourceAttribute* find_resource_attribute(std::string_view name) noexcept {
  return find_by_name<ResourceAttribute>(kAttributes, name);
}

std::span<const StatefulType> stateful_types() noexcept { return kStateful; }

const StatefulType* find_stateful_type(std::string_view type) noexcept {
  const auto it = std::lower_bound(kStateful.begin(), kStateful.end(), type,
                                   [](const StatefulType& s, std::string_view t) { return s.type < t; });
  return it != kStateful.end() && it->type == type ? &*it : nullptr;
}

const StatefulType* data_holder(std::string_view type, const Value* properties) noexcept {
  const StatefulType* s = find_stateful_type(type);
  if (s != nullptr && !s->cluster_member_property.empty() && property(properties, s->cluster_member_property))
    return nullptr;  // a cluster member: the cluster holds the data
  return s;
}

bool deletion_protected(const StatefulType& type, const Value* properties) noexcept {
  if (type.protection_property.empty()) return false;
  const Value* v = property(properties, type.protection_property);
  if (v == nullptr) return type.protected_by_default;
  if (v->is_bool()) return type.protection_on == "true" && v->as_bool();
  return v->is_string() && v->as_string() == type.protection_on;
}

std::string type_service(std::string_view type) {
  const std::size_t first = type.find("::");
  if (first == std::string_view::npos || first == 0) return {};
  const std::string_view provider = type.substr(0, first);
  const std::string_view rest = type.substr(first + 2);
  if (provider == "Custom") return rest.empty() ? std::string() : std::string(provider);
  const std::size_t second = rest.find("::");
  if (second == std::string_view::npos || second == 0 || second + 2 == rest.size()) return {};
  const std::string_view service = rest.substr(0, second);
  return provider == "AWS" ? std::string(service) : std::string(provider) + "::" + std::string(service);
}

bool is_sam_type(std::string_view type) noexcept { return type.starts_with("AWS::Serverless::"); }
bool is_module_type(std::string_view type) noexcept { return type.ends_with("::MODULE"); }
std::span<const std::string_view> sam_implicit_resources() noexcept { return kSamImplicit; }

}  // namespace cfn::knowledge
