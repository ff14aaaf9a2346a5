#!/usr/bin/env bash
# Build the netem helper image flinkft/netem:local without any container registry: FROM the local
# Java base image (scripts/lib/java-base-image.sh) plus Debian's iproute2 from the Debian mirror.
# The delay-tm / loss-tm faults run it in a TaskManager's network namespace (docs/recovery.md).
# Idempotent: the image carries the label dev.flinkft.recipe-hash; a matching image is reused.
#
# Environment:
#   FLINKFT_CACHE            build cache (default /var/cache/flinkft)
#   FLINKFT_NETEM_IMAGE      image name (default flinkft/netem:local)
#   FLINKFT_BASE_REPO        Java base image repository (default flinkft/java-base)
#   FLINKFT_FORCE=1          rebuild even when an image with the recipe hash exists
set -euo pipefail

CACHE="${FLINKFT_CACHE:-/var/cache/flinkft}"
IMAGE="${FLINKFT_NETEM_IMAGE:-flinkft/netem:local}"
ALIASES=""

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
RECIPE_DIR="$ROOT/images/netem"

say() { echo "[build-netem-image] $*"; }
die() { echo "[build-netem-image] ERROR: $*" >&2; exit 1; }

docker version >/dev/null 2>&1 || die "docker daemon not reachable; run scripts/setup-docker.sh first"

# shellcheck source=lib/java-base-image.sh
. "$HERE/lib/java-base-image.sh"
java_base_init

RECIPE_HASH="$( { echo "netem base=$BASE_HASH"; cat "$HERE/build-netem-image.sh" "$RECIPE_DIR/Dockerfile"; } | sha256sum | cut -c1-16)"
exit_if_current
take_build_lock
exit_if_current
say "building $IMAGE (recipe $RECIPE_HASH)"
ensure_host_tools mmdebstrap=mmdebstrap
java_base_ensure

ctx="$CACHE/build/netem-ctx"
mkdir -p "$CACHE/build"; rm -rf "$ctx"; mkdir -p "$ctx"
cp -a "$RECIPE_DIR"/. "$ctx/"
build_on_base "$IMAGE" "$ALIASES" "$RECIPE_HASH" "$ctx" "$CACHE/build/netem-docker-build.log"
docker run --rm "$IMAGE" tc -V >/dev/null || die "$IMAGE has no working tc"
say "built $IMAGE"
