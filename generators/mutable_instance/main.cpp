// mutable_instance: writes the mutable instance stack
// (cfn::patterns::mutable_instance), public or --private, as YAML or JSON, to
// standard output or atomically to a file. The options shape the stack and
// set the defaults of its parameters.
#include "cfn/patterns/mutable_instance.hpp"
#include "driver/driver.hpp"

int main(int argc, char** argv) {
  cfn::patterns::MutableInstanceOptions o;
  cxxopts::Options options("mutable_instance",
                           "Writes the mutable instance CloudFormation stack: one long-lived Amazon Linux 2023\n"
                           "instance with Patch Manager, AWS Backup, the CloudWatch agent, Session Manager and\n"
                           "automatic recovery; public (Elastic IP) or --private (VPC endpoints).");
  cfn::driver::add_common_options(options);
  const auto number = [](int& value) { return cxxopts::value(value)->default_value(std::to_string(value)); };
  const auto text = [](std::string& value) { return cxxopts::value(value)->default_value(value); };
  options.add_options()                                                                                       //
      ("private", "no public address: Systems Manager and CloudWatch through VPC interface endpoints")        //
      ("codedeploy", "a CodeDeploy application and deployment group, and the agent")                          //
      ("data-volume-size", "GiB of an encrypted data volume at /data (0: none)", number(o.data_volume_size))  //
      ("instance-type", "EC2 instance type", text(o.instance_type))                                           //
      ("root-volume-size", "GiB of the root volume", number(o.root_volume_size))                              //
      ("vpc-cidr", "VPC address range", text(o.vpc_cidr))                                                     //
      ("patch-schedule", "when patches are installed (cron or rate expression)", text(o.patch_schedule))      //
      ("time-zone", "IANA time zone of the schedules", text(o.time_zone))                                     //
      ("patch-approve-after-days", "days after their release that updates are installed",
       number(o.patch_approve_after_days))                                                  //
      ("backup-schedule", "when backups start (cron expression)", text(o.backup_schedule))  //
      ("backup-retention-days", "days a backup is kept", number(o.backup_retention_days))   //
      ("log-retention-days", "days the logs are kept (a value CloudWatch Logs offers)", number(o.log_retention_days));
  return cfn::driver::run(options, argc, argv, [&](const cxxopts::ParseResult& result) {
    o.private_network = result.count("private") > 0;
    o.codedeploy = result.count("codedeploy") > 0;
    return cfn::patterns::mutable_instance(o);
  });
}
