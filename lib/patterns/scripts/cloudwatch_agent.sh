
# Ships this script's log and cloud-init's to CloudWatch Logs (best effort: an
# instance whose agent does not start still serves). Applications add their
# files to the agent's configuration. The installation is bounded: the launch
# hook allows the boot a fixed time besides the user data's waits.
start_cloudwatch_agent() {
  if ! timeout 180 dnf install -y -q amazon-cloudwatch-agent; then
    log "WARNING: cannot install the CloudWatch agent; logs stay on the instance"
    return 0
  fi
  mkdir -p "$(dirname "$agent_config")"
  cat >"$agent_config" <<JSON
{"logs": {"logs_collected": {"files": {"collect_list": [
  {"file_path": "$log_file", "log_group_name": "$log_group", "log_stream_name": "{instance_id}/heal"},
  {"file_path": "/var/log/cloud-init-output.log", "log_group_name": "$log_group",
   "log_stream_name": "{instance_id}/cloud-init"}]}}}}
JSON
  "$agent_ctl" -a fetch-config -m ec2 -s -c "file:$agent_config" >/dev/null ||
    log "WARNING: the CloudWatch agent did not start"
}
