
# The data volume, by its id: on Nitro an NVMe device whose serial is the
# volume id without its hyphen; on Xen the requested device, seen as xvd*.
volume_device() {
  local serial name dev
  serial=$(printf '%s' "$volume_id" | tr -d -)
  name=$(lsblk -dn -o NAME,SERIAL | awk -v s="$serial" '$2 == s { print $1; exit }') || name=""
  if [ -n "$name" ]; then
    echo "/dev/$name"
    return 0
  fi
  for dev in /dev/xvdf /dev/sdf; do
    if [ -b "$dev" ]; then
      readlink -f "$dev"
      return 0
    fi
  done
  return 1
}

wait_for_volume_device() {
  local deadline=$((SECONDS + wait_seconds))
  log "waiting up to $wait_seconds s for data volume $volume_id"
  until device=$(volume_device); do
    before "$deadline" || fail "data volume $volume_id did not appear within $wait_seconds s"
    sleep 5
  done
  udevadm settle || true
  log "data volume $volume_id is $device"
}

# A file system is created only on a volume that could be read and is all
# zeros where file systems, partition tables and volume labels start (its
# first MiB): blkid's "nothing found" (exit 2) is also its answer when it
# cannot read the device.
prepare_filesystem() {
  local rc=0
  blkid -p "$device" >/dev/null 2>&1 || rc=$?
  case "$rc" in
    0)
      log "$device has a file system; keeping its data"
      return 0
      ;;
    2) ;;
    *) fail "blkid cannot probe $device (exit $rc); leaving it alone" ;;
  esac
  rc=0
  cmp -s -n 1048576 "$device" /dev/zero || rc=$?
  case "$rc" in
    0)
      log "$device is blank; creating ext4"
      mkfs.ext4 -q -L data "$device"
      ;;
    1) fail "$device is not blank but holds no file system blkid knows; leaving it alone" ;;
    *) fail "cannot read $device (cmp exit $rc); leaving it alone" ;;
  esac
}

# A volume grown since its file system was made (VolumeSize raised) gets its
# file system grown to fill it, online.
grow_filesystem() {
  local device_bytes fs_bytes
  case "$1" in
    ext2 | ext3 | ext4)
      device_bytes=$(blockdev --getsize64 "$device")
      fs_bytes=$(dumpe2fs -h "$device" 2>/dev/null |
        awk -F: '/^Block count/ { c = $2 } /^Block size/ { s = $2 } END { printf "%.0f", c * s }')
      if [ "$device_bytes" -gt "$fs_bytes" ]; then
        log "growing the file system on $device from $fs_bytes to $device_bytes bytes"
        resize2fs "$device" || log "WARNING: resize2fs failed; the file system keeps its size"
      fi
      ;;
    xfs) xfs_growfs "$mount_point" || log "WARNING: xfs_growfs failed; the file system keeps its size" ;;
    *) log "not growing a $1 file system" ;;
  esac
}

# Mounts by UUID (NVMe names can change between boots), with an fstab entry
# (nofail: a boot without the volume still completes).
mount_data() {
  local uuid fstype
  uuid=$(blkid -p -s UUID -o value "$device") || uuid=""
  fstype=$(blkid -p -s TYPE -o value "$device") || fstype=""
  if [ -z "$uuid" ] || [ -z "$fstype" ]; then
    fail "no UUID or file system type on $device"
  fi
  mkdir -p "$mount_point"
  if ! awk -v m="$mount_point" '$1 !~ /^#/ && $2 == m { found = 1 } END { exit !found }' "$fstab"; then
    echo "UUID=$uuid $mount_point $fstype defaults,nofail 0 2" >>"$fstab"
    systemctl daemon-reload || true
  fi
  if ! mountpoint -q "$mount_point"; then
    mount "UUID=$uuid" "$mount_point" || fail "cannot mount $device at $mount_point"
  fi
  grow_filesystem "$fstype"
  log "mounted $device ($fstype, UUID $uuid) at $mount_point"
}
