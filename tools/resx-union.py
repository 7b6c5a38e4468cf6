#!/usr/bin/env python3
"""Resolves git merge conflicts in .resx files by keeping the entries of both sides.

Usage: python3 tools/resx-union.py PATH.resx [...]
Inside each conflict, the lines of ours and of theirs are kept in that order; a data entry that
both sides have is kept once (ours).
"""
import re
import sys

NAME = re.compile(r'<data name="([^"]*)"')


def resolve(text):
    out, ours, theirs, state = [], [], [], None
    for line in text.splitlines(keepends=True):
        if line.startswith("<<<<<<<"):
            state, ours, theirs = "ours", [], []
        elif line.startswith("|||||||") and state == "ours":
            state = "base"
        elif line.startswith("=======") and state in ("ours", "base"):
            state = "theirs"
        elif line.startswith(">>>>>>>") and state == "theirs":
            seen = {m.group(1) for l in ours if (m := NAME.search(l))}
            out.extend(ours)
            out.extend(l for l in theirs if not ((m := NAME.search(l)) and m.group(1) in seen))
            state = None
        elif state == "ours":
            ours.append(line)
        elif state == "theirs":
            theirs.append(line)
        elif state is None:
            out.append(line)
    return "".join(out)


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(resolve(text))
