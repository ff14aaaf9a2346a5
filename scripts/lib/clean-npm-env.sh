# Sourced by set-up scripts that run npm for something other than this project (Node 24,
# code-server). `npm run`/`npm test`/`npm exec` export their whole configuration to the child
# process as npm_config_* (plus npm_package_*, npm_lifecycle_*, NODE, npm_node_execpath, INIT_CWD)
# and prepend node_modules/.bin folders, npm's node-gyp-bin and the outer node's folder to PATH.
# An inner `npm install` reads those variables as its own configuration: npm_config_user_agent
# still says "node/v20", and code-server's postinstall checks the Node version from exactly that
# variable, so it stopped with "requires node v24 … detected node v20" under `npm test` only.
#
#   with_clean_npm_env <folder to put first on PATH, or ""> <command> [args...]
#
# Runs the command without any variable npm set, with PATH as the user's shell had it (minus npm's
# additions) behind the given folder. ~/.npmrc and the global npmrc still apply (registry, cafile).
with_clean_npm_env() {
  local first="$1"; shift
  local unset_args=() name entry path_kept=""
  for name in $(compgen -e); do
    case "$name" in
      npm_* | NODE | INIT_CWD) unset_args+=(-u "$name") ;;
    esac
  done
  local IFS=':'
  for entry in $PATH; do
    case "$entry" in
      */node_modules/.bin | */node-gyp-bin | "") continue ;;
    esac
    path_kept="${path_kept:+$path_kept:}$entry"
  done
  unset IFS
  env "${unset_args[@]}" PATH="${first:+$first:}$path_kept" "$@"
}
