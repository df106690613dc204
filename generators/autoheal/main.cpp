// autoheal: writes the Autoheal stack (cfn::patterns::autoheal) as YAML or JSON,
// to standard output or atomically to a file. Every parameter default can be
// set from the command line. --instances N or --fleet FILE: a fleet of them.
#include "cfn/patterns/autoheal.hpp"
#include "driver/driver.hpp"

int main(int argc, char** argv) {
  cfn::patterns::AutohealOptions o;
  cfn::driver::OptionSet options(
      "autoheal",
      "Writes the Autoheal CloudFormation stack: one stateful EC2 instance in an Auto Scaling\n"
      "group of 1 whose encrypted data volume and Elastic IP follow every replacement instance.\n"
      "The instance is reached through Session Manager (SSH only from --ssh-cidr).\n"
      "The options set the defaults of the stack's parameters. With --instances or --fleet, a\n"
      "fleet of such instances sharing one VPC and alarm topic; past one stack's quotas (about\n"
      "19 instances) it is written split into nested stacks in the directory -o names.");
  cfn::driver::add_common_options(options);
  cfn::driver::add_fleet_options(options);
  options.stored("instance-type", "EC2 instance type", o.instance_type)
      .stored("volume-size", "data volume size in GiB (1-16384)", o.volume_size)
      .stored("availability-zone", "default availability zone, e.g. eu-west-1a (empty: chosen at deploy time)",
              o.availability_zone)
      .stored("vpc-cidr", "VPC address range, /16 to /28", o.vpc_cidr)
      .stored("subnet-cidr", "subnet address range, inside the VPC's, /16 to /28", o.subnet_cidr)
      .stored("ssh-cidr", "address range allowed to SSH in (empty: no SSH port is opened)", o.ssh_cidr)
      .stored("key-name", "EC2 key pair name (empty: none)", o.key_name)
      .stored("volume-wait", "seconds a new instance waits for its data volume, then for its address (60-1500)",
              o.volume_wait_seconds)
      .stored("component-name", "value of the Component tag", o.component_name)
      .stored("component-owner", "value of the Owner tag", o.component_owner)
      .stored("image-parameter", "SSM parameter holding the AMI id", o.image_parameter);
  return cfn::driver::run(options, argc, argv, [&](const cfn::driver::Arguments& result) {
    const auto fleet = cfn::driver::fleet_option(result);
    return fleet ? cfn::patterns::autoheal_fleet(o, *fleet) : cfn::patterns::autoheal(o);
  });
}
