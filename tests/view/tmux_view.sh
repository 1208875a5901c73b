#!/bin/sh
# mdoc view in a real terminal: starts `mdoc view socketpair` in a detached
# 80x24 tmux session with less as the pager, reads the screen, pages down,
# quits, and checks what a reader would see at each step.
# Usage: tmux_view.sh PATH/TO/mdoc.  Exit 77 (skipped) without tmux or less.
set -u
mdoc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
command -v tmux >/dev/null 2>&1 || { echo "SKIP: tmux is not installed"; exit 77; }
command -v less >/dev/null 2>&1 || { echo "SKIP: less is not installed"; exit 77; }

work=$(mktemp -d)
socket="mdoc-view-test-$$"
tm() { tmux -L "$socket" -f /dev/null "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

screen() { tm capture-pane -p -t view; }
# Waits up to 10 seconds for the screen to contain $1.
wait_for() {
  i=0
  while [ $i -lt 50 ]; do
    screen | grep -q -- "$1" && return 0
    sleep 0.2
    i=$((i + 1))
  done
  return 1
}

# From / so that only the bundled-pages lookup can find the page.
tm new-session -d -s view -x 80 -y 24 \
  "cd / && env -u MANPAGER -u LESS -u MANWIDTH -u COLUMNS -u MDOCPATH PAGER=less LANG=C.UTF-8 LC_ALL= \
   '$mdoc' view socketpair; echo \$? > '$work/status'; sleep 60"

if ! wait_for 'SOCKETPAIR(2)'; then
  fail "the page header SOCKETPAIR(2) never appeared (the terminal renderer may not have landed yet)"
  screen | sed 's/^/  | /'
  exit 1
fi
first=$(screen)
echo "$first" | head -1 | grep -q 'SOCKETPAIR(2).*SOCKETPAIR(2)' || fail "first line is not the page header"
echo "$first" | grep -q '^NAME' || fail "first screen lacks the NAME section"
echo "$first" | grep -q 'socketpair' || fail "first screen lacks the page name"
echo "$first" | grep -q 'ERRORS' && fail "ERRORS already on the first screen: the page was not paged"
# The width is the terminal's minus man-db's margin: no line reaches column 80.
echo "$first" | awk 'length > 78 { bad = 1 } END { exit bad }' || fail "a line is wider than 78 columns"

tm send-keys -t view Space
if wait_for 'ERRORS'; then
  second=$(screen)
  echo "$second" | grep -q 'SYNOPSIS' && fail "SYNOPSIS still shown after paging down"
  echo "$second" | grep -q 'EAFNOSUPPORT' || fail "the ERRORS list is not on the second screen"
else
  fail "paging down never showed ERRORS"
  screen | sed 's/^/  | /'
fi

tm send-keys -t view q
i=0
while [ ! -s "$work/status" ] && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
if [ -s "$work/status" ]; then
  [ "$(cat "$work/status")" = 0 ] || fail "mdoc view exited with status $(cat "$work/status") after q"
else
  fail "mdoc view did not exit after q"
fi

[ $failures -eq 0 ] && echo "PASS: tmux view" && exit 0
exit 1
