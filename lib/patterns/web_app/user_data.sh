# ---- Self-healing web application (lib/patterns/web_app/user_data.sh) ----
# After scripts/prelude.sh, lifecycle.sh and cfn_signal.sh: installs
# the application as a systemd service, checks it on this instance, and only
# then lets it take traffic: it completes its launch lifecycle hook (until then
# the group keeps it out of the load balancer) and signals CloudFormation,
# whose creation and update policies wait for the signal. A failed check
# abandons the launch (the group replaces the instance) and signals FAILURE
# (a create or update rolls back instead of serving errors).

stack_name='${AWS::StackName}'
region='${AWS::Region}'
signal_resource='${GroupLogicalId}'
group_logical_id=$signal_resource # lifecycle.sh's name for it
hook_name='${LaunchHookName}'
app_port='${AppPort}'
health_path='${HealthPath}'
db_secret_arn='${DbSecretArn}'
app_dir=/opt/webapp
env_file=/etc/webapp.env
export AWS_DEFAULT_REGION="$region"


on_exit() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    log "ERROR: the instance cannot serve (exit $status): abandoning its launch"
    complete_launch ABANDON
    signal 1
  fi
}
instance_id=$(imds instance-id)
trap on_exit EXIT

log "installing the application"
dnf install -y -q aws-cfn-bootstrap python3
install -d -m 0755 "$app_dir"
cat >"$app_dir/app.py" <<'APP'
APP
cat >"$env_file" <<ENV
DB_HOST=${DbEndpoint}
DB_PORT=${DbPort}
DB_SECRET_ARN=$db_secret_arn
APP_PORT=$app_port
HEALTH_PATH=$health_path
AWS_DEFAULT_REGION=$region
ENV
id webapp >/dev/null 2>&1 || useradd --system --no-create-home --shell /sbin/nologin webapp
cat >/etc/systemd/system/webapp.service <<UNIT
[Unit]
Description=Self-healing web application
After=network-online.target
Wants=network-online.target

[Service]
EnvironmentFile=$env_file
ExecStart=/usr/bin/python3 $app_dir/app.py
User=webapp
AmbientCapabilities=CAP_NET_BIND_SERVICE
NoNewPrivileges=true
ProtectSystem=strict
ProtectHome=true
PrivateTmp=true
Restart=always
RestartSec=2

[Install]
WantedBy=multi-user.target
UNIT
systemctl daemon-reload
systemctl enable --now webapp.service

log "smoke test: the application answers, reaches the database, and the database secret is readable"
deadline=$((SECONDS + 120))
until curl -sf -m 2 "http://127.0.0.1:$app_port$health_path" >/dev/null; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    log "the application does not answer $health_path"
    exit 1
  fi
  sleep 2
done
deadline=$((SECONDS + 120))
until curl -sf -m 5 "http://127.0.0.1:$app_port/status.json" | grep -q '"database": "reachable"'; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    log "the database does not answer"
    exit 1
  fi
  sleep 5
done
aws secretsmanager get-secret-value --secret-id "$db_secret_arn" --query VersionId --output text >/dev/null

log "the instance serves: completing its launch"
complete_launch CONTINUE
signal 0
