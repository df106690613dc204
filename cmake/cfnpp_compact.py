"""The copy of a script that goes into a template, where every byte counts
against CloudFormation's 51,200-byte inline limit: the same program without
its comments (and, for Python, its docstrings). Used by cfnpp_embed(COMPACT).

  python3 cfnpp_compact.py python|shell SOURCE OUTPUT LABEL

A first comment (after the #! line) names LABEL, the source's path in the
repository, so a script assembled from several files says where each part
comes from.

Python: parsed and written back by the ast module (the same program by
construction), docstrings dropped, indented by 2 spaces instead of 4.
Shell: lines that are only a comment are dropped (not the #! line, not inside
here-documents); every other line stays as it is.
"""
import ast
import re
import sys


def compact_python(text, label):
    tree = ast.parse(text)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                node.body = body[1:] or [ast.Pass()]
    # ast.unparse writes one statement per line, strings on one line, 4 spaces per level.
    lines = []
    for line in ast.unparse(tree).splitlines():
        depth = (len(line) - len(line.lstrip(" "))) // 4
        lines.append("  " * depth + line.lstrip(" "))
    return f"# {label}, without its comments\n" + "\n".join(lines) + "\n"


def compact_shell(text, label):
    out, heredoc_end = [], None
    for number, line in enumerate(text.splitlines(keepends=True)):
        if heredoc_end is not None:
            out.append(line)
            if line.strip() == heredoc_end:
                heredoc_end = None
            continue
        if number == 0:
            if line.startswith("#!"):
                out.append(line)
            out.append(f"# {label}, without its comments\n")
            if line.startswith("#!"):
                continue
        if line.lstrip().startswith("#"):
            continue
        start = re.search(r"<<-?\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)['\"]?", line)
        if start:
            heredoc_end = start.group(1)
        out.append(line)
    return "".join(out)


def main():
    kind, source, output, label = sys.argv[1:5]
    with open(source, encoding="utf-8") as f:
        text = f.read()
    compacted = compact_python(text, label) if kind == "python" else compact_shell(text, label)
    with open(output, "w", encoding="utf-8") as f:
        f.write(compacted)


if __name__ == "__main__":
    main()
