"""`cfnpp lint --format sarif` and `--format junit`, read by independent tools:
the SARIF log is validated against the SARIF 2.1.0 schema (python3-jsonschema)
and the JUnit report is parsed by Python's XML parser. Both are written for
templates built here, whose findings, lines and columns (in code points,
counted by Python) are known without asking cfnpp; file names need quoting
in a URI, messages need escaping in XML.

    reports_check.py sarif CFNPP SCHEMA
    reports_check.py junit CFNPP
"""
import json
import os
import subprocess
import sys
import tempfile
import urllib.parse
import xml.etree.ElementTree as ElementTree

# name -> (text, the findings reported: [(code, line, token the finding points at)], codes suppressed)
TEMPLATES = {
    # Non-ASCII text before a finding on its line: SARIF counts the column in code points.
    "dir with space/non ascii.yaml": (
        "Resources:\n"
        "  Queue:\n"
        "    Type: AWS::SQS::Queue\n"
        '    DependsOn: ["Ünknown", "Ñope"]\n',
        [("E3005", 4, '"Ünknown"'), ("E3005", 4, '"Ñope"')],
        [],
    ),
    # Suppressed at the template level (E3011) and in one resource (E3005), reported in another.
    "suppressed.yaml": (
        "Metadata:\n"
        "  cfn-lint:\n"
        "    config:\n"
        "      ignore_checks: [E301]\n"
        "Resources:\n"
        "  bad-name:\n"
        "    Type: AWS::SNS::Topic\n"
        "  Topic:\n"
        "    Type: AWS::SNS::Topic\n"
        "    DependsOn: Nothing\n"
        "  Queue:\n"
        "    Type: AWS::SQS::Queue\n"
        "    DependsOn: Nowhere\n"
        "    Metadata:\n"
        "      cfn-lint: {config: {ignore_checks: [E3005]}}\n",
        [("E3005", 10, "Nothing")],
        ["E3011", "E3005"],
    ),
    # A name with XML's special characters and an escape character, quoted in the message.
    "escapes.yaml": (
        "Resources:\n"
        '  "a<b&c>\'\\"\\e":\n'
        "    Type: AWS::SNS::Topic\n",
        [("E3011", 2, '"a<b')],
        [],
    ),
}
UNPARSABLE = "unparsable.yaml"  # line 2: a mapping value where none may be
UNPARSABLE_TEXT = "Resources:\n  a: b: c\n"

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def column(text, line, token):
    """The 1-based code point column of `token` on `line`."""
    return text.split("\n")[line - 1].index(token) + 1


def run_lint(cfnpp, directory, fmt):
    files = sorted(TEMPLATES) + [UNPARSABLE]
    run = subprocess.run([cfnpp, "lint", "--format", fmt] + files, cwd=directory, capture_output=True)
    check(run.returncode == 2, "exit %d, not 2 (an unparsable file)" % run.returncode)
    return run.stdout.decode("utf-8"), files


def rules(cfnpp):
    out = subprocess.run([cfnpp, "lint", "--list-rules", "--format", "json"], capture_output=True, check=True)
    return json.loads(out.stdout)


def check_sarif(cfnpp, schema_path, directory):
    import jsonschema  # Debian's python3-jsonschema

    text, files = run_lint(cfnpp, directory, "sarif")
    log = json.loads(text)
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=str)
    for e in errors[:10]:
        failures.append("schema: %s at %s" % (e.message, list(e.absolute_path)))
    (run,) = log["runs"]

    listed = rules(cfnpp)
    driver_rules = run["tool"]["driver"]["rules"]
    check([r["id"] for r in driver_rules] == [r["code"] for r in listed], "tool.driver.rules are not every rule")
    for sarif_rule, rule in zip(driver_rules, listed):
        check(sarif_rule["shortDescription"]["text"] == rule["title"], "%s: shortDescription" % rule["code"])
        check(sarif_rule["fullDescription"]["text"] == rule["description"], "%s: fullDescription" % rule["code"])
        check(sarif_rule["helpUri"] == rule["source"], "%s: helpUri" % rule["code"])
        check(rule["description"] in sarif_rule["help"]["text"] and rule["source"] in sarif_rule["help"]["markdown"],
              "%s: help" % rule["code"])
        check(sarif_rule["defaultConfiguration"]["level"] == rule["severity"], "%s: level" % rule["code"])

    seen = []
    for result in run["results"]:
        check(driver_rules[result["ruleIndex"]]["id"] == result["ruleId"], "ruleIndex of %s" % result["ruleId"])
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        uri = physical["artifactLocation"]["uri"]
        check(physical["artifactLocation"].get("uriBaseId") == "%SRCROOT%", "%s: no %%SRCROOT%%" % uri)
        check(" " not in uri, "%s: a space in a URI" % uri)
        name = urllib.parse.unquote(uri)
        region = physical["region"]
        seen.append((name, result["ruleId"], region["startLine"], region["startColumn"]))
        check(result["level"] == "error", "%s: level %s" % (uri, result["level"]))
        check(location["logicalLocations"][0]["fullyQualifiedName"].startswith("Resources"),
              "%s: logical location %s" % (uri, location["logicalLocations"]))
    expected = [(name, code, line, column(text_, line, token))
                for name, (text_, found, _) in sorted(TEMPLATES.items()) for code, line, token in found]
    check(sorted(seen) == sorted(expected), "results %s, expected %s" % (sorted(seen), sorted(expected)))
    suppressed = sum(len(s) for _, _, s in TEMPLATES.values())
    check(run["properties"]["suppressed"] == suppressed,
          "properties.suppressed %s, expected %d" % (run["properties"], suppressed))

    (invocation,) = run["invocations"]
    check(invocation["executionSuccessful"] is False, "executionSuccessful with an unparsable file")
    (notification,) = invocation["toolExecutionNotifications"]
    where = notification["locations"][0]["physicalLocation"]
    check(where["artifactLocation"]["uri"] == UNPARSABLE and where["region"]["startLine"] == 2,
          "the unparsable file's notification: %s" % notification)
    return len(run["results"])


def check_junit(cfnpp, directory):
    text, files = run_lint(cfnpp, directory, "junit")
    root = ElementTree.fromstring(text.encode("utf-8"))
    rule_count = len(rules(cfnpp))
    check(root.tag == "testsuites", "root element %s" % root.tag)
    suites = {suite.get("name"): suite for suite in root.findall("testsuite")}
    check(sorted(suites) == sorted(files), "suites %s" % sorted(suites))
    for name, (_, found, suppressed) in TEMPLATES.items():
        suite = suites[name]
        cases = suite.findall("testcase")
        check(len(cases) == rule_count == int(suite.get("tests")), "%s: %d cases for %d rules" % (name, len(cases), rule_count))
        failed = {c.get("name").split()[0]: c.find("failure") for c in cases if c.find("failure") is not None}
        skipped = sorted(c.get("name").split()[0] for c in cases if c.find("skipped") is not None)
        codes = {code for code, _, _ in found}
        check(sorted(failed) == sorted(codes), "%s: failed %s, expected %s" % (name, sorted(failed), sorted(codes)))
        check(skipped == sorted(set(suppressed) - codes), "%s: skipped %s" % (name, skipped))
        check(int(suite.get("failures")) == len(failed) and int(suite.get("skipped")) == len(skipped),
              "%s: counts %s" % (name, suite.attrib))
        for code, line, _ in found:
            check(("%s:%d:" % (name, line)) in failed[code].text, "%s: %s line %d not in %r" % (name, code, line, failed[code].text))
    message = suites["escapes.yaml"].find("testcase/failure").get("message")
    check("a<b&c>'\"\\x1B" in message, "escapes: the name is not in the message as written: %r" % message)
    problem = suites[UNPARSABLE]
    check(problem.get("errors") == "1" and problem.find("testcase/error") is not None, "the unparsable file: %s" % problem.attrib)
    check(int(root.get("tests")) == sum(int(s.get("tests")) for s in suites.values()), "testsuites tests")
    return sum(len(s.findall("testcase")) for s in suites.values())


def main():
    fmt, cfnpp = sys.argv[1], os.path.abspath(sys.argv[2])
    with tempfile.TemporaryDirectory() as directory:
        for name, (text, _, _) in list(TEMPLATES.items()) + [(UNPARSABLE, (UNPARSABLE_TEXT, [], []))]:
            os.makedirs(os.path.dirname(os.path.join(directory, name)), exist_ok=True)
            with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
                f.write(text)
        count = check_sarif(cfnpp, sys.argv[3], directory) if fmt == "sarif" else check_junit(cfnpp, directory)
    for f in failures:
        print("FAIL:", f)
    print("%s: %d %s checked, %d failures" % (fmt, count, "results" if fmt == "sarif" else "test cases", len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
