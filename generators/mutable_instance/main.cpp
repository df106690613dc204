// mutable_instance: writes the mutable instance stack
// (cfn::patterns::mutable_instance), public or --private, as YAML or JSON, to
// standard output or atomically to a file. The options shape the stack and
// set the defaults of its parameters.
#include "cfn/patterns/mutable_instance.hpp"
#include "driver/driver.hpp"

int main(int argc, char** argv) {
  cfn::patterns::MutableInstanceOptions o;
  cfn::driver::OptionSet options("mutable_instance",
                                 "Writes the mutable instance CloudFormation stack: one long-lived Amazon Linux 2023\n"
                                 "instance with Patch Manager, AWS Backup, the CloudWatch agent, Session Manager and\n"
                                 "automatic recovery; public (Elastic IP) or --private (VPC endpoints).");
  cfn::driver::add_common_options(options);
  options.flag("private", "no public address: Systems Manager and CloudWatch through VPC interface endpoints")
      .flag("codedeploy", "a CodeDeploy application and deployment group, and the agent")
      .stored("data-volume-size", "GiB of an encrypted data volume at /data (0: none)", o.data_volume_size)
      .stored("instance-type", "EC2 instance type", o.instance_type)
      .stored("root-volume-size", "GiB of the root volume", o.root_volume_size)
      .stored("vpc-cidr", "VPC address range", o.vpc_cidr)
      .stored("patch-schedule", "when patches are installed (cron or rate expression)", o.patch_schedule)
      .stored("time-zone", "IANA time zone of the schedules", o.time_zone)
      .stored("patch-approve-after-days", "days after their release that updates are installed",
              o.patch_approve_after_days)
      .stored("backup-schedule", "when backups start (cron expression)", o.backup_schedule)
      .stored("backup-retention-days", "days a backup is kept", o.backup_retention_days)
      .stored("log-retention-days", "days the logs are kept (a value CloudWatch Logs offers)", o.log_retention_days);
  return cfn::driver::run(options, argc, argv, [&](const cfn::driver::Arguments& result) {
    o.private_network = result.count("private") > 0;
    o.codedeploy = result.count("codedeploy") > 0;
    return cfn::patterns::mutable_instance(o);
  });
}
