/// @file
/// The data volume block: the encrypted gp3 EBS volume that holds a stateful
/// instance's data and outlives every instance. An EBS volume attaches only in
/// its own availability zone, so the instances that use it must launch there.
/// It is snapshotted when it is deleted or replaced.
///
/// @code
///   auto volume = add_data_volume(t, scope, {.availability_zone = zone.ref(), .size = size.ref()});  // part Volume
/// @endcode
#pragma once

#include <optional>

#include "cfn/aws/ec2.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/template.hpp"

namespace cfn::patterns {

/// The data volume add_data_volume adds (gp3, encrypted).
struct DataVolumeOptions {
  Str availability_zone;  ///< the zone of the instances that attach it
  /// Size in GiB (gp3: 1 to 16384); growing it later is applied to the file system at the next mount.
  Int size = 8;
  /// Key for the volume (an ARN, so IAM can name it); empty: the account's default EBS key.
  std::optional<Str> kms_key_id{};
  std::optional<Int> iops{};        ///< provisioned IOPS; absent: the gp3 baseline
  std::optional<Int> throughput{};  ///< provisioned throughput in MiB/s; absent: the gp3 baseline
  DeletionPolicy deletion_policy =
      DeletionPolicy::Snapshot;  ///< DeletionPolicy and UpdateReplacePolicy: Snapshot keeps the data
};

/// Adds the part Volume. Throws cfn::Error for a literal size outside 1 to 16384.
aws::ec2::Volume::Handle add_data_volume(Template& t, const Scope& scope, const DataVolumeOptions& options);

}  // namespace cfn::patterns
