// autoheal: writes the Autoheal stack (cfn::patterns::autoheal) as YAML or JSON,
// to standard output or atomically to a file. Every parameter default can be
// set from the command line. --instances N or --fleet FILE: a fleet of them.
#include "cfn/patterns/autoheal.hpp"
#include "driver/driver.hpp"

int main(int argc, char** argv) {
  cfn::patterns::AutohealOptions o;
  cxxopts::Options options("autoheal",
                           "Writes the Autoheal CloudFormation stack: one stateful EC2 instance in an Auto Scaling\n"
                           "group of 1 whose encrypted data volume and Elastic IP follow every replacement instance.\n"
                           "The instance is reached through Session Manager (SSH only from --ssh-cidr).\n"
                           "The options set the defaults of the stack's parameters. With --instances or --fleet, a\n"
                           "fleet of such instances sharing one VPC and alarm topic; past one stack's quotas (about\n"
                           "19 instances) it is written split into nested stacks in the directory -o names.");
  cfn::driver::add_common_options(options);
  cfn::driver::add_fleet_options(options);
  options.add_options()                                                                                        //
      ("instance-type", "EC2 instance type", cxxopts::value(o.instance_type)->default_value(o.instance_type))  //
      ("volume-size", "data volume size in GiB (1-16384)",
       cxxopts::value(o.volume_size)->default_value(std::to_string(o.volume_size)))  //
      ("availability-zone", "default availability zone, e.g. eu-west-1a (empty: chosen at deploy time)",
       cxxopts::value(o.availability_zone))                                                                 //
      ("vpc-cidr", "VPC address range, /16 to /28", cxxopts::value(o.vpc_cidr)->default_value(o.vpc_cidr))  //
      ("subnet-cidr", "subnet address range, inside the VPC's, /16 to /28",
       cxxopts::value(o.subnet_cidr)->default_value(o.subnet_cidr))                                               //
      ("ssh-cidr", "address range allowed to SSH in (empty: no SSH port is opened)", cxxopts::value(o.ssh_cidr))  //
      ("key-name", "EC2 key pair name (empty: none)", cxxopts::value(o.key_name))                                 //
      ("volume-wait", "seconds a new instance waits for its data volume, then for its address (60-1500)",
       cxxopts::value(o.volume_wait_seconds)->default_value(std::to_string(o.volume_wait_seconds)))  //
      ("component-name", "value of the Component tag",
       cxxopts::value(o.component_name)->default_value(o.component_name))  //
      ("component-owner", "value of the Owner tag",
       cxxopts::value(o.component_owner)->default_value(o.component_owner))  //
      ("image-parameter", "SSM parameter holding the AMI id",
       cxxopts::value(o.image_parameter)->default_value(o.image_parameter));
  return cfn::driver::run(options, argc, argv, [&](const cxxopts::ParseResult& result) {
    const auto fleet = cfn::driver::fleet_option(result);
    return fleet ? cfn::patterns::autoheal_fleet(o, *fleet) : cfn::patterns::autoheal(o);
  });
}
