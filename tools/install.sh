#!/usr/bin/env bash
# Installs what grokc / grok-verify need to build and test on Debian 12.
# Idempotent: packages already installed are skipped; apt runs only when
# something is missing. Usage: tools/install.sh [--bench]
#   --bench  also the peers the benchmarks compare against (lua5.4, luajit,
#            hyperfine); rustc is used when it is already installed.
set -euo pipefail

packages=(
  build-essential cmake pkg-config python3 git
  libz3-dev llvm-14-dev libffi-dev libsqlite3-dev sqlite3 libcmocka-dev
  clang-14 libclang-rt-14-dev # libFuzzer and sanitizer runtimes
  chromium libxml2-utils      # report tests: HTML rendered headless, JUnit XML checked
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(lua5.4 luajit hyperfine time)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "install.sh: installing ${missing[*]}"
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install.sh: all ${#packages[@]} packages present"
fi
