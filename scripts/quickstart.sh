#!/usr/bin/env bash
# Installs what is missing, builds chipner (Release) and runs the CLI on the
# bundled example text.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)" --target chipner_cli
echo "== build/src/cli/chipner examples/news.txt"
build/src/cli/chipner examples/news.txt
