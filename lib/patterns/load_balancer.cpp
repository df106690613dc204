#include "cfn/patterns/load_balancer.hpp"

#include <array>
#include <utility>

#include "cfn/arn.hpp"
#include "cfn/error.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/policy.hpp"

namespace cfn::patterns {
namespace {

namespace elb = aws::elasticloadbalancingv2;
namespace ec2 = aws::ec2;
namespace s3 = aws::s3;

// In the regions that existed before August 2022, Elastic Load Balancing
// writes access logs as an account of its own per region; in the later ones
// as the service principal logdelivery.elasticloadbalancing.amazonaws.com
// ("Enable access logs for your Application Load Balancer", step 2).
constexpr std::array<std::pair<const char*, const char*>, 26> kElbLogAccounts{{
    {"us-east-1", "127311923021"},      {"us-east-2", "033677994240"},      {"us-west-1", "027434742980"},
    {"us-west-2", "797873946194"},      {"af-south-1", "098369216593"},     {"ap-east-1", "754344448648"},
    {"ap-southeast-3", "589379963580"}, {"ap-south-1", "718504428378"},     {"ap-northeast-3", "383597477331"},
    {"ap-northeast-2", "600734575887"}, {"ap-southeast-1", "114774131450"}, {"ap-southeast-2", "783225319266"},
    {"ap-northeast-1", "582318560864"}, {"ca-central-1", "985666609251"},   {"eu-central-1", "054676820928"},
    {"eu-west-1", "156460612806"},      {"eu-west-2", "652711504416"},      {"eu-south-1", "635631232127"},
    {"eu-west-3", "009996457667"},      {"eu-north-1", "897822967062"},     {"me-south-1", "076674570225"},
    {"sa-east-1", "507241528517"},      {"us-gov-west-1", "048591011584"},  {"us-gov-east-1", "190560391635"},
    {"cn-north-1", "638102146993"},     {"cn-northwest-1", "037604701340"},
}};

void check_options(const LoadBalancerOptions& o) {
  if (o.subnets.size() < 2)
    throw Error("load balancer: an Application Load Balancer needs subnets in at least two zones, not " +
                std::to_string(o.subnets.size()));
  if (o.health_check_path.empty() || o.health_check_path.front() != '/')
    throw Error("load balancer: the health check path '" + o.health_check_path + "' does not start with '/'");
  if (o.certificate_condition && !o.certificate_arn)
    throw Error("load balancer: a certificate condition without a certificate");
  if (o.target_port < 1 || o.target_port > 65535)
    throw Error("load balancer: target port " + std::to_string(o.target_port) + " is outside 1 to 65535");
  if (o.health_check_interval < 5 || o.health_check_interval > 300)
    throw Error("load balancer: a health check interval of " + std::to_string(o.health_check_interval) +
                " s is outside 5 to 300");
  for (const int threshold : {o.healthy_threshold, o.unhealthy_threshold})
    if (threshold < 2 || threshold > 10)
      throw Error("load balancer: a health check threshold of " + std::to_string(threshold) + " is outside 2 to 10");
  if (o.deregistration_delay < 0 || o.deregistration_delay > 3600)
    throw Error("load balancer: a deregistration delay of " + std::to_string(o.deregistration_delay) +
                " s is outside 0 to 3600");
}

// Fn::Or takes 2 to 10 conditions: the region is one of `regions`, in groups of ten.
Value region_is_one_of(const std::vector<std::string>& regions) {
  List groups;
  for (std::size_t i = 0; i < regions.size(); i += 10) {
    List equalities;
    for (std::size_t j = i; j < regions.size() && j < i + 10; ++j)
      equalities.push_back(equals(pseudo::region(), regions[j]));
    groups.push_back(equalities.size() == 1 ? std::move(equalities.front()) : Value(or_(std::move(equalities))));
  }
  return groups.size() == 1 ? std::move(groups.front()) : Value(or_(std::move(groups)));
}

// The bucket the load balancer writes its access logs to: SSE-S3 (the only
// encryption log delivery supports), private, TLS only, expiring.
s3::Bucket::Handle add_log_bucket(Template& t, const Scope& scope, const LoadBalancerOptions& o) {
  Map accounts;
  std::vector<std::string> regions;
  for (const auto& [region, account] : kElbLogAccounts) {
    accounts.set(region, Map{{"Account", account}});
    regions.emplace_back(region);
  }
  const std::string mapping = scope.id("ElbLogAccounts");
  t.add_mapping(mapping, std::move(accounts));
  const auto by_account = t.add_condition(scope.id("ElbLogsByAccount"), region_is_one_of(regions));

  const auto bucket =
      t.add(scope.id("LogBucket"),
            s3::Bucket{}
                .BucketEncryption(s3::Bucket_BucketEncryption{}.ServerSideEncryptionConfiguration(
                    {s3::Bucket_ServerSideEncryptionRule{}.ServerSideEncryptionByDefault(
                        s3::Bucket_ServerSideEncryptionByDefault{}.SSEAlgorithm("AES256"))}))
                .PublicAccessBlockConfiguration(s3::Bucket_PublicAccessBlockConfiguration{}
                                                    .BlockPublicAcls(true)
                                                    .BlockPublicPolicy(true)
                                                    .IgnorePublicAcls(true)
                                                    .RestrictPublicBuckets(true))
                .OwnershipControls(s3::Bucket_OwnershipControls{}.Rules(
                    {s3::Bucket_OwnershipControlsRule{}.ObjectOwnership("BucketOwnerEnforced")}))
                .LifecycleConfiguration(s3::Bucket_LifecycleConfiguration{}.Rules(
                    {s3::Bucket_Rule{}.Id("expire-access-logs").Status("Enabled").ExpirationInDays(o.access_log_days)}))
                .Tags(scope.tags_for("access-logs")),
            {.deletion_policy = DeletionPolicy::Retain, .update_replace_policy = DeletionPolicy::Retain});

  const Fn objects = sub("${" + bucket.logical_id() + ".Arn}/AWSLogs/${AWS::AccountId}/*");
  const Value writer = if_(by_account,
                           Map{{"AWS", sub("arn:${AWS::Partition}:iam::${Account}:root",
                                           {{"Account", find_in_map(mapping, pseudo::region(), "Account")}})}},
                           Map{{"Service", "logdelivery.elasticloadbalancing.amazonaws.com"}});
  t.add(scope.id("LogBucketPolicy"), s3::BucketPolicy{}
                                         .Bucket(bucket.ref())
                                         .PolicyDocument(policy::PolicyDocument{{
                                             {.sid = "ElasticLoadBalancingWritesAccessLogs",
                                              .principal = writer,
                                              .action = {"s3:PutObject"},
                                              .resource = {objects}},
                                             {.sid = "TlsOnly",
                                              .effect = policy::Effect::Deny,
                                              .principal = Value("*"),
                                              .action = {"s3:*"},
                                              .resource = {bucket.Arn(), sub("${" + bucket.logical_id() + ".Arn}/*")},
                                              .condition = Map{{"Bool", Map{{"aws:SecureTransport", false}}}}},
                                         }}));
  return bucket;
}

}  // namespace

LoadBalancer add_load_balancer(Template& t, const Scope& scope, const LoadBalancerOptions& o) {
  check_options(o);
  scope.check_renames("load balancer", {"SecurityGroup", "LoadBalancer", "TargetGroup", "HttpListener", "HttpsListener",
                                        "LogBucket", "LogBucketPolicy", "ElbLogAccounts", "ElbLogsByAccount"});

  const auto from_anywhere = [](int port, const char* what) {
    return ec2::SecurityGroup_Ingress{}
        .IpProtocol("tcp")
        .FromPort(port)
        .ToPort(port)
        .CidrIp("0.0.0.0/0")
        .Description(what);
  };
  const auto firewall = t.add(scope.id("SecurityGroup"),
                              ec2::SecurityGroup{}
                                  .GroupDescription("Load balancer: HTTP and HTTPS from anywhere")
                                  .VpcId(o.vpc_id)
                                  .SecurityGroupIngress({from_anywhere(80, "HTTP"), from_anywhere(443, "HTTPS")})
                                  .Tags(scope.tags_for("load-balancer")));

  std::optional<s3::Bucket::Handle> log_bucket;
  std::vector<Obj<elb::LoadBalancer_LoadBalancerAttribute>> attributes{
      elb::LoadBalancer_LoadBalancerAttribute{}.Key("routing.http.drop_invalid_header_fields.enabled").Value("true")};
  std::vector<ResourceRef> depends_on;
  if (o.access_logs) {
    log_bucket = add_log_bucket(t, scope, o);
    attributes.push_back(elb::LoadBalancer_LoadBalancerAttribute{}.Key("access_logs.s3.enabled").Value("true"));
    attributes.push_back(
        elb::LoadBalancer_LoadBalancerAttribute{}.Key("access_logs.s3.bucket").Value(log_bucket->ref()));
    // Elastic Load Balancing checks that it may write when logging is switched on.
    depends_on.emplace_back(scope.id("LogBucketPolicy"), "AWS::S3::BucketPolicy");
  }
  const auto balancer = t.add(scope.id("LoadBalancer"),
                              elb::LoadBalancer{}
                                  .Type("application")
                                  .Scheme("internet-facing")
                                  .IpAddressType("ipv4")
                                  .Subnets(o.subnets)
                                  .SecurityGroups({firewall.ref()})
                                  .LoadBalancerAttributes(attributes)
                                  .Tags(scope.tags_for("load-balancer")),
                              {.depends_on = depends_on});

  const auto targets =
      t.add(scope.id("TargetGroup"), elb::TargetGroup{}
                                         .VpcId(o.vpc_id)
                                         .TargetType("instance")
                                         .Protocol("HTTP")
                                         .Port(o.target_port)
                                         .HealthCheckProtocol("HTTP")
                                         .HealthCheckPath(o.health_check_path)
                                         .HealthCheckIntervalSeconds(o.health_check_interval)
                                         .HealthCheckTimeoutSeconds(5)
                                         .HealthyThresholdCount(o.healthy_threshold)
                                         .UnhealthyThresholdCount(o.unhealthy_threshold)
                                         .Matcher(elb::TargetGroup_Matcher{}.HttpCode("200"))
                                         .TargetGroupAttributes({elb::TargetGroup_TargetGroupAttribute{}
                                                                     .Key("deregistration_delay.timeout_seconds")
                                                                     .Value(std::to_string(o.deregistration_delay))})
                                         .Tags(scope.tags_for("targets")));

  const auto forward = elb::Listener_Action{}.Type("forward").TargetGroupArn(targets.ref());
  const auto redirect =
      elb::Listener_Action{}
          .Type("redirect")
          .RedirectConfig(elb::Listener_RedirectConfig{}.Protocol("HTTPS").Port("443").StatusCode("HTTP_301"));
  elb::Listener http;
  http.LoadBalancerArn(balancer.ref()).Port(80).Protocol("HTTP");
  if (!o.certificate_arn)
    http.DefaultActions({forward});
  else if (!o.certificate_condition)
    http.DefaultActions({redirect});
  else
    http.DefaultActions(if_(*o.certificate_condition, List{redirect.to_value()}, List{forward.to_value()}));
  LoadBalancer out{firewall, balancer, targets, t.add(scope.id("HttpListener"), http), std::nullopt, log_bucket};

  if (o.certificate_arn)
    out.https_listener = t.add(scope.id("HttpsListener"),
                               elb::Listener{}
                                   .LoadBalancerArn(balancer.ref())
                                   .Port(443)
                                   .Protocol("HTTPS")
                                   .SslPolicy(o.tls_policy)
                                   .Certificates({elb::Listener_Certificate{}.CertificateArn(*o.certificate_arn)})
                                   .DefaultActions({forward}),
                               {.condition = o.certificate_condition});
  return out;
}

}  // namespace cfn::patterns
