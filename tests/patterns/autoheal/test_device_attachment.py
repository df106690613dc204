"""Tests for lib/patterns/autoheal/device_attachment.py (botocore Stubber, no network)."""
import os
import unittest
from unittest import mock

import boto3
from botocore.stub import Stubber

from lambda_support import AWS_ENV, ROOT, FakeClock, FakeContext, load

LAMBDA_ENV = {
    "VOLUME_ID": "vol-0123456789abcdef0", "ALLOCATION_ID": "eipalloc-0123456789abcdef0",
    "GROUP_NAME": "stack-AutohealGroup-ABC", "HOOK_NAME": "DeviceAttachmentHook",
    "DEVICE_NAME": "/dev/sdf",
}
INSTANCE, OLD, TOKEN = "i-0aaaaaaaaaaaaaaaa", "i-0bbbbbbbbbbbbbbbb", "87654321-4321-4321-4321-210987654321"



da = load("device_attachment")




def event(group=LAMBDA_ENV["GROUP_NAME"], hook=LAMBDA_ENV["HOOK_NAME"]):
    return {
        "version": "0", "id": "1", "detail-type": "EC2 Instance-launch Lifecycle Action",
        "source": "aws.autoscaling", "region": "us-east-1",
        "detail": {"LifecycleActionToken": TOKEN, "AutoScalingGroupName": group,
                   "LifecycleHookName": hook, "EC2InstanceId": INSTANCE,
                   "LifecycleTransition": "autoscaling:EC2_INSTANCE_LAUNCHING"},
    }


def instances(state):
    return {"Reservations": [{"Instances": [{"InstanceId": INSTANCE,
                                             "State": {"Code": 0, "Name": state}}]}]}


def volume(state, attachments=()):
    return {"Volumes": [{"VolumeId": LAMBDA_ENV["VOLUME_ID"], "State": state,
                         "Attachments": [{"VolumeId": LAMBDA_ENV["VOLUME_ID"], "InstanceId": i,
                                          "State": s, "Device": "/dev/sdf"}
                                         for i, s in attachments]}]}


class DeviceAttachmentTest(unittest.TestCase):
    def setUp(self):
        patches = [mock.patch.dict(os.environ, {**AWS_ENV, **LAMBDA_ENV}),
                   mock.patch.object(da, "POLL_SECONDS", 5),
                   mock.patch.object(da, "SAFETY_MARGIN_SECONDS", 30)]
        for p in patches:
            p.start()
            self.addCleanup(p.stop)
        self.clock = FakeClock()
        p = mock.patch.object(da, "time", self.clock)
        p.start()
        self.addCleanup(p.stop)
        self.ec2 = boto3.client("ec2", region_name="us-east-1")
        self.asg = boto3.client("autoscaling", region_name="us-east-1")
        self.ec2_stub, self.asg_stub = Stubber(self.ec2), Stubber(self.asg)
        self.ec2_stub.activate()
        self.asg_stub.activate()
        self.created = 0

        def clients():
            self.created += 1
            return self.ec2, self.asg
        p = mock.patch.object(da, "clients", clients)
        p.start()
        self.addCleanup(p.stop)

    def expect_describe_instances(self, state):
        self.ec2_stub.add_response("describe_instances", instances(state),
                                   {"InstanceIds": [INSTANCE]})

    def expect_describe_volumes(self, response):
        self.ec2_stub.add_response("describe_volumes", response,
                                   {"VolumeIds": [LAMBDA_ENV["VOLUME_ID"]]})

    def expect_attach_and_associate(self):
        self.ec2_stub.add_response(
            "attach_volume", {"State": "attaching"},
            {"VolumeId": LAMBDA_ENV["VOLUME_ID"], "InstanceId": INSTANCE, "Device": "/dev/sdf"})
        self.ec2_stub.add_response(
            "associate_address", {"AssociationId": "eipassoc-1"},
            {"AllocationId": LAMBDA_ENV["ALLOCATION_ID"], "InstanceId": INSTANCE,
             "AllowReassociation": True})

    def expect_complete(self, result):
        self.asg_stub.add_response(
            "complete_lifecycle_action", {},
            {"AutoScalingGroupName": LAMBDA_ENV["GROUP_NAME"],
             "LifecycleHookName": LAMBDA_ENV["HOOK_NAME"], "LifecycleActionToken": TOKEN,
             "InstanceId": INSTANCE, "LifecycleActionResult": result})

    def run_handler(self, evt=None, remaining_ms=300_000):
        da.handler(evt or event(), FakeContext(remaining_ms))
        self.ec2_stub.assert_no_pending_responses()
        self.asg_stub.assert_no_pending_responses()

    def test_attach_path_pending_then_running(self):
        self.expect_describe_instances("pending")
        self.expect_describe_instances("running")
        self.expect_describe_volumes(volume("available"))
        self.expect_attach_and_associate()
        self.expect_complete("CONTINUE")
        self.run_handler()
        self.assertEqual(self.clock.slept, 5)

    def test_instance_not_yet_visible_is_polled(self):
        self.ec2_stub.add_client_error("describe_instances", "InvalidInstanceID.NotFound",
                                       expected_params={"InstanceIds": [INSTANCE]})
        self.expect_describe_instances("running")
        self.expect_describe_volumes(volume("available"))
        self.expect_attach_and_associate()
        self.expect_complete("CONTINUE")
        self.run_handler()

    def test_volume_in_use_by_old_instance_then_available(self):
        self.expect_describe_instances("running")
        self.expect_describe_volumes(volume("in-use", [(OLD, "attached")]))
        self.expect_describe_volumes(volume("in-use", [(OLD, "detaching")]))
        self.expect_describe_volumes(volume("available"))
        self.expect_attach_and_associate()
        self.expect_complete("CONTINUE")
        self.run_handler()
        self.assertEqual(self.clock.slept, 10)

    def test_volume_already_attached_here_is_not_attached_again(self):
        self.expect_describe_instances("running")
        self.expect_describe_volumes(volume("in-use", [(INSTANCE, "attached")]))
        self.ec2_stub.add_response(
            "associate_address", {"AssociationId": "eipassoc-1"},
            {"AllocationId": LAMBDA_ENV["ALLOCATION_ID"], "InstanceId": INSTANCE,
             "AllowReassociation": True})
        self.expect_complete("CONTINUE")
        self.run_handler()

    def test_instance_never_running_abandons_within_budget(self):
        for _ in range(20):  # more than the budget allows; the rest stay unused
            self.ec2_stub.add_response("describe_instances", instances("pending"),
                                       {"InstanceIds": [INSTANCE]})
        self.expect_complete("ABANDON")
        with self.assertLogs("autoheal", "ERROR") as logs:
            da.handler(event(), FakeContext(60_000))
        self.asg_stub.assert_no_pending_responses()
        self.assertEqual(len(logs.records), 1)
        self.assertIn(f"ABANDON {INSTANCE}: TimeoutError: instance {INSTANCE} still pending",
                      logs.output[0])
        # 60 s remaining - 30 s margin = 30 s budget.
        self.assertLessEqual(self.clock.slept, 30)
        self.assertGreaterEqual(self.clock.slept, 25)

    def test_terminated_instance_abandons_at_once(self):
        self.expect_describe_instances("terminated")
        self.expect_complete("ABANDON")
        with self.assertLogs("autoheal", "ERROR") as logs:
            self.run_handler()
        self.assertIn("is terminated", logs.output[0])
        self.assertEqual(self.clock.slept, 0)

    def test_volume_never_available_abandons(self):
        self.expect_describe_instances("running")
        for _ in range(20):
            self.ec2_stub.add_response("describe_volumes", volume("in-use", [(OLD, "attached")]),
                                       {"VolumeIds": [LAMBDA_ENV["VOLUME_ID"]]})
        self.expect_complete("ABANDON")
        with self.assertLogs("autoheal", "ERROR") as logs:
            da.handler(event(), FakeContext(60_000))
        self.asg_stub.assert_no_pending_responses()
        self.assertIn(f"volume {LAMBDA_ENV['VOLUME_ID']} still in-use by {OLD} (attached)",
                      logs.output[0])

    def test_event_for_another_group_or_hook_is_ignored(self):
        for evt in (event(group="other-group"), event(hook="OtherHook"), {"detail": "x"}, {}):
            with self.subTest(evt=evt):
                da.handler(evt, FakeContext(300_000))
        self.assertEqual(self.created, 0)  # no client, hence no API call

    def test_attach_error_abandons(self):
        self.expect_describe_instances("running")
        self.expect_describe_volumes(volume("available"))
        self.ec2_stub.add_client_error(
            "attach_volume", "VolumeInUse", "vol-0123456789abcdef0 is already attached",
            expected_params={"VolumeId": LAMBDA_ENV["VOLUME_ID"], "InstanceId": INSTANCE,
                             "Device": "/dev/sdf"})
        self.expect_complete("ABANDON")
        with self.assertLogs("autoheal", "ERROR") as logs:
            self.run_handler()
        self.assertEqual(len(logs.records), 1)
        self.assertIn(f"ABANDON {INSTANCE}: ClientError", logs.output[0])
        self.assertIn("VolumeInUse", logs.output[0])

    def test_missing_token_abandons_by_instance(self):
        evt = event()
        del evt["detail"]["LifecycleActionToken"]
        self.asg_stub.add_response(
            "complete_lifecycle_action", {},
            {"AutoScalingGroupName": LAMBDA_ENV["GROUP_NAME"],
             "LifecycleHookName": LAMBDA_ENV["HOOK_NAME"], "InstanceId": INSTANCE,
             "LifecycleActionResult": "ABANDON"})
        with self.assertLogs("autoheal", "ERROR") as logs:
            self.run_handler(evt)
        self.assertIn("ValueError", logs.output[0])

    def test_complete_failure_is_raised_for_retry(self):
        self.expect_describe_instances("running")
        self.expect_describe_volumes(volume("available"))
        self.expect_attach_and_associate()
        self.asg_stub.add_client_error("complete_lifecycle_action", "Throttling", "Rate exceeded",
                                       http_status_code=400)
        with self.assertRaises(Exception) as caught:
            da.handler(event(), FakeContext(300_000))
        self.assertIn("Throttling", str(caught.exception))

    def test_no_active_lifecycle_action_is_not_retried(self):
        self.expect_describe_instances("running")
        self.expect_describe_volumes(volume("in-use", [(INSTANCE, "attached")]))
        self.ec2_stub.add_response("associate_address", {"AssociationId": "eipassoc-1"})
        self.asg_stub.add_client_error(
            "complete_lifecycle_action", "ValidationError",
            f"No active Lifecycle Action found with token {TOKEN}")
        with self.assertLogs("autoheal", "WARNING"):
            self.run_handler()


class SourceConstraintsTest(unittest.TestCase):
    def test_inline_friendly(self):
        text = (ROOT / "lib/patterns/autoheal/device_attachment.py").read_text()
        self.assertNotIn("${", text)
        self.assertLess(len(text.encode()), 8192)


if __name__ == "__main__":
    unittest.main()
