#!/usr/bin/env python3
"""Where the comments are: cfnpp's comment detector against ruamel.yaml.

`cfnpp fmt` refuses to rewrite a file whose comments it would drop, so it
must see every comment and nothing else (issue 11 row 4: a comment after a
block scalar, indented between the block's opening line and its text, was
missed and `fmt -w` lost it). cfnpp's reader finds comments itself, from the
parser's scalar spans (lib/parse/comments.cpp); the oracle is ruamel.yaml's
round-trip scanner (Debian's python3-ruamel.yaml), which keeps comments as
tokens and shares nothing with libyaml. Two things ruamel does not see are
added from the YAML rules: a comment on a directive line, and documents
with YAML 1.1's NEL, LS and PS line breaks are left out (ruamel reads 1.2).

Documents come from yaml_generator.py, each also with a comment line added
at a random place and indentation, and with " # c" added at the end of a
random line (inside a block scalar or a quoted string that is text, not a
comment). For every variant both readers accept, cfnpp's "has a comment"
must equal ruamel's. Exit status 1 on any difference.

Usage: comment_oracle.py READ_DUMP [--count N] [--seed S] [--show K]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import ruamel.yaml  # noqa: E402  (python3-ruamel.yaml: .ci/install-deps installs it)
from ruamel.yaml.tokens import CommentToken  # noqa: E402

import yaml_generator  # noqa: E402


def comment_texts(value):
    """The comments in a token's comment slot: nested lists of CommentTokens,
    None, and plain strings (a block scalar header's comment, `|  # c`)."""
    if isinstance(value, CommentToken):
        yield value.value
    elif isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from comment_texts(item)


def directive_comment(text):
    """A comment on a directive line (`%YAML 1.1 # x`), which ruamel drops: in
    the lines before the first document, a '#' after white space."""
    for line in text.lstrip("\ufeff").splitlines():
        if not line.strip():
            continue
        if not line.lstrip(" \t").startswith("%"):
            return False
        if re.search(r"[ \t]#", line):
            return True
    return False


def ruamel_has_comment(text):
    """True or False; None when ruamel cannot scan the text, or reads its
    lines otherwise: ruamel reads YAML 1.2, where NEL, LS and PS are not line
    breaks (in cfnpp's YAML 1.1 they are). ruamel also keeps blank lines as
    comment tokens: only a token with a '#' is a comment."""
    if any(c in text for c in "\x85\u2028\u2029"):
        return None
    if directive_comment(text):
        return True
    scanner = ruamel.yaml.YAML(typ="rt")
    try:
        for token in scanner.scan(text):
            if isinstance(token, CommentToken) and "#" in token.value:
                return True
            if any("#" in c for c in comment_texts(getattr(token, "_comment", None))):
                return True
    except ruamel.yaml.YAMLError:
        return None
    return False


def cfnpp_answers(read_dump, documents):
    framed = b"".join(b"%d\n%s" % (len(d), d) for d in documents)
    out = subprocess.run([read_dump], input=framed, capture_output=True, check=True).stdout
    lines = out.split(b"\n")[:-1]
    if len(lines) != len(documents):
        raise SystemExit("read_dump answered %d documents of %d" % (len(lines), len(documents)))
    return [json.loads(line.decode("utf-8", "replace")) for line in lines]


def variants(generator, text):
    """The document, with a comment line inserted, and with a line-end comment added."""
    r = generator.r
    out = [text]
    end = generator.line_end
    lines = text.split(end)
    widest = max((len(line) - len(line.lstrip(" ")) for line in lines), default=0)
    for _ in range(2):
        at = r.randrange(len(lines) + 1)
        indent = " " * r.randint(0, widest + 3)
        out.append(end.join(lines[:at] + [indent + r.choice(["# c", "#", "# x: y", "#- z"])] + lines[at:]))
    at = r.randrange(len(lines))
    out.append(end.join(lines[:at] + [lines[at] + r.choice([" # c", "\t# t", " #"])] + lines[at + 1:]))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("read_dump")
    parser.add_argument("--count", type=int, default=2000, help="generated documents (each in 4 variants)")
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("--show", type=int, default=8)
    args = parser.parse_args()

    generator = yaml_generator.Generator(args.seed)
    start = time.monotonic()
    compared = with_comments = missed = invented = 0
    shown = 0
    remaining = args.count
    while remaining > 0:
        batch = []
        for _ in range(min(250, remaining)):
            batch.extend(variants(generator, generator.document()))
        remaining -= min(250, remaining)
        documents = [t.encode("utf-8") for t in batch]
        for text, answer in zip(batch, cfnpp_answers(args.read_dump, documents)):
            if "ok" not in answer:
                continue
            truth = ruamel_has_comment(text)
            if truth is None:
                continue
            compared += 1
            with_comments += truth
            if truth == answer["comments"]:
                continue
            if truth:
                missed += 1
            else:
                invented += 1
            if shown < args.show:
                shown += 1
                print("---- %s:\n%r" % ("comment missed" if truth else "not a comment", text))
    elapsed = time.monotonic() - start
    print("%d documents compared in %.1f s (%d with comments): %d comments missed, %d found that are not comments"
          % (compared, elapsed, with_comments, missed, invented))
    return 1 if missed or invented or compared == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
