#!/usr/bin/env python3
"""Checks what `mdoc site` writes for a small source tree.

A tree with socketpair(2) and pipe(2) from pages/ and freebsd-manpages, a
man(7) page, a page whose file cannot be read, and a gzip-compressed page:
one HTML file per page, an index per section, a front page listing name and
description, search.json, .Xr links resolved only when the target exists,
and a page for every failure.
usage: site_test.py MDOC REPO
"""
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

failures = 0


def check(condition, message):
    global failures
    print(("ok: " if condition else "FAIL: ") + message)
    if not condition:
        failures += 1


def parse(path):
    # Our pages are well-formed XML (void elements written as <br/>).
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return ET.fromstring(text.split("\n", 1)[1])


def main(mdoc, repo):
    work = tempfile.mkdtemp()
    try:
        src = os.path.join(work, "src")
        os.makedirs(os.path.join(src, "man2"))
        os.makedirs(os.path.join(src, "man7"))
        shutil.copy(os.path.join(repo, "pages", "socketpair.2"), os.path.join(src, "man2", "socketpair.2"))
        page = ".Dd May 1, 2020\n.Dt PIPE 2\n.Os\n.Sh NAME\n.Nm pipe\n.Nd create descriptor pair\n" \
               ".Sh SEE ALSO\n.Xr socketpair 2 ,\n.Xr nosuchpage 3\n"
        with gzip.open(os.path.join(src, "man2", "pipe.2.gz"), "wt") as f:
            f.write(page)
        with open(os.path.join(src, "man7", "legacy.7"), "w") as f:
            f.write(".TH LEGACY 7\n.SH NAME\nlegacy \\- an old man(7) page\n.SH DESCRIPTION\nText.\n")
        unreadable = os.path.join(src, "man7", "broken.7.gz")
        with open(unreadable, "wb") as f:
            f.write(b"\x1f\x8b\x08\x00garbage that is not gzip")
        out = os.path.join(work, "site")
        r = subprocess.run([mdoc, "site", src, "-o", out, "-j", "2"], capture_output=True, text=True)
        print(r.stderr.strip())
        check(r.returncode != 0, "a failing page makes the exit status non-zero")
        check("broken.7" in r.stderr, "the failing page is reported")
        for rel in ["index.html", "search.json", "search.js", "mdoc.css", "man2/index.html", "man7/index.html",
                    "man2/socketpair.2.html", "man2/pipe.2.html", "man7/legacy.7.html", "man7/broken.7.html"]:
            check(os.path.isfile(os.path.join(out, rel)), f"{rel} is written")

        with open(os.path.join(out, "search.json"), encoding="utf-8") as f:
            index = json.load(f)
        check(len(index) == 4, "search.json lists the four pages")
        entry = next((e for e in index if e["n"][0] == "socketpair"), None)
        check(entry is not None and entry["s"] == "2" and entry["u"] == "man2/socketpair.2.html"
              and entry["d"] == "create a pair of connected sockets", "search.json entry of socketpair")
        legacy = next((e for e in index if e["n"][0] == "legacy"), None)
        check(legacy is not None and legacy["d"] == "an old man(7) page", "man(7) description from its NAME line")

        front = parse(os.path.join(out, "index.html"))
        rows = {tr.find("td[@class='name']/a").text: tr.find("td[@class='desc']").text
                for tr in front.iter("tr")}
        check(rows.get("pipe(2)") == "create descriptor pair", "front page lists name and description")
        check(front.find(".//form[@class='search']//input[@type='search']") is not None, "front page has a search box")
        check(front.find(".//script[@src='search.js']") is not None, "front page loads search.js")
        section = parse(os.path.join(out, "man2", "index.html"))
        links = [a.get("href") for a in section.iter("a") if a.get("href", "").endswith(".2.html")]
        check(sorted(links) == ["pipe.2.html", "socketpair.2.html"], "section index links its pages")

        pipe = parse(os.path.join(out, "man2", "pipe.2.html"))
        xrs = {a.text: a.get("href") for a in pipe.iter("a") if a.get("class") == "Xr"}
        check(xrs.get("socketpair(2)") == "socketpair.2.html", ".Xr to an existing page is a relative link")
        check("nosuchpage(3)" in xrs and xrs["nosuchpage(3)"] is None, ".Xr to a missing page is plain text")
        check(pipe.find(".//link[@rel='stylesheet'][@href='../mdoc.css']") is not None, "pages share ../mdoc.css")
        sp = parse(os.path.join(out, "man2", "socketpair.2.html"))
        check(len(sp.findall(".//a[@class='Xr'][@href]")) == 1, "socketpair links only pipe(2), the one page present")

        legacy_page = parse(os.path.join(out, "man7", "legacy.7.html"))
        text = "".join(legacy_page.itertext())
        check("man(7)" in text and ".SH DESCRIPTION" in text, "a man(7) page says so and shows its source")
        broken = parse(os.path.join(out, "man7", "broken.7.html"))
        check(broken.find(".//section[@class='diagnostics']/pre") is not None, "a failing page shows its diagnostics")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
