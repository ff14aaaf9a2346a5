#!/usr/bin/env bash
# The main job: analyse the bundled example jobs (and, once the recovery drill lands, run it where Docker is available).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-build.sh
echo "» flink-ft check examples"
status=0
node cli/out/flink-ft.cjs check examples || status=$?
# exit 1 means "findings reported": the examples contain deliberate mistakes.
if [ "$status" -gt 1 ]; then exit "$status"; fi
