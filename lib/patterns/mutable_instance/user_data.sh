#!/bin/bash
# The mutable instance's first boot (cfnpp, lib/patterns/mutable_instance/user_data.sh):
# system logs to files the CloudWatch agent reads, the data volume (if any)
# mounted at /data, the CloudWatch agent (installed by its State Manager
# association) configured from the SSM parameter, the CodeDeploy agent (if
# any) running; only then does it signal CloudFormation, whose creation policy
# waits for it. Any failure signals FAILURE: the stack rolls back.
set -euo pipefail

stack_name='${AWS::StackName}'
region='${AWS::Region}'
instance_logical_id='${InstanceLogicalId}'
agent_config='${AgentConfigParameter}'
data_volume_id='${DataVolumeId}'
codedeploy_agent='${CodeDeployAgent}'
wait_seconds=1200
agent_ctl=/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl
export AWS_DEFAULT_REGION="$region"

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*"; }

signal() {
  /opt/aws/bin/cfn-signal --exit-code "$1" --stack "$stack_name" --resource "$instance_logical_id" \
    --region "$region" || log "no signal awaited"
}

on_exit() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    log "ERROR: the instance is not ready (exit $status)"
    signal 1
  fi
}
trap on_exit EXIT

# Waits (up to wait_seconds in all) until "$@" succeeds.
wait_until() {
  local what=$1
  shift
  until "$@"; do
    if [ "$SECONDS" -ge "$wait_seconds" ]; then
      log "gave up waiting for $what"
      return 1
    fi
    sleep 10
  done
}

# Amazon Linux 2023 logs to the journal only: rsyslog writes /var/log/messages
# and /var/log/secure for the agent to ship.
dnf install -y -q aws-cfn-bootstrap rsyslog
systemctl enable --now rsyslog.service

# The data volume, found by its id (the NVMe serial is the id without its
# hyphen); a file system is made only on a blank volume; mounted by UUID.
data_device() {
  local serial
  serial=$(printf '%s' "$data_volume_id" | tr -d -)
  lsblk -dn -o NAME,SERIAL | awk -v s="$serial" '$2 == s { print "/dev/" $1; found = 1 } END { exit !found }'
}
if [ -n "$data_volume_id" ]; then
  wait_until "data volume $data_volume_id" data_device >/dev/null
  device=$(data_device)
  rc=0
  blkid -p "$device" >/dev/null 2>&1 || rc=$?
  if [ "$rc" -eq 2 ]; then
    log "$device is blank: making an XFS file system"
    mkfs.xfs -q "$device"
  elif [ "$rc" -ne 0 ]; then
    log "blkid cannot probe $device (exit $rc)"
    exit 1
  fi
  uuid=$(blkid -s UUID -o value "$device")
  mkdir -p /data
  grep -q "UUID=$uuid " /etc/fstab || echo "UUID=$uuid /data xfs defaults,nofail 0 2" >>/etc/fstab
  mount -a
  mountpoint -q /data
  log "data volume $data_volume_id ($device) is mounted at /data"
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
