
# The instance completes its own launch: CONTINUE once it can serve, ABANDON at
# once when it cannot (the group then replaces it). Until then it waits in
# Pending:Wait, not counted in service.
launch_result=""
complete_launch() {
  local group
  [ -z "$launch_result" ] || return 0
  launch_result=$1
  group=$(aws autoscaling describe-auto-scaling-instances --instance-ids "$instance_id" \
    --query 'AutoScalingInstances[0].AutoScalingGroupName' --output text) || group=""
  if [ -z "$group" ] || [ "$group" = None ]; then
    log "cannot find the group of $instance_id; the hook's timeout decides"
    return 0
  fi
  if aws autoscaling complete-lifecycle-action --auto-scaling-group-name "$group" \
    --lifecycle-hook-name "$hook_name" --instance-id "$instance_id" --lifecycle-action-result "$1"; then
    log "completed the launch with $1"
  else
    log "could not complete the launch with $1 (completed already, or the hook timed out)"
  fi
}

# Tells CloudFormation the instance is ready, when a creation or update policy
# waits for it (at other times nobody waits and the call fails harmlessly).
signal_ready() {
  aws cloudformation signal-resource --stack-name "$stack_name" --logical-resource-id "$group_logical_id" \
    --unique-id "$instance_id" --status SUCCESS >/dev/null 2>&1 || log "no signal awaited"
}

abandon_on_failure() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    log "the instance cannot serve (exit $status): abandoning its launch; the group replaces it"
    complete_launch ABANDON
  fi
}
