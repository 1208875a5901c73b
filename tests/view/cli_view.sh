#!/bin/sh
# mdoc view without a terminal: lookup from any folder, missing pages,
# man(7) pages, MANPATH and .gz pages, apropos.  Usage: cli_view.sh PATH/TO/mdoc
set -u
mdoc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
cd "$work" || exit 1
unset MANPAGER PAGER MDOCPATH MANWIDTH

# The bundled socketpair.2 is found from a folder unrelated to the build.
where=$("$mdoc" view -w socketpair) || fail "view -w socketpair failed"
case $where in */pages/socketpair.2) ;; *) fail "socketpair resolved to '$where', not the bundled page" ;; esac

# "name.section" as man-db takes it.
where=$("$mdoc" view -w socketpair.2) || fail "view -w socketpair.2 failed"
case $where in */pages/socketpair.2) ;; *) fail "socketpair.2 resolved to '$where'" ;; esac

# A missing page: man-db's message and status.
"$mdoc" view nonexistentpage >out 2>err
status=$?
[ $status -eq 16 ] || fail "missing page: status $status, want 16"
grep -q 'no manual entry for nonexistentpage$' err || fail "missing page message: $(cat err)"
"$mdoc" view 3 nonexistentpage 2>err
grep -q 'no manual entry for nonexistentpage in section 3' err || fail "missing page in a section: $(cat err)"
[ -s out ] && fail "missing page wrote to stdout"

# A man(7) page, by path and by name through MANPATH (also compressed).
mkdir -p man/man1 man/man2
printf '.\\" a man(7) page\n.TH OLDSTYLE 1\n.SH NAME\noldstyle \\- a man page\n' >man/man1/oldstyle.1
"$mdoc" view ./man/man1/oldstyle.1 >out 2>err
status=$?
[ $status -ne 0 ] || fail "man(7) page: status 0"
grep -q 'oldstyle.1: is a man(7) page, not mdoc(7); try man(1)' err || fail "man(7) message: $(cat err)"
gzip -c man/man1/oldstyle.1 >man/man1/gzipped.1.gz
MANPATH="$work/man" "$mdoc" view gzipped 2>err
grep -q 'gzipped.1.gz: is a man(7) page' err || fail "compressed man(7) page by name: $(cat err)"

# An mdoc page found through MANPATH, compressed; a man(7) page of the same
# name in an earlier section gives way to it.
printf '.Dd May 1, 2020\n.Dt FROB 2\n.Os\n.Sh NAME\n.Nm frob\n.Nd twiddle the widgets\n.Sh DESCRIPTION\nText.\n' |
  gzip -c >man/man2/frob.2.gz
printf '.TH FROB 1\n.SH NAME\nfrob \\- the man(7) one\n' >man/man1/frob.1
where=$(MANPATH="$work/man" "$mdoc" view -w frob)
[ "$where" = "$work/man/man2/frob.2.gz" ] || fail "-w frob gave '$where'"
MANPATH="$work/man" "$mdoc" view frob >out 2>err
status=$?
[ $status -eq 0 ] || fail "frob: status $status, $(cat err)"
grep -q 'man(7)' err && fail "frob: the mdoc page should have been shown: $(cat err)"
where=$(MANPATH="$work/man" "$mdoc" view -w 2 frob)
[ "$where" = "$work/man/man2/frob.2.gz" ] || fail "-w 2 frob gave '$where'"

# A link page (".so man2/frob.2", the target compressed) shows its target.
printf '.so man2/frob.2\n' >man/man2/twiddle.2
MANPATH="$work/man" "$mdoc" view twiddle >out 2>err
status=$?
[ $status -eq 0 ] || fail "link page: status $status, $(cat err)"
grep -q 'twiddle the widgets' out || fail "link page did not show its target: $(head -5 out)"

# Apropos over the same path: mdoc pages only, any case.
out=$(MANPATH="$work/man" "$mdoc" view -k WIDGETS)
[ "$out" = "frob, twiddle(2) - twiddle the widgets" ] || fail "apropos WIDGETS gave '$out'"
out=$("$mdoc" view -k socketpair)
echo "$out" | grep -qx 'socketpair(2) - create a pair of connected sockets' || fail "apropos socketpair gave '$out'"
out=$(MANPATH="$work/man" "$mdoc" view -k -s 3 widgets 2>/dev/null)
[ -z "$out" ] || fail "apropos -s 3 widgets gave '$out'"
MANPATH="$work/man" "$mdoc" view -k 'no-such-word-anywhere' >out 2>err
status=$?
[ $status -eq 16 ] || fail "apropos without a match: status $status"
grep -q 'nothing appropriate' err || fail "apropos without a match: $(cat err)"

# Without a terminal the text carries no overstrike and no escape sequences.
"$mdoc" view socketpair >out 2>err || fail "view socketpair: $(cat err)"
if [ -s out ]; then
  grep -q "$(printf '\b')" out && fail "backspaces in non-terminal output"
  grep -q "$(printf '\033')" out && fail "escape sequences in non-terminal output"
  head -1 out | grep -q 'SOCKETPAIR(2)' || fail "header missing: $(head -1 out)"
else
  echo "NOTE: view socketpair printed nothing (terminal renderer not in yet)"
fi

[ $failures -eq 0 ] && echo "PASS: cli view" && exit 0
exit 1
