
# ---- Autoheal ----
# DeviceAttachment (Lambda) attaches the data volume and associates the Elastic
# IP while this instance waits in Pending:Wait. The instance mounts the volume
# at /data, checks that it answers at its address, and only then completes
# its launch: an instance without its data never goes into service.
export AWS_DEFAULT_REGION="${AWS::Region}" AWS_RETRY_MODE=standard AWS_MAX_ATTEMPTS=5
stack_name="${AWS::StackName}"
group_logical_id="${GroupLogicalId}"
hook_name="${HookName}"
volume_id="${VolumeId}"
address="${Address}"
wait_seconds="${WaitSeconds}"
log_file=/var/log/autoheal.log
fstab=/etc/fstab
mount_point=/data
case "$wait_seconds" in
  '' | *[!0-9]*) fail "the wait is not a number of seconds: '$wait_seconds'" ;;
esac

exec > >(tee -a "$log_file") 2>&1
instance_id=$(imds instance-id)
trap abandon_on_failure EXIT

wait_for_volume_device
prepare_filesystem
mount_data
wait_for_address
complete_launch CONTINUE
signal_ready
