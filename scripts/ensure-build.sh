#!/usr/bin/env bash
# Installs npm dependencies when the lock file changed (or on a fresh clone) and builds the bundles.
# Sourced or run by the README's commands so that a fresh machine needs nothing done by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm ci`: exactly the locked versions, and the lock file is never rewritten (the work tree stays
  # clean). The lock lists every platform's optional packages (regenerate it with
  # `npm install --package-lock-only --os=linux --os=darwin --os=win32 --cpu=x64 --cpu=arm64`),
  # otherwise `npm ci` refuses it as out of sync on a machine of another platform.
  echo "» installing npm dependencies (npm ci, exactly as package-lock.json pins them)"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "» building bundles"
node esbuild.js
