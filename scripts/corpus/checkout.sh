#!/usr/bin/env bash
# Checks out every repository of corpus/labels.json at its labelled commit, from local bare mirrors
# (the search tool's `fetch github:<owner>/<name>` puts them under /work/.mirror/<owner>+<name>/),
# into <checkouts>/<owner>+<name>/ with a <owner>+<name>.commit marker the scorer checks.
# Fetches nothing: a repository whose mirror is missing is listed, and `npm run corpus` then reports
# it as not scored.
#
#   scripts/corpus/checkout.sh [CHECKOUTS_DIR]     (default: $FLINKFT_CORPUS_CHECKOUTS or /work/corpus-checkouts)
#   FLINKFT_CORPUS_MIRRORS=/other/mirrors scripts/corpus/checkout.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
checkouts="${1:-${FLINKFT_CORPUS_CHECKOUTS:-/work/corpus-checkouts}}"
mirrors="${FLINKFT_CORPUS_MIRRORS:-/work/.mirror}"
mkdir -p "$checkouts"
missing=0
# One "owner/name sha" line per repository (several project folders may share one).
while read -r repo sha; do
  name="${repo/\//+}"
  dest="$checkouts/$name"
  if [ -f "$dest.commit" ] && [ "$(cat "$dest.commit")" = "$sha" ] && [ -d "$dest" ]; then
    echo "= $repo (already at ${sha:0:12})"
    continue
  fi
  gitdir=""
  for candidate in "$mirrors/$name/repo/.git" "$mirrors/$name/repo" "$mirrors/$name"; do
    if git --git-dir="$candidate" rev-parse --verify -q "$sha^{commit}" >/dev/null 2>&1; then gitdir="$candidate"; break; fi
  done
  if [ -z "$gitdir" ]; then
    echo "! $repo: no mirror with commit ${sha:0:12} under $mirrors/$name (fetch github:$repo first)" >&2
    missing=$((missing + 1))
    continue
  fi
  rm -rf "$dest" "$dest.commit"
  mkdir -p "$dest"
  if ! git --git-dir="$gitdir" archive --format=tar "$sha" 2>/dev/null | tar -x -C "$dest" 2>/dev/null; then
    # Snapshots lack files of 4 MiB and more (jars, data): copy the blobs one by one, skipping those.
    rm -rf "$dest" && mkdir -p "$dest"
    skipped=0
    while IFS= read -r -d '' entry; do
      read -r mode type object <<<"${entry%%$'\t'*}"
      path="${entry#*$'\t'}"
      [ "$type" = blob ] && [ "$mode" != 120000 ] || continue
      mkdir -p "$dest/$(dirname "$path")"
      git --git-dir="$gitdir" cat-file blob "$object" >"$dest/$path" 2>/dev/null || { rm -f "$dest/$path"; skipped=$((skipped + 1)); }
    done < <(git --git-dir="$gitdir" ls-tree -r -z "$sha")
    echo "  ($repo: $skipped files absent from the snapshot were left out)"
  fi
  echo "$sha" > "$dest.commit"
  echo "+ $repo at ${sha:0:12}"
done < <(node -e '
  const labels = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const seen = new Map();
  for (const p of labels.projects) seen.set(p.repository, p.commit);
  for (const [repo, sha] of seen) console.log(repo, sha);
' "$root/corpus/labels.json")
if [ "$missing" -gt 0 ]; then echo "$missing repositories not checked out; they will be reported as not scored." >&2; fi
