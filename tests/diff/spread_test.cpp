// A replacement spreads to what refers to the replaced resource
// (lib/diff/replacement_spread.hpp). Every expected impact and reason is
// written from the resource specification's UpdateType of the property that
// holds the reference (../shared/spec/CloudFormationResourceSpecification.json):
//   AWS::S3::BucketPolicy Bucket Immutable, PolicyDocument Mutable;
//   AWS::IAM::Role Policies Mutable (Policy.PolicyDocument Mutable);
//   AWS::Lambda::Function Environment Mutable (Environment.Variables Mutable),
//     Role Mutable, VpcConfig Mutable (VpcConfig.SubnetIds and .SecurityGroupIds Mutable);
//   AWS::EC2::EIP Domain Immutable; AWS::EC2::NatGateway AllocationId and SubnetId Immutable;
//   AWS::EC2::Route RouteTableId Immutable, NatGatewayId Mutable, GatewayId Mutable;
//   AWS::EC2::VPC CidrBlock Immutable; AWS::EC2::Subnet VpcId and CidrBlock Immutable;
//   AWS::EC2::RouteTable VpcId, AWS::EC2::SecurityGroup VpcId, AWS::EC2::VPCGatewayAttachment VpcId,
//     AWS::EC2::SubnetRouteTableAssociation SubnetId and RouteTableId: Immutable;
//   AWS::EC2::Instance SecurityGroupIds Conditional;
//   AWS::RDS::DBInstance Engine, SourceDBInstanceIdentifier Conditional, DBSubnetGroupName Immutable;
//   AWS::RDS::DBSubnetGroup DBSubnetGroupName Immutable;
//   AWS::SSM::Parameter Name Immutable, Value Mutable.
#include <catch2/catch.hpp>
#include <string>

#include "cfn/parse.hpp"
#include "support/diff_helpers.hpp"

using cfn::ChangeKind;
using cfn::DataFate;
using cfn::Impact;
using cfn::ResourceChange;
using cfn::SpreadChange;
using cfn::TemplateDiff;
using cfn::test::diff_pair;
using cfn::test::diff_text;

namespace {

const ResourceChange* find(const TemplateDiff& d, std::string_view id) {
  for (const ResourceChange& r : d.resources)
    if (r.logical_id == id) return &r;
  return nullptr;
}

const ResourceChange& at(const TemplateDiff& d, std::string_view id) {
  const ResourceChange* r = find(d, id);
  if (r == nullptr) FAIL("no change for " << id);
  return *r;
}

void check_spread(const SpreadChange& s, std::string_view source, std::string_view path, Impact impact,
                  std::string_view reason, std::string_view origin, bool surely = true) {
  CHECK(s.source == source);
  CHECK(cfn::to_string(s.path) == path);
  CHECK(s.impact == impact);
  CHECK(s.reason == reason);
  CHECK(s.origin == origin);
  CHECK(s.source_surely == surely);
}

struct Counts {
  std::size_t modified, replace, may_replace, update, spread, data_loss;
};

void check_summary(const TemplateDiff& d, const Counts& want) {
  const cfn::DiffSummary s = d.summary();
  CHECK(s.modified == want.modified);
  CHECK(s.replace == want.replace);
  CHECK(s.may_replace == want.may_replace);
  CHECK(s.update == want.update);
  CHECK(s.spread == want.spread);
  CHECK(s.data_loss == want.data_loss);
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("spread: a replaced bucket replaces its policy and updates the role and function naming it",
          "[diff][spread]") {
  const TemplateDiff d = diff_pair("spread_bucket_old.yaml", "spread_bucket_new.yaml");
  REQUIRE(d.resources.size() == 4);  // not Alerts: DependsOn alone is no change

  const ResourceChange& bucket = at(d, "StateBucket");
  CHECK(bucket.impact == Impact::Replace);
  CHECK(bucket.spread.empty());
  REQUIRE(bucket.data);
  CHECK(bucket.data->fate == DataFate::Retained);  // UpdateReplacePolicy: Retain

  const ResourceChange& policy = at(d, "StateBucketPolicy");
  CHECK(policy.kind == ChangeKind::Modified);
  CHECK(policy.changes.empty());  // its text did not change
  CHECK(policy.impact == Impact::Replace);
  // Bucket (Immutable) and the ${StateBucket} of PolicyDocument (Mutable): one entry, the most severe.
  REQUIRE(policy.spread.size() == 1);
  check_spread(policy.spread[0], "StateBucket", "Properties.Bucket", Impact::Replace, "Bucket is Immutable",
               "StateBucket");
  CHECK_FALSE(policy.data);  // a bucket policy holds no data

  const ResourceChange& role = at(d, "CleanupRole");
  CHECK(role.impact == Impact::Update);
  REQUIRE(role.spread.size() == 1);
  check_spread(role.spread[0], "StateBucket", "Properties.Policies[0].PolicyDocument.Statement[0].Resource",
               Impact::Update, "Policy.PolicyDocument is Mutable", "StateBucket");

  const ResourceChange& function = at(d, "CleanupFunction");
  CHECK(function.impact == Impact::Update);
  REQUIRE(function.spread.size() == 1);  // the role it refers to is only updated: no spread from it
  check_spread(function.spread[0], "StateBucket", "Properties.Environment.Variables.BUCKET", Impact::Update,
               "Environment.Variables is Mutable", "StateBucket");

  check_summary(d, {.modified = 4, .replace = 2, .may_replace = 0, .update = 2, .spread = 3, .data_loss = 0});
}

TEST_CASE("spread: a replaced Elastic IP replaces the NAT gateway, which updates the route", "[diff][spread]") {
  const TemplateDiff d = diff_pair("spread_eip_old.yaml", "spread_eip_new.yaml");
  REQUIRE(d.resources.size() == 3);
  CHECK(d.resources[0].logical_id == "NatEip");
  CHECK(d.resources[0].impact == Impact::Replace);
  const ResourceChange& nat = at(d, "NatGateway");
  CHECK(nat.impact == Impact::Replace);
  REQUIRE(nat.spread.size() == 1);
  check_spread(nat.spread[0], "NatEip", "Properties.AllocationId", Impact::Replace, "AllocationId is Immutable",
               "NatEip");
  const ResourceChange& route = at(d, "PrivateRoute");
  CHECK(route.impact == Impact::Update);
  REQUIRE(route.spread.size() == 1);
  check_spread(route.spread[0], "NatGateway", "Properties.NatGatewayId", Impact::Update, "NatGatewayId is Mutable",
               "NatEip");
}

TEST_CASE("spread: a replaced VPC replaces its network, transitively", "[diff][spread]") {
  const TemplateDiff d = diff_pair("spread_vpc_old.yaml", "spread_vpc_new.yaml");
  CHECK(find(d, "InternetGateway") == nullptr);  // refers to nothing replaced
  CHECK(find(d, "NatEip") == nullptr);           // DependsOn GatewayAttachment only
  REQUIRE(d.resources.size() == 17);

  CHECK(at(d, "Vpc").impact == Impact::Replace);
  CHECK(at(d, "Vpc").spread.empty());
  for (const char* direct : {"GatewayAttachment", "PublicSubnetA", "PublicSubnetB", "PrivateSubnetA", "PrivateSubnetB",
                             "PublicRouteTable", "PrivateRouteTable", "AppSecurityGroup"}) {
    INFO(direct);
    const ResourceChange& r = at(d, direct);
    CHECK(r.changes.empty());
    CHECK(r.impact == Impact::Replace);
    REQUIRE(r.spread.size() == 1);
    // A subnet refers to the VPC at VpcId and (GetAtt Vpc.CidrBlock) at CidrBlock, both Immutable: the first.
    check_spread(r.spread[0], "Vpc", "Properties.VpcId", Impact::Replace, "VpcId is Immutable", "Vpc");
  }

  const ResourceChange& public_route = at(d, "PublicRoute");
  CHECK(public_route.impact == Impact::Replace);
  REQUIRE(public_route.spread.size() == 1);  // InternetGateway is not replaced; DependsOn is no reference
  check_spread(public_route.spread[0], "PublicRouteTable", "Properties.RouteTableId", Impact::Replace,
               "RouteTableId is Immutable", "Vpc");

  for (const char* side : {"Public", "Private"}) {
    for (const char* zone : {"A", "B"}) {
      const std::string id = std::string(side) + "Subnet" + zone + "RouteTableAssociation";
      INFO(id);
      const ResourceChange& r = at(d, id);
      CHECK(r.impact == Impact::Replace);
      REQUIRE(r.spread.size() == 2);  // both of its references, in the order written
      check_spread(r.spread[0], std::string(side) + "Subnet" + zone, "Properties.SubnetId", Impact::Replace,
                   "SubnetId is Immutable", "Vpc");
      check_spread(r.spread[1], std::string(side) + "RouteTable", "Properties.RouteTableId", Impact::Replace,
                   "RouteTableId is Immutable", "Vpc");
    }
  }

  const ResourceChange& nat = at(d, "NatGateway");
  CHECK(nat.impact == Impact::Replace);
  REQUIRE(nat.spread.size() == 1);  // the Elastic IP is not replaced
  check_spread(nat.spread[0], "PublicSubnetA", "Properties.SubnetId", Impact::Replace, "SubnetId is Immutable", "Vpc");

  const ResourceChange& private_route = at(d, "PrivateRoute");
  CHECK(private_route.impact == Impact::Replace);
  REQUIRE(private_route.spread.size() == 2);
  check_spread(private_route.spread[0], "PrivateRouteTable", "Properties.RouteTableId", Impact::Replace,
               "RouteTableId is Immutable", "Vpc");
  check_spread(private_route.spread[1], "NatGateway", "Properties.NatGatewayId", Impact::Update,
               "NatGatewayId is Mutable", "Vpc");

  const ResourceChange& function = at(d, "AppFunction");
  CHECK(function.impact == Impact::Update);
  REQUIRE(function.spread.size() == 3);
  check_spread(function.spread[0], "PrivateSubnetA", "Properties.VpcConfig.SubnetIds[0]", Impact::Update,
               "VpcConfig.SubnetIds is Mutable", "Vpc");
  check_spread(function.spread[1], "PrivateSubnetB", "Properties.VpcConfig.SubnetIds[1]", Impact::Update,
               "VpcConfig.SubnetIds is Mutable", "Vpc");
  check_spread(function.spread[2], "AppSecurityGroup", "Properties.VpcConfig.SecurityGroupIds[0]", Impact::Update,
               "VpcConfig.SecurityGroupIds is Mutable", "Vpc");

  check_summary(d, {.modified = 17, .replace = 16, .may_replace = 0, .update = 1, .spread = 16, .data_loss = 0});
}

TEST_CASE("spread: what a resource that may be replaced reaches may be replaced, or is updated", "[diff][spread]") {
  const TemplateDiff d = diff_pair("spread_database_old.yaml", "spread_database_new.yaml");
  REQUIRE(d.resources.size() == 3);
  const ResourceChange& db = at(d, "Database");
  CHECK(db.impact == Impact::MayReplace);
  REQUIRE(db.data);
  CHECK(db.data->fate == DataFate::Deleted);  // UpdateReplacePolicy Delete, the default
  CHECK(db.data->if_replaced);

  const ResourceChange& replica = at(d, "ReadReplica");
  CHECK(replica.impact == Impact::MayReplace);
  REQUIRE(replica.spread.size() == 1);
  check_spread(replica.spread[0], "Database", "Properties.SourceDBInstanceIdentifier", Impact::MayReplace,
               "SourceDBInstanceIdentifier is Conditional", "Database", false);
  REQUIRE(replica.data);  // a replica holds data: its UpdateReplacePolicy decides
  CHECK(replica.data->fate == DataFate::Snapshot);
  CHECK(replica.data->if_replaced);

  // Name (Immutable) is the most severe of its two references, and only "may" as its source only may be replaced.
  const ResourceChange& parameter = at(d, "EndpointParameter");
  CHECK(parameter.impact == Impact::MayReplace);
  REQUIRE(parameter.spread.size() == 1);
  check_spread(parameter.spread[0], "Database", "Properties.Name", Impact::MayReplace, "Name is Immutable", "Database",
               false);
  CHECK_FALSE(parameter.data);

  // Data loss: the database; the replica is snapshot first.
  check_summary(d, {.modified = 3, .replace = 0, .may_replace = 3, .update = 0, .spread = 2, .data_loss = 1});
}

TEST_CASE("spread: a Mutable reference to a resource that may be replaced is an update", "[diff][spread]") {
  const TemplateDiff d = diff_text(
      "Resources:\n"
      "  Db: {Type: AWS::RDS::DBInstance, Properties: {Engine: mysql, DBInstanceClass: db.t3.micro}}\n"
      "  Endpoint: {Type: AWS::SSM::Parameter, Properties: {Type: String, Value: !GetAtt Db.Endpoint.Address}}\n",
      "Resources:\n"
      "  Db: {Type: AWS::RDS::DBInstance, Properties: {Engine: mariadb, DBInstanceClass: db.t3.micro}}\n"
      "  Endpoint: {Type: AWS::SSM::Parameter, Properties: {Type: String, Value: !GetAtt Db.Endpoint.Address}}\n");
  const ResourceChange& endpoint = at(d, "Endpoint");
  CHECK(endpoint.impact == Impact::Update);
  REQUIRE(endpoint.spread.size() == 1);
  check_spread(endpoint.spread[0], "Db", "Properties.Value", Impact::Update, "Value is Mutable", "Db", false);
  CHECK(contains(cfn::format_diff(d, cfn::DiffFormat::Text),
                 "    [ref] Properties.Value: update because Db may be replaced (Value is Mutable)\n"));
}

TEST_CASE("spread: a Conditional reference to a replaced resource may replace", "[diff][spread]") {
  const std::string rest =
      "  Server:\n"
      "    Type: AWS::EC2::Instance\n"
      "    Properties: {ImageId: ami-0123456789abcdef0, SecurityGroupIds: [!GetAtt Group.GroupId]}\n";
  const TemplateDiff d = diff_text(
      "Resources:\n  Group: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: web}}\n" + rest,
      "Resources:\n  Group: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: web servers}}\n" + rest);
  REQUIRE(d.resources.size() == 2);
  CHECK(at(d, "Group").impact == Impact::Replace);  // GroupDescription is Immutable
  const ResourceChange& server = at(d, "Server");
  CHECK(server.impact == Impact::MayReplace);
  REQUIRE(server.spread.size() == 1);
  check_spread(server.spread[0], "Group", "Properties.SecurityGroupIds[0]", Impact::MayReplace,
               "SecurityGroupIds is Conditional", "Group");
  CHECK(contains(cfn::format_diff(d, cfn::DiffFormat::Text),
                 "[~] AWS::EC2::Instance Server: MAY REPLACE\n"
                 "    [ref] Properties.SecurityGroupIds[0]: MAY REPLACE because Group is replaced "
                 "(SecurityGroupIds is Conditional)\n"));
}

TEST_CASE("spread: a stateful resource replaced through a reference loses its data as the policies say",
          "[diff][spread][data]") {
  auto templ = [](std::string_view group_name, std::string_view policy) {
    return "Resources:\n"
           "  DbSubnets:\n"
           "    Type: AWS::RDS::DBSubnetGroup\n"
           "    Properties: {DBSubnetGroupName: " +
           std::string(group_name) +
           ", DBSubnetGroupDescription: db, SubnetIds: [subnet-1, subnet-2]}\n"
           "  Database:\n"
           "    Type: AWS::RDS::DBInstance\n" +
           std::string(policy) +
           "    Properties: {Engine: postgres, DBInstanceClass: db.t3.micro, DBSubnetGroupName: !Ref DbSubnets}\n";
  };
  {
    const TemplateDiff d = diff_text(templ("db-a", ""), templ("db-b", ""));
    const ResourceChange& db = at(d, "Database");
    CHECK(db.impact == Impact::Replace);
    REQUIRE(db.data);
    CHECK(db.data->fate == DataFate::Deleted);
    CHECK(db.data->policy == "UpdateReplacePolicy");
    CHECK(db.data->by_default);
    CHECK_FALSE(db.data->if_replaced);
    CHECK(d.summary().data_loss == 1);
    const std::string text = cfn::format_diff(d, cfn::DiffFormat::Text);
    CHECK(contains(text, "!! DATA LOSS: 1 resource loses its data\n"));
    CHECK(
        contains(text,
                 "[~] AWS::RDS::DBInstance Database: REPLACE\n"
                 "    !! DATA LOSS: UpdateReplacePolicy Delete (the default): the replacement deletes it and its data\n"
                 "    [ref] Properties.DBSubnetGroupName: REPLACE because DbSubnets is replaced "
                 "(DBSubnetGroupName is Immutable)\n"));
    const std::string md = cfn::format_diff(d, cfn::DiffFormat::Markdown);
    CHECK(contains(md,
                   "| ~ | `Database` | `AWS::RDS::DBInstance` | **replace** | **lost** (UpdateReplacePolicy Delete, "
                   "the default) |\n"));
    CHECK(contains(md,
                   "  - ↳ `Properties.DBSubnetGroupName` — **replace** because DbSubnets is replaced "
                   "(DBSubnetGroupName is Immutable)\n"));
  }
  {
    const TemplateDiff d = diff_text(templ("db-a", "    UpdateReplacePolicy: Snapshot\n"),
                                     templ("db-b", "    UpdateReplacePolicy: Snapshot\n"));
    const ResourceChange& db = at(d, "Database");
    CHECK(db.impact == Impact::Replace);
    REQUIRE(db.data);
    CHECK(db.data->fate == DataFate::Snapshot);
    CHECK(d.summary().data_loss == 0);
  }
}

TEST_CASE("spread: a resource changed for its own reasons keeps the most severe impact and lists both",
          "[diff][spread]") {
  auto templ = [](std::string_view bucket_name, std::string_view action, std::string_view engine) {
    return "Resources:\n"
           "  Bucket: {Type: AWS::S3::Bucket, Properties: {BucketName: " +
           std::string(bucket_name) +
           "}}\n"
           "  Policy:\n"
           "    Type: AWS::S3::BucketPolicy\n"
           "    Properties:\n"
           "      Bucket: !Ref Bucket\n"
           "      PolicyDocument: {Statement: [{Effect: Allow, Principal: '*', Action: " +
           std::string(action) +
           ", Resource: !Sub '${Bucket.Arn}/*'}]}\n"
           "  Db: {Type: AWS::RDS::DBInstance, Properties: {Engine: " +
           std::string(engine) + ", DBInstanceClass: db.t3.micro, Tags: [{Key: bucket, Value: !Ref Bucket}]}}\n";
  };
  // Policy: its own update (PolicyDocument) and the replacement of Bucket: replace, both listed.
  // Db: its own "may replace" (Engine) and an update through Tags (Mutable): stays "may replace".
  const TemplateDiff d = diff_text(templ("a", "s3:GetObject", "mysql"), templ("b", "s3:ListBucket", "mariadb"));
  const ResourceChange& policy = at(d, "Policy");
  CHECK(policy.impact == Impact::Replace);
  REQUIRE(policy.changes.size() == 1);
  CHECK(policy.changes[0].impact == Impact::Update);
  REQUIRE(policy.spread.size() == 1);
  check_spread(policy.spread[0], "Bucket", "Properties.Bucket", Impact::Replace, "Bucket is Immutable", "Bucket");

  const ResourceChange& db = at(d, "Db");
  CHECK(db.impact == Impact::MayReplace);
  REQUIRE(db.changes.size() == 1);
  REQUIRE(db.spread.size() == 1);
  check_spread(db.spread[0], "Bucket", "Properties.Tags[0].Value", Impact::Update, "Tag.Value is Mutable", "Bucket");
  REQUIRE(db.data);
  CHECK(db.data->if_replaced);  // still only "may be replaced"
}

TEST_CASE("spread: an own 'may replace' raised to 'replace' by a reference, with its data risk", "[diff][spread]") {
  auto templ = [](std::string_view group, std::string_view engine) {
    return "Resources:\n"
           "  Subnets: {Type: AWS::RDS::DBSubnetGroup, Properties: {DBSubnetGroupName: " +
           std::string(group) +
           ", DBSubnetGroupDescription: d, SubnetIds: [s-1]}}\n"
           "  Db: {Type: AWS::RDS::DBInstance, Properties: {Engine: " +
           std::string(engine) + ", DBInstanceClass: db.t3.micro, DBSubnetGroupName: !Ref Subnets}}\n";
  };
  const TemplateDiff d = diff_text(templ("a", "mysql"), templ("b", "mariadb"));
  const ResourceChange& db = at(d, "Db");
  CHECK(db.impact == Impact::Replace);
  REQUIRE(db.changes.size() == 1);
  CHECK(db.changes[0].impact == Impact::MayReplace);
  REQUIRE(db.data);
  CHECK(db.data->fate == DataFate::Deleted);
  CHECK_FALSE(db.data->if_replaced);  // surely replaced now
}

TEST_CASE("spread: only references to resources count, anywhere in the properties", "[diff][spread]") {
  const std::string referrers =
      "  ByParameter: {Type: AWS::SSM::Parameter, Properties: {Name: !Ref Stage, Type: String, Value: v}}\n"
      "  ByPseudo: {Type: AWS::SSM::Parameter, Properties: {Name: !Sub '${AWS::StackName}-x', Type: String, Value: "
      "v}}\n"
      "  ByOwnVariable:\n"
      "    Type: AWS::SSM::Parameter\n"
      "    Properties: {Name: !Sub ['${Topic}-x', {Topic: fixed}], Type: String, Value: v}\n"
      "  ByVariableValue:\n"
      "    Type: AWS::SSM::Parameter\n"
      "    Properties: {Name: !Sub ['${T}-x', {T: !GetAtt Topic.TopicName}], Type: String, Value: v}\n"
      "  ByDottedSub: {Type: AWS::SSM::Parameter, Properties: {Name: !Sub '${Topic.TopicName}', Type: String, Value: "
      "v}}\n"
      "  InIf:\n"
      "    Type: AWS::SSM::Parameter\n"
      "    Properties: {Name: !If [IsProd, !Ref Topic, other], Type: String, Value: v}\n"
      "  ByDependsOn: {Type: AWS::SSM::Parameter, DependsOn: Topic, Properties: {Name: n, Type: String, Value: v}}\n"
      "  ByMetadata:\n"
      "    Type: AWS::SSM::Parameter\n"
      "    Metadata: {topic: !Ref Topic}\n"
      "    Properties: {Name: m, Type: String, Value: v}\n"
      "Outputs:\n"
      "  TopicArn: {Value: !Ref Topic}\n";
  const std::string head =
      "Parameters: {Stage: {Type: String}}\nConditions: {IsProd: !Equals [!Ref Stage, prod]}\nResources:\n";
  const TemplateDiff d = diff_text(head + "  Topic: {Type: AWS::SNS::Topic, Properties: {TopicName: a}}\n" + referrers,
                                   head + "  Topic: {Type: AWS::SNS::Topic, Properties: {TopicName: b}}\n" + referrers);
  for (const char* unaffected : {"ByParameter", "ByPseudo", "ByOwnVariable", "ByDependsOn", "ByMetadata"}) {
    INFO(unaffected);
    CHECK(find(d, unaffected) == nullptr);
  }
  for (const char* reached : {"ByVariableValue", "ByDottedSub", "InIf"}) {
    INFO(reached);
    const ResourceChange& r = at(d, reached);
    CHECK(r.impact == Impact::Replace);
    REQUIRE(r.spread.size() == 1);
    CHECK(r.spread[0].source == "Topic");
    CHECK(r.spread[0].reason == "Name is Immutable");
  }
  CHECK(cfn::to_string(at(d, "ByVariableValue").spread[0].path) == "Properties.Name.Fn::Sub[1].T");
  CHECK(cfn::to_string(at(d, "ByDottedSub").spread[0].path) == "Properties.Name");
  CHECK(cfn::to_string(at(d, "InIf").spread[0].path) == "Properties.Name.Fn::If[1]");
  CHECK(d.entries.empty());  // the output's value is the same text
}

TEST_CASE("spread: added resources are created anyway, a renamed resource counts as replaced", "[diff][spread]") {
  {
    const TemplateDiff d =
        diff_text("Resources:\n  B: {Type: AWS::S3::Bucket, Properties: {BucketName: a}}\n",
                  "Resources:\n  B: {Type: AWS::S3::Bucket, Properties: {BucketName: b}}\n"
                  "  P: {Type: AWS::S3::BucketPolicy, Properties: {Bucket: !Ref B, PolicyDocument: {}}}\n");
    const ResourceChange& p = at(d, "P");
    CHECK(p.kind == ChangeKind::Added);
    CHECK(p.spread.empty());
    CHECK(p.impact == Impact::None);
  }
  {
    // Old renamed to New (the same properties): the policy's own change Ref Old -> Ref New replaces it,
    // and New, a new physical bucket, is listed as the reason too.
    const std::string bucket = ": {Type: AWS::S3::Bucket, Properties: {VersioningConfiguration: {Status: Enabled}}}\n";
    const TemplateDiff d =
        diff_text("Resources:\n  Old" + bucket +
                      "  P: {Type: AWS::S3::BucketPolicy, Properties: {Bucket: !Ref Old, PolicyDocument: {}}}\n",
                  "Resources:\n  New" + bucket +
                      "  P: {Type: AWS::S3::BucketPolicy, Properties: {Bucket: !Ref New, PolicyDocument: {}}}\n");
    CHECK(at(d, "New").replaces == "Old");
    const ResourceChange& p = at(d, "P");
    CHECK(p.impact == Impact::Replace);
    REQUIRE(p.changes.size() == 1);
    CHECK(p.changes[0].impact == Impact::Replace);
    REQUIRE(p.spread.size() == 1);
    check_spread(p.spread[0], "New", "Properties.Bucket", Impact::Replace, "Bucket is Immutable", "New");
  }
}

TEST_CASE("spread: a cycle of references ends", "[diff][spread]") {
  // CloudFormation rejects the circle (lint E3004); the diff still ends and says what it would mean.
  auto templ = [](std::string_view name) {
    return "Resources:\n"
           "  A: {Type: AWS::SSM::Parameter, Properties: {Name: " +
           std::string(name) +
           ", Type: String, Value: !Ref C}}\n"
           "  B: {Type: AWS::SSM::Parameter, Properties: {Name: !Ref A, Type: String, Value: v}}\n"
           "  C: {Type: AWS::SSM::Parameter, Properties: {Name: !Ref B, Type: String, Value: v}}\n";
  };
  const TemplateDiff d = diff_text(templ("a"), templ("b"));
  REQUIRE(d.resources.size() == 3);
  CHECK(at(d, "A").impact == Impact::Replace);
  REQUIRE(at(d, "A").spread.size() == 1);  // C is replaced and A's Value refers to it: an update
  check_spread(at(d, "A").spread[0], "C", "Properties.Value", Impact::Update, "Value is Mutable", "A");
  check_spread(at(d, "B").spread.at(0), "A", "Properties.Name", Impact::Replace, "Name is Immutable", "A");
  check_spread(at(d, "C").spread.at(0), "B", "Properties.Name", Impact::Replace, "Name is Immutable", "A");
}

TEST_CASE("spread: a chain of 10,000 resources is followed to its end", "[diff][spread][scale]") {
  constexpr int kLength = 10000;
  auto chain = [](std::string_view first_name, bool backwards) {
    std::string text = "Resources:\n";
    for (int i = 0; i < kLength; ++i) {
      // Forwards, P<i> refers to P<i-1>; backwards, to P<i+1> (the worklist meets them in the other order).
      const int to = backwards ? i + 1 : i - 1;
      const bool first = backwards ? i == kLength - 1 : i == 0;
      text += "  P" + std::to_string(i) + ": {Type: AWS::SSM::Parameter, Properties: {Type: String, Value: v, Name: " +
              (first ? std::string(first_name) : "!Sub '${P" + std::to_string(to) + "}-x'") + "}}\n";
    }
    return text;
  };
  for (const bool backwards : {false, true}) {
    INFO("backwards: " << backwards);
    const TemplateDiff d = diff_text(chain("a", backwards), chain("b", backwards));
    REQUIRE(d.resources.size() == kLength);
    const cfn::DiffSummary s = d.summary();
    CHECK(s.replace == kLength);
    CHECK(s.spread == kLength - 1);
    const ResourceChange& last = d.resources[backwards ? 0 : kLength - 1];
    CHECK(last.logical_id == (backwards ? "P0" : "P9999"));
    CHECK(last.impact == Impact::Replace);
    REQUIRE(last.spread.size() == 1);
    check_spread(last.spread[0], backwards ? "P1" : "P9998", "Properties.Name", Impact::Replace, "Name is Immutable",
                 backwards ? "P9999" : "P0");
  }
}

TEST_CASE("spread: every output format shows the reason and the chain", "[diff][spread][output]") {
  const TemplateDiff d = diff_pair("spread_eip_old.yaml", "spread_eip_new.yaml");
  cfn::DiffOutputOptions names;
  names.old_name = "spread_eip_old.yaml";
  names.new_name = "spread_eip_new.yaml";

  const std::string text = cfn::format_diff(d, cfn::DiffFormat::Text, names);
  CHECK(contains(text, "Resources: 3 modified; 2 replace, 1 update; 2 reached by a replacement\n"));
  CHECK(contains(text,
                 "[~] AWS::EC2::NatGateway NatGateway: REPLACE\n"
                 "    [ref] Properties.AllocationId: REPLACE because NatEip is replaced (AllocationId is Immutable)\n"
                 "[~] AWS::EC2::Route PrivateRoute: update\n"
                 "    [ref] Properties.NatGatewayId: update because NatGateway is replaced (NatGatewayId is "
                 "Mutable); the replacement starts at NatEip\n"));

  const std::string md = cfn::format_diff(d, cfn::DiffFormat::Markdown, names);
  CHECK(contains(md, "- Resources: 3 modified; 2 replace, 1 update; 2 reached by a replacement\n"));
  CHECK(contains(md, "| ~ | `NatGateway` | `AWS::EC2::NatGateway` | **replace** |  |\n"));
  CHECK(contains(md,
                 "- **~ `NatGateway`** `AWS::EC2::NatGateway`: **replace**\n"
                 "  - ↳ `Properties.AllocationId` — **replace** because NatEip is replaced (AllocationId is "
                 "Immutable)\n"));
  CHECK(contains(md,
                 "  - ↳ `Properties.NatGatewayId` — update because NatGateway is replaced (NatGatewayId is "
                 "Mutable); the replacement starts at NatEip\n"));

  const std::string json = cfn::format_diff(d, cfn::DiffFormat::Json, names);
  const cfn::Document doc = cfn::parse_document(json, "diff.json");
  const cfn::Value& summary = doc.root.as_map().at("summary");
  CHECK(summary.as_map().at("spread") == cfn::Value(2));
  CHECK(summary.as_map().at("replace") == cfn::Value(2));
  const cfn::List& resources = doc.root.as_map().at("resources").as_list();
  REQUIRE(resources.size() == 3);
  CHECK(resources[0].as_map().at("spread").as_list().empty());
  const cfn::Map& route = resources[2].as_map();
  CHECK(route.at("logical_id") == cfn::Value("PrivateRoute"));
  CHECK(route.at("change") == cfn::Value("modified"));
  CHECK(route.at("impact") == cfn::Value("update"));
  CHECK(route.at("changes").as_list().empty());
  const cfn::List& spread = route.at("spread").as_list();
  REQUIRE(spread.size() == 1);
  const cfn::Map& s = spread[0].as_map();
  CHECK(s.at("source") == cfn::Value("NatGateway"));
  CHECK(s.at("source_impact") == cfn::Value("replace"));
  CHECK(s.at("origin") == cfn::Value("NatEip"));
  CHECK(s.at("path") == cfn::Value(cfn::List{cfn::Value("Properties"), cfn::Value("NatGatewayId")}));
  CHECK(s.at("path_text") == cfn::Value("Properties.NatGatewayId"));
  CHECK(s.at("impact") == cfn::Value("update"));
  CHECK(s.at("reason") == cfn::Value("NatGatewayId is Mutable"));
}
