#!/usr/bin/env bash
# The whole test suite, as CI runs it: types, unit tier, fuzz tier, the real-Docker tier, the
# real-editor tier.
# Nothing is skipped for lack of Docker or a browser: the tiers' set-up scripts install and start
# the Docker engine, build the Flink image offline, and install code-server and Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
reports=test-results
rm -rf "$reports" && mkdir -p "$reports"
bash scripts/ensure-build.sh
echo "» type-checking"
npx tsc -p tsconfig.json --noEmit
npx tsc -p client/tsconfig.json --noEmit
echo "» unit tests"
npx vitest run --reporter=default --reporter=json --outputFile="$reports/unit.json"
echo "» fuzz tier (mutated fixtures through the analyzer and the language server)"
npx vitest run -c vitest.fuzz.config.ts --reporter=default --reporter=json --outputFile="$reports/fuzz.json"
echo "» Docker tier (real Docker engine, real Flink)"
npx vitest run -c vitest.integration.config.ts --reporter=default --reporter=json --outputFile="$reports/docker.json"
echo "» UI tier (packaged .vsix in code-server, driven by Playwright in Chromium)"
npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile="$reports/e2e.json"
node scripts/test-summary.mjs "$reports/unit.json" "$reports/fuzz.json" "$reports/docker.json" "$reports/e2e.json"
