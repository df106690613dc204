"""The self-healing instance's user data, run with stubbed AWS, disks and system."""
import json
import os
import stat
import unittest

from harness import INSTANCE, OLD_ADDRESS, UserDataTest, stack, user_data

ADDRESS = "203.0.113.10"
ALLOCATION = "eipalloc-0123456789abcdef0"
VOLUME = "vol-0123456789abcdef0"
GROUP = "my-stack-Group-ABC"


def describe_group():
    return {"cmd": "aws", "args": ["describe-auto-scaling-instances"], "stdout": GROUP + "\n"}


class SelfHealingInstance(UserDataTest):
    data_volume = False

    @classmethod
    def setUpClass(cls):
        cls.template = stack("SELF_HEALING_INSTANCE_DRIVER", *(["--data-volume"] if cls.data_volume else []))

    def script(self, **overrides):
        samples = {"GroupLogicalId": "Group", "HookName": "self-healing-launch", "AllocationId": ALLOCATION,
                   "Address": ADDRESS, "WaitSeconds": "30", "VolumeId": VOLUME if self.data_volume else "",
                   "ConfigPath": "/my-stack", "LogGroup": "my-stack-LogGroup-XYZ", **overrides}
        script = user_data(self.template, "LaunchTemplate", samples)
        self.assertMoved(script)
        return script

    def failing_script(self, **overrides):
        """The script with a 2-second wait per step, for the paths that wait it out."""
        return self.script(WaitSeconds="2", **overrides)

    def completed(self, run, result):
        return run.called("aws", "complete-lifecycle-action", f"--lifecycle-action-result {result}",
                          f"--auto-scaling-group-name {GROUP}", "--lifecycle-hook-name self-healing-launch",
                          f"--instance-id {INSTANCE}")


class WithoutDataVolume(SelfHealingInstance):
    def test_associates_its_address_then_completes_its_launch(self):
        run = self.run_script(self.script(), self.imds([OLD_ADDRESS, ADDRESS]) + [describe_group()])
        self.assertEqual(run.returncode, 0, run.output)
        self.assertEqual(len(run.called("aws", "ec2 associate-address", f"--allocation-id {ALLOCATION}",
                                        f"--instance-id {INSTANCE}", "--allow-reassociation")), 1)
        self.assertEqual(len(self.completed(run, "CONTINUE")), 1)
        self.assertFalse(self.completed(run, "ABANDON"))
        self.assertTrue(run.called("aws", "signal-resource", "--stack-name my-stack", "--logical-resource-id Group",
                                   "--status SUCCESS"))
        names = [c[0] for c in run.calls]
        # In service only after it answers at its address.
        self.assertLess(max(i for i, c in enumerate(run.calls) if "public-ipv4" in " ".join(c)),
                        next(i for i, c in enumerate(run.calls) if "complete-lifecycle-action" in c))
        self.assertNotIn("mkfs.ext4", names)

    def test_retries_the_association_while_iam_and_ec2_catch_up(self):
        rules = self.imds([ADDRESS]) + [describe_group(),
                                        {"cmd": "aws", "args": ["associate-address"], "exit": 254, "times": 3}]
        run = self.run_script(self.script(), rules)
        self.assertEqual(run.returncode, 0, run.output)
        self.assertEqual(len(run.called("aws", "associate-address")), 4)
        self.assertEqual(len(self.completed(run, "CONTINUE")), 1)

    def test_abandons_its_launch_when_the_address_cannot_be_had(self):
        rules = self.imds([ADDRESS]) + [describe_group(), {"cmd": "aws", "args": ["associate-address"], "exit": 254}]
        run = self.run_script(self.failing_script(), rules)
        self.assertNotEqual(run.returncode, 0)
        self.assertEqual(len(self.completed(run, "ABANDON")), 1)
        self.assertFalse(self.completed(run, "CONTINUE"))
        self.assertFalse(run.called("aws", "signal-resource"))
        self.assertIn("cannot associate", run.output)

    def test_abandons_when_it_never_answers_at_the_address(self):
        run = self.run_script(self.failing_script(), self.imds([OLD_ADDRESS]) + [describe_group()])
        self.assertNotEqual(run.returncode, 0)
        self.assertEqual(len(self.completed(run, "ABANDON")), 1)
        self.assertIn(f"the public address is '{OLD_ADDRESS}', not {ADDRESS}", run.output)

    def test_reads_its_configuration_into_a_file_only_root_reads(self):
        params = json.dumps({"Parameters": [{"Name": "/my-stack/db", "Value": "x"}]})
        rules = self.imds([ADDRESS]) + [describe_group(),
                                        {"cmd": "aws", "args": ["get-parameters-by-path", "--path /my-stack",
                                                                "--with-decryption"], "stdout": params}]
        run = self.run_script(self.script(), rules)
        self.assertEqual(run.returncode, 0, run.output)
        written = run.root / "run/self-healing-instance/parameters.json"
        self.assertEqual(json.loads(written.read_text()), json.loads(params))
        self.assertEqual(stat.S_IMODE(written.stat().st_mode) & 0o077, 0)

    def test_ships_its_logs_with_the_cloudwatch_agent_but_heals_without_it(self):
        run = self.run_script(self.script(), self.imds([ADDRESS]) + [describe_group()])
        self.assertTrue(run.called("dnf", "install", "amazon-cloudwatch-agent"))
        config = json.loads((run.root / "opt/aws/amazon-cloudwatch-agent/etc/self-healing-instance.json").read_text())
        groups = {f["log_group_name"] for f in config["logs"]["logs_collected"]["files"]["collect_list"]}
        self.assertEqual(groups, {"my-stack-LogGroup-XYZ"})
        self.assertTrue(run.called("amazon-cloudwatch-agent-ctl", "fetch-config"))
        broken = self.run_script(self.script(), self.imds([ADDRESS]) + [describe_group(),
                                                                          {"cmd": "dnf", "exit": 1}])
        self.assertEqual(broken.returncode, 0, broken.output)
        self.assertEqual(len(self.completed(broken, "CONTINUE")), 1)

    def test_without_a_log_group_or_path_it_skips_both(self):
        run = self.run_script(self.script(LogGroup="", ConfigPath=""), self.imds([ADDRESS]) + [describe_group()])
        self.assertEqual(run.returncode, 0, run.output)
        self.assertFalse(run.called("dnf"))
        self.assertFalse(run.called("aws", "get-parameters-by-path"))


class WithDataVolume(SelfHealingInstance):
    data_volume = True

    def volume_rules(self, blkid_exit, cmp_exit=0, held_by=None, sizes=(10737418240, 10737418240)):
        holder = held_by or INSTANCE
        first = [{"cmd": "aws", "args": ["describe-volumes"], "stdout": f"in-use\t{held_by}\n", "times": 10 ** 6}] \
            if held_by else [{"cmd": "aws", "args": ["describe-volumes"], "stdout": "available\tNone\n", "times": 1}]
        return self.imds([ADDRESS]) + [describe_group()] + first + [
            {"cmd": "aws", "args": ["describe-volumes"], "stdout": f"in-use\t{holder}\n"},
            {"cmd": "lsblk", "stdout": "nvme0n1 vol0aaaaaaaaaaaaaaaaa\nnvme1n1 " + VOLUME.replace("-", "") + "\n"},
            {"cmd": "blkid", "args": ["-s UUID"], "stdout": "1b4e28ba-2fa1-11d2-883f-0016d3cca427\n"},
            {"cmd": "blkid", "args": ["-s TYPE"], "stdout": "ext4\n"},
            {"cmd": "blkid", "args": ["-p /dev/nvme1n1"], "exit": blkid_exit, "times": 1},
            {"cmd": "cmp", "exit": cmp_exit},
            {"cmd": "mountpoint", "exit": 1},
            {"cmd": "blockdev", "stdout": f"{sizes[0]}\n"},
            {"cmd": "dumpe2fs", "stdout": f"Block count:              {sizes[1] // 4096}\nBlock size:               4096\n"},
        ]

    def test_attaches_formats_a_blank_volume_and_mounts_it_by_uuid(self):
        run = self.run_script(self.script(), self.volume_rules(blkid_exit=2, cmp_exit=0))
        self.assertEqual(run.returncode, 0, run.output)
        self.assertEqual(len(run.called("aws", "attach-volume", f"--volume-id {VOLUME}", f"--instance-id {INSTANCE}")), 1)
        self.assertEqual(run.called("mkfs.ext4"), [["mkfs.ext4", "-q", "-L", "data", "/dev/nvme1n1"]])
        self.assertTrue(run.called("cmp", "-n 1048576", "/dev/nvme1n1"))
        self.assertTrue(run.called("mount", "UUID=1b4e28ba-2fa1-11d2-883f-0016d3cca427"))
        self.assertIn(f"UUID=1b4e28ba-2fa1-11d2-883f-0016d3cca427 {run.root}/data ext4 defaults,nofail 0 2",
                      (run.root / "etc/fstab").read_text())
        self.assertEqual(len(self.completed(run, "CONTINUE")), 1)
        self.assertFalse(run.called("resize2fs"))

    def test_keeps_a_volume_that_has_a_file_system(self):
        run = self.run_script(self.script(), self.volume_rules(blkid_exit=0))
        self.assertEqual(run.returncode, 0, run.output)
        self.assertFalse(run.called("mkfs.ext4"))
        self.assertFalse(run.called("cmp"))
        self.assertEqual(len(self.completed(run, "CONTINUE")), 1)

    def test_never_formats_a_device_it_cannot_read(self):
        # blkid says "nothing found" (2) for a device it cannot read; cmp cannot read it either.
        run = self.run_script(self.script(), self.volume_rules(blkid_exit=2, cmp_exit=2))
        self.assertNotEqual(run.returncode, 0)
        self.assertFalse(run.called("mkfs.ext4"))
        self.assertFalse(run.called("mount"))
        self.assertEqual(len(self.completed(run, "ABANDON")), 1)
        self.assertIn("cannot read /dev/nvme1n1", run.output)

    def test_never_formats_data_blkid_does_not_recognise(self):
        run = self.run_script(self.script(), self.volume_rules(blkid_exit=2, cmp_exit=1))
        self.assertNotEqual(run.returncode, 0)
        self.assertFalse(run.called("mkfs.ext4"))
        self.assertEqual(len(self.completed(run, "ABANDON")), 1)

    def test_never_formats_when_blkid_fails(self):
        for code in (4, 8):
            run = self.run_script(self.script(), self.volume_rules(blkid_exit=code))
            self.assertNotEqual(run.returncode, 0)
            self.assertFalse(run.called("mkfs.ext4"))
            self.assertFalse(run.called("cmp"))
            self.assertEqual(len(self.completed(run, "ABANDON")), 1)

    def test_grows_the_file_system_of_a_grown_volume(self):
        run = self.run_script(self.script(),
                              self.volume_rules(blkid_exit=0, sizes=(21474836480, 10737418240)))
        self.assertEqual(run.returncode, 0, run.output)
        self.assertEqual(run.called("resize2fs"), [["resize2fs", "/dev/nvme1n1"]])

    def test_abandons_when_the_volume_does_not_mount(self):
        run = self.run_script(self.script(), [{"cmd": "mount", "exit": 32}] + self.volume_rules(blkid_exit=0))
        self.assertNotEqual(run.returncode, 0)
        self.assertEqual(len(self.completed(run, "ABANDON")), 1)
        self.assertFalse(self.completed(run, "CONTINUE"))

    def test_waits_for_a_volume_held_elsewhere_and_never_detaches_it(self):
        run = self.run_script(self.failing_script(), self.volume_rules(blkid_exit=0, held_by="i-0fffffffffffffff0"))
        self.assertNotEqual(run.returncode, 0)
        self.assertFalse(run.called("aws", "attach-volume"))
        self.assertFalse(run.called("aws", "detach-volume"))
        self.assertGreater(len(run.called("aws", "describe-volumes")), 1)
        self.assertEqual(len(self.completed(run, "ABANDON")), 1)


del SelfHealingInstance  # a base, not a test

if __name__ == "__main__":
    unittest.main()
