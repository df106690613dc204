"""`cfnpp fmt` keeps what a template means, as an independent reader sees it:
every template is formatted to YAML and to JSON by the cfnpp tool, and
PyYAML (with CloudFormation's rules, cfn_oracle.py) must read each output to
the same data as the original. A template PyYAML refuses must be refused by
cfnpp fmt too.

    fmt_readback.py CFNPP FILE|DIR...
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cfn_oracle  # noqa: E402

sys.setrecursionlimit(20000)


def read(text):
    try:
        return cfn_oracle.read(text)[1]
    except cfn_oracle.Rejected as e:
        return e


def main():
    cfnpp, files = sys.argv[1], cfn_oracle.template_files(sys.argv[2:])
    failures = 0
    checked = 0
    for path in files:
        with open(path, "rb") as f:
            original = read(f.read().decode("utf-8", errors="replace"))
        for to in ("yaml", "json"):
            run = subprocess.run([cfnpp, "fmt", "--to", to, path], capture_output=True)
            if isinstance(original, cfn_oracle.Rejected):
                if run.returncode == 0:
                    print("%s: PyYAML refuses it (%s) but cfnpp fmt --to %s formats it" % (path, original, to))
                    failures += 1
                continue
            if run.returncode != 0:
                print("%s: cfnpp fmt --to %s failed: %s" % (path, to, run.stderr.decode("utf-8", "replace").strip()))
                failures += 1
                continue
            again = read(run.stdout.decode("utf-8"))
            checked += 1
            if again != original:
                failures += 1
                print("%s: cfnpp fmt --to %s changed the data PyYAML reads" % (path, to))
                for key in original:
                    if again.get(key) != original[key] if isinstance(again, dict) else True:
                        print("  section %s: %r\n       now: %r" % (key, original[key], again.get(key) if isinstance(again, dict) else again))
                        break
    print("%d templates, %d outputs read back by PyYAML: %d failures" % (len(files), checked, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
