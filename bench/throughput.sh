#!/usr/bin/env bash
# Whole-process throughput of the chipner CLI: MB/s and peak RSS, median and
# min–max of RUNS runs, on a generated mixed English/Russian corpus.
#
#   bench/throughput.sh [BUILD_DIR]          # default: build-release (Release)
#   MB=100 RUNS=5 bench/throughput.sh
#
# Reports: --jsonl with --threads 1 and 2, the plain line mode, startup (exec
# to first output line), and throughput with 1,000 vs 100,000 extra
# dictionary aliases. Timings are never pass/fail: they go in README.md.
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
[[ -s $corpus ]] || python3 bench/make_corpus.py --mb "$mb" > "$corpus"
plain=$work/corpus-${mb}mb.txt
[[ -s $plain ]] || python3 -c 'import json,sys
for l in open(sys.argv[1]): print(json.loads(l)["text"].replace("\n", " "))' "$corpus" > "$plain"
bytes=$(stat -c %s "$corpus")

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

echo "chipner $("$chipner" --version | cut -d' ' -f2) on $(nproc) cores, $(date -u +%F), corpus $((bytes / 1000000)) MB, $runs runs"
measure "--jsonl --threads 1" "$corpus" --jsonl --threads 1
measure "--jsonl --threads 2" "$corpus" --jsonl --threads 2
measure "plain lines --threads 1" "$plain" --threads 1

# Startup: exec to the first output line, default dictionaries.
starts=()
for ((i = 0; i < runs; i++)); do
  t0=$(date +%s%N)
  echo "Huawei" | "$chipner" | head -1 > /dev/null
  starts+=($(( ($(date +%s%N) - t0) / 1000 )))
done
python3 - "${starts[@]}" <<'PY'
import statistics, sys
v = [int(x) / 1000 for x in sys.argv[1:]]
name = "startup (exec to first line)"
print(f"{name:<34} {statistics.median(v):7.1f} ms    (min {min(v):.1f}, max {max(v):.1f})")
PY

# Dictionary size: the same text with 1,000 and 100,000 extra aliases.
slice=$work/corpus-20mb.jsonl
head -c 20000000 "$corpus" | head -n -1 > "$slice"
for n in 1000 100000; do
  dict=$work/synthetic-$n.tsv
  [[ -s $dict ]] || python3 bench/make_dictionary.py --aliases "$n" > "$dict"
  measure "--jsonl --threads 1, +$n aliases" "$slice" --jsonl --threads 1 --dict "$dict"
done
