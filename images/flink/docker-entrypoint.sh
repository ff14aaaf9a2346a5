#!/usr/bin/env bash
# Entrypoint of the flinkft/flink image. Implements the same contract as the
# official Flink image's /docker-entrypoint.sh (apache/flink-docker, 1.19+/1.20 line):
#
#   jobmanager [args]      -> $FLINK_HOME/bin/jobmanager.sh start-foreground [args]
#   taskmanager [args]     -> $FLINK_HOME/bin/taskmanager.sh start-foreground [args]
#   standalone-job [args]  -> $FLINK_HOME/bin/standalone-job.sh start-foreground [args]
#   history-server [args]  -> $FLINK_HOME/bin/historyserver.sh start-foreground [args]
#   help                   -> usage (default CMD)
#   anything else          -> exec'd as is (pass-through), e.g. `flink run ...`, `bash`
#
# Environment (read at every start, before the command runs):
#   JOB_MANAGER_RPC_ADDRESS           -> jobmanager.rpc.address (default: hostname -f)
#   TASK_MANAGER_NUMBER_OF_TASK_SLOTS -> taskmanager.numberOfTaskSlots
#   FLINK_PROPERTIES                  -> newline-separated "key: value" lines; each line has ALL
#                                        whitespace removed, is split at the first ':', the value
#                                        goes through envsubst; written into conf/config.yaml.
#   ENABLE_BUILT_IN_PLUGINS           -> "a.jar;b.jar": link $FLINK_HOME/opt/<jar> into plugins/<name>/
#   DISABLE_JEMALLOC=true             -> do not LD_PRELOAD libjemalloc
# Always written: blob.server.port: 6124, query.server.port: 6125.
# When started as root, the command is run as user flink (uid/gid 9999) through gosu.

COMMAND_STANDALONE="standalone-job"
COMMAND_HISTORY_SERVER="history-server"

FLINK_HOME="${FLINK_HOME:-/opt/flink}"
JOB_MANAGER_RPC_ADDRESS=${JOB_MANAGER_RPC_ADDRESS:-$(hostname -f)}
CONF_FILE_DIR="${FLINK_HOME}/conf"

drop_privs_cmd() {
    if [ "$(id -u)" != 0 ]; then
        return
    elif [ -x /sbin/su-exec ]; then
        echo su-exec flink
    else
        echo gosu flink
    fi
}

copy_plugins_if_required() {
    if [ -z "$ENABLE_BUILT_IN_PLUGINS" ]; then
        return 0
    fi
    echo "Enabling required built-in plugins"
    for target_plugin in $(echo "$ENABLE_BUILT_IN_PLUGINS" | tr ';' ' '); do
        echo "Linking ${target_plugin} to plugin directory"
        plugin_name=${target_plugin%.jar}
        mkdir -p "${FLINK_HOME}/plugins/${plugin_name}"
        if [ ! -e "${FLINK_HOME}/opt/${target_plugin}" ]; then
            echo "Plugin ${target_plugin} does not exist. Exiting."
            exit 1
        else
            ln -fs "${FLINK_HOME}/opt/${target_plugin}" "${FLINK_HOME}/plugins/${plugin_name}"
            echo "Successfully enabled ${target_plugin}"
        fi
    done
}

set_config_options() {
    local config_parser_script="$FLINK_HOME/bin/config-parser-utils.sh"
    local config_dir="$FLINK_HOME/conf"
    local bin_dir="$FLINK_HOME/bin"
    local lib_dir="$FLINK_HOME/lib"
    local config_params=""

    while [ $# -gt 0 ]; do
        local key="$1"
        local value="$2"
        config_params+=" -D${key}=${value}"
        shift 2
    done

    if [ -n "${config_params}" ]; then
        eval "${config_parser_script} ${config_dir} ${bin_dir} ${lib_dir} ${config_params}"
    fi
}

prepare_configuration() {
    local config_options=()

    config_options+=("jobmanager.rpc.address" "${JOB_MANAGER_RPC_ADDRESS}")
    config_options+=("blob.server.port" "6124")
    config_options+=("query.server.port" "6125")

    if [ -n "${TASK_MANAGER_NUMBER_OF_TASK_SLOTS}" ]; then
        config_options+=("taskmanager.numberOfTaskSlots" "${TASK_MANAGER_NUMBER_OF_TASK_SLOTS}")
    fi

    if [ ${#config_options[@]} -ne 0 ]; then
        set_config_options "${config_options[@]}"
    fi

    if [ -n "${FLINK_PROPERTIES}" ]; then
        process_flink_properties "${FLINK_PROPERTIES}"
    fi
}

process_flink_properties() {
    local flink_properties_content=$1
    local config_options=()

    local OLD_IFS="$IFS"
    IFS=$'\n'
    for prop in $flink_properties_content; do
        prop=$(echo $prop | tr -d '[:space:]')
        if [ -z "$prop" ]; then
            continue
        fi
        IFS=':' read -r key value <<< "$prop"
        value=$(echo $value | envsubst)
        config_options+=("$key" "$value")
    done
    IFS="$OLD_IFS"

    if [ ${#config_options[@]} -ne 0 ]; then
        set_config_options "${config_options[@]}"
    fi
}

maybe_enable_jemalloc() {
    if [ "${DISABLE_JEMALLOC:-false}" == "false" ]; then
        JEMALLOC_PATH="/usr/lib/$(uname -m)-linux-gnu/libjemalloc.so"
        JEMALLOC_FALLBACK="/usr/lib/x86_64-linux-gnu/libjemalloc.so"
        if [ -f "$JEMALLOC_PATH" ]; then
            export LD_PRELOAD=$LD_PRELOAD:$JEMALLOC_PATH
        elif [ -f "$JEMALLOC_FALLBACK" ]; then
            export LD_PRELOAD=$LD_PRELOAD:$JEMALLOC_FALLBACK
        else
            echo "WARNING: attempted to load jemalloc from $JEMALLOC_PATH but the library couldn't be found. glibc will be used instead."
        fi
    fi
}

maybe_enable_jemalloc

copy_plugins_if_required

prepare_configuration

args=("$@")
if [ "$1" = "help" ]; then
    printf "Usage: $(basename "$0") (jobmanager|${COMMAND_STANDALONE}|taskmanager|${COMMAND_HISTORY_SERVER})\n"
    printf "    Or $(basename "$0") help\n\n"
    printf "By default, Flink image adopts jemalloc as default memory allocator. This behavior can be disabled by setting the 'DISABLE_JEMALLOC' environment variable to 'true'.\n"
    exit 0
elif [ "$1" = "jobmanager" ]; then
    args=("${args[@]:1}")
    echo "Starting Job Manager"
    exec $(drop_privs_cmd) "$FLINK_HOME/bin/jobmanager.sh" start-foreground "${args[@]}"
elif [ "$1" = ${COMMAND_STANDALONE} ]; then
    args=("${args[@]:1}")
    echo "Starting Job Manager"
    exec $(drop_privs_cmd) "$FLINK_HOME/bin/standalone-job.sh" start-foreground "${args[@]}"
elif [ "$1" = ${COMMAND_HISTORY_SERVER} ]; then
    args=("${args[@]:1}")
    echo "Starting History Server"
    exec $(drop_privs_cmd) "$FLINK_HOME/bin/historyserver.sh" start-foreground "${args[@]}"
elif [ "$1" = "taskmanager" ]; then
    args=("${args[@]:1}")
    echo "Starting Task Manager"
    exec $(drop_privs_cmd) "$FLINK_HOME/bin/taskmanager.sh" start-foreground "${args[@]}"
fi

# Pass-through mode
exec $(drop_privs_cmd) "${args[@]}"
