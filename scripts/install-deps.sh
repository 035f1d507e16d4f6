#!/usr/bin/env bash
# Installs the Debian packages chipner needs to build, test and benchmark,
# and only those that are missing: `apt-get update` runs once, and only
# when something has to be installed.
set -euo pipefail

packages=(
  build-essential cmake pkg-config python3 time parallel
  libicu-dev libre2-dev libstemmer-dev
  libsimdjson-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  clang clang-format clang-tidy libclang-rt-14-dev
  # tests/cli: the JSON Schema check (a built-in subset validator stands in
  # without it) and the HTML view's browser test, which is skipped without
  # chromium (~560 MB installed, ~20 s; docs/cli.md).
  python3-jsonschema chromium
)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
