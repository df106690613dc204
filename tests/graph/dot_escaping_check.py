#!/usr/bin/env python3
"""Graphviz reads cfnpp's DOT labels back as the template's text.

dot_escaping_check.py CFNPP DOT_PROGRAM TEMPLATE: draws TEMPLATE
(tests/graph/odd_ids.yaml: quotes, '#', '<', '>', '&', a backslash, a
backtick, '|', an escape character, `${...}` and "end" in logical ids,
types and attributes) with `cfnpp graph`, renders the DOT with Graphviz's
dot, and compares the texts of the SVG's nodes and arrows with the ones
written below by hand: Graphviz's own reading of the escaped labels.
"""
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"

EXPECTED_NODES = [
    ["Bucket${Name}&{x}", "AWS::S3::Bucket"],
    ["a\"b#c<d>\\e`", "Custom::X\"y|z", "if C"],
    ["end", "AWS::SNS::Topic"],
    ["esc\\x1Bape", "Custom::Y"],
]
EXPECTED_ARROW_LABELS = [["x|y#quot;"]]


def main():
    cfnpp, dot_program, template = sys.argv[1:4]
    dot = subprocess.run([cfnpp, "graph", template], capture_output=True, text=True, check=True).stdout
    run = subprocess.run([dot_program, "-Tsvg"], input=dot, capture_output=True, text=True, check=False)
    if run.returncode != 0 or run.stderr:
        sys.exit(f"dot -Tsvg failed (exit {run.returncode}): {run.stderr.strip()}")
    root = ET.fromstring(run.stdout)
    nodes, labels = [], []
    for g in root.iter(SVG + "g"):
        texts = [t.text or "" for t in g.iter(SVG + "text")]
        if g.get("class") == "node":
            nodes.append(texts)
        elif g.get("class") == "edge" and texts:
            labels.append(texts)
    failures = []
    if sorted(nodes) != sorted(EXPECTED_NODES):
        failures.append(f"nodes: {sorted(nodes)} != {sorted(EXPECTED_NODES)}")
    if sorted(labels) != sorted(EXPECTED_ARROW_LABELS):
        failures.append(f"arrow labels: {sorted(labels)} != {sorted(EXPECTED_ARROW_LABELS)}")
    if failures:
        sys.exit("\n".join(failures))
    print(f"dot reads back {len(nodes)} node labels and {len(labels)} arrow label as written")


if __name__ == "__main__":
    main()
