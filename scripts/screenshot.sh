#!/usr/bin/env bash
# Renders the HTML view of the seed article and saves a screenshot:
#
#   scripts/screenshot.sh [CHIPNER] [OUTPUT.png]
#
# CHIPNER defaults to build/src/cli/chipner, OUTPUT to docs/html-view.png.
# Needs Chromium (scripts/install-deps.sh installs Debian's chromium) and
# ../shared/corpus/seed.jsonl (CHIPNER_SHARED_DIR to point elsewhere).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
chipner=${1:-$root/build/src/cli/chipner}
output=${2:-$root/docs/html-view.png}
shared=${CHIPNER_SHARED_DIR:-$root/../shared}
chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $chromium ]]; then
  echo "screenshot: Chromium not found (scripts/install-deps.sh installs it)" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$chipner" --jsonl --format html <"$shared/corpus/seed.jsonl" >"$tmp/seed.html"
# No network or background services: the page is self-contained.
"$chromium" --headless --no-sandbox --disable-gpu \
  --disable-background-networking --disable-component-update --disable-sync \
  --no-first-run --disable-extensions --hide-scrollbars \
  --user-data-dir="$tmp/profile" --window-size=1100,1500 \
  --screenshot="$output" "file://$tmp/seed.html" 2>/dev/null
echo "screenshot: wrote $output"
