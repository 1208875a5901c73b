#!/usr/bin/env python3
"""Corpus text conformance of mdoc -T html against mandoc -T html (see the .sh)."""
import concurrent.futures
import glob
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from html_text import visible_text  # noqa: E402

CORPUS = "/usr/share/man/man[249]/*freebsd.gz"
OS_NAME = "os=FreeBSD"


def render(cmd):
    r = subprocess.run(cmd, capture_output=True, timeout=60)
    return r.stdout.decode("utf-8", errors="replace")


def first_difference(a, b):
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    lo = max(0, n - 60)
    return n, a[lo:n + 60], b[lo:n + 60]


def compare(mdoc, page):
    ours = visible_text(render([mdoc, "render", "-T", "html", "-I", OS_NAME, page]))
    theirs = visible_text(render(["mandoc", "-T", "html", "-I", OS_NAME, page]))
    return page, ours == theirs, ours, theirs


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    update = "--update" in argv
    if not args:
        print(__doc__)
        return 2
    mdoc = args[0]
    baseline_file = args[1] if len(args) > 1 else None
    diff_file = args[2] if len(args) > 2 else "html_text_differences.txt"
    pages = sorted(glob.glob(CORPUS))
    limit = os.environ.get("MDOC_CORPUS_LIMIT")
    if limit:
        pages = pages[: int(limit)]
    if not shutil.which("mandoc") or not pages:
        print("SKIP: mandoc or the freebsd-manpages corpus is not installed")
        return 77
    jobs = int(os.environ.get("MDOC_TEST_JOBS", "2"))
    identical = 0
    differing = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for page, same, ours, theirs in pool.map(lambda p: compare(mdoc, p), pages):
            if same:
                identical += 1
            else:
                differing.append((page, ours, theirs))
    with open(diff_file, "w", encoding="utf-8") as out:
        for page, ours, theirs in differing:
            n, a, b = first_difference(ours, theirs)
            out.write(f"{page}: first difference at character {n}\n  mdoc:   {a!r}\n  mandoc: {b!r}\n")
    print(f"html text conformance: {identical}/{len(pages)} identical; differences in {diff_file}")
    if not baseline_file:
        return 0
    if update:
        with open(baseline_file, "w") as f:
            f.write(f"{identical}\n")
        print(f"baseline set to {identical}")
        return 0
    try:
        with open(baseline_file) as f:
            baseline = int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        baseline = 0
    if limit:
        return 0  # a partial run cannot be held to the full-corpus baseline
    if identical < baseline:
        print(f"FAIL: {identical} identical pages, below the baseline of {baseline}")
        return 1
    if identical > baseline:
        print(f"better than the baseline ({baseline}): raise it with --update")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
