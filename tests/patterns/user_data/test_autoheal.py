"""The Autoheal instance's user data, run with stubbed AWS, disks and system:
DeviceAttachment (stubbed away) has attached the volume and associated the
address; the instance mounts the volume and completes its own launch."""
import unittest

from harness import INSTANCE, OLD_ADDRESS, UserDataTest, stack, user_data

ADDRESS = "203.0.113.20"
VOLUME = "vol-0fedcba9876543210"
GROUP = "my-stack-AutohealGroup-XYZ"
UUID = "0b9e28ba-2fa1-11d2-883f-0016d3cca427"


class AutohealUserData(UserDataTest):
    @classmethod
    def setUpClass(cls):
        cls.template = stack("AUTOHEAL_DRIVER")

    def script(self, wait="30"):
        script = user_data(self.template, "AutohealLaunchTemplate",
                           {"GroupLogicalId": "AutohealGroup", "HookName": "DeviceAttachment", "VolumeId": VOLUME,
                            "Address": ADDRESS, "WaitSeconds": wait})
        self.assertMoved(script)
        return script

    def rules(self, blkid_exit=0, cmp_exit=0, device_after=0, addresses=(ADDRESS,)):
        """The volume shows up after `device_after` lsblk calls; public-ipv4 answers `addresses`."""
        serial_line = "nvme1n1 " + VOLUME.replace("-", "") + "\n"
        rules = self.imds(list(addresses))
        if device_after:
            rules.append({"cmd": "lsblk", "stdout": "nvme0n1 vol0aaaaaaaaaaaaaaaaa\n", "times": device_after})
        return rules + [
            {"cmd": "lsblk", "stdout": "nvme0n1 vol0aaaaaaaaaaaaaaaaa\n" + serial_line},
            {"cmd": "aws", "args": ["describe-auto-scaling-instances", f"--instance-ids {INSTANCE}"],
             "stdout": GROUP + "\n"},
            {"cmd": "blkid", "args": ["-s UUID"], "stdout": UUID + "\n"},
            {"cmd": "blkid", "args": ["-s TYPE"], "stdout": "ext4\n"},
            {"cmd": "blkid", "args": ["-p /dev/nvme1n1"], "exit": blkid_exit, "times": 1},
            {"cmd": "cmp", "exit": cmp_exit},
            {"cmd": "mountpoint", "exit": 1},
            {"cmd": "blockdev", "stdout": "8589934592\n"},
            {"cmd": "dumpe2fs", "stdout": "Block count:              2097152\nBlock size:               4096\n"},
        ]

    def completed(self, run, result):
        return run.called("aws", "complete-lifecycle-action", f"--lifecycle-action-result {result}",
                          f"--auto-scaling-group-name {GROUP}", "--lifecycle-hook-name DeviceAttachment",
                          f"--instance-id {INSTANCE}")

    def test_mounts_the_volume_checks_its_address_and_completes_its_launch(self):
        run = self.run_script(self.script(), self.rules(blkid_exit=2, device_after=3,
                                                        addresses=(OLD_ADDRESS, OLD_ADDRESS, ADDRESS)))
        self.assertEqual(run.returncode, 0, run.output)
        self.assertEqual(run.called("mkfs.ext4"), [["mkfs.ext4", "-q", "-L", "data", "/dev/nvme1n1"]])
        self.assertTrue(run.called("mount", f"UUID={UUID}", f"{run.root}/data"))
        self.assertIn(f"UUID={UUID} {run.root}/data ext4 defaults,nofail 0 2", (run.root / "etc/fstab").read_text())
        self.assertEqual(len(self.completed(run, "CONTINUE")), 1)
        self.assertFalse(self.completed(run, "ABANDON"))
        self.assertTrue(run.called("aws", "signal-resource", "--logical-resource-id AutohealGroup", "--status SUCCESS"))
        # It never attaches or associates anything itself: DeviceAttachment does.
        self.assertFalse(run.called("aws", "attach-volume"))
        self.assertFalse(run.called("aws", "associate-address"))
        # In service only after the mount.
        names = [" ".join(c) for c in run.calls]
        self.assertLess(max(i for i, c in enumerate(names) if c.startswith("mount ")),
                        next(i for i, c in enumerate(names) if "complete-lifecycle-action" in c))

    def test_keeps_the_data_of_a_volume_with_a_file_system(self):
        run = self.run_script(self.script(), self.rules(blkid_exit=0))
        self.assertEqual(run.returncode, 0, run.output)
        self.assertFalse(run.called("mkfs.ext4"))
        self.assertEqual(len(self.completed(run, "CONTINUE")), 1)

    def test_never_formats_a_volume_it_cannot_read_and_abandons(self):
        run = self.run_script(self.script(), self.rules(blkid_exit=2, cmp_exit=2))
        self.assertNotEqual(run.returncode, 0)
        self.assertFalse(run.called("mkfs.ext4"))
        self.assertFalse(run.called("mount"))
        self.assertEqual(len(self.completed(run, "ABANDON")), 1)
        self.assertFalse(self.completed(run, "CONTINUE"))

    def test_abandons_when_the_volume_never_appears(self):
        run = self.run_script(self.script(wait="2"), self.rules(device_after=10 ** 6))
        self.assertNotEqual(run.returncode, 0)
        self.assertIn(f"data volume {VOLUME} did not appear within 2 s", run.output)
        self.assertEqual(len(self.completed(run, "ABANDON")), 1)

    def test_abandons_when_the_address_never_comes(self):
        run = self.run_script(self.script(wait="2"), self.rules(addresses=(OLD_ADDRESS,)))
        self.assertNotEqual(run.returncode, 0)
        self.assertTrue(run.called("mount"))
        self.assertEqual(len(self.completed(run, "ABANDON")), 1)

    def test_abandons_when_the_volume_does_not_mount(self):
        run = self.run_script(self.script(), [{"cmd": "mount", "exit": 32}] + self.rules())
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("cannot mount /dev/nvme1n1", run.output)
        self.assertEqual(len(self.completed(run, "ABANDON")), 1)

    def test_an_abandon_that_finds_no_group_leaves_it_to_the_hook(self):
        rules = [{"cmd": "aws", "args": ["describe-auto-scaling-instances"], "stdout": "None\n"},
                 {"cmd": "mount", "exit": 32}] + self.rules()
        run = self.run_script(self.script(), rules)
        self.assertNotEqual(run.returncode, 0)
        self.assertFalse(run.called("aws", "complete-lifecycle-action"))
        self.assertIn("the hook's timeout decides", run.output)


if __name__ == "__main__":
    unittest.main()
