#!/usr/bin/env python3
"""A stand-in for a command the user data runs (curl, aws, blkid, mount...).

Installed under the command's name in the sandbox's bin/. Appends its name and
arguments to $STUB_LOG (one JSON list per line) and answers by the first rule
of $STUB_RULES (a JSON list) whose command is this one and whose every "args"
string occurs in the joined arguments: it prints "stdout" and exits with
"exit". A rule with "times" applies that many calls, then the next one does.
No rule: exit 0, print nothing.
"""
import json
import os
import sys
import time

name = os.path.basename(sys.argv[0])
args = sys.argv[1:]
joined = " ".join(args)
with open(os.environ["STUB_LOG"], "a") as log:
    log.write(json.dumps([name] + args) + "\n")
if name == "sleep":
    time.sleep(0.02)  # loops poll fast; their deadlines are real seconds
    sys.exit(0)

rules_path = os.environ["STUB_RULES"]
with open(rules_path) as f:
    rules = json.load(f)
used_path = rules_path + ".used"
used = json.load(open(used_path)) if os.path.exists(used_path) else {}
for index, rule in enumerate(rules):
    if rule["cmd"] != name or not all(a in joined for a in rule.get("args", [])):
        continue
    key = str(index)
    if "times" in rule and used.get(key, 0) >= rule["times"]:
        continue
    used[key] = used.get(key, 0) + 1
    with open(used_path, "w") as f:
        json.dump(used, f)
    sys.stdout.write(rule.get("stdout", ""))
    sys.exit(rule.get("exit", 0))
sys.exit(0)
