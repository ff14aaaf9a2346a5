#!/usr/bin/env bash
# The start command of the official apache/kafka image (/etc/kafka/docker/run), for this image:
# KAFKA_* environment variables become server.properties keys (KAFKA_ dropped, lower case,
# '___' → '-', '__' → '_', '_' → '.'), the storage is formatted with $CLUSTER_ID once, then the
# broker runs in the foreground. Without KAFKA_* variables it starts the single-node default.
set -euo pipefail
conf=/opt/kafka/config/server.properties
# JVM and logging settings of the start scripts, not broker properties (as in the official image).
skip=" KAFKA_VERSION KAFKA_HEAP_OPTS KAFKA_LOG4J_OPTS KAFKA_OPTS KAFKA_JMX_OPTS KAFKA_JVM_PERFORMANCE_OPTS KAFKA_GC_LOG_OPTS KAFKA_LOG4J_ROOT_LOGLEVEL KAFKA_LOG4J_LOGGERS KAFKA_TOOLS_LOG4J_LOGLEVEL KAFKA_JMX_HOSTNAME "
: >"$conf"
while IFS= read -r var; do
  case "$var" in KAFKA_*) ;; *) continue ;; esac
  [[ "$skip" == *" $var "* ]] && continue
  key="${var#KAFKA_}"; key="${key,,}"; key="${key//___/-}"; key="${key//__/$'\x01'}"; key="${key//_/.}"; key="${key//$'\x01'/_}"
  printf '%s=%s\n' "$key" "${!var}" >>"$conf"
done < <(compgen -e)
if [ ! -s "$conf" ]; then
  cp /opt/kafka/config/default-server.properties "$conf"
fi
CLUSTER_ID="${CLUSTER_ID:-5L6g3nShT-eMCtK--X86sw}"
/opt/kafka/bin/kafka-storage.sh format --ignore-formatted -t "$CLUSTER_ID" -c "$conf" >/dev/null
exec /opt/kafka/bin/kafka-server-start.sh "$conf"
