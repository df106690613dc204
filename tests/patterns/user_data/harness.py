"""Runs the user data of the generated stacks in a sandbox: every command that
would touch AWS, a disk or the system is a stub (stub.py) answering by rules,
the files the script writes (fstab, its log, /data...) are moved under a
temporary directory, and CloudFormation's Fn::Sub is evaluated here, from its
documented rules (tests/patterns/fn_sub.py, independent of lib/sub)."""
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from fn_sub import evaluate_sub  # noqa: E402  (tests/patterns/fn_sub.py)

HERE = Path(__file__).resolve().parent
STUBBED = ["curl", "aws", "lsblk", "blkid", "cmp", "mkfs.ext4", "mount", "mountpoint", "udevadm", "systemctl",
           "blockdev", "dumpe2fs", "resize2fs", "xfs_growfs", "dnf", "sleep"]
# The script's variables that name absolute paths it writes to.
PATH_VARIABLES = ["log_file", "fstab", "mount_point", "config_file", "agent_config", "agent_ctl"]
PSEUDO = {"AWS::Region": "eu-west-1", "AWS::StackName": "my-stack"}
INSTANCE = "i-0123456789abcdef0"
OLD_ADDRESS = "198.51.100.7"


def stack(driver_variable, *args):
    """The template the driver named by this environment variable writes, as JSON."""
    out = subprocess.run([os.environ[driver_variable], "--format", "json", *args], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def user_data(template, launch_template, samples):
    """The script an instance of `launch_template` runs; each Sub variable takes samples[name]."""
    data = template["Resources"][launch_template]["Properties"]["LaunchTemplateData"]["UserData"]
    text, variables = data["Fn::Base64"]["Fn::Sub"]
    missing = set(variables) - set(samples)
    if missing:
        raise KeyError(f"no sample for {sorted(missing)}")
    return evaluate_sub(text, {**PSEUDO, **samples})


class Run:
    def __init__(self, returncode, output, calls, root):
        self.returncode, self.output, self.calls, self.root = returncode, output, calls, root

    def called(self, name, *needles):
        """The calls of command `name` whose arguments contain every needle."""
        return [c for c in self.calls if c[0] == name and all(n in " ".join(c[1:]) for n in needles)]


class UserDataTest(unittest.TestCase):
    """A test case with a sandbox; run() executes a script in it."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = Path(self.tmp.name)
        (self.root / "bin").mkdir()
        for name in STUBBED:
            self.install_stub(self.root / "bin" / name)
        (self.root / "etc").mkdir()
        (self.root / "var/log").mkdir(parents=True)
        (self.root / "etc" / "fstab").write_text("# fstab\n")

    def tearDown(self):
        self.tmp.cleanup()

    @staticmethod
    def install_stub(path):
        """stub.py under another name, run by this Python without site packages (fast to start)."""
        text = (HERE / "stub.py").read_text().split("\n", 1)[1]
        path.write_text(f"#!{sys.executable} -S\n" + text)
        path.chmod(0o755)

    def imds(self, addresses=None):
        """Rules for instance metadata: a token, the instance id, and public-ipv4 answering
        each address of `addresses` once, then the last one for ever."""
        rules = [{"cmd": "curl", "args": ["api/token"], "stdout": "token"},
                 {"cmd": "curl", "args": ["meta-data/instance-id"], "stdout": INSTANCE}]
        addresses = addresses or []
        for a in addresses[:-1]:
            rules.append({"cmd": "curl", "args": ["public-ipv4"], "stdout": a, "times": 1})
        if addresses:
            rules.append({"cmd": "curl", "args": ["public-ipv4"], "stdout": addresses[-1]})
        return rules

    def run_script(self, script, rules, timeout=60):
        moved = script
        for var in PATH_VARIABLES:
            moved = re.sub(rf"^{var}=/(\S*)$", lambda m: f"{var}={self.root}/{m.group(1)}", moved, flags=re.M)
        ctl = re.search(r"(?m)^agent_ctl=(\S+)$", moved)
        if ctl:  # the CloudWatch agent's control script, called by its path
            Path(ctl.group(1)).parent.mkdir(parents=True, exist_ok=True)
            self.install_stub(Path(ctl.group(1)))
        path = self.root / "user_data.sh"
        path.write_text(moved)
        (self.root / "rules.json").write_text(json.dumps(rules))
        Path(str(self.root / "rules.json") + ".used").unlink(missing_ok=True)
        log = self.root / "calls.log"
        log.write_text("")
        env = {**os.environ, "PATH": f"{self.root / 'bin'}:{os.environ['PATH']}",
               "STUB_LOG": str(log), "STUB_RULES": str(self.root / "rules.json")}
        done = subprocess.run(["bash", str(path)], env=env, capture_output=True, text=True, timeout=timeout)
        calls = [json.loads(line) for line in log.read_text().splitlines()]
        return Run(done.returncode, done.stdout + done.stderr, calls, self.root)

    def assertMoved(self, script):
        """Every path variable the test moves exists in the script, so none is written outside the sandbox."""
        for var in PATH_VARIABLES:
            if re.search(rf"\${var}\b", script):
                self.assertRegex(script, rf"(?m)^{var}=/\S*$", f"{var} is not assigned an absolute path")
