"""Autoheal DeviceAttachment (inlined as index.py; handler index.handler).

EventBridge invokes this for every "EC2 Instance-launch Lifecycle Action" of the
Autoheal group. While the new instance waits in Pending:Wait, attach the data
volume and the Elastic IP to it, then complete the lifecycle action: CONTINUE on
success, ABANDON on any failure, so the group replaces the instance at once
instead of waiting out the hook's heartbeat.
"""
import logging
import os
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

log = logging.getLogger("autoheal")
log.setLevel(logging.INFO)

POLL_SECONDS = 5
# Kept back from the Lambda timeout so attach, associate and complete still fit.
SAFETY_MARGIN_SECONDS = 30
# Bounded calls: a hung API call must not eat the safety margin.
CONFIG = Config(connect_timeout=5, read_timeout=10,
                retries={"mode": "standard", "max_attempts": 3})
GONE = ("shutting-down", "terminated", "stopping", "stopped")


def clients():
    """Return (ec2, autoscaling) clients; the tests replace this function."""
    return (boto3.client("ec2", config=CONFIG),
            boto3.client("autoscaling", config=CONFIG))


def handler(event, context):
    group, hook = os.environ["GROUP_NAME"], os.environ["HOOK_NAME"]
    detail = event.get("detail") if isinstance(event, dict) else None
    detail = detail if isinstance(detail, dict) else {}
    if (detail.get("AutoScalingGroupName"), detail.get("LifecycleHookName")) != (group, hook):
        log.info("Ignoring event for group %r hook %r",
                 detail.get("AutoScalingGroupName"), detail.get("LifecycleHookName"))
        return
    instance, token = detail.get("EC2InstanceId"), detail.get("LifecycleActionToken")
    if not instance and not token:
        log.error("Event has neither EC2InstanceId nor LifecycleActionToken; nothing to complete")
        return
    ec2, autoscaling = clients()
    try:
        if not instance or not token:
            raise ValueError("event lacks EC2InstanceId or LifecycleActionToken")
        budget = context.get_remaining_time_in_millis() / 1000 - SAFETY_MARGIN_SECONDS
        attach(ec2, instance, time.monotonic() + budget)
        result = "CONTINUE"
    except Exception as e:  # any failure: let the group launch a fresh instance
        log.error("ABANDON %s: %s: %s", instance, type(e).__name__, e)
        result = "ABANDON"
    args = {"AutoScalingGroupName": group, "LifecycleHookName": hook,
            "LifecycleActionResult": result}
    if token:
        args["LifecycleActionToken"] = token
    if instance:
        args["InstanceId"] = instance
    try:
        autoscaling.complete_lifecycle_action(**args)
    except ClientError as e:
        if "No active Lifecycle Action" not in str(e):
            raise  # let Lambda's async retry try again
        # Completed by an earlier attempt, or the heartbeat expired: retrying cannot help.
        log.warning("Lifecycle action of %s is no longer active: %s", instance, e)
        return
    log.info("Completed lifecycle action of %s with %s", instance, result)


def attach(ec2, instance, deadline):
    volume = os.environ["VOLUME_ID"]
    wait_for(lambda: instance_state(ec2, instance), ("running",), deadline,
             f"instance {instance}")
    state = wait_for(lambda: volume_state(ec2, volume, instance),
                     ("available", "attached-here"), deadline, f"volume {volume}")
    if state == "available":
        ec2.attach_volume(VolumeId=volume, InstanceId=instance,
                          Device=os.environ["DEVICE_NAME"])
        log.info("Attached %s to %s", volume, instance)
    else:  # a retried invocation already attached it
        log.info("%s is already attached to %s", volume, instance)
    ec2.associate_address(AllocationId=os.environ["ALLOCATION_ID"],
                          InstanceId=instance, AllowReassociation=True)
    log.info("Associated %s with %s", os.environ["ALLOCATION_ID"], instance)


def wait_for(describe, wanted, deadline, what):
    """Poll describe() until it returns one of wanted; give up at deadline."""
    while True:
        state = describe()
        if state in wanted:
            return state
        if time.monotonic() + POLL_SECONDS > deadline:
            raise TimeoutError(f"{what} still {state}, gave up waiting")
        time.sleep(POLL_SECONDS)


def instance_state(ec2, instance):
    try:
        reservations = ec2.describe_instances(InstanceIds=[instance])["Reservations"]
    except ClientError as e:
        if e.response["Error"]["Code"] == "InvalidInstanceID.NotFound":
            return "not-yet-visible"  # new instance ids are eventually consistent
        raise
    states = [i["State"]["Name"] for r in reservations for i in r["Instances"]]
    state = states[0] if states else "not-yet-visible"
    if state in GONE:
        raise RuntimeError(f"instance {instance} is {state}")
    return state


def volume_state(ec2, volume, instance):
    vol = ec2.describe_volumes(VolumeIds=[volume])["Volumes"][0]
    holders = []
    for a in vol.get("Attachments", []):
        if a.get("InstanceId") == instance and a.get("State") in ("attaching", "attached"):
            return "attached-here"
        holders.append(f"{a.get('InstanceId')} ({a.get('State')})")
    if vol["State"] in ("deleting", "deleted", "error"):
        raise RuntimeError(f"volume {volume} is {vol['State']}")
    return vol["State"] + (" by " + ", ".join(holders) if holders else "")
