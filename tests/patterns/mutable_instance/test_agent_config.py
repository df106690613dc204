"""The CloudWatch agent configuration of templates/MutableInstance*.yaml.

The SSM parameter's value, after Fn::Sub (fn_sub.py, independently of
cfnpp), is valid JSON with the metrics and log files the README promises, and
it publishes what the stack's alarms watch (metric names and dimensions).
"""

import json
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import cfn_yaml  # noqa: E402  (tests/patterns/cfn_yaml.py)
from fn_sub import evaluate_sub  # noqa: E402  (tests/patterns/fn_sub.py)

TEMPLATES = os.environ.get("MUTABLE_INSTANCE_TEMPLATES",
                           "templates/MutableInstance.yaml:templates/MutableInstancePrivate.yaml").split(":")
LOG_GROUP = "box-InstanceLogGroup-ABC"

# What the README's "Monitoring and logs" paragraph promises.
PROMISED_METRICS = {"mem": "mem_used_percent", "disk": "used_percent", "swap": "swap_used_percent"}
PROMISED_LOGS = {"/var/log/messages", "/var/log/secure", "/var/log/cloud-init-output.log", "/var/log/dnf.log",
                 "/var/log/amazon/ssm/amazon-ssm-agent.log"}


def agent_config(template):
    value = template["Resources"]["AgentConfig"]["Properties"]["Value"]
    return json.loads(evaluate_sub(value["Fn::Sub"][0], {"LogGroup": LOG_GROUP}))


class AgentConfigTest(unittest.TestCase):
    def each(self):
        self.assertTrue(TEMPLATES)
        for path in TEMPLATES:
            with self.subTest(template=path):
                template = cfn_yaml.load(path)
                yield template, agent_config(template)

    def test_metrics_are_the_promised_ones_per_instance(self):
        for _template, config in self.each():
            metrics = config["metrics"]
            self.assertEqual(metrics["namespace"], "CWAgent")
            self.assertEqual(metrics["append_dimensions"], {"InstanceId": "${aws:InstanceId}"})
            for section, measurement in PROMISED_METRICS.items():
                self.assertIn(measurement, metrics["metrics_collected"][section]["measurement"])
            self.assertIn("/", metrics["metrics_collected"]["disk"]["resources"])
            self.assertTrue(metrics["metrics_collected"]["disk"]["drop_device"])

    def test_system_logs_go_to_the_stack_log_group(self):
        for template, config in self.each():
            files = config["logs"]["logs_collected"]["files"]["collect_list"]
            self.assertTrue(PROMISED_LOGS <= {f["file_path"] for f in files})
            for f in files:
                self.assertEqual(f["log_group_name"], LOG_GROUP)
                self.assertTrue(f["log_stream_name"].startswith("{instance_id}/"))
            self.assertEqual(len({f["log_stream_name"] for f in files}), len(files))
            self.assertEqual(template["Resources"]["AgentConfig"]["Properties"]["Value"]["Fn::Sub"][1],
                             {"LogGroup": {"Ref": "InstanceLogGroup"}})

    def test_the_alarms_watch_what_the_agent_publishes(self):
        for template, config in self.each():
            collected = config["metrics"]["metrics_collected"]
            published = {"mem_used_percent": {"InstanceId"}}
            if not collected["disk"].get("drop_device"):
                self.fail("disk metrics keep the device dimension: alarms cannot name it")
            published["disk_used_percent"] = {"InstanceId", "path", "fstype"}
            for name, resource in template["Resources"].items():
                props = resource["Properties"]
                if resource["Type"] != "AWS::CloudWatch::Alarm" or props.get("Namespace") != "CWAgent":
                    continue
                with self.subTest(alarm=name):
                    self.assertIn(props["MetricName"], published)
                    dimensions = {d["Name"]: d["Value"] for d in props["Dimensions"]}
                    self.assertEqual(set(dimensions), published[props["MetricName"]])
                    if "path" in dimensions:
                        self.assertIn(dimensions["path"], collected["disk"]["resources"])


if __name__ == "__main__":
    unittest.main()
