# Sourced by the image build scripts (build-flink-image.sh, build-kafka-image.sh): the Java base
# image both local images build FROM, made without a registry (mmdebstrap of bookworm from the
# machine's own Debian mirror, then docker import), labelled with its recipe hash.
#
# The sourcing script defines say() and die() and sets CACHE. After `java_base_init`:
#   BASE_HASH   recipe hash of the base image (suite, packages, mirror suites)
#   BASE_IMAGE  ${FLINKFT_BASE_REPO:-flinkft/java-base}:bookworm-java17-<hash>
# `java_base_ensure` builds it when missing (mmdebstrap must be installed). For the image on top:
# `recipe_current IMAGE HASH` (is it built from this recipe?), `take_build_lock` (one image build
# at a time on the machine) and `build_on_base IMAGE "ALIAS..." HASH CTX LOG [--label k=v]...`; the scripts set IMAGE,
# ALIASES (space-separated extra tags, may be empty) and RECIPE_HASH.

SUITE=bookworm
BASE_REPO="${FLINKFT_BASE_REPO:-flinkft/java-base}"
# One package list for both images, so they share one base image.
BASE_PACKAGES="openjdk-17-jre-headless,procps,gettext-base,bash,hostname,gosu,libjemalloc2,util-linux,python3,python-is-python3,libpython3.11,ca-certificates"

# Prints "deb URI SUITE COMPONENTS" lines for bookworm, bookworm-updates, bookworm-security,
# taken from /etc/apt/sources.list.d/*.sources (deb822) or /etc/apt/sources.list.
debian_mirror_lines() {
  local f
  {
    for f in /etc/apt/sources.list.d/*.sources; do
      [ -f "$f" ] || continue
      awk '
        function flush() {
          if (types ~ /(^| )deb( |$)/ && uris != "" && suites != "") {
            n = split(uris, U, " "); m = split(suites, S, " ")
            for (i = 1; i <= n; i++) for (j = 1; j <= m; j++) print "deb " U[i] " " S[j] " " comps
          }
          types = uris = suites = comps = ""
        }
        /^[ \t]*#/ { next }
        /^[ \t]*$/ { flush(); next }
        { key = $1; sub(/:$/, "", key); $1 = ""; sub(/^ +/, "")
          if (key == "Types") types = $0; else if (key == "URIs") uris = $0
          else if (key == "Suites") suites = $0; else if (key == "Components") comps = $0 }
        END { flush() }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
      [ -f "$f" ] || continue
      # drop [options] and comments; keep deb lines
      sed -E -n 's/^[[:space:]]*deb[[:space:]]+(\[[^]]*\][[:space:]]+)?/deb /p' "$f"
    done
  } | awk -v s="$SUITE" '$3 == s || $3 == s"-updates" || $3 == s"-security" || $3 == s"/updates"' \
    | awk '!seen[$0]++'
}

java_base_init() {
  MIRRORS="$(debian_mirror_lines || true)"
  if ! grep -q " $SUITE " <<<"$MIRRORS"; then
    # Host on another Debian release: reuse its main mirror host with the bookworm suite.
    local first_uri
    first_uri="$( { grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}';
                   grep -h -E '^[[:space:]]*deb[[:space:]]' /etc/apt/sources.list 2>/dev/null | sed -E 's/\[[^]]*\]//' | awk '{print $2}'; } \
                 | grep -v security | head -n1 || true)"
    [ -n "$first_uri" ] || die "no Debian mirror found in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list"
    MIRRORS="deb $first_uri $SUITE main"
  fi
  BASE_HASH="$( { echo "$SUITE"; echo "labels=dev.flinkft.image"; echo "$BASE_PACKAGES"; echo "$MIRRORS" | awk '{print $3, $4}'; } | sha256sum | cut -c1-16)"
  BASE_IMAGE="${BASE_REPO}:${SUITE}-java17-${BASE_HASH}"
}

java_base_ensure() {
  if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    say "base image $BASE_IMAGE exists"
    return 0
  fi
  mkdir -p "$CACHE/rootfs"
  local tarball="$CACHE/rootfs/${SUITE}-java17-${BASE_HASH}.tar"
  if [ ! -s "$tarball" ]; then
    say "mmdebstrap $SUITE rootfs with: $BASE_PACKAGES"
    say "  mirrors: $(echo "$MIRRORS" | tr '\n' ';')"
    local mirror_args
    mapfile -t mirror_args <<<"$MIRRORS"
    rm -rf "$tarball.tmp"
    # (/usr/share/man must stay: openjdk's postinst links man pages through update-alternatives)
    mmdebstrap --variant=apt --format=tar --include="$BASE_PACKAGES" \
      --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
      --customize-hook='chroot "$1" apt-get clean' \
      "$SUITE" "$tarball.tmp" "${mirror_args[@]}" >"$CACHE/rootfs/mmdebstrap.log" 2>&1 \
      || { tail -n 30 "$CACHE/rootfs/mmdebstrap.log" >&2; rm -rf "$tarball.tmp";
           die "mmdebstrap failed (Debian mirror reachable?); log: $CACHE/rootfs/mmdebstrap.log"; }
    mv "$tarball.tmp" "$tarball"
  fi
  say "docker import $tarball -> $BASE_IMAGE"
  docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change "LABEL dev.flinkft.image=true dev.flinkft.recipe-hash=$BASE_HASH" \
    --change 'CMD ["bash"]' \
    "$tarball" "$BASE_IMAGE" >/dev/null
  # keep only the newest two rootfs tarballs
  ls -1t "$CACHE"/rootfs/*.tar 2>/dev/null | tail -n +3 | xargs -r rm -f
}

# Installs the Debian packages of the named commands that are missing (command=package pairs).
ensure_host_tools() {
  local need=() pair
  for pair in "$@"; do command -v "${pair%%=*}" >/dev/null 2>&1 || need+=("${pair#*=}"); done
  [ "${#need[@]}" -eq 0 ] && return 0
  say "installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || die "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null || die "apt-get install ${need[*]} failed"
}

# True when IMAGE exists and carries this recipe hash (FLINKFT_FORCE=1: never).
recipe_current() {
  [ "${FLINKFT_FORCE:-0}" != 1 ] &&
    [ "$(docker image inspect --format '{{ index .Config.Labels "dev.flinkft.recipe-hash" }}' "$1" 2>/dev/null || true)" = "$2" ]
}

# Tags IMAGE with each of the space-separated ALIASES given.
tag_aliases() {
  local image="$1" alias
  for alias in $2; do docker tag "$image" "$alias"; done
}

# Ends the script when $IMAGE is built from $RECIPE_HASH already (re-tagging $ALIASES).
exit_if_current() {
  recipe_current "$IMAGE" "$RECIPE_HASH" || return 0
  tag_aliases "$IMAGE" "$ALIASES"
  say "up to date: $IMAGE (recipe $RECIPE_HASH)${ALIASES:+, also $ALIASES}"
  exit 0
}

# One image build at a time (tests may call setup-test-env.sh concurrently); the lock is held on fd 9
# until the script ends.
take_build_lock() {
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.build.lock"
  if ! flock -n 9; then
    say "another build is running; waiting for it (lock $CACHE/.build.lock)"
    flock -w 900 9 || die "timed out waiting for the build lock $CACHE/.build.lock"
  fi
}

# docker build of CTX FROM the base image, labelled as ours with the recipe hash, tagged IMAGE and
# each of ALIASES; then CTX is removed and our dangling images pruned.
build_on_base() {
  local image="$1" aliases="$2" hash="$3" ctx="$4" log="$5"; shift 5
  DOCKER_BUILDKIT=0 docker build -q \
    --build-arg "BASE_IMAGE=$BASE_IMAGE" \
    --label "dev.flinkft.image=true" \
    --label "dev.flinkft.recipe-hash=$hash" \
    "$@" \
    -t "$image" "$ctx" >"$log" 2>&1 \
    || { tail -n 40 "$log" >&2; die "docker build failed; log: $log"; }
  tag_aliases "$image" "$aliases"
  rm -rf "$ctx"
  # Remove older images of ours that are now dangling (untagged) to save disk.
  docker image prune -f --filter label=dev.flinkft.image=true >/dev/null 2>&1 || true
}
