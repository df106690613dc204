
# ---- Self-healing instance ----
# The instance takes over its Elastic IP (and its data volume) itself, then
# completes its launch: until then it waits in Pending:Wait, not in service.
export AWS_DEFAULT_REGION="${AWS::Region}" AWS_RETRY_MODE=standard AWS_MAX_ATTEMPTS=5
stack_name="${AWS::StackName}"
group_logical_id="${GroupLogicalId}"
hook_name="${HookName}"
allocation_id="${AllocationId}"
address="${Address}"
wait_seconds="${WaitSeconds}"
volume_id="${VolumeId}"
config_path="${ConfigPath}"
log_group="${LogGroup}"
log_file=/var/log/self-healing-instance.log
fstab=/etc/fstab
mount_point=/data
config_file=/run/self-healing-instance/parameters.json
agent_config=/opt/aws/amazon-cloudwatch-agent/etc/self-healing-instance.json
agent_ctl=/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl
case "$wait_seconds" in
  '' | *[!0-9]*) fail "the wait is not a number of seconds: '$wait_seconds'" ;;
esac

exec > >(tee -a "$log_file") 2>&1
instance_id=$(imds instance-id)
trap abandon_on_failure EXIT

if [ -n "$log_group" ]; then start_cloudwatch_agent; fi
associate_own_address
wait_for_address
if [ -n "$volume_id" ]; then
  attach_own_volume
  wait_for_volume_device
  prepare_filesystem
  mount_data
fi
if [ -n "$config_path" ]; then fetch_configuration; fi
complete_launch CONTINUE
signal_ready
