#!/usr/bin/env bash
# As in the Apache distribution: org.apache.kafka.tools.ConsoleProducer
exec /opt/kafka/bin/kafka-run-class.sh org.apache.kafka.tools.ConsoleProducer "$@"
