#!/usr/bin/env bash
# Build the local Flink image flinkft/flink:<flinkVersion>-java17 (+ flinkft/flink:<major.minor>-java17,
# and for the default 1.20 line the alias flinkft/flink:local) without any container registry:
#   1. Java base image: mmdebstrap (bookworm, the machine's own Debian mirror) + docker import
#   2. FLINK_HOME assembled from the PyPI packages apache-flink + apache-flink-libraries
#   3. PyFlink (apache-flink and its deps for python3.11) installed into the image
# Idempotent: images carry the label dev.flinkft.recipe-hash; a matching image is reused.
#
# Environment:
#   FLINK_VERSION      Flink version from PyPI (default 1.20.5, newest 1.20.x with a cp311 wheel;
#                      2.x works the same way, e.g. FLINK_VERSION=2.3.0: its wheels carry conf/config.yaml)
#   FLINKFT_IMAGE_ALIAS extra tag (default flinkft/flink:local for 1.20.x, none for other lines, so a
#                      2.x build never moves the alias the 1.20 tests use)
#   FLINKFT_CACHE      download/build cache (default /var/cache/flinkft)
#   FLINKFT_IMAGE_REPO image repository (default flinkft/flink)
#   FLINKFT_BASE_REPO  Java base image repository (default flinkft/java-base)
#   FLINKFT_FORCE=1    rebuild even when an image with the recipe hash exists
set -euo pipefail

FLINK_VERSION="${FLINK_VERSION:-1.20.5}"
CACHE="${FLINKFT_CACHE:-/var/cache/flinkft}"
REPO="${FLINKFT_IMAGE_REPO:-flinkft/flink}"
IMAGE="${REPO}:${FLINK_VERSION}-java17"
# flinkft/flink:2.3-java17 next to 2.3.0: the local stand-in for the official flink:2.3-java17.
MINOR_TAG="${REPO}:$(echo "$FLINK_VERSION" | cut -d. -f1,2)-java17"
case "$FLINK_VERSION" in 1.20.*) default_alias="${REPO}:local" ;; *) default_alias="" ;; esac
ALIAS="${FLINKFT_IMAGE_ALIAS-$default_alias}"
# Every extra tag of the image, space-separated (read by exit_if_current and build_on_base).
ALIASES="$MINOR_TAG${ALIAS:+ $ALIAS}"
PY_VER=3.11

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
RECIPE_DIR="$ROOT/images/flink"

say() { echo "[build-flink-image] $*"; }
die() { echo "[build-flink-image] ERROR: $*" >&2; exit 1; }
t0=$(date +%s)
elapsed() { echo "$(( $(date +%s) - t0 ))s"; }

docker version >/dev/null 2>&1 || die "docker daemon not reachable; run scripts/setup-docker.sh first"

# shellcheck source=lib/java-base-image.sh
. "$HERE/lib/java-base-image.sh"
java_base_init

# --- recipe hashes ------------------------------------------------------------------
sha() { sha256sum | cut -c1-16; }
RECIPE_HASH="$( { echo "flink=$FLINK_VERSION py=$PY_VER base=$BASE_HASH";
  cat "$HERE/build-flink-image.sh" "$HERE/lib/java-base-image.sh" "$RECIPE_DIR/Dockerfile" "$RECIPE_DIR/docker-entrypoint.sh"; } | sha)"

# Nothing to do when the image is built from this recipe; else build, one build at a time.
exit_if_current
take_build_lock
exit_if_current
say "building $IMAGE (recipe $RECIPE_HASH, Flink $FLINK_VERSION)"

# --- tools ---------------------------------------------------------------------------
ensure_host_tools mmdebstrap=mmdebstrap unzip=unzip

# A host Python 3.11 with pip installs PyFlink for the image's python3.11 (same ABI, same glibc
# family: bookworm). pyenv's python3 on these machines is 3.11.
HOST_PY=""
for c in python3.11 python3; do
  if command -v "$c" >/dev/null 2>&1 && [ "$("$c" -c 'import sys;print("%d.%d"%sys.version_info[:2])' 2>/dev/null)" = "$PY_VER" ]; then
    HOST_PY="$c"; break
  fi
done
if [ -z "$HOST_PY" ]; then
  say "no host python$PY_VER: installing Debian's python3 + python3-pip + python3-venv"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends python3 python3-pip python3-venv python3-dev gcc >/dev/null \
    || die "could not install python3/pip"
  HOST_PY=/usr/bin/python3
fi
"$HOST_PY" -m pip --version >/dev/null 2>&1 || die "$HOST_PY has no pip; install python3-pip"
PIP=("$HOST_PY" -m pip --disable-pip-version-check)

mkdir -p "$CACHE/wheels" "$CACHE/rootfs" "$CACHE/build"

# --- 1. Java base image -----------------------------------------------------------------
say "[1/3] Java base image ($(elapsed))"
java_base_ensure

# --- 2. Flink distribution from PyPI ------------------------------------------------
whl_dir="$CACHE/wheels/$FLINK_VERSION"
mkdir -p "$whl_dir"
flink_whl="$(ls "$whl_dir"/apache_flink-"$FLINK_VERSION"-cp311-*.whl 2>/dev/null | head -n1 || true)"
if [ -z "$flink_whl" ]; then
  say "[2/3] pip download apache-flink==$FLINK_VERSION (cp311 manylinux wheel)"
  "${PIP[@]}" download -q --no-deps --only-binary=:all: --python-version "$PY_VER" --implementation cp \
    --abi cp311 --platform manylinux2014_x86_64 -d "$whl_dir" "apache-flink==$FLINK_VERSION" \
    || die "pip download apache-flink==$FLINK_VERSION failed (is PyPI reachable? does the version exist?)"
fi
libs_whl="$(ls "$whl_dir"/apache_flink_libraries-"$FLINK_VERSION"-*.whl 2>/dev/null | head -n1 || true)"
if [ -z "$libs_whl" ]; then
  # 1.20.x ships apache-flink-libraries as an sdist only (2.2+ also as a wheel): build a wheel once.
  say "[2/3] pip download apache-flink-libraries==$FLINK_VERSION and build its wheel"
  "${PIP[@]}" download -q --no-deps -d "$whl_dir" "apache-flink-libraries==$FLINK_VERSION" \
    || die "pip download apache-flink-libraries==$FLINK_VERSION failed"
  if ! ls "$whl_dir"/apache_flink_libraries-"$FLINK_VERSION"-*.whl >/dev/null 2>&1; then
    "${PIP[@]}" wheel -q --no-deps -w "$whl_dir" "$whl_dir"/apache_flink_libraries-"$FLINK_VERSION".tar.gz \
      || die "building the apache-flink-libraries wheel failed"
    rm -f "$whl_dir"/apache_flink_libraries-"$FLINK_VERSION".tar.gz
  fi
fi

# --- 3. PyFlink + deps for python3.11 (cached per version) -------------------------
py_dir="$CACHE/pyflink/${FLINK_VERSION}-cp311"
if [ ! -f "$py_dir/.complete" ]; then
  say "[3/3] pip install apache-flink==$FLINK_VERSION and deps into $py_dir (about 1 min)"
  rm -rf "$py_dir"; mkdir -p "$py_dir"
  "${PIP[@]}" install -q --no-warn-script-location --root-user-action=ignore --target "$py_dir" \
    --find-links "$whl_dir" "apache-flink==$FLINK_VERSION" \
    || die "pip install apache-flink==$FLINK_VERSION into $py_dir failed"
  touch "$py_dir/.complete"
fi

# --- assemble the build context ------------------------------------------------------
ctx="$CACHE/build/ctx"
say "assembling build context in $ctx ($(elapsed))"
rm -rf "$ctx"; mkdir -p "$ctx/flink" "$ctx/python"
cp "$RECIPE_DIR/Dockerfile" "$RECIPE_DIR/docker-entrypoint.sh" "$ctx/"
pf="$py_dir/pyflink"
[ -f "$pf/lib/flink-dist-$FLINK_VERSION.jar" ] || die "$pf/lib/flink-dist-$FLINK_VERSION.jar missing: unexpected wheel layout"
# FLINK_HOME (official layout): bin conf lib opt plugins log examples licenses (+ usrlib empty)
for d in bin conf lib opt plugins licenses examples; do
  [ -e "$pf/$d" ] && cp -al "$pf/$d" "$ctx/flink/$d" 2>/dev/null || cp -a "$pf/$d" "$ctx/flink/$d"
done
mkdir -p "$ctx/flink/log"
# Python packages without FLINK_HOME parts (the Dockerfile symlinks them to /opt/flink)
for e in "$py_dir"/* "$py_dir"/.[!.]*; do
  b="$(basename "$e")"
  case "$b" in bin|.complete) continue ;; esac
  cp -al "$e" "$ctx/python/$b" 2>/dev/null || cp -a "$e" "$ctx/python/$b"
done
for d in bin conf lib opt plugins log licenses; do rm -rf "$ctx/python/pyflink/$d"; done

say "docker build $IMAGE ($(elapsed))"
build_on_base "$IMAGE" "$ALIASES" "$RECIPE_HASH" "$ctx" "$CACHE/build/docker-build.log" --label "dev.flinkft.flink-version=$FLINK_VERSION"

say "built $IMAGE (also $ALIASES) in $(elapsed)"
