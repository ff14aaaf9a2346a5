#!/usr/bin/env bash
# The main job: analyse the bundled example jobs, then run the recovery drill where Docker is available.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-build.sh
echo "» flink-ft check examples"
status=0
node cli/out/flink-ft.cjs check examples || status=$?
# exit 1 means "findings reported": the examples contain deliberate mistakes.
if [ "$status" -gt 1 ]; then exit "$status"; fi
# The recovery drill on the bundled probe job: verdict and timeline when Docker is available, else why it skipped.
bash scripts/demo-recovery.sh
