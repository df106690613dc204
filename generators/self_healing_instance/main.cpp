// self_healing_instance: writes the self-healing instance stack
// (cfn::patterns::self_healing_instance_stack). The options set the defaults
// of its parameters and what it contains. --instances N or --fleet FILE: a
// fleet of them sharing one VPC and alarm topic.
#include "cfn/patterns/self_healing_instance.hpp"
#include "driver/driver.hpp"

int main(int argc, char** argv) {
  cfn::patterns::SelfHealingInstanceStackOptions o;
  cfn::driver::OptionSet options(
      "self_healing_instance",
      "Writes the self-healing instance CloudFormation stack: one EC2 instance in an Auto Scaling group of 1\n"
      "that associates its Elastic IP with itself at boot (and attaches its data volume), no Lambda.\n"
      "Its parameters: subnets, instance type, SSH range, key pair, DNS record, configuration path, log\n"
      "retention, alarm e-mail, schedule, KMS key. The options set their defaults. With --instances or\n"
      "--fleet, a fleet of such instances sharing one VPC and alarm topic; past one stack's quotas it is\n"
      "written split into nested stacks in the directory -o names.");
  options.stored("instance-type", "EC2 instance type", o.instance_type)
      .stored("image-parameter", "SSM parameter holding the AMI id", o.image_parameter)
      .stored("log-retention", "days CloudWatch Logs keeps the instance's logs", o.log_retention_days)
      .flag("data-volume", "add a data volume the instance attaches and mounts at /data (single zone)")
      .stored("data-volume-size", "its size in GiB (1-16384)", o.data_volume_size)
      .stored("wait", "seconds each healing step may take (60-1800)", o.wait_seconds);
  options.stored("vpc-cidr", "a fleet's VPC address range, /16 to /24", o.vpc_cidr);
  cfn::driver::add_common_options(options);
  cfn::driver::add_fleet_options(options);
  return cfn::driver::run(options, argc, argv, [&](const cfn::driver::Arguments& result) {
    o.data_volume = result.count("data-volume") > 0;
    const auto fleet = cfn::driver::fleet_option(result);
    return fleet ? cfn::patterns::self_healing_instance_fleet(o, *fleet)
                 : cfn::patterns::self_healing_instance_stack(o);
  });
}
