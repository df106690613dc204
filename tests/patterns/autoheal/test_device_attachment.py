"""Tests for lib/patterns/autoheal/device_attachment.py (botocore Stubber, no network)."""
import os
import unittest
from unittest import mock

import boto3
from botocore.stub import ANY, Stubber

from lambda_support import AWS_ENV, ROOT, FakeClock, FakeContext, load

LAMBDA_ENV = {
    "VOLUME_ID": "vol-0123456789abcdef0", "ALLOCATION_ID": "eipalloc-0123456789abcdef0",
    "GROUP_NAME": "stack-AutohealGroup-ABC", "HOOK_NAME": "DeviceAttachment",
    "DEVICE_NAME": "/dev/sdf", "TOPIC_ARN": "arn:aws:sns:us-east-1:123456789012:alarms",
}
INSTANCE, OLD, STRANGER = "i-0aaaaaaaaaaaaaaaa", "i-0bbbbbbbbbbbbbbbb", "i-0ccccccccccccccccc"
TOKEN = "87654321-4321-4321-4321-210987654321"
VOLUME, ALLOCATION = LAMBDA_ENV["VOLUME_ID"], LAMBDA_ENV["ALLOCATION_ID"]

da = load("device_attachment")


def event(group=LAMBDA_ENV["GROUP_NAME"], hook=LAMBDA_ENV["HOOK_NAME"]):
    return {
        "version": "0", "id": "1", "detail-type": "EC2 Instance-launch Lifecycle Action",
        "source": "aws.autoscaling", "region": "us-east-1",
        "detail": {"LifecycleActionToken": TOKEN, "AutoScalingGroupName": group,
                   "LifecycleHookName": hook, "EC2InstanceId": INSTANCE,
                   "LifecycleTransition": "autoscaling:EC2_INSTANCE_LAUNCHING"},
    }


def instances(state, instance=INSTANCE, group=None):
    tags = [{"Key": "aws:autoscaling:groupName", "Value": group}] if group else []
    return {"Reservations": [{"Instances": [{"InstanceId": instance, "State": {"Code": 0, "Name": state},
                                             "Tags": tags}]}]}


def volume(state, attachments=()):
    return {"Volumes": [{"VolumeId": VOLUME, "State": state,
                         "Attachments": [{"VolumeId": VOLUME, "InstanceId": i, "State": s, "Device": "/dev/sdf"}
                                         for i, s in attachments]}]}


def address(instance=None):
    found = {"AllocationId": ALLOCATION, "PublicIp": "203.0.113.10", "Domain": "vpc"}
    if instance:
        found["InstanceId"] = instance
    return {"Addresses": [found]}


class DeviceAttachmentTest(unittest.TestCase):
    def setUp(self):
        for p in (mock.patch.dict(os.environ, {**AWS_ENV, **LAMBDA_ENV}),
                  mock.patch.object(da, "POLL_SECONDS", 5), mock.patch.object(da, "SAFETY_MARGIN_SECONDS", 30)):
            p.start()
            self.addCleanup(p.stop)
        self.clock = FakeClock()
        p = mock.patch.object(da, "time", self.clock)
        p.start()
        self.addCleanup(p.stop)
        self.ec2 = boto3.client("ec2", region_name="us-east-1")
        self.asg = boto3.client("autoscaling", region_name="us-east-1")
        self.sns = boto3.client("sns", region_name="us-east-1")
        self.stubs = [Stubber(c) for c in (self.ec2, self.asg, self.sns)]
        self.ec2_stub, self.asg_stub, self.sns_stub = self.stubs
        for s in self.stubs:
            s.activate()
        self.created = 0

        def clients():
            self.created += 1
            return self.ec2, self.asg, self.sns
        p = mock.patch.object(da, "clients", clients)
        p.start()
        self.addCleanup(p.stop)

    # ---- expectations ----
    def describe_instance(self, state, instance=INSTANCE, group=None):
        self.ec2_stub.add_response("describe_instances", instances(state, instance, group), {"InstanceIds": [instance]})

    def describe_volume(self, response):
        self.ec2_stub.add_response("describe_volumes", response, {"VolumeIds": [VOLUME]})

    def attach(self):
        self.ec2_stub.add_response("attach_volume", {"State": "attaching"},
                                   {"VolumeId": VOLUME, "InstanceId": INSTANCE, "Device": "/dev/sdf"})

    def describe_address(self, instance=None):
        self.ec2_stub.add_response("describe_addresses", address(instance), {"AllocationIds": [ALLOCATION]})

    def associate(self):
        self.ec2_stub.add_response("associate_address", {"AssociationId": "eipassoc-1"},
                                   {"AllocationId": ALLOCATION, "InstanceId": INSTANCE, "AllowReassociation": True})

    def abandoned(self):
        self.asg_stub.add_response(
            "complete_lifecycle_action", {},
            {"AutoScalingGroupName": LAMBDA_ENV["GROUP_NAME"], "LifecycleHookName": LAMBDA_ENV["HOOK_NAME"],
             "LifecycleActionToken": TOKEN, "InstanceId": INSTANCE, "LifecycleActionResult": "ABANDON"})
        self.sns_stub.add_response("publish", {"MessageId": "m"},
                                   {"TopicArn": LAMBDA_ENV["TOPIC_ARN"], "Subject": ANY, "Message": ANY})

    def equipped_here(self):
        """What a second delivery sees after the first one equipped the instance."""
        self.describe_instance("running")
        self.describe_volume(volume("in-use", [(INSTANCE, "attached")]))
        self.describe_address(INSTANCE)

    def run_handler(self, evt=None, remaining_ms=600_000):
        da.handler(evt or event(), FakeContext(remaining_ms))
        for s in self.stubs:
            s.assert_no_pending_responses()

    # ---- the way it should go ----
    def test_equips_a_new_instance_and_leaves_its_launch_to_the_instance(self):
        self.describe_instance("pending")
        self.describe_instance("running")
        self.describe_volume(volume("available"))
        self.attach()
        self.describe_volume(volume("in-use", [(INSTANCE, "attaching")]))
        self.describe_volume(volume("in-use", [(INSTANCE, "attached")]))
        self.describe_address()
        self.associate()
        self.describe_address(INSTANCE)
        self.run_handler()  # no complete_lifecycle_action: the stubs would refuse an unexpected call
        self.assertEqual(self.clock.slept, 20)

    def test_a_new_instance_id_not_yet_visible_is_waited_for(self):
        self.ec2_stub.add_client_error("describe_instances", "InvalidInstanceID.NotFound",
                                       expected_params={"InstanceIds": [INSTANCE]})
        self.equipped_here()
        self.run_handler()

    # ---- gap 2: duplicate deliveries ----
    def test_a_duplicate_delivery_finds_the_instance_equipped_and_does_nothing(self):
        self.equipped_here()
        self.run_handler()
        self.assertEqual(self.clock.slept, 0)

    def test_a_late_delivery_for_an_ended_instance_does_nothing(self):
        self.describe_instance("terminated")
        with self.assertLogs("autoheal", "INFO") as logs:
            self.run_handler()
        self.assertIn("is terminated", logs.output[-1])

    # ---- gap 1: AttachVolume is eventually consistent ----
    def test_transient_attach_errors_are_retried(self):
        self.describe_instance("running")
        for error in ("VolumeInUse", "IncorrectState"):
            self.describe_volume(volume("available"))
            self.ec2_stub.add_client_error("attach_volume", error, f"{VOLUME} is not ready",
                                           expected_params={"VolumeId": VOLUME, "InstanceId": INSTANCE,
                                                            "Device": "/dev/sdf"})
        self.describe_volume(volume("available"))
        self.attach()
        self.describe_volume(volume("in-use", [(INSTANCE, "attached")]))
        self.describe_address(INSTANCE)
        self.run_handler()
        self.assertEqual(self.clock.slept, 15)

    def test_waits_while_the_old_instance_of_the_group_releases_the_volume(self):
        self.describe_instance("running")
        self.describe_volume(volume("in-use", [(OLD, "attached")]))
        self.describe_instance("running", OLD, group=LAMBDA_ENV["GROUP_NAME"])
        self.describe_volume(volume("in-use", [(OLD, "detaching")]))
        self.describe_instance("shutting-down", OLD, group=LAMBDA_ENV["GROUP_NAME"])
        self.describe_volume(volume("available"))
        self.attach()
        self.describe_volume(volume("in-use", [(INSTANCE, "attached")]))
        self.describe_address(INSTANCE)
        self.run_handler()

    def test_a_volume_that_falls_back_to_available_is_attached_again(self):
        # What a refused attachment (a KMS key the group may not use) looks like.
        self.describe_instance("running")
        self.describe_volume(volume("available"))
        self.attach()
        self.describe_volume(volume("available"))
        self.attach()
        self.describe_volume(volume("in-use", [(INSTANCE, "attached")]))
        self.describe_address(INSTANCE)
        self.run_handler()

    # ---- ABANDON only for lasting causes or a spent budget; a person hears why (gap 3) ----
    def test_abandons_when_the_budget_is_spent(self):
        self.describe_instance("running")
        for _ in range(6):  # 60 s remaining - 30 s margin = 30 s: polls at 0, 5, ... 30
            self.describe_volume(volume("in-use", [(OLD, "detaching")]))
            self.describe_instance("shutting-down", OLD, group=LAMBDA_ENV["GROUP_NAME"])
        self.describe_volume(volume("in-use", [(OLD, "detaching")]))
        self.describe_instance("shutting-down", OLD, group=LAMBDA_ENV["GROUP_NAME"])
        self.abandoned()
        with self.assertLogs("autoheal", "ERROR") as logs:
            self.run_handler(remaining_ms=60_000)
        self.assertIn(f"ABANDON {INSTANCE}: gave up within the time budget: volume {VOLUME} is not attached",
                      logs.output[0])
        self.assertEqual(self.clock.slept, 30)

    def test_abandons_at_once_for_a_volume_held_outside_the_group(self):
        self.describe_instance("running")
        self.describe_volume(volume("in-use", [(STRANGER, "attached")]))
        self.describe_instance("running", STRANGER, group="some-other-group")
        self.abandoned()
        with self.assertLogs("autoheal", "ERROR") as logs:
            self.run_handler()
        self.assertIn(f"is held by {STRANGER} (running), which is not an instance of this group", logs.output[0])
        self.assertEqual(self.clock.slept, 0)

    def test_abandons_at_once_when_the_address_was_released(self):
        self.describe_instance("running")
        self.describe_volume(volume("in-use", [(INSTANCE, "attached")]))
        self.ec2_stub.add_client_error("describe_addresses", "InvalidAllocationID.NotFound", "gone",
                                       expected_params={"AllocationIds": [ALLOCATION]})
        self.abandoned()
        with self.assertLogs("autoheal", "ERROR") as logs:
            self.run_handler()
        self.assertIn(f"Elastic IP {ALLOCATION} was released", logs.output[0])

    def test_abandons_at_once_when_the_volume_is_gone(self):
        self.describe_instance("running")
        self.describe_volume(volume("deleting"))
        self.abandoned()
        with self.assertLogs("autoheal", "ERROR") as logs:
            self.run_handler()
        self.assertIn("is deleting", logs.output[0])

    def test_abandons_at_once_for_an_error_waiting_cannot_cure(self):
        self.describe_instance("running")
        self.describe_volume(volume("available"))
        self.ec2_stub.add_client_error("attach_volume", "UnauthorizedOperation", "not allowed",
                                       expected_params={"VolumeId": VOLUME, "InstanceId": INSTANCE,
                                                        "Device": "/dev/sdf"})
        self.abandoned()
        with self.assertLogs("autoheal", "ERROR") as logs:
            self.run_handler()
        self.assertIn("attach_volume failed", logs.output[0])
        self.assertIn("UnauthorizedOperation", logs.output[0])

    def test_an_error_seeing_the_instance_or_volume_is_raised_for_lambda_to_retry(self):
        # Not an ABANDON: Lambda retries the event twice, then its on-failure
        # destination tells the alarm topic; the hook's timeout ends the launch.
        for seen, operation, params in ((0, "describe_instances", {"InstanceIds": [INSTANCE]}),
                                        (1, "describe_volumes", {"VolumeIds": [VOLUME]})):
            with self.subTest(operation=operation):
                if seen:
                    self.describe_instance("running")
                self.ec2_stub.add_client_error(operation, "UnauthorizedOperation", "not allowed",
                                               expected_params=params)
                with self.assertRaises(Exception) as caught:
                    self.run_handler()
                self.assertIn("UnauthorizedOperation", str(caught.exception))

    def test_a_launch_no_longer_waiting_is_not_retried(self):
        self.describe_instance("running")
        self.describe_volume(volume("in-use", [(STRANGER, "attached")]))
        self.describe_instance("running", STRANGER)
        self.asg_stub.add_client_error("complete_lifecycle_action", "ValidationError",
                                       f"No active Lifecycle Action found with token {TOKEN}")
        with self.assertLogs("autoheal", "WARNING"):
            self.run_handler()

    def test_a_failing_completion_is_raised_for_lambda_to_retry(self):
        self.describe_instance("running")
        self.describe_volume(volume("deleting"))
        self.asg_stub.add_client_error("complete_lifecycle_action", "Throttling", "Rate exceeded")
        with self.assertRaises(Exception) as caught, self.assertLogs("autoheal", "ERROR"):
            da.handler(event(), FakeContext(600_000))
        self.assertIn("Throttling", str(caught.exception))

    def test_a_failing_notice_does_not_undo_the_abandon(self):
        self.describe_instance("running")
        self.describe_volume(volume("deleting"))
        self.asg_stub.add_response("complete_lifecycle_action", {})
        self.sns_stub.add_client_error("publish", "AuthorizationError", "no")
        with self.assertLogs("autoheal", "ERROR") as logs:
            self.run_handler()
        self.assertIn("Could not tell the alarm topic", "\n".join(logs.output))

    def test_without_a_token_it_abandons_by_instance_id(self):
        evt = event()
        del evt["detail"]["LifecycleActionToken"]
        self.describe_instance("running")
        self.describe_volume(volume("error"))
        self.asg_stub.add_response(
            "complete_lifecycle_action", {},
            {"AutoScalingGroupName": LAMBDA_ENV["GROUP_NAME"], "LifecycleHookName": LAMBDA_ENV["HOOK_NAME"],
             "InstanceId": INSTANCE, "LifecycleActionResult": "ABANDON"})
        self.sns_stub.add_response("publish", {"MessageId": "m"})
        with self.assertLogs("autoheal", "ERROR"):
            self.run_handler(evt)

    # ---- what is not its business ----
    def test_events_of_other_groups_or_hooks_are_ignored(self):
        for evt in (event(group="other-group"), event(hook="OtherHook"), {"detail": "x"}, {}):
            with self.subTest(evt=evt):
                da.handler(evt, FakeContext(300_000))
        self.assertEqual(self.created, 0)  # no client, hence no API call

    def test_an_event_without_an_instance_is_logged(self):
        evt = event()
        del evt["detail"]["EC2InstanceId"]
        with self.assertLogs("autoheal", "ERROR"):
            da.handler(evt, FakeContext(300_000))
        self.assertEqual(self.created, 0)


class SourceConstraintsTest(unittest.TestCase):
    def test_inline_friendly(self):
        text = (ROOT / "lib/patterns/autoheal/device_attachment.py").read_text()
        self.assertNotIn("${", text)
        self.assertNotIn("botocore.vendored", text)


if __name__ == "__main__":
    unittest.main()
