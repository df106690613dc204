#!/bin/bash
# Autoheal: mount the persistent data volume at /data. DeviceAttachment attaches it
# while this instance waits in Pending:Wait, so it can appear after boot: wait for it.
set -euo pipefail
# stdout goes to cloud-init, which copies it to the console; keep our own log as well.
exec > >(tee -a /var/log/autoheal-data.log) 2>&1

volume_id="${AutohealVolume}"
wait_seconds="${DataVolumeWaitSeconds}"
mount_point=/data
case "$wait_seconds" in
  '' | *[!0-9]*) echo "ERROR: DataVolumeWaitSeconds is not a number: '$wait_seconds'" >&2; exit 1 ;;
esac
# On Nitro the volume is an NVMe device whose serial is the volume id without its hyphen.
serial=$(printf '%s' "$volume_id" | tr -d -)

find_device() {
  local name dev
  name=$(lsblk -dn -o NAME,SERIAL | awk -v s="$serial" '$2 == s && !n++ {print $1}') || name=""
  if [ -n "$name" ]; then
    echo "/dev/$name"
    return 0
  fi
  # On Xen the requested /dev/sdf shows up as /dev/xvdf (udev may add /dev/sdf too).
  for dev in /dev/xvdf /dev/sdf; do
    if [ -b "$dev" ]; then
      readlink -f "$dev"
      return 0
    fi
  done
  return 1
}

echo "Waiting up to $wait_seconds s for data volume $volume_id"
deadline=$((SECONDS + wait_seconds))
until device=$(find_device); do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "ERROR: data volume $volume_id did not appear within $wait_seconds s; /data is not mounted" >&2
    exit 1
  fi
  sleep 5
done
udevadm settle || true  # let udev finish probing the new device
echo "Data volume $volume_id is $device"

# Never reformat: create a filesystem only when blkid finds none (exit status 2).
rc=0
blkid -p "$device" >/dev/null || rc=$?
case "$rc" in
  0) echo "$device already has a filesystem; keeping its data" ;;
  2) echo "$device is blank; creating ext4"; mkfs.ext4 -q -L data "$device" ;;
  *) echo "ERROR: blkid failed on $device (exit $rc); leaving it alone" >&2; exit 1 ;;
esac
uuid=$(blkid -p -s UUID -o value "$device")
fstype=$(blkid -p -s TYPE -o value "$device")
if [ -z "$uuid" ] || [ -z "$fstype" ]; then
  echo "ERROR: no UUID or filesystem type on $device" >&2
  exit 1
fi

mkdir -p "$mount_point"
# By UUID because NVMe names can change between boots; nofail so a boot without the
# volume still completes.
if ! awk -v m="$mount_point" '$1 !~ /^#/ && $2 == m {f=1} END {exit !f}' /etc/fstab; then
  echo "UUID=$uuid $mount_point $fstype defaults,nofail 0 2" >>/etc/fstab
  systemctl daemon-reload || true  # systemd generates mount units from fstab
fi
if ! mountpoint -q "$mount_point"; then
  mount "$mount_point"
fi
echo "Mounted $device ($fstype, UUID $uuid) at $mount_point"
