#!/usr/bin/env python3
"""A checked-in diagram is what Graphviz draws of its DOT, and readable.

svg_check.py DOT_PROGRAM FILE.dot FILE.svg: renders FILE.dot with Graphviz's
dot (which must succeed without a message: a warning is a failure), checks
that no two boxes of the drawing overlap, then compares what the two SVGs
draw: every node, edge and cluster (its <title>,
the names Graphviz gives them from the DOT) with the texts of its labels.
Coordinates are not compared: dot's layout and comments change with its
version and with the fonts installed, the drawn content does not.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def drawn(svg_text):
    """The sorted (class, title, texts) of every node, edge and cluster."""
    root = ET.fromstring(svg_text)
    items = []
    for g in root.iter(SVG + "g"):
        kind = g.get("class")
        if kind not in ("node", "edge", "cluster"):
            continue
        title = g.find(SVG + "title")
        texts = tuple(t.text or "" for t in g.iter(SVG + "text"))
        items.append((kind, title.text if title is not None else "", texts))
    return sorted(items)


def node_boxes(svg_text):
    """(title, x0, y0, x1, y1) of every node's outline (a path or polygon of points)."""
    boxes = []
    for g in ET.fromstring(svg_text).iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        outline = g.find(SVG + "path")
        if outline is not None:
            numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", outline.get("d"))]
        else:
            outline = g.find(SVG + "polygon")
            numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", outline.get("points"))]
        xs, ys = numbers[0::2], numbers[1::2]
        boxes.append((g.find(SVG + "title").text, min(xs), min(ys), max(xs), max(ys)))
    return boxes


def overlaps(boxes):
    """Pairs of boxes that overlap by more than a point (sorted by left edge: a sweep)."""
    boxes = sorted(boxes, key=lambda b: b[1])
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b[1] >= a[3] - 1:
                break
            if a[2] < b[4] - 1 and b[2] < a[4] - 1:
                found.append((a[0], b[0]))
    return found


def main():
    dot_program, dot_file, svg_file = sys.argv[1:4]
    run = subprocess.run([dot_program, "-Tsvg", dot_file], capture_output=True, text=True, check=False)
    if run.returncode != 0 or run.stderr:
        sys.exit(f"{dot_file}: dot -Tsvg failed (exit {run.returncode}): {run.stderr.strip()}")
    if crossed := overlaps(node_boxes(run.stdout)):
        sys.exit(f"{dot_file}: boxes overlap in dot's drawing: {crossed[:3]}")
    expected = drawn(run.stdout)
    with open(svg_file, encoding="utf-8") as f:
        actual = drawn(f.read())
    if not expected:
        sys.exit(f"{dot_file}: dot drew nothing")
    if actual != expected:
        missing = [x for x in expected if x not in actual]
        extra = [x for x in actual if x not in expected]
        sys.exit(f"{svg_file} is stale: it does not draw {dot_file} "
                 f"(missing {missing[:3]}, extra {extra[:3]}); run the target update-templates")
    kinds = {k: sum(1 for x in expected if x[0] == k) for k in ("node", "edge", "cluster")}
    print(f"{svg_file}: draws {dot_file}: {kinds['node']} nodes, {kinds['edge']} edges, {kinds['cluster']} clusters")


if __name__ == "__main__":
    main()
