#!/usr/bin/env python3
"""Regenerate the data tables in share/ by running mandoc(1) on small inputs.

Developer tool only: the build never runs it and the program never runs
mandoc.  mandoc 1.14.6 is the reference implementation, so every row of the
tables is what mandoc itself prints (-T ascii, -T utf8) or stores (-T tree)
for one input.  Candidate names come from the installed manuals
(mandoc_char(7), groff_char(7), mandoc_mdoc(7), groff_mdoc(7), the FreeBSD
pages) plus brute force where the name space is small.

Usage: tools/harvest/harvest.py [SHARE_DIR]     (default: share/ of the repo)
"""

import gzip
import os
import re
import string
import subprocess
import sys
import tempfile

MAN7 = "/usr/share/man/man7"
PROLOGUE = ".Dd May 1, 2020\n.Dt X 1\n.Os\n.Sh NAME\n.Nm x\n.Nd y\n.Sh DESCRIPTION\n"


def manual(name):
    with gzip.open(os.path.join(MAN7, name + ".gz"), "rt", errors="replace") as f:
        return f.read()


def mandoc(source, *args):
    """Run mandoc on SOURCE; return (stdout bytes, stderr text)."""
    with tempfile.NamedTemporaryFile("w", suffix=".1", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        p = subprocess.run(["mandoc", *args, path], capture_output=True)
        # -T lint writes its messages to standard output.
        messages = p.stderr + (p.stdout if "lint" in args else b"")
        return p.stdout, messages.decode("utf-8", "replace")
    finally:
        os.unlink(path)


def c_escape(data: bytes) -> str:
    """TSV cell for the --c-escapes tables: backslash, tab, newline and
    non-printing bytes are written as C escapes; UTF-8 stays as is."""
    out = []
    for b in data.decode("utf-8", "surrogateescape"):
        o = ord(b)
        if b == "\\":
            out.append("\\\\")
        elif b == "\b":
            out.append("\\b")
        elif b == "\t":
            out.append("\\t")
        elif 0xDC80 <= o <= 0xDCFF:          # undecodable byte
            out.append("\\x%02X" % (o - 0xDC00))
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02X" % o)
        else:
            out.append(b)
    return "".join(out)


def literal_lines(body_lines):
    """A page whose DESCRIPTION is a literal display of BODY_LINES."""
    return PROLOGUE + ".Bd -literal\n" + "".join(l + "\n" for l in body_lines) + ".Ed\n"


CELL = re.compile(rb"^\s+(\S+)\t*\s*\|(.*)\|$")


def render_cells(lines, device):
    """Lines 'KEY<TAB>|ESCAPE|' -> {KEY: bytes between the bars} as rendered."""
    out, _ = mandoc(literal_lines(lines), "-T", device, "-O", "width=400")
    cells = {}
    for line in out.split(b"\n"):
        m = re.match(rb"^\s+([0-9]+)\s+\|(.*)\|$", line)
        if m:
            cells[int(m.group(1))] = m.group(2)
    return cells


def roff_name(n):
    """Protect a character name for use as text in a roff line."""
    return n.replace("\\", "\\e")


# ---------------------------------------------------------------- characters

def character_candidates():
    names = set()
    char7 = manual("mandoc_char.7")
    section = char7.split('.SH "SPECIAL CHARACTERS"')[1].split('.SH "PREDEFINED')[0]
    for line in section.splitlines():
        m = re.match(r"^\\e(\(|\[)(.*?)(\t|$)", line)
        if not m:
            continue
        n = m.group(2)
        if m.group(1) == "[":
            n = n[:-1] if n.endswith("]") else n
        n = n.replace("\\(ti", "~").replace("\\(aq", "'").replace("\\(ga", "`")
        names.add(n)
    groff = manual("groff_char.7")
    for m in re.finditer(r"\\\[([^\]\s\\]+)\]", groff):
        names.add(m.group(1))
    for m in re.finditer(r"\\e\[([^\]\s\\]+)\]", groff):
        names.add(m.group(1))
    printable = [chr(c) for c in range(33, 127) if chr(c) not in "\\]"]
    names.update(printable)
    names.update(a + b for a in printable for b in printable)
    return sorted(n for n in names
                  if not re.fullmatch(r"u[0-9A-F]{4,6}", n) and not n.startswith("char"))


def known(names, escape_format, warning):
    """The subset of NAMES that mandoc -T lint accepts in ESCAPE_FORMAT."""
    lines = ["\\&%d\t|%s|" % (i, escape_format % n) for i, n in enumerate(names)]
    _, err = mandoc(literal_lines(lines), "-T", "lint")
    bad = set()
    for line in err.splitlines():
        if warning in line:
            bad.add(int(re.search(r":(\d+):\d+:", line).group(1)))
    first = PROLOGUE.count("\n") + 2      # line number of the first cell
    return [n for i, n in enumerate(names) if first + i not in bad]


def harvest_characters(share):
    names = known(character_candidates(), "\\[%s]", "invalid escape sequence")
    lines = ["%d\t|\\[%s]|" % (i, n) for i, n in enumerate(names)]
    ascii_ = render_cells(lines, "ascii")
    utf8 = render_cells(lines, "utf8")
    with open(os.path.join(share, "special_characters.tsv"), "w") as f:
        f.write("# name\tutf8\tascii   (mandoc -T utf8 / -T ascii output of \\[name]);"
                " C escapes, \\b = overstrike\n")
        for i, n in enumerate(names):
            f.write("%s\t%s\t%s\n" % (c_escape(n.encode()), c_escape(utf8[i]), c_escape(ascii_[i])))
    return len(names)


def harvest_codepoints(share):
    points = [c for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF]
    lines = ["%d\t|\\[u%04X]|" % (c, c) for c in points]
    ascii_ = render_cells(lines, "ascii")
    rows = 0
    with open(os.path.join(share, "codepoint_ascii.tsv"), "w") as f:
        f.write("# codepoint\tascii   (mandoc -T ascii output of \\[uXXXX];"
                " every other code point prints <?>); C escapes\n")
        for c in points:
            if ascii_[c] != b"<?>":
                f.write("%06X\t%s\n" % (c, c_escape(ascii_[c])))
                rows += 1
    return rows


# ------------------------------------------------------- predefined strings

def harvest_strings(share):
    printable = [chr(c) for c in range(33, 127) if chr(c) not in "\\]"]
    candidates = printable + [a + b for a in printable for b in printable]
    names = known(candidates, "\\*[%s]", "undefined string")
    lines = ["%d\t|\\*[%s]|" % (i, n) for i, n in enumerate(names)]
    ascii_ = render_cells(lines, "ascii")
    utf8 = render_cells(lines, "utf8")
    print("predefined strings (write share/predefined_strings.tsv by hand from these):")
    for i, n in enumerate(names):
        print("  %-4s ascii=%r utf8=%r" % (n, ascii_[i], utf8[i].decode()))
    return len(names)


# ------------------------------------------------------------- tree helpers

def tree_texts(body, macro):
    """Run -T tree over BODY; for each MACRO element, the list of (text, flags)
    of its children in order."""
    out, _ = mandoc(PROLOGUE + body, "-T", "tree")
    result = []
    current = None
    for line in out.decode().splitlines():
        m = re.match(r"^(\s*)(\S+) \(elem\)", line)
        if m and m.group(2) == macro:
            current = (len(m.group(1)), [])
            result.append(current[1])
            continue
        if current is None:
            continue
        indent = len(line) - len(line.lstrip())
        if indent <= current[0]:
            current = None
            continue
        t = re.match(r"^\s*(.*) \(text\) [(]?\*?\d+:\d+\)?(.*)$", line)
        if t:
            current[1].append((t.group(1), t.group(2).strip()))
    return result


def harvest_standards(share):
    text = manual("mandoc_mdoc.7")
    names = re.findall(r"^\\-([A-Za-z0-9.\\-]+)$", text.split("\\fB\\&St\\fR \\fB\\-\\fR")[1]
                       .split("\\fB\\&Sx\\fR")[0], re.M)
    names = [n.replace("\\-", "-") for n in names]
    elems = tree_texts("".join(".St -%s\n" % n for n in names), "St")
    with open(os.path.join(share, "standards.tsv"), "w") as f:
        f.write("# argument\troff text   (mandoc -T tree of .St ARGUMENT)\n")
        for n, kids in zip(names, elems):
            f.write("-%s\t%s\n" % (n, kids[0][0]))
    return len(names)


def library_candidates():
    names = set(re.findall(r"^\.Lb\s+(\S+)", manual("groff_mdoc.7"), re.M))
    # Libraries of the BSDs that the installed manuals do not mention.
    names.update("lib" + n for n in (
        "80211 alias archive be bsdxml bsm c_r calendar cam casper cuse devctl devinfo "
        "devstat disk dl dwarf edit elf event execinfo fetch form geom gpio hammer i386 "
        "intl ipsec iscsi jail kiconv kse kvm m m68k magic mandoc md memstat menu netgraph "
        "netpgp nv ossaudio pam panel pcap pci pmc posix proc procstat prop pthread puffs "
        "radius refuse resolv rpcsec_gss rpcsvc rt rtld_db sbuf sdp ssp stdthreads "
        "sysdecode tacplus termcap terminfo thr ufs ugidfw ulog usb usbhid util vgl "
        "x86_64 xo z zfs nvpair ifconfig crypto ssl ncurses bz2 expat").split())
    mandirs = ["/usr/share/man/" + d for d in sorted(os.listdir("/usr/share/man"))
               if d.startswith("man")]
    for d in mandirs:
        for fn in os.listdir(d) if os.path.isdir(d) else []:
            try:
                with gzip.open(os.path.join(d, fn), "rt", errors="replace") as f:
                    names.update(re.findall(r"\blib[A-Za-z0-9_]+\b", f.read()))
            except OSError:
                pass
    return sorted(names)


def harvest_libraries(share):
    names = library_candidates()
    elems = tree_texts("".join(".Lb %s\n" % n for n in names), "Lb")
    rows = []
    for n, kids in zip(names, elems):
        if kids and kids[0][0] != "library":
            rows.append((n, kids[0][0]))
    with open(os.path.join(share, "libraries.tsv"), "w") as f:
        f.write("# name\troff text   (mandoc -T tree of .Lb NAME)\n")
        for n, t in rows:
            f.write("%s\t%s\n" % (n, t))
    return len(rows)


def harvest_att(share):
    versions = ["v%d" % i for i in range(0, 10)] + ["32v", "III", "V"] + \
               ["V.%d" % i for i in range(0, 6)]
    elems = tree_texts("".join(".At %s\n" % v for v in versions), "At")
    rows = [(v, kids[0][0]) for v, kids in zip(versions, elems)
            if len(kids) == 2 and "NOPRT" in kids[1][1]]
    with open(os.path.join(share, "att_versions.tsv"), "w") as f:
        f.write("# argument\troff text   (mandoc -T tree of .At ARGUMENT)\n")
        for v, t in rows:
            f.write("%s\t%s\n" % (v, t))
    return len(rows)


def header_volume(section):
    src = ".Dd May 1, 2020\n.Dt FOO %s\n.Os\n.Sh NAME\n.Nm x\n.Nd y\n" % section
    out, _ = mandoc(src, "-T", "tree")
    m = re.search(r'^vol\s+= "(.*)"$', out.decode(), re.M)
    return m.group(1) if m else None


def harvest_sections(share):
    alnum = string.digits + string.ascii_letters
    candidates = list(alnum) + [a + b for a in alnum for b in alnum]
    rows = [(s, v) for s in candidates for v in [header_volume(s)] if v != s]
    with open(os.path.join(share, "section_volumes.tsv"), "w") as f:
        f.write("# section\tvolume   (mandoc -T tree vol of .Dt FOO SECTION;"
                " any other section is its own volume)\n")
        for s, v in rows:
            f.write("%s\t%s\n" % (s, v))
    return len(rows)


def architecture_candidates():
    """The groff_mdoc(7) list, a few port names, and every lower-case word of
    the installed manuals (that found x86, known to mandoc for NetBSD)."""
    groff = manual("groff_mdoc.7")
    block = groff.split("architecture keywords are defined")[1].split(".Ed")[0]
    names = set(re.findall(r"\b([a-z][a-z0-9_]+)\b", block))
    names.update("aarch64 arm64 armv7 riscv64 octeon powerpc64 mips64el m88k sh5 evbsh5 "
                 "epoc32 usermode virt68k ppc i486 i586 i686 mipsel armeb earm sun4 "
                 "sun4c sun4m sun4u gumstix wgrisc x86 ia32".split())
    for root, _, files in os.walk("/usr/share/man"):
        for fn in files:
            if fn.endswith(".gz"):
                try:
                    with gzip.open(os.path.join(root, fn), "rt", errors="replace") as f:
                        names.update(re.findall(r"\b[a-z][a-z0-9_]{1,13}\b", f.read()))
                except (OSError, EOFError):
                    pass
    return sorted(names)


def harvest_architectures(share):
    candidates = architecture_candidates()
    known_by = {}
    with tempfile.TemporaryDirectory() as work:
        for system in ["OpenBSD", "NetBSD"]:
            # One mandoc -T lint run per batch of pages, one page per candidate.
            for start in range(0, len(candidates), 2000):
                batch = candidates[start:start + 2000]
                paths = []
                for i, a in enumerate(batch):
                    path = os.path.join(work, "a%d.4" % i)
                    with open(path, "w") as f:
                        f.write(".Dd $Mdocdate: May 1 2020 $\n.Dt FOO 4 %s\n.Os %s\n"
                                ".Sh NAME\n.Nm x\n.Nd y\n" % (a, system))
                    paths.append(path)
                out = subprocess.run(["mandoc", "-T", "lint", *paths], capture_output=True,
                                     text=True, errors="replace").stdout
                rejected = {line.split(":")[1].strip() for line in out.splitlines()
                            if "unknown architecture" in line}
                for path, a in zip(paths, batch):
                    if path not in rejected:
                        known_by.setdefault(a, []).append(system)
    with open(os.path.join(share, "architectures.tsv"), "w") as f:
        f.write("# architecture\tsystems whose .Dt mandoc -T lint accepts it\n")
        for a in sorted(known_by):
            f.write("%s\t%s\n" % (a, " ".join(known_by[a])))
    return len(known_by)


def main():
    share = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "share")
    for name, fn in [("special characters", harvest_characters),
                     ("code points", harvest_codepoints),
                     ("predefined strings", harvest_strings),
                     ("standards", harvest_standards),
                     ("libraries", harvest_libraries),
                     ("AT&T versions", harvest_att),
                     ("section volumes", harvest_sections),
                     ("architectures", harvest_architectures)]:
        print("%s: %d rows" % (name, fn(share)), flush=True)


if __name__ == "__main__":
    main()
