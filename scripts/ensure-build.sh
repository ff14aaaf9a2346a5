#!/usr/bin/env bash
# Installs npm dependencies when the lock file changed (or on a fresh clone) and builds the bundles.
# Sourced or run by the README's commands so that a fresh machine needs nothing done by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install`, not `npm ci`: npm 11 writes lock files without the other platforms' optional
  # packages (rollup's), and `npm ci` then refuses them as out of sync. With the lock present,
  # `npm install` installs exactly what it pins and leaves it unchanged.
  echo "» installing npm dependencies (npm install, pinned by package-lock.json)"
  npm install --no-audit --no-fund --loglevel=error
fi
echo "» building bundles"
node esbuild.js
