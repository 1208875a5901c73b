#!/usr/bin/env bash
# Clear failures of the command line (a ctest, tests/sanitize/tests.cmake):
#   cli_failures.sh MDOC
# missing, directory, unreadable and empty files; several FILEs where the good
# ones still render; write errors (/dev/full) and a closed pipe.
set -uo pipefail
mdoc=${1:?usage: cli_failures.sh MDOC}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

printf '.Dd May 1, 2020\n.Dt GOOD 1\n.Os\n.Sh NAME\n.Nm good\n.Nd page\n.Sh DESCRIPTION\nGOODTEXT\n' >"$dir/good.1"
: >"$dir/empty.1"
mkdir "$dir/folder.1"

# expect_failure LABEL STATUS ARGS...: exactly one line on stderr naming the
# file, the documented status, and the good page still rendered.
expect_failure() {
  local label=$1 want=$2 file=$3
  shift 3
  local out err status
  out=$("$mdoc" "$@" "$file" "$dir/good.1" 2>"$dir/err")
  status=$?
  err=$(cat "$dir/err")
  [[ $status == "$want" ]] || fail "$label: status $status, want $want"
  [[ $(grep -c . "$dir/err") == 1 ]] || fail "$label: want one line on stderr, got: $err"
  [[ $err == *"$file"* ]] || fail "$label: stderr does not name the file: $err"
  if [[ $1 == render ]]; then
    [[ $out == *GOODTEXT* ]] || fail "$label: the good page did not render"
  fi
}

for cmd in "render -T ascii" "render -T html" lint; do
  read -r -a args <<<"$cmd"
  expect_failure "$cmd missing file" 5 "$dir/missing.1" "${args[@]}"
  expect_failure "$cmd directory" 5 "$dir/folder.1" "${args[@]}"
done

# Unreadable: mode 000 stops everyone but root, who reads anyway; then use a
# path through a regular file, which fails for root too (ENOTDIR).
chmod 000 "$dir/good.1" 2>/dev/null
if cat "$dir/good.1" >/dev/null 2>&1; then
  echo "note: running as root, mode 000 does not stop reads; testing an unreadable path (ENOTDIR) instead"
  chmod 644 "$dir/good.1"
  expect_failure "render unreadable path" 5 "$dir/good.1/x.1" render -T ascii
else
  chmod 644 "$dir/good.1"
  cp "$dir/good.1" "$dir/locked.1"
  chmod 000 "$dir/locked.1"
  expect_failure "render unreadable" 5 "$dir/locked.1" render -T ascii
fi

# An empty file renders nothing and is no error for the command line.
"$mdoc" render -T ascii "$dir/empty.1" >/dev/null 2>"$dir/err"
status=$?
((status <= 4)) || fail "empty file: status $status"
grep -q 'Sanitizer\|runtime error' "$dir/err" && fail "empty file: sanitizer report"

# Disk full: one clear line and a failure status, no crash.
"$mdoc" render -T ascii "$dir/good.1" >/dev/full 2>"$dir/err"
status=$?
((status != 0 && status < 128)) || fail "/dev/full: status $status (want a failure, not a signal)"
grep -qi 'write error' "$dir/err" || fail "/dev/full: no write error reported: $(cat "$dir/err")"

# A reader that goes away: quiet, like Unix tools (no message, no crash).
big=$dir/big.1
{ printf '.Dd May 1, 2020\n.Dt BIG 1\n.Os\n.Sh DESCRIPTION\n'; for i in $(seq 1 20000); do echo "line $i"; echo .Pp; done; } >"$big"
"$mdoc" render -T ascii "$big" "$big" "$big" 2>"$dir/err" | head -1 >/dev/null
status=${PIPESTATUS[0]}
((status < 128 || status == 141)) || fail "closed pipe: status $status"
[[ ! -s $dir/err ]] || fail "closed pipe: stderr not quiet: $(head -3 "$dir/err")"

((failed == 0)) && echo "ok: command-line failures are clear"
exit $failed
