#!/usr/bin/env bash
# Benchmark: mdoc against mandoc on the same files, in one run.
#
# Builds mdoc in Release (build-release/), decompresses the freebsd-manpages
# corpus once into a cache (mandoc only decompresses the first of several .gz
# arguments), then measures each case RUNS times and prints medians and
# ratios:
#   - whole corpus in one process, -T ascii and -T html, single-threaded;
#   - one page (pages/socketpair.2): wall time;
#   - peak memory (max RSS) for one page and for the whole corpus;
#   - mdoc site over the corpus at -j1 and -j2 (pages per second).
# With --instructions it counts instructions instead (valgrind's callgrind) on
# every STEP-th page, for both programs: stable when the machine is loaded.
# Usage: bench/run.sh [RUNS]              (default 5)
#        bench/run.sh --instructions [STEP] (default 20: ~180 pages)
# Environment: CORPUS_DIR, BUILD_DIR.
set -euo pipefail

mode=time
if [[ ${1:-} == --instructions ]]; then
  mode=instructions
  shift
fi
runs=${1:-5}
step=${1:-20}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$repo/build-release}
cache=${CORPUS_DIR:-${TMPDIR:-/tmp}/mdoc-bench-corpus}
page=$repo/pages/socketpair.2

command -v mandoc >/dev/null || { echo "bench: mandoc is not installed (apt-get install mandoc)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMDOC_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target mdoc >/dev/null
mdoc=$build/cli/mdoc

if [[ ! -f $cache/.complete ]]; then
  mkdir -p "$cache"
  for f in /usr/share/man/man[0-9]/*freebsd.gz; do
    zcat "$f" >"$cache/$(basename "$f" .gz)"
  done
  touch "$cache/.complete"
fi
mapfile -t files < <(find "$cache" -type f ! -name '.complete' | sort)
# Only mdoc(7) pages: both programs read the same set.
mapfile -t files < <(grep -L '^\.TH' "${files[@]}")
bytes=$(cat "${files[@]}" | wc -c)

ratio() { echo "scale=2; $1 / $2" | bc -l; }

row() { printf '%-34s %14s %14s %10s\n' "$@"; }

# instructions executed by a command (callgrind), output discarded
instructions() {
  local log
  log=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" >/dev/null 2>"$log" || true
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$log"
  rm -f "$log"
}

if [[ $mode == instructions ]]; then
  command -v valgrind >/dev/null || { echo "bench: valgrind is missing (apt-get install valgrind)" >&2; exit 1; }
  mapfile -t sample < <(printf '%s\n' "${files[@]}" | awk -v s="$step" 'NR % s == 0')
  echo "instructions (callgrind) on ${#sample[@]} of ${#files[@]} pages (every ${step}th)"
  row "measurement" "mandoc" "mdoc" "ratio"
  for fmt in ascii html; do
    m=$(instructions mandoc -T "$fmt" "${sample[@]}")
    d=$(instructions "$mdoc" render -T "$fmt" "${sample[@]}")
    row "sample -T $fmt (instructions)" "$m" "$d" "$(ratio "$m" "$d")x"
  done
  m=$(instructions mandoc -T ascii "$page")
  d=$(instructions "$mdoc" render -T ascii "$page")
  row "one page -T ascii (instructions)" "$m" "$d" "$(ratio "$m" "$d")x"
  echo "(ratios: mandoc / mdoc; above 1 means mdoc executes fewer instructions)"
  exit 0
fi

echo "corpus: ${#files[@]} pages, $((bytes / 1024 / 1024)) MiB; $runs runs each; median shown"

# median of the wall times (seconds) of RUNS runs of a command; output discarded
median_time() {
  local t=()
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    t+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${t[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# peak resident memory in KiB
peak_kib() {
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1
}

row "measurement" "mandoc" "mdoc" "ratio"
for fmt in ascii html; do
  m=$(median_time mandoc -T "$fmt" "${files[@]}")
  d=$(median_time "$mdoc" render -T "$fmt" "${files[@]}")
  row "corpus -T $fmt (s, 1 process)" "$m" "$d" "$(ratio "$m" "$d")x"
done
m=$(median_time mandoc -T ascii "$page")
d=$(median_time "$mdoc" render -T ascii "$page")
row "one page -T ascii (s)" "$m" "$d" "$(ratio "$m" "$d")x"
m=$(peak_kib mandoc -T ascii "$page")
d=$(peak_kib "$mdoc" render -T ascii "$page")
row "one page peak RSS (KiB)" "$m" "$d" "$(ratio "$m" "$d")x"
m=$(peak_kib mandoc -T ascii "${files[@]}")
d=$(peak_kib "$mdoc" render -T ascii "${files[@]}")
row "corpus peak RSS (KiB)" "$m" "$d" "$(ratio "$m" "$d")x"
echo "(ratios: mandoc / mdoc; above 1 means mdoc is faster or smaller)"

out=$(mktemp -d)
for j in 1 2; do
  t=$(median_time "$mdoc" site "$cache" -o "$out/site$j" -j "$j")
  echo "site -j$j: $t s, $(echo "scale=1; ${#files[@]} / $t" | bc -l) pages/s"
done
rm -rf "$out"
