#include "cfn/patterns/data_volume.hpp"

#include "cfn/error.hpp"

namespace cfn::patterns {

aws::ec2::Volume::Handle add_data_volume(Template& t, const Scope& scope, const DataVolumeOptions& o) {
  const Value& size = o.size.value();
  if (size.is_int() && (size.as_int() < 1 || size.as_int() > 16384))
    throw Error("data volume: " + std::to_string(size.as_int()) + " GiB is outside 1 to 16384 (gp3)");
  scope.check_renames("data volume", {"Volume"});
  aws::ec2::Volume volume;
  volume.AvailabilityZone(o.availability_zone)
      .Size(o.size)
      .VolumeType("gp3")
      .Encrypted(true)
      .Tags(scope.tags_for("data"));
  if (o.kms_key_id) volume.KmsKeyId(*o.kms_key_id);
  if (o.iops) volume.Iops(*o.iops);
  if (o.throughput) volume.Throughput(*o.throughput);
  return t.add(scope.id("Volume"), volume,
               {.deletion_policy = o.deletion_policy, .update_replace_policy = o.deletion_policy});
}

}  // namespace cfn::patterns
