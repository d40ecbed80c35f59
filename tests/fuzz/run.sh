#!/usr/bin/env bash
# Builds the libFuzzer targets with Clang (preset "fuzz") and runs each for a bounded time on a scratch
# copy of its seed corpus. Usage: tests/fuzz/run.sh [SECONDS_PER_TARGET] (default 60); with RUNS=N set, each
# target runs N executions instead (the long run: RUNS=10000000).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SECONDS_PER_TARGET=${1:-60}
cd "$ROOT"
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz >&2
cmake --build --preset fuzz --target fuzzwhere fuzzbatchdocument fuzzserverreply fuzzjournalentry fuzzimport fuzzlivequery fuzzbatchreply >&2
# Recording an allocation stack for every malloc took 41 % of the time and grew without bound; a crash is
# reproduced with full stacks by running the target on its artifact.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
status=0
for entry in where:fuzzwhere batch:fuzzbatchdocument reply:fuzzserverreply journal:fuzzjournalentry import:fuzzimport \
  live:fuzzlivequery batchreply:fuzzbatchreply; do
  corpus=${entry%%:*} target=${entry#*:}
  work=$(mktemp -d)
  cp tests/fuzz/corpus/"$corpus"/* "$work"/
  limit=-max_total_time="$SECONDS_PER_TARGET"
  [ -n "${RUNS:-}" ] && limit=-runs="$RUNS"
  # fuzzbatchreply keeps a QNetworkAccessManager across inputs whose caches make libFuzzer's per-input
  # leak check scan the heap after every input (20x slower); LeakSanitizer still checks at exit.
  extra=()
  [ "$target" = fuzzbatchreply ] && extra=(-detect_leaks=0)
  echo "== $target ($limit)" >&2
  # The last stats line carries the execution count.
  if ! build/fuzz/tests/fuzz/"$target" "$limit" "${extra[@]}" -rss_limit_mb=4096 -print_final_stats=1 "$work" \
      2>"$work.log"; then
    status=1
    tail -n 40 "$work.log" >&2
  fi
  grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "$work.log" >&2 || true
  rm -rf "$work" "$work.log"
done
exit $status
