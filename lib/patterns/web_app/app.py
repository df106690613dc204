"""The self-healing web application's server (cfnpp, lib/patterns/web_app/app.py).

A small HTTP server for the instances of the web tier: the load balancer's
health check path answers while the process serves (it does not depend on the
database, so a database failover does not make the group replace every
instance), "/" shows which instance and zone answered and whether the database
is reachable, and /status.json says the same for programs (the instance's own
smoke test reads it). Configuration comes from the environment, which the
user data writes to /etc/webapp.env.
"""

import html
import json
import os
import socket
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

IMDS = os.environ.get("IMDS_URL", "http://169.254.169.254")
DB_HOST = os.environ.get("DB_HOST", "")
DB_PORT = int(os.environ.get("DB_PORT", "5432"))
HEALTH_PATH = os.environ.get("HEALTH_PATH", "/health")


def metadata(path):
    """One instance metadata item through IMDSv2 (a session token first)."""
    token_request = urllib.request.Request(
        IMDS + "/latest/api/token", method="PUT", headers={"X-aws-ec2-metadata-token-ttl-seconds": "300"}
    )
    with urllib.request.urlopen(token_request, timeout=2) as response:
        token = response.read().decode()
    item = urllib.request.Request(IMDS + "/latest/meta-data/" + path, headers={"X-aws-ec2-metadata-token": token})
    with urllib.request.urlopen(item, timeout=2) as response:
        return response.read().decode()


def instance_identity():
    try:
        return metadata("instance-id"), metadata("placement/availability-zone")
    except OSError:
        return "unknown", "unknown"


def database_reachable():
    """True when a TCP connection to the database's endpoint opens within 2 seconds."""
    if not DB_HOST:
        return False
    try:
        with socket.create_connection((DB_HOST, DB_PORT), timeout=2):
            return True
    except OSError:
        return False


INSTANCE_ID, ZONE = instance_identity()


class Handler(BaseHTTPRequestHandler):
    server_version = "webapp"

    def reply(self, status, content_type, body):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def status(self):
        return {
            "instance": INSTANCE_ID,
            "zone": ZONE,
            "database": "reachable" if database_reachable() else "unreachable",
        }

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path == HEALTH_PATH:
            self.reply(200, "text/plain", "ok\n")
        elif path == "/status.json":
            self.reply(200, "application/json", json.dumps(self.status()) + "\n")
        elif path == "/":
            s = {key: html.escape(value) for key, value in self.status().items()}
            self.reply(
                200,
                "text/html; charset=utf-8",
                "<!doctype html><title>Self-healing web app</title>"
                f"<h1>Served by {s['instance']}</h1><p>Availability zone: {s['zone']}</p>"
                f"<p>Database: {s['database']}</p>\n",
            )
        else:
            self.reply(404, "text/plain", "not found\n")

    def log_message(self, format, *args):  # one line per request, to the journal
        print("%s %s" % (self.address_string(), format % args), flush=True)


def main():
    bind = os.environ.get("APP_BIND", "0.0.0.0")
    port = int(os.environ.get("APP_PORT", "80"))
    ThreadingHTTPServer((bind, port), Handler).serve_forever()


if __name__ == "__main__":
    main()
