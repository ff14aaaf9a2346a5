#!/usr/bin/env bash
# Installs npm dependencies when the lock file changed (or on a fresh clone) and builds the bundles.
# Sourced or run by the README's commands so that a fresh machine needs nothing done by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "» installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "» building bundles"
node esbuild.js
