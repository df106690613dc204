"""The GitHub Actions recipe of docs/ci.md, as written there: its YAML read by
PyYAML, and its Lint, Canonical form and Diff steps run with bash (as
`shell: bash` runs them: -eo pipefail) on a scratch repository whose pull
request changes a topic's TopicName (which AWS documents as "Update
requires: Replacement"), moves, adds and removes templates.

    ci_recipe_test.py CFNPP DOCS_CI_MD
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def topic(name):
    return "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: %s\n" % name


def git(repo, *args):
    subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True)


def run_step(step, repo, env):
    run = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=repo,
                         env={**env, **{k: v for k, v in step.get("env", {}).items() if "${{" not in v}},
                         capture_output=True, text=True)
    return run.returncode, run.stdout + run.stderr


def main():
    cfnpp, doc = os.path.abspath(sys.argv[1]), sys.argv[2]
    with open(doc, encoding="utf-8") as f:
        text = f.read()
    block = re.search(r"## GitHub Actions\n.*?```yaml\n(.*?)```", text, re.S).group(1)
    workflow = yaml.safe_load(block)
    steps = {s.get("name", s.get("uses")): s for s in workflow["jobs"]["cfnpp"]["steps"]}
    upload = steps["Upload the findings to code scanning"]
    check(upload["uses"].startswith("github/codeql-action/upload-sarif@"), "upload step: %s" % upload)
    check(upload["with"]["sarif_file"] in steps["Lint"]["run"], "the SARIF file uploaded is not the one written")
    check(steps["Lint"].get("continue-on-error") is True and upload.get("if") == "always()",
          "the findings are not uploaded when lint fails")
    check(steps["Fail on lint errors"]["if"] == "steps.lint.outcome == 'failure'", "lint errors do not fail the job")
    check(workflow["permissions"].get("security-events") == "write", "no security-events: write for upload-sarif")

    with tempfile.TemporaryDirectory() as work:
        repo = os.path.join(work, "repo")
        os.makedirs(os.path.join(repo, "templates"))
        env = {"PATH": os.path.dirname(cfnpp) + os.pathsep + os.environ["PATH"], "HOME": work,
               "RUNNER_TEMP": os.path.join(work, "runner"), "TEMPLATES": workflow["env"]["TEMPLATES"],
               "GIT_CONFIG_GLOBAL": os.path.join(work, "gitconfig")}
        git(repo, "init", "-q", ".")
        for key, value in (("user.email", "test@example.com"), ("user.name", "test")):
            subprocess.run(["git", "config", "--global", key, value], env=env, check=True)
        files = {"templates/Alerts.yaml": topic("alerts"), "templates/Moved.yaml": topic("moved"),
                 "templates/Gone.yaml": topic("gone")}
        for name, content in files.items():
            with open(os.path.join(repo, name), "w") as f:
                f.write(content)
        subprocess.run(["git", "-C", repo, "add", "."], env=env, check=True)
        subprocess.run(["git", "-C", repo, "commit", "-qm", "base"], env=env, check=True)
        base = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], env=env, capture_output=True, text=True,
                              check=True).stdout.strip()
        with open(os.path.join(repo, "templates/Alerts.yaml"), "w") as f:
            f.write(topic("alarms"))
        with open(os.path.join(repo, "templates/New.yaml"), "w") as f:
            f.write(topic("new"))
        subprocess.run(["git", "-C", repo, "mv", "templates/Moved.yaml", "templates/Renamed.yaml"], env=env, check=True)
        subprocess.run(["git", "-C", repo, "rm", "-q", "templates/Gone.yaml"], env=env, check=True)
        subprocess.run(["git", "-C", repo, "add", "."], env=env, check=True)
        subprocess.run(["git", "-C", repo, "commit", "-qm", "change"], env=env, check=True)
        env["BASE"] = base

        code, out = run_step(steps["Lint"], repo, env)
        check(code == 0, "Lint on clean templates: exit %d\n%s" % (code, out))
        with open(os.path.join(repo, upload["with"]["sarif_file"])) as f:
            log = json.load(f)
        check(log["version"] == "2.1.0" and log["runs"][0]["results"] == [], "Lint: the SARIF log %s" % log["runs"][0])
        code, out = run_step(steps["Canonical form"], repo, env)
        check(code == 0, "Canonical form on canonical templates: exit %d\n%s" % (code, out))

        code, out = run_step(steps["Diff of each changed template"], repo, env)
        check(code == 0, "Diff: exit %d\n%s" % (code, out))
        with open(os.path.join(repo, "cfnpp-diff.md")) as f:
            comment = f.read()
        for expected in ("**templates/New.yaml** is a new template",
                         "**templates/Gone.yaml** is removed",
                         "`Properties.TopicName`: `alerts` → `alarms` — **replace**",
                         "templates/Alerts.yaml"):
            check(expected in comment, "Diff: the comment lacks %r:\n%s" % (expected, comment))
        check("No changes: `%s/base/templates/Moved.yaml` and `templates/Renamed.yaml`" % env["RUNNER_TEMP"] in comment,
              "Diff: the template moved unchanged:\n%s" % comment)

        # A template with an error: Lint fails (the job goes on, then fails), the log still has it.
        with open(os.path.join(repo, "templates/Alerts.yaml"), "a") as f:
            f.write("    DependsOn: Nothing\n")
        code, out = run_step(steps["Lint"], repo, env)
        with open(os.path.join(repo, upload["with"]["sarif_file"])) as f:
            results = json.load(f)["runs"][0]["results"]
        check(code == 1 and [r["ruleId"] for r in results] == ["E3005"],
              "Lint with an error: exit %d, results %s" % (code, results))
        with open(os.path.join(repo, "templates/New.yaml"), "w") as f:
            f.write('{"Resources": {"Topic": {"Type": "AWS::SNS::Topic"}}}\n')
        code, out = run_step(steps["Canonical form"], repo, env)
        check(code == 1 and "templates/New.yaml" in out, "Canonical form on JSON in a .yaml: exit %d\n%s" % (code, out))

    for f in failures:
        print("FAIL:", f)
    print("ci recipe: %d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
