#!/usr/bin/env bash
# The whole test suite, as CI runs it: types, unit tier, fuzz tier, the real-Docker tier, the
# real-editor tier. Every tier runs even when an earlier one failed (a Docker failure must not hide
# the UI tier's result); the summary at the end lists each tier (result, duration, tests) and the
# exit status is non-zero when any tier failed.
# Nothing is skipped for lack of Docker or a browser: the tiers' set-up scripts install and start
# the Docker engine, build the Flink image offline, and install code-server and Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/run-tier.sh
source scripts/lib/run-tier.sh
reports=test-results
rm -rf "$reports" && mkdir -p "$reports"
export TIER_LOG="$reports/tiers.tsv"
# Not a tier: without dependencies and bundles no tier can run, so a failure here ends the suite.
bash scripts/ensure-build.sh

vitest_tier() {
  local name="$1"; shift
  run_tier "$name" "$reports/$name.json" \
    npx vitest run "$@" --reporter=default --reporter=json --outputFile="$reports/$name.json"
}
run_tier types - bash -c 'npx tsc -p tsconfig.json --noEmit && npx tsc -p client/tsconfig.json --noEmit'
vitest_tier unit
# Mutated fixtures through the analyzer and the language server.
vitest_tier fuzz -c vitest.fuzz.config.ts
# Real Docker engine, real Flink.
vitest_tier docker -c vitest.integration.config.ts
# The packaged .vsix in code-server, driven by Playwright in Chromium.
vitest_tier e2e -c vitest.e2e.config.ts
node scripts/test-summary.mjs "$TIER_LOG"
