// cfn::split: the invariant (the children inlined back into the parent mean
// what the input meant, as cfnpp diff judges it; every piece lints with 0
// errors and fits the limits) on generated fleets and on the corpus's
// templates split with random limits; and what the parent wires.
#include "cfn/split.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <random>
#include <string>

#include "cfn/canonical.hpp"
#include "cfn/diff.hpp"
#include "cfn/emit.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"
#include "cfn/template.hpp"
#include "support/corpus.hpp"
#include "support/inline_stacks.hpp"
#include "support/run_cli.hpp"
#include "support/split_invariant.hpp"
#include "support/temp_dir.hpp"

using cfn::Map;
using cfn::Value;
using cfn::test::check_invariant;
using cfn::test::count;
using cfn::test::lint_errors;

namespace {

/// A fleet: one network, an alarm topic, and per instance a role, security
/// group, launch template, group, volume, alarm and more, referring to
/// each other and to the shared ones by Ref, GetAtt, Sub and DependsOn;
/// every fourth instance's alarm only when a condition holds.
Value fleet(int instances) {
  cfn::Template t;
  t.description("A fleet for the split tests");
  const auto image = t.add_parameter(
      "ImageId", {.type = "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
                  .default_value = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"});
  const auto email = t.add_parameter("AlarmEmail", {.type = "String", .default_value = ""});
  const auto zones = t.add_parameter(
      "Zones", {.type = "List<AWS::EC2::AvailabilityZone::Name>", .default_value = "eu-west-1a,eu-west-1b"});
  const auto has_email = t.add_condition("HasEmail", cfn::not_(cfn::equals(email.ref(), "")));
  t.add_condition("Unused", cfn::equals(cfn::pseudo::region(), "eu-west-1"));
  t.add_mapping("Sizes", Map{{"small", Map{{"Type", "t3.micro"}}}, {"large", Map{{"Type", "m6i.large"}}}});
  const auto vpc = t.add_resource("Vpc", "AWS::EC2::VPC", {{"CidrBlock", "10.0.0.0/16"}});
  std::vector<cfn::ResourceRef> subnets;
  for (int z = 0; z < 2; ++z)
    subnets.push_back(t.add_resource("Subnet" + std::to_string(z), "AWS::EC2::Subnet",
                                     {{"VpcId", vpc.ref()},
                                      {"CidrBlock", "10.0." + std::to_string(z) + ".0/24"},
                                      {"AvailabilityZone", cfn::select(z, zones.ref())}}));
  const auto topic = t.add_resource("AlarmTopic", "AWS::SNS::Topic", {});
  t.add_resource("AlarmSubscription", "AWS::SNS::Subscription",
                 {{"TopicArn", topic.ref()}, {"Protocol", "email"}, {"Endpoint", email.ref()}},
                 {.condition = has_email});
  for (int i = 0; i < instances; ++i) {
    const std::string n = "Node" + std::to_string(i);
    const auto role =
        t.add_resource(n + "Role", "AWS::IAM::Role",
                       {{"AssumeRolePolicyDocument",
                         Map{{"Version", "2012-10-17"},
                             {"Statement", cfn::List{Map{{"Effect", "Allow"},
                                                         {"Principal", Map{{"Service", "ec2.amazonaws.com"}}},
                                                         {"Action", "sts:AssumeRole"}}}}}},
                        {"ManagedPolicyArns",
                         cfn::List{cfn::sub("arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore")}}});
    const auto profile = t.add_resource(n + "Profile", "AWS::IAM::InstanceProfile", {{"Roles", cfn::List{role.ref()}}});
    const auto sg = t.add_resource(n + "SecurityGroup", "AWS::EC2::SecurityGroup",
                                   {{"GroupDescription", cfn::sub("${AWS::StackName} " + n)}, {"VpcId", vpc.ref()}});
    const auto lt = t.add_resource(
        n + "LaunchTemplate", "AWS::EC2::LaunchTemplate",
        {{"LaunchTemplateData", Map{{"ImageId", image.ref()},
                                    {"InstanceType", cfn::find_in_map("Sizes", i % 2 == 0 ? "small" : "large", "Type")},
                                    {"IamInstanceProfile", Map{{"Arn", profile.get_att("Arn")}}},
                                    {"SecurityGroupIds", cfn::List{sg.get_att("GroupId")}},
                                    {"MetadataOptions", Map{{"HttpTokens", "required"}}}}}});
    const auto volume = t.add_resource(
        n + "Volume", "AWS::EC2::Volume",
        {{"AvailabilityZone", subnets[static_cast<std::size_t>(i % 2)].get_att("AvailabilityZone")},
         {"Size", 8},
         {"Encrypted", true}},
        {.deletion_policy = cfn::DeletionPolicy::Snapshot, .update_replace_policy = cfn::DeletionPolicy::Snapshot});
    const auto group = t.add_resource(
        n + "Group", "AWS::AutoScaling::AutoScalingGroup",
        {{"MinSize", "1"},
         {"MaxSize", "1"},
         {"VPCZoneIdentifier", cfn::List{subnets[static_cast<std::size_t>(i % 2)].ref()}},
         {"LaunchTemplate", Map{{"LaunchTemplateId", lt.ref()}, {"Version", lt.get_att("LatestVersionNumber")}}},
         {"Tags", cfn::List{Map{{"Key", "Volume"}, {"Value", volume.ref()}, {"PropagateAtLaunch", true}}}}},
        {.depends_on = {volume}});
    cfn::ResourceOptions alarm_options;
    if (i % 4 == 0) alarm_options.condition = has_email;
    t.add_resource(n + "Alarm", "AWS::CloudWatch::Alarm",
                   {{"AlarmDescription", cfn::sub("${" + group.logical_id() + "} of ${AWS::StackName} stopped")},
                    {"Namespace", "AWS/AutoScaling"},
                    {"MetricName", "GroupInServiceInstances"},
                    {"Dimensions", cfn::List{Map{{"Name", "AutoScalingGroupName"}, {"Value", group.ref()}}}},
                    {"Statistic", "Minimum"},
                    {"Period", 60},
                    {"EvaluationPeriods", 5},
                    {"Threshold", 1},
                    {"ComparisonOperator", "LessThanThreshold"},
                    {"AlarmActions", cfn::List{topic.ref()}}},
                   alarm_options);
    t.add_resource(
        n + "Logs", "AWS::Logs::LogGroup",
        {{"LogGroupName", cfn::sub("/fleet/${AWS::StackName}/${" + role.logical_id() + "}")}, {"RetentionInDays", 14}},
        {.deletion_policy = cfn::DeletionPolicy::Delete});
    if (i % 10 == 0)
      t.add_output(n + "Role", {.value = cfn::sub("${" + role.logical_id() + ".Arn} in ${" + vpc.logical_id() + "}"),
                                .export_name = cfn::sub("${AWS::StackName}-" + n + "-role")});
  }
  t.add_output("VpcCidrs", {.value = cfn::join(",", cfn::get_att("Vpc", "CidrBlockAssociations"))});
  t.add_output("FirstGroup", {.value = cfn::ref("Node0Group")});
  return cfn::canonicalize(t.to_value());
}

}  // namespace

TEST_CASE("split: a template within the limits is returned as it is", "[split]") {
  const Value input = fleet(2);
  const cfn::SplitResult s = cfn::split(input);
  CHECK(s.children.empty());
  CHECK(s.parent == input);
}

TEST_CASE("split: fleets inlined back mean what they meant, and every piece lints clean and fits", "[split]") {
  const auto [instances, max_resources] = GENERATE(table<int, std::size_t>({{3, 10}, {20, 60}, {70, 500}, {45, 37}}));
  CAPTURE(instances, max_resources);
  const Value input = fleet(instances);
  cfn::SplitLimits limits;
  limits.resources = max_resources;
  const cfn::SplitResult s = cfn::split(input, limits);
  REQUIRE(s.children.size() >= 2);
  check_invariant(input, s, limits);
}

TEST_CASE("split: an instance's resources stay together, the shared ones apart", "[split]") {
  const Value input = fleet(70);  // 8 resources per instance, 565 in all
  const cfn::SplitResult s = cfn::split(input);
  REQUIRE(s.children.size() >= 2);
  for (const cfn::NestedStack& child : s.children) {
    std::map<std::string, int> per_node;
    for (const cfn::Member& r : child.document.as_map().at("Resources").as_map())
      if (r.key.starts_with("Node")) ++per_node[r.key.substr(0, r.key.find_first_not_of("0123456789", 4))];
    for (const auto& [node, n] : per_node) {
      CAPTURE(child.file, node);
      CHECK(n == 8);  // every one of the instance's resources (Node0Role .. Node0Logs)
    }
  }
}

TEST_CASE("split: the parent passes references as !GetAtt Stack.Outputs.X and orders the stacks", "[split]") {
  const Value input = fleet(70);
  const cfn::SplitResult s = cfn::split(input);
  REQUIRE(s.children.size() >= 2);
  const Map& parent_resources = s.parent.as_map().at("Resources").as_map();
  CHECK(parent_resources.size() == s.children.size());
  // The parent keeps the template's parameters and outputs, and adds the bucket and prefix.
  CHECK(count(s.parent, "Parameters") == count(input, "Parameters") + 2);
  CHECK(count(s.parent, "Outputs") == count(input, "Outputs"));
  CHECK(parent_resources.at(s.children.front().logical_id).as_map().at("Properties").as_map().at("TemplateURL") ==
        Value(cfn::sub("https://${TemplateBucket}.s3.${AWS::Region}.${AWS::URLSuffix}/${TemplatePrefix}stack-1.yaml")));
  // The shared network is in the first stack; later ones get it from there.
  const Map& first = s.children.front().document.as_map().at("Resources").as_map();
  CHECK(first.contains("Vpc"));
  const Value& second = parent_resources.at(s.children[1].logical_id);
  const Value& passed = second.as_map().at("Properties").as_map().at("Parameters");
  CHECK(passed.as_map().at("Vpc") == Value(cfn::get_att(s.children.front().logical_id, "Outputs.Vpc")));
  // The conditional alarm topic subscription's condition travels with what uses it.
  for (const cfn::NestedStack& child : s.children) {
    const std::string yaml = cfn::to_yaml(child.document);
    if (yaml.find("Condition: HasEmail") != std::string::npos) CHECK(yaml.find("HasEmail:") != std::string::npos);
  }
}

TEST_CASE("split: a parent of more nested stacks than the limits allow is split again, into groups of stacks",
          "[split]") {
  // 8 resources per instance: at most 10 or 20 resources a stack gives 46 or 24 stacks, too many for one parent.
  const std::size_t max_resources = GENERATE(10, 20);
  CAPTURE(max_resources);
  const Value input = fleet(45);
  cfn::SplitLimits limits;
  limits.resources = max_resources;
  const cfn::SplitResult s = cfn::split(input, limits);
  std::size_t stacks = 0;
  std::size_t groups = 0;
  for (const cfn::NestedStack& child : s.children) {
    if (child.file.starts_with("stack-")) ++stacks;
    if (child.file.starts_with("group-")) ++groups;
  }
  CHECK(stacks > max_resources);
  CHECK(groups >= 2);
  CHECK(stacks + groups == s.children.size());
  // The parent holds only the groups; each group's stacks take their templates from the same package.
  for (const cfn::Member& r : s.parent.as_map().at("Resources").as_map()) CHECK(r.key.starts_with("Group"));
  CHECK(count(s.parent, "Parameters") == count(input, "Parameters") + 2);
  for (const cfn::NestedStack& child : s.children) {
    if (!child.file.starts_with("group-")) continue;
    CAPTURE(child.file);
    const Map& parameters = child.document.as_map().at("Parameters").as_map();
    CHECK(parameters.contains(s.bucket_parameter));
    CHECK(parameters.contains(s.prefix_parameter));
    for (const cfn::Member& r : child.document.as_map().at("Resources").as_map())
      CHECK(r.value.as_map().at("Type") == Value("AWS::CloudFormation::Stack"));
  }
  check_invariant(input, s, limits);
}

TEST_CASE("split: a DependsOn across stacks becomes one between the nested stacks, recorded in the child", "[split]") {
  cfn::Template t;
  const auto first = t.add_resource("First", "AWS::SNS::Topic", {});
  for (int i = 0; i < 6; ++i)
    t.add_resource("Queue" + std::to_string(i), "AWS::SQS::Queue", {}, {.depends_on = {first}});
  const Value input = cfn::canonicalize(t.to_value());
  cfn::SplitLimits limits;
  limits.resources = 3;
  const cfn::SplitResult s = cfn::split(input, limits);
  REQUIRE(s.children.size() >= 2);
  const Map& stacks = s.parent.as_map().at("Resources").as_map();
  bool some_depend = false;
  for (std::size_t i = 1; i < s.children.size(); ++i) {
    const Value* d = stacks.at(s.children[i].logical_id).find("DependsOn");
    REQUIRE(d != nullptr);
    CHECK(*d == Value(cfn::List{Value(s.children.front().logical_id)}));
    some_depend = true;
    const Value& record = s.children[i].document.as_map().at("Metadata").as_map().at("cfnpp::Split");
    CHECK(record.as_map().at("DependsOn").as_map().size() == count(s.children[i].document, "Resources"));
  }
  CHECK(some_depend);
  check_invariant(input, s, limits);
}

TEST_CASE("split: resources that cannot move are named", "[split]") {
  cfn::Template t;
  t.add_parameter("Attribute", {.default_value = "Arn"});
  t.add_resource("Topic", "AWS::SNS::Topic", {});
  t.add_resource("Queue", "AWS::SQS::Queue", {});
  t.add_resource("Param", "AWS::SSM::Parameter",
                 {{"Type", "String"}, {"Value", cfn::get_att("Topic", cfn::ref("Attribute"))}});
  cfn::SplitLimits limits;
  limits.resources = 1;
  const Value input = cfn::canonicalize(t.to_value());
  CHECK_THROWS_WITH(cfn::split(input, limits),
                    Catch::Contains("Param") && Catch::Contains("Topic") && Catch::Contains("computed attribute"));
  Value with_transform = input;
  with_transform.as_map().set("Transform", "AWS::Serverless-2016-10-31");
  CHECK_THROWS_AS(cfn::split(with_transform, limits), cfn::SplitError);
}

TEST_CASE("split: the corpus's templates split with random limits mean what they meant", "[split][corpus]") {
  std::mt19937 rng(17);
  std::size_t split_count = 0;
  std::size_t refused = 0;
  for (const auto& file : cfn::test::corpus_templates()) {
    cfn::Document doc;
    try {
      doc = cfn::parse_file(file);
    } catch (const cfn::Error&) {
      continue;
    }
    const std::size_t resources = count(doc.root, "Resources");
    if (resources < 2 || doc.root.find("Transform") != nullptr || !lint_errors(doc.root).empty()) continue;
    cfn::SplitLimits limits;
    // Small enough to split, large enough for the parent to hold the stacks.
    const auto least = std::max<std::size_t>(2, static_cast<std::size_t>(std::sqrt(resources)) + 1);
    if (least >= resources) continue;
    limits.resources = least + rng() % (resources - least);
    CAPTURE(cfn::test::corpus_name(file), limits.resources);
    cfn::SplitResult s;
    try {
      s = cfn::split(doc.root, limits);
    } catch (const cfn::SplitError& e) {
      // Only resources tied together, or a parent too big even at three levels, can stop a split.
      CHECK_THAT(e.what(), Catch::Contains("cannot be separated") || Catch::Contains("in a cycle") ||
                               Catch::Contains("does not fit one stack alone") ||
                               Catch::Contains("the parent stack would exceed the limits"));
      ++refused;
      continue;
    }
    REQUIRE(!s.children.empty());
    check_invariant(doc.root, s, limits);
    ++split_count;
  }
  INFO(split_count << " split, " << refused << " refused");
  CHECK(split_count >= 100);
}

TEST_CASE("cfnpp split writes the parent and the children and says how to deploy them", "[split][cli]") {
  const cfn::test::TempDir dir;
  const Value input = fleet(30);
  std::ofstream(dir / "fleet.yaml") << cfn::to_yaml(input);
  const auto r = cfn::test::run_cli(
      {"split", (dir / "fleet.yaml").string(), "-o", (dir / "out").string(), "--max-resources", "100"});
  REQUIRE(r.code == 0);
  CHECK(r.out.find("aws s3 cp") != std::string::npos);
  CHECK(r.out.find("aws cloudformation deploy") != std::string::npos);
  CHECK(r.out.find("TemplateBucket=BUCKET") != std::string::npos);
  const cfn::Document parent = cfn::parse_file(dir / "out" / "parent.yaml");
  cfn::SplitResult read_back;
  read_back.parent = parent.root;
  read_back.bucket_parameter = "TemplateBucket";
  read_back.prefix_parameter = "TemplatePrefix";
  for (const cfn::Member& stack : parent.root.as_map().at("Resources").as_map()) {
    const std::string url = cfn::to_yaml(stack.value.as_map().at("Properties").as_map().at("TemplateURL"));
    const std::string file = url.substr(url.rfind('}') + 1, url.rfind(".yaml") + 5 - url.rfind('}') - 1);
    read_back.children.push_back({stack.key, file, cfn::parse_file(dir / "out" / file).root});
  }
  CHECK(read_back.children.size() >= 3);
  std::ofstream(dir / "inlined.yaml") << cfn::to_yaml(cfn::test::inline_stacks(read_back));
  const auto d = cfn::test::run_cli({"diff", (dir / "fleet.yaml").string(), (dir / "inlined.yaml").string()});
  CHECK(d.code == 0);
  INFO(d.out);
  const auto lint = cfn::test::run_cli({"lint", (dir / "out" / "parent.yaml").string()});
  CHECK(lint.code == 0);
}
