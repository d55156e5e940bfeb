#!/usr/bin/env bash
# Unit and integration tests again, with the clock and the time zone moved
# (Debian's faketime moves the clock for Node and for the embedded PostgreSQL
# it starts). Each instant sits on an edge: a daylight-saving change, 29
# February, a year end; zones east and west of UTC, one with a half-hour
# offset. A test that reads the wall clock or the server's zone fails here.
# The three runs go side by side (each starts its own databases).
# Three files read neither a clock nor a zone: the schema's catalog against
# the migrations and a database outage (the two slowest files: each drives
# Prisma's schema engine), and the migrations' checksums. They run once, in
# `npm test`, not three times more here.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/phases.sh
bash scripts/ensure-system-tools.sh
CLOCK_FREE="--exclude tests/integration/schema-drift.test.ts --exclude tests/integration/migrate.test.ts --exclude tests/integration/outage.test.ts"
run() {
  echo "TZ=$1 faketime -f '@$2' npx vitest run --project unit --project integration ${CLOCK_FREE}"
}
side_by_side \
  "Pacific/Auckland at the hour that happens twice as summer time ends=$(run Pacific/Auckland "2027-04-04 02:30:00")" \
  "America/New_York at a leap day's last minute=$(run America/New_York "2028-02-29 23:59:00")" \
  "Asia/Kolkata at New Year's Eve's last minute=$(run Asia/Kolkata "2026-12-31 23:59:30")"
