#!/usr/bin/env bash
# Build the local Kafka image flinkft/kafka:<kafkaVersion> (+ alias flinkft/kafka:local) without any
# container registry, for `flink-ft cluster up --kafka` on offline machines and the Docker tests:
#   1. the Java base image the Flink image uses (scripts/lib/java-base-image.sh)
#   2. the broker and its tools from Maven Central: org.apache.kafka:kafka_2.13 + kafka-tools and
#      their runtime dependencies (mvn dependency:copy-dependencies on images/kafka/pom.xml)
#   3. docker build of images/kafka (the contract of the official apache/kafka image)
# Idempotent: the image carries the label dev.flinkft.recipe-hash; a matching image is reused.
#
# Environment:
#   KAFKA_VERSION            Kafka version on Maven Central (default 4.1.1)
#   FLINKFT_CACHE            download/build cache (default /var/cache/flinkft); Maven's local
#                            repository for this build lives in it ($FLINKFT_CACHE/maven)
#   FLINKFT_KAFKA_IMAGE_REPO image repository (default flinkft/kafka)
#   FLINKFT_BASE_REPO        Java base image repository (default flinkft/java-base)
#   FLINKFT_FORCE=1          rebuild even when an image with the recipe hash exists
set -euo pipefail

KAFKA_VERSION="${KAFKA_VERSION:-4.1.1}"
CACHE="${FLINKFT_CACHE:-/var/cache/flinkft}"
REPO="${FLINKFT_KAFKA_IMAGE_REPO:-flinkft/kafka}"
IMAGE="${REPO}:${KAFKA_VERSION}"
ALIASES="${REPO}:local"

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
RECIPE_DIR="$ROOT/images/kafka"

say() { echo "[build-kafka-image] $*"; }
die() { echo "[build-kafka-image] ERROR: $*" >&2; exit 1; }
t0=$(date +%s)
elapsed() { echo "$(( $(date +%s) - t0 ))s"; }

[[ "$KAFKA_VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "KAFKA_VERSION must look like 4.1.1, got '$KAFKA_VERSION'"
docker version >/dev/null 2>&1 || die "docker daemon not reachable; run scripts/setup-docker.sh first"

# shellcheck source=lib/java-base-image.sh
. "$HERE/lib/java-base-image.sh"
java_base_init

RECIPE_HASH="$( { echo "kafka=$KAFKA_VERSION base=$BASE_HASH";
  cat "$HERE/build-kafka-image.sh" "$HERE/lib/java-base-image.sh";
  find "$RECIPE_DIR" -type f | LC_ALL=C sort | xargs cat; } | sha256sum | cut -c1-16)"
# Nothing to do when the image is built from this recipe; else build, one build at a time.
exit_if_current
take_build_lock
exit_if_current
say "building $IMAGE (recipe $RECIPE_HASH, Kafka $KAFKA_VERSION)"

ensure_host_tools mmdebstrap=mmdebstrap mvn=maven

# --- 1. Java base image ------------------------------------------------------------------
say "[1/3] Java base image ($(elapsed))"
java_base_ensure

# --- 2. the jars from Maven Central (cached per version) ----------------------------------
libs_dir="$CACHE/kafka-libs/$KAFKA_VERSION"
if [ ! -f "$libs_dir/.complete" ]; then
  say "[2/3] mvn dependency:copy-dependencies org.apache.kafka:kafka_2.13:$KAFKA_VERSION + kafka-tools ($(elapsed))"
  rm -rf "$libs_dir"; mkdir -p "$libs_dir/jars" "$CACHE/build"
  mvn -B -q -f "$RECIPE_DIR/pom.xml" -Dmaven.repo.local="$CACHE/maven" -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$libs_dir/jars" \
    >"$CACHE/build/kafka-mvn.log" 2>&1 \
    || { tail -n 30 "$CACHE/build/kafka-mvn.log" >&2; die "resolving Kafka $KAFKA_VERSION from Maven Central failed; log: $CACHE/build/kafka-mvn.log"; }
  [ -f "$libs_dir/jars/kafka_2.13-$KAFKA_VERSION.jar" ] || die "kafka_2.13-$KAFKA_VERSION.jar missing after mvn; log: $CACHE/build/kafka-mvn.log"
  touch "$libs_dir/.complete"
fi

# --- 3. docker build ------------------------------------------------------------------------
ctx="$CACHE/build/kafka-ctx"
say "[3/3] docker build $IMAGE ($(elapsed))"
rm -rf "$ctx"; mkdir -p "$ctx"
cp -a "$RECIPE_DIR"/. "$ctx/"
cp -al "$libs_dir/jars" "$ctx/libs" 2>/dev/null || cp -a "$libs_dir/jars" "$ctx/libs"
build_on_base "$IMAGE" "$ALIASES" "$RECIPE_HASH" "$ctx" "$CACHE/build/kafka-docker-build.log" --label "dev.flinkft.kafka-version=$KAFKA_VERSION"

say "built $IMAGE and $ALIASES in $(elapsed)"
