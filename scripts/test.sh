#!/usr/bin/env bash
# Builds chipner with AddressSanitizer and UndefinedBehaviorSanitizer and
# runs every test: unit, api, cli, corpus (scored against ../shared) and the
# packaging tests. This is what CI runs (.ci/run).
#
#   scripts/test.sh            # installs missing packages first
#   BUILD_DIR=build-asan scripts/test.sh
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
ctest --test-dir "$build_dir" -j "$jobs" --output-on-failure
