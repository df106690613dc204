"""What both Lambda test modules need: the functions loaded from
lib/patterns/autoheal, dummy AWS credentials, a clock that sleeps instantly,
and a Lambda context with a chosen remaining time."""
import importlib.util
import os
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
AWS_ENV = {
    "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing", "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_CONFIG_FILE": os.devnull, "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    "AWS_EC2_METADATA_DISABLED": "true",
}


def load(name):
    """The module lib/patterns/autoheal/NAME.py, as Lambda would import index.py."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "lib/patterns/autoheal" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class FakeClock:
    """Replaces a module's time: sleeping advances the clock instantly."""

    def __init__(self):
        self.now, self.slept = 1000.0, 0.0

    def monotonic(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds
        self.slept += seconds


class FakeContext:
    def __init__(self, remaining_ms=300_000):
        self.remaining_ms = remaining_ms

    def get_remaining_time_in_millis(self):
        return self.remaining_ms
