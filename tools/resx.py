#!/usr/bin/env python3
"""Adds translated entries to a .resx and its hy, ru and az siblings.

Usage: python3 tools/resx.py PATH/Name.resx < lines
Each input line: key<TAB>hy<TAB>ru<TAB>az[<TAB>en]. The English value defaults to the key (message
templates and labels are their own English). An existing key is replaced in every file; a new one is
added at the end. Lines that are empty or start with '#' are skipped.
"""
import re
import sys
from xml.sax.saxutils import escape

LANGUAGES = ("hy", "ru", "az")


def entry(key, value):
    name = escape(key, {'"': "&quot;"})
    return f'  <data name="{name}" xml:space="preserve"><value>{escape(value)}</value></data>\n'


def upsert(path, key, value):
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    line = entry(key, value)
    name = re.escape(escape(key, {'"': "&quot;"}))
    pattern = re.compile(r'  <data name="' + name + r'"[^>]*>.*?</data>\n', re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: line, text, count=1)
    else:
        text = text.replace("</root>", line + "</root>", 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    base = sys.argv[1]
    stem = base[: -len(".resx")]
    for raw in sys.stdin.read().splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) < 4:
            sys.exit(f"expected key, hy, ru, az separated by tabs: {raw!r}")
        key = parts[0].replace("\\n", "\n")
        values = [p.replace("\\n", "\n") for p in parts[1:4]]
        english = parts[4].replace("\\n", "\n") if len(parts) > 4 else key
        upsert(base, key, english)
        for language, value in zip(LANGUAGES, values):
            upsert(f"{stem}.{language}.resx", key, value)


if __name__ == "__main__":
    main()
