#!/usr/bin/env python3
"""How far `cfnpp lint` agrees with cfn-lint on the AWS sample corpus.

cfn-lint (v1.51.5) is a reference, not the truth: its findings on the corpus
are in ../shared/corpus/cfn-lint-findings.json, and the ones this project
decided are cfn-lint's mistakes are listed, each with its reason and source,
in tests/lint/cfn_lint_mistakes.txt. Errors only (E codes; a cfnpp parse
error counts as an error at its line); warnings are advice and not compared.

Printed, per file and per cfn-lint code:
  recall       of the files where cfn-lint reports an error (not a listed
               mistake), the share where cfnpp reports one too;
  specificity  of the files cfn-lint finds clean, the share cfnpp finds clean;
  same line    of cfn-lint's errors, the share with a cfnpp error in the same
               file within 2 lines.

  agreement.py --cfnpp build/bin/cfnpp [--check] [--min-recall P] [--min-same-line P] [--verbose]

--check exits 1 unless recall >= --min-recall (default 90 %, issue 12's
target), same line >= --min-same-line (default 70 %, the target), every
listed mistake is one cfn-lint still makes, and every cfnpp error on a file
cfn-lint finds clean is one tests/lint/corpus_expected_errors.txt lists with
its reason. The CTest test holds the figures reached so far as floors.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(SOURCE, "..", "shared")
LINES = 2  # "the same line (±2)"

FINDING = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning) (?P<code>[EW]\d{4}): ")
PARSE_ERROR = re.compile(r"^cfnpp: (?P<file>.+?):(?P<line>\d+):(?P<column>\d+): ")
SUMMARY = re.compile(r"^cfnpp lint: \d+ errors?, \d+ warnings?, \d+ suppressed$")
MISTAKE = re.compile(r"^(?P<file>\S+):(?P<line>\d+) (?P<code>E\d{4})  ## (?P<reason>\S.*)$")


def corpus_files(corpus):
    out = []
    for root, _, files in os.walk(corpus):
        for name in files:
            if name != "LICENSE.txt":
                out.append(os.path.relpath(os.path.join(root, name), corpus))
    return sorted(out)


def cfnpp_errors(cfnpp, corpus, files):
    """{file: [(line, code)]} of cfnpp's errors; a parse error has code 'parse'."""
    errors = collections.defaultdict(list)
    run = subprocess.run([cfnpp, "lint", "--no-warnings", *files], cwd=corpus, capture_output=True, text=True)
    if run.returncode not in (0, 1, 2):
        sys.exit(f"agreement.py: cfnpp lint exited {run.returncode}: {run.stderr[:2000]}")
    for line in run.stdout.splitlines():
        m = FINDING.match(line)
        if m and m["severity"] == "error":
            errors[m["file"]].append((int(m["line"]), m["code"]))
    for line in run.stderr.splitlines():
        m = PARSE_ERROR.match(line)
        if m:
            errors[m["file"]].append((int(m["line"]), "parse"))
        elif line.strip() and not SUMMARY.match(line):
            sys.exit(f"agreement.py: unexpected output of cfnpp lint: {line}")
    return errors


def read_mistakes(path):
    """{(file, line, code): reason} of cfn-lint's errors this project decided are wrong."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            m = MISTAKE.match(line)
            if not m:
                sys.exit(f"{path}:{number}: expected 'FILE:LINE CODE  ## reason (source)', got: {line}")
            out[(m["file"], int(m["line"]), m["code"])] = m["reason"]
    return out


def listed_cfnpp_errors(path):
    """The cfnpp errors corpus_expected_errors.txt lists (with their reasons), as 'FILE:LINE'."""
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "  ## " not in line:
                continue
            m = FINDING.match(line) or re.match(r"^(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): ", line)
            if m:
                out.add(f"{m['file']}:{m['line']}")
    return out


def percent(part, whole):
    return f"{100.0 * part / whole:5.1f} % ({part}/{whole})" if whole else "  n/a"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cfnpp", required=True, help="the cfnpp binary")
    parser.add_argument("--corpus", default=os.path.join(SHARED, "corpus", "aws-cloudformation-templates"))
    parser.add_argument("--findings", default=os.path.join(SHARED, "corpus", "cfn-lint-findings.json"))
    parser.add_argument("--mistakes", default=os.path.join(HERE, "cfn_lint_mistakes.txt"))
    parser.add_argument("--expected", default=os.path.join(HERE, "corpus_expected_errors.txt"))
    parser.add_argument("--check", action="store_true", help="exit 1 unless the targets hold")
    parser.add_argument("--min-recall", type=float, default=90.0, help="percent (default 90)")
    parser.add_argument("--min-same-line", type=float, default=70.0, help="percent (default 70)")
    parser.add_argument("--verbose", action="store_true", help="list every disagreement")
    args = parser.parse_args()

    files = corpus_files(args.corpus)
    with open(args.findings, encoding="utf-8") as f:
        reference = [x for x in json.load(f)["findings"] if x["code"].startswith("E")]
    mistakes = read_mistakes(args.mistakes)
    ours = cfnpp_errors(os.path.abspath(args.cfnpp), args.corpus, files)

    unused = set(mistakes)
    theirs = collections.defaultdict(list)  # file: [(line, code)], mistakes removed
    for x in reference:
        key = (x["file"], x["line"], x["code"])
        if key in mistakes:
            unused.discard(key)
        else:
            theirs[x["file"]].append((x["line"], x["code"]))
    failures = [f"listed as cfn-lint's mistake but cfn-lint does not report it: {f}:{l} {c}" for f, l, c in unused]

    def near(file, line):
        return any(abs(line - ours_line) <= LINES for ours_line, _ in ours.get(file, []))

    flagged = [f for f in files if theirs.get(f)]
    clean = [f for f in files if not theirs.get(f)]
    caught = [f for f in flagged if ours.get(f)]
    quiet = [f for f in clean if not ours.get(f)]
    total = sum(len(theirs[f]) for f in flagged)
    same_line = sum(1 for f in flagged for line, _ in theirs[f] if near(f, line))

    print(f"corpus: {len(files)} files; cfn-lint errors: {len(reference)}, of which {len(mistakes)} listed as "
          f"cfn-lint's mistakes ({args.mistakes})")
    print(f"recall       {percent(len(caught), len(flagged))}  files with a cfn-lint error where cfnpp reports one")
    print(f"specificity  {percent(len(quiet), len(clean))}  files cfn-lint finds clean that cfnpp finds clean")
    print(f"same line    {percent(same_line, total)}  cfn-lint errors with a cfnpp error within {LINES} lines")
    print()
    print("per cfn-lint code (mistakes removed): errors, files, files cfnpp flags, errors on the same line")
    by_code = collections.defaultdict(lambda: [0, set(), set(), 0])
    for f in flagged:
        for line, code in theirs[f]:
            row = by_code[code]
            row[0] += 1
            row[1].add(f)
            if ours.get(f):
                row[2].add(f)
            if near(f, line):
                row[3] += 1
    for code in sorted(by_code):
        n, fs, hit, same = by_code[code]
        print(f"  {code}  {n:4d} errors  {len(fs):3d} files  flagged {percent(len(hit), len(fs))}"
              f"  same line {percent(same, n)}")
    mistaken = collections.Counter(c for _, _, c in mistakes)
    print("cfn-lint's mistakes per code: " + ", ".join(f"{c} {n}" for c, n in sorted(mistaken.items())))

    missed = [f for f in flagged if not ours.get(f)]
    extra = [f for f in clean if ours.get(f)]
    listed = listed_cfnpp_errors(args.expected)
    unreasoned = [f"{f}:{line}" for f in extra for line, _ in ours[f] if f"{f}:{line}" not in listed]
    if args.verbose or args.check:
        for f in missed:
            print(f"missed: {f}: " + ", ".join(f"{c} line {l}" for l, c in theirs[f]))
        for f in flagged:
            for line, code in theirs[f]:
                if ours.get(f) and not near(f, line):
                    print(f"other line: {f}:{line} {code}")
        for f in extra:
            print(f"cfnpp only: {f}: " + ", ".join(f"{c} line {l}" for l, c in ours[f]))
    if args.check:
        if 100.0 * len(caught) < args.min_recall * len(flagged):
            failures.append(f"recall under {args.min_recall} %: {len(caught)}/{len(flagged)}")
        if 100.0 * same_line < args.min_same_line * total:
            failures.append(f"same-line agreement under {args.min_same_line} %: {same_line}/{total}")
        failures += [f"cfnpp error on a file cfn-lint finds clean, not in {args.expected}: {u}" for u in unreasoned]
        for failure in failures:
            print("FAIL: " + failure)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
