#!/usr/bin/env bash
# As in the Apache distribution: kafka.admin.ConfigCommand
exec /opt/kafka/bin/kafka-run-class.sh kafka.admin.ConfigCommand "$@"
