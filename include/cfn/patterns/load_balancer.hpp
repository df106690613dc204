/// @file
/// The load balancer block: an internet-facing Application Load Balancer in
/// public subnets, its security group (HTTP and HTTPS from anywhere), one
/// target group with a health check, and its listeners:
///  - without a certificate, HTTP forwards to the target group;
///  - with a certificate (an ACM ARN, usually an optional parameter with its
///    condition), HTTPS on 443 with a current TLS policy forwards, and HTTP
///    redirects to HTTPS. With a condition both cases are in the template and
///    the deployer chooses.
/// Optionally the load balancer writes access logs to a bucket of its own
/// (encrypted, private, with the policy Elastic Load Balancing needs).
///
/// @code
///   auto lb = add_load_balancer(t, scope, {.vpc_id = net.vpc.ref(), .subnets = net.public_subnet_ids(),
///                                          .health_check_path = "/health"});
///   group_options.target_group_arns = {lb.target_group.ref()};
/// @endcode
///
/// Parts: SecurityGroup, LoadBalancer, TargetGroup, HttpListener, HttpsListener
/// (with a certificate), LogBucket and LogBucketPolicy (with access logs).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cfn/aws/ec2.hpp"
#include "cfn/aws/elasticloadbalancingv2.hpp"
#include "cfn/aws/s3.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// TLS 1.3 and 1.2 with forward secrecy only: the policy AWS recommends for
/// new HTTPS listeners (and their console default).
inline constexpr const char* kTlsPolicy = "ELBSecurityPolicy-TLS13-1-2-2021-06";

/// The internet-facing Application Load Balancer add_load_balancer adds.
struct LoadBalancerOptions {
  Str vpc_id;  ///< the VPC of the load balancer and its target group
  /// Public subnets, one per zone (at least two zones).
  std::vector<Str> subnets;
  /// The port and protocol the instances serve on.
  int target_port = 80;
  std::string health_check_path = "/health";  ///< the target group's HealthCheckPath
  int health_check_interval = 15;             ///< seconds between health checks
  int healthy_threshold = 2;                  ///< successful checks before an instance is healthy
  int unhealthy_threshold = 3;                ///< failed checks before an instance is unhealthy
  /// How long a deregistered instance may finish its requests (seconds, 0 to 3600).
  int deregistration_delay = 30;
  /// An ACM certificate ARN: HTTPS, and HTTP redirected to it.
  std::optional<Str> certificate_arn{};
  /// The HTTPS listener exists (and HTTP redirects) only when this holds.
  std::optional<ConditionRef> certificate_condition{};
  std::string tls_policy = kTlsPolicy;  ///< the HTTPS listener's SslPolicy
  /// Access logs to a bucket of the stack (parts LogBucket, LogBucketPolicy).
  bool access_logs = false;
  /// Days the access logs are kept.
  int access_log_days = 90;
};

/// The parts add_load_balancer added.
struct LoadBalancer {
  aws::ec2::SecurityGroup::Handle security_group;                   ///< the load balancer's security group
  aws::elasticloadbalancingv2::LoadBalancer::Handle load_balancer;  ///< the load balancer
  aws::elasticloadbalancingv2::TargetGroup::Handle target_group;    ///< the target group the instances register with
  aws::elasticloadbalancingv2::Listener::Handle http_listener;  ///< the HTTP listener: forwards, or redirects to HTTPS
  std::optional<aws::elasticloadbalancingv2::Listener::Handle>
      https_listener;                                 ///< the HTTPS listener, with a certificate
  std::optional<aws::s3::Bucket::Handle> log_bucket;  ///< the access log bucket, with access logs
};

/// Adds the load balancer. Throws cfn::Error for fewer than two subnets, a
/// health check path that does not start with '/', a certificate condition
/// without a certificate, or numbers outside what Elastic Load Balancing accepts.
LoadBalancer add_load_balancer(Template& t, const Scope& scope, const LoadBalancerOptions& options);

}  // namespace cfn::patterns
