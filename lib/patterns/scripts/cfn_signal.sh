
# Signals the resource $signal_resource of the stack with cfn-signal
# (aws-cfn-bootstrap): exit code 0 is SUCCESS, any other FAILURE. Only a stack
# create or update waits for it; at other times it fails harmlessly.
signal() {
  /opt/aws/bin/cfn-signal --exit-code "$1" --stack "$stack_name" --resource "$signal_resource" \
    --region "$region" || log "no signal awaited"
}
