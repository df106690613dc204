/// @file
/// The database block: an RDS instance (PostgreSQL or MySQL) in its Multi-AZ
/// configuration (a synchronous standby in another zone, promoted by RDS when
/// the primary fails), encrypted storage that grows by itself, the master
/// password generated and kept by Secrets Manager (ManageMasterUserPassword:
/// nobody types it, the template never holds it), automated backups, and a
/// security group that admits only the given client security groups on the
/// database port. Deleting or replacing the instance leaves a final snapshot.
///
/// @code
///   auto db = add_database(t, scope.child("Db"), {.vpc_id = net.vpc.ref(), .subnets = net.isolated_subnet_ids(),
///                                                 .client_security_groups = {app_sg.ref()}});
///   db.endpoint(); db.secret_arn(); db.read_secret_statement();
/// @endcode
///
/// Parts: SecurityGroup, SubnetGroup, Instance; with an alarm topic CpuAlarm,
/// FreeStorageAlarm, ConnectionsAlarm.
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

/// The database engine: PostgreSQL or MySQL.
enum class DatabaseEngine : std::uint8_t { Postgres, Mysql };

/// "postgres" or "mysql" (RDS's Engine names).
[[nodiscard]] const char* engine_name(DatabaseEngine engine) noexcept;
/// 5432 or 3306.
[[nodiscard]] int default_port(DatabaseEngine engine) noexcept;

/// The RDS instance add_database adds: encrypted, backed up, its password in Secrets Manager.
struct DatabaseOptions {
  Str vpc_id;  ///< the VPC of the database's security group
  /// Subnets in at least two zones (isolated ones: the database needs no internet).
  std::vector<Str> subnets;
  /// Only these security groups reach the database port.
  std::vector<Str> client_security_groups{};
  DatabaseEngine engine = DatabaseEngine::Postgres;  ///< PostgreSQL or MySQL
  /// Empty: the engine's default version in the region (minor versions are upgraded in the maintenance window).
  std::optional<Str> engine_version{};
  Str instance_class = "db.t4g.micro";  ///< DBInstanceClass
  /// GiB of gp3 storage at creation; RDS grows it up to `max_allocated_storage`.
  Str allocated_storage = "20";
  Int max_allocated_storage = 100;  ///< the storage autoscaling limit, in GiB
  Bool multi_az = true;             ///< a standby in a second zone, for failover
  /// Days of automated backups (1 to 35; 0 would switch them off).
  Int backup_retention_days = 7;
  Bool deletion_protection = true;  ///< DeletionProtection: the instance cannot be deleted until it is turned off
  Str master_username = "app";      ///< MasterUsername; the password is generated into Secrets Manager
  Str database_name = "app";        ///< DBName: the database created with the instance
  /// Alarms (CpuAlarm, FreeStorageAlarm, ConnectionsAlarm) to this topic.
  std::optional<Str> alarm_topic_arn{};
  int cpu_alarm_percent = 80;  ///< the CpuAlarm fires when CPU stays above this percentage, 1 to 100
  /// Bytes of free storage under which the storage alarm fires.
  std::int64_t free_storage_alarm_bytes = 2LL * 1024 * 1024 * 1024;
  Num connections_alarm_count = 100;  ///< the ConnectionsAlarm fires above this many connections
};

/// The parts add_database added.
struct Database {
  aws::ec2::SecurityGroup::Handle security_group;  ///< the database's security group
  aws::rds::DBSubnetGroup::Handle subnet_group;    ///< its DB subnet group
  aws::rds::DBInstance::Handle instance;           ///< the DB instance
  int port;                                        ///< the engine's port, which the clients' security groups reach

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
