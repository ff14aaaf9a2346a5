#!/usr/bin/env bash
# The whole test suite, as CI runs it: types, unit tier, then the real-Docker tier.
# In CI (CI=true) nothing is skipped: the Docker engine and the Flink image are set up here.
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
node scripts/test-summary.mjs "$reports/unit.json"
