#!/usr/bin/env bash
# Benchmark: mdoc against mandoc on the same files, in one run.
#
# Builds mdoc in Release with its profile (MDOC_PGO, build-release/: the
# first build takes twice as long), decompresses the freebsd-manpages
# corpus once into a cache (mandoc only decompresses the first of several .gz
# arguments), then measures each case RUNS times, mandoc and mdoc taking
# turns, and prints medians and ratios:
#   - whole corpus in one process, -T ascii and -T html, single-threaded;
#   - one page (pages/socketpair.2): wall time of 50 runs in a row;
#   - peak memory (max RSS) for one page and for the whole corpus, and the
#     corpus run's minor page faults;
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

cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMDOC_BUILD_TESTS=OFF -DMDOC_PGO=ON >/dev/null
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

# wall time (seconds) of one run of a command; output discarded
wall() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# One row: mandoc and mdoc alternate, run by run, so that a change in the
# machine's load (this is often a shared VM) hits both alike; the ratio is
# the median of the runs' own ratios, not the ratio of the medians.
paired_row() {
  local label=$1 cmd_mandoc=$2 cmd_mdoc=$3 tm=() td=() r=() m d
  for ((i = 0; i < runs; i++)); do
    m=$(wall $cmd_mandoc)
    d=$(wall $cmd_mdoc)
    tm+=("$m") td+=("$d") r+=("$(ratio "$m" "$d")")
  done
  row "$label" "$(median "${tm[@]}")" "$(median "${td[@]}")" "$(median "${r[@]}")x"
}

# peak resident memory in KiB
peak_kib() {
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1
}

row "measurement" "mandoc" "mdoc" "ratio"
# The commands measured (functions, so paired_row can take them as words).
mandoc_corpus() { mandoc -T "$1" "${files[@]}"; }
mdoc_corpus() { "$mdoc" render -T "$1" "${files[@]}"; }
# One page takes a millisecond or two, less than the two date calls timing
# it: each measurement is a batch of page_runs runs in a row.
page_runs=50
mandoc_page() { for ((k = 0; k < page_runs; k++)); do mandoc -T ascii "$page"; done; }
mdoc_page() { for ((k = 0; k < page_runs; k++)); do "$mdoc" render -T ascii "$page"; done; }
for fmt in ascii html; do
  paired_row "corpus -T $fmt (s, 1 process)" "mandoc_corpus $fmt" "mdoc_corpus $fmt"
done
paired_row "one page -T ascii (s, $page_runs runs)" mandoc_page mdoc_page
m=$(peak_kib mandoc -T ascii "$page")
d=$(peak_kib "$mdoc" render -T ascii "$page")
row "one page peak RSS (KiB)" "$m" "$d" "$(ratio "$m" "$d")x"
m=$(peak_kib mandoc -T ascii "${files[@]}")
d=$(peak_kib "$mdoc" render -T ascii "${files[@]}")
row "corpus peak RSS (KiB)" "$m" "$d" "$(ratio "$m" "$d")x"
m=$(/usr/bin/time -f '%R' mandoc -T ascii "${files[@]}" 2>&1 >/dev/null | tail -n 1)
d=$(/usr/bin/time -f '%R' "$mdoc" render -T ascii "${files[@]}" 2>&1 >/dev/null | tail -n 1)
row "corpus minor page faults" "$m" "$d" "$(ratio "$m" "$d")x"
echo "(ratios: mandoc / mdoc; above 1 means mdoc is faster or smaller)"

out=$(mktemp -d)
for j in 1 2; do
  t=()
  for ((i = 0; i < runs; i++)); do t+=("$(wall "$mdoc" site "$cache" -o "$out/site$j" -j "$j")"); done
  t=$(median "${t[@]}")
  echo "site -j$j: $t s, $(echo "scale=1; ${#files[@]} / $t" | bc -l) pages/s"
done
rm -rf "$out"
