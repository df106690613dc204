# ---- Mutable instance (lib/patterns/mutable_instance/user_data.sh) ----
# After scripts/prelude.sh, data_volume.sh and cfn_signal.sh: system logs
# to files the CloudWatch agent reads, the data volume (if any) mounted at /data, the
# CloudWatch agent (installed by its State Manager
# association) configured from the SSM parameter, the CodeDeploy agent (if
# any) running; only then does it signal CloudFormation, whose creation policy
# waits for it. Any failure signals FAILURE: the stack rolls back.

stack_name='${AWS::StackName}'
region='${AWS::Region}'
signal_resource='${InstanceLogicalId}'
agent_config='${AgentConfigParameter}'
volume_id='${DataVolumeId}'
codedeploy_agent='${CodeDeployAgent}'
wait_seconds=1200
mount_point=/data
fstab=/etc/fstab
agent_ctl=/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl
export AWS_DEFAULT_REGION="$region"


on_exit() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    log "ERROR: the instance is not ready (exit $status)"
    signal 1
  fi
}
trap on_exit EXIT

# Waits (until wait_seconds into the boot) for "$@" to succeed.
wait_until() {
  local what=$1
  shift
  until "$@"; do
    before "$wait_seconds" || fail "gave up waiting for $what"
    sleep 10
  done
}

# Amazon Linux 2023 logs to the journal only: rsyslog writes /var/log/messages
# and /var/log/secure for the agent to ship.
dnf install -y -q aws-cfn-bootstrap rsyslog
systemctl enable --now rsyslog.service

# The data volume (scripts/data_volume.sh): found by its id, a file system
# only on a blank volume, mounted at /data by UUID.
if [ -n "$volume_id" ]; then
  wait_for_volume_device
  prepare_filesystem
  mount_data
fi

log "waiting for the CloudWatch agent (its State Manager association installs it)"
wait_until "the CloudWatch agent" test -x "$agent_ctl"
"$agent_ctl" -a fetch-config -m ec2 -s -c "ssm:$agent_config"
agent_running() { "$agent_ctl" -a status | grep -q '"status": "running"'; }
wait_until "the CloudWatch agent to run" agent_running
log "the CloudWatch agent runs with $agent_config"

if [ "$codedeploy_agent" = true ]; then
  log "waiting for the CodeDeploy agent (its State Manager association installs it)"
  wait_until "the CodeDeploy agent" systemctl is-active --quiet codedeploy-agent.service
fi

log "ready"
signal 0
