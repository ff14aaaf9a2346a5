# Sourced by scripts/test-all.sh. Runs test tiers one after another without stopping at a failed
# one (a Docker failure must not hide the UI tier's result), and records each tier's outcome for
# scripts/test-summary.mjs, which prints the per-tier summary and sets the suite's exit status.
#
#   TIER_LOG=<file>                        # where outcomes go, one tab-separated line per tier
#   run_tier <name> <report.json|-> <command> [args...]
#
# A line is: name, exit status, seconds, report path ("-" for a tier without a vitest JSON report).
run_tier() {
  local name="$1" report="$2"; shift 2
  local started=$SECONDS status=0
  echo "» $name"
  # `|| status=$?`: the tier's failure is recorded, never fatal to the caller's `set -e`.
  "$@" || status=$?
  printf '%s\t%s\t%s\t%s\n' "$name" "$status" "$((SECONDS - started))" "$report" >> "$TIER_LOG"
  [ "$status" = 0 ] || echo "» $name failed (exit $status); the next tiers still run" >&2
}
