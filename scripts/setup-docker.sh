#!/usr/bin/env bash
# Install (if needed) and start (if needed) a real Docker engine on a Debian machine
# without systemd. Idempotent and fast when the daemon already answers.
#
#   scripts/setup-docker.sh
#
# Environment:
#   DOCKER_SOCK         socket to check/start (default /var/run/docker.sock)
#   FLINKFT_DOCKERD_LOG dockerd log file   (default /var/log/flinkft-dockerd.log)
#   FLINKFT_DOCKERD_WAIT seconds to wait for _ping (default 60)
set -euo pipefail

SOCK="${DOCKER_SOCK:-/var/run/docker.sock}"
LOG="${FLINKFT_DOCKERD_LOG:-/var/log/flinkft-dockerd.log}"
WAIT="${FLINKFT_DOCKERD_WAIT:-60}"

say() { echo "[setup-docker] $*"; }
die() { echo "[setup-docker] ERROR: $*" >&2; exit 1; }

ping_ok() {
  [ -S "$SOCK" ] || return 1
  if command -v curl >/dev/null 2>&1; then
    [ "$(curl -s --max-time 2 --unix-socket "$SOCK" http://localhost/_ping 2>/dev/null || true)" = "OK" ]
  else
    DOCKER_HOST="unix://$SOCK" timeout 5 docker version >/dev/null 2>&1
  fi
}

if ping_ok; then
  say "dockerd already answers on $SOCK"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  die "dockerd is not running on $SOCK and this script is not root: run it as root (it installs and starts dockerd)"
fi

# --- install -----------------------------------------------------------------
need_pkgs=()
command -v dockerd >/dev/null 2>&1 || need_pkgs+=(docker.io)
command -v curl >/dev/null 2>&1 || need_pkgs+=(curl)
command -v iptables >/dev/null 2>&1 || need_pkgs+=(iptables)
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  say "installing Debian packages: ${need_pkgs[*]} (apt-get update + install)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || die "apt-get update failed; is the Debian mirror reachable?"
  apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null \
    || die "apt-get install ${need_pkgs[*]} failed"
  # docker.io's postinst may try to start the service; without systemd it just fails quietly.
fi
command -v dockerd >/dev/null 2>&1 || die "dockerd still not on PATH after installing docker.io"
# The docker CLI on this machine may be newer (28.x); Debian's docker.io ships one too.
command -v docker >/dev/null 2>&1 || die "docker CLI not found (package docker.io should provide it)"

# --- start -------------------------------------------------------------------
# A dockerd may already be starting (another caller): wait for it before starting a second one.
if pgrep -x dockerd >/dev/null 2>&1; then
  say "a dockerd process exists but $SOCK does not answer yet; waiting for it"
else
  # Stale pid file / socket from a previous (killed) daemon would block startup.
  if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid 2>/dev/null)" 2>/dev/null; then
    rm -f /var/run/docker.pid
  fi
  [ -S "$SOCK" ] && rm -f "$SOCK"
  # containerd leftovers likewise
  if [ -f /var/run/docker/containerd/containerd.pid ] && \
     ! kill -0 "$(cat /var/run/docker/containerd/containerd.pid 2>/dev/null)" 2>/dev/null; then
    rm -f /var/run/docker/containerd/containerd.pid
  fi
  mkdir -p "$(dirname "$LOG")"
  say "starting dockerd in the background (log: $LOG)"
  args=(--host "unix://$SOCK")
  # Close every inherited descriptor above stderr first: callers run this under
  # `flock /tmp/flinkft-docker.lock`, and a dockerd (and its containerd) that inherit the lock's
  # descriptor hold that lock for as long as the daemon lives, so no Docker command ever gets it again.
  # shellcheck disable=SC2016 # expanded by the inner bash
  nohup setsid bash -c 'for fd in /proc/$$/fd/*; do fd="${fd##*/}"; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done; exec dockerd "$@"' \
    dockerd "${args[@]}" >>"$LOG" 2>&1 </dev/null &
  disown || true
fi

start=$(date +%s)
while ! ping_ok; do
  if [ $(( $(date +%s) - start )) -ge "$WAIT" ]; then
    echo "----- last lines of $LOG -----" >&2
    tail -n 30 "$LOG" >&2 || true
    die "dockerd did not answer GET /_ping on $SOCK within ${WAIT}s; see $LOG"
  fi
  if ! pgrep -x dockerd >/dev/null 2>&1; then
    echo "----- last lines of $LOG -----" >&2
    tail -n 30 "$LOG" >&2 || true
    die "dockerd exited during startup; see $LOG"
  fi
  sleep 0.5
done
say "dockerd is up on $SOCK ($(DOCKER_HOST="unix://$SOCK" docker version --format 'server {{.Server.Version}}, API {{.Server.APIVersion}}' 2>/dev/null || echo 'version unknown'))"
