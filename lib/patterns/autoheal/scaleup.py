"""Autoheal scale-up custom resource, Custom::ScaleupAutoheal (inlined as index.py).

Create/Update set the group's desired capacity; the template leaves it unset so
the first instance launches only once the hook, rule and function exist. Then
they wait until an instance is in service with the data volume attached and
the Elastic IP associated, so CREATE_COMPLETE means the instance is healed;
when that does not happen within the function's time, they answer FAILED with
what is missing.
Delete scales the group to 0 and waits until it has no instances, so the data
volume is detached and can be deleted. Answers CloudFormation exactly once,
whatever happens, including when the function is about to time out.
"""
import json
import logging
import re
import threading
import time
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

log = logging.getLogger("autoheal")
log.setLevel(logging.INFO)

POLL_SECONDS = 10  # between DescribeAutoScalingGroups calls while deleting
WAIT_MARGIN_SECONDS = 30  # Delete stops waiting this long before the Lambda timeout
GUARD_MARGIN_SECONDS = 10  # the watchdog answers FAILED this long before the timeout
HTTP_TIMEOUT_SECONDS = 8  # the PUT must finish inside the guard margin
MAX_BODY_BYTES = 4096  # CloudFormation's limit on a response body
CONFIG = Config(connect_timeout=5, read_timeout=10,
                retries={"mode": "standard", "max_attempts": 3})


def client():
    """Auto Scaling client; the tests replace this function."""
    return boto3.client("autoscaling", config=CONFIG)


def ec2_client():
    """EC2 client; the tests replace this function."""
    return boto3.client("ec2", config=CONFIG)


class Responder:
    """Sends the single answer to CloudFormation; any later send does nothing."""

    def __init__(self, event, physical_id):
        self.event, self.physical_id = event, physical_id
        self.lock, self.sent = threading.Lock(), False

    def send(self, status, reason):
        with self.lock:
            if self.sent:
                return False
            self.sent = True
        body = self.body(status, reason)
        request = urllib.request.Request(
            self.event["ResponseURL"], data=body, method="PUT",
            # The pre-signed URL is signed for an empty Content-Type.
            headers={"Content-Type": "", "Content-Length": str(len(body))})
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT_SECONDS) as response:
            log.info("Answered %s (HTTP %s): %s", status, response.status, reason)
        return True

    def body(self, status, reason):
        doc = {"Status": status, "Reason": reason, "PhysicalResourceId": self.physical_id,
               "StackId": self.event.get("StackId"), "RequestId": self.event.get("RequestId"),
               "LogicalResourceId": self.event.get("LogicalResourceId"), "Data": {}}
        data = json.dumps(doc).encode()
        if len(data) > MAX_BODY_BYTES:  # cut Reason to fit, counting its JSON escapes
            room = MAX_BODY_BYTES - len(data) + len(json.dumps(reason)) - 2 - len("...")
            cut = 0
            while cut < len(reason) and len(json.dumps(reason[cut])) - 2 <= room:
                room -= len(json.dumps(reason[cut])) - 2
                cut += 1
            doc["Reason"] = reason[:cut] + "..."
            data = json.dumps(doc).encode()
        return data


def handler(event, context):
    props = event.get("ResourceProperties") or {}
    group = props.get("GroupName")
    # Stable id: CloudFormation treats a changed id on Update as a replacement.
    responder = Responder(event, event.get("PhysicalResourceId")
                          or f"{group or event.get('LogicalResourceId')}-scaleup")
    guard = None
    try:
        try:
            remaining = context.get_remaining_time_in_millis() / 1000
            guard = threading.Timer(max(0.0, remaining - GUARD_MARGIN_SECONDS),
                                    on_timeout, (responder,))
            guard.daemon = True
            guard.start()
            reason = act(event.get("RequestType"), group, props,
                         time.monotonic() + remaining - WAIT_MARGIN_SECONDS)
            status = "SUCCESS"
        except Exception as e:
            log.exception("%s failed", event.get("RequestType"))
            status, reason = "FAILED", f"{type(e).__name__}: {e}"
        responder.send(status, reason)
    finally:
        if guard:
            guard.cancel()
            guard.join()  # if the watchdog is answering, let it finish before we return


def on_timeout(responder):
    try:
        responder.send("FAILED", "The function is about to time out before finishing"
                       " (on Delete: instances may still be running)")
    except Exception:
        log.exception("Could not send the time-out answer")


def act(request_type, group, props, deadline):
    if request_type in ("Create", "Update"):
        if not group:
            raise ValueError("ResourceProperties.GroupName is required")
        desired = int(props.get("DesiredCapacity", 1))  # CloudFormation sends strings
        if desired < 0:
            raise ValueError(f"DesiredCapacity must not be negative: {desired}")
        autoscaling = client()
        autoscaling.set_desired_capacity(AutoScalingGroupName=group, DesiredCapacity=desired,
                                         HonorCooldown=False)
        if desired == 0:
            return f"Desired capacity of {group} set to 0"
        return wait_until_healed(autoscaling, group, props, deadline)
    if request_type == "Delete":
        return scale_to_zero(group, deadline)
    # CloudFormation only sends Create, Update and Delete: anything else is a malformed
    # request, so answer FAILED rather than claim something was done.
    raise ValueError(f"Unsupported RequestType {request_type!r}")


def wait_until_healed(autoscaling, group, props, deadline):
    """Until an instance of the group is in service with the volume and the address."""
    volume_id, allocation = props.get("VolumeId"), props.get("AllocationId")
    ec2 = ec2_client()
    while True:
        groups = autoscaling.describe_auto_scaling_groups(AutoScalingGroupNames=[group])["AutoScalingGroups"]
        instances = [i for g in groups for i in g.get("Instances", [])]
        state = "; ".join(f"{i['InstanceId']} {i['LifecycleState']}" for i in instances) or "no instance yet"
        for i in instances:
            if i["LifecycleState"] != "InService":
                continue
            volume = ec2.describe_volumes(VolumeIds=[volume_id])["Volumes"][0] if volume_id else None
            address = (ec2.describe_addresses(AllocationIds=[allocation])["Addresses"][0]
                       if allocation else None)
            has_volume = volume is None or any(a.get("InstanceId") == i["InstanceId"] and a.get("State") == "attached"
                                               for a in volume.get("Attachments", []))
            has_address = address is None or address.get("InstanceId") == i["InstanceId"]
            if has_volume and has_address:
                return f"{i['InstanceId']} is in service in {group} with its volume and address"
            state += f" (volume attached: {has_volume}, address associated: {has_address})"
        if time.monotonic() + POLL_SECONDS > deadline:
            raise TimeoutError(f"no instance of {group} in service with its volume and address in time: {state}")
        log.info("Waiting for %s: %s", group, state)
        time.sleep(POLL_SECONDS)


def missing(error):
    err = error.response.get("Error", {})
    return (err.get("Code") == "ValidationError"
            and re.search("not found|does not exist", err.get("Message", ""), re.I))


def scale_to_zero(group, deadline):
    if not group:  # never block a stack deletion over a resource that did nothing
        return "No GroupName; nothing to scale down"
    autoscaling = client()
    try:
        autoscaling.set_desired_capacity(AutoScalingGroupName=group, DesiredCapacity=0,
                                         HonorCooldown=False)
    except ClientError as e:
        if missing(e):
            return f"Group {group} does not exist"
        raise
    while True:
        try:
            groups = autoscaling.describe_auto_scaling_groups(
                AutoScalingGroupNames=[group])["AutoScalingGroups"]
        except ClientError as e:
            if not missing(e):
                raise
            groups = []
        instances = [i["InstanceId"] for g in groups for i in g.get("Instances", [])]
        if not instances:
            return f"Group {group} has no instances"
        if time.monotonic() >= deadline:
            raise TimeoutError(f"instances still running in {group}: {', '.join(instances)}")
        log.info("Waiting for %s to terminate", ", ".join(instances))
        time.sleep(max(0.0, min(POLL_SECONDS, deadline - time.monotonic())))
