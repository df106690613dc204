
# The instance takes its Elastic IP itself, retrying while IAM and EC2 catch up.
associate_own_address() {
  local deadline=$((SECONDS + wait_seconds))
  until aws ec2 associate-address --allocation-id "$allocation_id" --instance-id "$instance_id" \
    --allow-reassociation >/dev/null; do
    before "$deadline" || fail "cannot associate $allocation_id within $wait_seconds s"
    sleep 5
  done
  log "associated $allocation_id"
}

# The instance attaches its data volume itself. Right after the old instance
# ends, EC2 can still report the volume in use (or fail the attachment):
# retry until it is attached here or the deadline passes.
attach_own_volume() {
  local deadline=$((SECONDS + wait_seconds)) state holder
  while :; do
    if read -r state holder < <(aws ec2 describe-volumes --volume-ids "$volume_id" \
      --query 'Volumes[0].[State, Attachments[0].InstanceId]' --output text); then
      if [ "$holder" = "$instance_id" ]; then
        log "$volume_id is attached here"
        return 0
      fi
      if [ "$state" = available ]; then
        aws ec2 attach-volume --volume-id "$volume_id" --instance-id "$instance_id" --device /dev/sdf >/dev/null ||
          log "attaching $volume_id failed; retrying"
      fi
    fi
    before "$deadline" || fail "cannot attach $volume_id within $wait_seconds s (it is $state, held by $holder)"
    sleep 5
  done
}
