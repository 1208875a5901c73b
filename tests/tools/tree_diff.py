#!/usr/bin/env python3
"""Compares the structure of our AST with mandoc's (-T tree) for one page.

Only structure is compared: node types and macro names in pre-order with
their depth; runs of text nodes collapse into one "T" because mandoc joins
some words that we keep apart.  Prints a unified diff, or nothing when equal.
Usage: tree_diff.py MDOC_BINARY PAGE
"""
import difflib
import re
import subprocess
import sys

LINE = re.compile(r"^( *)(.*?) \((block|head|body|tail|elem|text|body-end|tbl|eqn|comment)\)")


def normalise(lines, skip_prologue=True):
    out = []
    stack = []  # indents
    for line in lines:
        m = LINE.match(line)
        if not m:
            continue
        indent = len(m.group(1))
        while stack and stack[-1] >= indent:
            stack.pop()
        depth = len(stack)
        stack.append(indent)
        name, kind = m.group(2), m.group(3)
        if kind == "comment" or "NOPRT" in line or (name == "Ns" and "NOSRC" in line):
            stack.pop()
            continue
        if kind == "text":
            token = "T"
        else:
            token = f"{name}:{kind}"
        if kind == "text" and out and out[-1] == (depth, "T"):
            continue
        out.append((depth, token))
    if skip_prologue:
        # Compare from the first section on: the prologue is checked elsewhere.
        first = next((i for i, t in enumerate(out) if t[1] == "Sh:block"), len(out))
        out = out[first:]
    return [f"{'  ' * d}{t}" for d, t in out]


def main():
    binary, page = sys.argv[1], sys.argv[2]
    theirs = subprocess.run(["mandoc", "-T", "tree", page], capture_output=True, text=True, errors="replace").stdout
    ours = subprocess.run([binary, "render", "-T", "tree", page], capture_output=True, text=True, errors="replace").stdout
    a = normalise(theirs.split("\n"))
    b = normalise(ours.split("\n"))
    # Prologue texts sit at depth 1 after the prologue macros were dropped.
    a = [x for x in a if x != "  T" or True]
    if a != b:
        sys.stdout.writelines(l + "\n" for l in difflib.unified_diff(a, b, "mandoc", "mdoc", n=2, lineterm=""))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
