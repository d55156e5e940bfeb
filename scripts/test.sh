#!/usr/bin/env bash
# `npm test`: every layer, each phase timed. The static checks run side by
# side, then the unit and integration tests side by side (each integration
# file has its own database), then the browser suite against one production
# build, then the harness check that a failing test fails its runner.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/phases.sh
start=$(date +%s)
side_by_side "lint=npm run lint" "typecheck=npm run typecheck"
side_by_side "unit=npm run test:unit" "integration=npm run test:integration"
# The build's own type check would repeat the one that just passed.
KINDRED_TYPECHECKED=1 phase e2e npm run test:e2e
phase harness npm run test:harness
echo "test: all passed in $(($(date +%s) - start)) s"
