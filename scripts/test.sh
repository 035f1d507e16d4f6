#!/usr/bin/env bash
# Builds chipner with AddressSanitizer and UndefinedBehaviorSanitizer and
# runs every test: unit, api, cli, corpus (scored against ../shared), fuzz
# seed replays and the packaging tests; then runs each libFuzzer target for a
# bounded time (scripts/fuzz.sh). This is what CI runs (.ci/run).
#
#   scripts/test.sh                 # installs missing packages first
#   BUILD_DIR=build-asan scripts/test.sh
#   FUZZ_SECONDS=0 scripts/test.sh  # skip the libFuzzer runs (default 60 s each)
#   CTEST_ARGS="-LE slow" scripts/test.sh   # without the 100 MB input tests
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

echo "== format check (clang-format $(clang-format --version | grep -o '[0-9]*\.[0-9.]*' | head -1))"
git ls-files -- '*.h' '*.cc' | xargs clang-format --dry-run --Werror

build_dir=${BUILD_DIR:-build-check}
jobs=${JOBS:-$(nproc)}
echo "== build ($build_dir: Debug, address;undefined sanitizers, -Werror)"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug \
  -DCHIPNER_SANITIZE="address;undefined" -DCHIPNER_WERROR=ON >/dev/null
cmake --build "$build_dir" -j "$jobs"

echo "== tests"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# shellcheck disable=SC2086 # CTEST_ARGS is a list of arguments
ctest --test-dir "$build_dir" -j "$jobs" --output-on-failure ${CTEST_ARGS:-}

fuzz_seconds=${FUZZ_SECONDS:-60}
if ((fuzz_seconds > 0)); then
  echo "== fuzz (libFuzzer, ${fuzz_seconds} s per target)"
  bash scripts/fuzz.sh "$fuzz_seconds"
fi
