#!/usr/bin/env bash
# Builds and runs the unit tests (ctest label unit) of a configured build directory, for the desktop
# workflow. Not test_connection: it needs the live Parse Servers that tests/run-tests.sh starts on Linux.
# Usage: unit-tests.sh BUILD_DIR [DIR_TO_PUT_ON_PATH]   (Windows: where the QtKeychain DLL is)
set -euo pipefail
build=$1
[ $# -lt 2 ] || export PATH="$2:$PATH"
# Only the unit tests' targets: the benchmarks (tests/bench) measure Linux only.
mapfile -t tests < <(ctest --test-dir "$build" -L unit -N | sed -n 's/^ *Test *#[0-9]*: //p' |
  grep -vx 'test_layering\|test_connection')
cmake --build "$build" --target "${tests[@]}"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" -L unit -E '^test_connection$' --output-on-failure
