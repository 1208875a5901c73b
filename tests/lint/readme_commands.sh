#!/usr/bin/env bash
# The two set-up lines of README.md are what a new user copies and what CI
# runs (.ci/run reads the test line).  Checks that both are single lines that
# .ci/run can find, that the test line installs everything the build line
# does and builds the same way, and that each ends with what it promises.
# Usage: readme_commands.sh REPO
set -euo pipefail

repo=$1
status=0
fail() { echo "FAIL: $*"; status=1; }

build=$("$repo/.ci/run" --print-command build) || { echo "FAIL: no build line in README.md"; exit 1; }
test=$("$repo/.ci/run" --print-command test) || { echo "FAIL: no test line in README.md"; exit 1; }
echo "build: $build"
echo "test:  $test"

packages() { grep -o 'apt-get install -y [^&]*' <<<"$1" | sed 's/^apt-get install -y //' | tr ' ' '\n' | sed '/^$/d' | sort; }
missing=$(comm -23 <(packages "$build") <(packages "$test"))
[[ -z $(packages "$build") ]] && fail "the build line installs nothing"
[[ -n $missing ]] && fail "the test line does not install: $missing"

# The steps after the installation, without the last one, must be the same.
steps() { sed 's/.*apt-get install -y [^&]*&& //; s/ && [^&]*$//' <<<"$1"; }
[[ $(steps "$build") == "$(steps "$test")" ]] ||
  fail "the lines configure or build differently: '$(steps "$build")' vs '$(steps "$test")'"
[[ $build == *"mdoc render -T utf8 pages/socketpair.2" || $build == *"mdoc view pages/socketpair.2" ]] ||
  fail "the build line does not end by showing pages/socketpair.2"
[[ $test == *"&& ctest --test-dir build --output-on-failure"* ]] ||
  fail "the test line does not end by running ctest"
grep -q 'bash -c "$test_command"' "$repo/.ci/run" || fail ".ci/run does not run the README test line"

((status == 0)) && echo "ok: README set-up lines are consistent with each other and with .ci/run"
exit $status
