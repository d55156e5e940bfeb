#!/usr/bin/env bash
# Unit and integration tests again, with the clock and the time zone moved
# (Debian's faketime moves the clock for Node and for the embedded PostgreSQL
# it starts). Each instant sits on an edge: a daylight-saving change, 29
# February, a year end; zones east and west of UTC, one with a half-hour
# offset. A test that reads the wall clock or the server's zone fails here.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-tools.sh
run() {
  echo "== TZ=$1, clock at $2"
  TZ="$1" faketime -f "@$2" npx vitest run --project unit --project integration
}
# The hour that happens twice when New Zealand's summer time ends.
run Pacific/Auckland "2027-04-04 02:30:00"
# A leap day's last minute, west of UTC: the run crosses into 1 March.
run America/New_York "2028-02-29 23:59:00"
# New Year's Eve's last minute at +05:30: the run crosses into 2027.
run Asia/Kolkata "2026-12-31 23:59:30"
