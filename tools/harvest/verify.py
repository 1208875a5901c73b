#!/usr/bin/env python3
"""Check the roff-text tables of share/ against mandoc(1).

For every row, the macro mandoc expands itself (.St ARG, .Lb NAME, .At ARG,
\\*[NAME]) and our roff text written as plain input must print the same in
-T ascii and -T utf8, at several line widths (so non-breaking spaces sit
where mandoc puts them).  Developer tool; exits 1 on any difference.

Usage: tools/harvest/verify.py [SHARE_DIR]
"""

import os
import subprocess
import sys
import tempfile

PROLOGUE = ".Dd May 1, 2020\n.Dt X 3\n.Os\n.Sh NAME\n.Nm x\n.Nd y\n.Sh DESCRIPTION\n"
PADS = ["", "a ", "aaaa ", "aaaaaaa ", "aaaaaaaaaa "]
WIDTHS = ["width=20", "width=27", "width=34", "width=78"]


def rows(share, name):
    with open(os.path.join(share, name)) as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def render(body, device, width):
    with tempfile.NamedTemporaryFile("w", suffix=".3", delete=False) as f:
        f.write(PROLOGUE + body)
        path = f.name
    try:
        return subprocess.run(["mandoc", "-T", device, "-O", width, path],
                              capture_output=True).stdout
    finally:
        os.unlink(path)


def same_output(ours, theirs):
    """Render both bodies everywhere; return the first difference or None."""
    for device in ["ascii", "utf8"]:
        for width in WIDTHS:
            a, b = render(ours, device, width), render(theirs, device, width)
            if a != b:
                return "%s %s:\n  ours:   %r\n  mandoc: %r" % (device, width, a[-300:], b[-300:])
    return None


def as_macro_text(pad, text):
    """TEXT as mandoc prints macro output: a hyphen inside a word of a macro
    argument is no break point, unlike on a text line."""
    return "%s\n.No %s" % (pad, text) if pad else ".No " + text


def paragraphs(make):
    """One paragraph per padding, so the text starts at several columns."""
    return "".join(".Pp\n%s\n" % make(pad) for pad in PADS)


def check(label, ours, theirs):
    diff = same_output(ours, theirs)
    if diff:
        print("MISMATCH %s: %s" % (label, diff))
        return 1
    return 0


def main():
    share = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "share")
    failures = checked = 0
    for arg, text in rows(share, "standards.tsv"):
        checked += 1
        failures += check(".St " + arg,
                          paragraphs(lambda p: as_macro_text(p, text)),
                          paragraphs(lambda p: p + "\n.St " + arg))
    for name, text in rows(share, "libraries.tsv"):
        checked += 1
        failures += check(".Lb " + name,
                          paragraphs(lambda p: as_macro_text(p, text)),
                          paragraphs(lambda p: p + "\n.Lb " + name))
    for arg, text in rows(share, "att_versions.tsv"):
        checked += 1
        failures += check(".At " + arg,
                          paragraphs(lambda p: as_macro_text(p, text)),
                          paragraphs(lambda p: p + "\n.At " + arg))
    for name, text in rows(share, "predefined_strings.tsv"):
        checked += 1
        # On a text line and inside macro arguments, where a delimiter
        # expansion (Ba, lp, rp) must leave the macro's scope like mandoc's.
        failures += check("\\*[%s]" % name,
                          paragraphs(lambda p: "%sx%sy\n.Ar a %s b\n.Em %s" % (p, text, text, text)),
                          paragraphs(lambda p: "%sx\\*[%s]y\n.Ar a \\*[%s] b\n.Em \\*[%s]"
                                     % (p, name, name, name)))
    print("checked %d rows, %d mismatches" % (checked, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
