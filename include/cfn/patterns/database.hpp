// The database block: an RDS instance (PostgreSQL or MySQL) in its Multi-AZ
// configuration (a synchronous standby in another zone, promoted by RDS when
// the primary fails), encrypted storage that grows by itself, the master
// password generated and kept by Secrets Manager (ManageMasterUserPassword:
// nobody types it, the template never holds it), automated backups, and a
// security group that admits only the given client security groups on the
// database port. Deleting or replacing the instance leaves a final snapshot.
//
//   auto db = add_database(t, scope.child("Db"), {.vpc_id = net.vpc.ref(), .subnets = net.isolated_subnet_ids(),
//                                                 .client_security_groups = {app_sg.ref()}});
//   db.endpoint(); db.secret_arn(); db.read_secret_statement();
//
// Parts: SecurityGroup, SubnetGroup, Instance; with an alarm topic CpuAlarm,
// FreeStorageAlarm, ConnectionsAlarm.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cfn/aws/cloudwatch.hpp"
#include "cfn/aws/ec2.hpp"
#include "cfn/aws/rds.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/policy.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

enum class DatabaseEngine : std::uint8_t { Postgres, Mysql };

/// "postgres" or "mysql" (RDS's Engine names).
[[nodiscard]] const char* engine_name(DatabaseEngine engine) noexcept;
/// 5432 or 3306.
[[nodiscard]] int default_port(DatabaseEngine engine) noexcept;

struct DatabaseOptions {
  Str vpc_id;
  /// Subnets in at least two zones (isolated ones: the database needs no internet).
  std::vector<Str> subnets;
  /// Only these security groups reach the database port.
  std::vector<Str> client_security_groups{};
  DatabaseEngine engine = DatabaseEngine::Postgres;
  /// Empty: the engine's default version in the region (minor versions are upgraded in the maintenance window).
  std::optional<Str> engine_version{};
  Str instance_class = "db.t4g.micro";
  /// GiB of gp3 storage at creation; RDS grows it up to `max_allocated_storage`.
  Str allocated_storage = "20";
  Int max_allocated_storage = 100;
  Bool multi_az = true;
  /// Days of automated backups (1 to 35; 0 would switch them off).
  Int backup_retention_days = 7;
  Bool deletion_protection = true;
  Str master_username = "app";
  Str database_name = "app";
  /// Alarms (CpuAlarm, FreeStorageAlarm, ConnectionsAlarm) to this topic.
  std::optional<Str> alarm_topic_arn{};
  int cpu_alarm_percent = 80;
  /// Bytes of free storage under which the storage alarm fires.
  std::int64_t free_storage_alarm_bytes = 2LL * 1024 * 1024 * 1024;
  Num connections_alarm_count = 100;
};

struct Database {
  aws::ec2::SecurityGroup::Handle security_group;
  aws::rds::DBSubnetGroup::Handle subnet_group;
  aws::rds::DBInstance::Handle instance;
  int port;

  /// The endpoint's host name (it moves to the standby on a failover).
  [[nodiscard]] Fn endpoint() const { return instance.Endpoint_Address(); }
  /// The Secrets Manager secret with the master user's name and password.
  [[nodiscard]] Fn secret_arn() const { return instance.MasterUserSecret_SecretArn(); }
  /// secretsmanager:GetSecretValue on that secret only.
  [[nodiscard]] policy::Statement read_secret_statement() const;
};

/// Adds the database. Throws cfn::Error for fewer than two subnets, no client
/// security group, or a literal backup retention outside 1 to 35 days.
Database add_database(Template& t, const Scope& scope, const DatabaseOptions& options);

}  // namespace cfn::patterns
