// self_healing_web_app: writes the self-healing web application stack
// (cfn::patterns::self_healing_web_app) as YAML or JSON, to standard output
// or atomically to a file. The options shape the stack and set the defaults
// of its parameters.
#include "cfn/patterns/web_app.hpp"
#include "driver/driver.hpp"

int main(int argc, char** argv) {
  cfn::patterns::WebAppOptions o;
  std::string engine = "postgres";
  cfn::driver::OptionSet options(
      "self_healing_web_app",
      "Writes the self-healing web application CloudFormation stack: an Auto Scaling group over\n"
      "two or three availability zones behind an Application Load Balancer, RDS Multi-AZ, CPU\n"
      "scaling, smoke tests before traffic, alarms to an SNS topic.");
  cfn::driver::add_common_options(options);
  options.stored("zones", "availability zones (2 or 3)", o.zones)
      .flag("nat-per-zone", "one NAT gateway per zone instead of one for the VPC")
      .stored("engine", "postgres or mysql", engine)
      .flag("target-tracking", "track a CPU target instead of step scaling at --scale-out-cpu/--scale-in-cpu")
      .flag("access-logs", "load balancer access logs to a bucket of the stack")
      .stored("instance-type", "EC2 instance type of the web tier", o.instance_type)
      .stored("db-instance-class", "RDS instance class", o.db_instance_class)
      .stored("min-size", "fewest web instances", o.min_size)
      .stored("max-size", "most web instances", o.max_size)
      .stored("desired-capacity", "web instances at creation", o.desired_capacity)
      .stored("scale-out-cpu", "scale out above this average CPU % for 5 minutes", o.scale_out_cpu)
      .stored("scale-in-cpu", "scale in below this average CPU % for 15 minutes", o.scale_in_cpu)
      .stored("target-cpu", "with --target-tracking: the average CPU % kept", o.target_cpu)
      .stored("db-backup-days", "days of automated database backups (1-35)", o.db_backup_retention_days)
      .stored("health-check-path", "the path the load balancer checks", o.health_check_path)
      .stored("vpc-cidr", "VPC address range", o.vpc_cidr)
      .stored("image-parameter", "SSM parameter holding the AMI id", o.image_parameter);
  return cfn::driver::run(options, argc, argv, [&](const cfn::driver::Arguments& result) {
    o.nat_per_zone = result.count("nat-per-zone") > 0;
    o.target_tracking = result.count("target-tracking") > 0;
    o.access_logs = result.count("access-logs") > 0;
    if (engine == "postgres")
      o.engine = cfn::patterns::DatabaseEngine::Postgres;
    else if (engine == "mysql")
      o.engine = cfn::patterns::DatabaseEngine::Mysql;
    else
      throw cfn::Error("engine: '" + engine + "' is neither postgres nor mysql");
    return cfn::patterns::self_healing_web_app(o);
  });
}
