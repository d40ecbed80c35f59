#!/usr/bin/env bash
# The AppStream metainfo validates with --pedantic and not a single remark (appstreamcli exits 0 even with
# pedantic hints, so its report is read as well).
set -euo pipefail
report=$(appstreamcli validate --pedantic --no-net "$1" 2>&1) || { printf '%s\n' "$report"; exit 1; }
printf '%s\n' "$report"
! grep -qE '^[EWIP]: ' <<<"$report"
