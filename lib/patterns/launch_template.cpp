#include "cfn/patterns/launch_template.hpp"

#include "cfn/error.hpp"
#include "cfn/sub.hpp"

namespace cfn::patterns {
namespace {

namespace ec2 = aws::ec2;

}  // namespace

// Only the declared variables are substituted: the script cannot reach the
// template's logical ids, which a scope renames (see UserData).
Fn user_data_value(const UserData& u) {
  SubNames names;
  for (const Member& v : u.variables) names.add(v.key);
  return user_data(u.script, names, u.variables);
}

ec2::LaunchTemplate::Handle add_launch_template(Template& t, const Scope& scope, const LaunchTemplateOptions& o) {
  if (o.auto_recovery != "default" && o.auto_recovery != "disabled")
    throw Error("launch template: auto recovery is 'default' or 'disabled', not '" + o.auto_recovery + "'");
  scope.check_renames("launch template", {"LaunchTemplate"});

  std::vector<Tag> instance_tags = scope.tags_for("instance");
  instance_tags.insert(instance_tags.end(), o.instance_tags.begin(), o.instance_tags.end());
  std::vector<Tag> volume_tags = scope.tags_for("root");
  volume_tags.insert(volume_tags.end(), o.instance_tags.begin(), o.instance_tags.end());

  ec2::LaunchTemplate_Ebs root;
  root.VolumeType("gp3").Encrypted(true).DeleteOnTermination(true);
  if (o.root_volume_size) root.VolumeSize(*o.root_volume_size);
  if (o.kms_key_id) root.KmsKeyId(*o.kms_key_id);

  ec2::LaunchTemplate_LaunchTemplateData data;
  data.ImageId(o.image_id).InstanceType(o.instance_type);
  if (o.instance_profile_arn)
    data.IamInstanceProfile(ec2::LaunchTemplate_IamInstanceProfile{}.Arn(*o.instance_profile_arn));
  if (o.key_name) data.KeyName(*o.key_name);
  if (o.public_ip) {
    // A public address needs the interface spelt out, and its security groups with it.
    ec2::LaunchTemplate_NetworkInterface primary;
    primary.DeviceIndex(0).AssociatePublicIpAddress(true).DeleteOnTermination(true);
    if (!o.security_group_ids.empty()) primary.Groups(o.security_group_ids);
    data.NetworkInterfaces({primary});
  } else if (!o.security_group_ids.empty()) {
    data.SecurityGroupIds(o.security_group_ids);
  }
  data.MetadataOptions(ec2::LaunchTemplate_MetadataOptions{}
                           .HttpTokens("required")
                           .HttpEndpoint("enabled")
                           .HttpPutResponseHopLimit(1))
      .MaintenanceOptions(ec2::LaunchTemplate_MaintenanceOptions{}.AutoRecovery(o.auto_recovery))
      .BlockDeviceMappings({ec2::LaunchTemplate_BlockDeviceMapping{}.DeviceName(o.root_device_name).Ebs(root)})
      .TagSpecifications(
          {ec2::LaunchTemplate_TagSpecification{}.ResourceType("instance").Tags(instance_tags),
           ec2::LaunchTemplate_TagSpecification{}.ResourceType("volume").Tags(volume_tags),
           ec2::LaunchTemplate_TagSpecification{}.ResourceType("network-interface").Tags(instance_tags)});
  if (o.user_data) data.UserData(user_data_value(*o.user_data));

  return t.add(scope.id("LaunchTemplate"), ec2::LaunchTemplate{}.LaunchTemplateData(data));
}

}  // namespace cfn::patterns
