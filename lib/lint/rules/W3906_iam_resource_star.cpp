// W3906: an identity-based IAM policy statement that allows actions which
// support resource-level permissions does not grant them on Resource "*".
// Such a statement gives the role every bucket, table, queue or key in the
// account where one was needed. Statements with a Condition (which may
// narrow them), Deny statements, NotAction and NotResource are not judged.
//
// Actions: a curated table of commonly granted actions whose "Resource
// types" column in the Service Authorization Reference is not empty (the
// action supports resource-level permissions), cross-checked against
// cfn-lint's Policies.json (data/AdditionalSpecs, generated from that
// reference). Wildcards in the statement ("s3:*", "s3:Get*", "*") count when
// they cover an action of the table; List* and Describe* actions are not in
// the table (they are listed with Resource "*" on purpose), and actions the
// table does not know are not judged.
// Sources:
//  https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
//  ("The Resource types column indicates whether each action supports
//  resource-level permissions. If there is no value for this column, you must
//  specify all resources ("*")"), e.g. list_amazondynamodb.html, list_amazons3.html,
//  list_amazonsqs.html, list_awskeymanagementservice.html, list_amazonec2.html;
//  the facts file section 7 (ec2:AttachVolume, autoscaling:*LifecycleAction).
// Policies read: AWS::IAM::Policy, ManagedPolicy, RolePolicy, UserPolicy and
// GroupPolicy PolicyDocument; AWS::IAM::Role, User and Group Policies[*].
// PolicyDocument; AWS::Serverless::Function / StateMachine Policies
// statements (SAM policy templates are not judged).
#include <algorithm>
#include <array>
#include <vector>

#include "cfn/template_view.hpp"
#include "lint/context.hpp"
#include "text/glob.hpp"

namespace cfn::detail::checks {
namespace w3906 {

constexpr std::array<std::string_view, 191> kResourceLevelActions{
    // Amazon S3 (object*, bucket*)
    "s3:GetObject",
    "s3:PutObject",
    "s3:DeleteObject",
    "s3:GetObjectVersion",
    "s3:DeleteObjectVersion",
    "s3:PutObjectAcl",
    "s3:GetObjectAcl",
    "s3:RestoreObject",
    "s3:AbortMultipartUpload",
    "s3:GetBucketLocation",
    "s3:GetBucketPolicy",
    "s3:PutBucketPolicy",
    "s3:DeleteBucket",
    "s3:PutBucketNotification",
    "s3:PutBucketVersioning",
    "s3:GetBucketAcl",
    "s3:PutBucketAcl",
    "s3:PutEncryptionConfiguration",
    "s3:PutLifecycleConfiguration",
    "s3:ReplicateObject",
    "s3:PutObjectTagging",
    "s3:GetObjectTagging",
    "s3:CreateBucket",
    // Amazon DynamoDB (table*)
    "dynamodb:GetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:Query",
    "dynamodb:Scan",
    "dynamodb:BatchGetItem",
    "dynamodb:BatchWriteItem",
    "dynamodb:ConditionCheckItem",
    "dynamodb:GetRecords",
    "dynamodb:GetShardIterator",
    "dynamodb:CreateTable",
    "dynamodb:DeleteTable",
    "dynamodb:UpdateTable",
    // Amazon SQS (queue*)
    "sqs:SendMessage",
    "sqs:ReceiveMessage",
    "sqs:DeleteMessage",
    "sqs:ChangeMessageVisibility",
    "sqs:GetQueueAttributes",
    "sqs:GetQueueUrl",
    "sqs:PurgeQueue",
    "sqs:SetQueueAttributes",
    "sqs:DeleteQueue",
    "sqs:CreateQueue",
    // Amazon SNS (topic*)
    "sns:Publish",
    "sns:Subscribe",
    "sns:CreateTopic",
    "sns:DeleteTopic",
    "sns:SetTopicAttributes",
    "sns:GetTopicAttributes",
    // AWS Lambda (function*)
    "lambda:InvokeFunction",
    "lambda:UpdateFunctionCode",
    "lambda:UpdateFunctionConfiguration",
    "lambda:GetFunction",
    "lambda:AddPermission",
    "lambda:DeleteFunction",
    "lambda:CreateFunction",
    "lambda:PublishVersion",
    "lambda:InvokeFunctionUrl",
    // AWS KMS (key*)
    "kms:Decrypt",
    "kms:Encrypt",
    "kms:GenerateDataKey",
    "kms:GenerateDataKeyWithoutPlaintext",
    "kms:ReEncryptFrom",
    "kms:ReEncryptTo",
    "kms:CreateGrant",
    "kms:ScheduleKeyDeletion",
    // AWS Secrets Manager (Secret*)
    "secretsmanager:GetSecretValue",
    "secretsmanager:PutSecretValue",
    "secretsmanager:UpdateSecret",
    "secretsmanager:DeleteSecret",
    "secretsmanager:RotateSecret",
    // AWS Systems Manager (parameter*, document, instance)
    "ssm:GetParameter",
    "ssm:GetParameters",
    "ssm:GetParametersByPath",
    "ssm:PutParameter",
    "ssm:DeleteParameter",
    "ssm:SendCommand",
    "ssm:StartSession",
    "ssm:GetDocument",
    // Amazon CloudWatch Logs (log-group*, log-stream*)
    "logs:CreateLogGroup",
    "logs:CreateLogStream",
    "logs:PutLogEvents",
    "logs:PutRetentionPolicy",
    "logs:DeleteLogGroup",
    "logs:GetLogEvents",
    "logs:FilterLogEvents",
    "logs:PutSubscriptionFilter",
    // Amazon EC2 (instance*, volume*, ...)
    "ec2:AttachVolume",
    "ec2:DetachVolume",
    "ec2:StartInstances",
    "ec2:StopInstances",
    "ec2:TerminateInstances",
    "ec2:RebootInstances",
    "ec2:RunInstances",
    "ec2:CreateTags",
    "ec2:DeleteTags",
    "ec2:ModifyInstanceAttribute",
    "ec2:AssociateAddress",
    "ec2:DisassociateAddress",
    "ec2:CreateSnapshot",
    "ec2:DeleteSnapshot",
    "ec2:DeleteVolume",
    "ec2:CreateVolume",
    "ec2:AuthorizeSecurityGroupIngress",
    "ec2:RevokeSecurityGroupIngress",
    "ec2:CreateNetworkInterface",
    "ec2:DeleteNetworkInterface",
    "ec2:AllocateAddress",
    "ec2:ReleaseAddress",
    // Amazon EC2 Auto Scaling (autoScalingGroup*)
    "autoscaling:CompleteLifecycleAction",
    "autoscaling:RecordLifecycleActionHeartbeat",
    "autoscaling:SetDesiredCapacity",
    "autoscaling:UpdateAutoScalingGroup",
    "autoscaling:TerminateInstanceInAutoScalingGroup",
    "autoscaling:SetInstanceHealth",
    // IAM and STS (role*, user*, policy*)
    "iam:PassRole",
    "iam:CreateRole",
    "iam:DeleteRole",
    "iam:AttachRolePolicy",
    "iam:DetachRolePolicy",
    "iam:PutRolePolicy",
    "iam:DeleteRolePolicy",
    "iam:GetRole",
    "iam:CreateUser",
    "iam:CreateAccessKey",
    "iam:CreateServiceLinkedRole",
    "iam:CreatePolicy",
    "iam:GetUser",
    "sts:AssumeRole",
    "sts:AssumeRoleWithWebIdentity",
    // AWS Step Functions, Kinesis, Firehose, ECR (stateMachine*, stream*, deliverystream*, repository*)
    "states:StartExecution",
    "states:StopExecution",
    "states:StartSyncExecution",
    "kinesis:PutRecord",
    "kinesis:PutRecords",
    "kinesis:GetRecords",
    "kinesis:GetShardIterator",
    "kinesis:SubscribeToShard",
    "firehose:PutRecord",
    "firehose:PutRecordBatch",
    "ecr:BatchGetImage",
    "ecr:GetDownloadUrlForLayer",
    "ecr:BatchCheckLayerAvailability",
    "ecr:PutImage",
    "ecr:InitiateLayerUpload",
    "ecr:UploadLayerPart",
    "ecr:CompleteLayerUpload",
    // CloudFormation, EventBridge, ECS, Code*, EFS, CloudWatch, Route 53, API Gateway, Glue, Athena, RDS, ELB...
    "cloudformation:CreateStack",
    "cloudformation:UpdateStack",
    "cloudformation:DeleteStack",
    "cloudformation:SignalResource",
    "cloudformation:CreateChangeSet",
    "cloudformation:ExecuteChangeSet",
    "events:PutEvents",
    "events:PutRule",
    "events:PutTargets",
    "events:DeleteRule",
    "ecs:RunTask",
    "ecs:UpdateService",
    "ecs:StopTask",
    "codecommit:GitPull",
    "codecommit:GitPush",
    "codebuild:StartBuild",
    "codepipeline:StartPipelineExecution",
    "elasticfilesystem:ClientMount",
    "elasticfilesystem:ClientWrite",
    "elasticfilesystem:ClientRootAccess",
    "cloudwatch:PutMetricAlarm",
    "route53:ChangeResourceRecordSets",
    "execute-api:Invoke",
    "execute-api:ManageConnections",
    "glue:GetTable",
    "glue:StartJobRun",
    "glue:GetDatabase",
    "athena:StartQueryExecution",
    "athena:GetQueryResults",
    "rds:StartDBInstance",
    "rds:StopDBInstance",
    "rds-db:connect",
    "rds:CreateDBSnapshot",
    "elasticloadbalancing:RegisterTargets",
    "elasticloadbalancing:DeregisterTargets",
    "sagemaker:InvokeEndpoint",
    "es:ESHttpGet",
    "es:ESHttpPost",
    "es:ESHttpPut",
    "bedrock:InvokeModel",
};

/// The table's actions that `pattern` (an IAM action, maybe with * and ?) covers.
std::vector<std::string_view> covered(std::string_view pattern) {
  std::vector<std::string_view> out;
  for (std::string_view a : kResourceLevelActions)
    if (detail::strings::glob_match(pattern, a, true)) out.push_back(a);
  return out;
}

bool has_star(const Value& resource) {
  if (resource.is_string()) return resource.as_string() == "*";
  if (resource.is_list())
    for (const Value& r : resource.as_list())
      if (r.is_string() && r.as_string() == "*") return true;
  return false;
}

void check_statement(Context& ctx, const RuleInfo& rule, const Value& s, const Path& path) {
  if (!s.is_map()) return;
  const Value* effect = s.find("Effect");
  if (effect == nullptr || !effect->is_string() || effect->as_string() != "Allow") return;
  if (s.find("Condition") != nullptr) return;
  const Value* resource = s.find("Resource");
  const Value* action = s.find("Action");
  if (resource == nullptr || action == nullptr || !has_star(*resource)) return;
  std::vector<std::string_view> actions;
  std::string first_pattern;
  auto add = [&](const Value& a) {
    if (!a.is_string()) return;
    for (std::string_view c : covered(a.as_string())) {
      if (first_pattern.empty()) first_pattern = a.as_string();
      if (std::find(actions.begin(), actions.end(), c) == actions.end()) actions.push_back(c);
    }
  };
  if (action->is_list()) {
    for (const Value& a : action->as_list()) add(a);
  } else {
    add(*action);
  }
  if (actions.empty()) return;
  std::string list;
  for (std::size_t i = 0; i < actions.size() && i < 3; ++i) list += (i ? ", " : "") + std::string(actions[i]);
  if (actions.size() > 3) list += ", ...";
  ctx.report(rule, resource->mark(), path / "Resource",
             "the statement allows " + list +
                 " on Resource \"*\"; these actions accept resource ARNs: name the "
                 "resources the policy needs");
}

void check_document(Context& ctx, const RuleInfo& rule, const Value* doc, const Path& path) {
  if (doc == nullptr || !doc->is_map()) return;
  const Value* statements = doc->find("Statement");
  if (statements == nullptr) return;
  const Path base = path / "Statement";
  if (statements->is_list()) {
    for (std::size_t i = 0; i < statements->as_list().size(); ++i)
      check_statement(ctx, rule, statements->as_list()[i], base / i);
  } else {
    check_statement(ctx, rule, *statements, base);
  }
}

void check(Context& ctx, const RuleInfo& rule) {
  for (const TemplateResource& r : ctx.view().resources()) {
    const std::string_view t = r.type;
    const Path props = r.path / "Properties";
    if (t == "AWS::IAM::Policy" || t == "AWS::IAM::ManagedPolicy" || t == "AWS::IAM::RolePolicy" ||
        t == "AWS::IAM::UserPolicy" || t == "AWS::IAM::GroupPolicy") {
      check_document(ctx, rule, r.property("PolicyDocument"), props / "PolicyDocument");
    } else if (t == "AWS::IAM::Role" || t == "AWS::IAM::User" || t == "AWS::IAM::Group") {
      const Value* policies = r.property("Policies");
      if (policies == nullptr || !policies->is_list()) continue;
      for (std::size_t i = 0; i < policies->as_list().size(); ++i) {
        const Value& p = policies->as_list()[i];
        if (p.is_map()) check_document(ctx, rule, p.find("PolicyDocument"), props / "Policies" / i / "PolicyDocument");
      }
    } else if (t == "AWS::Serverless::Function" || t == "AWS::Serverless::StateMachine") {
      const Value* policies = r.property("Policies");
      if (policies == nullptr) continue;
      if (policies->is_map()) check_document(ctx, rule, policies, props / "Policies");
      if (policies->is_list())
        for (std::size_t i = 0; i < policies->as_list().size(); ++i)
          check_document(ctx, rule, &policies->as_list()[i], props / "Policies" / i);
    }
  }
}

}  // namespace w3906

extern const Rule kW3906{
    {.code = "W3906",
     .severity = Severity::Warning,
     .title = "IAM statements do not grant resource-level actions on \"*\"",
     .description = "An Allow statement of an identity policy (IAM Policy, ManagedPolicy, Role/User/Group Policies, "
                    "RolePolicy/UserPolicy/GroupPolicy, SAM Policies) with no Condition does not grant, on Resource "
                    "`*`, an action that supports resource-level permissions. Wildcard actions (`s3:*`, `s3:Get*`, "
                    "`*`) count when they cover one; List*/Describe* and unknown actions do not. Grants every "
                    "bucket/table/queue/key in the account. The table of ~190 actions is curated in the rule's file.",
     .source = "https://docs.aws.amazon.com/service-authorization/latest/reference/"
               "reference_policies_actions-resources-contextkeys.html"},
    w3906::check};

}  // namespace cfn::detail::checks
