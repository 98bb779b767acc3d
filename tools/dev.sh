#!/usr/bin/env bash
# The two entry points README.md names:
#   tools/dev.sh run   install, build, and run the main job on examples/
#   tools/dev.sh test  install, build (plain and ASan+UBSan), run every test
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)

build() { # build DIR [cmake args...]
  local dir=$1
  shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
}

case "${1:-}" in
run)
  bash tools/install.sh
  build build
  exec ./build/grok-verify check examples/
  ;;
test)
  bash tools/install.sh
  build build
  (cd build && ctest --output-on-failure -j "$jobs")
  build build-asan -DGROK_SANITIZE=address,undefined
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j "$jobs")
  ;;
*)
  echo "usage: tools/dev.sh run|test" >&2
  exit 2
  ;;
esac
