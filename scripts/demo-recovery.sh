#!/usr/bin/env bash
# The recovery drill on the bundled Java probe job, as the README's main command runs it after
# `flink-ft check examples`: start (or reuse) a local cluster, kill a TaskManager running the probe,
# and print the verdict and the recovery timeline. Without Docker it says why it skipped (exit 0).
#
#   bash scripts/demo-recovery.sh            # needs the bundles (scripts/ensure-build.sh)
#   FLINKFT_DEMO_KEEP=1 bash scripts/...     # leave the demo cluster running (the next run is warm)
#   FLINKFT_DEMO_CONTROL=1 bash scripts/...  # also run the negative control (checkpointing off; must fail)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
CLI="node $ROOT/cli/out/flink-ft.cjs"
DEMO_DIR="${FLINKFT_DEMO_DIR:-${TMPDIR:-/tmp}/flinkft-demo}"

# Docker: use it when it answers; otherwise let the test-environment script set it up (it installs
# and starts dockerd where it can, and builds the local Flink image); if that fails too, skip.
if docker info >/dev/null 2>&1 && [ -n "${FLINKFT_IMAGE:-}" ]; then
  :
else
  # The set-up prints as it goes (installing Docker, building the image take minutes on a fresh
  # machine); a copy is kept to read the image name and, on failure, the reason.
  echo "» setting up Docker and the local Flink image (minutes on a fresh machine, seconds after)"
  setup_log="$(mktemp)"
  trap 'rm -f "$setup_log"' EXIT
  if bash scripts/setup-test-env.sh 2>&1 | tee "$setup_log" | sed 's/^/  /'; [ "${PIPESTATUS[0]}" = 0 ]; then
    export FLINKFT_IMAGE="${FLINKFT_IMAGE:-$(sed -n 's/^FLINKFT_IMAGE=//p' "$setup_log" | tail -1)}"
  else
    echo "» recovery drill skipped: Docker is not available here ($(tail -1 "$setup_log"))."
    echo "  Install Docker (or run 'bash scripts/setup-test-env.sh' as root), then: flink-ft recover examples/probe/java"
    exit 0
  fi
fi

mkdir -p "$DEMO_DIR"
echo "» flink-ft recover examples/probe/java   (cluster for $DEMO_DIR, image ${FLINKFT_IMAGE:-default})"
status=0
$CLI recover "$ROOT/examples/probe/java" --workspace "$DEMO_DIR" --port "${FLINKFT_DEMO_PORT:-8081}" --arg=--interval-ms --arg 1000 || status=$?
if [ "${FLINKFT_DEMO_CONTROL:-0}" = "1" ]; then
  echo "» flink-ft recover examples/probe/java --control   (must FAIL: state lost, source started over)"
  $CLI recover "$ROOT/examples/probe/java" --workspace "$DEMO_DIR" --port "${FLINKFT_DEMO_PORT:-8081}" --control || true
fi
if [ "${FLINKFT_DEMO_KEEP:-0}" != "1" ]; then
  $CLI cluster down --workspace "$DEMO_DIR" --purge >/dev/null 2>&1 || true
fi
case "$status" in
  0) echo "» recovery drill: PASS" ;;
  1) echo "» recovery drill: FAIL (see the steps above)" ;;
  *) echo "» recovery drill: inconclusive or could not run (exit $status)" ;;
esac
exit "$status"
