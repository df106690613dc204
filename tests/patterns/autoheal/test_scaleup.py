"""Tests for lib/patterns/autoheal/scaleup.py.

AWS is stubbed (botocore Stubber or small fakes); answers go to a local HTTP
server on 127.0.0.1, which records every request it gets.
"""
import datetime
import http.server
import json
import os
import threading
import unittest
from unittest import mock

import boto3
from botocore.stub import Stubber

from lambda_support import AWS_ENV, ROOT, FakeClock, FakeContext, load

PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
GROUP = "stack-AutohealGroup-ABC"
INSTANCE, VOLUME, ALLOCATION = "i-0aaaaaaaaaaaaaaaa", "vol-0123456789abcdef0", "eipalloc-0123456789abcdef0"
HEALED = {"GroupName": GROUP, "DesiredCapacity": "1", "VolumeId": VOLUME, "AllocationId": ALLOCATION}
STACK_ID = "arn:aws:cloudformation:us-east-1:123456789012:stack/stack/guid"



su = load("scaleup")


class Recorder(http.server.BaseHTTPRequestHandler):
    """Plays the pre-signed S3 URL: records each request and answers 200."""

    def do_PUT(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.requests.append({"method": self.command, "path": self.path,
                                     "headers": dict(self.headers), "raw": body,
                                     "body": json.loads(body)})
        self.server.got_request.set()
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_GET = do_PUT

    def log_message(self, *args):
        pass




def group_with(*instance_ids, state="Terminating"):
    return {"AutoScalingGroups": [{
        "AutoScalingGroupName": GROUP, "MinSize": 0, "MaxSize": 1, "DesiredCapacity": 0,
        "DefaultCooldown": 300, "AvailabilityZones": ["us-east-1a"], "HealthCheckType": "EC2",
        "CreatedTime": datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc),
        "Instances": [{"InstanceId": i, "AvailabilityZone": "us-east-1a",
                       "LifecycleState": state, "HealthStatus": "Healthy",
                       "ProtectedFromScaleIn": False} for i in instance_ids]}]}


def volume_held_by(instance, state="attached"):
    attachments = [{"VolumeId": VOLUME, "InstanceId": instance, "State": state, "Device": "/dev/sdf"}] if instance else []
    return {"Volumes": [{"VolumeId": VOLUME, "State": "in-use" if instance else "available",
                         "Attachments": attachments}]}


def address_of(instance):
    found = {"AllocationId": ALLOCATION, "PublicIp": "203.0.113.10", "Domain": "vpc"}
    if instance:
        found["InstanceId"] = instance
    return {"Addresses": [found]}


class ScaleupTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
        cls.server.requests, cls.server.got_request = [], threading.Event()
        cls.thread = threading.Thread(target=cls.server.serve_forever,
                                      kwargs={"poll_interval": 0.05}, daemon=True)
        cls.thread.start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()
        cls.thread.join()

    def setUp(self):
        self.server.requests.clear()
        self.server.got_request.clear()
        env = {k: v for k, v in os.environ.items() if k not in PROXY_VARS}
        env.update(AWS_ENV, no_proxy="*")
        self.clock = FakeClock()
        for p in (mock.patch.dict(os.environ, env, clear=True),
                  mock.patch.object(su, "time", self.clock)):
            p.start()
            self.addCleanup(p.stop)
        self.asg = boto3.client("autoscaling", region_name="us-east-1")
        self.stub = Stubber(self.asg)
        self.stub.activate()
        self.use_client(self.asg)
        self.ec2 = boto3.client("ec2", region_name="us-east-1")
        self.ec2_stub = Stubber(self.ec2)
        self.ec2_stub.activate()
        p = mock.patch.object(su, "ec2_client", lambda: self.ec2)
        p.start()
        self.addCleanup(p.stop)

    def use_client(self, client):
        p = mock.patch.object(su, "client", lambda: client)
        p.start()
        self.addCleanup(p.stop)

    def event(self, request_type, physical_id=None, **props):
        evt = {"RequestType": request_type,
               "ResponseURL": f"http://127.0.0.1:{self.server.server_port}/bucket/key?X-Amz-Signature=abc",
               "StackId": STACK_ID, "RequestId": f"req-{request_type}",
               "ResourceType": "Custom::ScaleupAutoheal",
               "LogicalResourceId": "ScaleupAutohealAction",
               "ResourceProperties": {"ServiceToken": "arn:aws:lambda:us-east-1:123456789012:function:f",
                                      **props}}
        if physical_id:
            evt["PhysicalResourceId"] = physical_id
        return evt

    def only_answer(self, evt):
        """Exactly one answer arrived: a PUT with the required shape."""
        self.assertEqual(len(self.server.requests), 1, self.server.requests)
        answer = self.server.requests[0]
        self.assertEqual(answer["method"], "PUT")
        self.assertEqual(answer["path"], "/bucket/key?X-Amz-Signature=abc")
        self.assertEqual(answer["headers"].get("Content-Type"), "")
        self.assertEqual(int(answer["headers"]["Content-Length"]), len(answer["raw"]))
        self.assertLessEqual(len(answer["raw"]), 4096)
        body = answer["body"]
        self.assertEqual(set(body), {"Status", "Reason", "PhysicalResourceId", "StackId",
                                     "RequestId", "LogicalResourceId", "Data"})
        for key in ("StackId", "RequestId", "LogicalResourceId"):
            self.assertEqual(body[key], evt[key])
        self.assertTrue(body["Reason"])
        return body

    def expect_set(self, desired):
        self.stub.add_response("set_desired_capacity", {},
                               {"AutoScalingGroupName": GROUP, "DesiredCapacity": desired,
                                "HonorCooldown": False})

    def expect_describe(self, response):
        self.stub.add_response("describe_auto_scaling_groups", response,
                               {"AutoScalingGroupNames": [GROUP]})

    def run_handler(self, evt, remaining_ms=300_000):
        su.handler(evt, FakeContext(remaining_ms))
        self.stub.assert_no_pending_responses()
        self.ec2_stub.assert_no_pending_responses()
        return self.only_answer(evt)

    def expect_healed(self, instance=INSTANCE):
        """The group has an instance in service; it holds the volume and the address."""
        self.expect_describe(group_with(instance, state="InService"))
        self.ec2_stub.add_response("describe_volumes", volume_held_by(instance), {"VolumeIds": [VOLUME]})
        self.ec2_stub.add_response("describe_addresses", address_of(instance), {"AllocationIds": [ALLOCATION]})

    def test_create_answers_once_an_instance_is_in_service_with_volume_and_address(self):
        self.expect_set(1)
        self.expect_describe(group_with())
        self.expect_describe(group_with(INSTANCE, state="Pending:Wait"))
        self.expect_describe(group_with(INSTANCE, state="InService"))
        self.ec2_stub.add_response("describe_volumes", volume_held_by(INSTANCE), {"VolumeIds": [VOLUME]})
        self.ec2_stub.add_response("describe_addresses", address_of(None), {"AllocationIds": [ALLOCATION]})
        self.expect_healed()
        body = self.run_handler(self.event("Create", **HEALED))
        self.assertEqual(body["Status"], "SUCCESS")
        self.assertEqual(body["Reason"], f"{INSTANCE} is in service in {GROUP} with its volume and address")
        self.assertEqual(body["PhysicalResourceId"], f"{GROUP}-scaleup")
        self.assertEqual(self.clock.slept, 3 * su.POLL_SECONDS)

    def test_create_fails_with_what_is_missing_when_no_heal_comes_in_time(self):
        self.expect_set(1)
        for _ in range(8):  # 100 s remaining - 30 s margin = 70 s: polls at 0, 10, ... 70
            self.expect_describe(group_with(INSTANCE, state="InService"))
            self.ec2_stub.add_response("describe_volumes", volume_held_by(None), {"VolumeIds": [VOLUME]})
            self.ec2_stub.add_response("describe_addresses", address_of(INSTANCE), {"AllocationIds": [ALLOCATION]})
        with self.assertLogs("autoheal", "ERROR"):
            body = self.run_handler(self.event("Create", **HEALED), remaining_ms=100_000)
        self.assertEqual(body["Status"], "FAILED")
        self.assertIn(f"no instance of {GROUP} in service with its volume and address in time", body["Reason"])
        self.assertIn(f"{INSTANCE} InService (volume attached: False, address associated: True)", body["Reason"])

    def test_create_with_a_desired_capacity_of_zero_does_not_wait(self):
        self.expect_set(0)
        body = self.run_handler(self.event("Create", **{**HEALED, "DesiredCapacity": "0"}))
        self.assertEqual(body["Status"], "SUCCESS")

    def test_update_keeps_physical_id(self):
        self.expect_set(2)
        self.expect_healed()
        body = self.run_handler(self.event("Update", f"{GROUP}-scaleup", **{**HEALED, "DesiredCapacity": 2}))
        self.assertEqual(body["Status"], "SUCCESS")
        self.assertEqual(body["PhysicalResourceId"], f"{GROUP}-scaleup")

    def test_delete_waits_until_group_is_empty(self):
        self.expect_set(0)
        self.expect_describe(group_with("i-0aaaaaaaaaaaaaaaa"))
        self.expect_describe(group_with("i-0aaaaaaaaaaaaaaaa"))
        self.expect_describe(group_with())
        body = self.run_handler(self.event("Delete", f"{GROUP}-scaleup",
                                           GroupName=GROUP, DesiredCapacity="1"))
        self.assertEqual(body["Status"], "SUCCESS")
        self.assertEqual(body["PhysicalResourceId"], f"{GROUP}-scaleup")
        self.assertEqual(self.clock.slept, 2 * su.POLL_SECONDS)

    def test_physical_id_stable_across_create_update_delete(self):
        expectations = {"Create": lambda: (self.expect_set(1), self.expect_healed()),
                        "Update": lambda: (self.expect_set(1), self.expect_healed()),
                        "Delete": lambda: (self.expect_set(0),
                                           self.expect_describe({"AutoScalingGroups": []}))}
        ids = []
        for kind in ("Create", "Update", "Delete"):
            self.server.requests.clear()
            expectations[kind]()
            evt = self.event(kind, ids[0] if ids else None, **HEALED)
            body = self.run_handler(evt)
            self.assertEqual(body["Status"], "SUCCESS", body)
            ids.append(body["PhysicalResourceId"])
        self.assertEqual(ids, [f"{GROUP}-scaleup"] * 3)

    def test_delete_of_missing_group_succeeds(self):
        self.stub.add_client_error(
            "set_desired_capacity", "ValidationError",
            f"AutoScalingGroup name not found - AutoScalingGroup '{GROUP}' not found",
            expected_params={"AutoScalingGroupName": GROUP, "DesiredCapacity": 0,
                             "HonorCooldown": False})
        body = self.run_handler(self.event("Delete", f"{GROUP}-scaleup", GroupName=GROUP))
        self.assertEqual(body["Status"], "SUCCESS")

    def test_delete_when_describe_lists_no_group_succeeds(self):
        self.expect_set(0)
        self.expect_describe({"AutoScalingGroups": []})
        body = self.run_handler(self.event("Delete", f"{GROUP}-scaleup", GroupName=GROUP))
        self.assertEqual(body["Status"], "SUCCESS")

    def test_delete_without_group_name_succeeds(self):
        body = self.run_handler(self.event("Delete", "whatever-scaleup"))
        self.assertEqual(body["Status"], "SUCCESS")
        self.assertEqual(body["PhysicalResourceId"], "whatever-scaleup")

    def test_delete_fails_when_instances_outlive_the_budget(self):
        self.expect_set(0)
        for _ in range(8):  # 100 s remaining - 30 s margin = 70 s: polls at 0, 10, ... 70
            self.expect_describe(group_with("i-0aaaaaaaaaaaaaaaa"))
        with self.assertLogs("autoheal", "ERROR"):
            body = self.run_handler(self.event("Delete", f"{GROUP}-scaleup", GroupName=GROUP),
                                    remaining_ms=100_000)
        self.assertEqual(body["Status"], "FAILED")
        self.assertIn("instances still running", body["Reason"])
        self.assertIn("i-0aaaaaaaaaaaaaaaa", body["Reason"])
        self.assertEqual(self.clock.slept, 70)

    def test_delete_succeeds_when_the_group_goes_while_waiting(self):
        self.expect_set(0)
        self.expect_describe(group_with(INSTANCE))
        self.stub.add_client_error("describe_auto_scaling_groups", "ValidationError",
                                   f"AutoScalingGroup name not found - AutoScalingGroup '{GROUP}' not found",
                                   expected_params={"AutoScalingGroupNames": [GROUP]})
        body = self.run_handler(self.event("Delete", f"{GROUP}-scaleup", GroupName=GROUP))
        self.assertEqual(body["Status"], "SUCCESS")
        self.assertEqual(body["Reason"], f"Group {GROUP} has no instances")

    def test_delete_fails_when_the_group_cannot_be_seen(self):
        self.expect_set(0)
        self.stub.add_client_error("describe_auto_scaling_groups", "AccessDenied", "not authorized",
                                   expected_params={"AutoScalingGroupNames": [GROUP]})
        with self.assertLogs("autoheal", "ERROR"):
            body = self.run_handler(self.event("Delete", f"{GROUP}-scaleup", GroupName=GROUP))
        self.assertEqual(body["Status"], "FAILED")
        self.assertIn("AccessDenied", body["Reason"])

    def test_a_time_out_answer_that_cannot_be_sent_is_logged(self):
        # Nothing listens on the port: the guard's answer fails, and the guard says so
        # (the function's own answer, or CloudFormation's ServiceTimeout, still ends the wait).
        closed = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
        port = closed.server_port
        closed.server_close()
        evt = {**self.event("Create", GroupName=GROUP), "ResponseURL": f"http://127.0.0.1:{port}/bucket/key"}
        with self.assertLogs("autoheal", "ERROR") as logs:
            su.on_timeout(su.Responder(evt, f"{GROUP}-scaleup"))
        self.assertIn("Could not send the time-out answer", logs.output[0])
        self.assertEqual(self.server.requests, [])

    def test_api_error_sends_failed(self):
        # On Delete too: the instance would keep the volume, so the deletion stops here and says why.
        for kind, physical_id in (("Create", None), ("Delete", f"{GROUP}-scaleup")):
            with self.subTest(kind=kind):
                self.server.requests.clear()
                self.stub.add_client_error("set_desired_capacity", "AccessDenied", "not authorized")
                with self.assertLogs("autoheal", "ERROR"):
                    body = self.run_handler(self.event(kind, physical_id, GroupName=GROUP, DesiredCapacity="1"))
                self.assertEqual(body["Status"], "FAILED")
                self.assertIn("AccessDenied", body["Reason"])
                self.assertEqual(body["PhysicalResourceId"], f"{GROUP}-scaleup")

    def test_exception_in_handler_sends_failed(self):
        for capacity, reason in (("lots", "ValueError"), ("-1", "DesiredCapacity must not be negative: -1")):
            with self.subTest(capacity=capacity):
                self.server.requests.clear()
                with self.assertLogs("autoheal", "ERROR"):
                    body = self.run_handler(self.event("Create", GroupName=GROUP, DesiredCapacity=capacity))
                self.assertEqual(body["Status"], "FAILED")
                self.assertIn(reason, body["Reason"])

    def test_create_without_group_name_fails(self):
        with self.assertLogs("autoheal", "ERROR"):
            body = self.run_handler(self.event("Create", DesiredCapacity="1"))
        self.assertEqual(body["Status"], "FAILED")
        self.assertIn("GroupName", body["Reason"])
        self.assertTrue(body["PhysicalResourceId"])

    def test_unknown_request_type_is_answered(self):
        with self.assertLogs("autoheal", "ERROR"):
            body = self.run_handler(self.event("Bogus", f"{GROUP}-scaleup", GroupName=GROUP))
        self.assertEqual(body["Status"], "FAILED")
        self.assertIn("Unsupported RequestType 'Bogus'", body["Reason"])

    def test_long_reason_is_truncated_to_fit(self):
        self.stub.add_client_error("set_desired_capacity", "ValidationError", "\u00e9x" * 5000)
        with self.assertLogs("autoheal", "ERROR"):
            body = self.run_handler(self.event("Create", GroupName=GROUP))
        self.assertEqual(body["Status"], "FAILED")
        self.assertTrue(body["Reason"].startswith("ClientError: An error occurred (ValidationError)"))
        self.assertRegex(body["Reason"], "(\u00e9|x)\\.\\.\\.$")
        self.assertGreater(len(self.server.requests[0]["raw"]), 4096 - 12)

    def test_timeout_guard_answers_failed_once(self):
        server = self.server

        class SlowClient:
            """set_desired_capacity outlives the function: returns only after the guard answered."""
            def set_desired_capacity(self, **kwargs):
                server.got_request.wait(5)

        self.use_client(SlowClient())
        p = mock.patch.object(su, "GUARD_MARGIN_SECONDS", 0.1)
        p.start()
        self.addCleanup(p.stop)
        evt = self.event("Create", GroupName=GROUP, DesiredCapacity="1")
        with self.assertLogs("autoheal", "ERROR"):  # the late work fails too, after the answer
            su.handler(evt, FakeContext(150))  # guard fires after 0.05 s
        body = self.only_answer(evt)
        self.assertEqual(body["Status"], "FAILED")
        self.assertIn("time out", body["Reason"])
        self.assertEqual(body["PhysicalResourceId"], f"{GROUP}-scaleup")

    def test_guard_does_not_fire_after_normal_answer(self):
        self.expect_set(1)
        self.expect_describe(group_with(INSTANCE, state="InService"))
        p = mock.patch.object(su, "GUARD_MARGIN_SECONDS", 0)
        p.start()
        self.addCleanup(p.stop)
        evt = self.event("Create", GroupName=GROUP, DesiredCapacity="1")
        su.handler(evt, FakeContext(300))  # guard would fire at 0.3 s, but is cancelled
        threading.Event().wait(0.4)
        self.assertEqual(self.only_answer(evt)["Status"], "SUCCESS")


class SourceConstraintsTest(unittest.TestCase):
    def test_inline_friendly(self):
        text = (ROOT / "lib/patterns/autoheal/scaleup.py").read_text()
        self.assertNotIn("${", text)
        self.assertNotIn("botocore.vendored", text)
        self.assertNotIn("cfnresponse", text)
        self.assertLess(len(text.encode()), 12288)


if __name__ == "__main__":
    unittest.main()
