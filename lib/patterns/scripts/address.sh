
# Waits until the instance's public address is its Elastic IP.
wait_for_address() {
  local deadline=$((SECONDS + wait_seconds)) current
  while current=$(imds public-ipv4 2>/dev/null) || current=""; [ "$current" != "$address" ]; do
    before "$deadline" || fail "the public address is '$current', not $address, after $wait_seconds s"
    sleep 5
  done
  log "the instance answers at $address"
}
