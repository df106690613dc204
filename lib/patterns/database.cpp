#include "cfn/patterns/database.hpp"

#include "cfn/error.hpp"

namespace cfn::patterns {
namespace {

namespace cw = aws::cloudwatch;
namespace ec2 = aws::ec2;
namespace rds = aws::rds;

void check_options(const DatabaseOptions& o) {
  if (o.subnets.size() < 2)
    throw Error("database: a DB subnet group needs subnets in at least two zones, not " +
                std::to_string(o.subnets.size()));
  if (o.client_security_groups.empty())
    throw Error("database: no client security group: nothing could reach the database");
  const Value& retention = o.backup_retention_days.value();
  if (retention.is_int() && (retention.as_int() < 1 || retention.as_int() > 35))
    throw Error("database: a backup retention of " + std::to_string(retention.as_int()) + " days is outside 1 to 35");
  if (o.cpu_alarm_percent < 1 || o.cpu_alarm_percent > 100)
    throw Error("database: a CPU alarm at " + std::to_string(o.cpu_alarm_percent) + " % is outside 1 to 100");
}

cw::Alarm database_alarm(const rds::DBInstance::Handle& db, std::string_view metric, std::string_view description,
                         std::string_view comparison, Num threshold, int minutes) {
  return cw::Alarm{}
      .AlarmDescription(description)
      .Namespace("AWS/RDS")
      .MetricName(metric)
      .Dimensions({cw::Alarm_Dimension{}.Name("DBInstanceIdentifier").Value(db.ref())})
      .Statistic("Average")
      .Period(60)
      .EvaluationPeriods(minutes)
      .DatapointsToAlarm(minutes)
      .Threshold(std::move(threshold))
      .ComparisonOperator(comparison)
      .TreatMissingData("missing");
}

}  // namespace

const char* engine_name(DatabaseEngine engine) noexcept {
  return engine == DatabaseEngine::Postgres ? "postgres" : "mysql";
}

int default_port(DatabaseEngine engine) noexcept { return engine == DatabaseEngine::Postgres ? 5432 : 3306; }

policy::Statement Database::read_secret_statement() const {
  return {.sid = "ReadTheDatabaseSecret", .action = {"secretsmanager:GetSecretValue"}, .resource = {secret_arn()}};
}

Database add_database(Template& t, const Scope& scope, const DatabaseOptions& o) {
  check_options(o);
  scope.check_renames("database",
                      {"SecurityGroup", "SubnetGroup", "Instance", "CpuAlarm", "FreeStorageAlarm", "ConnectionsAlarm"});
  const int port = default_port(o.engine);

  std::vector<Obj<ec2::SecurityGroup_Ingress>> ingress;
  for (const Str& client : o.client_security_groups)
    ingress.emplace_back(ec2::SecurityGroup_Ingress{}
                             .IpProtocol("tcp")
                             .FromPort(port)
                             .ToPort(port)
                             .SourceSecurityGroupId(client)
                             .Description("the database's clients"));
  const auto firewall =
      t.add(scope.id("SecurityGroup"), ec2::SecurityGroup{}
                                           .GroupDescription("Database: only its clients, only its port")
                                           .VpcId(o.vpc_id)
                                           .SecurityGroupIngress(ingress)
                                           .Tags(scope.tags_for("database")));
  const auto subnets = t.add(scope.id("SubnetGroup"), rds::DBSubnetGroup{}
                                                          .DBSubnetGroupDescription("The database's subnets")
                                                          .SubnetIds(o.subnets)
                                                          .Tags(scope.tags_for("database")));
  rds::DBInstance instance;
  instance.Engine(engine_name(o.engine))
      .DBInstanceClass(o.instance_class)
      .AllocatedStorage(o.allocated_storage)
      .MaxAllocatedStorage(o.max_allocated_storage)
      .StorageType("gp3")
      .StorageEncrypted(true)
      .MultiAZ(o.multi_az)
      .DBSubnetGroupName(subnets.ref())
      .VPCSecurityGroups({firewall.ref()})
      .PubliclyAccessible(false)
      .Port(std::to_string(port))
      .MasterUsername(o.master_username)
      .ManageMasterUserPassword(true)
      .DBName(o.database_name)
      .BackupRetentionPeriod(o.backup_retention_days)
      .DeletionProtection(o.deletion_protection)
      .CopyTagsToSnapshot(true)
      .AutoMinorVersionUpgrade(true)
      .Tags(scope.tags_for("database"));
  if (o.engine_version) instance.EngineVersion(*o.engine_version);
  Database out{firewall, subnets,
               t.add(scope.id("Instance"), instance,
                     {.deletion_policy = DeletionPolicy::Snapshot, .update_replace_policy = DeletionPolicy::Snapshot}),
               port};

  if (o.alarm_topic_arn) {
    const auto add_alarm = [&](std::string_view part, cw::Alarm alarm) {
      t.add(scope.id(part), alarm.AlarmActions({*o.alarm_topic_arn}).OKActions({*o.alarm_topic_arn}));
    };
    add_alarm("CpuAlarm", database_alarm(out.instance, "CPUUtilization",
                                         "The database's CPU stayed above " + std::to_string(o.cpu_alarm_percent) +
                                             " % for 15 minutes: a bigger instance class, or a query to fix",
                                         "GreaterThanThreshold", o.cpu_alarm_percent, 15));
    add_alarm("FreeStorageAlarm",
              database_alarm(out.instance, "FreeStorageSpace",
                             "The database is running out of storage (storage autoscaling reached its maximum, or "
                             "grows too slowly)",
                             "LessThanThreshold", o.free_storage_alarm_bytes, 5));
    add_alarm("ConnectionsAlarm",
              database_alarm(out.instance, "DatabaseConnections",
                             "The database has more connections than expected for 10 minutes: a connection leak, or "
                             "more application instances than it can serve",
                             "GreaterThanThreshold", o.connections_alarm_count, 10));
  }
  return out;
}

}  // namespace cfn::patterns
