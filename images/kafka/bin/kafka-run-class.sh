#!/usr/bin/env bash
# kafka-run-class.sh CLASS [ARGS...]: what the Apache distribution's script of that name does,
# reduced to this image: every jar in /opt/kafka/libs, the tools' log4j2 file unless one is given.
set -euo pipefail
class="$1"; shift
exec java ${KAFKA_HEAP_OPTS:--Xmx256M} ${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1} \
  ${KAFKA_LOG4J_OPTS:--Dlog4j2.configurationFile=/opt/kafka/config/tools-log4j2.properties} ${KAFKA_OPTS:-} \
  -cp '/opt/kafka/libs/*' "$class" "$@"
