#!/usr/bin/env bash
# The whole test suite, as CI runs it: types, unit tier, fuzz tier, the real-Docker tiers (Flink
# 1.20, then Flink 2.3), the real-editor tier. Every tier runs even when an earlier one failed (a
# Docker failure must not hide the UI tier's result); the summary at the end lists each tier (result, duration, tests) and the
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
# Real Flink 2.3 (test/flink2): its image first, under the repository flinkft/flink where
# `--flink-version 2.3` finds the local stand-in offline; cached by recipe hash, rebuilt when
# FLINKFT_FLINK2_FORCE=1 (.ci/run's cold mode).
flink2_tier() {
  FLINK_VERSION=2.3.0 FLINKFT_IMAGE_REPO=flinkft/flink FLINKFT_FORCE="${FLINKFT_FLINK2_FORCE:-0}" bash scripts/build-flink-image.sh &&
    FLINKFT_FLINK2=1 npx vitest run -c vitest.integration.config.ts test/flink2 \
      --reporter=default --reporter=json --outputFile="$reports/docker-2.3.json"
}
run_tier docker-2.3 "$reports/docker-2.3.json" flink2_tier
# The packaged .vsix in code-server, driven by Playwright in Chromium.
vitest_tier e2e -c vitest.e2e.config.ts
node scripts/test-summary.mjs "$TIER_LOG"
