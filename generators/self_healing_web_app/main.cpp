// self_healing_web_app: writes the self-healing web application stack
// (cfn::patterns::self_healing_web_app) as YAML or JSON, to standard output
// or atomically to a file. The options shape the stack and set the defaults
// of its parameters.
#include "cfn/patterns/web_app.hpp"
#include "driver/driver.hpp"

int main(int argc, char** argv) {
  cfn::patterns::WebAppOptions o;
  std::string engine = "postgres";
  cxxopts::Options options("self_healing_web_app",
                           "Writes the self-healing web application CloudFormation stack: an Auto Scaling group over\n"
                           "two or three availability zones behind an Application Load Balancer, RDS Multi-AZ, CPU\n"
                           "scaling, smoke tests before traffic, alarms to an SNS topic.");
  cfn::driver::add_common_options(options);
  const auto number = [](int& value) { return cxxopts::value(value)->default_value(std::to_string(value)); };
  options.add_options()                                                                                    //
      ("zones", "availability zones (2 or 3)", number(o.zones))                                            //
      ("nat-per-zone", "one NAT gateway per zone instead of one for the VPC")                              //
      ("engine", "postgres or mysql", cxxopts::value(engine)->default_value(engine))                       //
      ("target-tracking", "track a CPU target instead of step scaling at --scale-out-cpu/--scale-in-cpu")  //
      ("access-logs", "load balancer access logs to a bucket of the stack")                                //
      ("instance-type", "EC2 instance type of the web tier",
       cxxopts::value(o.instance_type)->default_value(o.instance_type))  //
      ("db-instance-class", "RDS instance class",
       cxxopts::value(o.db_instance_class)->default_value(o.db_instance_class))                            //
      ("min-size", "fewest web instances", number(o.min_size))                                             //
      ("max-size", "most web instances", number(o.max_size))                                               //
      ("desired-capacity", "web instances at creation", number(o.desired_capacity))                        //
      ("scale-out-cpu", "scale out above this average CPU % for 5 minutes", number(o.scale_out_cpu))       //
      ("scale-in-cpu", "scale in below this average CPU % for 15 minutes", number(o.scale_in_cpu))         //
      ("target-cpu", "with --target-tracking: the average CPU % kept", number(o.target_cpu))               //
      ("db-backup-days", "days of automated database backups (1-35)", number(o.db_backup_retention_days))  //
      ("health-check-path", "the path the load balancer checks",
       cxxopts::value(o.health_check_path)->default_value(o.health_check_path))                 //
      ("vpc-cidr", "VPC address range", cxxopts::value(o.vpc_cidr)->default_value(o.vpc_cidr))  //
      ("image-parameter", "SSM parameter holding the AMI id",
       cxxopts::value(o.image_parameter)->default_value(o.image_parameter));
  return cfn::driver::run(options, argc, argv, [&](const cxxopts::ParseResult& result) {
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
