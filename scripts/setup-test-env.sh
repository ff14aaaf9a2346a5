#!/usr/bin/env bash
# One call before integration tests: real Docker engine up + local Flink and Kafka images built (cached).
# Prints FLINKFT_IMAGE=<image> as the last line and writes it to $FLINKFT_CACHE/image.env
# (default /var/cache/flinkft/image.env), sourceable by shells and easy to parse from tests:
#   FLINKFT_IMAGE=flinkft/flink:1.20.5-java17
#   FLINKFT_IMAGE_ALIAS=flinkft/flink:local
#   FLINKFT_FLINK_VERSION=1.20.5
#   FLINKFT_KAFKA_IMAGE=flinkft/kafka:4.1.1
#   FLINKFT_NETEM_IMAGE=flinkft/netem:local (tc for the delay-tm / loss-tm faults)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${FLINKFT_CACHE:-/var/cache/flinkft}"
FLINK_VERSION="${FLINK_VERSION:-1.20.5}"
REPO="${FLINKFT_IMAGE_REPO:-flinkft/flink}"
KAFKA_VERSION="${KAFKA_VERSION:-4.1.1}"
KAFKA_REPO="${FLINKFT_KAFKA_IMAGE_REPO:-flinkft/kafka}"
export FLINK_VERSION FLINKFT_CACHE="$CACHE" FLINKFT_IMAGE_REPO="$REPO" KAFKA_VERSION FLINKFT_KAFKA_IMAGE_REPO="$KAFKA_REPO"

"$HERE/setup-docker.sh"
"$HERE/build-flink-image.sh"
"$HERE/build-kafka-image.sh"
NETEM_IMAGE="${FLINKFT_NETEM_IMAGE:-flinkft/netem:local}"
FLINKFT_NETEM_IMAGE="$NETEM_IMAGE" "$HERE/build-netem-image.sh"
KAFKA_IMAGE="${KAFKA_REPO}:${KAFKA_VERSION}"
docker image inspect "$KAFKA_IMAGE" >/dev/null 2>&1 || { echo "[setup-test-env] ERROR: $KAFKA_IMAGE missing after build" >&2; exit 1; }

IMAGE="${REPO}:${FLINK_VERSION}-java17"
docker image inspect "$IMAGE" >/dev/null 2>&1 || { echo "[setup-test-env] ERROR: $IMAGE missing after build" >&2; exit 1; }
mkdir -p "$CACHE"
cat >"$CACHE/image.env.tmp" <<ENV
FLINKFT_IMAGE=$IMAGE
FLINKFT_IMAGE_ALIAS=${REPO}:local
FLINKFT_FLINK_VERSION=$FLINK_VERSION
FLINKFT_KAFKA_IMAGE=$KAFKA_IMAGE
FLINKFT_NETEM_IMAGE=$NETEM_IMAGE
ENV
mv "$CACHE/image.env.tmp" "$CACHE/image.env"
echo "[setup-test-env] ready; image settings in $CACHE/image.env"
echo "FLINKFT_KAFKA_IMAGE=$KAFKA_IMAGE"
echo "FLINKFT_IMAGE=$IMAGE"
