
# The configuration under the Parameter Store path, for the application: one
# JSON file only root reads (values decrypted).
fetch_configuration() {
  install -d -m 0700 "$(dirname "$config_file")"
  if (umask 077 && aws ssm get-parameters-by-path --path "$config_path" --recursive --with-decryption \
    --output json >"$config_file.tmp"); then
    mv "$config_file.tmp" "$config_file"
    log "configuration under $config_path is in $config_file"
  else
    rm -f "$config_file.tmp"
    log "WARNING: cannot read the configuration under $config_path"
  fi
}
