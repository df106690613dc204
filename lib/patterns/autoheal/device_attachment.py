"""Autoheal DeviceAttachment (inlined as index.py; handler index.handler).

EventBridge invokes this for every "EC2 Instance-launch Lifecycle Action" of the
Autoheal group. While the new instance waits in Pending:Wait, attach the data
volume and associate the Elastic IP with it. The instance itself completes the
launch (CONTINUE) once /data is mounted; this function completes it only with
ABANDON, when the instance cannot be equipped: a cause that waiting does not
cure, or the time budget spent. A person is told why, on the alarm topic.

Invocations are serialised (reserved concurrency 1) and idempotent: an event
delivered twice finds the instance equipped and does nothing.
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
# Kept back from the Lambda timeout so the ABANDON and the notice still fit.
SAFETY_MARGIN_SECONDS = 30
CONFIG = Config(connect_timeout=5, read_timeout=10, retries={"mode": "standard", "max_attempts": 3})
# Errors that pass: EC2 is eventually consistent (a released volume can refuse
# to attach for a while, a new instance id can be unknown), and APIs throttle.
TRANSIENT = {"VolumeInUse", "IncorrectState", "IncorrectInstanceState", "InvalidInstanceID.NotFound",
             "RequestLimitExceeded", "Throttling", "ThrottlingException", "InternalError", "InternalFailure",
             "ServiceUnavailable", "Unavailable"}
GONE = ("shutting-down", "terminated")
LETTING_GO = ("shutting-down", "terminated", "stopping")


class Permanent(Exception):
    """A cause that waiting does not cure: a person must act."""


class InstanceGone(Exception):
    """The instance is ending: there is nothing left to equip or complete."""


def clients():
    """Return (ec2, autoscaling, sns) clients; the tests replace this function."""
    return tuple(boto3.client(name, config=CONFIG) for name in ("ec2", "autoscaling", "sns"))


def code(error):
    return error.response.get("Error", {}).get("Code", "")


def handler(event, context):
    group, hook = os.environ["GROUP_NAME"], os.environ["HOOK_NAME"]
    detail = event.get("detail") if isinstance(event, dict) else None
    detail = detail if isinstance(detail, dict) else {}
    if (detail.get("AutoScalingGroupName"), detail.get("LifecycleHookName")) != (group, hook):
        log.info("Ignoring event for group %r hook %r",
                 detail.get("AutoScalingGroupName"), detail.get("LifecycleHookName"))
        return
    instance, token = detail.get("EC2InstanceId"), detail.get("LifecycleActionToken")
    if not instance:
        log.error("Event without EC2InstanceId: nothing to equip")
        return
    ec2, autoscaling, sns = clients()
    deadline = time.monotonic() + context.get_remaining_time_in_millis() / 1000 - SAFETY_MARGIN_SECONDS
    try:
        equip(ec2, instance, deadline)
    except InstanceGone as e:
        log.info("%s", e)
        return
    except (Permanent, TimeoutError) as e:
        abandon(autoscaling, sns, group, hook, instance, token, str(e))
        return
    log.info("Equipped %s; it completes its launch once /data is mounted", instance)


def equip(ec2, instance, deadline):
    wait_until_running(ec2, instance, deadline)
    attach_volume(ec2, instance, deadline)
    associate_address(ec2, instance, deadline)


def pause(deadline, what):
    if time.monotonic() + POLL_SECONDS > deadline:
        raise TimeoutError(f"gave up within the time budget: {what}")
    time.sleep(POLL_SECONDS)


def call(operation, **args):
    """An EC2 call: True when done, False for a transient error, Permanent otherwise."""
    try:
        operation(**args)
        return True
    except ClientError as e:
        if code(e) in TRANSIENT:
            log.info("%s: %s; retrying", operation.__name__, e)
            return False
        raise Permanent(f"{operation.__name__} failed: {e}") from e


def the_one(describe, key, not_found, gone, **args):
    """The one resource a Describe call names; Permanent(gone) when it no longer exists."""
    try:
        return describe(**args)[key][0]
    except ClientError as e:
        if code(e) == not_found:
            raise Permanent(gone) from e
        raise


def describe_instance(ec2, instance):
    try:
        reservations = ec2.describe_instances(InstanceIds=[instance])["Reservations"]
    except ClientError as e:
        if code(e) == "InvalidInstanceID.NotFound":
            return None  # new instance ids are eventually consistent; gone ones vanish
        raise
    found = [i for r in reservations for i in r["Instances"]]
    return found[0] if found else None


def wait_until_running(ec2, instance, deadline):
    while True:
        found = describe_instance(ec2, instance)
        state = found["State"]["Name"] if found else "not yet visible"
        if state in GONE:
            raise InstanceGone(f"instance {instance} is {state}")
        if state == "running":
            return
        pause(deadline, f"instance {instance} is still {state}")


def holder_lets_go(ec2, holder):
    """Whether the volume's other holder will release it: an instance of this
    group, or one ending. Raises Permanent for anything else."""
    found = describe_instance(ec2, holder)
    if found is None or found["State"]["Name"] in LETTING_GO:
        return True
    tags = {t["Key"]: t["Value"] for t in found.get("Tags", [])}
    if tags.get("aws:autoscaling:groupName") == os.environ["GROUP_NAME"]:
        return True  # the instance being replaced: it releases the volume as it terminates
    raise Permanent(f"volume {os.environ['VOLUME_ID']} is held by {holder} ({found['State']['Name']}), "
                    "which is not an instance of this group: detach it there")


def attach_volume(ec2, instance, deadline):
    volume_id = os.environ["VOLUME_ID"]
    while True:
        volume = the_one(ec2.describe_volumes, "Volumes", "InvalidVolume.NotFound",
                         f"volume {volume_id} does not exist", VolumeIds=[volume_id])
        if volume["State"] in ("deleting", "deleted", "error"):
            raise Permanent(f"volume {volume_id} is {volume['State']}")
        attachments = volume.get("Attachments", [])
        here = [a for a in attachments if a.get("InstanceId") == instance]
        if here and here[0].get("State") == "attached":
            log.info("%s is attached to %s", volume_id, instance)
            return
        if not attachments and volume["State"] == "available":
            if call(ec2.attach_volume, VolumeId=volume_id, InstanceId=instance, Device=os.environ["DEVICE_NAME"]):
                log.info("Attaching %s to %s", volume_id, instance)
        elif attachments and not here:
            holder_lets_go(ec2, attachments[0].get("InstanceId"))
        state = ", ".join(f"{a.get('InstanceId')} {a.get('State')}" for a in attachments) or volume["State"]
        # A volume that goes back to "available" after attaching was refused
        # (a KMS key the group may not use, say): it is attached again.
        pause(deadline, f"volume {volume_id} is not attached to {instance} ({state})")


def associate_address(ec2, instance, deadline):
    allocation = os.environ["ALLOCATION_ID"]
    while True:
        address = the_one(ec2.describe_addresses, "Addresses", "InvalidAllocationID.NotFound",
                          f"Elastic IP {allocation} was released", AllocationIds=[allocation])
        if address.get("InstanceId") == instance:
            log.info("%s is associated with %s", allocation, instance)
            return
        call(ec2.associate_address, AllocationId=allocation, InstanceId=instance, AllowReassociation=True)
        pause(deadline, f"Elastic IP {allocation} is not associated with {instance}")


def abandon(autoscaling, sns, group, hook, instance, token, reason):
    log.error("ABANDON %s: %s", instance, reason)
    args = {"AutoScalingGroupName": group, "LifecycleHookName": hook, "LifecycleActionResult": "ABANDON",
            "InstanceId": instance}
    if token:
        args["LifecycleActionToken"] = token
    try:
        autoscaling.complete_lifecycle_action(**args)
    except ClientError as e:
        if "No active Lifecycle Action" not in str(e):
            raise  # Lambda retries the event; a retry finds the same cause
        log.warning("The launch of %s is no longer waiting: %s", instance, e)
        return
    try:
        sns.publish(TopicArn=os.environ["TOPIC_ARN"], Subject=f"Autoheal: abandoned {instance}"[:100],
                    Message=f"The launch of {instance} in {group} was abandoned: {reason}. The group launches "
                            "another instance; while the cause lasts, each one is abandoned the same way.")
    except ClientError:
        log.exception("Could not tell the alarm topic")
