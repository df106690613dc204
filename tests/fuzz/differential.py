"""Differential test of cfnpp's template reader against PyYAML.

Every document is read by cfnpp (the read_dump tool) and by the independent
reader of cfn_oracle.py, once with PyYAML's C loader (libyaml) and once with
its pure-Python loader, and the three results are compared as data: the same
acceptance (a refusal's reason aside), the same format (YAML or JSON), the
same value (1, 1.0, True and "1" all differ; map order does not count).
With --marks the line and column of every node and key are compared too.
With --emit the value cfnpp read is also written by cfnpp's YAML and JSON
emitters, and PyYAML (json for JSON) must read each back to the same data,
no plain string in the YAML may be one a YAML 1.2 reader would type.

    differential.py READ_DUMP [--count N] [--seconds S] [--seed N] [--save DIR] [--marks] [--emit]
    differential.py READ_DUMP --plain-block ...  (documents in the block scanner's subset, and near it)
    differential.py READ_DUMP --files FILE|DIR...  (real templates instead of generated ones)
    differential.py READ_DUMP --values --emit  (random values written as JSON by Python: the emitter property test)

Exit status 1 when cfnpp disagrees with the oracle on any document; the
first disagreements are printed (the document, cfnpp's reading, PyYAML's).
When the C and pure-Python loaders disagree with each other, the document is
reported and counted apart ("oracle split"); cfnpp must then agree with libyaml.
"""
import argparse
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cfn_oracle  # noqa: E402
import value_generator  # noqa: E402
import yaml_generator  # noqa: E402

sys.setrecursionlimit(20000)


def run_cfnpp(read_dump, documents, emit=False):
    framed = b"".join(b"%d\n%s" % (len(d), d) for d in documents)
    out = subprocess.run([read_dump] + (["--emit"] if emit else []), input=framed, capture_output=True,
                         check=True).stdout
    lines = out.split(b"\n")[:-1]
    if len(lines) != len(documents):
        raise SystemExit("read_dump answered %d documents of %d" % (len(lines), len(documents)))
    answers = []
    for data, line in zip(documents, lines):
        try:
            answers.append(json.loads(line.decode("utf-8")))
        except UnicodeDecodeError:  # cfnpp read text that is not UTF-8 (a reader bug)
            answers.append({"format": "yaml", "ok": ["str", "<not UTF-8: %r>" % line, 0, 0]})
    return answers


def oracle(data, pure):
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return ("rejected", "not UTF-8")
    try:
        fmt, value = cfn_oracle.read(text, pure=pure)
        return (fmt, value)
    except cfn_oracle.Rejected as e:
        return ("rejected", str(e))


def cfnpp_result(answer):
    if "error" in answer:
        return ("rejected", "%d:%d: %s" % (answer["at"][0], answer["at"][1], answer["error"]))
    return (answer["format"], cfn_oracle.from_dump(answer["ok"]))


def same(a, b):
    if a[0] == "rejected" or b[0] == "rejected":
        return a[0] == b[0]
    return a == b


def marks_of_dump(node, path, out):
    """{path: (line, column)} of every node and key of a read_dump tree."""
    out[path] = tuple(node[-2:])
    if node[0] == "list":
        for i, item in enumerate(node[1]):
            marks_of_dump(item, path + (i,), out)
    elif node[0] == "map":
        for entry in node[1]:
            out[path + ("key", entry[0])] = tuple(entry[2:4])
            marks_of_dump(entry[1], path + (entry[0],), out)
    return out


def describe(result):
    if result[0] == "rejected":
        return "rejected (%s)" % result[1]
    return "%s %r" % result


class Report:
    def __init__(self, save_dir, limit=12):
        self.documents = 0
        self.disagreements = 0
        self.splits = 0
        self.mark_differences = 0
        self.emit_failures = 0
        self.save_dir = save_dir
        self.limit = limit
        self.shown = {}  # per kind (disagreement, oracle, emit, marks): splits must not hide disagreements

    def show(self, title, data, lines):
        if self.save_dir:
            os.makedirs(self.save_dir, exist_ok=True)
            name = os.path.join(self.save_dir, "%s-%04d.yaml" % (title.split()[0], self.disagreements + self.splits))
            with open(name, "wb") as f:
                f.write(data)
        kind = title.split()[0]
        if self.shown.get(kind, 0) >= self.limit:
            return
        self.shown[kind] = self.shown.get(kind, 0) + 1
        print("---- %s:\n%r" % (title, data))
        for line in lines:
            print("  " + line)


def has_non_finite(value):
    if isinstance(value, cfn_oracle.Float):
        return value.value != value.value or value.value in (float("inf"), float("-inf"))
    if isinstance(value, dict):
        return any(has_non_finite(v) for v in value.values())
    if isinstance(value, list):
        return any(has_non_finite(v) for v in value)
    return False


def emit_problems(answer, data):
    """What is wrong with cfnpp's YAML and JSON output of `data` (the oracle's reading)."""
    problems = []
    if "yaml" in answer:
        try:
            again = cfn_oracle.read(answer["yaml"])[1]
            if again != data:
                problems.append("PyYAML reads the emitted YAML as %r" % (again,))
            typed = [s for s in cfn_oracle.plain_strings(answer["yaml"]) if cfn_oracle.typed_by_yaml_1_2(s)]
            if typed:
                problems.append("plain strings a YAML 1.2 reader types: %r" % typed)
        except cfn_oracle.Rejected as e:
            problems.append("PyYAML refuses the emitted YAML: %s" % e)
    elif "longer than 1024" not in answer.get("yaml_error", ""):
        problems.append("no YAML: %s" % answer.get("yaml_error"))
    if "json" in answer:
        try:
            again = cfn_oracle.normalise(json.loads(answer["json"], parse_constant=cfn_oracle._json_constant))
            if again != data:
                problems.append("json reads the emitted JSON as %r" % (again,))
        except (ValueError, cfn_oracle.Rejected) as e:
            problems.append("json refuses the emitted JSON: %s" % e)
    elif not has_non_finite(data):
        problems.append("no JSON: %s" % answer.get("json_error"))
    return problems


def compare(documents, read_dump, report, check_marks=False, names=None, check_emit=False):
    answers = run_cfnpp(read_dump, documents, check_emit)
    for index, (data, answer) in enumerate(zip(documents, answers)):
        report.documents += 1
        ours = cfnpp_result(answer)
        c_loader = oracle(data, pure=False)
        pure = oracle(data, pure=True)
        label = names[index] if names else ""
        if not same(c_loader, pure):
            report.splits += 1
            report.show("oracle split " + label, data,
                        ["libyaml: " + describe(c_loader), "pure:    " + describe(pure), "cfnpp:   " + describe(ours)])
        if not same(ours, c_loader):
            report.disagreements += 1
            report.show("disagreement " + label, data, ["cfnpp:   " + describe(ours), "PyYAML:  " + describe(c_loader)])
            continue
        if check_emit and ours[0] != "rejected":
            problems = emit_problems(answer, c_loader[1])
            if problems:
                report.emit_failures += 1
                report.show("emit " + label, data, problems + ["yaml: %r" % answer.get("yaml")])
        if check_marks and ours[0] == "yaml":
            theirs = cfn_oracle.marks(data.decode("utf-8"))
            mine = marks_of_dump(answer["ok"], (), {})
            # A function read from its long form ({Ref: x}) has no key of its own: cfnpp marks it (0, 0).
            wrong = [(p, mine.get(p), m) for p, m in theirs.items()
                     if mine.get(p) != m and not (len(p) >= 2 and p[-2] == "key" and mine.get(p) == (0, 0))]
            if wrong:
                report.mark_differences += 1
                report.show("marks " + label, data,
                            ["%s: cfnpp %s, PyYAML %s" % (p, a, b) for p, a, b in wrong[:5]])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("read_dump")
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=0, help="stop generating after this long (0: no limit)")
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--save", help="write every disagreeing document into this directory")
    parser.add_argument("--marks", action="store_true", help="compare the marks of nodes and keys too")
    parser.add_argument("--emit", action="store_true", help="check that cfnpp's emitted YAML and JSON read back")
    parser.add_argument("--files", nargs="+", help="read these files instead of generated documents")
    parser.add_argument("--values", action="store_true",
                        help="random values written as JSON by Python (value_generator.py), not YAML documents")
    parser.add_argument("--plain-block", action="store_true",
                        help="documents in plain block YAML, the subset cfnpp's block scanner reads, and near it")
    parser.add_argument("--show", type=int, default=12, help="print at most this many documents of each kind")
    args = parser.parse_args()

    report = Report(args.save, args.show)
    start = time.monotonic()
    if args.files:
        files = cfn_oracle.template_files(args.files)
        for i in range(0, len(files), args.batch):
            names = files[i:i + args.batch]
            documents = []
            for name in names:
                with open(name, "rb") as f:
                    documents.append(f.read())
            compare(documents, args.read_dump, report, args.marks, names, args.emit)
    else:
        if args.values:
            generator = value_generator.ValueGenerator(args.seed)
        else:
            generator = yaml_generator.Generator(args.seed, plain_block=args.plain_block)
        while report.documents < args.count:
            if args.seconds and time.monotonic() - start > args.seconds:
                break
            n = min(args.batch, args.count - report.documents)
            documents = [generator.document().encode("utf-8") for _ in range(n)]
            compare(documents, args.read_dump, report, args.marks, check_emit=args.emit)
    elapsed = time.monotonic() - start
    print("%d documents in %.1f s (%.0f/s): %d disagreements, %d oracle splits%s%s" % (
        report.documents, elapsed, report.documents / max(elapsed, 1e-9), report.disagreements, report.splits,
        ", %d with other marks" % report.mark_differences if args.marks else "",
        ", %d emitted wrongly" % report.emit_failures if args.emit else ""))
    return 1 if report.disagreements or report.mark_differences or report.emit_failures else 0


if __name__ == "__main__":
    sys.exit(main())
