// Every IAM statement of the generated stacks against the Service
// Authorization Reference: each action is granted on the resource types it
// takes (on "*" only when it takes none), and every resource type an action
// requires is granted. The table below is written from the reference
// (https://docs.aws.amazon.com/service-authorization/latest/reference/:
// list_amazonec2.html, list_amazonec2autoscaling.html,
// list_awscloudformation.html, list_awssystemsmanager.html,
// list_amazoncloudwatchlogs.html, list_awskeymanagementservice.html,
// list_amazonsns.html; ../shared/reference/cloudformation-facts.md section 7),
// not from the code under test; an action missing from it fails the test.
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <set>

#include "cfn/emit.hpp"
#include "cfn/patterns/autoheal.hpp"
#include "cfn/patterns/self_healing_instance.hpp"
#include "support.hpp"

using cfn::Value;

namespace {

struct ResourceType {
  std::string name;
  bool required;
};

// Action -> the resource types of its "Resource types" column (required: marked *).
const std::map<std::string, std::vector<ResourceType>>& actions() {
  static const std::map<std::string, std::vector<ResourceType>> table{
      {"ec2:AssociateAddress", {{"elastic-ip", false}, {"instance", false}, {"network-interface", false}}},
      {"ec2:AttachVolume", {{"instance", true}, {"volume", true}}},
      {"ec2:DescribeInstances", {}},
      {"ec2:DescribeVolumes", {}},
      {"ec2:DescribeAddresses", {}},
      {"autoscaling:CompleteLifecycleAction", {{"autoScalingGroup", true}}},
      {"autoscaling:SetDesiredCapacity", {{"autoScalingGroup", true}}},
      {"autoscaling:DescribeAutoScalingGroups", {}},
      {"autoscaling:DescribeAutoScalingInstances", {}},
      {"cloudformation:SignalResource", {{"stack", true}}},
      {"ssm:GetParameter", {{"parameter", true}}},
      {"ssm:GetParameters", {{"parameter", true}}},
      {"ssm:GetParametersByPath", {{"parameter", true}}},
      {"logs:CreateLogStream", {{"log-group", true}}},
      {"logs:DescribeLogStreams", {{"log-group", true}}},
      {"logs:PutLogEvents", {{"log-stream", true}}},
      {"kms:CreateGrant", {{"key", true}}},
      {"sns:Publish", {{"topic", true}}},
  };
  return table;
}

// ARN formats of the resource types (the reference's "ARN" column), as the
// stacks write them in Fn::Sub. A log-group ARN ending in ":*" also names its streams.
const std::vector<std::pair<std::string, std::regex>>& arn_formats() {
  static const std::string head = R"(^arn:\$\{AWS::Partition\}:)";
  static const std::string region_account = R"(:\$\{AWS::Region\}:\$\{AWS::AccountId\}:)";
  static const std::vector<std::pair<std::string, std::regex>> formats{
      {"elastic-ip", std::regex(head + "ec2" + region_account + R"(elastic-ip/\S+$)")},
      {"instance", std::regex(head + "ec2" + region_account + R"(instance/\S+$)")},
      {"network-interface", std::regex(head + "ec2" + region_account + R"(network-interface/\S+$)")},
      {"volume", std::regex(head + "ec2" + region_account + R"(volume/\S+$)")},
      {"autoScalingGroup",
       std::regex(head + "autoscaling" + region_account + R"(autoScalingGroup:[^:]+:autoScalingGroupName/\S+$)")},
      {"stack", std::regex(head + "cloudformation" + region_account + R"(stack/[^/]+/\S+$)")},
      {"parameter", std::regex(head + "ssm" + region_account + R"(parameter(/|\$\{)\S*$)")},
      {"log-group", std::regex(head + "logs" + region_account + R"(log-group:[^:]+(:\*)?$)")},
      {"log-stream", std::regex(head + "logs" + region_account + R"(log-group:[^:]+:(\*|log-stream:\S+)$)")},
  };
  return formats;
}

// The resource types a Resource entry can name (a log group's ARN ending in
// ":*" names the group and its streams).
std::set<std::string> types_of(const Value& resource, const Value& doc) {
  std::set<std::string> out;
  if (resource.is_string()) {
    if (resource.as_string() == "*") out.insert("*");
    return out;
  }
  if (resource.is_fn(cfn::FnKind::Sub)) {
    const Value& arg = resource.as_fn().argument();
    const std::string& text = arg.is_list() ? arg.as_list()[0].as_string() : arg.as_string();
    for (const auto& [name, format] : arn_formats())
      if (std::regex_search(text, format)) out.insert(name);
    return out;
  }
  if (resource.is_fn(cfn::FnKind::Ref)) {
    const std::string& id = resource.as_fn().argument().as_string();
    if (const Value* r = doc.find("Resources")->find(id)) {
      if (*r->find("Type") == Value("AWS::SNS::Topic")) out.insert("topic");  // Ref gives the topic's ARN
    } else if (const Value* p = doc.find("Parameters")->find(id)) {
      const Value* pattern = p->find("AllowedPattern");
      if (pattern != nullptr && pattern->as_string().find(":kms:") != std::string::npos &&
          pattern->as_string().find(":key/") != std::string::npos)
        out.insert("key");
    }
  }
  return out;
}

// Whether `resource` names something of this stack: a resource of the
// template or a parameter (Ref, or ${Id} / ${Id.Attribute} in a Fn::Sub), a
// variable of the Sub's own map, or the stack itself (${AWS::StackName}).
bool names_the_stack(const Value& resource, const Value& doc) {
  const auto known = [&](const std::string& name) {
    const std::string id = name.substr(0, name.find('.'));
    return doc.find("Resources")->find(id) != nullptr || doc.find("Parameters")->find(id) != nullptr ||
           name == "AWS::StackName" || name == "AWS::StackId";
  };
  if (resource.is_fn(cfn::FnKind::Ref)) return known(resource.as_fn().argument().as_string());
  if (!resource.is_fn(cfn::FnKind::Sub)) return false;
  const Value& arg = resource.as_fn().argument();
  const std::string& text = arg.is_list() ? arg.as_list()[0].as_string() : arg.as_string();
  static const std::regex variable(R"(\$\{([^!}][^}]*)\})");
  for (auto m = std::sregex_iterator(text.begin(), text.end(), variable); m != std::sregex_iterator(); ++m) {
    const std::string name = (*m)[1];
    if (known(name) || (arg.is_list() && arg.as_list()[1].find(name) != nullptr)) return true;
  }
  return false;
}

// Whether a statement's condition ties it to this stack's resources: the tags
// only CloudFormation sets (aws:cloudformation:stack-id), or the group tag
// the stack's launch templates set (cfnpp:group = ${AWS::StackName}/...).
bool conditioned_on_the_stack(const Value& statement) {
  const Value* condition = statement.find("Condition");
  if (condition == nullptr) return false;
  const std::string text = cfn::to_json(*condition, cfn::JsonLayout::Compact);
  return text.find("aws:cloudformation:stack-id") != std::string::npos ||
         (text.find("cfnpp:group") != std::string::npos && text.find("${AWS::StackName}") != std::string::npos);
}

std::vector<std::string> strings(const Value& v) {
  std::vector<std::string> out;
  if (v.is_string()) out.push_back(v.as_string());
  if (v.is_list())
    for (const Value& i : v.as_list()) out.push_back(i.as_string());
  return out;
}

std::string join(const std::set<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::vector<Value> one_or_many(const Value& v) { return v.is_list() ? v.as_list() : std::vector<Value>{v}; }

// What is wrong with one policy document (nothing: empty).
std::vector<std::string> problems(const Value& document, const Value& doc) {
  std::vector<std::string> out;
  std::map<std::string, std::set<std::string>> granted;  // action -> resource types granted
  for (const Value& statement : document.find("Statement")->as_list()) {
    if (*statement.find("Effect") != Value("Allow")) continue;
    if (statement.find("Action") == nullptr || statement.find("Resource") == nullptr) {
      out.push_back("a statement without Action or Resource");
      continue;
    }
    for (const std::string& action : strings(*statement.find("Action"))) {
      const auto known = actions().find(action);
      if (known == actions().end()) {
        out.push_back(action + " is not in this test's table: add it from the Service Authorization Reference");
        continue;
      }
      granted[action];  // every action granted is judged, even where none of its resources was right
      for (const Value& resource : one_or_many(*statement.find("Resource"))) {
        const auto types = types_of(resource, doc);
        const std::string shown = cfn::to_json(resource, cfn::JsonLayout::Compact);
        if (types.empty()) {
          out.push_back(action + " on " + shown + ": not an ARN of a known resource type");
          continue;
        }
        if (known->second.empty()) {
          if (!types.contains("*"))
            out.push_back(action + " on " + shown + ": the action takes no resource types, so only \"*\"");
          continue;
        }
        // Least privilege: this stack's own resources, or a wildcard that a
        // condition limits to them.
        const bool wildcard = shown.find('*') != std::string::npos;
        if (!types.contains("*") && !names_the_stack(resource, doc) &&
            !(wildcard && conditioned_on_the_stack(statement)))
          out.push_back(action + " on " + shown +
                        (wildcard ? ": a wildcard no condition limits to this stack's resources"
                                  : ": names no resource of this stack"));
        bool takes = false;
        for (const ResourceType& t : known->second)
          if (types.contains(t.name)) {
            takes = true;
            granted[action].insert(t.name);
          }
        if (!takes) out.push_back(action + " on " + shown + ": the action takes none of " + join(types));
      }
    }
  }
  for (const auto& [action, types] : granted)
    for (const ResourceType& t : actions().at(action))
      if (t.required && !types.contains(t.name)) out.push_back(action + " requires a resource of type " + t.name);
  return out;
}

// Every policy document of the template's roles and policies (those behind
// Fn::If included).
void check_template(const Value& doc, std::string_view name) {
  std::size_t documents = 0;
  for (const cfn::Member& r : doc.find("Resources")->as_map()) {
    const std::string& type = r.value.find("Type")->as_string();
    const Value* properties = r.value.find("Properties");
    if (type == "AWS::IAM::Role" && properties->find("ManagedPolicyArns") != nullptr)
      for (const Value& arn : properties->find("ManagedPolicyArns")->as_list())
        if (!arn.is_fn(cfn::FnKind::Sub) ||
            !arn.as_fn().argument().as_string().starts_with("arn:${AWS::Partition}:iam::aws:policy/"))
          FAIL_CHECK(name << " " << r.key << ": managed policy " << cfn::to_json(arn, cfn::JsonLayout::Compact)
                          << " is not an AWS managed policy in the stack's partition");
    if (type == "AWS::IAM::Role" && properties->find("Policies") != nullptr) {
      for (const Value& policy : properties->find("Policies")->as_list()) {
        const Value& p = policy.is_fn(cfn::FnKind::If) ? policy.as_fn().argument().as_list()[1] : policy;
        for (const std::string& problem : problems(*p.find("PolicyDocument"), doc))
          FAIL_CHECK(name << " " << r.key << ": " << problem);
        ++documents;
      }
    }
    if (type == "AWS::IAM::Policy" || type == "AWS::IAM::ManagedPolicy") {
      for (const std::string& problem : problems(*properties->find("PolicyDocument"), doc))
        FAIL_CHECK(name << " " << r.key << ": " << problem);
      ++documents;
    }
  }
  CHECK(documents > 0);
}

}  // namespace

TEST_CASE("IAM: the self-healing instance's statements name the resource types their actions take",
          "[patterns][iam][self_healing_instance]") {
  check_template(cfn::patterns::self_healing_instance_stack().to_value(), "SelfHealingInstance");
  check_template(cfn::patterns::self_healing_instance_stack({.data_volume = true}).to_value(),
                 "SelfHealingInstance --data-volume");
}

TEST_CASE("IAM: the Autoheal stack's statements name the resource types their actions take",
          "[patterns][iam][autoheal]") {
  check_template(cfn::patterns::autoheal().to_value(), "Autoheal");
}

TEST_CASE("IAM: the check finds statements on the wrong resources", "[patterns][iam]") {
  // A statement of the wrong shape must be found, or the check proves nothing.
  const Value doc =
      cfn::Map{{"Resources", cfn::Map{{"Volume", cfn::Map{{"Type", "AWS::EC2::Volume"}}}}}, {"Parameters", cfn::Map{}}};
  const auto found = [&](cfn::policy::Statement s) {
    return problems(cfn::policy::PolicyDocument{{std::move(s)}}.to_value(), doc);
  };
  const auto arn = [](std::string resource) {
    return cfn::sub("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:" + resource);
  };
  const Value this_stack =
      cfn::Map{{"StringEquals", cfn::Map{{"aws:ResourceTag/aws:cloudformation:stack-id", cfn::ref("AWS::StackId")}}}};
  CHECK(found({.action = {"ec2:AttachVolume"}, .resource = {"*"}}) ==
        std::vector<std::string>{"ec2:AttachVolume on \"*\": the action takes none of *",
                                 "ec2:AttachVolume requires a resource of type instance",
                                 "ec2:AttachVolume requires a resource of type volume"});
  CHECK(found({.action = {"ec2:AttachVolume"}, .resource = {arn("volume/${Volume}")}}) ==
        std::vector<std::string>{"ec2:AttachVolume requires a resource of type instance"});
  CHECK(found({.action = {"ec2:DescribeVolumes"}, .resource = {arn("volume/${Volume}")}}).size() == 1);
  CHECK(found({.action = {"ec2:TerminateInstances"}, .resource = {arn("instance/*")}}).size() == 1);
  // Right types, but not this stack's resources.
  CHECK(found({.action = {"ec2:AttachVolume"}, .resource = {arn("volume/vol-1"), arn("instance/*")}}) ==
        std::vector<std::string>{
            "ec2:AttachVolume on {\"Fn::Sub\": \"arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:volume/"
            "vol-1\"}: names no resource of this stack",
            "ec2:AttachVolume on {\"Fn::Sub\": \"arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:instance/"
            "*\"}: a wildcard no condition limits to this stack's resources"});
  CHECK(found({.action = {"ec2:AttachVolume"}, .resource = {arn("volume/*")}, .condition = this_stack}) ==
        std::vector<std::string>{"ec2:AttachVolume requires a resource of type instance"});
  CHECK(found({.action = {"ec2:AttachVolume"}, .resource = {arn("volume/${Volume}")}}).size() == 1);
  CHECK(found({.action = {"ec2:AttachVolume"},
               .resource = {arn("volume/${Volume}"), arn("instance/*")},
               .condition = this_stack})
            .empty());
}
