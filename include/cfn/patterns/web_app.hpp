/// @file
/// The self-healing web application (seed 003, "Anatomy of a Self-Healing App
/// on AWS"): a 2½-tier application over two (or three) availability zones.
///
/// @code
///   Route 53 alias (optional) ──► Application Load Balancer (public subnets,
///   HTTPS with a certificate, HTTP redirected to it)
///        ──► Auto Scaling group of stateless web instances (private subnets,
///            ELB health checks; each instance smoke-tests itself before it
///            completes its launch and signals CloudFormation)
///        ──► RDS Multi-AZ (isolated subnets; encrypted; master password in
///            Secrets Manager, readable by the instances' role only)
/// @endcode
///
/// The group scales out when its average CPU stays above 90 % for 5 minutes and
/// in when it stays below 30 % for 15 (step scaling), or tracks a CPU target;
/// alarms on 5xx responses, unhealthy hosts, instances not in service and the
/// database go to an SNS topic.
#pragma once

#include <string>

#include "cfn/patterns/database.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// The choices made when generating (the stack's parameters take their defaults from them).
struct WebAppOptions {
  /// Availability zones: 2 or 3.
  int zones = 2;
  /// One NAT gateway per zone (each zone keeps its egress when another fails) instead of one.
  bool nat_per_zone = false;
  DatabaseEngine engine = DatabaseEngine::Postgres;  ///< the database engine
  /// Target tracking on the group's average CPU instead of the seed's step scaling.
  bool target_tracking = false;
  /// Access logs of the load balancer to a bucket of the stack.
  bool access_logs = false;
  std::string instance_type = "t3.micro";          ///< default of the InstanceType parameter
  std::string db_instance_class = "db.t4g.micro";  ///< default of the database's instance class parameter
  int min_size = 2;                                ///< default of the group's MinSize parameter
  int max_size = 4;                                ///< default of the group's MaxSize parameter
  int desired_capacity = 2;                        ///< default of the group's DesiredCapacity parameter
  /// Step scaling: out above this average CPU for 5 minutes, in below `scale_in_cpu` for 15.
  int scale_out_cpu = 90;
  int scale_in_cpu = 30;  ///< step scaling: in below this average CPU for 15 minutes
  /// Target tracking: the average CPU the group keeps.
  int target_cpu = 50;
  int db_backup_retention_days = 7;           ///< default of the DbBackupRetentionDays parameter
  std::string health_check_path = "/health";  ///< the path the load balancer checks
  std::string vpc_cidr = "10.0.0.0/16";       ///< the VPC's IPv4 range
  std::string image_parameter =
      "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";  ///< default of the image parameter: an
                                                                                ///< SSM public parameter
};

/// The group's logical id: the instances signal it.
inline constexpr const char* kWebAppGroupId = "AppGroup";

/// The stack. Throws cfn::Error naming the option when a value is invalid.
[[nodiscard]] Template self_healing_web_app(const WebAppOptions& options = {});

}  // namespace cfn::patterns
