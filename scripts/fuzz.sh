#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each for a bounded time. Exits 1 if any
# target finds a crash, a failed invariant, a leak, a timeout or an
# out-of-memory; the input that did it is saved as
# $FUZZ_BUILD_DIR/findings/<target>/crash-* (or leak-*, timeout-*, oom-*).
#
#   scripts/fuzz.sh            # 60 seconds per target
#   scripts/fuzz.sh 600        # 10 minutes per target
#   FUZZ_TARGETS="extract_fuzzer" scripts/fuzz.sh 30
#
# Corpora grow in $FUZZ_BUILD_DIR/corpus/<target>/ (kept between runs, so a
# second run starts where the first stopped). docs/robustness.md explains
# how to reproduce a finding and how to fuzz for hours.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
jobs=${JOBS:-$(nproc)}
all_targets=(extract_fuzzer jsonl_line_fuzzer dictionary_file_fuzzer json_writer_fuzzer snapshot_fuzzer)
if [[ -f tests/fuzz/rule_file_fuzzer.cc ]]; then all_targets+=(rule_file_fuzzer); fi
read -r -a targets <<<"${FUZZ_TARGETS:-${all_targets[*]}}"

echo "== fuzz build ($build_dir: clang, address;undefined, libFuzzer)"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCHIPNER_BUILD_FUZZERS=ON \
  -DCHIPNER_SANITIZE="address;undefined" >/dev/null
cmake --build "$build_dir" -j "$jobs" --target "${targets[@]}"

echo "== fuzz seeds"
seeds="$build_dir/generated-seeds"
python3 tests/fuzz/make_seeds.py "$seeds" --shared "${CHIPNER_SHARED_DIR:-../shared}" \
  --dictionaries dictionaries

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
summary=()
for target in "${targets[@]}"; do
  corpus="$build_dir/corpus/$target"
  findings="$build_dir/findings/$target"
  mkdir -p "$corpus" "$findings"
  log="$build_dir/fuzz-$target.log"
  echo "== $target: ${seconds}s (log: $log)"
  # The first directory is the corpus libFuzzer writes to; the seed
  # directories are only read.
  set +e
  "$build_dir/tests/fuzz/$target" "$corpus" "tests/fuzz/seeds/$target" \
    "$seeds/$target" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$findings/" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
  if ((rc != 0)); then
    status=1
    echo "   FAILED (exit $rc): $(ls "$findings" | tr '\n' ' ')"
    grep -E 'ERROR|invariant failed|SUMMARY' "$log" | head -5 | sed 's/^/   /'
    summary+=("$target: FAILED, $runs runs, $rate exec/s")
  else
    summary+=("$target: ok, $runs runs, $rate exec/s, cov $cov")
  fi
done

echo "== fuzz summary (${seconds}s per target)"
printf '   %s\n' "${summary[@]}"
exit "$status"
