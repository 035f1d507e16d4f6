#!/usr/bin/env bash
# Whole-process throughput of the chipner CLI: MB/s and peak RSS, median and
# min–max of RUNS runs, on a generated mixed English/Russian corpus.
#
#   bench/throughput.sh [BUILD_DIR]          # default: build-release (Release)
#   MB=100 RUNS=5 bench/throughput.sh
#
# Reports: --jsonl with --threads 1 and 2, the plain line mode, startup (exec
# to first output line), throughput with 1,000 vs 100,000 extra dictionary
# aliases (compiled, so that loading them is not timed), and 10^6 generated aliases loaded from TSV vs from a compiled
# dictionary (chipner compile): compile time, file size, startup and peak
# RSS. Timings are never pass/fail: they go in README.md.
#
#   ONLY=startup bench/throughput.sh   # just the startup and 10^6-alias part
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-release}
mb=${MB:-100}
runs=${RUNS:-5}
work=${TMPDIR:-/tmp}/chipner-bench
mkdir -p "$work"

if [[ ! -x "$build/src/cli/chipner" ]]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DCHIPNER_BUILD_TESTS=OFF >/dev/null
  cmake --build "$build" -j "$(nproc)" --target chipner_cli >/dev/null
fi
chipner=$build/src/cli/chipner
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package 'time')"; exit 1; }

corpus=$work/corpus-${mb}mb.jsonl
plain=$work/corpus-${mb}mb.txt
bytes=0
if [[ ${ONLY:-} != startup ]]; then
  [[ -s $corpus ]] || python3 bench/make_corpus.py --mb "$mb" > "$corpus"
  [[ -s $plain ]] || python3 -c 'import json,sys
for l in open(sys.argv[1]): print(json.loads(l)["text"].replace("\n", " "))' "$corpus" > "$plain"
  bytes=$(stat -c %s "$corpus")
fi

# measure NAME INPUT ARGS...: RUNS runs; prints median and range of MB/s and peak RSS.
measure() {
  local name=$1 input=$2
  shift 2
  local size
  size=$(stat -c %s "$input")
  local rates=() rss=()
  for ((i = 0; i < runs; i++)); do
    local out
    out=$( { /usr/bin/time -f "%e %M" "$chipner" "$@" < "$input" > /dev/null; } 2>&1 | tail -1)
    rates+=("$(awk -v b="$size" -v t="${out% *}" 'BEGIN { printf "%.1f", b / 1e6 / (t > 0 ? t : 0.001) }')")
    rss+=("${out#* }")
  done
  python3 - "$name" "${rates[*]}" "${rss[*]}" <<'PY'
import statistics, sys
name, rates, rss = sys.argv[1], [float(x) for x in sys.argv[2].split()], [int(x) for x in sys.argv[3].split()]
print(f"{name:<34} {statistics.median(rates):7.1f} MB/s  (min {min(rates):.1f}, max {max(rates):.1f})"
      f"  peak RSS {statistics.median(rss) / 1024:.0f} MB")
PY
}

# startup NAME ARGS...: RUNS runs of exec to the first output line (one
# input line), then one run's peak RSS; prints median and range.
startup() {
  local name=$1
  shift
  local starts=()
  for ((i = 0; i < runs; i++)); do
    local t0
    t0=$(date +%s%N)
    echo "Huawei" | "$chipner" "$@" | head -1 > /dev/null
    starts+=($(( ($(date +%s%N) - t0) / 1000 )))
  done
  local rss
  rss=$( { echo "Huawei" | /usr/bin/time -f "%M" "$chipner" "$@" > /dev/null; } 2>&1 | tail -1)
  python3 - "$name" "$rss" "${starts[@]}" <<'PY'
import statistics, sys
name, rss, v = sys.argv[1], int(sys.argv[2]), [int(x) / 1000 for x in sys.argv[3:]]
print(f"{name:<34} {statistics.median(v):7.1f} ms    (min {min(v):.1f}, max {max(v):.1f})"
      f"  peak RSS {rss / 1024:.0f} MB")
PY
}

echo "chipner $("$chipner" --version | cut -d' ' -f2) on $(nproc) cores, $(date -u +%F), corpus $((bytes / 1000000)) MB, $runs runs"
if [[ ${ONLY:-} != startup ]]; then
  measure "--jsonl --threads 1" "$corpus" --jsonl --threads 1
  measure "--jsonl --threads 2" "$corpus" --jsonl --threads 2
  measure "plain lines --threads 1" "$plain" --threads 1
fi

# Startup: exec to the first output line, default dictionaries.
startup "startup (exec to first line)"

if [[ ${ONLY:-} != startup ]]; then
  # Dictionary size: the same corpus with 1,000 and 100,000 extra aliases,
  # compiled once, so that the runs time matching, not loading a TSV file.
  for n in 1000 100000; do
    dict=$work/synthetic-$n.tsv
    [[ -s $dict ]] || python3 bench/make_dictionary.py --aliases "$n" > "$dict"
    "$chipner" compile --dict "$dict" -o "$work/synthetic-$n.chipdict"
    measure "--jsonl --threads 1, +$n aliases" "$corpus" --jsonl --threads 1 \
      --dict "$work/synthetic-$n.chipdict"
  done
fi

# A million aliases: from the TSV file at every start, or compiled once.
million=$work/synthetic-1000000.tsv
[[ -s $million ]] || python3 bench/make_dictionary.py --aliases 1000000 > "$million"
compiled=$work/synthetic-1000000.chipdict
compile_out=$( { /usr/bin/time -f "%e %M" "$chipner" compile --dict "$million" -o "$compiled"; } 2>&1 | tail -1)
printf '%-34s %7.2f s     peak RSS %d MB, file %d MB\n' "chipner compile, 10^6 aliases" \
  "${compile_out% *}" $(( ${compile_out#* } / 1024 )) $(( $(stat -c %s "$compiled") / 1000000 ))
startup "startup, 10^6 aliases from TSV" --dict "$million"
startup "startup, 10^6 aliases compiled" --dict "$compiled"
