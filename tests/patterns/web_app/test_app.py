"""The web application of templates/SelfHealingWebApp.yaml, run as the instance runs it.

The script is taken from the template itself: the launch template's user data
(Fn::Sub evaluated by fn_sub.py, independently of cfnpp, with sample values), then the
application's source from the user data's heredoc. It is started on 127.0.0.1
with the AWS calls it makes stubbed: instance metadata (IMDSv2) by a local HTTP
server, the database by a local TCP listener.
"""

import http.server
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.error
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import cfn_yaml  # noqa: E402  (tests/patterns/cfn_yaml.py)
from fn_sub import evaluate_sub  # noqa: E402  (tests/patterns/fn_sub.py)

TEMPLATE = os.environ.get("WEB_APP_TEMPLATE", "templates/SelfHealingWebApp.yaml")


SAMPLE = {
    "AWS::StackName": "web",
    "AWS::Region": "eu-west-1",
    "GroupLogicalId": "AppGroup",
    "LaunchHookName": "smoke-test",
    "AppPort": "80",
    "HealthPath": "/health",
    "DbEndpoint": "db.example",
    "DbPort": "5432",
    "DbSecretArn": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db",
}


def application_source():
    template = cfn_yaml.load(TEMPLATE)
    user_data = template["Resources"]["AppLaunchTemplate"]["Properties"]["LaunchTemplateData"]["UserData"]
    text, _variables = user_data["Fn::Base64"]["Fn::Sub"]
    script = evaluate_sub(text, SAMPLE)
    match = re.search(r"<<'APP'\n(.*?)\nAPP\n", script, re.S)
    if match is None:
        raise AssertionError("the user data has no <<'APP' heredoc")
    return match.group(1) + "\n"


class MetadataStub(http.server.BaseHTTPRequestHandler):
    """IMDSv2: a token from PUT /latest/api/token, then metadata only with that token."""

    TOKEN = "token-123"
    ITEMS = {"instance-id": "i-0123456789abcdef0", "placement/availability-zone": "eu-west-1b"}

    def do_PUT(self):
        if self.path == "/latest/api/token" and self.headers.get("X-aws-ec2-metadata-token-ttl-seconds"):
            self._reply(200, self.TOKEN)
        else:
            self._reply(400, "bad request")

    def do_GET(self):
        item = self.path.removeprefix("/latest/meta-data/")
        if self.headers.get("X-aws-ec2-metadata-token") != self.TOKEN:
            self._reply(401, "unauthorized")
        elif item in self.ITEMS:
            self._reply(200, self.ITEMS[item])
        else:
            self._reply(404, "not found")

    def _reply(self, status, body):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.read().decode()


class WebApplicationTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.app = os.path.join(cls.tmp.name, "app.py")
        with open(cls.app, "w", encoding="utf-8") as f:
            f.write(application_source())

        cls.imds = http.server.ThreadingHTTPServer(("127.0.0.1", 0), MetadataStub)
        threading.Thread(target=cls.imds.serve_forever, daemon=True).start()
        cls.database = socket.create_server(("127.0.0.1", 0))
        cls.database.listen(16)

        cls.port = free_port()
        env = dict(os.environ, APP_BIND="127.0.0.1", APP_PORT=str(cls.port), HEALTH_PATH="/health",
                   IMDS_URL="http://127.0.0.1:%d" % cls.imds.server_address[1],
                   DB_HOST="127.0.0.1", DB_PORT=str(cls.database.getsockname()[1]))
        cls.server = subprocess.Popen([sys.executable, cls.app], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while True:
            try:
                get("http://127.0.0.1:%d/health" % cls.port)
                break
            except OSError:
                if cls.server.poll() is not None or time.monotonic() > deadline:
                    cls.tearDownClass()
                    raise AssertionError("the application did not start")
                time.sleep(0.1)

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        try:
            cls.server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            cls.server.kill()
            cls.server.wait()
        cls.server.stderr.close()
        cls.imds.shutdown()
        cls.imds.server_close()
        cls.database.close()
        cls.tmp.cleanup()

    def url(self, path):
        return "http://127.0.0.1:%d%s" % (self.port, path)

    def test_the_source_is_the_repository_file(self):
        here = os.path.dirname(os.path.abspath(__file__))
        with open(os.path.join(here, "..", "..", "..", "lib", "patterns", "web_app", "app.py"), encoding="utf-8") as f:
            self.assertEqual(application_source(), f.read())

    def test_health_check_path_answers(self):
        self.assertEqual(get(self.url("/health")), (200, "ok\n"))

    def test_status_names_the_instance_its_zone_and_the_database(self):
        status, body = get(self.url("/status.json"))
        self.assertEqual(status, 200)
        self.assertEqual(json.loads(body),
                         {"instance": "i-0123456789abcdef0", "zone": "eu-west-1b", "database": "reachable"})
        # The user data's smoke test looks for exactly this text.
        self.assertIn('"database": "reachable"', body)

    def test_the_page_shows_them_to_a_person(self):
        status, body = get(self.url("/"))
        self.assertEqual(status, 200)
        for text in ("i-0123456789abcdef0", "eu-west-1b", "Database: reachable"):
            self.assertIn(text, body)

    def test_unknown_paths_are_not_found(self):
        with self.assertRaises(urllib.error.HTTPError) as caught:
            get(self.url("/nope"))
        self.assertEqual(caught.exception.code, 404)


class DatabaseDownTest(unittest.TestCase):
    """With the database gone the page says so, and the health check still answers:
    a database failover must not make the group replace every instance."""

    def test_health_does_not_depend_on_the_database(self):
        with tempfile.TemporaryDirectory() as tmp:
            app = os.path.join(tmp, "app.py")
            with open(app, "w", encoding="utf-8") as f:
                f.write(application_source())
            closed = free_port()  # nothing listens there
            port = free_port()
            env = dict(os.environ, APP_BIND="127.0.0.1", APP_PORT=str(port), IMDS_URL="http://127.0.0.1:%d" % closed,
                       DB_HOST="127.0.0.1", DB_PORT=str(closed))
            server = subprocess.Popen([sys.executable, app], env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            try:
                deadline = time.monotonic() + 20
                while True:
                    try:
                        self.assertEqual(get("http://127.0.0.1:%d/health" % port), (200, "ok\n"))
                        break
                    except OSError:
                        self.assertIsNone(server.poll(), "the application exited")
                        self.assertLess(time.monotonic(), deadline, "the application did not start")
                        time.sleep(0.1)
                status = json.loads(get("http://127.0.0.1:%d/status.json" % port)[1])
                self.assertEqual(status, {"instance": "unknown", "zone": "unknown", "database": "unreachable"})
            finally:
                server.terminate()
                server.wait(timeout=10)


if __name__ == "__main__":
    unittest.main()
